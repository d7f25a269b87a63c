// English for the content checks: function words that may repeat, the shapes of greetings and sign-offs, and the
// checks of what a native recruiter reads in English (issues 16 to 18): calques, seams, scripts for the ear,
// subjects that say what happened.
import { legalFormSpellings } from '../../src/messages/facts/company.js';
import { ourWords, type Check, type LanguageRules } from './checks.js';
import { uses, visible, type Rendering } from './matrix.js';

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
  signOff: /^(Kind regards|Best regards|With best regards|Regards|Best wishes|Warm regards|All the best|Best|Sincerely|Yours sincerely|Yours faithfully|Thanks|Cheers|Take care),?$/m,
  greetingWords: /\b(Dear|Hi|Hello|Good morning|Good afternoon|Good evening)/,
  apology: /\b(sorry|apologi[sz]e|apologies|regret|forgive)\b/i,
  // The fallback subjects of templates/en: the action and the full name, without the role.
  subjectFallback: /^(Cancell?ing (my|our) interview|Interview cancell?ed|Application withdrawn|Withdrawing my application|Stepping back for now|Not this time|Not proceeding|Rescheduling my interview|Offer declined|Declining (your kind offer|with thanks)|Not for me this time|Final answer)\b|: my application\b/,
  declineWords: /\b(declin\w*|turning down|not accept\w*|no)\b/i,
});

/**
 * Phrasings a native professional would not write, each with why: calques and slips readers found (issue 18) and
 * the assembly seams they reported (issue 17). Checked on everything a reader sees.
 */
export const englishDenyList: readonly [RegExp, string][] = [
  [/\bkindly (ask|request)\b/i, '"kindly ask" is a translated formula; a native asks, or would be grateful'],
  [/\b12(:00)? ?(AM|PM|am|pm)\b/, '"12 PM" reads two ways: noon (midday in Britain) or midnight'],
  [/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} at\b/, 'American style sets a date off with commas: "Tuesday, December 15, at 10:30 AM"'],
  [/\b\p{Lu}[\p{L}'-]+ writing\./u, '"Oluwaseun writing." is not how a text says who it is from'],
  [/\bYour further message has reached me\b/, 'a calque: "I have received your message"'],
  [/\bdeclined\b[^.]*\bpreviously\b/, '"I declined ... previously" is stilted: "I have already declined"'],
  [/\bThat is all\.$/m, 'a curt last line no one says on a voicemail'],
  [/\b(?:Hello|Hi|Good (?:morning|afternoon|evening))\b[^.\n]*, it is \p{Lu}/u, '"Hello, it is Jordan Lee" translates "c\'est": "this is Jordan Lee"'],
  [/\bfor reasons of a personal nature\b/, 'officialese for "for personal reasons"'],
  [/\bwhich means cancell?ing our interview[^.]*\b(because|as|since)\b/, 'a reason after "which means cancelling" reads as the reason for cancelling'],
  [/\bI feel (bad|ill)\b/, '"I feel ill" says the writer is sick'],
  [/\bWith thanks\.\n/, 'a closing formula stacked on the sign-off'],
  [/\b(he\/she|his\/her|s\/he)\b/i, 'English needs no gender for the writer or reader: a construction without one'],
  [/\b(m\/f\/d|m\/w\/d|w\/m\/d|f\/m\/d|H\/F|F\/H|all genders)\b/i, 'a job-ad gender tag in prose'],
];

/** Valedictions: one sign-off closes an email, and nothing else closes any message with a second one. */
const valediction = /\b(kind regards|best regards|warm regards|regards|yours sincerely|yours faithfully|sincerely)\b/gi;

/** Bigrams of ours that a message may repeat: the stuff of every message in this domain. */
const repeatableBigrams = new Set(['thank you', 'my application', 'my interview', 'our interview']);

/** A greeting opens every text and voicemail. */
const opensWithGreeting = /^(Hi|Hello|Good (morning|afternoon|evening))\b/;

function hoursAhead(r: Rendering): number | null {
  const at = r.set.facts.interview?.at;
  if (!at || !uses(r.scenario, '/interview/at')) return null;
  const now = Date.parse(r.set.facts.now ?? '2026-11-29T10:00:00-05:00');
  return (Date.parse(at) - now) / 3_600_000;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The checks of English words, beyond those every language runs (checks.ts). */
export function englishChecks(tag: 'en-US' | 'en-GB'): Check[] {
  const rules = englishRules(tag);
  return [
    {
      name: 'no calque or slip of the deny list',
      run: (r) => {
        const text = visible(r.message);
        const found = englishDenyList.find(([pattern]) => pattern.test(text));
        return found ? `${found[1]} (${found[0].exec(text)![0]})` : undefined;
      },
    },
    {
      name: 'one closing formula: the sign-off of an email, none elsewhere; no "thanks again" without a thanks before',
      run: ({ message, channel }) => {
        const text = message.text;
        const count = text.match(valediction)?.length ?? 0;
        if (count > (channel === 'email' ? 1 : 0)) return `${count} valedictions`;
        const sign = /\n(All the best|Best wishes),\n/.exec(text);
        if (sign && new RegExp(`\\b${sign[1]}\\b`, 'i').test(text.slice(0, sign.index))) return `"${sign[1]}" twice`;
        const again = /\b(thanks|thank you) again\b/i.exec(text);
        if (again && !/\bthank/i.test(text.slice(0, again.index))) return '"thanks again" with no thanks before';
        return undefined;
      },
    },
    {
      name: 'no two-word phrase of ours twice in a message (beyond "thank you", "my application", "my interview")',
      run: (r) => {
        const tokens = ourWords(r.message.text, r).toLowerCase().match(/[\p{L}']+/gu) ?? [];
        const seen = new Map<string, number>();
        for (let i = 0; i + 1 < tokens.length; i++) {
          const [a, b] = [tokens[i]!, tokens[i + 1]!];
          if (a === 'x' || b === 'x' || (rules.functionWords.has(a) && rules.functionWords.has(b))) continue;
          const key = `${a} ${b}`;
          if (repeatableBigrams.has(key)) continue;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => `"${k}"`);
        return twice.length > 0 ? `repeated ${twice.join(', ')}` : undefined;
      },
    },
    {
      name: 'no reason wedged between two decision verbs, no stacked causal connectors',
      run: ({ message }) => {
        for (const sentence of message.text.split(/(?<=[.!?])\s+|\n+/)) {
          if (/\b(cancel|withdraw|declin)\w*\b[^.;:]*\b(because|since|as I|as the|as my|for personal reasons|owing to|due to)\b[^.;:]*,? and (to )?(cancel|withdraw|declin)\w*/i.test(sentence)) {
            return `reason between verbs: "${sentence}"`;
          }
          if (/\b(because|since)\b[^.;:]*\b(because|since)\b/i.test(sentence)) return `stacked connectors: "${sentence}"`;
        }
        return undefined;
      },
    },
    {
      name: 'texts and voicemails greet; a voicemail says who is calling and why in its first sentence, with the number',
      run: ({ message, channel, set, scenario }) => {
        if (channel !== 'sms' && channel !== 'voicemail') return undefined;
        if (!opensWithGreeting.test(message.text)) return 'no greeting';
        if (channel === 'sms') return undefined;
        // The greeting ends in a comma and the opening goes on: one sentence.
        const first = `${message.parts.greeting ?? ''} ${(message.parts.opening ?? '').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]}`;
        if (!message.parts.greeting?.endsWith(',') || !message.parts.opening) return 'the greeting and the opening are not one sentence';
        const name = set.facts.candidate.name!;
        if (!first.includes(name) && !/\b(this is|it's|my name is|here)\b/.test(first)) return `who is calling is not in "${first}"`;
        if (!/\b(calling|ringing|phoning|about|regarding|in reply|responding|answering|returning)\b/.test(first)) return `why is not in "${first}"`;
        const phone = set.facts.candidate.phone;
        if (phone && scenario.id !== 'firm-no' && !first.includes(phone)) return 'the callback number is not in the first sentence';
        return undefined;
      },
    },
    {
      name: 'voicemails read no bracket, legal form or written sign-off',
      run: ({ message, channel }) => {
        if (channel !== 'voicemail') return undefined;
        if (/[()[\]]/.test(message.text.replace(/\(\d{3}\) /g, ''))) return 'a bracket read aloud';
        const form = message.facts.company.legalForm;
        if (form && new RegExp(`(?<![\\p{L}])${escape(form)}(?![\\p{L}])`, 'u').test(message.text)) return `legal form "${form}" read aloud`;
        return undefined;
      },
    },
    {
      name: 'no legal form in any text or subject',
      run: ({ message }) => {
        const form = message.facts.company.legalForm;
        if (!form) return undefined;
        return new RegExp(`(?<![\\p{L}])${escape(form)}(?![\\p{L}])`, 'u').test(visible(message)) ? `legal form "${form}"` : undefined;
      },
    },
    {
      name: 'subjects carry the full name, the job reference, and at short notice the day and time',
      run: (r) => {
        const { message, channel, set } = r;
        if (channel !== 'email') return undefined;
        const subject = message.subject ?? '';
        const name = set.facts.candidate.name ?? message.facts.candidate.name;
        if (!subject.includes(name)) return `no full name in "${subject}"`;
        if (set.facts.jobReference && !subject.includes(set.facts.jobReference)) return `no job reference in "${subject}"`;
        const ahead = hoursAhead(r);
        // Where the longer phrasings do not fit in 77 characters, a job reference keeps its place before the day:
        // "Cancellation: name, role (reference)" or "Rescheduling: ...", and the text's first lines say when.
        const compact = set.facts.jobReference !== undefined && /^(Cancellation|Rescheduling): /.test(subject);
        if (ahead !== null && ahead > 0 && ahead < 24 && !compact && !/\b(today|tomorrow)\b/.test(subject)) return `short notice without the day in "${subject}"`;
        return undefined;
      },
    },
    {
      name: 'an interview already held is thanked for, never cancelled; one still ahead is never thanked for as held',
      run: (r) => {
        const ahead = hoursAhead(r);
        if (ahead === null) return undefined;
        const text = r.message.text;
        if (ahead <= 0 && /\b(cancel\w*|won't make|will not attend|can't make|unable to attend|reschedul\w*|move) (my|our|the) interview/i.test(text)) return 'cancels an interview that took place';
        if (ahead > 0 && /\b(thank you|thanks|grateful) for (meeting me|the interview|our interview|interviewing me)\b/i.test(text)) return 'thanks for an interview still to come';
        return undefined;
      },
    },
  ];
}
