// Fitting a text to its segments: what gives way goes whole (a reason goes with the candidate's own words and the
// sentence written for it), except what the candidate asked for.
import { describe, expect, it } from 'vitest';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00+01:00') });
const detail =
  'my partner has just been offered a post abroad and we have decided as a family to move to Lisbon early next year, ' +
  'and after a lot of thought about schools, the house and both our careers I cannot commit to a role that is based here in the long run';

/** The message a request gives, which every case here expects the service to accept. */
const rendered = (body: object) => {
  const result = service.render(MessageRequestSchema.parse(body));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message;
};

const sms = (language: string, extra: object = {}) =>
  rendered({
    scenario: 'withdraw-application',
    channel: 'sms',
    language,
    candidate: { name: 'Jordan Lee', phone: '+1 555 0100' },
    recipient: { name: 'Priya Shah' },
    company: 'Acme',
    role: 'Data Analyst',
    reason: { code: 'location', detail, disclosure: 'specific' },
    ...extra,
  });

describe('fitting a text message', () => {
  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: keeps a referral the candidate offers once a reason too long for the text has gone', (language) => {
    const m = sms(language, { scenario: 'keep-door-open', referral: 'Sam Rivera' });
    expect(m.omitted).toContain('reason');
    expect(m.omitted).not.toContain('referral');
    expect(m.text).toContain('Sam Rivera');
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: leaves out a reason too long for a text whole, the candidate\'s own words with it, and says so', (language) => {
    const m = sms(language);
    expect(m.omitted).toContain('reason');
    expect(m.text).not.toContain('Lisbon');
    expect(m.stats.smsSegments).toBeLessThanOrEqual(2);
  });

  it.each([
    ['en-US', /for personal reasons/],
    ['de-DE', /aus privaten Gründen/],
    ['fr-FR', /circonstances personnelles/],
    ['es-ES', /asunto personal/],
  ])('%s: says a private reason in its general words where the candidate\'s own do not fit a text, and never ours for another', (language, general) => {
    const fever =
      'I woke up this morning with a high fever and the doctor at the clinic near my flat has told me to stay in bed for the next three days ' +
      'and to keep away from other people until the test results come back, so I cannot travel to your office today or join a call';
    const m = sms(language, { scenario: 'last-minute', interview: { at: '2026-12-07T15:00:00+01:00' }, reason: { code: 'health', detail: fever, disclosure: 'specific' } });
    expect(m.omitted).toContain('reasonDetail');
    expect(m.omitted).not.toContain('reason');
    expect(m.text).not.toContain('fever');
    expect(m.text).toMatch(general);
    // The detail is no longer in the message, so the advice does not warn that it is.
    expect(m.advice.map((a) => a.code)).not.toContain('private-detail-included');
    expect(m.advice.map((a) => a.code)).toContain('no-details-needed');
    // A reason that is not private goes whole: its general words could say what the candidate did not.
    expect(sms(language).omitted).not.toContain('reasonDetail');
  });

  it('names a reason that went whole once, not also the candidate\'s own words for it', () => {
    const message = rendered({
      scenario: 'personal-reasons',
      channel: 'sms',
      language: 'es-MX',
      tone: 'formal',
      candidate: { givenName: 'Itzel Guadalupe', familyName: 'Ortiz de Montellano', preferredName: 'Itzel', phone: '+52 55 4187 2290' },
      recipient: { name: 'Rocío Balderrama', honorific: 'ms', academicTitle: 'Lic.' },
      company: 'Hainburger Feinkost Handels GmbH',
      interview: { at: '2026-12-10T10:30:00-06:00', timeZone: 'America/Mexico_City' },
      now: '2026-12-07T09:00:00-06:00',
      reason: { code: 'health', detail: 'Amanecí con fiebre alta y el médico me indicó reposo absoluto durante tres días', disclosure: 'specific' },
      intent: 'reschedule',
      availability: 'cualquier mañana de la semana del 14 de diciembre, excepto el miércoles, entre las 9 y las 12 horas',
    });
    expect(message.omitted).toContain('reason');
    expect(message.omitted).not.toContain('reasonDetail');
    expect(message.advice.map((a) => a.code)).not.toContain('private-detail-included');
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: keeps what would reopen an offer declined open to negotiation, dropping only the candidate\'s own words', (language) => {
    const render = (openToNegotiation: boolean) =>
      rendered({
        scenario: 'decline-offer',
        channel: 'sms',
        language,
        candidate: { givenName: 'Rosa María', familyName: 'Del Toro-Hennessy', phone: '+1 872 555 0137' },
        recipient: { name: 'Eleanor von Stade', honorific: 'ms' },
        company: 'Calumet Ridge Health Partners, L.L.C.',
        role: 'Revenue Cycle Analyst III, Epic Resolute PB',
        reason: { code: 'schedule', detail: `school drop-off: ${detail}` },
        openToNegotiation,
      });
    const open = render(true);
    expect(open.text).not.toContain('school drop-off');
    expect(open.text).not.toBe(render(false).text);
  });

  it('brings back what fits once a step freed more room than it needed: the times offered for another date', () => {
    // The surname's "Ž" and "ć" make the text UCS-2; without them it is GSM-7 with room for the facts the UCS-2 text
    // had given up first.
    const facts = {
      scenario: 'personal-reasons',
      channel: 'sms',
      language: 'de-AT',
      candidate: { givenName: 'Theresia', familyName: 'Hollerer-Ždralović', preferredName: 'Resi' },
      recipient: { name: 'Wolfgang von der Mühll-Aigner', honorific: 'mr', academicTitle: 'Mag.' },
      company: 'Pöttinger & Strasser Baustoffe GmbH',
      role: 'Controllerin Werksstandorte (m/w/d) – Teilzeit 30 h',
      interview: { at: '2026-12-10T09:30:00+01:00', timeZone: 'Europe/Vienna' },
      now: '2026-12-07T16:40:00+00:00',
      reason: { code: 'family', disclosure: 'general' },
      intent: 'reschedule',
      availability: 'jeden Vormittag in der Woche ab 14. Dezember',
    };
    const m = rendered(facts);
    expect(m.omitted).toContain('surname');
    expect(m.omitted).not.toContain('availability');
    expect(m.text).toContain('jeden Vormittag in der Woche ab 14. Dezember');
    expect(m.stats.smsSegments).toBeLessThanOrEqual(2);
    // A concise text stays as short as fitting left it.
    const concise = rendered({ ...facts, tone: 'concise' });
    expect(concise.text.length).toBeLessThan(m.text.length);
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: keeps the wish to stay in touch the candidate asked for, letting the reason go first', (language) => {
    const m = sms(language, { scenario: 'decline-recruiter-outreach', keepDoorOpen: true, company: 'Calumet Ridge Health Partners, L.L.C.' });
    expect(m.omitted).toContain('reason');
    expect(m.omitted).not.toContain('doorOpen');
    expect(m.stats.smsSegments).toBeLessThanOrEqual(3);
  });

  it.each(['en-US', 'en-GB'])('%s: in a warm text too, lets the hour go before the candidate\'s surname, so the text still says who is writing', (language) => {
    const message = rendered({
      scenario: 'last-minute',
      channel: 'sms',
      language,
      tone: 'warm',
      candidate: { givenName: 'María José', familyName: 'García de la Fuente', phone: '+34 612 345 678' },
      recipient: { givenName: 'Íñigo', familyName: 'Martínez de Pisón', honorific: 'mr' },
      company: 'Telefónica Tech',
      role: 'Técnica de Prevención de Riesgos Laborales',
      interview: { at: '2026-12-07T16:30:00+01:00', timeZone: 'Europe/Madrid' },
    });
    expect(message.omitted).toContain('interviewTime');
    expect(message.omitted).not.toContain('surname');
    expect(message.text).toContain('María José García de la Fuente');
  });
  it.each(['de-DE', 'fr-CA', 'es-MX'])('%s: lets the times the candidate offers go before the names, and still asks for another date', (language) => {
    const message = rendered({
      scenario: 'personal-reasons',
      channel: 'sms',
      language,
      tone: 'formal',
      candidate: { givenName: 'Friederike', familyName: 'von Zastrow-Albrecht', phone: '+351 912 345 678', timeZone: 'Europe/Lisbon' },
      recipient: { givenName: 'Cornelia', familyName: 'Weißenborn-Lenz', honorific: 'ms', academicTitle: 'Dr.' },
      company: 'Kesselbach Antriebstechnik und Prüfstandsautomatisierung GmbH & Co. KG',
      interview: { at: '2026-12-10T10:30:00+01:00', timeZone: 'Europe/Berlin' },
      reason: { code: 'personal' },
      intent: 'reschedule',
      availability: 'any morning from 14 December, except Wednesday 16 and Friday 18 December, between 8:30 and 12:00 Lisbon time',
    });
    const m = message;
    expect(m.omitted).toContain('availability');
    for (const kept of ['recipientName', 'surname']) expect(m.omitted).not.toContain(kept);
    expect(m.text).toContain('Friederike von Zastrow-Albrecht');
    expect(m.text).toContain('Weißenborn-Lenz');
    expect(m.text).not.toContain('Lisbon time');
    expect(m.text).toContain('?');
    const named = { 'de-DE': 'wann Sie stattdessen Zeit haben', 'fr-CA': 'vos disponibilités', 'es-MX': 'cuándo podrías' }[language]!;
    expect(m.advice.map((a) => a.text).join(' ')).toContain(named);
  });
  it('gives the recipient\'s name back when the step that made the text fit freed room enough for it', () => {
    // The accented surname makes the text UCS-2 (201 characters); without it the text is GSM-7 (306), which has room
    // for the greeting's name that went one step before.
    const message = rendered({
      scenario: 'firm-no',
      channel: 'sms',
      language: 'en-US',
      candidate: { givenName: 'Anneliese', familyName: "O'Connor-Vásquez", phone: '+1 646 555 0183' },
      recipient: { givenName: 'Brad', familyName: 'Kowalczyk', honorific: 'mr' },
      company: 'Pinnacle Staffing Solutions LLC',
      role: 'Senior Clinical Data Manager - Remote (US)',
      requestNoFurtherContact: true,
      requestDataDeletion: true,
    });
    expect(message.omitted).toContain('surname');
    expect(message.omitted).not.toContain('recipientName');
    expect(message.parts.greeting ?? message.text).toMatch(/Brad/);
  });

  it('gives a concise text back the role and the names it has room for: concise is short by its words, not by facts it drops', () => {
    // Made to fit by leaving out a long reason, the text has room again for the role, which says which application.
    const m = rendered({
      scenario: 'withdraw-application',
      channel: 'sms',
      tone: 'concise',
      language: 'en-US',
      candidate: { givenName: 'Danielle', familyName: 'De Luca-Whitfield', preferredName: 'Dani' },
      recipient: { name: "Rashida O'Neill-Baptiste" },
      company: 'Brightline Logistics, Inc.',
      role: 'Senior Data Engineer',
      interview: { at: '2026-12-10T10:30:00-05:00', timeZone: 'America/New_York' },
      now: '2026-12-07T09:00:00-06:00',
      reason: { code: 'location', detail, disclosure: 'specific' },
    });
    expect(m.omitted).toContain('reason');
    expect(m.omitted).not.toContain('role');
    expect(m.text).toContain('Senior Data Engineer');
  });

  it('signs with the first given name and the family name when the second given name holds the only accent outside GSM-7', () => {
    const m = rendered({
      scenario: 'withdraw-application',
      channel: 'sms',
      tone: 'concise',
      language: 'de-CH',
      candidate: { givenName: 'Ana Lúcia', familyName: 'dos Santos Meier' },
      recipient: { name: 'Dr. Claudia de Weck-Imhof', honorific: 'ms' },
      company: 'Grossmünster Vermögensverwaltung AG',
      role: 'Senior Portfolio Managerin Nachhaltige Anlagen',
      interview: { at: '2026-12-15T14:00:00+01:00' },
      now: '2026-12-07T09:00:00+01:00',
      reason: { code: 'family', detail: 'wir als Familie nun doch in Lissabon bleiben und ich deshalb keine Stelle in Zürich antreten kann', disclosure: 'specific' },
      keepDoorOpen: true,
    });
    expect(m.text).toContain('Ana dos Santos Meier');
    expect(m.stats.smsEncoding).toBe('GSM-7');
  });
});
