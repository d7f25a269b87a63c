// What each protection costs: POST /messages req/s with none, each one alone, and all on (autocannon, 127.0.0.1 only).
// npm run bench:protections [-- --duration 5 --connections 50 --rounds 3 --get]; the -redis variants need REDIS_URL.
// Rounds are interleaved and the median kept: on a 2-core machine one run of each is within its own noise.
// --get measures GET /messages/tones instead, where the handler is cheap and the protections' own cost shows.
import { execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    get: { type: 'boolean', default: false },
  },
});
const duration = Math.min(Number(values.duration), 30);
const connections = Math.min(Number(values.connections), 200);
const rounds = Math.min(Number(values.rounds), 5);
const variants = [
  'bare',
  'service',
  'request-log',
  'metrics',
  'cors',
  'security-headers',
  'load-shedding',
  'rate-limit',
  ...(process.env.REDIS_URL ? ['rate-limit-redis'] : []),
  'all',
  ...(process.env.REDIS_URL ? ['all-redis'] : []),
];
const body = JSON.stringify({
  scenario: 'accepted-another-offer',
  tone: 'warm',
  channel: 'email',
  candidate: { name: 'Priya Ramanathan', email: 'priya.r@example.com' },
  company: 'Initech',
  role: 'Data Analyst',
});
const server = fileURLToPath(new URL('./variant-server.ts', import.meta.url));

// On a small machine the server and autocannon fight for cores; one core each (when taskset exists) steadies the numbers.
const pinned = (() => {
  try {
    execSync(`taskset -a -cp 1 ${process.pid}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function measure(variant: string) {
  const command = [process.execPath, '--import', 'tsx', server, variant];
  const child = spawn(pinned ? 'taskset' : command.shift()!, pinned ? ['-c', '0', ...command] : command, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const headers = { 'content-type': 'application/json', origin: 'https://ats.example.com' };
  const request = values.get
    ? { url: `http://127.0.0.1:${port}/messages/tones`, method: 'GET' as const, headers }
    : { url: `http://127.0.0.1:${port}/messages`, method: 'POST' as const, headers, body };
  await autocannon({ ...request, connections, duration: 1 }); // warm-up: JIT, caches
  const result = await autocannon({ ...request, connections, duration });
  child.kill('SIGTERM');
  await once(child, 'exit');
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${variant}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

const runs = new Map<string, { requestsPerSecond: number; p99Ms: number }[]>(variants.map((v) => [v, []]));
for (let round = 1; round <= rounds; round++) {
  for (const variant of variants) {
    const r = await measure(variant);
    runs.get(variant)!.push(r);
    console.log(`round ${round} ${variant.padEnd(18)} ${String(r.requestsPerSecond).padStart(7)} req/s  p99 ${r.p99Ms} ms`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = variants.map((variant) => ({
  variant,
  requestsPerSecond: median(runs.get(variant)!.map((r) => r.requestsPerSecond)),
  p99Ms: median(runs.get(variant)!.map((r) => r.p99Ms)),
  runs: runs.get(variant)!.map((r) => r.requestsPerSecond),
}));
const service = results.find((r) => r.variant === 'service')!.requestsPerSecond;
const bare = results.find((r) => r.variant === 'bare')!.requestsPerSecond;
console.log(`\n${values.get ? 'GET /messages/tones' : 'POST /messages'}, median of ${rounds} (runs)${pinned ? ', server and load generator on one core each' : ''}`);
console.log('variant            req/s   vs service   vs bare   runs');
for (const r of results) {
  const pct = (x: number) => `${((r.requestsPerSecond / x) * 100).toFixed(0)}%`.padStart(6);
  console.log(`${r.variant.padEnd(18)} ${String(r.requestsPerSecond).padStart(6)}   ${pct(service)}       ${pct(bare)}   ${r.runs.join(' ')}`);
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = `./results/protections-${values.get ? 'get' : 'post'}.json`;
writeFileSync(new URL(file, import.meta.url), JSON.stringify({ duration, connections, rounds, results }, null, 2));
