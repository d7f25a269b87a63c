// Content rules that today's words do not yet meet, per variant, with how many renderings of that variant's matrix
// fail them. The matrices read this list: a listed rule may fail in at most that many renderings (so nothing gets
// worse while the words are rewritten), and a rule that passes must leave the list. It must be empty before issues 17
// and 18 close; test/content/not-yet-enforced.test.ts prints it.
import type { RuleId } from '../../src/messages/content-rules/index.js';

export interface NotYetEnforced {
  variant: string;
  rule: RuleId;
  /** Renderings of the variant's matrix (every form of address) that fail the rule today. */
  failing: number;
}

export const notYetEnforced: readonly NotYetEnforced[] = [
];

export function pending(variant: string, rule: string): NotYetEnforced | undefined {
  return notYetEnforced.find((p) => p.variant === variant && p.rule === rule);
}
