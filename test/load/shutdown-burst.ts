// SIGTERM into a burst on a cold server, repeated: each round starts a fresh server with the image's command and the
// default settings, 200 clients each send a batch of 100 on a new connection (undici, from this process), and SIGTERM
// comes 30 to 70 ms later. Passes when, in every round, each client got a 200 or a 503 with Retry-After or was
// refused, none had its connection closed without an answer, the server logged as many 200s as clients received, and
// the process exited 0. npm run load:ci runs it; `-- --runs N --clients N --sigterm-ms MIN-MAX --max-seconds N`
// change the defaults (20, 200, 30-70, 240); the run fails rather than go on past --max-seconds.
import { burstFailure, shutdownBurst } from '../shutdown-burst.js';
import { describeTally } from '../http-outcome.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const runs = Number(arg('runs', '20'));
const clients = Number(arg('clients', '200'));
const [minMs, maxMs = minMs] = arg('sigterm-ms', '30-70').split('-').map(Number) as [number, number?];
const deadline = Date.now() + Number(arg('max-seconds', '240')) * 1000;

const startedAt = Date.now();
let failed = 0;
let cut = 0;
let ran = 0;
console.log(`SIGTERM into a burst on a cold server: ${clients} clients, each a batch of 100 on a new connection, SIGTERM ${minMs}-${maxMs} ms later; ${runs} rounds`);
for (let run = 1; run <= runs; run++) {
  if (Date.now() > deadline) {
    console.log(`  stopped after ${ran} rounds: past --max-seconds`);
    failed++;
    break;
  }
  const sigtermAfterMs = minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
  const r = await shutdownBurst({ clients, sigtermAfterMs, start: { entry: 'dist/server.mjs' } });
  ran++;
  cut += r.resets;
  const failure = burstFailure(r);
  if (failure) failed++;
  console.log(
    `  round ${run}: ready in ${r.readyMs} ms, SIGTERM after ${sigtermAfterMs} ms: ${describeTally(r)}; listener closed after ${r.lastCallMs} ms ` +
      `(${r.connectionsAtLastCall} accepted meanwhile); exit ${r.exitCode}${failure ? `  <- FAILED: ${failure}` : ''}`,
  );
}
const seconds = Math.round((Date.now() - startedAt) / 1000);
console.log(`SIGTERM into a burst on a cold server: ${ran} rounds in ${seconds} s, ${cut} requests cut, ${failed} rounds failed: ${failed ? 'FAILED' : 'passed'}`);
process.exitCode = failed ? 1 : 0;
