// The shortfalls list names known measures and variants, each pair once, and only for the three languages whose words
// were rewritten last; English has none.
import { describe, expect, it } from 'vitest';
import { languageTags } from '../../src/messages/languages/index.js';
import { shortfallChecks, shortfalls } from './shortfalls.js';

describe('the shortfalls list', () => {
  it('names known measures and variants, each pair once, with a count of failing cases', () => {
    for (const s of shortfalls) {
      expect(shortfallChecks, s.check).toContain(s.check);
      expect(languageTags, s.variant).toContain(s.variant.split(' ')[0]);
      expect(s.failing, `${s.variant} ${s.check}`).toBeGreaterThan(0);
      expect(s.variant.startsWith('en-'), `${s.variant}: English meets every measure`).toBe(false);
    }
    expect(new Set(shortfalls.map((s) => `${s.variant} ${s.check}`)).size).toBe(shortfalls.length);
  });
});
