// One variant's content matrix as a test suite, made from the registry: every content rule and test-only check over
// every rendering (built in a hook, never while the files are collected), its tones told apart, its spelling checked
// with the variant's dictionary, and its language's own suites.
import { createRequire } from 'node:module';
import { beforeAll, expect, it } from 'vitest';
import type { Formality } from '../../src/messages/catalogue.js';
import { contentRules, type Violation } from '../../src/messages/content-rules/index.js';
import { languageRegistry, languageVariant, type LanguageEntry } from '../../src/messages/languages/index.js';
import { ourWords, testChecks, violationsOf } from './checks.js';
import { describeTones } from './describe-tones.js';
import { buildMatrix, failures, scenarios, visible, type Rendering } from './matrix.js';
import { factSetsOf, languageTests, rotations, variantPlans } from './registry.js';
import { distinctLines, distinctWords, misspellings } from './spell.js';

const require = createRequire(import.meta.url);

function label(r: Rendering, found: string): string {
  return `${r.label}: ${found}\n    ${visible(r.message).replace(/\n/g, '\n    ')}`;
}

/**
 * The tests of one variant's matrix, registered inside the suite its file names (`describe('the de-AT content
 * matrix', () => variantMatrix('de-AT'))`), so that a static listing (`vitest list`) finds the suite without
 * running the file.
 */
export function variantMatrix(tag: string) {
  const variant = languageVariant(tag);
  const entry = (languageRegistry as readonly LanguageEntry[]).find((e) => e.language === variant.language)!;
  const spelling = entry.variants.find((v) => v.tag === tag)!.spelling;
  const tests = languageTests[variant.language];
  const plan = variantPlans[tag]!;
  const formalities: Formality[] = variant.formality ? ['formal', 'informal'] : ['formal'];
  const built = new Map<Formality, Rendering[]>();
  const matrix = (formality: Formality): Rendering[] => {
    let m = built.get(formality);
    if (!m) {
      const seeds = formality === 'formal' ? plan.formal : (plan.informal ?? 0);
      m = buildMatrix(tag, factSetsOf(tag, variant.language), seeds, rotations, variant.formality ? formality : undefined);
      built.set(formality, m);
    }
    return m;
  };
  let all: Rendering[] = [];
  const violations = new Map<Rendering, Violation[]>();

  beforeAll(() => {
    all = formalities.flatMap(matrix);
    for (const r of all) violations.set(r, violationsOf(r));
  }, 300_000);

  it('covers every scenario, tone, channel, form of address and fact set that applies, with every phrasing', () => {
    const combinations = new Set(all.map((r) => `${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}|${r.formality}`));
    expect(combinations.size).toBeGreaterThan(factSetsOf(tag, variant.language).length * 100 * formalities.length);
    for (const s of scenarios) expect(all.some((r) => r.scenario.id === s.id), s.id).toBe(true);
    expect(all.every((r) => r.message.language === tag)).toBe(true);
  });

  for (const rule of contentRules) {
    it(`${rule.id}: ${rule.description}`, () => {
      const failing = all.filter((r) => violations.get(r)!.some((v) => v.rule === rule.id));
      expect(failing.slice(0, 25).map((r) => label(r, violations.get(r)!.filter((v) => v.rule === rule.id).map((v) => v.message).join('; ')))).toEqual([]);
    });
  }

  for (const check of testChecks) {
    it(`${check.id}: ${check.description}`, { timeout: 120_000 }, () => {
      expect(failures(all, check.run)).toEqual([]);
    });
  }

  it(`finds no misspelling in any message or advice (cspell, ${spelling.locale}: ${spelling.packages.join(', ') || 'bundled'})`, async () => {
    const options = {
      language: spelling.locale,
      imports: spelling.packages.map((p) => require.resolve(`${p}/cspell-ext.json`)),
      flagWords: tests.flagWords?.(tag) ?? [],
      ...(tests.caseSensitiveSpelling && { caseSensitive: true }),
    };
    // Our words only: the names in the facts are the candidates' and companies' own. The rotations render every
    // phrasing; seeds only combine them.
    const rendered = all.filter((r) => r.phrasing.startsWith('rotation'));
    const texts = rendered.map((r) => ourWords([visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n'), r));
    // Each distinct word once (cheap), then the lines a misspelt word is in (to show it in context).
    const words = (await misspellings(distinctWords(texts), options)).map((m) => /^"([^"]*)"/.exec(m)![1]!);
    const lines = distinctLines(texts).split('\n');
    expect(words.map((w) => `"${w}" in: ${lines.find((l) => l.includes(w)) ?? '?'}`)).toEqual([]);
    // The check itself works: misspellings in the same settings are caught.
    expect(await misspellings(tests.misspelt.text, options)).toHaveLength(tests.misspelt.count);
  }, 120_000);

  for (const formality of formalities) {
    describeTones(variant.formality ? `${tag} ${formality}` : tag, () => matrix(formality), tests.tones);
  }
  tests.suites?.(tag, matrix);
}
