// SIGTERM into a burst of fresh connections, as a rolling deploy meets a new pod: a server just started (cold), many
// clients each open a new connection and send a batch, SIGTERM arrives a few milliseconds later, and every client's
// outcome is counted as undici, the client many gateways and Node services use, reports it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, errors } from 'undici';
import { createMessageService } from '../src/messages/service.js';
import { pendingConnections } from '../src/accept-queue.js';
import { tally, writeThenRead, type Outcome, type Tally } from './http-outcome.js';
import { startServer, type StartOptions } from './server-process.js';

export interface BurstOptions {
  clients: number;
  /** SIGTERM this long after the requests were sent. */
  sigtermAfterMs: number;
  /** Items per batch request. */
  batchSize?: number;
  env?: Record<string, string>;
  start?: StartOptions;
}

export interface BurstResult extends Tally {
  exitCode: number | string;
  /** 200s the server logged as completed, to compare with the 200s clients received. */
  serverCompleted: number;
  /** 503s without a Retry-After header (a client would not know when to retry). */
  unavailableWithoutRetryAfter: number;
  /** Milliseconds from spawn to /readyz answering 200. */
  readyMs: number;
  /** Milliseconds from SIGTERM to the listener closing, and connections accepted meanwhile, from the server's log. */
  lastCallMs?: number;
  connectionsAtLastCall?: number;
}

const examples = createMessageService().scenarios.map((s) => s.example);

/** undici's error codes for a connection closed or reset before a whole answer arrived. */
const cut = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** One POST on a connection of its own (a Client per request), classified as a client sees it. */
async function post(origin: string, path: string, body: string, timeoutMs: number): Promise<Outcome> {
  const client = new Client(origin, { headersTimeout: timeoutMs, bodyTimeout: timeoutMs, pipelining: 1 });
  try {
    const res = await client.request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body });
    const text = await res.body.text();
    return { kind: 'answered', status: res.statusCode, headers: res.headers as Record<string, string>, body: text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'ECONNREFUSED') return { kind: 'refused' };
    if (cut.has(code)) return { kind: 'reset', detail: `${code} (${(err as Error).message})` };
    if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) return { kind: 'error', detail: `no answer within ${timeoutMs} ms` };
    return { kind: 'error', detail: code || (err as Error).message };
  } finally {
    await client.destroy().catch(() => undefined);
  }
}

export async function shutdownBurst({ clients, sigtermAfterMs, batchSize = 100, env = {}, start }: BurstOptions): Promise<BurstResult> {
  const body = JSON.stringify({ items: Array.from({ length: batchSize }, (_, i) => examples[i % examples.length]) });
  // stdout to a file: a sink that always keeps up, read once the server has exited.
  const dir = mkdtempSync(join(tmpdir(), 'shutdown-burst-'));
  const server = await startServer(env, { ...start, logFile: join(dir, 'stdout.log') });
  try {
    const outcomes = Array.from({ length: clients }, () => post(server.url, '/messages/batch', body, 30_000));
    await new Promise((resolve) => setTimeout(resolve, sigtermAfterMs));
    const exitCode = await server.terminate('SIGTERM', 30_000);
    const answers = await Promise.all(outcomes);
    const logs = server.readLogFile();
    const serverCompleted = logs.filter((l) => l.msg === 'request completed' && l.route === '/messages/batch' && l.status === 200).length;
    const closed = logs.find((l) => l.msg === 'listener closed');
    const unavailableWithoutRetryAfter = answers.filter((o) => o.kind === 'answered' && o.status === 503 && !/^\d+$/.test(String(o.headers['retry-after']))).length;
    return {
      ...tally(answers),
      exitCode,
      serverCompleted,
      unavailableWithoutRetryAfter,
      readyMs: Math.round(server.readyMs),
      lastCallMs: closed?.lastCallMs,
      connectionsAtLastCall: closed?.connectionsAtLastCall,
    };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * SIGTERM, then a burst on connections opened before it, as a gateway's pool of pre-opened connections sends: every
 * request is the server's own to answer, and all of the work comes after the signal. `clients` connections are opened
 * and accepted, SIGTERM is sent, and 100 ms later each sends its batch.
 */
export async function preconnectedBurst({ clients, batchSize = 100, env = {}, start }: Omit<BurstOptions, 'sigtermAfterMs'>): Promise<BurstResult> {
  const body = Buffer.from(JSON.stringify({ items: Array.from({ length: batchSize }, (_, i) => examples[i % examples.length]) }));
  const head = `POST /messages/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}`;
  const dir = mkdtempSync(join(tmpdir(), 'shutdown-burst-'));
  const server = await startServer(env, { ...start, logFile: join(dir, 'stdout.log') });
  try {
    let send!: () => void;
    const sendWhen = new Promise<void>((resolve) => (send = resolve));
    const outcomes = Array.from({ length: clients }, () => writeThenRead({ port: server.port, head, body, sendWhen }));
    // Connected, and accepted by the server: nothing waits in its accept queue.
    do await new Promise((resolve) => setTimeout(resolve, 20));
    while ((pendingConnections(server.port) ?? 0) > 0);
    const exited = server.terminate('SIGTERM', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    send();
    const exitCode = await exited;
    const answers = await Promise.all(outcomes);
    const logs = server.readLogFile();
    const closed = logs.find((l) => l.msg === 'listener closed');
    return {
      ...tally(answers),
      exitCode,
      serverCompleted: logs.filter((l) => l.msg === 'request completed' && l.route === '/messages/batch' && l.status === 200).length,
      unavailableWithoutRetryAfter: answers.filter((o) => o.kind === 'answered' && o.status === 503 && !/^\d+$/.test(String(o.headers['retry-after']))).length,
      readyMs: Math.round(server.readyMs),
      lastCallMs: closed?.lastCallMs,
      connectionsAtLastCall: closed?.connectionsAtLastCall,
    };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Why a round failed, or undefined when every client got its answer (200, or 503 with Retry-After) or was refused. */
export function burstFailure(r: BurstResult): string | undefined {
  const problems: string[] = [];
  if (r.resets > 0) problems.push(`${r.resets} closed without an answer (${[...new Set(r.resetDetails)].join(', ')})`);
  if (r.errors.length > 0) problems.push(`errors: ${[...new Set(r.errors)].join(', ')}`);
  const other = Object.keys(r.statuses).filter((s) => s !== '200' && s !== '503');
  if (other.length > 0) problems.push(`answered ${other.join(', ')}`);
  if (r.unavailableWithoutRetryAfter > 0) problems.push(`${r.unavailableWithoutRetryAfter} x 503 without Retry-After`);
  if (r.exitCode !== 0) problems.push(`exit ${r.exitCode}`);
  if (r.serverCompleted !== (r.statuses[200] ?? 0)) problems.push(`server logged ${r.serverCompleted} x 200, clients received ${r.statuses[200] ?? 0}`);
  return problems.length ? problems.join('; ') : undefined;
}
