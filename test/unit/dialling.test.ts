// A callback number a recruiter can dial: in national form at home, with its country code to a recruiter in another
// country (the interview's zone says where they are), in the voicemail's first mention and in its slow repeat.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/messages/content-rules/index.js';
import { dialledFromAbroad } from '../../src/messages/facts/dialling.js';
import { parseRequest } from '../../src/messages/request.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';
import { factsForRules } from '../../src/tenants/validation.js';

describe('a number dialled from abroad', () => {
  it.each([
    ['+57 310 482 7715', 'America/Santiago', true],
    ['+57 310 482 7715', 'America/Bogota', false],
    // Europe/Zurich also keeps Büsingen's clock, in Germany: a German mobile is still foreign to a Zurich recruiter.
    ['+49 151 2345 6789', 'Europe/Zurich', true],
    ['0049 151 2345 6789', 'Europe/Berlin', false],
    // One plan for the North American countries, and for France with its overseas departments.
    ['+1 212 555 0142', 'America/Toronto', false],
    ['+596 696 12 34 56', 'Europe/Paris', false],
    ['+33 6 12 34 56 78', 'America/Montreal', true],
  ])('%s heard in %s: %s', (phone, zone, abroad) => {
    expect(dialledFromAbroad(phone, zone)).toBe(abroad);
  });

  it('is never assumed for a number written nationally, or where the zone names no country', () => {
    expect(dialledFromAbroad('310 482 7715', 'America/Santiago')).toBe(false);
    expect(dialledFromAbroad('+57 310 482 7715', 'Etc/UTC')).toBe(false);
    expect(dialledFromAbroad('+57 310 482 7715', undefined)).toBe(false);
  });
});

describe('a voicemail to a recruiter in another country', () => {
  const now = Date.parse('2026-12-07T10:05:00-05:00');
  const service = createMessageService({ clock: () => now });
  // With no zone, a scenario that has no interview: nothing then says where the recruiter is.
  const body = (language: string, phone: string, timeZone: string | null) =>
    MessageRequestSchema.parse({
      scenario: timeZone ? 'accepted-another-offer' : 'decline-recruiter-outreach',
      channel: 'voicemail',
      language,
      candidate: { name: 'Juan Sebastián Restrepo', phone },
      recipient: { name: 'María Fernanda Ospina', honorific: 'ms' },
      company: 'Cordillera Austral',
      ...(timeZone && { interview: { at: '2026-12-10T18:30:00Z', timeZone, format: 'video' } }),
    });
  const render = (language: string, phone: string, timeZone: string | null) => {
    const request = body(language, phone, timeZone);
    const result = service.render(request);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { request, message: result.message };
  };

  it('says the number with its country code, first and slowly at the end', () => {
    const { message } = render('es-419', '+57 310 482 7715', 'America/Santiago');
    expect(message.text).toContain('+57 310 482 7715');
    expect(message.text).toMatch(/más 57, 3 1 0, 4 8 2, 7 7 1 5\.[^\d]*$/);
  });

  it('says it in French in the groups written, each as a number, as a Belgian or a Swiss dictates one', () => {
    // "plus 3 2, 4 7 8, 1 2, …" failed a Brussels reader five times; Quebec dictates digit by digit.
    expect(render('fr-BE', '+32 478 12 34 56', 'America/Toronto').message.text).toMatch(/plus 32, 478, 12, 34, 56\.[^\d]*$/);
    expect(render('fr-CA', '+33 6 47 21 90 38', 'Europe/Brussels').message.text).toMatch(/plus 3 3, 6, 4 7, 2 1, 9 0, 3 8\.[^\d]*$/);
  });

  it('says it in national form to a recruiter in the same country', () => {
    const { message } = render('es-419', '+57 310 482 7715', 'America/Bogota');
    expect(message.text).toContain('310 482 7715');
    expect(message.text).not.toMatch(/\+57|más 5 7/);
  });

  it('keeps the country code in Latin America when nothing says where the recruiter is, and the national form in a one-country market', () => {
    // es-419 speaks for many countries: with no interview zone, "310 482 7715" cannot be dialled from Santiago or Lima.
    const withoutZone = (language: string, phone: string) => render(language, phone, null).message.text;
    expect(withoutZone('es-419', '+57 310 482 7715')).toMatch(/más 57, 3 1 0, 4 8 2, 7 7 1 5\.[^\d]*$/);
    expect(withoutZone('es-419', '310 482 7715')).not.toMatch(/más 5 7/);
    expect(withoutZone('es-MX', '+52 55 4187 2290')).not.toMatch(/\+52|más 5 2/);
  });

  it('passes the callback rules either way', () => {
    for (const zone of ['America/Santiago', 'America/Bogota']) {
      const { request, message } = render('es-419', '+57 310 482 7715', zone);
      const parsed = parseRequest(request, now);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const n = parsed.value;
      const found = checkMessage({ message: { ...message, language: 'es-419' }, facts: factsForRules(n, message) }, { only: ['voicemail-callback', 'voicemail-own-country-code'] });
      expect(found, zone).toEqual([]);
    }
  });
});
