// Slow client: a connection that sends its body a byte a second is cut off by the server's request timeout, and
// meanwhile other clients are served as usual. Runs against the built server with REQUEST_TIMEOUT_MS=2000.
import { connect } from 'node:net';
import { startServer } from '../server-process.js';

const timeoutMs = 2000;

async function main() {
  const server = await startServer({ REQUEST_TIMEOUT_MS: String(timeoutMs), RATE_LIMIT_MAX: '0' }, { entry: 'dist/src/server.js', keepLogs: false });
  const body = JSON.stringify({ scenario: 'firm-no', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' });

  // The slow client: headers at once, then one byte of the body a second.
  const started = Date.now();
  const socket = connect(server.port, '127.0.0.1');
  let response = '';
  socket.on('data', (d) => (response += d.toString()));
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
    await new Promise((r) => setTimeout(r, 50));
  }

  const closedAfter = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
  clearInterval(drip);
  socket.destroy();
  const exit = await server.terminate();

  const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 'none (connection closed)';
  const worst = Math.max(...latencies);
  console.log(`slow client: sent ${sent} of ${body.length} bytes; server closed it after ${closedAfter} ms with status ${status}`);
  console.log(`  meanwhile ${statuses.length} ordinary requests, all 200: ${statuses.every((s) => s === 200)}; slowest ${worst.toFixed(1)} ms`);
  const failed = closedAfter < 0 || closedAfter > timeoutMs * 2 || !statuses.every((s) => s === 200) || worst > 1000 || exit !== 0;
  console.log(failed ? 'slow client: FAILED' : 'slow client: passed');
  process.exitCode = failed ? 1 : 0;
}

await main();
