// Languages over HTTP: BCP 47 tags in the body, Accept-Language without one, the tag the answer was written in, and
// clear problems for tags the service cannot use.
import { describe, expect, it } from 'vitest';
import { languageTags } from '../../src/messages/languages/index.js';
import { useApp } from '../helper.js';

const ctx = useApp();
const body = {
  scenario: 'withdraw-application',
  candidate: { name: 'Jordan Lee' },
  company: 'Acme Corp',
  interview: { at: '2026-12-01T15:00:00-05:00' },
  now: '2026-11-29T10:00:00-05:00',
};
const post = (payload: object, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'POST', url: '/messages', payload, headers });

describe('GET /messages/languages', () => {
  it('lists every tag the service writes, its names, whether it has formal address, and the default', async () => {
    const res = await ctx.app.inject({ url: '/messages/languages' });
    expect(res.statusCode).toBe(200);
    const { languages, default: fallback } = res.json();
    expect(fallback).toBe('en-US');
    expect(languages.map((l: { tag: string }) => l.tag)).toEqual(languageTags);
    expect(languages.find((l: { tag: string }) => l.tag === 'en-GB')).toMatchObject({ name: 'British English', language: 'en', formality: false });
  });

  it('says what sets each variant apart, whose words it inherits, and which other tags resolve to it', async () => {
    const { languages } = (await ctx.app.inject({ url: '/messages/languages' })).json();
    const byTag = new Map(languages.map((l: { tag: string }) => [l.tag, l]));
    for (const l of languages) expect(l.distinguishes.length, l.tag).toBeGreaterThan(20);
    expect(byTag.get('es-MX')).toMatchObject({ inherits: ['es-419'] });
    expect(byTag.get('es-AR')).toMatchObject({ inherits: ['es-419'], resolvesHere: ['es-UY', 'es-PY'] });
    expect(byTag.get('de-CH')).toMatchObject({ inherits: [], resolvesHere: ['de-LI'] });
    // Each variant is its own compiled catalogue.
    expect(new Set(languages.map((l: { templateVersion: string }) => l.templateVersion)).size).toBe(languages.length);
  });
});

describe('language in the body', () => {
  it.each([
    ['en', 'en-US'],
    ['EN-gb', 'en-GB'],
    ['en-AU', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en-IN', 'en-GB'],
    ['en-NZ', 'en-GB'],
    ['en-Latn-US', 'en-US'],
    ['es-UY', 'es-AR'],
    ['es-CO', 'es-419'],
    ['de-LI', 'de-CH'],
  ])('resolves %s to %s, and says so in the answer and in Content-Language', async (tag, resolved) => {
    const res = await post({ ...body, language: tag });
    expect(res.statusCode).toBe(200);
    expect(res.json().language).toBe(resolved);
    expect(res.headers['content-language']).toBe(resolved);
    expect(res.headers.vary).toContain('Accept-Language');
  });

  it('writes the dates and spelling of the variant', async () => {
    const us = (await post({ ...body, language: 'en-US', tone: 'formal' })).json();
    const gb = (await post({ ...body, language: 'en-GB', tone: 'formal' })).json();
    expect(us.text).toContain('on Tuesday at 3 PM');
    expect(gb.text).toContain('on Tuesday at 3 pm');
  });

  it('refuses a malformed tag, and a language it does not write listing the ones it does, on /language', async () => {
    const malformed = await post({ ...body, language: 'english!' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ pointer: '/language', message: expect.stringMatching(/BCP 47/) }]);
    const other = await post({ ...body, language: 'ja-JP' });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors).toEqual([{ pointer: '/language', message: expect.stringContaining(languageTags.join(', ')) }]);
  });

  it('ignores formality in English, which has no such distinction', async () => {
    const formal = (await post({ ...body, formality: 'formal' })).json();
    const informal = (await post({ ...body, formality: 'informal' })).json();
    expect(informal.text).toBe(formal.text);
    expect(formal.formality).toBeUndefined();
  });
});

describe('Accept-Language, when the body names no language', () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['en-AU,en;q=0.8', 'en-GB'],
    ['ja-JP, en-GB;q=0.5', 'en-GB'],
    ['en-US;q=0.4, en-GB;q=0.9', 'en-GB'],
    ['ja-JP', 'en-US'],
    ['*', 'en-US'],
    ['!!garbage', 'en-US'],
  ])('%s gives %s', async (header, resolved) => {
    const res = await post(body, { 'accept-language': header });
    expect(res.statusCode).toBe(200);
    expect(res.json().language).toBe(resolved);
    expect(res.headers['content-language']).toBe(resolved);
  });

  it('defers to the language in the body', async () => {
    const res = await post({ ...body, language: 'en-US' }, { 'accept-language': 'en-GB' });
    expect(res.json().language).toBe('en-US');
  });

  it('applies to variants and batches too', async () => {
    const variants = await ctx.app.inject({ method: 'POST', url: '/messages/variants', payload: body, headers: { 'accept-language': 'en-GB' } });
    expect(variants.json().variants.every((m: { language: string }) => m.language === 'en-GB')).toBe(true);
    expect(variants.headers['content-language']).toBe('en-GB');
    const batch = await ctx.app.inject({ method: 'POST', url: '/messages/batch', payload: { items: [body, { ...body, language: 'en-US' }] }, headers: { 'accept-language': 'en-GB' } });
    expect(batch.json().results.map((r: { message: { language: string } }) => r.message.language)).toEqual(['en-GB', 'en-US']);
    // Items that disagree leave Content-Language off the batch.
    expect(batch.headers['content-language']).toBeUndefined();
  });
});

describe('interview.timeZone', () => {
  it('writes the time in the zone, naming it when the sender is elsewhere', async () => {
    const res = await post({ ...body, tone: 'concise', now: '2026-11-29T18:00:00+01:00', interview: { at: '2026-12-01T17:00:00Z', timeZone: 'America/Los_Angeles' } });
    expect(res.json().text).toContain('on Tuesday at 9 AM PT');
  });

  it('refuses a zone that is not an IANA name', async () => {
    for (const timeZone of ['EST', '+05:00', 'Mars/Base', 'America/New York']) {
      const res = await post({ ...body, interview: { ...body.interview, timeZone } });
      expect(res.statusCode, timeZone).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ pointer: '/interview/timeZone', message: expect.stringMatching(/IANA/) });
    }
  });
});
