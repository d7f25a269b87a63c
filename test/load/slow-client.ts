// Slow client: a connection that sends its body a byte a second is answered 408 at the server's request timeout and
// closed within the lingering bound after it, and meanwhile other clients are served as usual. Runs against the
// built server with REQUEST_TIMEOUT_MS=2000.
import { connect } from 'node:net';
import { lingerLimits } from '../../src/plugins/lingering-close.js';
import { startServer } from '../server-process.js';

const timeoutMs = 2000;

async function main() {
  const server = await startServer({ REQUEST_TIMEOUT_MS: String(timeoutMs), RATE_LIMIT_MAX: '0' }, { entry: 'dist/server.mjs', keepLogs: false });
  const body = JSON.stringify({ scenario: 'firm-no', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' });

  // The slow client: headers at once, then one byte of the body a second.
  const started = Date.now();
  const socket = connect(server.port, '127.0.0.1');
  let response = '';
  let answeredAfter = -1;
  socket.on('data', (d) => {
    if (!response) answeredAfter = Date.now() - started;
    response += d.toString();
  });
  socket.on('error', () => {});
  socket.write(`POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
  let sent = 0;
  const drip = setInterval(() => {
    if (!socket.destroyed && sent < body.length) socket.write(body[sent++]!);
  }, 1000);
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));

  // Meanwhile: ordinary requests keep being served quickly.
  const latencies: number[] = [];
  const statuses: number[] = [];
  const deadline = Date.now() + timeoutMs + 1000;
  while (Date.now() < deadline) {
    const t = performance.now();
    const res = await fetch(`${server.url}/messages`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    await res.text();
    statuses.push(res.status);
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const closedAfter = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 10_000))]);
  clearInterval(drip);
  socket.destroy();
  const exit = await server.terminate();

  const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 'none (connection closed)';
  const worst = Math.max(...latencies);
  console.log(`slow client: sent ${sent} of ${body.length} bytes; answered ${status} after ${answeredAfter} ms, closed after ${closedAfter} ms`);
  console.log(`  meanwhile ${statuses.length} ordinary requests, all 200: ${statuses.every((s) => s === 200)}; slowest ${worst.toFixed(1)} ms`);
  // The 408 comes at the timeout (checked every 500 ms); the close, once the client stops dripping or the bound is hit.
  const late = answeredAfter < timeoutMs || answeredAfter > timeoutMs * 2 || closedAfter < 0 || closedAfter > answeredAfter + lingerLimits.totalMs + 1000;
  const failed = status !== '408' || late || !statuses.every((s) => s === 200) || worst > 1000 || exit !== 0;
  console.log(failed ? 'slow client: FAILED' : 'slow client: passed');
  process.exitCode = failed ? 1 : 0;
}

await main();
