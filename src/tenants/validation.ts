// Validation of a platform's draft by our rules: its syntax and variables (with line and column), then the draft
// rendered with the given facts, or the scenario's examples in the language's own names, in every tone it serves,
// and read by the same content rules our own words meet.
import { toneIds, type ChannelId, type ScenarioId, type ToneId } from '../messages/catalogue.js';
import { checkMessage, type MessageFacts } from '../messages/content-rules/index.js';
import { sampleRequest } from '../messages/examples.js';
import { languageEntry, languageTags, languageVariant, resolveLanguage, type LanguageVariant } from '../messages/languages/index.js';
import { fieldErrorsFromIssues } from '../messages/problems.js';
import { parseRequest, type NormalisedRequest } from '../messages/request.js';
import { findScenario } from '../messages/catalogue.js';
import { MessageRequestSchema, type FieldError, type Message, type MessageRequest } from '../messages/schema.js';
import type { CompiledCatalogue } from '../messages/templates.js';
import { buildView } from '../messages/view-model.js';
import { checkTemplate, type TemplateProblem } from './template-check.js';
import { compileVersion, renderWithTemplate } from './tenant-render.js';

export interface Violation {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export interface Rendering {
  tone: ToneId;
  subject?: string;
  text?: string;
  html?: string;
  stats?: Message['stats'];
  violations: Violation[];
}

export interface DraftToCheck {
  scenario: ScenarioId;
  /** A variant tag or a base language, as `templateLanguage` returns it. */
  language: string;
  channel: ChannelId;
  tone?: ToneId | undefined;
  subject?: string | undefined;
  text: string;
  facts?: Record<string, unknown> | undefined;
}

export type Validated =
  | { ok: true; valid: boolean; violations: Violation[]; renderings: Rendering[] }
  | { ok: false; errors: FieldError[] };

/** The written languages and the variant tags: what a template's path may name. */
const baseLanguages = [...new Set(languageTags.map((t) => t.split('-')[0]!))];
export const templateLanguages: readonly string[] = [...baseLanguages, ...languageTags];

/** A path's language as stored: a variant tag ("fr-CA") or a base language ("fr"), in any case or with "_". */
export function templateLanguage(param: string): string | undefined {
  const wanted = param.replace(/_/g, '-').toLowerCase();
  return templateLanguages.find((t) => t.toLowerCase() === wanted);
}

/** The variant a template's language renders its examples in: itself, or the base language's default variant. */
export function variantOf(language: string): LanguageVariant {
  if (languageTags.includes(language)) return languageVariant(language);
  return languageVariant(languageEntry(language)!.defaultVariant);
}

/** The facts as the platform sent them and as the message used them: what the content rules read as "not ours". */
export function factsForRules(n: NormalisedRequest, message: Message): MessageFacts {
  const f = n.request;
  const understood = message.facts;
  const when = buildView(n).interview.upcomingWhen;
  const other = [f.recipient?.title, understood.jobReference ?? undefined].filter((x): x is string => Boolean(x));
  return {
    candidate: {
      name: understood.candidate.name,
      ...(f.candidate.preferredName && { preferredName: f.candidate.preferredName }),
      ...(f.candidate.email && { email: f.candidate.email }),
      ...(f.candidate.phone && { phone: f.candidate.phone }),
    },
    ...(understood.recipient && {
      recipient: {
        name: understood.recipient.name,
        ...(f.recipient?.preferredName && { preferredName: f.recipient.preferredName }),
        ...(understood.recipient.honorific && { honorific: understood.recipient.honorific }),
      },
    }),
    company: understood.company.legalName,
    companyEveryday: understood.company.name,
    ...(understood.newEmployer && { newEmployer: understood.newEmployer.legalName, newEmployerEveryday: understood.newEmployer.name }),
    ...(understood.role && { role: message.channel === 'voicemail' ? understood.role.spoken : understood.role.name }),
    ...(understood.referral && { referral: understood.referral.name }),
    ...(f.reason?.detail && { reasonDetail: { text: f.reason.detail, shared: n.disclosure === 'specific' } }),
    ...(when && { interviewWhen: when }),
    ...(f.interview?.timeZone && { interviewTimeZone: f.interview.timeZone }),
    ...(other.length > 0 && { other }),
    ...(f.openToNegotiation === true && { openToNegotiation: true }),
  };
}

/**
 * A platform's text has no labelled parts; a letter's first line, when it stands alone, is its greeting and its last
 * paragraph its signature, which is where the rules look for the recipient's name and the candidate's details.
 */
function partsOf(message: Message): Message['parts'] | undefined {
  if (message.channel !== 'email' && message.channel !== 'linkedin') return undefined;
  const paragraphs = message.text.split('\n\n');
  const first = paragraphs[0]!;
  if (paragraphs.length < 2 || first.includes('\n')) return undefined;
  return { greeting: first, ...(message.channel === 'email' && { signature: paragraphs.at(-1)! }) };
}

export function violationsOf(n: NormalisedRequest, message: Message): Violation[] {
  const parts = partsOf(message);
  return checkMessage({
    message: {
      language: message.language,
      scenario: message.scenario,
      tone: message.tone,
      channel: message.channel,
      ...(message.formality && { formality: message.formality }),
      ...(message.subject !== undefined && { subject: message.subject }),
      text: message.text,
      ...(message.html !== undefined && { html: message.html }),
      ...(parts && { parts }),
      stats: message.stats,
    },
    facts: factsForRules(n, message),
  });
}

/** Problems of the draft's own fields: syntax, variables, and a subject where the channel has none. */
export function draftProblems(draft: Pick<DraftToCheck, 'channel' | 'subject' | 'text'>): (TemplateProblem | Violation)[] {
  const out: (TemplateProblem | Violation)[] = [...checkTemplate(draft.text, '/text')];
  if (draft.subject !== undefined) {
    if (draft.channel !== 'email') out.push({ rule: 'subject-outside-email', severity: 'error', message: `a ${draft.channel} message has no subject`, pointer: '/subject' });
    else out.push(...checkTemplate(draft.subject, '/subject'));
  }
  return out;
}

export interface ValidationContext {
  catalogue(orthography: string): CompiledCatalogue;
  nowMs(): number;
}

export function validateDraft(draft: DraftToCheck, context: ValidationContext): Validated {
  const violations: Violation[] = draftProblems(draft);
  if (violations.length > 0) return { ok: true, valid: false, violations, renderings: [] };
  const variant = variantOf(draft.language);
  const scenario = findScenario(draft.scenario)!;
  const base: Record<string, unknown> = draft.facts ? { ...draft.facts } : { ...sampleRequest(scenario, variant.tag) };
  delete base.phrasingSeed;
  const request = { ...base, scenario: draft.scenario, channel: draft.channel, language: variant.tag };
  const parsed = MessageRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, ['facts']) };
  const template = compileVersion('draft', { ...draft, version: 0, tone: draft.tone ?? null, subject: draft.subject ?? null, note: null, warnings: [], createdAt: '', createdBy: { keyId: null, name: null } });
  const tones = draft.tone ? [draft.tone] : toneIds.filter((t) => !(t === 'firm' && parsed.data.openToNegotiation === true));
  const renderings: Rendering[] = [];
  for (const tone of tones) {
    const normalised = parseRequest({ ...(parsed.data as MessageRequest), tone }, context.nowMs(), variant);
    if (!normalised.ok) return { ok: false, errors: normalised.errors.map((e) => ({ ...e, pointer: `/facts${e.pointer}` })) };
    const n = normalised.value;
    const resolved = resolveLanguage(n.language.tag);
    const catalogue = context.catalogue(resolved.ok ? resolved.variant.orthography : n.language.orthography);
    try {
      const message = renderWithTemplate(n, template, catalogue);
      renderings.push({
        tone,
        ...(message.subject !== undefined && { subject: message.subject }),
        text: message.text,
        ...(message.html !== undefined && { html: message.html }),
        stats: message.stats,
        violations: violationsOf(n, message),
      });
    } catch (err) {
      const message = (err as Error).message;
      renderings.push({ tone, violations: [{ rule: 'template-render', severity: 'error', message: `does not render with these facts: ${message}`, pointer: '/text' }] });
    }
  }
  const valid = renderings.every((r) => r.violations.every((v) => v.severity !== 'error'));
  return { ok: true, valid, violations, renderings };
}
