// SIGTERM into a burst, repeated: 200 clients each send a batch of 100 on a new connection, SIGTERM comes 30 ms
// later, with the default settings. Passes when, over every run, no connection was reset (each got its response or
// a 503, or was refused), the server logged as many 200s as clients received, and the process exited 0.
// npm run load:ci runs it; `-- --runs N --clients N --sigterm-ms N` change the defaults (10, 200, 30).
import { describeTally } from '../http-outcome.js';
import { shutdownBurst } from '../shutdown-burst.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 10);
const clients = arg('clients', 200);
const sigtermAfterMs = arg('sigterm-ms', 30);

let resets = 0;
let failed = false;
console.log(`SIGTERM into a burst: ${clients} clients, each a batch of 100 on a new connection, SIGTERM after ${sigtermAfterMs} ms; ${runs} runs`);
for (let run = 1; run <= runs; run++) {
  const r = await shutdownBurst({ clients, sigtermAfterMs, start: { entry: 'dist/server.mjs' } });
  const received = r.statuses[200] ?? 0;
  resets += r.resets;
  const bad = r.resets > 0 || r.errors.length > 0 || r.exitCode !== 0 || r.serverCompleted !== received;
  failed ||= bad;
  console.log(`  run ${run}: ${describeTally(r)}; server logged ${r.serverCompleted} x 200; exit ${r.exitCode}${bad ? '  <- FAILED' : ''}`);
  if (r.resets) console.log(`    resets: ${[...new Set(r.resetDetails)].join(', ')}`);
}
console.log(`SIGTERM into a burst: ${resets} resets over ${runs} runs: ${failed ? 'FAILED' : 'passed'}`);
process.exitCode = failed ? 1 : 0;
