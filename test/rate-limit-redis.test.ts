// Rate limits across replicas: per replica in memory, shared through Redis when REDIS_URL is set.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build } from './helper.js';
import { describeWith, redisServer } from './prerequisites.js';

// Each run uses its own client address, so counts left in a shared Redis by an earlier run do not matter.
const clientAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function replicas(count: number, redisUrl?: string) {
  for (let i = 0; i < count; i++) apps.push(await build({ rateLimitMax: 3, rateLimitWindowMs: 60_000, redisUrl }));
  return apps.slice(-count);
}

/** Status codes of `n` requests from one client, spread round-robin over the replicas as a gateway would. */
async function roundRobin(targets: FastifyInstance[], n: number): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    codes.push((await targets[i % targets.length]!.inject({ url: '/messages/tones', remoteAddress: clientAddress })).statusCode);
  }
  return codes;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('without REDIS_URL', () => {
  it('each replica counts on its own: N replicas allow up to N x RATE_LIMIT_MAX', async () => {
    expect(await roundRobin(await replicas(2), 8)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

describeWith(redisServer(), 'with REDIS_URL', () => {
  let redisUrl = process.env.REDIS_URL ?? '';
  let redis: ChildProcess | undefined;

  beforeAll(async () => {
    if (redisUrl) return;
    // A throwaway redis-server on a free local port, without persistence.
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    // A failure to start fails this hook with its reason rather than escaping as an unhandled error.
    await new Promise((resolve, reject) => redis!.once('spawn', resolve).once('error', reject));
    redisUrl = `redis://127.0.0.1:${port}`;
    const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    for (let i = 0; i < 50; i++) {
      if (await probe.connect().then(() => true, () => false)) break;
      await sleep(100);
    }
    await probe.quit();
  });

  afterAll(() => {
    redis?.kill();
  });

  it('replicas share one count: RATE_LIMIT_MAX holds across all of them', async () => {
    expect(await roundRobin(await replicas(2, redisUrl), 5)).toEqual([200, 200, 200, 429, 429]);
  });

  it('keeps serving when Redis is unreachable rather than failing every request', async () => {
    const [app] = await replicas(1, `redis://127.0.0.1:${await freePort()}`);
    expect(await roundRobin([app!], 2)).toEqual([200, 200]);
  });
});
