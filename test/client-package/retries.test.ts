// The client package under failure: retries on 429, 502, 503, 504 and connection resets that honour Retry-After within
// bounds, timeouts, and answers that are not problem documents. A small local server plays the failing service and
// gateway; the real app rate-limits.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, ProblemError, TimeoutError } from '../../clients/typescript/src/index.js';
import { retryAfterSeconds } from '../../clients/typescript/src/problem.js';
import { build, fullRequest } from '../helper.js';

type Step = { status: number; headers?: Record<string, string>; body?: string } | 'hang' | 'stall-body' | 'reset';
const problem = (status: number, title: string) =>
  JSON.stringify({ type: `/problems/http-${status}`, title, status, detail: `${title}, as the test asked.` });

let stub: Server;
let stubUrl: string;
let script: Step[] = [];
let seen: { requestId: string | undefined; body: string }[] = [];
const hanging: ServerResponse[] = [];

async function answer(req: IncomingMessage, res: ServerResponse) {
  let body = '';
  for await (const chunk of req) body += chunk;
  seen.push({ requestId: req.headers['x-request-id'] as string | undefined, body });
  const step = script.shift() ?? { status: 200, body: '{"tones":[]}' };
  if (step === 'hang') return void hanging.push(res);
  // The request arrived, and the connection is reset instead of answered (TCP RST), as when an instance goes away.
  if (step === 'reset') return void req.socket.resetAndDestroy();
  if (step === 'stall-body') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"tones":');
    return void hanging.push(res);
  }
  const type = step.status >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(step.status, { 'content-type': type, ...step.headers });
  res.end(step.body ?? (step.status >= 400 ? problem(step.status, 'Stub problem') : '{"tones":[]}'));
}

beforeAll(async () => {
  stub = createServer((req, res) => void answer(req, res));
  stub.listen(0, '127.0.0.1');
  await once(stub, 'listening');
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  stub.closeAllConnections();
  stub.close();
});
beforeEach(() => {
  script = [];
  seen = [];
});

const timed = async <T>(work: Promise<T>) => {
  const started = performance.now();
  const result = await work.catch((e: unknown) => e);
  return { result, ms: performance.now() - started };
};

describe('retries', () => {
  it('waits as long as Retry-After says on a 503, then resends the same request with the same id', async () => {
    script = [{ status: 503, headers: { 'retry-after': '1' } }, { status: 200, body: '{"variants":[]}' }];
    const client = createClient({ baseUrl: stubUrl });
    const { tone: _t, ...facts } = fullRequest;
    const { result, ms } = await timed(client.renderVariants(facts as never, { requestId: 'retry-me' }));
    expect(result).toEqual({ variants: [] });
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]!.requestId).toBe('retry-me');
    expect(JSON.parse(seen[0]!.body).company).toBe('Acme Corp');
  });

  it('gives up after maxRetries, throwing the last 503 as a problem', async () => {
    script = Array(5).fill({ status: 503, headers: { 'retry-after': '0' } });
    const { result } = await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 2 } }).listTones());
    expect(seen).toHaveLength(3);
    expect(result).toBeInstanceOf(ProblemError);
    expect(result).toMatchObject({ status: 503, retryAfterSeconds: 0 });
  });

  it('does not wait for a Retry-After beyond maxDelayMs, or past maxTotalDelayMs', async () => {
    script = [{ status: 429, headers: { 'retry-after': '120' } }];
    const long = await timed(createClient({ baseUrl: stubUrl, retry: { maxDelayMs: 5_000 } }).listTones());
    expect(long.result).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect(long.ms).toBeLessThan(5_000);
    expect(seen).toHaveLength(1);

    seen = [];
    script = Array(5).fill({ status: 503, headers: { 'retry-after': '1' } });
    const total = await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 5, maxTotalDelayMs: 1_500 } }).listTones());
    expect(total.result).toMatchObject({ status: 503 });
    // One wait of 1 s; a second would pass 1.5 s in all, so the third attempt is never sent.
    expect(seen).toHaveLength(2);
  });

  it('backs off briefly when a 503 has no Retry-After', async () => {
    script = [{ status: 503 }, { status: 200 }];
    const { result, ms } = await timed(createClient({ baseUrl: stubUrl }).listTones());
    expect(result).toEqual({ tones: [] });
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(seen).toHaveLength(2);
  });

  it('resends after a connection reset and a 502 from the gateway, with the same body and id, and backs off between', async () => {
    script = ['reset', { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' }, { status: 200, body: '{"variants":[]}' }];
    const { tone: _t, ...facts } = fullRequest;
    const { result, ms } = await timed(createClient({ baseUrl: stubUrl }).renderVariants(facts as never, { requestId: 'through-a-rollout' }));
    expect(result).toEqual({ variants: [] });
    expect(seen).toHaveLength(3);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    expect(seen[0]!.requestId).toBe('through-a-rollout');
    // No Retry-After: 0.5 s after the reset, 1 s after the 502.
    expect(ms).toBeGreaterThanOrEqual(1_450);
  });

  it('retries a 504 as a 503, honouring its Retry-After', async () => {
    script = [{ status: 504, headers: { 'retry-after': '1' } }, { status: 200 }];
    const { result, ms } = await timed(createClient({ baseUrl: stubUrl }).listTones());
    expect(result).toEqual({ tones: [] });
    expect(seen).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it('keeps to the same bounds for resets: after maxRetries the network error is thrown, and no wait past maxTotalDelayMs', async () => {
    script = ['reset', 'reset', 'reset', 'reset'];
    const { result } = await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 2 } }).listTones());
    expect(seen).toHaveLength(3);
    expect(result).toBeInstanceOf(TypeError);
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain((result as { cause?: { code?: string } }).cause?.code);

    seen = [];
    script = ['reset', 'reset', 'reset', 'reset'];
    await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 5, maxTotalDelayMs: 1_000 } }).listTones());
    // Waits of 0.5 s, then 1 s: the second would pass 1 s in all, so only two attempts are sent.
    expect(seen).toHaveLength(2);

    seen = [];
    script = ['reset', { status: 200 }];
    const { result: once } = await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 0 } }).listTones());
    expect(once).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(1);
  });

  it('never retries any other status', async () => {
    const client = createClient({ baseUrl: stubUrl });
    for (const status of [400, 404, 408, 409, 500, 501]) {
      seen = [];
      script = [{ status, headers: { 'retry-after': '0' } }, { status: 200 }];
      const { result } = await timed(client.listTones());
      expect(result, String(status)).toMatchObject({ status });
      expect(seen, String(status)).toHaveLength(1);
    }
  });

  it('stops waiting when the caller cancels', async () => {
    script = [{ status: 503, headers: { 'retry-after': '5' } }];
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    const { result, ms } = await timed(createClient({ baseUrl: stubUrl }).listTones({ signal: controller.signal }));
    expect((result as Error).message).toBe('shutting down');
    expect(ms).toBeLessThan(4_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 10:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('retries against the real rate limit', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await build({ rateLimitMax: 1, rateLimitWindowMs: 1_000 });
  });
  afterAll(async () => app.close());

  it('waits out a 429 and then succeeds', async () => {
    const statuses: number[] = [];
    const fetch = async (req: Request) => {
      const res = await globalThis.fetch(req);
      statuses.push(res.status);
      return res;
    };
    const client = createClient({ baseUrl: await app.listen({ port: 0, host: '127.0.0.1' }), fetch });
    await client.listTones();
    const { result, ms } = await timed(client.listChannels());
    expect(result).toMatchObject({ channels: expect.any(Array) });
    expect(statuses).toEqual([200, 429, 200]);
    expect(ms).toBeGreaterThanOrEqual(400);
    const impatient = createClient({ baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, retry: { maxRetries: 0 } });
    const limited = await impatient.listReasons().catch((e: unknown) => e);
    expect(limited).toMatchObject({ status: 429, type: '/problems/too-many-requests', retryAfterSeconds: expect.any(Number) });
  });
});

describe('timeouts and foreign answers', () => {
  it('times out an answer that never comes, and does not retry it', async () => {
    script = ['hang'];
    const { result, ms } = await timed(createClient({ baseUrl: stubUrl, timeoutMs: 200 }).listTones());
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as TimeoutError).timeoutMs).toBe(200);
    expect(ms).toBeLessThan(5_000);
    expect(seen).toHaveLength(1);
  });

  it('times out a body that stalls halfway', async () => {
    script = ['stall-body'];
    const { result } = await timed(createClient({ baseUrl: stubUrl, timeoutMs: 300 }).listTones());
    expect(result).toBeInstanceOf(TimeoutError);
  });

  it('turns an answer that is not a problem document into a ProblemError of type about:blank', async () => {
    script = [{ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>Bad gateway</body></html>' }];
    const { result } = await timed(createClient({ baseUrl: stubUrl, retry: { maxRetries: 0 } }).listTones());
    expect(result).toBeInstanceOf(ProblemError);
    expect(result).toMatchObject({ status: 502, type: 'about:blank', errors: [] });
    expect((result as ProblemError).detail).toContain('Bad gateway');
  });
});
