// Early answers under load, repeated: 413 (by Content-Length and while streaming), 415 and 408 to clients still
// writing a 3 MiB body while 20 other connections keep the server busy. Passes when every client read its status
// and none was reset. npm run load:ci runs it; `-- --rounds N --per-kind N` change the defaults (10, 5).
import { describeTally } from '../http-outcome.js';
import { earlyResponsesUnderLoad, expectedStatus as expected, quietServer, type EarlyKind } from '../early-responses.js';
import { startServer } from '../server-process.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = arg('rounds', 10);
const perKind = arg('per-kind', 5);

const server = await startServer(quietServer, { entry: 'dist/server.mjs', keepLogs: false });
console.log(`early answers under load: ${rounds} rounds of ${perKind} concurrent clients per kind, each writing its whole request before reading`);
let failed = false;
try {
  const results = await earlyResponsesUnderLoad(server, Object.keys(expected) as EarlyKind[], rounds, perKind);
  for (const [kind, t] of Object.entries(results) as [EarlyKind, (typeof results)[EarlyKind]][]) {
    const bad = t.resets > 0 || t.errors.length > 0 || (t.statuses[expected[kind]] ?? 0) !== rounds * perKind;
    failed ||= bad;
    console.log(`  ${kind}: ${describeTally(t)}${bad ? '  <- FAILED' : ''}`);
    if (t.resets) console.log(`    resets: ${[...new Set(t.resetDetails)].join(', ')}`);
  }
} finally {
  const exit = await server.terminate();
  if (exit !== 0) failed = true;
}
console.log(`early answers under load: ${failed ? 'FAILED' : 'passed'}`);
process.exitCode = failed ? 1 : 0;
