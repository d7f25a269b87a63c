// No leak: the heap in use after a full GC stays flat across rounds of identical requests. (RSS is no measure
// of this: V8 keeps the heap it grew under load and returns it lazily, so the soak only bounds it loosely.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelIds, toneIds } from '../src/messages/catalogue.js';
import { createMessageService } from '../src/messages/service.js';
import { useApp } from './helper.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ctx = useApp({ rateLimitMax: 0 });
const bodies = createMessageService().scenarios.flatMap((s) =>
  toneIds.flatMap((tone) => channelIds.map((channel) => JSON.stringify({ ...s.example, tone, channel }))),
);

function heapUsedMiB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

describe('memory', () => {
  it('keeps the heap flat over rounds of 3,000 renders', async () => {
    const after: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 3000; i++) {
        const res = await ctx.app.inject({ method: 'POST', url: '/messages', payload: bodies[i % bodies.length], headers: { 'content-type': 'application/json' } });
        expect(res.statusCode).toBe(200);
      }
      after.push(heapUsedMiB());
    }
    // The first round fills bounded caches (memoised wording, metric series); later rounds must not add to it.
    expect(after[3]! - after[1]!, after.map((m) => m.toFixed(1)).join(' MiB, ')).toBeLessThan(2);
  }, 60_000);
});
