// Loads the words from templates/<language>/*.yaml and compiles every Handlebars template once, strictly, for each
// spelling of the language (en-US and en-GB compile the same source through templates/en/dialects.yaml).
import { createHash, hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import {
  channelIds,
  formalityLevels,
  partNames,
  reasonCodes,
  scenarioIds,
  toneIds,
  type ChannelId,
  type Formality,
  type PartName,
  type ReasonCode,
  type ScenarioId,
  type ToneId,
} from './catalogue.js';
import { projectRoot } from '../project-root.js';
import { omissions, type Omission } from './omissions.js';
import { formalityKeys, languageVariants, type LanguageHelpers, type WrittenLanguage } from './languages/index.js';

/** A compiled template: the view model in, text out. */
export type Template = (view: object) => string;

/**
 * A template node in YAML is text, a list of alternative phrasings (one is chosen per message by the phrasing seed),
 * or a map whose keys narrow it down: a tone, a channel, `written` (email and LinkedIn), a form of address (`Sie`/`du`
 * ...), a language variant (`en-US`, `en-GB`) or `default`. Keys nest in any order, e.g. `warm: { sms: [...] }`.
 */
type Node = string | Node[] | { [key: string]: Node };

export const adviceCodes = [
  'send-now',
  'call-as-well',
  'write-as-well',
  'no-details-needed',
  'private-detail-included',
  'be-brief',
  'final-message',
  'sms-shortened',
  'voicemail-shortened',
  'sms-unicode',
  'sms-too-long',
  'too-long',
] as const;
export type AdviceCode = (typeof adviceCodes)[number];

/** The pieces a scenario (or common.yaml) writes: the parts of the text, and the email's subject. */
export const pieceNames = [...partNames, 'subject'] as const;
export type PieceName = (typeof pieceNames)[number];

export interface Selection {
  tone: ToneId;
  channel: ChannelId;
  formality: Formality;
}

export interface CompiledCatalogue {
  /** "en-US", "en-GB": the spelling these templates were compiled for. */
  orthography: string;
  version: string;
  helpers: LanguageHelpers;
  /** Every Handlebars source in use, for `npm run build` to precompile. */
  sources: string[];
  /** Whether every source came precompiled from the build, which has already rendered them all once. */
  precompiled: boolean;
  /** The most alternatives any piece offers: that many rotations render every one of them. */
  maxAlternatives: number;
  /** The alternative phrasings of one piece of a scenario's message (at least one; '' when the piece is absent). */
  piece(scenario: ScenarioId, piece: PieceName, at: Selection): readonly Template[];
  /** How a reason is woven into the decision: a clause with its own leading comma or space (" because ..."). */
  reason(scenario: ScenarioId, code: ReasonCode | 'specific', at: Selection): readonly Template[];
  subjectFallback(scenario: ScenarioId, at: Selection): readonly Template[];
  advice(code: AdviceCode): Template;
  /** How the advice names what a text or voicemail left out ("the role", "the offer to introduce Sam Rivera"). */
  omissionWords(omission: Omission, view: object): string;
}

/**
 * strict: a template that names a missing field throws instead of printing an empty slot. noEscape: text is plain;
 * the HTML is escaped as a whole afterwards. knownHelpersOnly and data: false let the compiler call helpers
 * directly and skip @data frames: a template using an unknown helper fails to compile instead of costing a lookup
 * per call.
 */
export function compileOptions() {
  // A new object each time: Handlebars writes its built-in helpers into the options it is given.
  return { strict: true, noEscape: true, knownHelpers: { a: true, possessive: true }, knownHelpersOnly: true, data: false };
}
const optionsKey = JSON.stringify(compileOptions());

/** Precompiled templates are keyed by their source and the compile options, so an edited template never matches. */
export function sourceKey(source: string): string {
  return hash('sha256', optionsKey + '\u0000' + source, 'hex').slice(0, 32);
}

type Spec = Parameters<typeof Handlebars.template>[0];

/** Where `npm run build` writes the templates precompiled (scripts/precompile-templates.ts). */
export const precompiledFile = (orthography: string) => join(projectRoot(), 'dist', 'templates', `${orthography}.cjs`);

/**
 * Compiling every template takes a noticeable part of a second; a build precompiles them, so a start only loads
 * them. Without a build (tests, `npm run dev`) or for an edited template, compiling at start-up still works.
 */
function loadPrecompiled(orthography: string): Record<string, Spec> | undefined {
  const file = precompiledFile(orthography);
  return existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, Spec>) : undefined;
}

export const defaultTemplatesDir = () => join(projectRoot(), 'templates');

function channelGroup(channel: ChannelId): string {
  return channel === 'email' || channel === 'linkedin' ? 'written' : channel;
}

interface Context extends Selection {
  orthography: string;
  /** The form-of-address key of this language for the selection's formality ("Sie", "du"), if it has one. */
  address: string | undefined;
}

/** The alternatives a node offers in a context: a map narrows, a list offers each of its elements' alternatives. */
function select(node: Node | undefined, at: Context): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap((child) => select(child, at));
  const next =
    node[at.orthography] ??
    node[at.tone] ??
    (at.address !== undefined ? node[at.address] : undefined) ??
    node[at.channel] ??
    node[channelGroup(at.channel)] ??
    node.default;
  return select(next, at);
}

function checkNode(node: unknown, where: string, keys: ReadonlySet<string>): asserts node is Node {
  if (typeof node === 'string') return;
  if (Array.isArray(node)) {
    if (node.length === 0) throw new Error(`${where}: an empty list of alternatives`);
    const twice = node.find((child, i) => typeof child === 'string' && node.indexOf(child) !== i);
    // A repeated alternative would be picked twice as often, and counted as variety it does not give.
    if (twice !== undefined) throw new Error(`${where}: the alternative ${JSON.stringify(twice)} appears twice`);
    node.forEach((child, i) => checkNode(child, `${where}[${i}]`, keys));
    return;
  }
  if (node === null || typeof node !== 'object') throw new Error(`${where}: expected text, a list of alternatives, or a map`);
  for (const [key, child] of Object.entries(node)) {
    if (!keys.has(key)) throw new Error(`${where}: unknown key "${key}" (use ${[...keys].join(', ')})`);
    checkNode(child, `${where}.${key}`, keys);
  }
}

function readYaml(file: string): Record<string, unknown> {
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a map`);
  return data as Record<string, unknown>;
}

function pick(data: Record<string, unknown>, allowed: readonly string[], file: string, keys: ReadonlySet<string>): Record<string, Node> {
  const out: Record<string, Node> = {};
  for (const [key, node] of Object.entries(data)) {
    if (!allowed.includes(key)) throw new Error(`${file}: unknown entry "${key}" (expected one of ${allowed.join(', ')})`);
    checkNode(node, `${file}: ${key}`, keys);
    out[key] = node;
  }
  return out;
}

/**
 * A variant's spelling differences, applied to the template text (never to the facts): whole words and phrases,
 * with the case of their first letter kept ("Apologise" becomes "Apologize"), or single characters (de-CH: "ß").
 */
export function dialectRewriter(replacements: Record<string, string>): (source: string) => string {
  const entries = Object.entries(replacements).sort(([a], [b]) => b.length - a.length);
  if (entries.length === 0) return (s) => s;
  const escaped = entries.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu');
  const lookup = new Map(entries.map(([from, to]) => [from.toLowerCase(), to]));
  const rewrite = (text: string) =>
    text.replace(pattern, (found) => {
      const to = lookup.get(found.toLowerCase())!;
      return found[0] !== found[0]!.toLowerCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to;
    });
  // Only the words: Handlebars expressions ({{...}}) are left as they are.
  return (source) => source.split(/(\{\{[^}]*\}\})/).map((chunk, i) => (i % 2 === 0 ? rewrite(chunk) : chunk)).join('');
}

interface LanguageSource {
  language: WrittenLanguage;
  hash: string;
  common: Record<string, Node>;
  reasons: Record<string, Node>;
  advice: Record<string, Node>;
  omittedWords: Record<string, Node>;
  scenarios: Map<ScenarioId, { pieces: Record<string, Node>; reasons: Record<string, Node> }>;
  dialects: Record<string, Record<string, string>>;
}

/** Reads and checks a language's YAML files. Throws, naming the file and key, on any mistake. */
function readLanguage(language: WrittenLanguage, dir: string): LanguageSource {
  const base = resolve(dir, language);
  const digest = createHash('sha256');
  const load = (file: string) => {
    const path = join(base, file);
    digest.update(file).update(readFileSync(path));
    return readYaml(path);
  };
  const variants = languageVariants.filter((v) => v.language === language).map((v) => v.orthography);
  const keys = new Set<string>([...toneIds, ...channelIds, 'written', 'default', ...variants, ...Object.values(formalityKeys[language] ?? {})]);

  const common = pick(load('common.yaml'), [...pieceNames, 'subjectFallback'], 'common.yaml', keys);
  const reasons = pick(load('reasons.yaml'), [...reasonCodes, 'specific'], 'reasons.yaml', keys);
  const { omitted = {}, ...adviceEntries } = load('advice.yaml');
  const advice = pick(adviceEntries, adviceCodes, 'advice.yaml', keys);
  const omittedWords = pick(omitted as Record<string, unknown>, omissions, 'advice.yaml: omitted', keys);
  for (const code of [...reasonCodes, 'specific'] as const) if (!reasons[code]) throw new Error(`${language}/reasons.yaml: "${code}" is missing`);
  for (const code of adviceCodes) if (!advice[code]) throw new Error(`${language}/advice.yaml: "${code}" is missing`);
  for (const o of omissions) if (!omittedWords[o]) throw new Error(`${language}/advice.yaml: omitted.${o} is missing`);

  const scenarioFiles = new Set(readdirSync(join(base, 'scenarios')));
  const scenarios = new Map<ScenarioId, { pieces: Record<string, Node>; reasons: Record<string, Node> }>();
  for (const id of scenarioIds) {
    const file = `${id}.yaml`;
    if (!scenarioFiles.has(file)) throw new Error(`templates/${language}/scenarios/${file} is missing`);
    const { reasons: own = {}, ...pieces } = load(`scenarios/${file}`);
    scenarios.set(id, {
      pieces: pick(pieces, [...pieceNames, 'subjectFallback'], file, keys),
      reasons: pick(own as Record<string, unknown>, [...reasonCodes, 'specific'], `${file}: reasons`, keys),
    });
    scenarioFiles.delete(file);
  }
  if (scenarioFiles.size > 0) throw new Error(`templates/${language}/scenarios has files for unknown scenarios: ${[...scenarioFiles].join(', ')}`);

  // dialects.yaml: per variant, "spelling" and "vocabulary" maps of what it writes instead (both rewrite the same way;
  // the split tells the spelling tests which words another variant must never print).
  const dialects: Record<string, Record<string, string>> = {};
  if (existsSync(join(base, 'dialects.yaml'))) {
    for (const [variant, sections] of Object.entries(load('dialects.yaml'))) {
      if (!variants.includes(variant)) throw new Error(`${language}/dialects.yaml: "${variant}" is not a variant of ${language} (${variants.join(', ')})`);
      dialects[variant] = {};
      for (const [section, map] of Object.entries((sections ?? {}) as Record<string, Record<string, unknown>>)) {
        if (section !== 'spelling' && section !== 'vocabulary') throw new Error(`${language}/dialects.yaml: ${variant}.${section} must be spelling or vocabulary`);
        for (const [from, to] of Object.entries(map ?? {})) {
          if (typeof to !== 'string') throw new Error(`${language}/dialects.yaml: ${variant}.${section}.${from} must be text`);
          dialects[variant][from] = to;
        }
      }
    }
  }
  return { language, hash: digest.digest('hex').slice(0, 12), common, reasons, advice, omittedWords, scenarios, dialects };
}

/** Loads and compiles every variant of a language. */
export function loadLanguage(language: WrittenLanguage, dir = defaultTemplatesDir()): CompiledCatalogue[] {
  const source = readLanguage(language, dir);
  return languageVariants
    .filter((v) => v.language === language)
    .filter((v, i, all) => all.findIndex((w) => w.orthography === v.orthography) === i)
    .map((v) => compileVariant(source, v.orthography, v.helpers));
}

function compileVariant(source: LanguageSource, orthography: string, helpers: LanguageHelpers): CompiledCatalogue {
  const rewrite = dialectRewriter(source.dialects[orthography] ?? {});
  const handlebars = Handlebars.create();
  handlebars.registerHelper('a', (noun: unknown) => helpers.withArticle(String(noun)));
  handlebars.registerHelper('possessive', (name: unknown) => helpers.possessive(String(name)));
  const precompiled = loadPrecompiled(orthography);
  const compiled = new Map<string, Template>();
  let compiledHere = 0;
  const compile = (raw: string): Template => {
    const text = rewrite(raw);
    let fn = compiled.get(text);
    if (!fn && !text.includes('{{')) {
      // Plain text needs no Handlebars call at all.
      fn = () => text;
      compiled.set(text, fn);
    } else if (!fn) {
      const spec = precompiled?.[sourceKey(text)];
      if (!spec) compiledHere++;
      fn = spec ? handlebars.template(spec) : handlebars.compile(text, compileOptions());
      compiled.set(text, fn);
    }
    return fn;
  };
  const keys = formalityKeys[source.language];
  const contexts = toneIds.flatMap((tone) =>
    channelIds.flatMap((channel) =>
      formalityLevels.map((formality): Context => ({ tone, channel, formality, orthography, address: keys?.[formality] })),
    ),
  );
  const at = (c: Selection) => `${c.tone}|${c.channel}|${keys ? c.formality : 'formal'}`;
  // A scenario's node overrides the common one only where it has text for the context (an explicit "" counts).
  const alternatives = (nodes: (Node | undefined)[], c: Context, where: string): Template[] => {
    const given = nodes.filter((n) => n !== undefined);
    for (const node of given) {
      const options = select(node, c);
      if (options.length > 0) return options.map(compile);
    }
    if (given.length > 0) throw new Error(`${source.language}: ${where} has no text for ${c.tone}/${c.channel}`);
    return [compile('')];
  };

  // Resolve and compile every alternative once, so that a request only looks them up.
  const pieces = new Map<string, Template[]>();
  const reasons = new Map<string, Template[]>();
  for (const c of contexts) {
    for (const id of scenarioIds) {
      const own = source.scenarios.get(id)!;
      for (const piece of pieceNames) pieces.set(`${id}|${piece}|${at(c)}`, alternatives([own.pieces[piece], source.common[piece]], c, `${id}.${piece}`));
      for (const code of [...reasonCodes, 'specific'] as const) {
        reasons.set(`${id}|${code}|${at(c)}`, alternatives([own.reasons[code], source.reasons[code]], c, `reasons.${code}`));
      }
    }
  }
  const fallbacks = new Map<string, Template[]>();
  for (const c of contexts) {
    for (const id of scenarioIds) {
      fallbacks.set(`${id}|${at(c)}`, alternatives([source.scenarios.get(id)!.pieces.subjectFallback, source.common.subjectFallback], c, `${id}.subjectFallback`));
    }
  }
  const email: Context = { tone: 'formal', channel: 'email', formality: 'formal', orthography, address: keys?.formal };
  const advice = new Map(adviceCodes.map((code) => [code, alternatives([source.advice[code]], email, `advice.${code}`)[0]!]));
  const omitted = new Map(omissions.map((o) => [o, alternatives([source.omittedWords[o]], email, `advice.omitted.${o}`)[0]!]));

  return {
    orthography,
    version: `${orthography}-${source.hash}`,
    helpers,
    sources: [...compiled.keys()].filter((s) => s.includes('{{')),
    precompiled: compiledHere === 0,
    maxAlternatives: Math.max(...[...pieces.values(), ...reasons.values(), ...fallbacks.values()].map((a) => a.length)),
    piece: (scenario, piece, c) => pieces.get(`${scenario}|${piece}|${at(c)}`)!,
    reason: (scenario, code, c) => reasons.get(`${scenario}|${code}|${at(c)}`)!,
    subjectFallback: (scenario, c) => fallbacks.get(`${scenario}|${at(c)}`)!,
    advice: (code) => advice.get(code)!,
    omissionWords: (o, view) => omitted.get(o)!(view),
  };
}

export type { PartName };
