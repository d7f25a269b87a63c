// GET /messages/reasons and the classification on every rendered message: what a platform records in its ATS.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { channelIds, reasonCodes } from '../../src/messages/catalogue.js';
import { ReasonListSchema } from '../../src/messages/classification-schema.js';
import { loggerOptions } from '../../src/logging.js';
import { createMessageService } from '../../src/messages/service.js';
import { build, fullRequest, useApp } from '../helper.js';

const ctx = useApp({ rateLimitMax: 0 });
const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers });

/** Distinctive enough that finding it anywhere in a message can only mean it was rendered. */
const atsReasonId = 'ATS-7Q9-zx';
// Without the new employer: naming one makes another-offer the reason, and these tests give others.
const { tone: _tone, newEmployer: _employer, ...facts } = fullRequest;

/** Every string a recipient could see. */
const visible = (m: { subject?: string; text: string; html?: string; parts: Record<string, string>; advice: { text: string }[] }) =>
  [m.subject ?? '', m.text, m.html ?? '', ...Object.values(m.parts), ...m.advice.map((a) => a.text)].join('\n');

describe('GET /messages/reasons', () => {
  it('lists every reason code with its label, privacy and ATS mapping', async () => {
    const res = await ctx.app.inject({ url: '/messages/reasons' });
    expect(res.statusCode).toBe(200);
    const { reasons } = ReasonListSchema.parse(res.json());
    expect(reasons.map((r) => r.code)).toEqual([...reasonCodes]);
    expect(reasons.find((r) => r.code === 'health')).toMatchObject({ label: 'Health', private: true, direction: 'candidate' });
    expect(reasons.find((r) => r.code === 'another-offer')).toEqual({
      code: 'another-offer',
      label: 'Accepted another offer',
      private: false,
      direction: 'candidate',
      ats: {
        greenhouse: { rejectionReasonType: { id: 2, name: 'They rejected us' } },
        lever: { archiveReasonType: 'non-hired' },
        ashby: { reasonType: 'RejectedByCandidate' },
        google: { applicationState: 'CANDIDATE_WITHDREW' },
      },
    });
  });
});

describe('classification', () => {
  it('comes with every message: who ended it, the stage, the reason and the mapping, with atsReasonId echoed', async () => {
    const m = (await post('/messages', { ...fullRequest, atsReasonId })).json();
    expect(m.classification).toEqual({
      outcome: 'ended',
      direction: 'candidate',
      stage: 'interview',
      reasonCode: 'another-offer',
      private: false,
      ats: {
        greenhouse: { rejectionReasonType: { id: 2, name: 'They rejected us' } },
        lever: { archiveReasonType: 'non-hired' },
        ashby: { reasonType: 'RejectedByCandidate' },
        google: { applicationState: 'CANDIDATE_WITHDREW' },
      },
      atsReasonId,
    });
    const withoutId = (await post('/messages', { ...fullRequest, atsReasonId: undefined })).json();
    expect(withoutId.classification).not.toHaveProperty('atsReasonId');
  });

  it('classifies each variant and each batch item, echoing each atsReasonId', async () => {
    const variants = (await post('/messages/variants', { ...facts, scenario: 'decline-offer', reason: { code: 'location' }, atsReasonId })).json();
    for (const v of variants.variants) expect(v.classification).toMatchObject({ stage: 'offer', reasonCode: 'location', atsReasonId });
    const batch = (await post('/messages/batch', {
      items: [
        { ...fullRequest, atsReasonId: 'gh-1' },
        { ...fullRequest, scenario: 'decline-recruiter-outreach', atsReasonId: 'gh-2' },
        { ...fullRequest, atsReasonId: 'two\nlines' },
      ],
    })).json();
    expect(batch.results[0].message.classification).toMatchObject({ stage: 'interview', atsReasonId: 'gh-1' });
    expect(batch.results[1].message.classification).toMatchObject({ stage: 'outreach', reasonCode: 'another-offer', atsReasonId: 'gh-2' });
    expect(batch.results[2].problem.errors).toEqual([{ pointer: '/items/2/atsReasonId', message: expect.stringContaining('single line') }]);
  });

  it('never writes atsReasonId into what the recipient sees, in any scenario, tone or channel', async () => {
    const { scenarios } = (await ctx.app.inject({ url: '/messages/scenarios' })).json();
    for (const s of scenarios) {
      const { tone: _t, ...example } = s.example;
      for (const channel of channelIds) {
        const { variants } = (await post('/messages/variants', { ...example, channel, atsReasonId })).json();
        for (const v of variants) {
          expect(v.classification.atsReasonId).toBe(atsReasonId);
          expect(visible(v), `${s.id} ${v.tone} ${channel}`).not.toContain(atsReasonId);
        }
      }
      const text = await post('/messages', { ...s.example, atsReasonId }, { accept: 'text/plain' });
      const html = await post('/messages', { ...s.example, atsReasonId }, { accept: 'text/html' });
      expect(text.body + html.body).not.toContain(atsReasonId);
    }
  });

  it('names atsReasonId when it is not a short single line of text', async () => {
    const bad: [unknown, string][] = [
      ['', 'must not be empty'],
      ['   ', 'must not be empty or blank'],
      ['x'.repeat(129), 'must be at most 128 characters'],
      ['a\r\nb', 'single line'],
      ['tab\there', 'control characters'],
      [4471, 'expected string'],
      [null, 'expected string'],
    ];
    for (const [value, message] of bad) {
      const res = await post('/messages', { ...fullRequest, atsReasonId: value });
      expect(res.statusCode, String(value)).toBe(400);
      expect(res.json().errors, String(value)).toEqual([{ pointer: '/atsReasonId', message: expect.stringContaining(message) }]);
    }
  });
});

describe('ids and ETags', () => {
  it('keeps the id and text when only atsReasonId changes, but changes the JSON ETag', async () => {
    const a = await post('/messages', { ...fullRequest, atsReasonId: 'gh-1' });
    const b = await post('/messages', { ...fullRequest, atsReasonId: 'gh-2' });
    expect(b.json().id).toBe(a.json().id);
    expect(b.json().text).toBe(a.json().text);
    expect(b.headers.etag).not.toBe(a.headers.etag);
    // A cached JSON body with the old atsReasonId is stale; the old tag must not get a 304.
    const revalidated = await post('/messages', { ...fullRequest, atsReasonId: 'gh-2' }, { 'if-none-match': a.headers.etag as string });
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.json().classification.atsReasonId).toBe('gh-2');
    const same = await post('/messages', { ...fullRequest, atsReasonId: 'gh-1' }, { 'if-none-match': a.headers.etag as string });
    expect(same.statusCode).toBe(304);
  });

  it('keeps the text ETag when only atsReasonId changes: the text is the same', async () => {
    const a = await post('/messages', { ...fullRequest, atsReasonId: 'gh-1' }, { accept: 'text/plain' });
    const b = await post('/messages', { ...fullRequest, atsReasonId: 'gh-2' }, { accept: 'text/plain' });
    expect(b.headers.etag).toBe(a.headers.etag);
  });

  it('changes the JSON ETag when an unsaid reason changes the classification but not the words', async () => {
    const body = { ...facts, scenario: 'decline-offer', tone: 'formal', reason: { code: 'compensation', detail: 'the pay', disclosure: 'specific' } };
    const a = await post('/messages', body);
    const b = await post('/messages', { ...body, reason: { ...body.reason, code: 'location' } });
    expect(b.json().text).toBe(a.json().text);
    expect(b.json().classification.reasonCode).not.toBe(a.json().classification.reasonCode);
    expect(b.headers.etag).not.toBe(a.headers.etag);
  });
});

describe('logs', () => {
  it('redact atsReasonId when a failure logs the body', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _e, done) => void (lines.push(String(chunk)), done()) });
    const failing = { ...createMessageService(), render: () => { throw new Error('template exploded'); } };
    const app = await build({}, { loggerInstance: pino(loggerOptions({ logLevel: 'info' }, { pretty: false }), stream), service: failing });
    expect((await app.inject({ method: 'POST', url: '/messages', payload: { ...fullRequest, atsReasonId: 'health-leave-17' } })).statusCode).toBe(500);
    await app.close();
    const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
    expect(failure.body.atsReasonId).toBe('[redacted]');
    expect(lines.join('')).not.toContain('health-leave-17');
  });
});
