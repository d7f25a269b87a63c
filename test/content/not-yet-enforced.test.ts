// Prints the content rules not yet enforced, per variant, with their failing renderings: the list must be empty before
// issues 17 and 18 close. Each entry must name a rule and a variant that exist, once.
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/messages/content-rules/index.js';
import { languageTags } from '../../src/messages/languages/index.js';
import { notYetEnforced } from './not-yet-enforced.js';

describe('content rules not yet enforced', () => {
  it('names known rules and variants, each pair once', () => {
    for (const p of notYetEnforced) {
      expect(ruleIds, p.rule).toContain(p.rule);
      expect(languageTags, p.variant).toContain(p.variant);
      expect(p.failing).toBeGreaterThan(0);
    }
    expect(new Set(notYetEnforced.map((p) => `${p.variant} ${p.rule}`)).size).toBe(notYetEnforced.length);
  });

  it(`lists ${notYetEnforced.length} (variant, rule) pairs still to fix, which must be none before issues 17 and 18 close`, () => {
    const byRule = new Map<string, string[]>();
    for (const p of notYetEnforced) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), `${p.variant} ${p.failing}`]);
    const table = [...byRule].map(([rule, counts]) => `  ${rule}: ${counts.join(', ')}`).join('\n');
    console.log(`Content rules not yet enforced (failing renderings per variant):\n${table || '  none'}`);
    expect(notYetEnforced.length).toBeGreaterThanOrEqual(0);
  });
});
