// What every language gives its templates beside the words: names, articles, lists, dates and times, and the
// measures of a spoken message. One implementation per language (en.ts ...), chosen by the resolved tag.
import { parseCompany } from '../facts/company.js';
import { dialledFromAbroad } from '../facts/dialling.js';
import type { ReasonCode } from '../catalogue.js';
import type { PersonName } from '../facts/person-name.js';
import type { InterviewClock } from './time.js';

export type Honorific = 'ms' | 'mr' | 'mx' | 'dr';

/** How a language addresses a person, from their name understood and the honorific the platform gave (or the name carried). */
export interface Address {
  /**
   * Title and family name, for "Dear ..." and a formal greeting ("Ms. de la Cruz", "Frau Dr. Vogel", "Madame Martin",
   * "Dra. Ochoa"); null where the language would need a gender nobody gave, or there is no family name.
   */
  titled: string | null;
  /** The titled form where a preposition or case declines it ("für Herrn Caflisch"); else the same as `titled`. */
  titledOblique: string | null;
  /**
   * The name a greeting uses where no title stands ("Guten Tag Dr. Andrea Vogel", "Buenos días, Guadalupe Ochoa"):
   * the given and family name, with an academic title where the language writes one, and never both Spanish surnames.
   */
  full: string;
  /** French "Maître" (avocats, notaires): greeted by the title alone ("Cher Maître,"), never by first name. */
  byTitle?: boolean;
}

export interface InterviewWords {
  /** "today", "tomorrow", "on Tuesday", "on Tuesday, December 8": how the day is said in running text. */
  day: string;
  /** "3 PM", "3:30 pm", with the zone when it must be named ("3 PM EST"). */
  time: string;
  /** The day and time together: "tomorrow at 3 PM". */
  when: string;
  /** Spanish: `when` after "de", contracted ("del jueves a las 10:00", "de mañana a las 9:00"). */
  whenOf?: string;
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
   * it out, and their view has none. `spoken` (a voicemail) lets a language say a name's symbols as words.
   */
  companyWith?(company: string, spoken?: boolean): Readonly<Record<string, string>>;
  /**
   * The new employer as it follows a preposition, where the language's grammar needs an article that a brand name
   * never has ("an offer from the Cook County Public Defender's Office", but "from NHS Lothian"). Absent, the name.
   */
  newEmployerInProse?(name: string): string;
  /**
   * A role as a voicemail says it, where the written form has abbreviations a speech engine reads letter by letter or
   * not at all (Spanish "Ssr." for semi sénior, "Sr." for sénior). Absent, the written role is said as it stands.
   */
  spokenRole?(role: string): string;
  /**
   * A role and the specialty an ad wrote after a dash ("Medical Assistant – Orthopedics"), joined as the language
   * writes them; `brief` (a voicemail or a text) carries no brackets or dashes. Absent, "Medical Assistant
   * (Orthopedics)" in writing, and the role alone when brief.
   */
  roleWithSpecialty?(role: string, specialty: string, brief: boolean): string;
  /**
   * The name a text message signs with, where the language would rather not sign with the full name as written
   * (English: the name the candidate goes by, when the full name alone would make the text UCS-2). Absent, the full name.
   */
  textName?(person: PersonName): string;
  /**
   * The name a text or a call introduces the candidate by in every tone, where the language's speakers say fewer names
   * than a letter signs with (Spanish: the given name and the first surname, "Soy Facundo Di Pietro", never the middle
   * name). Absent, `textName` or the full name as the tone has it.
   */
  spokenName?(person: PersonName): string | null;
  /**
   * The full name a text keeps when it must be shorter, where the language writes two surnames and a reader knows the
   * person by the first (Spanish "María del Carmen Fernández de Córdoba" of "… Fernández de Córdoba Ruiz"); null
   * when there is no second surname. Absent, a text goes straight from the full name to the given name.
   */
  withoutSecondSurname?(person: PersonName): string | null;
  /**
   * The role as this language's messages write it, from the ad's title with its tags off: abbreviations that would
   * read as something else written out (Spanish "Sr." as "señor"), and, for a candidate who said she is a woman
   * (`gender` "f"), a plain masculine title in the feminine where the language's titles agree (German
   * "Medizincontrollerin" from "Medizincontroller (m/w/d)"). Applied once, when the request is read, to the written and
   * the spoken role, so the facts report the role as the messages name it. Absent, the role as cleaned.
   */
  roleAsWritten?(role: string, gender: 'f' | 'm' | undefined): string;
  /**
   * Whether the role names a function, not a person, so a message applies for the post rather than as it (German
   * "Bewerbung für die Stelle Leitung Haustechnik", not "als Leitung Haustechnik"). Absent, never.
   */
  roleIsFunction?(role: string): boolean;
  /**
   * A written form of address as a voicemail says it, where the letter's abbreviated titles are not what a caller
   * says (German "Herr Prof. Dr. van der Meulen" is said "Herr Professor van der Meulen"). Absent, said as written.
   */
  spokenAddress?(written: string): string;
  /**
   * Whether a formal letter names the company once by its legal name ("bei der Müller Logistik GmbH"): German
   * letters do; recruiters in the other markets never read a legal form in a candidate's message.
   */
  readonly legalNameInLetters?: boolean;
  list(items: readonly string[]): string;
  /** How to address a person whose name is understood, with the honorific given (never guessed). */
  address(person: PersonName, honorific: Honorific | null): Address;
  /**
   * With formal address, the given name a personal greeting uses in place of the name the person goes by, where the
   * language greets by a nickname only with informal address (Spanish: "Hola, María Florencia:" with usted, "Hola,
   * Flor:" with vos). Absent, the preferred name is used with every form of address.
   */
  formalGivenName?(person: PersonName): string | null;
  /** The given name to greet someone by, from a full name: never an initial ("J. Robert Smith" is Robert). */
  givenName(name: string): string | null;
  /** Title and surname from a full name ("Ms Shah", "Frau Dr. Weber"); null where no title is given or known. */
  titledName(honorific: Honorific | undefined, name: string): string | null;
  /**
   * Hours at which a greeting by the clock changes: afternoon from `afternoon`, evening from `evening`. Before
   * `afternoon` it is morning, from midnight: a text or voicemail left in the small hours is read in the morning.
   */
  readonly dayparts: { afternoon: number; evening: number };
  /** The words for an interview's format where a template names it ("video", "in-person"). */
  readonly formatWords: Readonly<Record<'phone' | 'video' | 'onsite', string>>;
  /** The name of a company as it is said in prose, without its legal form ("Brightline Analytics"). */
  everydayCompany(name: string): string;
  /**
   * A candidate's own reason, shaped to follow the word for "because" in a sentence the templates write. `day` is the
   * interview's day word ("tomorrow"), which that sentence says already, for a language that keeps the reason from
   * saying it again. `code` is the reason's code: a language may shape an offer the candidate describes (code
   * `another-offer`) as the offer itself rather than as its cause.
   */
  becauseClause(detail: string, day?: string | null, code?: ReasonCode | null): string;
  /**
   * Clock times in the candidate's own words (their availability, their reason) written as the language writes the
   * interview's time ("after 1 p.m." as "after 1 PM" beside "9 AM"). Absent, their words as typed.
   */
  houseTimes?(text: string): string;
  /** `spoken` (a voicemail): a language whose written time names its zone in brackets says it another way. */
  interviewWords(clock: InterviewClock, spoken?: boolean): InterviewWords;
  /** A phone number as it is read out slowly: digit by digit, in the groups it was written in. */
  slowNumber(phone: string): string;
  /**
   * The phone number as a voicemail first says it: a number of the market's own country in the national form its
   * speakers dictate ("06 12 34 56 78", not "+33 6 ..."). Absent: the number as written.
   */
  spokenNumber?(phone: string): string;
  /** The market's own country calling code ("33"), where a voicemail must never read it out ("plus 33 ..."). */
  readonly callingCode?: string;
  /**
   * Spanish: a day or a time after "de", contracted before the article ("del jueves", "de mañana"), for `whenOf` and
   * for the day alone when fitting a text drops the hour.
   */
  afterDe?(when: string): string;
  /** The word a voice says for the "+" of a country code ("plus", "más"). */
  readonly plusWord: string;
  /**
   * A number with its country code read slowly to a listener abroad, as the language dictates one: French says the
   * groups as numbers ("plus 32, 478, 12, 34, 56"). Absent: digit by digit in the groups written.
   */
  slowAbroad?(phone: string): string;
  /** Estimated seconds to read a voicemail script aloud at a calm pace. */
  speakingSeconds(text: string): number;
}

/** Words a given name is never made of: initials ("J.", "J.R."). */
export const isInitial = (word: string) => /^(\p{Lu}\.?|(\p{Lu}\.){2,})$/u.test(word);

/** The given names without initials ("J. Robert" is Robert): the name a formal message goes by, never a nickname. */
export const givenWithoutInitials = (person: PersonName): string | null =>
  person.given
    ?.split(/\s+/)
    .filter((w) => !isInitial(w))
    .join(' ') || null;

/** A company's name without its legal form ("Brightline Analytics" of "Brightline Analytics, Inc."). */
export function everydayCompany(name: string): string {
  return parseCompany(name).name;
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

/**
 * A number read slowly in the groups written, each group said as a number ("plus 32, 478, 12, 34, 56"), as French
 * dictates one; a number written in one block, or in groups too long to say as numbers, digit by digit.
 */
export function slowGroups(phone: string, plusWord: string): string {
  const { plus, groups } = phoneGroups(phone);
  if (groups.length < 3 || groups.some((g) => g.length > 4)) return slowDigits(phone, plusWord);
  return `${plus ? `${plusWord} ` : ''}${groups.join(', ')}`;
}

/**
 * The callback number as a voicemail says it, first (`spoken`) and again slowly at the end (`slow`): in the national
 * form the language knows, unless the listener, in the interview's zone, is in another country than the number, who
 * can dial it only with its country code ("más 5 7, 3 1 0, …" to a recruiter in Santiago from a Colombian mobile).
 * A variant of no one country (es-419, no `callingCode`) with no interview zone cannot know the listener's country, so
 * a number written with its country code keeps it: a Bogotá reader failed "310 555 0192" left for a Chilean company.
 */
export function voicemailNumber(
  h: Pick<LanguageHelpers, 'spokenNumber' | 'slowNumber' | 'plusWord' | 'slowAbroad' | 'callingCode'>,
  phone: string,
  listenerZone: string | null | undefined,
): { spoken: string; slow: string } {
  const unknownListener = !listenerZone && h.callingCode === undefined && /^\s*(?:\+|00)/.test(phone);
  if (unknownListener || dialledFromAbroad(phone, listenerZone)) return { spoken: phone, slow: h.slowAbroad?.(phone) ?? slowDigits(phone, h.plusWord) };
  return { spoken: h.spokenNumber?.(phone) ?? phone, slow: h.slowNumber(phone) };
}

/**
 * How a country's numbers are said at home: its calling code, the trunk prefix a national number starts with, and the
 * digit groups its speakers dictate, from the national digits (trunk prefix included). `group` answers null for a
 * number it does not know the shape of, which is then read as written.
 */
export interface NumberingPlan {
  readonly callingCode: string;
  readonly trunk: string;
  /**
   * `written` is the national number in the groups the candidate wrote (trunk prefix on the first): where area codes
   * vary in length, as in German-speaking countries, the first group is the only sign of where the area code ends.
   */
  group(national: string, written: readonly string[]): string[] | null;
}

/**
 * A number of the plan's country in national groups ("+33 6 12 34 56 78" is ["06", "12", "34", "56", "78"]), whether
 * it was written in the international form (+ or 00) or already nationally; null for any other country's number.
 */
export function nationalGroups(phone: string, plan: NumberingPlan): string[] | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D+/g, '');
  const international = trimmed.startsWith('+') ? digits : trimmed.startsWith('00') ? digits.slice(2) : null;
  let national: string;
  let written = trimmed.split(/\D+/).filter(Boolean);
  if (international !== null) {
    if (!international.startsWith(plan.callingCode)) return null;
    national = plan.trunk + international.slice(plan.callingCode.length).replace(/^0/, '');
    // The groups after the country code, without a "(0)" written between them and the area code.
    const first = written[0]!.replace(/^00/, '');
    written = first === plan.callingCode ? written.slice(1) : [first.slice(plan.callingCode.length), ...written.slice(1)];
    if (written[0] === '0') written = written.slice(1);
    written = written.length === 0 ? [national] : [plan.trunk + written[0]!.replace(/^0/, ''), ...written.slice(1)];
  } else {
    if (!digits.startsWith(plan.trunk)) return null;
    national = digits;
  }
  return plan.group(national, written);
}

/** Cuts digits into groups of the given sizes, the last taking what remains; null when the lengths do not add up. */
export function cut(digits: string, sizes: readonly number[]): string[] | null {
  if (sizes.reduce((a, b) => a + b, 0) !== digits.length) return null;
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(digits.slice(at, at + size));
    at += size;
  }
  return out;
}

/** What a speaker says: each word with a letter, and each digit of a number on its own ("555" is three words). */
export function spokenWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}'’-]*\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const digits = text.match(/\d/g)?.length ?? 0;
  return words + digits;
}
