// Variety, measured: the same facts rendered with many phrasing seeds, per scenario, tone and channel: how many
// distinct texts, and how alike two of them are (median pairwise word-set similarity, facts removed).
import { channelIds, scenarios, toneIds, type ChannelId, type ScenarioId, type ToneId } from '../../src/messages/catalogue.js';
import { applies, factsFor, renderOne, seeds, type FactSet } from './matrix.js';
import { factWords } from './similarity.js';

export interface Variety {
  scenario: ScenarioId;
  tone: ToneId;
  channel: ChannelId;
  distinct: number;
  median: number;
}

function wordSet(text: string, facts: Set<string>): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !facts.has(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** `count` seeds per combination of one fact set; the median over every pair of the renderings. */
export function measureVariety(language: string, set: FactSet, count = 200, formality?: 'formal' | 'informal'): Variety[] {
  const facts = factWords(set.facts, [set.when ?? '']);
  const results: Variety[] = [];
  for (const scenario of scenarios.filter((s) => applies(set, s))) {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        const texts = seeds(count).map((seed) => renderOne(factsFor(set, scenario), scenario, tone, channel, { language, seed, ...(formality && { formality }) }).text);
        const sets = texts.map((t) => wordSet(t, facts));
        // Every pair of a few dozen, a fixed sample of pairs beyond that: the median settles long before 19,900 pairs.
        const scores: number[] = [];
        const pairs = (sets.length * (sets.length - 1)) / 2;
        const step = Math.max(1, Math.floor(pairs / 3000));
        let n = 0;
        for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (n++ % step === 0) scores.push(jaccard(sets[i]!, sets[j]!));
        scores.sort((a, b) => a - b);
        results.push({ scenario: scenario.id, tone, channel, distinct: new Set(texts).size, median: scores[Math.floor(scores.length / 2)]! });
      }
    }
  }
  return results;
}
