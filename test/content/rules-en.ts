// English for the content checks: function words that may repeat, and the shapes of greetings and sign-offs.
import type { LanguageRules } from './checks.js';

const functionWords = new Set(
  `the a an and or but so as at by for from in into of on to with without about after before than that this these those
  there here it its it's i i'm i've i'll i'd me my mine we our us you your yours he she they them their his her
  is am are was were be been being have has had do does did will would shall should can could may might must not no
  nor if then too also very just still once again more most much such only own all any some each both either neither
  who whom whose which what when where why how up out over under off down there's that's don't won't isn't wasn't
  can't couldn't wouldn't doesn't didn't haven't hasn't hadn't aren't let's you're we're they're`.split(/\s+/),
);

export const englishRules = (tag: 'en-US' | 'en-GB'): LanguageRules => ({
  tag,
  functionWords,
  letterSalutation: /^(Dear|To whom)\b/m,
  signOff: /^(Kind regards|Best regards|With best regards|Regards|Best wishes|Warm regards|All the best|Best|Sincerely|Yours sincerely|Yours faithfully|Thanks|Cheers),?$/m,
  greetingWords: /\b(Dear|Hi|Hello)/,
  apology: /\b(sorry|apologi[sz]e|apologies|regret|forgive)\b/i,
  subjectFallback: /an update on my application|my application|a final update|an update from|declin/i,
  declineWords: /\b(declin\w*|turning down|not accept\w*|no)\b/i,
});
