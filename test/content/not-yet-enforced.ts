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
  { variant: 'es-ES', rule: 'repeated-phrase', failing: 2124 },
  { variant: 'es-ES', rule: 'legal-form-in-prose', failing: 840 },
  { variant: 'es-ES', rule: 'two-closings', failing: 343 },
  { variant: 'es-ES', rule: 'thanks-again', failing: 250 },
  { variant: 'es-ES', rule: 'spoken-sign-off', failing: 638 },
  { variant: 'es-ES', rule: 'greeting-missing', failing: 1212 },
  { variant: 'es-ES', rule: 'reason-between-decisions', failing: 174 },
  { variant: 'es-ES', rule: 'voicemail-written-only', failing: 840 },
  { variant: 'es-ES', rule: 'deny-list', failing: 422 },
  { variant: 'es-MX', rule: 'repeated-phrase', failing: 635 },
  { variant: 'es-MX', rule: 'legal-form-in-prose', failing: 300 },
  { variant: 'es-MX', rule: 'two-closings', failing: 92 },
  { variant: 'es-MX', rule: 'thanks-again', failing: 96 },
  { variant: 'es-MX', rule: 'spoken-sign-off', failing: 196 },
  { variant: 'es-MX', rule: 'greeting-missing', failing: 346 },
  { variant: 'es-MX', rule: 'reason-between-decisions', failing: 42 },
  { variant: 'es-MX', rule: 'voicemail-written-only', failing: 300 },
  { variant: 'es-MX', rule: 'deny-list', failing: 188 },
  { variant: 'es-419', rule: 'repeated-phrase', failing: 1276 },
  { variant: 'es-419', rule: 'legal-form-in-prose', failing: 504 },
  { variant: 'es-419', rule: 'two-closings', failing: 184 },
  { variant: 'es-419', rule: 'thanks-again', failing: 179 },
  { variant: 'es-419', rule: 'spoken-sign-off', failing: 392 },
  { variant: 'es-419', rule: 'greeting-missing', failing: 688 },
  { variant: 'es-419', rule: 'reason-between-decisions', failing: 108 },
  { variant: 'es-419', rule: 'voicemail-written-only', failing: 504 },
  { variant: 'es-419', rule: 'deny-list', failing: 440 },
  { variant: 'es-AR', rule: 'repeated-phrase', failing: 635 },
  { variant: 'es-AR', rule: 'legal-form-in-prose', failing: 300 },
  { variant: 'es-AR', rule: 'two-closings', failing: 92 },
  { variant: 'es-AR', rule: 'thanks-again', failing: 96 },
  { variant: 'es-AR', rule: 'spoken-sign-off', failing: 196 },
  { variant: 'es-AR', rule: 'greeting-missing', failing: 346 },
  { variant: 'es-AR', rule: 'reason-between-decisions', failing: 42 },
  { variant: 'es-AR', rule: 'voicemail-written-only', failing: 300 },
  { variant: 'es-AR', rule: 'deny-list', failing: 275 },
];

export function pending(variant: string, rule: string): NotYetEnforced | undefined {
  return notYetEnforced.find((p) => p.variant === variant && p.rule === rule);
}
