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
  { variant: 'fr-FR', rule: 'repeated-phrase', failing: 2056 },
  { variant: 'fr-FR', rule: 'legal-form-in-prose', failing: 940 },
  { variant: 'fr-FR', rule: 'two-closings', failing: 48 },
  { variant: 'fr-FR', rule: 'thanks-again', failing: 570 },
  { variant: 'fr-FR', rule: 'spoken-sign-off', failing: 492 },
  { variant: 'fr-FR', rule: 'greeting-missing', failing: 945 },
  { variant: 'fr-FR', rule: 'reason-between-decisions', failing: 249 },
  { variant: 'fr-FR', rule: 'voicemail-written-only', failing: 1140 },
  { variant: 'fr-FR', rule: 'deny-list', failing: 998 },
  { variant: 'fr-BE', rule: 'repeated-phrase', failing: 537 },
  { variant: 'fr-BE', rule: 'legal-form-in-prose', failing: 276 },
  { variant: 'fr-BE', rule: 'two-closings', failing: 8 },
  { variant: 'fr-BE', rule: 'thanks-again', failing: 142 },
  { variant: 'fr-BE', rule: 'spoken-sign-off', failing: 104 },
  { variant: 'fr-BE', rule: 'greeting-missing', failing: 240 },
  { variant: 'fr-BE', rule: 'reason-between-decisions', failing: 72 },
  { variant: 'fr-BE', rule: 'voicemail-written-only', failing: 276 },
  { variant: 'fr-BE', rule: 'deny-list', failing: 351 },
  { variant: 'fr-CH', rule: 'repeated-phrase', failing: 537 },
  { variant: 'fr-CH', rule: 'legal-form-in-prose', failing: 276 },
  { variant: 'fr-CH', rule: 'two-closings', failing: 8 },
  { variant: 'fr-CH', rule: 'thanks-again', failing: 142 },
  { variant: 'fr-CH', rule: 'spoken-sign-off', failing: 104 },
  { variant: 'fr-CH', rule: 'greeting-missing', failing: 240 },
  { variant: 'fr-CH', rule: 'reason-between-decisions', failing: 72 },
  { variant: 'fr-CH', rule: 'voicemail-written-only', failing: 276 },
  { variant: 'fr-CH', rule: 'deny-list', failing: 351 },
  { variant: 'fr-CA', rule: 'repeated-phrase', failing: 1188 },
  { variant: 'fr-CA', rule: 'legal-form-in-prose', failing: 564 },
  { variant: 'fr-CA', rule: 'two-closings', failing: 24 },
  { variant: 'fr-CA', rule: 'thanks-again', failing: 312 },
  { variant: 'fr-CA', rule: 'spoken-sign-off', failing: 240 },
  { variant: 'fr-CA', rule: 'greeting-missing', failing: 540 },
  { variant: 'fr-CA', rule: 'reason-between-decisions', failing: 176 },
  { variant: 'fr-CA', rule: 'voicemail-written-only', failing: 684 },
  { variant: 'fr-CA', rule: 'deny-list', failing: 3778 },
];

export function pending(variant: string, rule: string): NotYetEnforced | undefined {
  return notYetEnforced.find((p) => p.variant === variant && p.rule === rule);
}
