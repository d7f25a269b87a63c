// What every language gives its templates beside the words: names, articles, lists, dates and times, and the
// measures of a spoken message. One implementation per language (en.ts ...), chosen by the resolved tag.
import type { InterviewClock } from './time.js';

export type Honorific = 'ms' | 'mr' | 'mx' | 'dr';

export interface InterviewWords {
  /** "today", "tomorrow", "on Tuesday", "on Tuesday, December 8": how the day is said in running text. */
  day: string;
  /** "3 PM", "3:30 pm", with the zone when it must be named ("3 PM EST"). */
  time: string;
  /** The day and time together: "tomorrow at 3 PM". */
  when: string;
}

export interface LanguageHelpers {
  /** The BCP 47 tag whose conventions Intl formats with ("en-US"). */
  readonly locale: string;
  /** A noun phrase with its indefinite article, where the language puts one ("an MBA intern", "a UX designer"). */
  withArticle(noun: string): string;
  possessive(name: string): string;
  /**
   * A company's name with the article its legal form needs after each preposition or case the templates use, for
   * languages whose article agrees with case (German: "bei der Müller Logistik GmbH", "bei Globex"). Others leave
   * it out, and their view has none.
   */
  companyWith?(company: string): Readonly<Record<string, string>>;
  list(items: readonly string[]): string;
  /** The given name to greet someone by: never an initial ("J. Robert Smith" is Robert); null when there is none. */
  givenName(name: string): string | null;
  /** Title and surname ("Ms Shah", "Dr. Okafor"); null for `mx` and without an honorific, where no title is guessed. */
  titledName(honorific: Honorific | undefined, name: string): string | null;
  /**
   * The full name as a greeting writes it where no title is, when that differs from the name as given (French drops
   * an abbreviated title such as "Dr" from "Bonjour Jean-Marc Lefèvre,"); without it, the name as given.
   */
  greetingName?(name: string): string;
  /** The words for an interview's format where a template names it ("video", "in-person"). */
  readonly formatWords: Readonly<Record<'phone' | 'video' | 'onsite', string>>;
  /** The name of a company as it is said in friendly prose, without its legal form ("Brightline Analytics"). */
  everydayCompany(name: string): string;
  /** A candidate's own reason, shaped to follow the word for "because" in a sentence the templates write. */
  becauseClause(detail: string): string;
  interviewWords(clock: InterviewClock): InterviewWords;
  /** A phone number as it is read out slowly: digit by digit, in the groups it was written in. */
  slowNumber(phone: string): string;
  /** Estimated seconds to read a voicemail script aloud at a calm pace. */
  speakingSeconds(text: string): number;
}

/** Words a given name is never made of: initials ("J.", "J.R."). */
export const isInitial = (word: string) => /^(\p{Lu}\.?|(\p{Lu}\.){2,})$/u.test(word);

/** Legal forms that friendly prose leaves out. Only at the end, and only when a name remains before them. */
const legalForm =
  /(?:,?\s+(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|Co\.?|Corp\.?|Corporation|PLC|plc|LLP|L\.P\.|LP|Pty\.? Ltd\.?|GmbH(?: & Co\.? KG)?|AG|KG|e\.V\.|S\.A\.S\.|SAS|SARL|S\.A\.R\.L\.|S\.A\.|SA|S\.L\.|SL|S\.p\.A\.|SpA|S\.r\.l\.|B\.V\.|BV|N\.V\.|NV|Oy|AB|ApS|AS|A\/S|S\.A\. de C\.V\.|S\. de R\.L\.|S\.A\.B\. de C\.V\.|S\.A\.P\.I\. de C\.V\.|S\. de R\.L\. de C\.V\.|S\.A\.U\.|S\.L\.U\.|S\.L\.L\.|S\. Coop\.|Ltda\.?|S\.A\.C\.|S\.R\.L\.|SRL))+$/;

export function everydayCompany(name: string): string {
  const short = name.replace(legalForm, '');
  // "Co." alone is a name ("Co. Op Bakery" aside): keep the name when nothing, or only punctuation, would remain.
  return /[\p{L}\p{N}]/u.test(short) ? short : name;
}

/** Splits a phone number into the digit groups the candidate wrote, keeping a leading "+". */
function phoneGroups(phone: string): { plus: boolean; groups: string[] } {
  const plus = phone.trim().startsWith('+');
  const groups = phone.split(/[^0-9]+/).filter(Boolean);
  return { plus, groups };
}

/**
 * A number read slowly for someone noting it down: the language's word for "+", then each digit on its own, a pause
 * (a comma) between the groups as written ("plus 1, 5 5 5, 0 1 0 0"), whichever way the language reads numbers.
 */
export function slowDigits(phone: string, plusWord: string): string {
  const { plus, groups } = phoneGroups(phone);
  return `${plus ? `${plusWord} ` : ''}${groups.map((g) => g.split('').join(' ')).join(', ')}`;
}

/** What a speaker says: each word with a letter, and each digit of a number on its own ("555" is three words). */
export function spokenWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}'’-]*\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const digits = text.match(/\d/g)?.length ?? 0;
  return words + digits;
}
