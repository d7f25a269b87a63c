// Answers sent before the request body was read (413, 415, 408, malformed HTTP) reach a client that is still writing:
// problem+json, Connection: close, and a graceful close instead of a reset, also under load.
import http from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { early, earlyResponsesUnderLoad, expectedStatus, quietServer, type EarlyKind } from './early-responses.js';
import { build, messageBody } from './helper.js';
import { describeTally } from './http-outcome.js';
import { startServer, type ServerProcess } from './server-process.js';

const kinds = Object.keys(expectedStatus) as EarlyKind[];

describe('early answers on the real process', () => {
  let server: ServerProcess | undefined;
  afterEach(() => server?.stop());

  it('each reaches a client that writes its whole request before reading, as problem+json with Connection: close', async () => {
    server = await startServer(quietServer);
    for (const kind of kinds) {
      const outcome = await early(kind, server.port);
      expect(outcome, kind).toMatchObject({ kind: 'answered', status: expectedStatus[kind] });
      if (outcome.kind !== 'answered') continue;
      expect(outcome.headers['content-type'], kind).toMatch(/^application\/problem\+json/);
      expect(outcome.headers.connection, kind).toBe('close');
      expect(JSON.parse(outcome.body), kind).toMatchObject({ status: expectedStatus[kind] });
    }
  });

  // One round here, to spare the other test files running beside it; npm run load:ci runs ten
  // (test/load/early-responses.ts).
  it('none is reset while other traffic keeps the server busy', { timeout: 60_000 }, async () => {
    server = await startServer(quietServer);
    const results = await earlyResponsesUnderLoad(server, kinds, 1, 5);
    for (const kind of kinds) {
      const t = results[kind];
      expect(t.resets, `${kind}: ${describeTally(t)}`).toBe(0);
      expect(t.errors, kind).toEqual([]);
      expect(t.statuses[expectedStatus[kind]], kind).toBe(5);
    }
  });
});

describe('answers Node gives before Fastify sees the request', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await build();
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  /** Sends raw bytes and resolves with everything the server wrote before it closed the connection. */
  const raw = (bytes: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d));
      socket.on('error', reject);
      socket.on('close', () => resolve(answer));
      socket.end(bytes);
    });

  it('malformed HTTP gets a 400 problem and a closed connection', async () => {
    const answer = await raw('POST /messages HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, type: '/problems/http-400' });
  });

  it('headers over the limit get a 431 problem', async () => {
    const answer = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
  });

  it('an ordinary request whose body was read keeps its keep-alive connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify(messageBody);
    const post = () =>
      new Promise<{ status: number; connection?: string; socket: unknown }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: '/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, socket: req.socket }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const first = await post();
    const second = await post();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.connection).toBe('keep-alive');
    expect(second.socket).toBe(first.socket);
    agent.destroy();
  });
});

describe('the request timeout and a server too busy to read', () => {
  // In process, so that the test can keep the server's event loop busy, as a burst of batches does for seconds. Node
  // judges the timeout in a timer, which runs before the event loop reads its sockets: bytes that arrived while it was
  // busy are still in the kernel then. (Seen as a 408 to one of 200 batches in the SIGTERM burst on a loaded machine.)
  it('answers requests whose bytes all arrived while it was busy past REQUEST_TIMEOUT_MS, instead of a 408', async () => {
    const requestTimeout = 400;
    const app = await build({}, { timeouts: { requestTimeout, http: { headersTimeout: requestTimeout, connectionsCheckingInterval: 100 } } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.server.address() as AddressInfo).port;
      const body = JSON.stringify(messageBody);
      const head = `POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
      const open = async () => {
        const accepted = new Promise((resolve) => app.server.once('connection', resolve));
        const socket = connect(port, '127.0.0.1');
        await accepted;
        const answer = new Promise<string>((resolve, reject) => {
          let text = '';
          socket.on('data', (d) => (text += d));
          socket.on('error', reject);
          socket.on('close', () => resolve(text));
        });
        return { socket, answer };
      };
      // One whose headers and part of the body the server has read, and one it has accepted and read nothing from.
      const begun = await open();
      begun.socket.write(head + body.slice(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const unread = await open();
      begun.socket.write(body.slice(20));
      unread.socket.write(head + body);
      const busyUntil = Date.now() + requestTimeout * 2;
      while (Date.now() < busyUntil) {
        // the server's event loop reads nothing while this runs
      }
      expect(await begun.answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(await unread.answer).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      await app.close();
    }
  });

  it('still answers 408 to a request that stops arriving', async () => {
    const requestTimeout = 300;
    const app = await build({}, { timeouts: { requestTimeout, http: { headersTimeout: requestTimeout, connectionsCheckingInterval: 100 } } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1');
      const answer = new Promise<string>((resolve, reject) => {
        let text = '';
        socket.on('data', (d) => (text += d));
        socket.on('error', reject);
        socket.on('close', () => resolve(text));
      });
      const started = Date.now();
      socket.write('POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"scen');
      expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(Date.now() - started).toBeLessThan(requestTimeout + 1000);
    } finally {
      await app.close();
    }
  });
});
