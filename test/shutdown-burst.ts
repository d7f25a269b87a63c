// SIGTERM into a burst of fresh connections, as an operator would see it from outside: many clients each open a new
// connection and send a batch, SIGTERM arrives a few milliseconds later, and every client's outcome is counted.
import { createMessageService } from '../src/messages/service.js';
import { send, tally, type Tally } from './http-outcome.js';
import { startServer, type StartOptions } from './server-process.js';

export interface BurstOptions {
  clients: number;
  /** SIGTERM this long after the first request was sent. */
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
}

const examples = createMessageService().scenarios.map((s) => s.example);

export async function shutdownBurst({ clients, sigtermAfterMs, batchSize = 100, env = {}, start }: BurstOptions): Promise<BurstResult> {
  const body = JSON.stringify({ items: Array.from({ length: batchSize }, (_, i) => examples[i % examples.length]) });
  const server = await startServer(env, start);
  try {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const outcomes = Array.from({ length: clients }, () => send({ port: server.port, path: '/messages/batch', headers, body }));
    await new Promise((resolve) => setTimeout(resolve, sigtermAfterMs));
    const exitCode = await server.terminate('SIGTERM', 15_000);
    const counts = tally(await Promise.all(outcomes));
    const serverCompleted = server.logs.filter((l) => l.msg === 'request completed' && l.route === '/messages/batch' && l.status === 200).length;
    return { ...counts, exitCode, serverCompleted };
  } finally {
    server.stop();
  }
}
