// npm run bench: the service in its production configuration against the floor (bench/floor.ts), measured in one
// run, alternating a b a b so drift on a shared machine hits both. Prints a table and writes bench/results/latest.md.
// `--quick` is the CI smoke: the same steps, a second or two each, so the benchmark cannot rot.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { channelIds, toneIds } from '../src/messages/catalogue.js';
import { createMessageService } from '../src/messages/service.js';
import { projectRoot } from '../src/project-root.js';
import { rssMiB, startServer, type ServerProcess } from '../test/server-process.js';

const quick = process.argv.includes('--quick');
const settings = quick
  ? { connections: 50, seconds: 1, warmup: 1, rounds: 1, coldStarts: 2, batchSeconds: 1, renderMs: 300 }
  : { connections: 50, seconds: 8, warmup: 3, rounds: 3, coldStarts: 7, batchSeconds: 5, renderMs: 3000 };

const root = projectRoot();
// This process (autocannon) runs on core 1, the servers on core 0 (see start below), when taskset exists.
try {
  execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
} catch {
  // not pinned: the figures are noisier, not wrong
}
const service = createMessageService();
const bodies = service.scenarios.flatMap((s) =>
  toneIds.flatMap((tone) => channelIds.map((channel) => JSON.stringify({ ...s.example, tone, channel }))),
);

/** Production configuration, with the rate limit raised out of the benchmark's way. */
const productionEnv = { NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000' };
// The server gets core 0 and this process (autocannon) core 1, so they do not fight over one core.
const start = (entry: string, env: Record<string, string> = {}) => startServer(env, { entry, keepLogs: false, cpus: '0' });
const stop = (server: ServerProcess) => server.terminate();

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, path: string, seconds: number, connections: number, payloads: string[]): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url: url + path,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: payloads[next++ % payloads.length] }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(line + '\n');
  };
  const { connections, seconds } = settings;

  // 1. POST /messages: service vs floor, alternating.
  const app = await start('dist/src/server.js', productionEnv);
  const floor = await start('dist/bench/floor.js');
  await load(app.url, '/messages', settings.warmup, connections, bodies);
  await load(floor.url, '/messages', settings.warmup, connections, bodies);
  const pairs: { a: Load; b: Load }[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const a = await load(app.url, '/messages', seconds, connections, bodies);
    const b = await load(floor.url, '/messages', seconds, connections, bodies);
    pairs.push({ a, b });
  }
  const rssAfterFirst = rssMiB(app.child.pid!);
  const second = await load(app.url, '/messages', seconds * settings.rounds, connections, bodies);
  const rssAfterSecond = rssMiB(app.child.pid!);
  await stop(floor);

  // 2. Batches of 100, one connection at a time: the latency is the server time plus a loopback hop.
  const batchBodies = Array.from({ length: 8 }, (_, k) =>
    JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => JSON.parse(bodies[(k * 100 + i) % bodies.length]!)) }),
  );
  const batch = await load(app.url, '/messages/batch', settings.batchSeconds, 1, batchBodies);
  const batchParallel = await load(app.url, '/messages/batch', settings.batchSeconds, 4, batchBodies);
  await stop(app);

  // 3. Cold start: process spawn to /readyz answering 200.
  const colds: number[] = [];
  for (let i = 0; i < settings.coldStarts; i++) {
    const r = await start('dist/src/server.js', productionEnv);
    colds.push(r.readyMs);
    await stop(r);
  }

  // 4. The domain renderer alone, in this process: no HTTP, no validation.
  const requests = bodies.map((b) => JSON.parse(b));
  for (let i = 0; i < 2000; i++) service.render(requests[i % requests.length]);
  let renders = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < settings.renderMs) {
    for (let i = 0; i < 100; i++) service.render(requests[renders++ % requests.length]);
  }
  const rendersPerSecond = renders / ((performance.now() - t0) / 1000);

  const ratios = pairs.map((p) => p.a.rps / p.b.rps);
  say(`# Benchmark${quick ? ' (quick smoke: figures are not meaningful)' : ''}`);
  say('');
  say(`${new Date().toISOString()}, Node ${process.version}, ${connections} connections, ${seconds} s per run after a ${settings.warmup} s warm-up; request bodies rotate over ${bodies.length} scenario x tone x channel combinations.`);
  say('');
  say('| run | service req/s | p50 ms | p99 ms | floor req/s | p50 ms | p99 ms | ratio |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|');
  pairs.forEach(({ a, b }, i) =>
    say(`| POST /messages #${i + 1} | ${fmt(a.rps)} | ${a.p50} | ${a.p99} | ${fmt(b.rps)} | ${b.p50} | ${b.p99} | ${fmt(ratios[i]!, 2)} |`),
  );
  say(`| **median ratio** | | | | | | | **${fmt(median(ratios), 2)}** |`);
  say('');
  say('| measure | value |');
  say('|---|---:|');
  say(`| POST /messages/batch (100 items), 1 connection: median / p99 ms | ${batch.p50} / ${batch.p99} |`);
  say(`| POST /messages/batch (100 items), 4 connections: messages/s | ${fmt(batchParallel.rps * 100)} |`);
  say(`| cold start, spawn to /readyz 200: median of ${colds.length} (ms) | ${fmt(median(colds))} |`);
  say(`| RSS after load (MiB) | ${fmt(rssAfterFirst, 1)} |`);
  say(`| RSS after a second identical load (MiB) | ${fmt(rssAfterSecond, 1)} |`);
  say(`| domain renderer alone, in process (renders/s, one core) | ${fmt(rendersPerSecond)} |`);
  const failures = [...pairs.flatMap((p) => [p.a, p.b]), second, batch, batchParallel].reduce((n, l) => n + l.errors + l.non2xx, 0);
  say(`| errors and non-2xx responses, all runs | ${failures} |`);

  if (!quick) {
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'latest.md'), lines.join('\n') + '\n');
  }
  if (failures > 0) process.exitCode = 1;
}

await main();
