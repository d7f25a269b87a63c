// Measures of the words that the rewritten German, Spanish and French words do not yet meet everywhere, per variant,
// with how many cases fail today: tones too alike, a concise text not the shortest, two scenarios too alike, too few
// phrasings, usted and tú told apart, and, in Spanish only, the content rules over the texts that ask for another date
// or reopen an offer (`choice-rules`: a phrase of ours said twice). These are the remaining work of issues 17 and 18,
// which stay open until this list is empty. A listed measure may not get worse, and leaves the list as soon as it
// passes.
import { expect } from 'vitest';

export const shortfallChecks = ['tones-apart', 'concise-shortest', 'scenarios-apart', 'variety', 'address-apart', 'choice-rules'] as const;
export type ShortfallCheck = (typeof shortfallChecks)[number];

export interface Shortfall {
  /** The variant, with its form of address where the measure is taken per form ("de-DE formal"). */
  variant: string;
  check: ShortfallCheck;
  /** Cases that fail today: the most a run may find. */
  failing: number;
}

export const shortfalls: readonly Shortfall[] = [
  { variant: 'de-DE formal', check: 'tones-apart', failing: 21 },
  { variant: 'de-DE formal', check: 'concise-shortest', failing: 11 },
  { variant: 'de-DE informal', check: 'tones-apart', failing: 5 },
  { variant: 'de-DE informal', check: 'concise-shortest', failing: 8 },
  { variant: 'de-AT formal', check: 'concise-shortest', failing: 3 },
  { variant: 'de-AT informal', check: 'concise-shortest', failing: 3 },
  { variant: 'de-CH formal', check: 'tones-apart', failing: 26 },
  { variant: 'de-CH formal', check: 'concise-shortest', failing: 11 },
  { variant: 'de-CH informal', check: 'tones-apart', failing: 15 },
  { variant: 'de-CH informal', check: 'concise-shortest', failing: 8 },
  { variant: 'de-DE formal', check: 'variety', failing: 28 },
  { variant: 'es-ES choices', check: 'choice-rules', failing: 8 },
  { variant: 'es-MX choices', check: 'choice-rules', failing: 8 },
  { variant: 'es-AR choices', check: 'choice-rules', failing: 8 },
  { variant: 'es-419 formal', check: 'concise-shortest', failing: 1 },
  { variant: 'es-419 informal', check: 'concise-shortest', failing: 2 },
  { variant: 'fr-FR formal', check: 'concise-shortest', failing: 6 },
  { variant: 'fr-FR informal', check: 'concise-shortest', failing: 14 },
  { variant: 'fr-CA formal', check: 'concise-shortest', failing: 6 },
  { variant: 'fr-CA formal', check: 'scenarios-apart', failing: 3 },
  { variant: 'fr-CA informal', check: 'concise-shortest', failing: 13 },
  { variant: 'fr-FR formal', check: 'variety', failing: 12 },
];

/** Passes when nothing is found, or when no more than the listed shortfall is; a listed measure that passes must leave. */
export function expectWithinShortfall(variant: string, check: ShortfallCheck, found: readonly string[]): void {
  const listed = shortfalls.find((s) => s.variant === variant && s.check === check);
  if (!listed) {
    expect(found.slice(0, 25), `${found.length} cases`).toEqual([]);
    return;
  }
  expect(found.length, `${check} passes in ${variant} now: take it off test/content/shortfalls.ts`).toBeGreaterThan(0);
  expect(found.length, `${check} fails in more ${variant} cases than listed (${listed.failing}); first: ${found[0]}`).toBeLessThanOrEqual(listed.failing);
}
