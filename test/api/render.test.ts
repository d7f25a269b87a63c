// POST /messages: defaults, the facts that change the text, determinism, ETags and content negotiation.
import { describe, expect, it } from 'vitest';
import { fixedNow, fullRequest, useApp } from '../helper.js';

const ctx = useApp();

const minimal = { scenario: 'accepted-another-offer', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' };
const full = fullRequest;

const post = (payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/messages', payload, headers });

describe('POST /messages', () => {
  it('renders the minimal request with defaults: the scenario tone, email, US English', async () => {
    const res = await post(minimal);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({ scenario: 'accepted-another-offer', tone: 'warm', channel: 'email', language: 'en-US' });
    expect(res.headers['content-language']).toBe('en-US');
    expect(m.subject).toBeTruthy();
    // A warm email signs with the candidate's given name.
    expect(m.text).toMatch(/\bJordan\b/);
    // Warm prose uses the company's everyday name; its subject and formal letters keep the name as given.
    expect(m.text).toContain('Acme');
    expect(m.html).toContain('<p>');
    expect(m.templateVersion).toMatch(/^en-US-/);
    expect(m.phrasingSeed).toMatch(/^[0-9a-f]{16}$/);
    expect(m.advice.map((a: { code: string }) => a.code)).toContain('send-now');
  });

  it('renders the full example, using every fact it was given', async () => {
    const m = (await post(full)).json();
    expect(m.parts.greeting).toMatch(/\bPriya\b/);
    expect(m.phrasingSeed).toBe('application-48213');
    for (const fact of ['Data Analyst', 'Globex', 'Sam Rivera', 'jordan@example.com', '+1 555 0100', 'tomorrow at 3 PM']) {
      expect(m.text).toContain(fact);
    }
    // disclosure "general": the candidate's own words stay out of the message.
    expect(m.text).not.toContain('closer to my family');
  });

  it('builds text from its parts, in order', async () => {
    const m = (await post(full)).json();
    const parts = Object.values(m.parts) as string[];
    expect(Object.keys(m.parts)[0]).toBe('greeting');
    expect(Object.keys(m.parts).at(-1)).toBe('signature');
    let at = 0;
    for (const part of parts) {
      const found = m.text.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(at);
      at = found + part.length;
    }
    expect(m.text.replace(/\s+/g, '')).toBe(parts.join('').replace(/\s+/g, ''));
  });

  it('greets naturally when there is no recipient name, never with an empty slot', async () => {
    for (const tone of ['formal', 'warm', 'concise', 'firm']) {
      const m = (await post({ ...minimal, tone })).json();
      expect(m.parts.greeting, tone).toMatch(/^(Dear|Hi|Hello)\b.*,$/);
      expect(m.text).not.toMatch(/(Dear|Hi|Hello) ,|^Dear,/);
    }
  });

  it('names the new employer only when given', async () => {
    const { newEmployer: _n, ...without } = full;
    const m = (await post(without)).json();
    expect(m.text).not.toContain('Globex');
    expect((await post(full)).json().text).toContain('Globex');
  });

  it('reveals the reason according to disclosure, woven into the decision', async () => {
    // A named new employer is the reason in itself, so these leave it out.
    const { newEmployer: _n, ...rest } = full;
    const base = { ...rest, scenario: 'decline-offer', tone: 'formal' };
    const reason = { code: 'schedule', detail: 'the hours do not fit my family commitments' };
    const specific = (await post({ ...base, reason: { ...reason, disclosure: 'specific' } })).json();
    const general = (await post({ ...base, reason: { ...reason, disclosure: 'general' } })).json();
    const none = (await post({ ...base, reason: { ...reason, disclosure: 'none' } })).json();
    expect(specific.parts.decision).toContain('because the hours do not fit my family commitments');
    expect(general.text).not.toContain('family commitments');
    expect(general.parts.decision).toMatch(/hours|schedule/);
    expect(none.parts.decision).not.toMatch(/hours|schedule|because/);
  });

  it('keeps health, family and personal reasons private at the general level', async () => {
    for (const code of ['health', 'family', 'personal']) {
      const { newEmployer: _n, ...rest } = full;
      const m = (await post({ ...rest, scenario: 'decline-offer', reason: { code, detail: 'my surgery', disclosure: 'general' } })).json();
      expect(m.parts.decision).toMatch(/personal/);
      expect(m.text).not.toContain('surgery');
      expect(m.advice.map((a: { code: string }) => a.code)).toContain('no-details-needed');
    }
  });

  it('phrases the interview relative to now, in the interview offset, and flags short notice', async () => {
    const today = (await post({ ...full, now: '2026-12-01T08:00:00-05:00' })).json();
    expect(today.text).toContain('today at 3 PM');
    expect(today.advice.map((a: { code: string }) => a.code)).toContain('call-as-well');
    const later = (await post({ ...full, now: '2026-11-20T08:00:00-05:00' })).json();
    expect(later.text).toContain('on Tuesday, December 1, at 3 PM');
    expect(later.advice.map((a: { code: string }) => a.code)).not.toContain('call-as-well');
    // 03:00 UTC on Dec 2 is still 10:00 PM on Dec 1 in New York: "tomorrow" counts days where the interview is.
    const lateEvening = (await post({ ...full, interview: { at: '2026-12-01T22:00:00-05:00' } })).json();
    expect(lateEvening.text).toContain('tomorrow at 10 PM');
  });

  it('uses the server clock when now is not given', async () => {
    const { now: _now, ...withoutNow } = full;
    const m = (await post({ ...withoutNow, interview: { at: new Date(fixedNow + 5 * 3_600_000).toISOString() } })).json();
    expect(m.text).toContain('today');
    expect(m.advice.map((a: { code: string }) => a.code)).toContain('call-as-well');
  });

  it('refuses to cancel an interview that is already over', async () => {
    const res = await post({ ...full, now: '2026-12-02T09:00:00-05:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ pointer: '/interview/at', message: expect.stringContaining('must be after now') }]);
  });

  it('gives channel-specific output: no subject or HTML off email, SMS segments, voicemail speaking time', async () => {
    const sms = (await post({ ...full, channel: 'sms' })).json();
    expect(sms.subject).toBeUndefined();
    expect(sms.html).toBeUndefined();
    expect(sms.stats.smsSegments).toBeGreaterThanOrEqual(1);
    expect(sms.stats.speakingSeconds).toBeUndefined();
    const voicemail = (await post({ ...full, channel: 'voicemail' })).json();
    expect(voicemail.stats.speakingSeconds).toBeGreaterThan(5);
    expect(voicemail.stats.smsSegments).toBeUndefined();
    const linkedin = (await post({ ...full, channel: 'linkedin' })).json();
    expect(linkedin.subject).toBeUndefined();
  });

  it('is deterministic: the same request gives the same message and id', async () => {
    const a = (await post(full)).json();
    const b = (await post(full)).json();
    expect(b).toEqual(a);
    const c = (await post({ ...full, tone: 'formal' })).json();
    expect(c.id).not.toBe(a.id);
  });

  it('gives the same id when now moves but the wording does not', async () => {
    const a = (await post(full)).json();
    const b = (await post({ ...full, now: '2026-11-30T10:05:00-05:00' })).json();
    expect(b.id).toBe(a.id);
  });

  it('escapes the HTML', async () => {
    const m = (await post({ ...full, candidate: { name: '<script>alert(1)</script> Lee' } })).json();
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text).toContain('<script>alert(1)</script>');
  });
});

describe('content negotiation and ETags', () => {
  it('returns just the text for Accept: text/plain and the HTML for text/html', async () => {
    const json = (await post(full)).json();
    const text = await post(full, { accept: 'text/plain' });
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe(json.text);
    const html = await post(full, { accept: 'text/html' });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toBe(json.html);
    expect(text.headers.vary).toContain('Accept');
  });

  it('refuses HTML for channels other than email with a 406 problem', async () => {
    const res = await post({ ...full, channel: 'sms' }, { accept: 'text/html' });
    expect(res.statusCode).toBe(406);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toContain('email');
  });

  it('refuses a media type it cannot produce', async () => {
    const res = await post(full, { accept: 'image/png' });
    expect(res.statusCode).toBe(406);
  });

  it('prefers by quality value', async () => {
    const res = await post(full, { accept: 'text/html;q=0.5, text/plain' });
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('sends a distinct ETag per representation and answers 304 to a matching If-None-Match', async () => {
    const json = await post(full);
    const text = await post(full, { accept: 'text/plain' });
    expect(json.headers.etag).toMatch(/^"[^"]+"$/);
    expect(text.headers.etag).not.toBe(json.headers.etag);
    const again = await post(full, { 'if-none-match': json.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(json.headers.etag);
    const listed = await post(full, { 'if-none-match': `"nope", W/${json.headers.etag}` });
    expect(listed.statusCode).toBe(304);
    const changed = await post({ ...full, tone: 'formal' }, { 'if-none-match': json.headers.etag as string });
    expect(changed.statusCode).toBe(200);
  });
});
