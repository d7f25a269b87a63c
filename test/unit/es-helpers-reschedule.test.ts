// Spanish texts that ask for another date thank for it in the same breath, and a formal one asks as a formal text does.
import { describe, expect, it } from 'vitest';
import { toneIds } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00Z') });
const variants = ['es-ES', 'es-MX', 'es-419', 'es-AR'];
const base = {
  candidate: { name: 'Ana Ruiz', phone: '+34 612 345 678' },
  recipient: { name: 'Laura Gómez', honorific: 'ms' },
  company: 'Brightline Analytics',
  interview: { at: '2026-12-10T10:00:00Z', timeZone: 'Europe/Madrid', format: 'video' },
  intent: 'reschedule',
  availability: 'cualquier mañana de la semana del 14 de diciembre',
};

function texts(scenario: string, extra: Record<string, unknown>, tones: readonly string[] = toneIds): string[] {
  const out: string[] = [];
  for (const language of variants) {
    for (const tone of tones) {
      for (const k of [0, 1, 2]) {
        const result = service.render({ ...base, ...extra, scenario, tone, channel: 'sms', language } as never, undefined, rotation(k));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        out.push(result.message.text);
      }
    }
  }
  return out;
}

const personal = { reason: { code: 'family', disclosure: 'general' } };
const lastMinute = { now: '2026-12-10T07:00:00Z', reason: { code: 'health', disclosure: 'general' } };

describe('a Spanish text asking for another date', () => {
  it('thanks, whatever the tone (the closing, which fitting drops first, is not where the thanks lives)', () => {
    // A formal text to "Lic. Anaya" that asked to move the interview and stopped at the times failed a reader in Mexico City.
    const all = [...texts('personal-reasons', personal), ...texts('last-minute', lastMinute)];
    expect(all.filter((text) => !/gracias/iu.test(text))).toEqual([]);
  });

  it('asks a formal recruiter politely, never "¿La movemos?"', () => {
    const formal = [...texts('personal-reasons', personal, ['formal']), ...texts('last-minute', lastMinute, ['formal'])];
    expect(formal.filter((text) => /¿La movemos|¿La cambiamos|¿Podemos cambiarla/u.test(text))).toEqual([]);
  });
});
