// A message in a platform's own words: its template rendered with the same view model, reason clause, subject
// fallback, statistics, advice and classification as ours; and its settings (footer, signature) on any message.
import { hash } from 'node:crypto';
import { composeSubject, oneLine, Phrasing, toHtml, type Picker } from '../messages/assemble.js';
import type { ChannelId, ScenarioId, ToneId } from '../messages/catalogue.js';
import { channelStats } from '../messages/channels.js';
import { choose } from '../messages/phrasing.js';
import { finishMessage, tidy, withReason } from '../messages/render.js';
import type { NormalisedRequest } from '../messages/request.js';
import type { Message } from '../messages/schema.js';
import { toGsmPunctuation } from '../messages/sms.js';
import type { CompiledCatalogue } from '../messages/templates.js';
import { buildView } from '../messages/view-model.js';
import type { TemplateVersion } from '../store/tenant-store.js';
import type { TenantSettings } from './settings.js';
import { compileChecked, type Template } from './template-check.js';

/** A stored version made ready to render: compiled once, kept as long as the process (versions never change). */
export interface CompiledVersion {
  tenantId: string;
  scenario: ScenarioId;
  language: string;
  channel: ChannelId;
  version: number;
  tone: ToneId | null;
  subject: Template | undefined;
  text: Template;
}

export function compileVersion(tenantId: string, v: TemplateVersion): CompiledVersion {
  return {
    tenantId,
    scenario: v.scenario as ScenarioId,
    language: v.language,
    channel: v.channel as ChannelId,
    version: v.version,
    tone: v.tone as ToneId | null,
    subject: v.subject === null ? undefined : compileChecked(v.subject),
    text: compileChecked(v.text),
  };
}

/**
 * Renders the request with a platform's template. The text is tidied as ours is (runs of spaces an optional section
 * leaves), an SMS keeps to GSM-7 punctuation, and an email without a subject of its own gets ours. Channel fitting
 * does not shorten a platform's words: validation has checked them, and the advice says when a long fact still
 * breaks a limit.
 */
export function renderWithTemplate(
  n: NormalisedRequest,
  template: CompiledVersion,
  catalogue: CompiledCatalogue,
  adviceCatalogue: CompiledCatalogue = catalogue,
  picker?: Picker,
): Message {
  const { channel } = n;
  const pick = picker ?? ((slot: string, count: number) => choose(n.seed, slot, count));
  const phrasing = new Phrasing(pick);
  const view = withReason(n, catalogue, buildView(n), phrasing);
  const raw = tidy(template.text(view));
  const text = channel === 'sms' ? toGsmPunctuation(raw) : raw;
  const subject = channel !== 'email' ? undefined : template.subject ? oneLine(template.subject(view)) : composeSubject(n, catalogue, view, phrasing);
  return finishMessage(n, view, adviceCatalogue, {
    text,
    subject,
    parts: {},
    leftOut: [],
    // The built-in id's inputs, with the tenant's template in place of our catalogue's version.
    idSource: `tenant:${template.tenantId}:${template.scenario}:${template.language}:${template.channel}:${template.version}:${catalogue.version}`,
    choices: phrasing.choices,
    templateVersion: catalogue.version,
    template: { source: 'tenant', version: template.version, scenario: template.scenario, language: template.language, channel: template.channel, tone: template.tone },
  });
}

/**
 * A platform's signature line under the candidate's signature and its footer under the email, in the text and the
 * HTML; the id (and so the ETag) changes with them. Other channels are left as they are: a signature or footer would
 * cost an SMS segment or seconds of a voicemail, and LinkedIn shows who sent a message.
 */
export function applySettings(message: Message, settings: TenantSettings, helpers: Parameters<typeof channelStats>[2]): Message {
  if (message.channel !== 'email' || (settings.signature === null && settings.emailFooter === null)) return message;
  let text = message.text;
  if (settings.signature !== null) text = `${text}\n${settings.signature}`;
  if (settings.emailFooter !== null) text = `${text}\n\n${settings.emailFooter.trim()}`;
  const id = hash('sha256', JSON.stringify([message.id, settings.signature, settings.emailFooter]), 'base64url').slice(0, 22);
  return { ...message, id, text, html: toHtml(text), stats: channelStats('email', text, helpers) };
}
