// The test side of the language registry (src/messages/languages/registry.ts): each written language's fact sets,
// tone markers, spelling flags and suites of its own, and each variant's matrix plan. The content matrices are made
// from these; test/content/parity.test.ts fails when a language or variant lacks any of them.
//
// How coverage is kept within the suite's time: every variant renders every scenario, tone, channel and form of
// address with the three rotations, which between them render every alternative of every piece in its own compiled
// catalogue (test/content/parity.test.ts checks no piece offers more than three). Variants with words of their own
// (a language's default, en-GB, de-CH, es-419, fr-CA) render every fact set of the language; variants whose words
// are still another's (de-AT, es-MX, es-AR, fr-BE, fr-CH) one set per branch the templates take (every optional
// fact, none, short notice, an interview already held): when their writers give them words of their own, they move
// to every set. Seeds only mix alternatives as candidates meet them: the default variant gets the most.
import type { Formality } from '../../src/messages/catalogue.js';
import type { WrittenLanguage } from '../../src/messages/languages/index.js';
import type { ToneRules } from './describe-tones.js';
import { americanOnly, britishOnly, englishTones } from './english.js';
import { germanFactSets } from './facts-de.js';
import { englishFactSets } from './facts-en.js';
import { spanishFactSets } from './facts-es.js';
import { frenchFactSets } from './facts-fr.js';
import { now, type FactSet, type Rendering } from './matrix.js';
import { germanTones } from './rules-de.js';
import { spanishTones } from './rules-es.js';
import { frenchTones } from './rules-fr.js';
import { englishSuites } from './suites-en.js';
import { germanSuites } from './suites-de.js';
import { spanishSuites } from './suites-es.js';
import { frenchSuites } from './suites-fr.js';

/** A variant's matrix, built on first use: one per form of address it renders. */
export type MatrixOf = (formality: Formality) => readonly Rendering[];

export interface LanguageTests {
  factSets(tag: string): FactSet[];
  tones: ToneRules;
  /** Words a variant's dictionary accepts that it must never print (British spellings in en-US). */
  flagWords?(tag: string): string[];
  /** Match case and accents exactly: in Spanish a missing accent is a misspelling ("podria"). */
  caseSensitiveSpelling?: boolean;
  /** A sentence with known misspellings in this language, and how many: the spelling check itself works. */
  misspelt: { text: string; count: number };
  /** Suites of the language's own (forms of address, typography ...), registered in each variant's file. */
  suites?(tag: string, matrix: MatrixOf): void;
  /**
   * Words that would say a private reason's kind (health, illness, family): never printed unless the candidate chose
   * the `specific` disclosure, whatever else a reading asks for (PRODUCT.md, privacy and truth).
   */
  privateWords: RegExp;
}

/** Seeds per form of address; every variant renders the three rotations of every form besides. */
export interface VariantPlan {
  formal: number;
  informal?: number;
  /**
   * `all` the language's fact sets; `branches` one set for each branch the templates take (every optional fact, none,
   * short notice, an interview already held), for variants whose words are their parent's or base's today.
   */
  sets: 'all' | 'branches';
}

/** One fact set per branch of the templates: every optional fact, none, short notice, an interview already held. */
export function branchSets(sets: readonly FactSet[]): FactSet[] {
  const ahead = (s: FactSet) => (s.facts.interview?.at ? Date.parse(s.facts.interview.at) - Date.parse(s.facts.now ?? now) : undefined);
  const branches: ((s: FactSet) => boolean)[] = [
    (s) => Boolean(s.facts.referral && s.facts.newEmployer && s.facts.requestNoFurtherContact),
    (s) => s.facts.recipient === undefined && s.facts.interview === undefined,
    (s) => (ahead(s) ?? -1) > 0 && ahead(s)! < 24 * 3_600_000,
    (s) => (ahead(s) ?? 1) < 0,
  ];
  const chosen: FactSet[] = [];
  for (const branch of branches) {
    const set = sets.find((s) => branch(s) && !chosen.includes(s)) ?? sets.find(branch);
    if (set && !chosen.includes(set)) chosen.push(set);
  }
  return chosen;
}

export const languageTests: Record<WrittenLanguage, LanguageTests> = {
  en: {
    factSets: englishFactSets,
    tones: englishTones,
    flagWords: (tag) => (tag === 'en-US' ? britishOnly : americanOnly),
    misspelt: { text: 'I apologise for the recieved delay, I apologize.', count: 2 },
    suites: englishSuites,
    privateWords: /health|medical|\bill\b|illness|unwell|sick|family|hospital/i,
  },
  de: {
    factSets: () => germanFactSets(),
    tones: germanTones,
    flagWords: (tag) => (tag === 'de-CH' ? ['Grüße', 'Grüßen', 'außerdem', 'weiß'] : []),
    misspelt: { text: 'Ich bedanke mich für das Gesprräch.', count: 1 },
    suites: germanSuites,
    privateWords: /gesundheit|krank|ärzt|arzt|famili|spital|klinik/i,
  },
  es: {
    factSets: spanishFactSets,
    tones: spanishTones,
    caseSensitiveSpelling: true,
    misspelt: { text: 'Lamento la entrebista; no podria ir.', count: 2 },
    suites: spanishSuites,
    privateWords: /\bsalud\b|enferm|médic|famili|hospital/i,
  },
  fr: {
    factSets: () => frenchFactSets(),
    tones: frenchTones,
    misspelt: { text: 'Je vous remercie de votre comprehension et de votre patiance.', count: 2 },
    suites: frenchSuites,
    privateWords: /santé|malad|médic|famil|hôpital/i,
  },
};

export const variantPlans: Record<string, VariantPlan> = {
  'en-US': { formal: 4, sets: 'all' },
  'en-GB': { formal: 2, sets: 'all' },
  'de-DE': { formal: 3, informal: 1, sets: 'all' },
  'de-AT': { formal: 0, informal: 0, sets: 'branches' },
  // Its own spelling.
  'de-CH': { formal: 0, informal: 0, sets: 'all' },
  'es-ES': { formal: 3, informal: 1, sets: 'all' },
  'es-MX': { formal: 0, informal: 0, sets: 'branches' },
  // The parent of es-MX and es-AR: its words are theirs.
  'es-419': { formal: 0, informal: 0, sets: 'all' },
  'es-AR': { formal: 0, informal: 0, sets: 'branches' },
  'fr-FR': { formal: 3, informal: 1, sets: 'all' },
  'fr-BE': { formal: 0, informal: 0, sets: 'branches' },
  'fr-CH': { formal: 0, informal: 0, sets: 'branches' },
  // Its own words.
  'fr-CA': { formal: 0, informal: 0, sets: 'all' },
};

/** The fact sets a variant's matrix renders. */
export function factSetsOf(tag: string, language: WrittenLanguage): FactSet[] {
  const sets = languageTests[language].factSets(tag);
  return variantPlans[tag]?.sets === 'branches' ? branchSets(sets) : sets;
}

/** The rotations every matrix renders: at least as many as any piece has alternatives. */
export const rotations = 3;
