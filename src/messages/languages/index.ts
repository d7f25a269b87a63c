// The languages the service writes in, as BCP 47 tags, and how any tag a platform sends resolves to one of them:
// CLDR's language matching (through @formatjs/intl-localematcher) picks the closest variant of the same language,
// so en resolves to en-US and en-AU, en-IE, en-IN or en-NZ to en-GB (CLDR groups them under en-001).
import { match } from '@formatjs/intl-localematcher';
import { deAT, deCH, deDE } from './de.js';
import { enGB, enUS } from './en.js';
import { es419, esES, esMX } from './es.js';
import { frBE, frCA, frCH, frFR } from './fr.js';
import type { LanguageHelpers } from './helpers.js';
import { memo } from './time.js';

export type { Honorific, LanguageHelpers } from './helpers.js';

/** Languages with a folder of templates under templates/. */
export const writtenLanguages = ['en', 'de', 'es', 'fr'] as const;
export type WrittenLanguage = (typeof writtenLanguages)[number];

/**
 * The keys a language's templates use for formal and informal address, written as its speakers name them. English
 * has none: it ignores `formality`.
 */
export const formalityKeys: Partial<Record<WrittenLanguage, { formal: string; informal: string }>> = {
  de: { formal: 'Sie', informal: 'du' },
  es: { formal: 'usted', informal: 'tú' },
  fr: { formal: 'vous', informal: 'tu' },
};

export interface LanguageVariant {
  /** The tag the answer names ("en-GB"). */
  tag: string;
  language: WrittenLanguage;
  /** Which compiled set of templates it uses: variants that spell differently compile their own. */
  orthography: string;
  /** Whether the language distinguishes formal and informal address (Sie/du, vous/tu, usted/tú). */
  formality: boolean;
  helpers: LanguageHelpers;
}

export const languageVariants: readonly LanguageVariant[] = [
  { tag: 'en-US', language: 'en', orthography: 'en-US', formality: false, helpers: enUS },
  { tag: 'en-GB', language: 'en', orthography: 'en-GB', formality: false, helpers: enGB },
  // de-AT has its own words where Austrians write otherwise ("Grüß Gott" on the phone, "Referenznummer") and its
  // dates through Intl ("Jänner"); de-CH writes "ss" for "ß" and Swiss words ("Lohn") (templates/de/dialects.yaml).
  { tag: 'de-DE', language: 'de', orthography: 'de-DE', formality: true, helpers: deDE },
  { tag: 'de-AT', language: 'de', orthography: 'de-AT', formality: true, helpers: deAT },
  { tag: 'de-CH', language: 'de', orthography: 'de-CH', formality: true, helpers: deCH },
  // One spelling for every Spanish: the variants differ only in how their helpers write the time.
  { tag: 'es-ES', language: 'es', orthography: 'es', formality: true, helpers: esES },
  { tag: 'es-MX', language: 'es', orthography: 'es', formality: true, helpers: esMX },
  { tag: 'es-419', language: 'es', orthography: 'es', formality: true, helpers: es419 },
  // Belgian and Swiss French spell as France does; Quebec has its own words (templates/fr/dialects.yaml).
  { tag: 'fr-FR', language: 'fr', orthography: 'fr-FR', formality: true, helpers: frFR },
  { tag: 'fr-BE', language: 'fr', orthography: 'fr-FR', formality: true, helpers: frBE },
  { tag: 'fr-CH', language: 'fr', orthography: 'fr-FR', formality: true, helpers: frCH },
  { tag: 'fr-CA', language: 'fr', orthography: 'fr-CA', formality: true, helpers: frCA },
];

/**
 * Regions CLDR's matching sends elsewhere than their spelling does: Liechtenstein writes Swiss German ("ss"), but
 * CLDR matches de-LI to de-DE.
 */
const sameAs: Readonly<Record<string, string>> = { 'de-LI': 'de-CH' };

export const defaultLanguageTag = 'en-US';
export const languageTags = languageVariants.map((v) => v.tag);
const byTag = new Map(languageVariants.map((v) => [v.tag, v]));
export const orthographies = [...new Set(languageVariants.map((v) => v.orthography))];

export function languageVariant(tag: string): LanguageVariant {
  return byTag.get(tag) ?? byTag.get(defaultLanguageTag)!;
}

const englishNames = new Intl.DisplayNames('en', { type: 'language' });
/** "English (United States)", for discovery. */
export function languageName(tag: string): { name: string; nativeName: string } {
  return { name: englishNames.of(tag) ?? tag, nativeName: new Intl.DisplayNames(tag, { type: 'language' }).of(tag) ?? tag };
}

export type Resolved = { ok: true; variant: LanguageVariant } | { ok: false; problem: 'malformed' | 'unsupported' };

/**
 * A tag (any case, any region) to the variant the service writes; malformed tags and other languages are refused.
 * CLDR matching costs more than the rest of a render, and platforms send a handful of tags: the answers are kept.
 */
export const resolveLanguage: (tag: string) => Resolved = memo(resolveUncached, 256);

function resolveUncached(tag: string): Resolved {
  let canonical: string;
  let language: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!;
    language = new Intl.Locale(canonical).language;
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const candidates = languageTags.filter((t) => t.startsWith(`${language}-`));
  if (candidates.length === 0) return { ok: false, problem: 'unsupported' };
  const region = new Intl.Locale(canonical).maximize().region;
  const same = sameAs[`${language}-${region}`];
  if (same) return { ok: true, variant: byTag.get(same)! };
  return { ok: true, variant: byTag.get(match([canonical], candidates, candidates[0]!, { algorithm: 'best fit' }))! };
}

/**
 * The first language of an Accept-Language list (already ordered by q-value) that the service writes; the default
 * when none is. Ranges it cannot read are skipped, as RFC 9110 lets a server do.
 */
export function negotiateLanguage(ranges: readonly string[]): LanguageVariant {
  for (const range of ranges) {
    if (range === '*') break;
    const resolved = resolveLanguage(range);
    if (resolved.ok) return resolved.variant;
  }
  return byTag.get(defaultLanguageTag)!;
}
