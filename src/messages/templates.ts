// Loads the words from templates/<language>/*.yaml and compiles every Handlebars template once, strictly.
import { createHash, hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import {
  channelIds,
  partNames,
  reasonCodes,
  scenarioIds,
  toneIds,
  type ChannelId,
  type LanguageId,
  type PartName,
  type ReasonCode,
  type ScenarioId,
  type ToneId,
} from './catalogue.js';
import { projectRoot } from '../project-root.js';
import { possessive, withArticle } from './language.js';

/** A compiled template: the view model in, text out. */
export type Template = (view: object) => string;

/**
 * A template node in YAML is either a string or a map whose keys narrow it down: a tone, a channel,
 * `written` (email and LinkedIn) or `default`. Keys nest in any order, e.g. `warm: { sms: "..." }`.
 */
type Node = string | { [key: string]: Node };

const selectorKeys = new Set<string>([...toneIds, ...channelIds, 'written', 'default']);
export const adviceCodes = ['send-now', 'call-as-well', 'write-as-well', 'no-details-needed', 'be-brief', 'final-message', 'sms-shortened', 'sms-unicode', 'sms-too-long', 'too-long'] as const;
export type AdviceCode = (typeof adviceCodes)[number];

const scenarioKeys = [...partNames, 'subject'] as const;
type ScenarioKey = (typeof scenarioKeys)[number];

/**
 * Separates the pieces of a combined template's output. Requests can never carry it (the schema refuses control
 * characters) and templates are checked not to.
 */
export const pieceSeparator = '\u001E';

export interface CompiledCatalogue {
  version: string;
  /** Every Handlebars source in use, for `npm run build` to precompile. */
  sources: string[];
  /**
   * One template for a whole message of a scenario in a tone and channel: its parts in `partNames` order and then
   * the subject, separated by `pieceSeparator`. One Handlebars call per message instead of one per part: each
   * call pays a set-up cost that was most of the render time.
   */
  message(scenario: ScenarioId, tone: ToneId, channel: ChannelId): Template;
  reason(code: ReasonCode | 'specific', tone: ToneId, channel: ChannelId): Template;
  subjectFallback(tone: ToneId): Template;
  advice(code: AdviceCode): Template;
}

const helpers = {
  a: (noun: unknown) => withArticle(String(noun)),
  possessive: (name: unknown) => possessive(String(name)),
};

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
export const precompiledFile = (language: LanguageId) => join(projectRoot(), 'dist', 'templates', `${language}.cjs`);

/**
 * Compiling every template takes about a quarter of a second; a build precompiles them, so a start only loads
 * them. Without a build (tests, `npm run dev`) or for an edited template, compiling at start-up still works.
 */
function loadPrecompiled(language: LanguageId): Record<string, Spec> | undefined {
  const file = precompiledFile(language);
  return existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, Spec>) : undefined;
}

export const defaultTemplatesDir = () => join(projectRoot(), 'templates');

function channelGroup(channel: ChannelId): string {
  return channel === 'email' || channel === 'linkedin' ? 'written' : channel;
}

function select(node: Node | undefined, tone: ToneId, channel: ChannelId): string | undefined {
  if (node === undefined || typeof node === 'string') return node;
  const next = node[tone] ?? node[channel] ?? node[channelGroup(channel)] ?? node.default;
  return select(next, tone, channel);
}

function checkNode(node: unknown, where: string): asserts node is Node {
  if (typeof node === 'string') {
    if (node.includes(pieceSeparator)) throw new Error(`${where}: contains the reserved character U+001E`);
    return;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw new Error(`${where}: expected text or a map of tones/channels`);
  }
  for (const [key, child] of Object.entries(node)) {
    if (!selectorKeys.has(key)) throw new Error(`${where}: unknown key "${key}" (use a tone, a channel, written or default)`);
    checkNode(child, `${where}.${key}`);
  }
}

function readYaml(file: string): Record<string, unknown> {
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a map`);
  return data as Record<string, unknown>;
}

function pick(data: Record<string, unknown>, keys: readonly string[], file: string): Record<string, Node> {
  const out: Record<string, Node> = {};
  for (const [key, node] of Object.entries(data)) {
    if (!keys.includes(key)) throw new Error(`${file}: unknown entry "${key}" (expected one of ${keys.join(', ')})`);
    checkNode(node, `${file}: ${key}`);
    out[key] = node;
  }
  return out;
}

/** Loads and compiles a language's templates. Throws, naming the file and key, on any mistake. */
export function loadCatalogue(language: LanguageId = 'en', dir = defaultTemplatesDir()): CompiledCatalogue {
  const base = resolve(dir, language);
  const hash = createHash('sha256');
  const load = (file: string) => {
    const path = join(base, file);
    hash.update(file).update(readFileSync(path));
    return readYaml(path);
  };

  const common = pick(load('common.yaml'), [...scenarioKeys, 'subjectFallback'], 'common.yaml');
  const reasons = pick(load('reasons.yaml'), [...reasonCodes, 'specific'], 'reasons.yaml');
  const advice = pick(load('advice.yaml'), adviceCodes, 'advice.yaml');
  const scenarioFiles = new Set(readdirSync(join(base, 'scenarios')));
  const scenarios = new Map<ScenarioId, Record<string, Node>>();
  for (const id of scenarioIds) {
    const file = `${id}.yaml`;
    if (!scenarioFiles.has(file)) throw new Error(`templates/${language}/scenarios/${file} is missing`);
    scenarios.set(id, pick(load(`scenarios/${file}`), scenarioKeys, file));
    scenarioFiles.delete(file);
  }
  if (scenarioFiles.size > 0) throw new Error(`templates/${language}/scenarios has files for unknown scenarios: ${[...scenarioFiles].join(', ')}`);
  for (const code of [...reasonCodes, 'specific'] as const) if (!reasons[code]) throw new Error(`reasons.yaml: "${code}" is missing`);
  for (const code of adviceCodes) if (!advice[code]) throw new Error(`advice.yaml: "${code}" is missing`);

  const handlebars = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) handlebars.registerHelper(name, fn);
  const precompiled = loadPrecompiled(language);
  const compiled = new Map<string, Template>();
  const compile = (source: string): Template => {
    let fn = compiled.get(source);
    if (!fn && !source.includes('{{')) {
      // Plain text needs no Handlebars call at all.
      fn = () => source;
      compiled.set(source, fn);
    } else if (!fn) {
      const spec = precompiled?.[sourceKey(source)];
      fn = spec ? handlebars.template(spec) : handlebars.compile(source, compileOptions());
      compiled.set(source, fn);
    }
    return fn;
  };

  // Resolve and compile every (scenario, tone, channel) once, so requests only look up.
  const table = new Map<string, Template>();
  for (const id of scenarioIds) {
    const own = scenarios.get(id)!;
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        const pieces = scenarioKeys.map((key) => select(key in own ? own[key] : common[key], tone, channel) ?? '');
        table.set(`${id}|${tone}|${channel}`, compile(pieces.join(pieceSeparator)));
      }
    }
  }
  const reasonTable = new Map<string, Template>();
  for (const code of [...reasonCodes, 'specific'] as const) {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        const source = select(reasons[code], tone, channel);
        if (!source) throw new Error(`reasons.yaml: "${code}" has no text for ${tone}/${channel}`);
        reasonTable.set(`${code}|${tone}|${channel}`, compile(source));
      }
    }
  }
  const fallback = new Map(toneIds.map((tone) => [tone, compile(select(common.subjectFallback, tone, 'email') ?? 'Update on my application')]));
  const adviceTable = new Map(adviceCodes.map((code) => [code, compile(select(advice[code], 'formal', 'email') ?? '')]));

  return {
    version: `${language}-${hash.digest('hex').slice(0, 12)}`,
    sources: [...compiled.keys()].filter((source) => source.includes('{{')),
    message: (scenario, tone, channel) => table.get(`${scenario}|${tone}|${channel}`)!,
    reason: (code, tone, channel) => reasonTable.get(`${code}|${tone}|${channel}`)!,
    subjectFallback: (tone) => fallback.get(tone)!,
    advice: (code) => adviceTable.get(code)!,
  };
}

export type { PartName };
