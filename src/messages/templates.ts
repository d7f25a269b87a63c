// The catalogue of words a message is rendered from, one per spelling of each language (en-US and en-GB compile
// the same source through templates/en/dialects.yaml). A start loads what `npm run build` compiled to JavaScript
// (dist/templates/<orthography>.cjs), each on first use; without a build, or when a template changed since, it
// compiles the YAML itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReasonCode, ScenarioId } from './catalogue.js';
import { languageVariants, type LanguageHelpers, type WrittenLanguage } from './languages/index.js';
import type { Omission } from './omissions.js';
import { projectRoot } from '../project-root.js';
import { compileTemplate } from './template-compiler.js';
import type { AdviceCode, PieceName, Selection } from './template-names.js';
import { catalogueFormat, contextIndex, languageHash, readLanguage, resolveCatalogue, situationClass, type CatalogueData, type Situation } from './template-source.js';

export type { Situation } from './template-source.js';

export { adviceCodes, pieceNames, type AdviceCode, type PieceName, type Selection } from './template-names.js';
export { dialectRewriter } from './template-source.js';
export type { PartName } from './catalogue.js';

/** A compiled template: the view model in, text out. */
export type Template = (view: object) => string;

export interface CompiledCatalogue {
  /** "en-US", "en-GB": the spelling these templates were compiled for. */
  orthography: string;
  version: string;
  helpers: LanguageHelpers;
  /** Whether it came from the build, which has already rendered every template once. */
  precompiled: boolean;
  /** The most alternatives any piece offers: that many rotations render every one of them. */
  maxAlternatives: number;
  /**
   * The alternative phrasings of one piece of a scenario's message (at least one; '' when the piece is absent), for
   * the situation (intent, reason) the message is written in.
   */
  piece(scenario: ScenarioId, piece: PieceName, at: Selection, situation: Situation): readonly Template[];
  /** How a reason is woven into the decision: a clause with its own leading comma or space (" because ..."). */
  reason(scenario: ScenarioId, code: ReasonCode | 'specific', at: Selection): readonly Template[];
  subjectFallback(scenario: ScenarioId, at: Selection): readonly Template[];
  advice(code: AdviceCode): Template;
  /** How the advice names what a text or voicemail left out ("the role", "the offer to introduce Sam Rivera"). */
  omissionWords(omission: Omission, view: object): string;
  /** A reason code's label in this language, for an ATS's reason picker. */
  reasonLabel(code: ReasonCode): string;
}

/** What `npm run build` writes for a spelling: the resolved catalogue, its templates as functions. */
export type BuiltCatalogue = Omit<CatalogueData, 'templates'> & { templates: Template[] };

/** Where `npm run build` writes a spelling's compiled catalogue (scripts/precompile-templates.ts). */
export const builtFile = (orthography: string) => join(projectRoot(), 'dist', 'templates', `${orthography}.cjs`);

export const defaultTemplatesDir = () => join(projectRoot(), 'templates');

/** What the build lists it compiled (dist/templates/manifest.json): each spelling's catalogue version. */
export const manifestFile = () => join(projectRoot(), 'dist', 'templates', 'manifest.json');

export interface BuildManifest {
  format: number;
  versions: Record<string, string>;
}

function builtVersions(): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(), 'utf8')) as BuildManifest;
    return manifest.format === catalogueFormat ? manifest.versions : {};
  } catch {
    return {};
  }
}

/**
 * A spelling's catalogue as a start finds it: its version known at once, its templates loaded on first use. A build
 * of these very templates is loaded only when a message needs it (a dozen catalogues were most of a start's
 * work); templates edited since the build, or never built, are compiled at once, so a start can check them.
 */
export interface CatalogueSource {
  orthography: string;
  version: string;
  /** Whether the build compiled these very templates, and so has already rendered every one of them. */
  precompiled: boolean;
  load(): CompiledCatalogue;
}

export function openLanguage(language: WrittenLanguage, dir = defaultTemplatesDir()): CatalogueSource[] {
  const hash = languageHash(language, dir);
  const built = builtVersions();
  const spellings = languageVariants
    .filter((v) => v.language === language)
    .filter((v, i, all) => all.findIndex((w) => w.orthography === v.orthography) === i);
  let source: ReturnType<typeof readLanguage> | undefined;
  return spellings.map(({ orthography, helpers }): CatalogueSource => {
    const version = `${orthography}-${hash}`;
    if (built[orthography] === version) {
      let loaded: CompiledCatalogue | undefined;
      return { orthography, version, precompiled: true, load: () => (loaded ??= fromBuild(orthography, version, helpers)) };
    }
    source ??= readLanguage(language, dir);
    const data = resolveCatalogue(source, orthography, hash);
    const templates = data.templates.map((text, i) => {
      try {
        return compileTemplate(text);
      } catch (err) {
        throw new Error(`templates for ${data.origins![i]} fail to compile: ${(err as Error).message}`);
      }
    });
    const compiled = catalogue({ ...data, templates }, helpers, false);
    return { orthography, version: compiled.version, precompiled: false, load: () => compiled };
  });
}

function fromBuild(orthography: string, version: string, helpers: LanguageHelpers): CompiledCatalogue {
  const built = createRequire(import.meta.url)(builtFile(orthography)) as BuiltCatalogue;
  if (built.format !== catalogueFormat || built.version !== version) {
    throw new Error(`${builtFile(orthography)} is not the build its manifest lists (${version}): run npm run build`);
  }
  return catalogue(built, helpers, true);
}

/** Every spelling of a language, loaded now. */
export function loadLanguage(language: WrittenLanguage, dir = defaultTemplatesDir()): CompiledCatalogue[] {
  return openLanguage(language, dir).map((c) => c.load());
}

function catalogue(data: BuiltCatalogue, helpers: LanguageHelpers, precompiled: boolean): CompiledCatalogue {
  const fns = data.templates;
  // Index lists become lists of functions once, on a scenario's first use (a start with a dozen catalogues need not
  // build them all), so that a request only indexes into them.
  const toFns = (lists: number[][]) => lists.map((list) => list.map((i) => fns[i]!));
  const lazily = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const byScenario = <T, U>(record: Record<string, T>, f: (value: T) => U) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, lazily(() => f(v))])) as Record<string, () => U>;
  const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)])) as Record<string, U>;
  const pieces = byScenario(data.pieces, (byPiece) => mapValues(byPiece, (table) => ({ keys: table.keys, tables: mapValues(table.tables, toFns) })));
  const reasons = byScenario(data.reasons, (byCode) => mapValues(byCode, toFns));
  const fallbacks = byScenario(data.fallbacks, toFns);
  const all = [
    ...Object.values(data.pieces).flatMap((p) => Object.values(p).flatMap((table) => Object.values(table.tables))),
    ...Object.values(data.reasons).flatMap((r) => Object.values(r)),
    ...Object.values(data.fallbacks),
  ];
  return {
    orthography: data.orthography,
    version: data.version,
    helpers,
    precompiled,
    maxAlternatives: Math.max(...all.flatMap((lists) => lists.map((list) => list.length))),
    piece: (scenario, piece, at, situation) => {
      const table = pieces[scenario]!()[piece]!;
      return table.tables[situationClass(table.keys, situation)]![contextIndex(at)]!;
    },
    reason: (scenario, code, at) => reasons[scenario]!()[code]![contextIndex(at)]!,
    subjectFallback: (scenario, at) => fallbacks[scenario]!()[contextIndex(at)]!,
    advice: (code) => fns[data.advice[code]]!,
    omissionWords: (o, view) => fns[data.omitted[o]]!(view),
    reasonLabel: (code) => fns[data.reasonLabels[code]]!({}),
  };
}
