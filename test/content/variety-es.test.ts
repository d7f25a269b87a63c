// Varied Spanish phrasing, measured as for English: 200 seeds with the same typical facts (es-ES, usted) give at
// least 20 distinct texts per scenario, tone and channel, and two of them share under 60% of their words on the median.
import { describe, expect, it } from 'vitest';
import { spanishFactSets } from './facts-es.js';
import { expectWithinShortfall } from './shortfalls.js';
import { measureVariety } from './variety.js';

describe('es-ES phrasing variety', () => {
  it('gives at least 20 distinct texts from 200 seeds, with a median pairwise similarity under 0.6', { timeout: 120_000 }, () => {
    const results = measureVariety('es-ES', spanishFactSets('es-ES').find((s) => s.name === 'typical')!, 200, 'formal');
    expect(results.length).toBeGreaterThan(100);
    const short = results.filter((r) => r.distinct < 20 || r.median >= 0.6);
    expectWithinShortfall('es-ES formal', 'variety', short.map((r) => `${r.scenario} / ${r.tone} / ${r.channel}: ${r.distinct} distinct, median ${r.median.toFixed(2)}`));
  });
});
