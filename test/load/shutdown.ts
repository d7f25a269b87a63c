// Shutdown under load: 50 clients send batches of 100 messages, each on a new connection, and SIGTERM arrives
// mid-load. Passes when every request the server accepted completed with a 2xx (the server's own log of completed
// requests matches what clients received), later connections were refused cleanly, and the process exited 0.
import { request } from 'node:http';
import { createMessageService } from '../../src/messages/service.js';
import { startServer, stopServer } from '../../bench/server-process.js';

const clients = 50;
const loadMs = Number(process.argv[process.argv.indexOf('--load-ms') + 1] || 1500);

const examples = createMessageService().scenarios.map((s) => s.example);
const body = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => examples[i % examples.length]) });

type Outcome = { status: number } | { error: string };

function post(port: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/messages/batch', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode! }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: `response ${e.code ?? e.message}` }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}

async function main() {
  const server = await startServer({ LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', SHUTDOWN_GRACE_MS: '10000' }, { stdout: 'pipe' });
  const logLines: string[] = [];
  let buffered = '';
  server.child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    logLines.push(...lines);
  });

  let inFlight = 0;
  let inFlightAtSigterm = -1;
  let sigtermSent = false;
  const before: Outcome[] = [];
  const after: Outcome[] = [];
  const startedAfterSigterm: Outcome[] = [];
  const worker = async () => {
    for (;;) {
      const sentAfterSigterm = sigtermSent;
      inFlight++;
      const outcome = await post(server.port);
      inFlight--;
      (sentAfterSigterm ? startedAfterSigterm : sigtermSent ? after : before).push(outcome);
      if ('error' in outcome || outcome.status !== 200) return;
    }
  };
  const workers = Array.from({ length: clients }, worker);
  await new Promise((r) => setTimeout(r, loadMs));
  inFlightAtSigterm = inFlight;
  sigtermSent = true;
  const exit = await stopServer(server);
  await Promise.all(workers);
  await new Promise((r) => setTimeout(r, 100));

  const completedByServer = logLines.filter((l) => l.includes('"request completed"') && l.includes('"/messages/batch"'));
  const serverOk = completedByServer.filter((l) => l.includes('"status":200')).length;
  const all = [...before, ...after, ...startedAfterSigterm];
  const clientOk = all.filter((o) => 'status' in o && o.status === 200).length;
  const failedInFlight = after.filter((o) => !('status' in o) || o.status !== 200);
  const refusals = startedAfterSigterm.map((o) => ('error' in o ? o.error : `HTTP ${o.status}`));
  // Sent after SIGTERM: either the listener was still open (then it must complete with 200) or it is refused.
  const cleanRefusals = refusals.filter((r) => ['ECONNREFUSED', 'ECONNRESET', 'HTTP 503', 'HTTP 200'].includes(r));

  console.log(`shutdown under load: ${clients} clients, SIGTERM after ${loadMs} ms`);
  console.log(`  requests completed before SIGTERM: ${before.length}`);
  console.log(`  in flight at SIGTERM: ${inFlightAtSigterm}; completed with 200: ${after.length - failedInFlight.length} of ${after.length}`);
  console.log(`  sent after SIGTERM: ${startedAfterSigterm.length}; completed or refused cleanly: ${cleanRefusals.length} (${[...new Set(refusals)].join(', ') || 'none'})`);
  console.log(`  200s: server logged ${serverOk}, clients received ${clientOk}; exit code ${exit}`);

  const failed = failedInFlight.length > 0 || cleanRefusals.length !== refusals.length || serverOk !== clientOk || exit !== 0 || inFlightAtSigterm < 1;
  console.log(failed ? 'shutdown under load: FAILED' : 'shutdown under load: passed');
  process.exitCode = failed ? 1 : 0;
}

await main();
