// A call says the times a candidate offers as a speaker would: what they wrote in brackets is said after a pause.
import { describe, expect, it } from 'vitest';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00Z') });

function render(language: string, channel: 'voicemail' | 'email', availability: string): string {
  const result = service.render({
    scenario: 'personal-reasons',
    channel,
    language,
    candidate: { name: 'Ana Ruiz', phone: '+57 315 448 2093' },
    company: 'Fundación Manos Abiertas',
    interview: { at: '2026-12-10T15:00:00Z', timeZone: 'America/Bogota', format: 'phone' },
    reason: { code: 'family', disclosure: 'general' },
    intent: 'reschedule',
    availability,
  } as never);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message.text;
}

describe('the times a candidate offers, in a call', () => {
  it('are said without the brackets they were written with, and written with them', () => {
    // "después de las 14:00 (hora de Bogotá)" read aloud with its brackets failed a reader in Bogotá.
    const said = render('es-419', 'voicemail', 'el lunes 14 después de las 14:00 (hora de Bogotá)');
    expect(said).toContain('el lunes 14 después de las 14:00, hora de Bogotá');
    expect(said).not.toMatch(/[()]/);
    expect(render('en-US', 'voicemail', 'any morning (Bogotá time) next week')).toContain('any morning, Bogotá time, next week');
    expect(render('es-419', 'email', 'el lunes 14 después de las 14:00 (hora de Bogotá)')).toContain('(hora de Bogotá)');
  });
});
