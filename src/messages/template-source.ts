// The words as written: reads and checks templates/<language>/*.yaml, and resolves, for each spelling of the
// language, which alternatives every piece offers in every tone, channel and form of address. What it resolves is
// plain data over a list of template sources, which the build compiles to JavaScript (scripts/precompile-templates.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type * as YamlModule from 'yaml';
import {
  channelIds,
  formalityLevels,
  intents,
  reasonCodes,
  scenarioIds,
  toneIds,
  type ChannelId,
  type Formality,
  type ReasonCode,
  type ScenarioId,
} from './catalogue.js';
import { formalityKeys, languageVariants, variantChain, type WrittenLanguage } from './languages/index.js';
import { omissions, type Omission } from './omissions.js';
import { adviceCodes, pieceNames, type AdviceCode, type PieceName, type Selection } from './template-names.js';

let yamlModule: typeof YamlModule | undefined;
/** Loaded on first use: a start from a build never reads the YAML. */
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule);

/**
 * A template node in YAML is text, a list of alternative phrasings (one is chosen per message by the phrasing seed),
 * or a map whose keys narrow it down: a language variant (`en-US`, `es-419`: a parent's key speaks for its children,
 * see languages/registry.ts), what the candidate asks for (`reschedule`, `withdraw`), the reason the text gives (a
 * reason code such as `compensation`; `detail` when the candidate's own words are printed; `noReason` when none is
 * given), a tone, a form of address (`Sie`/`du` ...), a channel, `written` (email and LinkedIn) or `default`. Keys
 * nest in any order, e.g. `warm: { sms: [...] }`; at each level they are tried in that order. The situation keys let
 * a sentence be written whole for each reason and intent instead of having a reason clause inserted into it.
 */
type Node = string | Node[] | { [key: string]: Node };

/** Keys that choose by the request's situation rather than by tone, channel or form of address. */
export const situationKeys = [...intents, ...reasonCodes, 'detail', 'noReason'] as const;

/** Bumped when what the build writes changes shape, so a start never trusts a build of an older format. */
export const catalogueFormat = 4;

/**
 * A hash of every file of a language's templates. With the format, it names the words a build compiled: a start
 * uses the build only when it matches, so an edited template is never served from a stale build.
 */
export function languageHash(language: WrittenLanguage, dir: string): string {
  const base = resolve(dir, language);
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) files.push(path);
    }
  };
  walk(base);
  const digest = createHash('sha256');
  for (const file of files.sort()) digest.update(relative(base, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
  return digest.digest('hex').slice(0, 12);
}

/** The index of a tone, channel and form of address in a resolved catalogue's lists. */
export function contextIndex(at: Selection): number {
  return (toneIds.indexOf(at.tone) * channelIds.length + channelIds.indexOf(at.channel)) * formalityLevels.length + formalityLevels.indexOf(at.formality);
}

/** The situation a message is written for, beyond its tone, channel and form of address. */
export interface Situation {
  intent: (typeof intents)[number];
  /** The reason the text gives; null when it gives none (no reason, or `disclosure: none`). */
  reason: ReasonCode | null;
  /** Whether the candidate's own detail is printed. */
  detail: boolean;
}

/**
 * A piece's alternatives per context (see contextIndex), once per class of situation its words tell apart: `keys`
 * lists which situation keys appear anywhere in its nodes (null: none, and `tables` holds one entry, `*`).
 */
export interface PieceTable {
  keys: { intents: string[]; reasons: string[]; detail: boolean; noReason: boolean } | null;
  tables: Record<string, number[][]>;
}

/** The class of a situation among those a piece tells apart: the key of its table. */
export function situationClass(keys: PieceTable['keys'], s: Situation): string {
  if (keys === null) return '*';
  const intent = keys.intents.includes(s.intent) ? s.intent : '*';
  const reason = s.reason === null ? (keys.noReason ? 'none' : '*') : keys.reasons.includes(s.reason) ? s.reason : '*';
  return `${intent}|${reason}|${keys.detail && s.detail ? 'detail' : ''}`;
}

/**
 * A spelling of a language, resolved: every distinct template source once, and for each piece, reason and fallback
 * the alternatives (as indexes into `templates`) per context (see contextIndex). Plain data, written by the build.
 */
export interface CatalogueData {
  format: number;
  orthography: string;
  /** `<orthography>-<hash of the language's files>`: enters every message id. */
  version: string;
  templates: string[];
  pieces: Record<ScenarioId, Record<PieceName, PieceTable>>;
  reasons: Record<ScenarioId, Record<ReasonCode | 'specific', number[][]>>;
  fallbacks: Record<ScenarioId, number[][]>;
  advice: Record<AdviceCode, number>;
  omitted: Record<Omission, number>;
  /** Each reason code's label, for an ATS's reason picker. */
  reasonLabels: Record<ReasonCode, number>;
  /** Where each template was first found ("en-US/firm-no/closing/warm/email/formal"), to name it in an error. */
  origins?: string[];
}

function channelGroup(channel: ChannelId): string {
  return channel === 'email' || channel === 'linkedin' ? 'written' : channel;
}

interface Context extends Selection {
  /** The variant's tag, then its parents' ("es-MX", "es-419"): the nearest key that a node has wins. */
  chain: readonly string[];
  /** The form-of-address key of this language for the selection's formality ("Sie", "du"), if it has one. */
  address: string | undefined;
  /** The class of situation being resolved; absent keys of a class match nothing. */
  situation?: { intent: string | undefined; reason: string | undefined; detail: boolean; noReason: boolean };
}

/** The alternatives a node offers in a context: a map narrows, a list offers each of its elements' alternatives. */
function select(node: Node | undefined, at: Context): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap((child) => select(child, at));
  const s = at.situation;
  let next: Node | undefined;
  for (const tag of at.chain) if ((next = node[tag]) !== undefined) break;
  next ??=
    (s?.intent !== undefined ? node[s.intent] : undefined) ??
    (s?.detail ? node.detail : undefined) ??
    (s?.reason !== undefined ? node[s.reason] : undefined) ??
    (s?.noReason ? node.noReason : undefined) ??
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
  const data: unknown = yaml().parse(readFileSync(file, 'utf8'));
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

export interface LanguageSource {
  language: WrittenLanguage;
  common: Record<string, Node>;
  reasons: Record<string, Node>;
  advice: Record<string, Node>;
  omittedWords: Record<string, Node>;
  reasonLabels: Record<string, Node>;
  scenarios: Map<ScenarioId, { pieces: Record<string, Node>; reasons: Record<string, Node> }>;
  dialects: Record<string, Record<string, string>>;
}

/** Reads and checks a language's YAML files. Throws, naming the file and key, on any mistake. */
export function readLanguage(language: WrittenLanguage, dir: string): LanguageSource {
  const base = resolve(dir, language);
  const load = (file: string) => readYaml(join(base, file));
  const variants = languageVariants.filter((v) => v.language === language).map((v) => v.tag);
  const keys = new Set<string>([...toneIds, ...channelIds, 'written', 'default', ...variants, ...Object.values(formalityKeys[language] ?? {}), ...situationKeys]);

  const common = pick(load('common.yaml'), [...pieceNames, 'subjectFallback'], 'common.yaml', keys);
  const reasons = pick(load('reasons.yaml'), [...reasonCodes, 'specific'], 'reasons.yaml', keys);
  const { omitted = {}, reasonLabels: labels = {}, ...adviceEntries } = load('advice.yaml');
  const advice = pick(adviceEntries, adviceCodes, 'advice.yaml', keys);
  const omittedWords = pick(omitted as Record<string, unknown>, omissions, 'advice.yaml: omitted', keys);
  const reasonLabels = pick(labels as Record<string, unknown>, reasonCodes, 'advice.yaml: reasonLabels', keys);
  for (const code of reasonCodes) if (!reasonLabels[code]) throw new Error(`${language}/advice.yaml: reasonLabels.${code} is missing`);
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
  return { language, common, reasons, advice, omittedWords, reasonLabels, scenarios, dialects };
}

/** Resolves one spelling of a language: which alternatives each piece offers in each context. */
export function resolveCatalogue(source: LanguageSource, orthography: string, hash: string): CatalogueData {
  const chain = variantChain(orthography);
  // A parent's spelling and vocabulary apply to its children, which may replace them.
  const rewrite = dialectRewriter(Object.assign({}, ...[...chain].reverse().map((tag) => source.dialects[tag] ?? {})));
  const templates: string[] = [];
  const origins: string[] = [];
  const indexOf = new Map<string, number>();
  const add = (raw: string, origin: string): number => {
    const text = rewrite(raw);
    let i = indexOf.get(text);
    if (i === undefined) {
      i = templates.push(text) - 1;
      origins.push(origin);
      indexOf.set(text, i);
    }
    return i;
  };
  const keys = formalityKeys[source.language];
  // Every context in contextIndex order; a language without forms of address gives both the formal text.
  const contexts = toneIds.flatMap((tone) =>
    channelIds.flatMap((channel) =>
      formalityLevels.map((formality): Context => ({ tone, channel, formality, chain, address: keys?.[formality] })),
    ),
  );
  // A scenario's node overrides the common one only where it has text for the context (an explicit "" counts).
  const alternatives = (nodes: (Node | undefined)[], c: Context, where: string): number[] => {
    const given = nodes.filter((n) => n !== undefined);
    const origin = `${orthography}/${where}/${c.tone}/${c.channel}/${c.formality}`;
    for (const node of given) {
      const options = select(node, c);
      if (options.length > 0) return options.map((text) => add(text, origin));
    }
    if (given.length > 0) throw new Error(`${source.language}: ${where} has no text for ${c.tone}/${c.channel}`);
    return [add('', origin)];
  };
  const perContext = (nodes: (Node | undefined)[], where: string) => contexts.map((c) => alternatives(nodes, c, where));
  const byScenario = <T>(f: (id: ScenarioId) => T) => Object.fromEntries(scenarioIds.map((id) => [id, f(id)])) as Record<ScenarioId, T>;

  // A piece whose nodes name situations is resolved once per class of situation they tell apart.
  const perSituation = (nodes: (Node | undefined)[], where: string): PieceTable => {
    const found = new Set<string>();
    const visit = (node: Node | undefined) => {
      if (node === undefined || typeof node === 'string') return;
      if (Array.isArray(node)) return node.forEach(visit);
      for (const [key, child] of Object.entries(node)) {
        if ((situationKeys as readonly string[]).includes(key)) found.add(key);
        visit(child);
      }
    };
    nodes.forEach(visit);
    if (found.size === 0) return { keys: null, tables: { '*': perContext(nodes, where) } };
    const keys = {
      intents: intents.filter((k) => found.has(k)),
      reasons: reasonCodes.filter((k) => found.has(k)),
      detail: found.has('detail'),
      noReason: found.has('noReason'),
    };
    const tables: Record<string, number[][]> = {};
    for (const intent of [...keys.intents, '*']) {
      for (const reason of [...keys.reasons, ...(keys.noReason ? ['none'] : []), '*']) {
        for (const detail of keys.detail && reason !== 'none' ? [true, false] : [false]) {
          const situation = {
            intent: intent === '*' ? undefined : intent,
            reason: reason === '*' || reason === 'none' ? undefined : reason,
            detail,
            noReason: reason === 'none',
          };
          const lists = contexts.map((c) => alternatives(nodes, { ...c, situation }, where));
          tables[`${intent}|${reason}|${detail ? 'detail' : ''}`] = lists;
        }
      }
    }
    return { keys, tables };
  };
  const pieces = byScenario((id) => {
    const own = source.scenarios.get(id)!.pieces;
    return Object.fromEntries(pieceNames.map((piece) => [piece, perSituation([own[piece], source.common[piece]], `${id}/${piece}`)])) as Record<PieceName, PieceTable>;
  });
  const reasons = byScenario((id) => {
    const own = source.scenarios.get(id)!.reasons;
    return Object.fromEntries(
      [...reasonCodes, 'specific' as const].map((code) => [code, perContext([own[code], source.reasons[code]], `${id}/reasons.${code}`)]),
    ) as Record<ReasonCode | 'specific', number[][]>;
  });
  const fallbacks = byScenario((id) => perContext([source.scenarios.get(id)!.pieces.subjectFallback, source.common.subjectFallback], `${id}/subjectFallback`));
  const email: Context = { tone: 'formal', channel: 'email', formality: 'formal', chain, address: keys?.formal };
  const advice = Object.fromEntries(adviceCodes.map((code) => [code, alternatives([source.advice[code]], email, `advice.${code}`)[0]!])) as Record<AdviceCode, number>;
  const omitted = Object.fromEntries(omissions.map((o) => [o, alternatives([source.omittedWords[o]], email, `advice.omitted.${o}`)[0]!])) as Record<Omission, number>;
  const reasonLabels = Object.fromEntries(reasonCodes.map((code) => [code, alternatives([source.reasonLabels[code]], email, `advice.reasonLabels.${code}`)[0]!])) as Record<ReasonCode, number>;
  return { format: catalogueFormat, orthography, version: `${orthography}-${hash}`, templates, pieces, reasons, fallbacks, advice, omitted, reasonLabels, origins };
}
