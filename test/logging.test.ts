// Request ids and logs: the id round trip, one JSON line per request, and no personal data in any line.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loggerOptions } from '../src/logging.js';
import { traceIdOf } from '../src/plugins/request-log.js';
import { createMessageService } from '../src/messages/service.js';
import { build, messageBody, useApp } from './helper.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An app whose log lines (with the production logger options) are collected as parsed JSON. */
async function withLog(service = createMessageService()) {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino(loggerOptions({ logLevel: 'info' }, { pretty: false }), stream);
  const app = await build({}, { loggerInstance: logger, service });
  return { app, lines, raw };
}

describe('request ids', () => {
  const ctx = useApp({ rateLimitMax: 1 });

  it('returns the caller\'s x-request-id unchanged', async () => {
    const res = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': 'gw-7f3a.91:b' } });
    expect(res.headers['x-request-id']).toBe('gw-7f3a.91:b');
  });

  it('generates a UUID when the caller sends none', async () => {
    const one = await ctx.app.inject({ url: '/healthz' });
    const two = await ctx.app.inject({ url: '/healthz' });
    expect(one.headers['x-request-id']).toMatch(uuid);
    expect(two.headers['x-request-id']).toMatch(uuid);
    expect(one.headers['x-request-id']).not.toBe(two.headers['x-request-id']);
  });

  it('replaces an id that is unsafe to echo into headers and logs', async () => {
    for (const bad of ['a b', 'x'.repeat(129), '{"$ne":1}']) {
      const res = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': bad } });
      expect(res.headers['x-request-id']).toMatch(uuid);
    }
  });

  it('is on error responses too: 404 and 429', async () => {
    const missing = await ctx.app.inject({ url: '/nope', headers: { 'x-request-id': 'req-404' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-request-id']).toBe('req-404');
    await ctx.app.inject({ url: '/messages/tones' });
    const limited = await ctx.app.inject({ url: '/messages/tones', headers: { 'x-request-id': 'req-429' } });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['x-request-id']).toBe('req-429');
  });
});

describe('a W3C traceparent', () => {
  it('gives its trace id only when valid', () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(traceIdOf(`00-${id}-00f067aa0ba902b7-01`)).toBe(id);
    expect(traceIdOf(`01-${id}-00f067aa0ba902b7-01-more`)).toBe(id);
    for (const bad of [
      undefined,
      ['a', 'b'],
      `00-${id}-00f067aa0ba902b7-01-more`,
      `ff-${id}-00f067aa0ba902b7-01`,
      `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
      `00-${id}-${'0'.repeat(16)}-01`,
      `00-${id.toUpperCase()}-00f067aa0ba902b7-01`,
      `00-${id}-00f067aa0ba902b7`,
    ]) {
      expect(traceIdOf(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('logs', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('writes one JSON line per request with method, route, status, duration and the request id', async () => {
    const log = await withLog();
    app = log.app;
    const res = await app.inject({ method: 'POST', url: '/messages', payload: messageBody, headers: { 'x-request-id': 'trace-1' } });
    expect(res.statusCode).toBe(200);
    const lines = log.lines.filter((l) => l.requestId === 'trace-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request completed', method: 'POST', route: '/messages', status: 200 });
    expect(lines[0]!.durationMs).toBeGreaterThan(0);
  });

  it('names the path when no route matched', async () => {
    const log = await withLog();
    app = log.app;
    await app.inject({ url: '/wp-login.php?x=1', headers: { 'x-request-id': 'scan' } });
    expect(log.lines.find((l) => l.msg === 'request completed')).toMatchObject({ route: null, path: '/wp-login.php', status: 404 });
  });

  it('never writes names, emails, phones or private reasons, even when a failure logs the body', async () => {
    const failing = { ...createMessageService(), render: () => { throw new Error('template exploded'); }, batch: () => { throw new Error('template exploded'); } };
    const log = await withLog(failing);
    app = log.app;
    const body = { ...messageBody, referral: 'Sam Okafor', reason: { code: 'health', detail: 'my chemotherapy schedule', disclosure: 'specific' } };
    expect((await app.inject({ method: 'POST', url: '/messages', payload: body })).statusCode).toBe(500);
    expect((await app.inject({ method: 'POST', url: '/messages/batch', payload: { items: [body, body] } })).statusCode).toBe(500);
    // A rejected body is not logged either, and its field errors carry no values.
    const invalid = { ...body, candidate: { ...body.candidate, email: 'priya.r@example' } };
    expect((await app.inject({ method: 'POST', url: '/messages', payload: invalid })).statusCode).toBe(400);

    const failures = log.lines.filter((l) => l.msg === 'request failed');
    expect(failures).toHaveLength(2);
    expect(failures[0]!.body).toMatchObject({
      company: 'Initech',
      referral: '[redacted]',
      candidate: { name: '[redacted]', email: '[redacted]', phone: '[redacted]' },
      recipient: { name: '[redacted]' },
      reason: { code: 'health', detail: '[redacted]' },
    });
    expect(failures[1]!.body.items[1].candidate.email).toBe('[redacted]');
    const everything = log.raw.join('');
    for (const secret of ['Priya', 'priya.r@example', '555 010', 'Dana', 'Sam Okafor', 'chemotherapy']) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('logger options', () => {
  let tty: boolean | undefined;
  beforeEach(() => {
    tty = process.stdout.isTTY;
  });
  afterEach(() => {
    process.stdout.isTTY = tty as boolean;
  });

  it('prints JSON unless stdout is a terminal', () => {
    process.stdout.isTTY = false as never;
    expect(loggerOptions({ logLevel: 'info' }).transport).toBeUndefined();
    process.stdout.isTTY = true;
    expect(loggerOptions({ logLevel: 'info' }).transport).toMatchObject({ target: 'pino-pretty' });
  });
});
