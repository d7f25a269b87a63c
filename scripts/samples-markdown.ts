// Builds docs/samples/<tag>.md from the catalogue: what a reviewer reads to judge the words without running anything.
import { channels, formalityLevels, scenarios, toneIds, type Scenario } from '../src/messages/catalogue.js';
import { sampleRequest } from '../src/messages/examples.js';
import { languageVariant, languageVariants } from '../src/messages/languages/index.js';
import type { Message, MessageRequest } from '../src/messages/schema.js';
import { createMessageService } from '../src/messages/service.js';

export { sampleRequest };

/** The scenario shown in every tone and on every channel. */
const featured = 'accepted-another-offer';

/** The tags that get a samples file: every variant the service writes. */
export const sampleTags = languageVariants.map((v) => v.tag);

// The examples carry their own "now" where it matters; the clock only stands in for scenarios without one.
const service = createMessageService({ clock: () => Date.parse('2026-11-29T10:00:00-05:00') });

function render(request: MessageRequest): Message {
  const result = service.render(request);
  if (!result.ok) throw new Error(`${request.scenario}: ${JSON.stringify(result.errors)}`);
  return result.message;
}

function stats(m: Message): string {
  if (m.stats.smsSegments !== undefined) return `${m.stats.characters} characters, ${m.stats.smsSegments} SMS segment(s), ${m.stats.smsEncoding}`;
  if (m.stats.speakingSeconds !== undefined) return `${m.stats.words} words, about ${m.stats.speakingSeconds} seconds spoken`;
  return `${m.stats.words} words`;
}

function block(m: Message): string {
  const lines = [m.subject ? `Subject: ${m.subject}\n\n${m.text}` : m.text];
  const body = ['```text', ...lines, '```', '', `*${stats(m)}.*`];
  if (m.advice.length > 0) body.push('', 'Advice shown to the candidate:', '', ...m.advice.map((a) => `- ${a.text}`));
  return body.join('\n');
}

function facts(request: MessageRequest): string {
  const { scenario: _s, tone: _t, channel: _c, ...rest } = request;
  // One line per fact keeps the request readable next to the message it produces.
  const inline = (value: unknown): string =>
    value !== null && typeof value === 'object'
      ? `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`
      : JSON.stringify(value);
  const lines = Object.entries(rest).map(([key, value]) => `  ${JSON.stringify(key)}: ${inline(value)}`);
  return ['Facts:', '', '```json', `{\n${lines.join(',\n')}\n}`, '```'].join('\n');
}

function scenarioSection(s: Scenario, tag: string): string {
  const request = sampleRequest(s, tag);
  return [`### ${s.title}`, '', `\`${s.id}\`, ${s.defaultTone} tone, by email. ${s.description}`, '', facts(request), '', block(render(request))].join('\n');
}

export function samplesMarkdown(tag: string): string {
  const variant = languageVariant(tag);
  const example = sampleRequest(scenarios.find((s) => s.id === featured)!, tag);
  const title = scenarios.find((s) => s.id === featured)!.title.toLowerCase();
  const formalities = variant.formality ? formalityLevels : (['formal'] as const);
  return [
    `# Sample messages: ${tag}`,
    '',
    'Generated from the templates by `npm run samples`; a test fails when this file is out of date, so edit',
    "the templates, not this file. Dates are relative to the `now` in each example's facts, and every message",
    'uses the phrasing seed `sample` (another seed picks other reviewed wordings).',
    '',
    '## Each scenario in its default tone',
    '',
    ...scenarios.map((s) => `${scenarioSection(s, tag)}\n`),
    `## Every tone of one scenario: ${title}`,
    '',
    variant.formality ? 'The facts of the first example above, by email, with formal and then informal address.' : 'The facts of the first example above, by email.',
    '',
    ...formalities.flatMap((formality) =>
      toneIds.map((tone) => `### ${tone} tone${variant.formality ? `, ${formality} address` : ''}\n\n${block(render({ ...example, tone, formality }))}\n`),
    ),
    `## Every channel of one scenario: ${title}`,
    '',
    'The same facts again, in the default tone.',
    '',
    ...channels.map((c) => `### ${c.id}\n\n${c.description}\n\n${block(render({ ...example, channel: c.id }))}\n`),
    `## Three phrasing seeds of one scenario: ${title}`,
    '',
    'The same facts and tone with three different `phrasingSeed` values: what three candidates on one platform would send.',
    '',
    ...['application-1041', 'application-2517', 'application-3308'].map((seed) => `### \`${seed}\`\n\n${block(render({ ...example, phrasingSeed: seed }))}\n`),
  ].join('\n');
}
