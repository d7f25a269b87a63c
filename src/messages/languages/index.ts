// The languages the service writes in, as BCP 47 tags, and how any tag a platform sends resolves to one of them:
// CLDR's language matching (through @formatjs/intl-localematcher) picks the closest variant of the same language,
// so en resolves to en-US and en-AU, en-IE, en-IN or en-NZ to en-GB (CLDR groups them under en-001).
import { match } from '@formatjs/intl-localematcher';
import type { LanguageHelpers } from './helpers.js';
import { languageRegistry, type LanguageEntry, type VariantEntry, type WrittenLanguage } from './registry.js';
import { memo } from './time.js';

export type { Honorific, LanguageHelpers } from './helpers.js';
export { languageRegistry, type LanguageEntry, type VariantEntry, type WrittenLanguage } from './registry.js';

/** Languages with a folder of templates under templates/, as the registry lists them. */
export const writtenLanguages: readonly WrittenLanguage[] = languageRegistry.map((entry) => entry.language);

/**
 * The keys a language's templates use for formal and informal address, written as its speakers name them. English
 * has none: it ignores `formality`.
 */
export const formalityKeys: Partial<Record<WrittenLanguage, { formal: string; informal: string }>> = Object.fromEntries(
  languageRegistry.flatMap((entry: LanguageEntry) => (entry.formality ? [[entry.language, entry.formality]] : [])),
);

export interface LanguageVariant {
  /** The tag the answer names ("en-GB"). */
  tag: string;
  language: WrittenLanguage;
  /** Which compiled set of templates it uses: every variant compiles its own, named by its tag. */
  orthography: string;
  /** Its tag, then the parents whose template keys it inherits, nearest first ("es-MX", "es-419"). */
  chain: readonly string[];
  /** Whether the language distinguishes formal and informal address (Sie/du, vous/tu, usted/tú). */
  formality: boolean;
  helpers: LanguageHelpers;
  /** What sets it apart from the other variants of its language. */
  distinguishes: string;
}

export const languageVariants: readonly LanguageVariant[] = languageRegistry.flatMap((entry: LanguageEntry) =>
  entry.variants.map((v: VariantEntry) => ({
    tag: v.tag,
    language: entry.language as WrittenLanguage,
    orthography: v.tag,
    chain: [v.tag, ...v.parents],
    formality: entry.formality !== undefined,
    helpers: v.helpers,
    distinguishes: v.distinguishes,
  })),
);

/** Regions CLDR's matching sends elsewhere than their writing does (de-LI writes Swiss German, es-UY Argentina's). */
const sameAs: Readonly<Record<string, string>> = Object.fromEntries(
  languageRegistry.flatMap((entry: LanguageEntry) => entry.variants.flatMap((v: VariantEntry) => (v.aliases ?? []).map((alias) => [alias, v.tag]))),
);

export const defaultLanguageTag = 'en-US';
export const languageTags = languageVariants.map((v) => v.tag);
const byTag = new Map(languageVariants.map((v) => [v.tag, v]));
export const orthographies = [...new Set(languageVariants.map((v) => v.orthography))];

export function languageVariant(tag: string): LanguageVariant {
  return byTag.get(tag) ?? byTag.get(defaultLanguageTag)!;
}

/** A variant's tag and the parents whose template keys it inherits; an unknown tag is its own chain. */
export function variantChain(tag: string): readonly string[] {
  return byTag.get(tag)?.chain ?? [tag];
}

/** The registry entry of a written language. */
export function languageEntry(language: string): LanguageEntry | undefined {
  return (languageRegistry as readonly LanguageEntry[]).find((entry) => entry.language === language);
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
  const entry = languageEntry(language);
  if (!entry) return { ok: false, problem: 'unsupported' };
  const candidates = entry.variants.map((v) => v.tag);
  const region = new Intl.Locale(canonical).maximize().region;
  const same = sameAs[`${language}-${region}`];
  if (same) return { ok: true, variant: byTag.get(same)! };
  return { ok: true, variant: byTag.get(match([canonical], candidates, entry.defaultVariant, { algorithm: 'best fit' }))! };
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

/** The other tags the registry names as resolving to a variant (CLDR's matching, and its own aliases). */
export function resolvedHere(tag: string): string[] {
  const v = (languageRegistry as readonly LanguageEntry[]).flatMap((e) => e.variants).find((x) => x.tag === tag);
  return [...(v?.resolvesFrom ?? []), ...(v?.aliases ?? [])];
}

const code = (tags: readonly string[]) => tags.map((t) => `\`${t}\``).join(', ');

/**
 * The contract's words for `language`, from the registry: every tag, and which others resolve to each (the tags the
 * registry names, tested to resolve so).
 */
export function languageTagDescription(): string {
  const routes = languageRegistry.flatMap((entry: LanguageEntry) =>
    entry.variants.flatMap((v: VariantEntry) => {
      const from = resolvedHere(v.tag);
      return from.length > 0 ? [`${code(from)} ${from.length === 1 ? 'is' : 'are'} \`${v.tag}\``] : [];
    }),
  );
  return (
    `A BCP 47 tag, in any case: ${code(languageTags)}, or any tag of these languages, which resolves to the closest ` +
    `variant as CLDR's language matching groups them: ${routes.join('; ')}. Without it, the \`Accept-Language\` header ` +
    `decides, and then \`${defaultLanguageTag}\`. The answer's \`language\` names the tag it resolved to, and ` +
    '`GET /messages/languages` what each variant does.'
  );
}
