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
  { variant: 'en-US', rule: 'repeated-phrase', failing: 1442 },
  { variant: 'en-US', rule: 'legal-form-in-prose', failing: 434 },
  { variant: 'en-US', rule: 'two-closings', failing: 136 },
  { variant: 'en-US', rule: 'thanks-again', failing: 129 },
  { variant: 'en-US', rule: 'spoken-sign-off', failing: 188 },
  { variant: 'en-US', rule: 'greeting-missing', failing: 1120 },
  { variant: 'en-US', rule: 'reason-between-decisions', failing: 210 },
  { variant: 'en-US', rule: 'voicemail-written-only', failing: 532 },
  { variant: 'en-US', rule: 'deny-list', failing: 92 },
  { variant: 'en-GB', rule: 'repeated-phrase', failing: 1007 },
  { variant: 'en-GB', rule: 'legal-form-in-prose', failing: 310 },
  { variant: 'en-GB', rule: 'two-closings', failing: 96 },
  { variant: 'en-GB', rule: 'thanks-again', failing: 80 },
  { variant: 'en-GB', rule: 'spoken-sign-off', failing: 165 },
  { variant: 'en-GB', rule: 'greeting-missing', failing: 808 },
  { variant: 'en-GB', rule: 'reason-between-decisions', failing: 132 },
  { variant: 'en-GB', rule: 'voicemail-written-only', failing: 380 },
  { variant: 'en-GB', rule: 'deny-list', failing: 58 },
  { variant: 'de-DE', rule: 'repeated-word', failing: 349 },
  { variant: 'de-DE', rule: 'repeated-phrase', failing: 2019 },
  { variant: 'de-DE', rule: 'legal-form-in-prose', failing: 1300 },
  { variant: 'de-DE', rule: 'thanks-again', failing: 37 },
  { variant: 'de-DE', rule: 'greeting-missing', failing: 898 },
  { variant: 'de-DE', rule: 'voicemail-written-only', failing: 1507 },
  { variant: 'de-DE', rule: 'deny-list', failing: 152 },
  { variant: 'de-DE', rule: 'address-mixed', failing: 39 },
  { variant: 'de-AT', rule: 'repeated-word', failing: 106 },
  { variant: 'de-AT', rule: 'repeated-phrase', failing: 615 },
  { variant: 'de-AT', rule: 'legal-form-in-prose', failing: 384 },
  { variant: 'de-AT', rule: 'thanks-again', failing: 14 },
  { variant: 'de-AT', rule: 'greeting-missing', failing: 216 },
  { variant: 'de-AT', rule: 'voicemail-written-only', failing: 432 },
  { variant: 'de-AT', rule: 'deny-list', failing: 38 },
  { variant: 'de-AT', rule: 'address-mixed', failing: 18 },
  { variant: 'de-CH', rule: 'repeated-word', failing: 246 },
  { variant: 'de-CH', rule: 'repeated-phrase', failing: 1422 },
  { variant: 'de-CH', rule: 'legal-form-in-prose', failing: 780 },
  { variant: 'de-CH', rule: 'thanks-again', failing: 24 },
  { variant: 'de-CH', rule: 'greeting-missing', failing: 452 },
  { variant: 'de-CH', rule: 'voicemail-written-only', failing: 912 },
  { variant: 'de-CH', rule: 'deny-list', failing: 108 },
  { variant: 'de-CH', rule: 'address-mixed', failing: 37 },
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
