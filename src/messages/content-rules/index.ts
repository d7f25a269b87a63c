// Content rules as a library: checkMessage reads one message in its language and returns what a careful reader of
// that language would object to, each with a stable rule id. Pure and free of Fastify, so the service can apply it to
// words it did not write (a platform's own templates) as the tests apply it to ours.
import { languageEntry, resolveLanguage } from '../languages/index.js';
import { read } from './reading.js';
import type { ContentRule, Finding } from './rule.js';
import { channelRules } from './rules/channels.js';
import { factRules } from './rules/facts.js';
import { languageRules } from './rules/language.js';
import { mechanicsRules } from './rules/mechanics.js';
import { repetitionRules } from './rules/repetition.js';
import { seamRules } from './rules/seams.js';
import type { CheckInput, LanguageWords, Violation } from './types.js';

export type { CheckInput, DenyEntry, LanguageWords, MessageFacts, MessageUnderCheck, Severity, Violation } from './types.js';
export type { ContentRule } from './rule.js';

/** Every rule, in the order a reader meets the problems: mechanics, repetition, channel, facts, seams, language. */
export const contentRules = [...mechanicsRules, ...repetitionRules, ...channelRules, ...factRules, ...seamRules, ...languageRules] as const;

/** The id of every rule: a stable, public name. */
export type RuleId = (typeof contentRules)[number]['id'];
export const ruleIds: readonly string[] = contentRules.map((r) => r.id);

/** The public list: each rule's id, severity and what it catches. */
export const ruleList = contentRules.map(({ id, severity, description }) => ({ id, severity, description }));

/** The content-rule words of the language a tag resolves to; throws on a language the service does not write. */
export function languageWords(tag: string): LanguageWords {
  const resolved = resolveLanguage(tag);
  const entry = resolved.ok ? languageEntry(resolved.variant.language) : undefined;
  if (!entry) throw new Error(`no content rules for the language of "${tag}"`);
  return entry.contentWords;
}

function violations(rule: ContentRule, found: Finding | readonly Finding[]): Violation[] {
  const list = Array.isArray(found) ? (found as readonly Finding[]) : [found as Finding];
  return list.map((f) => ({
    rule: rule.id,
    severity: rule.severity,
    ...(typeof f === 'string' ? { message: f } : { message: f.message, ...(f.pointer && { pointer: f.pointer }) }),
  }));
}

export interface CheckOptions {
  /** Only these rules (by id); all by default. */
  only?: readonly string[];
}

/** Every violation of every rule in one message, in rule order; an empty list when a reader would find nothing. */
export function checkMessage(input: CheckInput, options: CheckOptions = {}): Violation[] {
  const reading = read(input, languageWords(input.message.language));
  const out: Violation[] = [];
  for (const rule of contentRules as readonly ContentRule[]) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const found = rule.check(reading);
    if (found) out.push(...violations(rule, found));
  }
  return out;
}
