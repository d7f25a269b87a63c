// What tracing costs: the built service (production configuration, as bench/run.ts starts it) without and with
// OTEL_EXPORTER_OTLP_ENDPOINT, every request sampled and exported to an OTLP/HTTP receiver in this process that reads
// and drops them, measured alternately in one run so drift on a shared machine hits both. CPU per request is read
// from /proc, which the machine's other load does not move. `npx tsx bench/tracing.ts` after `npm run build`;
// `-- --seconds N --rounds N` change the defaults (5, 6).
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createMessageService } from '../src/messages/service.js';
import { rssMiB, startServer, type ServerProcess } from '../test/server-process.js';
import { benchBodies } from './bodies.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 5);
const rounds = arg('rounds', 6);
const connections = 50;

try {
  execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
} catch {
  // not pinned: noisier figures
}
const bodies = benchBodies(createMessageService(), 4096);

let exportedBytes = 0;
let exportRequests = 0;
const receiver = createServer((req, res) => {
  exportRequests++;
  req.on('data', (c: Buffer) => (exportedBytes += c.length));
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end());
});
receiver.listen(0, '127.0.0.1');
await once(receiver, 'listening');
const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

// Load shedding off as well: on a shared machine its 503s would take the place of the requests measured.
const productionEnv = { NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000', MAX_EVENT_LOOP_DELAY_MS: '0' };
const start = (env: Record<string, string>) => startServer({ ...productionEnv, ...env }, { entry: 'dist/server.mjs', keepLogs: false, cpus: '0' });

function cpuMicrosOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

async function load(server: ServerProcess, duration: number) {
  const before = cpuMicrosOf(server.child.pid!);
  let next = 0;
  const r = await autocannon({
    url: `${server.url}/messages`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
  if (r.non2xx || r.errors) throw new Error(`${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, cpu: (cpuMicrosOf(server.child.pid!) - before) / Math.max(1, r.requests.total) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const variants: { name: string; env: Record<string, string> }[] = [
  { name: 'off', env: {} },
  { name: 'on, every request traced', env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } },
  { name: 'on, 1 in 10 traced', env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' } },
];
const servers: ServerProcess[] = [];
const results: Awaited<ReturnType<typeof load>>[][] = variants.map(() => []);
let idleRss: number[] = [];
let rss: number[] = [];
try {
  for (const v of variants) servers.push(await start(v.env));
  idleRss = servers.map((s) => rssMiB(s.child.pid!));
  for (const s of servers) await load(s, 2);
  for (let round = 0; round < rounds; round++) for (const [i, s] of servers.entries()) results[i]!.push(await load(s, seconds));
  rss = servers.map((s) => rssMiB(s.child.pid!));
} finally {
  for (const s of servers) await s.terminate();
  receiver.close();
}

const off = results[0]!;
console.log(`POST /messages, ${connections} connections, ${rounds} rounds of ${seconds} s each, the servers in turn (medians)`);
console.log('| tracing | req/s | CPU µs per request | more than off (median of the rounds) | p99 ms | RSS idle, MiB | RSS after, MiB |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [i, v] of variants.entries()) {
  const r = results[i]!;
  // Each round's servers ran a few seconds apart: the median of their differences is what drift moves least.
  const extra = median(r.map((x, k) => x.cpu - off[k]!.cpu));
  const ratio = median(r.map((x, k) => x.cpu / off[k]!.cpu));
  const more = i === 0 ? '' : `${extra.toFixed(0)} µs (${((ratio - 1) * 100).toFixed(0)}%)`;
  console.log(`| ${v.name} | ${median(r.map((x) => x.rps)).toFixed(0)} | ${median(r.map((x) => x.cpu)).toFixed(0)} | ${more} | ${median(r.map((x) => x.p99))} | ${idleRss[i]!.toFixed(0)} | ${rss[i]!.toFixed(0)} |`);
}
const traced = results[1]!.reduce((t, x) => t + x.rps * seconds, 0) + results[2]!.reduce((t, x) => t + x.rps * seconds, 0) / 10;
console.log(`exported: ${exportRequests} OTLP requests, about ${(exportedBytes / Math.max(1, traced)).toFixed(0)} bytes per traced request`);
