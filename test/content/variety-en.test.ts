// Varied phrasing, measured: 200 seeds with the same typical facts give at least 20 distinct texts per scenario,
// tone and channel, and two of them share under 60% of their words on the median (facts removed).
import { describe, expect, it } from 'vitest';
import { englishFactSets } from './facts-en.js';
import { measureVariety } from './variety.js';

describe.each(['en-US', 'en-GB'] as const)('%s phrasing variety', (tag) => {
  it('gives at least 20 distinct texts from 200 seeds, with a median pairwise similarity under 0.6', { timeout: 120_000 }, () => {
    const results = measureVariety(tag, englishFactSets(tag).find((s) => s.name === 'typical')!, 200);
    expect(results.length).toBeGreaterThan(100);
    expect(results.filter((r) => r.distinct < 20 || r.median >= 0.6)).toEqual([]);
  });
});
