// One language's content matrix as a test suite: every check over every rendering, failures listed by label.
import { describe, expect, it } from 'vitest';
import type { Formality } from '../../src/messages/catalogue.js';
import { checks, type LanguageRules } from './checks.js';
import { buildMatrix, failures, scenarios, type FactSet } from './matrix.js';

/** `formality` renders every message in that form of address (Sie or du ...), for languages that have one. */
export function describeMatrix(rules: LanguageRules, sets: readonly FactSet[], seedCount = 20, formality?: Formality) {
  const matrix = buildMatrix(rules.tag, sets, seedCount, 3, formality);
  describe(`the ${rules.tag}${formality ? ` ${formality}` : ''} content matrix`, () => {
    it('covers every scenario, tone, channel and fact set that applies, with every phrasing', () => {
      const combinations = new Set(matrix.map((r) => `${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}`));
      expect(combinations.size).toBeGreaterThan(sets.length * 100);
      for (const s of scenarios) expect(matrix.some((r) => r.scenario.id === s.id), s.id).toBe(true);
      expect(matrix.every((r) => r.message.language === rules.tag)).toBe(true);
    });
    for (const check of checks(rules)) {
      it(check.name, () => {
        expect(failures(matrix, check.run)).toEqual([]);
      });
    }
  });
  return matrix;
}
