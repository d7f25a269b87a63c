// Graceful shutdown of the real process: readyz 503 while draining, in-flight requests finish, exit 0 in time.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { messageBody } from './helper.js';
import { startServer, type ServerProcess } from './server-process.js';

let server: ServerProcess | undefined;
afterEach(() => server?.stop());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, path: string, agent: http.Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

/** A POST /messages whose body arrives in two halves, so it is in flight until `finish()` is called. */
function slowPost(port: number, agent: http.Agent) {
  const payload = Buffer.from(JSON.stringify(messageBody));
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: '/messages',
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': payload.length },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
  req.write(payload.subarray(0, 20));
  return { answer, finish: () => req.end(payload.subarray(20)) };
}

describe('shutdown on SIGTERM', () => {
  it('turns /readyz 503, refuses new connections, finishes in-flight requests, then exits 0 within SHUTDOWN_GRACE_MS', async () => {
    server = await startServer({ SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '6000' });
    const { port } = server;
    // A gateway's pooled keep-alive connection, with a request in flight on it.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect((await request(port, '/readyz', agent)).status).toBe(200);
    const inFlight = slowPost(port, agent);
    await sleep(100);

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await expect.poll(() => request(port, '/readyz').then((r) => r.status), { timeout: 1000, interval: 50 }).toBe(503);
    const ready = await request(port, '/readyz');
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.headers['retry-after']).toBeDefined();
    // Still alive, and still serving while the gateway notices; each response now closes its connection.
    const health = await request(port, '/healthz', new http.Agent({ keepAlive: true }));
    expect(health.status).toBe(200);
    expect(health.headers.connection).toBe('close');

    // After SHUTDOWN_DELAY_MS the listener closes: new connections are refused.
    await expect
      .poll(() => request(port, '/healthz').then(() => 'accepted', (err: NodeJS.ErrnoException) => err.code), { timeout: 3000, interval: 100 })
      .toBe('ECONNREFUSED');
    expect(server.child.exitCode).toBeNull();

    // The request that was in flight all along still gets its full answer.
    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ scenario: 'accepted-another-offer', channel: 'email' });

    expect(await server.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(6000);
    const messages = server.logs.map((l) => l.msg);
    expect(messages).toEqual(expect.arrayContaining(['draining', 'closed']));
    agent.destroy();
  });

  it('exits 1 when in-flight work outlasts SHUTDOWN_GRACE_MS, rather than hanging', async () => {
    server = await startServer({ SHUTDOWN_GRACE_MS: '500', REQUEST_TIMEOUT_MS: '60000' });
    const agent = new http.Agent({ keepAlive: true });
    const stuck = slowPost(server.port, agent);
    stuck.answer.catch(() => undefined);
    await sleep(100);
    const signalledAt = Date.now();
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalledAt).toBeLessThan(3000);
    agent.destroy();
  });
});

describe('timeouts', () => {
  it('a client that never finishes its request is cut off after REQUEST_TIMEOUT_MS with 408', async () => {
    server = await startServer({ REQUEST_TIMEOUT_MS: '1000' });
    const agent = new http.Agent({ keepAlive: false });
    const slow = slowPost(server.port, agent);
    const startedAt = Date.now();
    const answer = await slow.answer.catch((err: Error) => ({ status: 0, body: err.message, headers: {} }));
    expect(answer.status).toBe(408);
    expect(Date.now() - startedAt).toBeLessThan(5000);
  });
});
