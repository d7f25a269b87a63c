// What a reader of any one message would notice, as checks that name the problem: the same list runs over every
// language's matrix, with each language's own words for greetings, sign-offs, apologies and function words.
import { SegmentedMessage } from 'sms-segments-calculator';
import { parsePersonName } from '../../src/messages/facts/person-name.js';
import { everydayCompany } from '../../src/messages/languages/helpers.js';
import { languageVariant, type Honorific } from '../../src/messages/languages/index.js';
import type { Message } from '../../src/messages/schema.js';
import { leftOut, uses, visible, type Rendering } from './matrix.js';

export interface LanguageRules {
  tag: string;
  /** Words too common to count as repetition ("the", "I", "to" ...). */
  functionWords: ReadonlySet<string>;
  /** Openings of letters: never in a LinkedIn message, never followed by an empty name. */
  letterSalutation: RegExp;
  /** A sign-off line of a letter: never in a LinkedIn message. */
  signOff: RegExp;
  /** Greeting words that must not be followed directly by a comma (an empty slot). */
  greetingWords: RegExp;
  /** Words of apology: a sentence with one never carries an exclamation mark. */
  apology: RegExp;
  /** How a subject that fell back (names too long to fit) reads; it need not name the role. */
  subjectFallback: RegExp;
  /** Words that make a declined offer's subject unmistakable. */
  declineWords: RegExp;
  /** Titles that greet on their own at the head of a formal letter ("Madame," in French), where that is the convention. */
  letterTitles?: Partial<Record<Honorific, string>>;
}

/** Fact keys that hold codes or times, not words a reader sees as they were given. */
const codeKeys = new Set(['scenario', 'tone', 'channel', 'language', 'formality', 'honorific', 'format', 'code', 'disclosure', 'at', 'now', 'timeZone', 'phrasingSeed']);

/**
 * The facts' own words (names, company, role, detail, the interview's time as written), which every tone and
 * phrasing shares by design: taken out before counting or spell-checking our words. Each fact counts whole and
 * word by word, so that a greeting's "Dr. Muñoz" or "Priya" is recognised too.
 */
export function factStrings(message: Message, r: Rendering): string[] {
  const strings = new Set<string>();
  const visit = (value: unknown, key = '') => {
    if (typeof value === 'string' && !codeKeys.has(key)) {
      strings.add(value);
      // Names word by word (capitalised words only): a greeting may use one of them alone.
      if (key !== 'detail') for (const word of value.split(/[\s,;:()]+/)) if (/^\p{Lu}.*\p{L}/u.test(word)) strings.add(word.replace(/[^\p{L}.]+$/gu, ''));
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(r.set.facts);
  if (r.set.when) strings.add(r.set.when);
  void message;
  return [...strings].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every fact replaced by a neutral token, so that checks see only our words. */
export function ourWords(text: string, r: Rendering): string {
  let out = text;
  for (const fact of factStrings(r.message, r)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(fact)}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(pattern, 'X');
    const everyday = fact.replace(/,?\s+(Inc\.|Co\.|Corp|LLC|Ltd)$/, '');
    if (everyday !== fact) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(everyday)}(?![\\p{L}\\p{N}])`, 'gu'), 'X');
    // Any language's legal forms (GmbH, S.A.S., S.L. ...): warm and concise prose names a company without them.
    const plain = everydayCompany(fact);
    if (plain !== fact && plain !== everyday) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(plain)}(?![\\p{L}\\p{N}])`, 'gu'), 'X');
  }
  return out;
}

const stem = (word: string) => (word.length > 3 ? word.replace(/(ies|es|s)$/, (m) => (m === 'ies' ? 'y' : '')) : word);

export function repeatedWords(text: string, r: Rendering, rules: LanguageRules): string[] {
  const counts = new Map<string, number>();
  for (const raw of ourWords(text, r).toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    const word = raw.replace(/'s$/, '');
    if (word.length < 3 || rules.functionWords.has(word) || word === 'x') continue;
    const key = stem(word);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 3).map(([w, n]) => `${w} x${n}`);
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /[\p{L}]/u.test(s));

/**
 * Sentences as a reader counts them: a fact's own full stops ("Acme, Inc.", "Bros. Co.") end no sentence, unless the
 * fact ends one (its stop then stands for the sentence's), and a new sentence starts with a capital.
 */
function sentenceCount(text: string, r: Rendering): number {
  let out = text;
  for (const fact of factStrings(r.message, r)) if (fact.includes('.')) out = out.split(fact).join(fact.endsWith('.') ? 'X.' : 'X');
  return out.split(/(?<=[.!?])\s+(?=[\p{Lu}\d¿¡«„"])|\n+/u).filter((s) => /[\p{L}]/u.test(s)).length;
}

export type Check = { name: string; run: (r: Rendering) => string | undefined | false };

/** The checks every rendering must pass, in any language. */
export function checks(rules: LanguageRules): Check[] {
  const helpers = languageVariant(rules.tag).helpers;
  return [
    {
      name: 'no placeholder, empty slot, stray space, doubled stop or mojibake',
      run: ({ message }) => {
        const text = visible(message);
        if (/\{\{|\}\}|\[|\]|undefined|\bnull\b|NaN|\[object Object\]/.test(text)) return 'placeholder';
        if (new RegExp(`${rules.greetingWords.source}\\s+,`, 'u').test(text)) return 'empty greeting';
        if (/ {2}| [,.;]|[,;:]\.|,,|^ | $/m.test(text)) return 'stray space or punctuation';
        if (/(?<!\.)\.\.(?!\.)/.test(text)) return 'doubled full stop';
        if (/u2019|u201[cd]|Ã|Â|â€|\uFFFD/.test(text)) return 'mojibake';
        return undefined;
      },
    },
    {
      name: 'sentences start with a capital, and no word is doubled',
      run: (r) => {
        const text = ourWords(r.message.text, r);
        if (/[.!?] \p{Ll}/u.test(text)) return 'sentence starts in lower case';
        const doubled = /\b(\p{L}{2,}) \1\b/iu.exec(text);
        return doubled ? `doubled word "${doubled[0]}"` : undefined;
      },
    },
    {
      name: 'at most one exclamation mark, and none in an apology',
      run: (r) => {
        const text = ourWords(r.message.text, r);
        const marks = text.split('!').length - 1;
        if (marks > 1) return `${marks} exclamation marks`;
        const shouted = sentences(text).find((s) => s.includes('!') && rules.apology.test(s));
        return shouted ? `exclamation in an apology: "${shouted}"` : undefined;
      },
    },
    {
      name: 'no word of ours three times',
      run: (r) => {
        const repeated = repeatedWords(r.message.text, r, rules);
        return repeated.length > 0 ? repeated.join(', ') : undefined;
      },
    },
    {
      name: 'SMS: within 2 GSM-7 segments (3 when the spelling needs UCS-2), counted independently, plain punctuation',
      run: (r) => {
        const { message, channel } = r;
        if (channel !== 'sms') return undefined;
        if (/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]|\p{Extended_Pictographic}/u.test(message.text)) return 'typographic punctuation';
        // The reference counter is slow (quadratic): it checks the rotations, which hold every phrasing, and a few seeds.
        if (/^(rotation|seed-[0-4]$)/.test(r.phrasing)) {
          const reference = new SegmentedMessage(message.text);
          if (message.stats.smsSegments !== reference.segmentsCount) return `counted ${message.stats.smsSegments}, reference ${reference.segmentsCount}`;
        }
        const limit = message.stats.smsEncoding === 'GSM-7' ? 2 : 3;
        if (message.stats.smsSegments! > limit) return `${message.stats.smsSegments} ${message.stats.smsEncoding} segments`;
        if (message.subject !== undefined) return 'has a subject';
        return undefined;
      },
    },
    {
      name: 'LinkedIn: a direct message of two to four sentences, first names, no letter salutation or sign-off',
      run: (r) => {
        const { message, channel, set } = r;
        if (channel !== 'linkedin') return undefined;
        if ([...message.text].length >= 1000) return 'too long';
        if (message.subject !== undefined || message.html !== undefined) return 'subject or HTML';
        if (rules.letterSalutation.test(message.text)) return 'letter salutation';
        if (rules.signOff.test(message.text)) return 'sign-off block';
        const count = sentenceCount(message.text.split('\n\n').slice(1).join(' '), r);
        if (count < 2 || count > 4) return `${count} sentences`;
        const recipient = set.facts.recipient?.name;
        if (recipient && recipient.includes(' ') && message.parts.greeting?.includes(recipient)) return 'greets by full name';
        return undefined;
      },
    },
    {
      name: 'voicemail: under 45 seconds, no email address, the number said at the start and slowly at the end',
      run: ({ message, channel, set, scenario, tone }) => {
        if (channel !== 'voicemail') return undefined;
        if (message.stats.speakingSeconds! > 45) return `${message.stats.speakingSeconds} s`;
        if (/@|https?:|www\.|[/#*_<>]/.test(message.text)) return 'unspeakable characters';
        const phone = set.facts.candidate.phone;
        if (phone && scenario.id !== 'firm-no') {
          const first = message.text.indexOf(phone);
          if (first < 0 || first > message.text.length / 3) return 'number not given at the start';
          const slow = message.text.lastIndexOf(helpers.slowNumber(phone));
          if (slow < (message.text.length * 2) / 3) return 'number not repeated slowly at the end';
        }
        if (phone && scenario.id === 'firm-no' && message.text.includes(phone)) return 'a callback number in a final no';
        const recipient = set.facts.recipient?.name;
        if ((tone === 'formal' || tone === 'firm') && recipient && recipient.includes(' ') && message.parts.greeting?.includes(recipient)) return 'formal voicemail greets by full name';
        return undefined;
      },
    },
    {
      name: 'email: a one-line subject under 78 characters that names the role, and an HTML body',
      run: ({ message, channel, set, scenario }) => {
        if (channel !== 'email') return undefined;
        const subject = message.subject ?? '';
        if (!subject || subject.length >= 78 || /[\r\n]|^\s|\s$/.test(subject)) return 'bad subject';
        if (!/^\p{Lu}|^\d/u.test(subject) && !subject.startsWith(set.facts.candidate.name!)) return 'subject starts in lower case';
        if (!message.html) return 'no HTML';
        const role = set.facts.role;
        // Only names too long for any phrasing to fit in 77 characters leave the role out (for the fallback).
        const long = (role?.length ?? 0) + set.facts.candidate.name!.length >= 45;
        if (role && uses(scenario, '/role') && !subject.includes(role) && !(long && rules.subjectFallback.test(subject))) return 'subject does not name the role';
        if (scenario.id === 'decline-offer' && !rules.declineWords.test(subject)) return 'subject could read as an acceptance';
        return undefined;
      },
    },
    {
      name: 'names the candidate and the company, and the role when given',
      run: ({ message, set, channel, tone, scenario }) => {
        const { candidate: person, company, role } = set.facts;
        const candidate = { ...person, name: person.name! };
        const text = visible(message);
        const given = candidate.preferredName ?? helpers.givenName(candidate.name) ?? candidate.name;
        // LinkedIn shows who wrote the message; an email signed with a given name has the full name in its subject.
        if (channel !== 'linkedin' && !text.includes(candidate.name) && !(channel === 'email' && text.includes(given)) && !leftOut(message).includes('surname')) {
          return `no candidate name (${candidate.name})`;
        }
        // Every tone names the company without its legal form (a formal letter may add the legal name once).
        const everyday = helpers.everydayCompany(company);
        void tone;
        if (!text.includes(everyday)) return `no company (${everyday})`;
        if (role && uses(scenario, '/role') && !text.includes(role) && !leftOut(message).includes('role')) return 'no role';
        return undefined;
      },
    },
    {
      // The generic closing words may give way in any text; facts only when names are long.
      name: 'keeps every fact in texts of normal length, and says what a long one left out',
      run: ({ message, set }) => {
        const facts = leftOut(message).filter((o) => o !== 'closing');
        if (set.normalLength && facts.length > 0) return `left out: ${facts.join(', ')}`;
        if (leftOut(message).length > 0 && !message.advice.some((a) => a.code === 'sms-shortened' || a.code === 'voicemail-shortened')) return 'left out without saying so';
        return undefined;
      },
    },
    {
      name: 'greets the recipient by name when given, never by an initial',
      run: ({ message, set, channel, tone }) => {
        const greeting = message.parts.greeting ?? '';
        const recipient = set.facts.recipient;
        if (new RegExp(`${rules.greetingWords.source} \\p{Lu}\\.?,`, 'u').test(greeting)) return `greets by an initial: ${greeting}`;
        if (!recipient?.name || leftOut(message).includes('recipientName')) return undefined;
        const names = [recipient.name, recipient.preferredName, helpers.givenName(recipient.name), helpers.titledName(recipient.honorific, recipient.name), helpers.address(parsePersonName(recipient, helpers.locale.startsWith('es') ? 'spanish' : 'default'), recipient.honorific ?? null).full].filter(Boolean) as string[];
        if (recipient.honorific && rules.letterTitles?.[recipient.honorific]) names.push(`${rules.letterTitles[recipient.honorific]},`);
        if (!names.some((n) => greeting.includes(n))) return `greeting without the name: ${greeting}`;
        if (recipient.preferredName && (tone === 'warm' || tone === 'concise' || channel === 'linkedin' || channel === 'sms') && !greeting.includes(recipient.preferredName)) {
          return 'ignores the preferred name';
        }
        return undefined;
      },
    },
    {
      name: "gives the upcoming interview's day and time where the scenario is about it",
      run: ({ message, set, scenario }) => {
        if (!set.when || !uses(scenario, '/interview/at')) return undefined;
        if (message.text.includes(set.when)) return undefined;
        return leftOut(message).includes('interviewTime') ? undefined : `no "${set.when}"`;
      },
    },
    {
      name: 'keeps a private detail private unless the candidate asked to share it',
      run: ({ message, set }) => {
        const reason = set.facts.reason;
        if (!reason?.detail || reason.disclosure === 'specific') return undefined;
        const core = reason.detail.replace(/^I (have|am) /, '').slice(0, 24);
        return visible(message).includes(core) ? 'prints a detail nobody asked to share' : undefined;
      },
    },
    {
      name: 'puts contact details where they belong',
      run: ({ message, set, channel, scenario }) => {
        const { email, phone } = set.facts.candidate;
        const signature = message.parts.signature ?? '';
        if (channel === 'email' && scenario.id !== 'firm-no') {
          if (email && !signature.includes(email)) return 'email address missing from the signature';
          if (phone && !signature.includes(phone)) return 'phone missing from the signature';
        }
        if (channel === 'sms' && email && message.text.includes(email)) return 'an email address in a text';
        return undefined;
      },
    },
  ];
}
