// No connection reset at SIGTERM: connections already in the kernel's accept queue, connections whose request has not
// arrived yet, and a burst of fresh connections all get an answer (their response, or 503) or are refused; and a
// connection that never sends anything does not hold the shutdown.
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { firstRequestWaitMs } from '../src/plugins/last-call.js';
import { build, messageBody } from './helper.js';
import { describeTally, send, tally, type Outcome } from './http-outcome.js';
import { describeWith, linuxProc } from './prerequisites.js';
import { startServer, type ServerProcess } from './server-process.js';
import { burstFailure, preconnectedBurst, shutdownBurst } from './shutdown-burst.js';

let server: ServerProcess | undefined;
afterEach(() => server?.stop());

const body = JSON.stringify(messageBody);
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };

function expectAnswered(outcomes: Outcome[]) {
  const t = tally(outcomes);
  expect(t.resets, describeTally(t)).toBe(0);
  expect(t.errors, describeTally(t)).toEqual([]);
  for (const o of outcomes) {
    if (o.kind !== 'answered' || o.status === 200) continue;
    expect(o.status).toBe(503);
    expect(o.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(o.headers['retry-after']).toMatch(/^\d+$/);
    expect(o.headers.connection).toBe('close');
  }
  return t;
}

describeWith(linuxProc(), 'SIGTERM into connections the kernel has queued (default settings)', () => {
  it('answers every connection waiting in the accept queue instead of resetting it', async () => {
    server = await startServer();
    // While the process is stopped the kernel completes the handshakes and queues the connections and their requests.
    process.kill(server.child.pid!, 'SIGSTOP');
    const outcomes = Array.from({ length: 100 }, () => send({ port: server!.port, path: '/messages', headers, body }));
    await sleep(300);
    process.kill(server.child.pid!, 'SIGTERM');
    process.kill(server.child.pid!, 'SIGCONT');
    const t = expectAnswered(await Promise.all(outcomes));
    expect(t.refused).toBe(0);
    expect(await server.exited).toBe(0);
  });

  // One round here, on a server just started; npm run load:ci repeats it twenty times against the built server
  // (test/load/shutdown-burst.ts).
  it('answers every one of a burst of 200 fresh connections that SIGTERM meets 30 ms in', { timeout: 90_000 }, async () => {
    const r = await shutdownBurst({ clients: 200, sigtermAfterMs: 30 });
    expect(burstFailure(r), describeTally(r)).toBeUndefined();
    expect((r.statuses[200] ?? 0) + (r.statuses[503] ?? 0) + r.refused).toBe(200);
  });

  it('answers 503 to the requests it has no time left to serve, rather than be cut off by SHUTDOWN_GRACE_MS', { timeout: 90_000 }, async () => {
    // 200 batches sent just after SIGTERM on connections opened before it: 4 s or more of rendering (21 ms a batch
    // on an idle machine) and 1.5 s to do it in. Serving them all ended in the forced exit, which cut every request
    // still unanswered (32 and 151 of 200 in two runs before the fix).
    const r = await preconnectedBurst({ clients: 200, env: { SHUTDOWN_GRACE_MS: '1500' } });
    expect(burstFailure(r), describeTally(r)).toBeUndefined();
    expect(r.statuses[503], describeTally(r)).toBeGreaterThan(0);
  });
});

describe('SIGTERM and connections that have not sent a request yet', () => {
  it('still answers a connection opened before SIGTERM whose request comes a moment later', async () => {
    server = await startServer();
    const socket = connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<string | undefined>((resolve) => {
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code));
      socket.on('close', () => resolve(undefined));
    });
    server.child.kill('SIGTERM');
    await sleep(300);
    socket.write(`POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${headers['content-length']}\r\n\r\n${body}`);
    expect(await closed).toBeUndefined();
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(await server.exited).toBe(0);
  });

  it('closes a connection that never sends a request instead of waiting out SHUTDOWN_GRACE_MS', async () => {
    server = await startServer({ SHUTDOWN_GRACE_MS: '5000' });
    // A pre-connected socket, as browsers and connection pools open: Node counts it neither idle nor busy.
    const socket = connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise<string>((resolve) => {
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      socket.on('end', () => resolve('closed by the server'));
    });
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await closed).toBe('closed by the server');
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(3000);
    socket.destroy();
  });

  it('answers a request that came while the server was too busy to read it, even once the wait has run out', async () => {
    // In process, so that the test can keep the server's event loop busy, as a burst of batches does for seconds.
    // The request waits in the kernel meanwhile: the connection is not a silent one, though the process has read
    // nothing from it yet. (Seen as up to 180 of 200 "socket hang up"s in the burst above on a loaded machine.)
    const app = await build();
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const accepted = once(app.server, 'connection');
      const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1');
      await accepted;
      let answer = '';
      socket.on('data', (d) => (answer += d));
      const closed = new Promise<string | undefined>((resolve) => {
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code));
        socket.on('close', () => resolve(undefined));
      });
      // As at SIGTERM: the listener closes, and connections that send nothing within the wait are closed.
      await app.stopAccepting();
      socket.write(`POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${headers['content-length']}\r\n\r\n${body}`);
      const busyUntil = Date.now() + firstRequestWaitMs + 300;
      while (Date.now() < busyUntil) {
        // the server's event loop reads nothing while this runs
      }
      expect(await closed).toBeUndefined();
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      await app.close();
    }
  });
});
