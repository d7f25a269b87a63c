// A message read once for every rule: its visible text, our words with the facts taken out, its sentences, and the
// language's words and helpers. Building this once per message keeps a check of thousands of renderings fast.
import { everydayCompany } from '../languages/helpers.js';
import { languageVariant, resolveLanguage, type LanguageHelpers } from '../languages/index.js';
import type { CheckInput, LanguageWords } from './types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The facts as the text may show them: whole, word by word for names, without legal forms, as a clause begins. */
export function factStrings(input: CheckInput, helpers: Pick<LanguageHelpers, 'everydayCompany' | 'companyWith' | 'spokenNumber'>): { all: string[]; withoutTime: string[] } {
  const f = input.facts;
  const names = [f.candidate.name, f.candidate.preferredName, f.recipient?.name, f.recipient?.preferredName, f.referral];
  const companies = [f.company, f.companyEveryday, f.newEmployer, f.newEmployerEveryday];
  const strings = new Set<string>();
  const add = (s: string | undefined) => {
    if (s && s.trim().length > 1) strings.add(s.trim());
  };
  for (const s of [...names, ...companies, f.role, f.candidate.email, f.candidate.phone, ...(f.other ?? [])]) add(s);
  if (f.candidate.phone && helpers.spokenNumber) add(helpers.spokenNumber(f.candidate.phone));
  for (const c of companies) {
    if (c) {
      add(everydayCompany(c));
      add(helpers.everydayCompany(c));
      add(c.replace(/,?\s+(Inc\.|Co\.|Corp|LLC|Ltd)$/, ''));
      for (const form of companyForms(c, helpers)) add(form);
    }
  }
  // A family name with its particles is a fact as a whole ("Ms. de la Cruz": "de" starts no sentence of ours).
  for (const s of names) {
    if (!s) continue;
    const words = s.trim().split(/\s+/);
    for (let i = 1; i < words.length - 1; i++) if (/^\p{Ll}/u.test(words[i]!)) add(words.slice(i).join(' '));
  }
  // A greeting may use one word of a name ("Priya", "Dr. Muñoz"): capitalised words of names and companies count.
  for (const s of [...names, ...companies, f.role, ...(f.other ?? [])]) {
    if (s) for (const word of s.split(/[\s,;:()]+/)) if (/^\p{Lu}.*\p{L}/u.test(word)) add(word.replace(/[^\p{L}.]+$/gu, ''));
  }
  if (f.reasonDetail) {
    const detail = f.reasonDetail.text.trim().replace(/[.!;,:\s]+$/u, '');
    add(detail);
    // A clause after "because" starts in lower case.
    add(detail.charAt(0).toLowerCase() + detail.slice(1));
  }
  const withoutTime = [...strings].sort((a, b) => b.length - a.length);
  if (f.interviewWhen) strings.add(f.interviewWhen);
  // Spanish contracts "de" with the day's article ("la entrevista del jueves a las 10:00 a.m."): still the fact.
  if (f.interviewWhen?.startsWith('el ')) strings.add(`del ${f.interviewWhen.slice(3)}`);
  return { all: [...strings].sort((a, b) => b.length - a.length), withoutTime };
}

/**
 * A company's name as the language declines it, without its preposition and article: German declines a name by its
 * head noun ("bei den Stadtwerken Bonn", "zur Hanseatischen Logistik GmbH"), and the name is still the fact.
 */
export function companyForms(company: string, helpers: Pick<LanguageHelpers, 'everydayCompany' | 'companyWith'>, everyday = true): string[] {
  if (!helpers.companyWith) return [];
  const names = everyday ? [company, helpers.everydayCompany(company)] : [company];
  // Written and spoken (a voicemail says a name's "&" as a word where its language does).
  const forms = (name: string) => [...Object.values(helpers.companyWith!(name)), ...Object.values(helpers.companyWith!(name, true))];
  return [...new Set(names.flatMap((name) => forms(name).map((form) => form.slice(Math.max(0, form.search(/[\p{Lu}\p{N}]/u))))))].filter((form) => form.length > 1);
}

function masker(facts: readonly string[]): (text: string) => string {
  if (facts.length === 0) return (t) => t;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${facts.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(pattern, 'X');
}

/** Sentences as a reader meets them: split after . ! ? and at line breaks. */
export const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /\p{L}/u.test(s));

/** Every word of letters (with apostrophes), lower-cased. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];

export interface Reading {
  input: CheckInput;
  tag: string;
  words: LanguageWords;
  helpers: LanguageHelpers;
  /** What the reader sees: the subject (if any), then the text. */
  visible: string;
  /** The text with every fact replaced by "X". */
  ours: string;
  /** The subject and text with every fact replaced by "X". */
  oursVisible: string;
  /** The subject, then the text, facts replaced but the interview's time as written kept (calques live there too). */
  oursWithTime: readonly string[];
  /** Fact strings, longest first. */
  facts: readonly string[];
  /** The text with the facts' own full stops hidden ("Acme, Inc." ends no sentence). */
  sentenceText: string;
}

export function read(input: CheckInput, words: LanguageWords): Reading {
  const resolved = resolveLanguage(input.message.language);
  const variant = resolved.ok ? resolved.variant : languageVariant(input.message.language);
  const helpers = variant.helpers;
  const { all, withoutTime } = factStrings(input, helpers);
  const mask = masker(all);
  const maskKeepingTime = masker(withoutTime);
  const { subject, text } = input.message;
  const visible = subject ? `${subject}\n${text}` : text;
  let sentenceText = text;
  for (const fact of all) if (fact.includes('.')) sentenceText = sentenceText.split(fact).join(fact.endsWith('.') ? 'X.' : 'X');
  return {
    input,
    tag: variant.tag,
    words,
    helpers,
    visible,
    ours: mask(text),
    oursVisible: mask(visible),
    oursWithTime: [subject, text].filter((s): s is string => s !== undefined).map(maskKeepingTime),
    facts: all,
    sentenceText,
  };
}
