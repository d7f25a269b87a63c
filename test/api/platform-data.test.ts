// Data as a job board stores it: locales with underscores, the candidate's own time zone instead of `now`, advice
// in the candidate's language, reason labels in the platform's, and the written languages as an enum in the contract.
import { describe, expect, it } from 'vitest';
import { languageTags } from '../../src/messages/languages/index.js';
import { useApp } from '../helper.js';

const ctx = useApp();
const post = (payload: object, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'POST', url: '/messages', payload, headers });
const base = { scenario: 'withdraw-application', candidate: { name: 'Jordan Lee' }, company: 'Acme' };

describe('platform data', () => {
  it('lists the written language tags as an enum in the contract', async () => {
    const doc = (await ctx.app.inject('/openapi.json')).json();
    const request = doc.components.schemas.MessageRequestInput ?? doc.components.schemas.MessageRequest;
    expect(request.properties.language.enum).toEqual(languageTags);
    expect(request.properties.adviceLanguage.enum).toEqual(languageTags);
    expect(doc.components.schemas.Message.properties.language.enum).toEqual(languageTags);
  });

  it('reads a locale stored with an underscore as its tag', async () => {
    for (const [stored, tag] of [['de_DE', 'de-DE'], ['fr_ca', 'fr-CA'], ['en_GB', 'en-GB']]) {
      const res = await post({ ...base, language: stored });
      expect(res.statusCode, stored).toBe(200);
      expect(res.json().language).toBe(tag);
    }
    const bad = await post({ ...base, language: 'xx_YY' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/language');
  });

  it('names no zone between two people in one zone, whatever offset `now` is sent in, and names it across zones', async () => {
    // The server clock is 2026-11-29T15:00Z; the interview is on 1 December at 10:00 in Berlin.
    const interview = { at: '2026-12-01T10:00:00+01:00', timeZone: 'Europe/Berlin' };
    const inBerlin = (await post({ ...base, language: 'de-DE', interview, candidate: { name: 'Jonas Weber', timeZone: 'Europe/Berlin' } })).json();
    expect(inBerlin.text).toContain('10 Uhr');
    expect(inBerlin.text).not.toMatch(/10 Uhr (MEZ|Ortszeit|Berliner)|UTC/);
    const fromLondon = (await post({ ...base, language: 'de-DE', interview, candidate: { name: 'Jonas Weber', timeZone: 'Europe/London' } })).json();
    expect(fromLondon.text).toMatch(/10 Uhr (MEZ|\(MEZ\))/);
    // Without either clock, the zone the platform named is named.
    const unknown = (await post({ ...base, language: 'de-DE', interview, candidate: { name: 'Jonas Weber' } })).json();
    expect(unknown.text).toMatch(/10 Uhr (MEZ|\(MEZ\))/);
    // A platform that sends `now` in its server's UTC still writes from the candidate's clock.
    const utcNow = { ...base, language: 'de-DE', interview, now: '2026-11-29T07:30:00Z', candidate: { name: 'Jonas Weber', timeZone: 'Europe/Berlin' } };
    expect((await post(utcNow)).json().text).not.toMatch(/10 Uhr (MEZ|\(MEZ\)|Ortszeit|Berliner)|UTC/);
    expect((await post({ ...utcNow, candidate: { name: 'Jonas Weber' } })).json().text).toMatch(/10 Uhr (MEZ|\(MEZ\))/);
    const wrong = await post({ ...base, candidate: { name: 'Jonas Weber', timeZone: 'Berlin' } });
    expect(wrong.json().errors[0].pointer).toBe('/candidate/timeZone');
  });

  it('greets by the time of day where the recruiter reads it, never by the offset `now` was sent in', async () => {
    // 18:30 UTC is 10:30 in Los Angeles and 19:30 in Madrid.
    const call = { ...base, language: 'es-ES', channel: 'voicemail', tone: 'formal', now: '2026-11-29T18:30:00Z', recipient: { name: 'Ana Ruiz', honorific: 'ms' } };
    const candidate = { name: 'Jonas Weber', phone: '+1 213 555 0100', timeZone: 'America/Los_Angeles' };
    // About no interview, the candidate's clock; without it, the offset of `now`.
    expect((await post({ ...call, candidate })).json().text).toMatch(/^Buenos días/);
    expect((await post({ ...call, candidate: { ...candidate, timeZone: undefined } })).json().text).toMatch(/^Buenas tardes/);
    // About an interview in Madrid, the recruiter's evening there.
    const madrid = { ...call, scenario: 'accepted-another-offer', interview: { at: '2026-12-03T10:00:00+01:00', timeZone: 'Europe/Madrid' } };
    expect((await post({ ...madrid, candidate })).json().text).toMatch(/^Buenas (tardes|noches)/);
    // In the small hours there it is morning: the message is read once the day starts, never "Bonsoir" at 3:40.
    const martinique = { ...madrid, language: 'fr-FR', now: '2026-11-30T07:40:00Z', interview: { at: '2026-12-03T10:00:00-04:00', timeZone: 'America/Martinique' } };
    expect((await post({ ...martinique, candidate: { ...candidate, timeZone: 'Europe/Paris' } })).json().text).toMatch(/^Bonjour/);
  });

  it('words the advice in adviceLanguage, and the message in its own language', async () => {
    const m = (await post({ ...base, scenario: 'decline-offer', language: 'en-GB', adviceLanguage: 'de-DE' })).json();
    expect(m.language).toBe('en-GB');
    expect(m.text).toMatch(/^Dear|^Hello/);
    expect(m.advice.length).toBeGreaterThan(0);
    expect(m.advice[0].text).toMatch(/\b(Sie|Ihre?)\b/);
    const same = (await post({ ...base, scenario: 'decline-offer', language: 'en-GB' })).json();
    expect(same.advice[0].text).toMatch(/^Keep it polite/);
    expect(same.id).toBe(m.id);
  });

  it('labels the reasons in the language Accept-Language asks for', async () => {
    const english = await ctx.app.inject('/messages/reasons');
    expect(english.headers['content-language']).toBe('en-US');
    expect(english.json().reasons.find((r: { code: string }) => r.code === 'compensation').label).toBe('Compensation');
    for (const [accept, tag, label] of [['de-CH,de;q=0.9', 'de-CH', 'Entlöhnung'], ['fr', 'fr-FR', 'Rémunération'], ['es-MX', 'es-MX', 'Remuneración']]) {
      const res = await ctx.app.inject({ url: '/messages/reasons', headers: { 'accept-language': accept } });
      expect(res.headers['content-language'], accept).toBe(tag);
      expect(res.headers.vary).toContain('Accept-Language');
      const reasons = res.json().reasons as { code: string; label: string; ats: object }[];
      expect(reasons.find((r) => r.code === 'compensation')!.label, accept).toBe(label);
      expect(reasons.map((r) => r.ats)).toEqual(english.json().reasons.map((r: { ats: object }) => r.ats));
    }
  });
});
