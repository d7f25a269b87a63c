// Every failure is application/problem+json naming what is wrong, and never leaks internals.
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageService } from '../../src/messages/service.js';
import { build, useApp } from '../helper.js';

const ctx = useApp({ bodyLimit: 16 * 1024 });
const valid = { scenario: 'withdraw-application', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' };

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  return body;
}

const raw = (payload: string, contentType = 'application/json', url = '/messages') =>
  ctx.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

describe('malformed requests', () => {
  it.each(['/messages', '/messages/variants', '/messages/batch'])('%s: malformed JSON is a 400 problem', async (url) => {
    const body = expectProblem(await raw('{"scenario": ', 'application/json', url), 400);
    expect(body.title).toBe('Malformed JSON');
  });

  it('an empty JSON body is a 400 problem', async () => {
    expectProblem(await raw(''), 400);
  });

  it.each([['[]'], ['"text"'], ['42'], ['null']])('a JSON %s instead of an object is a 400 problem pointing at the body', async (payload) => {
    const body = expectProblem(await raw(payload), 400);
    expect(body.errors).toEqual([{ pointer: '', message: 'the request body must be a JSON object' }]);
  });

  it('a body over the limit is a 413 problem', async () => {
    const body = expectProblem(await raw(JSON.stringify({ ...valid, role: 'x'.repeat(20_000) })), 413);
    expect(body.title).toBe('Payload too large');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'text/html'])('a %s body is a 415 problem', async (type) => {
    expectProblem(await raw('scenario=firm-no', type), 415);
  });

  it('an unknown route is a 404 problem', async () => {
    const body = expectProblem(await ctx.app.inject({ url: '/message' }), 404);
    expect(body.detail).toContain('/message');
  });

  it('a wrong method is a 404 problem too', async () => {
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: '/messages' }), 404);
  });
});

describe('validation problems', () => {
  const post = (payload: unknown) => ctx.app.inject({ method: 'POST', url: '/messages', payload: payload as object });

  it('names each missing required field by pointer', async () => {
    const body = expectProblem(await post({ candidate: {} }), 400);
    expect(body.type).toBe('/problems/validation');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/scenario', message: 'is required' },
        { pointer: '/candidate/name', message: 'is required (or candidate.givenName and candidate.familyName)' },
        { pointer: '/company', message: 'is required' },
      ]),
    );
    expect(body.detail).toContain('/candidate/name');
  });

  it('rejects unknown fields, at any depth, so typos are never silently ignored', async () => {
    const body = expectProblem(await post({ ...valid, tone: 'warm', keepDoorOpn: true, candidate: { name: 'J', emial: 'j@x.io' } }), 400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/keepDoorOpn', message: 'is not a known field' },
        { pointer: '/candidate/emial', message: 'is not a known field' },
      ]),
    );
  });

  it('names the allowed values for an unknown scenario or tone', async () => {
    const body = expectProblem(await post({ ...valid, scenario: 'ghost', tone: 'rude', channel: 'fax' }), 400);
    const byPointer = Object.fromEntries(body.errors.map((e: { pointer: string; message: string }) => [e.pointer, e.message]));
    expect(byPointer['/scenario']).toContain('accepted-another-offer');
    expect(byPointer['/tone']).toBe('must be one of: formal, warm, concise, firm');
    expect(byPointer['/channel']).toContain('voicemail');
  });

  it('enforces length limits and types', async () => {
    const body = expectProblem(await post({ ...valid, company: 'x'.repeat(121), keepDoorOpen: 'yes', candidate: { name: '' } }), 400);
    const pointers = body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/company', '/keepDoorOpen', '/candidate/name']));
    expect(body.errors.find((e: { pointer: string }) => e.pointer === '/company').message).toContain('120');
  });

  it('requires date-times with an offset', async () => {
    for (const at of ['2026-12-01T15:00:00', 'tomorrow', '2026-13-01T15:00:00Z']) {
      const body = expectProblem(await post({ ...valid, interview: { at } }), 400);
      expect(body.errors[0].pointer).toBe('/interview/at');
    }
  });

  it('rejects line breaks in single-line fields (a subject never carries one)', async () => {
    const body = expectProblem(await post({ ...valid, role: 'Analyst\r\nBcc: x@evil.test' }), 400);
    expect(body.errors[0].pointer).toBe('/role');
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', '/__proto__'],
    ['{"constructor": {"prototype": {"polluted": true}}}', '/constructor'],
    ['{"candidate": {"name": "J", "__proto__": {"polluted": true}}}', '/candidate/__proto__'],
  ])('names prototype keys as unknown fields and pollutes nothing: %s', async (extra, pointer) => {
    const payload = JSON.stringify(valid).slice(0, -1) + ',' + extra.slice(1);
    const res = await ctx.app.inject({ method: 'POST', url: '/messages', payload, headers: { 'content-type': 'application/json' } });
    const body = expectProblem(res, 400);
    expect(body.errors).toContainEqual({ pointer, message: 'is not a known field' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('escapes pointer characters per RFC 6901', async () => {
    const body = expectProblem(await post({ ...valid, 'a/b~c': 1 }), 400);
    expect(body.errors[0].pointer).toBe('/a~1b~0c');
  });
});

describe('internal errors', () => {
  const service = createMessageService();
  const failing = {
    ...service,
    render: () => {
      throw new Error('template exploded at /srv/secret/path.ts:12');
    },
  };
  // Through the helper, so load shedding is off: a busy test machine would otherwise answer 503 before the 500.
  const appPromise = build({}, { service: failing });
  afterAll(async () => (await appPromise).close());

  it('is a 500 problem that hides the cause', async () => {
    const app = await appPromise;
    const body = expectProblem(await app.inject({ method: 'POST', url: '/messages', payload: valid }), 500);
    expect(JSON.stringify(body)).not.toContain('exploded');
    expect(JSON.stringify(body)).not.toContain('/srv/secret');
  });
});
