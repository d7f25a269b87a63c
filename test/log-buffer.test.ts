// A stalled stdout must not stall or grow the service: log lines beyond LOG_BUFFER_BYTES are dropped and counted.
import { afterEach, describe, expect, it } from 'vitest';
import { messageBody } from './helper.js';
import { rssMiB, startServer, type ServerProcess } from './server-process.js';

let server: ServerProcess | undefined;
afterEach(() => server?.stop());

/** `total` POST /messages over `concurrency` keep-alive connections; resolves with the statuses seen. */
async function post(url: string, total: number, concurrency = 10): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let sent = 0;
  const worker = async () => {
    while (sent++ < total) {
      const res = await fetch(`${url}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageBody) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

const dropped = async (url: string) => Number(/^log_lines_dropped_total (\d+)$/m.exec(await fetch(`${url}/metrics`).then((r) => r.text()))?.[1]);

describe('the log buffer', () => {
  it('drops and counts lines when nobody reads stdout, and keeps serving with bounded memory', async () => {
    // 64 KiB of buffer, a 64 KiB pipe and a little stream buffer hold well under 1,000 lines of about 250 bytes.
    server = await startServer({ LOG_BUFFER_BYTES: String(64 * 1024), RATE_LIMIT_MAX: '100000' }, { unreadStdout: true });
    const warm = await post(server.url, 400);
    const statuses = await post(server.url, 1600);
    expect([...warm, ...statuses].filter(([status]) => status !== 200)).toEqual([]);
    const count = await dropped(server.url);
    expect(count).toBeGreaterThan(2000 - 1000);
    expect(count).toBeLessThanOrEqual(2000);
    // Unbounded, 1,600 more lines would be only ~0.4 MB: the count above is the proof; this guards gross growth. The
    // heap grows in one-off steps of tens of MiB while V8 sizes its young generation and the words load, and a step can
    // land in any round up to ~5,000 requests, reading or not. A leak grows every round, so the smallest growth of
    // three later rounds of the same load is what is compared.
    const growth: number[] = [];
    for (let round = 0; round < 3; round++) {
      const before = rssMiB(server.child.pid!);
      await post(server.url, 1600);
      growth.push(rssMiB(server.child.pid!) - before);
    }
    expect(await dropped(server.url)).toBeGreaterThan(count);
    expect(Math.min(...growth)).toBeLessThan(16);
  }, 60_000);

  it('drops nothing when stdout keeps up', async () => {
    server = await startServer({ RATE_LIMIT_MAX: '100000' });
    await post(server.url, 300);
    expect(await dropped(server.url)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.logs.filter((l) => l.msg === 'request completed' && l.route === '/messages')).toHaveLength(300);
  }, 60_000);
});
