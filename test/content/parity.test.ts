// Parity: every written language (a folder under templates/) and every variant has every part it needs to ship:
// registry entry, helpers, content-rule words (stop list, greetings, sign-offs, address words, a deny list with
// reasons), spelling dictionary, sample facts and samples, fact sets, a matrix plan and its matrix file, a compiled
// catalogue. A fifth language, or a new variant, fails here until it has them all.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageEntry, VariantEntry, WrittenLanguage } from '../../src/messages/languages/index.js';
import { languageRegistry, resolveLanguage } from '../../src/messages/languages/index.js';
import { projectRoot } from '../../src/project-root.js';
import { loadLanguage } from '../../src/messages/templates.js';
import { languageTests, rotations, variantPlans, type LanguageTests, type VariantPlan } from './registry.js';

const require = createRequire(import.meta.url);
const root = projectRoot();

interface World {
  templateFolders: readonly string[];
  tests: Partial<Record<string, LanguageTests>>;
  plans: Partial<Record<string, VariantPlan>>;
  exists(path: string): boolean;
  resolves(pkg: string): boolean;
}

const world: World = {
  templateFolders: readdirSync(join(root, 'templates'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name),
  tests: languageTests,
  plans: variantPlans,
  exists: (path) => existsSync(join(root, path)),
  resolves: (pkg) => {
    try {
      require.resolve(`${pkg}/cspell-ext.json`);
      return true;
    } catch {
      return false;
    }
  },
};

/** What a registry is missing, as one line per missing part; empty when every language and variant is complete. */
export function parityProblems(registry: readonly LanguageEntry[], w: World): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(what);
  };
  const languages = registry.map((e) => e.language);
  for (const folder of w.templateFolders) need(languages.includes(folder), `templates/${folder} has no registry entry`);
  for (const entry of registry) {
    const l = entry.language;
    need(w.templateFolders.includes(l), `${l}: no templates/${l}`);
    need(entry.variants.length > 0, `${l}: no variants`);
    need(entry.variants.some((v) => v.tag === entry.defaultVariant), `${l}: its default variant ${entry.defaultVariant} is not one of its variants`);
    const words = entry.contentWords;
    need(words.stopWords.size >= 50, `${l}: a stop list of fewer than 50 words`);
    need(words.repeatable.size > 0, `${l}: no words that may repeat (the callback number)`);
    for (const [name, pattern] of Object.entries({ letterSalutation: words.letterSalutation, signOff: words.signOff, greetingWords: words.greetingWords, spokenGreeting: words.spokenGreeting, apology: words.apology, thanks: words.thanks, thanksAgain: words.thanksAgain, subjectFallback: words.subjectFallback, declineWords: words.declineWords })) {
      need(pattern instanceof RegExp && pattern.source.length > 3, `${l}: content words lack ${name}`);
    }
    need(words.decisionVerbs.split('|').length >= 5, `${l}: fewer than 5 decision verbs`);
    need(words.reasonConnectors.split('|').length >= 3, `${l}: fewer than 3 reason connectors`);
    need(words.denyList.length >= 3, `${l}: a deny list of fewer than 3 entries`);
    for (const d of words.denyList) need(d.reason.trim().length > 20, `${l}: deny-list entry ${d.pattern} has no reason`);
    need(Boolean(entry.formality) === Boolean(words.address), `${l}: ${entry.formality ? 'formal and informal address without address words' : 'address words without forms of address'}`);
    // The shared example facts are English: every other language brings its own names.
    need(l === 'en' || Object.keys(entry.sampleFacts).length >= 4, `${l}: no sample facts in its own names`);
    const tests = w.tests[l];
    need(tests, `${l}: no test entry (test/content/registry.ts: fact sets, tones, spelling)`);
    for (const v of entry.variants as readonly VariantEntry[]) {
      const t = v.tag;
      need(new Intl.Locale(t).language === l, `${t}: not a tag of ${l}`);
      need(v.helpers?.locale === t, `${t}: helpers written for ${v.helpers?.locale ?? 'no locale'}`);
      need(v.distinguishes.trim().length > 10, `${t}: does not say what distinguishes it`);
      for (const p of v.parents) need(entry.variants.some((o) => o.tag === p && o.tag !== t), `${t}: parent ${p} is not another variant of ${l}`);
      need(v.spelling.packages.every(w.resolves), `${t}: a spelling dictionary that is not installed (${v.spelling.packages.join(', ')})`);
      need(v.spelling.locale.startsWith(`${l}-`), `${t}: no spelling locale of ${l}`);
      need(tests && tests.factSets(t).length >= 5, `${t}: fewer than 5 fact sets`);
      need(w.plans[t], `${t}: no matrix plan (test/content/registry.ts)`);
      need(w.exists(`test/content/matrix-${t}.test.ts`), `${t}: no test/content/matrix-${t}.test.ts`);
      need(w.exists(`docs/samples/${t}.md`), `${t}: no docs/samples/${t}.md (npm run samples)`);
      need(w.exists(`dist/templates/${t}.cjs`), `${t}: no compiled catalogue dist/templates/${t}.cjs`);
    }
  }
  return problems;
}

const registry = languageRegistry as readonly LanguageEntry[];

describe('language parity', () => {
  it('finds every written language and variant complete', () => {
    expect(parityProblems(registry, world)).toEqual([]);
  });

  it('fails a language or variant stripped of any part', () => {
    const german = registry.find((e) => e.language === 'de')!;
    const strip = (entry: LanguageEntry) => parityProblems([...registry.filter((e) => e !== german), entry], world);
    expect(strip({ ...german, contentWords: { ...german.contentWords, denyList: [] } })).toEqual(['de: a deny list of fewer than 3 entries']);
    expect(strip({ ...german, contentWords: { ...german.contentWords, address: undefined } })).toEqual(['de: formal and informal address without address words']);
    expect(strip({ ...german, sampleFacts: {} })).toEqual(['de: no sample facts in its own names']);
    const austria = german.variants.find((v) => v.tag === 'de-AT')!;
    expect(strip({ ...german, variants: [...german.variants, { ...austria, tag: 'de-LU' }] })).toEqual(
      expect.arrayContaining(['de-LU: helpers written for de-AT', 'de-LU: no matrix plan (test/content/registry.ts)', 'de-LU: no test/content/matrix-de-LU.test.ts']),
    );
    // A fifth language with its templates but nothing else.
    expect(parityProblems(registry, { ...world, templateFolders: [...world.templateFolders, 'it'] })).toEqual(['templates/it has no registry entry']);
    expect(parityProblems(registry, { ...world, tests: { ...world.tests, fr: undefined } })).toContain('fr: no test entry (test/content/registry.ts: fact sets, tones, spelling)');
  });

  it('resolves every tag the registry says resolves to a variant there', () => {
    for (const v of registry.flatMap((e) => e.variants)) {
      for (const tag of [...(v.resolvesFrom ?? []), ...(v.aliases ?? [])]) {
        const resolved = resolveLanguage(tag);
        expect(resolved.ok && resolved.variant.tag, tag).toBe(v.tag);
      }
    }
  });

  it(`compiles each variant into its own catalogue, with at most ${rotations} alternatives per piece, so that the rotations render every one`, () => {
    const catalogues = registry.flatMap((e) => loadLanguage(e.language as WrittenLanguage));
    expect(catalogues.map((c) => c.orthography)).toEqual(registry.flatMap((e) => e.variants.map((v) => v.tag)));
    for (const c of catalogues) expect(c.maxAlternatives, c.orthography).toBeLessThanOrEqual(rotations);
  });
});
