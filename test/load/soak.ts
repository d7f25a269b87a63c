// Sustained load: mixed traffic over every endpoint against the built server, at 50 connections. Passes when no
// request errors, every status is the one intended, and RSS at the end is within a margin of RSS after warm-up.
// Full length: `npm run soak` (60 s). CI runs `npm run soak -- --seconds 5`.
import autocannon from 'autocannon';
import { channelIds, toneIds } from '../../src/messages/catalogue.js';
import { createMessageService } from '../../src/messages/service.js';
import { rssMiB, startServer } from '../server-process.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 60);
const connections = arg('connections', 50);

const examples = createMessageService().scenarios.map((s) => s.example);
const render = examples.flatMap((e) => toneIds.flatMap((tone) => channelIds.map((channel) => ({ ...e, tone, channel }))));

interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  expect: number;
}

/** The mix a platform sends: mostly renders, some discovery, variants, batches, and mistakes that must be 4xx. */
const mix: Call[] = [
  ...render.map((b) => ({ method: 'POST' as const, path: '/messages', body: JSON.stringify(b), expect: 200 })),
  ...examples.map((e) => ({ method: 'POST' as const, path: '/messages/variants', body: JSON.stringify({ ...e, tone: undefined }), expect: 200 })),
  ...Array.from({ length: 12 }, (_, k) => ({
    method: 'POST' as const,
    path: '/messages/batch',
    body: JSON.stringify({ items: render.slice(k * 10, k * 10 + 10) }),
    expect: 200,
  })),
  ...Array.from({ length: 12 }, () => ({ method: 'GET' as const, path: '/messages/scenarios', expect: 200 })),
  { method: 'GET', path: '/messages/tones', expect: 200 },
  { method: 'GET', path: '/messages/channels', expect: 200 },
  { method: 'GET', path: '/messages/scenarios/firm-no', expect: 200 },
  { method: 'GET', path: '/messages/scenarios/nope', expect: 404 },
  { method: 'POST', path: '/messages', body: '{"scenario":', expect: 400 },
  { method: 'POST', path: '/messages', body: JSON.stringify({ ...examples[0], tone: 'rude' }), expect: 400 },
];

async function main() {
  const server = await startServer({ RATE_LIMIT_MAX: '0' }, { entry: 'dist/server.mjs', keepLogs: false });
  let next = 0;
  const unexpected = new Map<string, number>();
  const counts = { intended4xx: 0, ok: 0 };
  const options = {
    url: server.url,
    connections,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        // The request id names the call, and the service echoes it: autocannon may set up the next request on a
        // connection before the previous response is handled, so per-connection state would mismatch them.
        setupRequest: (req: any) => {
          const index = next++ % mix.length;
          const call = mix[index]!;
          return { ...req, method: call.method, path: call.path, body: call.body, headers: { ...req.headers, 'x-request-id': `soak-${index}` } };
        },
        onResponse: (status: number, _body: string, _context: object, headers: autocannon.Request['headers']) => {
          const id = String(headers?.['x-request-id'] ?? '');
          const call = mix[Number(id.replace('soak-', ''))]!;
          if (status !== call.expect) {
            const key = `${call.method} ${call.path} ${status} (wanted ${call.expect})`;
            unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
          } else if (status >= 400) counts.intended4xx++;
          else counts.ok++;
        },
      },
    ],
  };

  await autocannon({ ...options, duration: Math.min(5, Math.max(1, seconds / 6)) });
  const rssStart = rssMiB(server.child.pid!);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMiB(server.child.pid!)), 250);
  counts.ok = 0;
  counts.intended4xx = 0;
  const result = await autocannon({ ...options, duration: seconds });
  clearInterval(timer);
  const rssEnd = rssMiB(server.child.pid!);
  const exit = await server.terminate();

  // V8 grows its heap in steps under load and gives memory back lazily, so RSS moves up and down; a leak shows
  // as the peak still climbing late in the run. Compare the peaks of the first and last thirds.
  const third = Math.max(1, Math.floor(samples.length / 3));
  const early = Math.max(...samples.slice(0, third));
  const late = Math.max(...samples.slice(-third), rssEnd);
  const growth = late - early;
  console.log(`soak: ${seconds} s at ${connections} connections, ${mix.length} request shapes`);
  console.log(`  requests: ${result.requests.total}, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
  console.log(`  2xx: ${counts.ok}, intended 4xx: ${counts.intended4xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  console.log(`  RSS: ${rssStart.toFixed(1)} MiB after warm-up, ${rssEnd.toFixed(1)} MiB at the end; peak ${early.toFixed(1)} in the first third, ${late.toFixed(1)} in the last`);
  console.log(`  server exit code after SIGTERM: ${exit}`);
  for (const [key, n] of unexpected) console.log(`  UNEXPECTED ${n} x ${key}`);

  // A loose bound: V8 may still be growing its heap late in a run. test/memory.test.ts checks for leaks exactly,
  // with the heap in use after a forced GC.
  const failed = result.errors > 0 || result.timeouts > 0 || unexpected.size > 0 || growth > 64 || exit !== 0;
  console.log(failed ? 'soak: FAILED' : 'soak: passed');
  process.exitCode = failed ? 1 : 0;
}

await main();
