// Assembling a message from its pieces: each part rendered and tidied, the parts laid out for the channel, a
// subject that fits, the HTML, and the id that names the words.
import { hash } from 'node:crypto';
import { channels, partNames, type ChannelId, type PartName } from './catalogue.js';
import type { NormalisedRequest } from './request.js';
import { toGsmPunctuation } from './sms.js';
import type { CompiledCatalogue, Selection, Situation, Template } from './templates.js';
import type { View } from './view-model.js';

const channelById = new Map(channels.map((c) => [c.id, c]));
export const channelLayout = (channel: ChannelId) => channelById.get(channel)!;

/** Subjects stay under 78 characters, the line length RFC 5322 recommends; longer ones use the fallback. */
export const subjectMaxLength = 77;

export type Parts = Partial<Record<PartName, string>>;

/** Which alternative (0 to count - 1) a slot of the message uses. */
export type Picker = (slot: string, count: number) => number;

/** Picks one alternative per piece, and remembers the choices: they are part of the message's identity. */
export class Phrasing {
  readonly choices: number[] = [];
  constructor(private readonly picker: Picker) {}
  pick(slot: string, alternatives: readonly Template[]): Template {
    const index = this.picker(slot, alternatives.length);
    this.choices.push(index);
    return alternatives[index]!;
  }
}

export const selectionOf = (n: NormalisedRequest): Selection => ({ tone: n.tone, channel: n.channel, formality: n.formality });

/** The situation a message's pieces are chosen for: what the candidate asks, and the reason the text gives. */
export const situationOf = (n: NormalisedRequest, view: View): Situation => ({
  intent: n.intent,
  reason: n.disclosure === 'none' ? null : n.reasonCode,
  detail: view.reason.specific,
});

/**
 * Collapses runs of spaces (optional template sections leave them) and keeps intended line breaks; drops the full
 * stop a sentence adds after a name that already ends in one ("Acme, Inc.."). It never moves other punctuation:
 * that would change what a candidate typed ("Yes ! Inc"); templates are tested to need no such help.
 */
export function tidy(s: string): string {
  if (!untidy.test(s)) return s;
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(?<![.])\.\.(?!\.)/g, '.')
    .replace(/([!?])\.(?=\s|$)/g, '$1')
    // The French and spoken Spanish zone phrase closes with a comma ("à 10 h, heure de Paris, avec …", "a las diez
    // de la mañana, hora de Chile, porque …"), which goes before the
    // punctuation that ends its clause; only ours, so a comma a candidate typed ("!,") stays.
    .replace(zoneComma, '$1')
    // A French role that carries its own bracket ("attaché (niveau A1)") takes the reference into it, not a second
    // bracket beside it: "(niveau A1, référence LD/2026/087)".
    .replace(bracketPair, ', $1')
    .trim();
}
const bracketPair = /\) \((référence |réf\. )/gu;
const zoneComma = /(\b(?:heure d(?:e |e l['’]|u |es )|hora (?:de |del |peninsular\b))[^,.;:!?\n]{0,40}),(?=[ \u00A0\u202F]*[.,:;!?])/gu;
const untidy = /\) \((?:référence |réf\. )|[ \t]{2}|\t|^\s|\s$| \n|\n |\n{3}|(?<![.])\.\.(?!\.)|[!?]\.(?=\s|$)|\b(?:heure d|hora (?:de|peninsular))[^,.;:!?\n]{0,45},[ \u00A0\u202F]*[.,:;!?]/u;

/**
 * The reason as our clause ("because the hours do not suit me") or the candidate's own words, where the text gives
 * one: templates that weave a reason into a sentence read `reason.because`; those written whole per reason read
 * only `reason.detail`.
 */
export function withReason(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View, phrasing: Phrasing): View {
  const code = n.reasonCode;
  if (code === null || n.disclosure === 'none') return view;
  const detail = n.scenario.fields.uses.includes('/reason/detail') ? n.request.reason?.detail : undefined;
  const specific = n.disclosure === 'specific' && detail !== undefined;
  const reason = { ...view.reason, specific, detail: specific ? n.language.helpers.becauseClause(detail, view.interview.upcoming ? view.interview.day : null, code) : null };
  // The candidate's own words replace the general wording, except for another offer: its wording names the new
  // employer, and the detail then says why they took it.
  const key = specific && code !== 'another-offer' ? 'specific' : code;
  const clause = tidy(phrasing.pick('reason', catalogue.reason(n.scenario.id, key, selectionOf(n)))({ ...view, reason }));
  // A clause carries its own leading comma where it needs one (", as I have ...") or its colon where it explains
  // with a sentence of its own (German: ": Ich habe ... angenommen, denn ..."); otherwise it follows a space.
  reason.because = clause === '' ? null : /^[,:]/.test(clause) ? clause : ` ${clause}`;
  return { ...view, reason };
}

export function composeParts(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View, phrasing: Phrasing): Parts {
  const finish = n.channel === 'sms' ? (s: string) => toGsmPunctuation(tidy(s)) : tidy;
  const sel = selectionOf(n);
  const situation = situationOf(n, view);
  const parts: Parts = {};
  for (const name of partNames) {
    const text = finish(phrasing.pick(name, catalogue.piece(n.scenario.id, name, sel, situation))(view));
    if (text) parts[name] = text;
  }
  return parts;
}

export function layoutText(channel: ChannelId, parts: Parts): string {
  const layout = channelLayout(channel);
  return layout.paragraphs
    .map((group) => group.map((p) => parts[p]).filter(Boolean).join(' '))
    .filter(Boolean)
    .join(layout.paragraphSeparator);
}

/** One line of plain spaces, except the no-break space French typography puts before : ; ! ? and inside « ». */
export const oneLine = (s: string) =>
  tidy(s).replace(/\s+/g, (space, at: number, line: string) =>
    /^[\u00A0\u202F]$/.test(space) && (/^[:;!?»]/.test(line.slice(at + 1)) || line[at - 1] === '«') ? space : ' ',
  );

/** The chosen phrasing, else the next one that fits, else the short fallback that long names need. */
export function composeSubject(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View, phrasing: Phrasing): string {
  const sel = selectionOf(n);
  const subjects = catalogue.piece(n.scenario.id, 'subject', sel, situationOf(n, view));
  const first = subjects.indexOf(phrasing.pick('subject', subjects));
  let subject: string | undefined;
  for (let i = 0; i < subjects.length && (!subject || subject.length > subjectMaxLength); i++) {
    subject = oneLine(subjects[(first + i) % subjects.length]!(view));
  }
  if (!subject || subject.length > subjectMaxLength) {
    const fallback = phrasing.pick('subjectFallback', catalogue.subjectFallback(n.scenario.id, sel));
    // The fallback names the person first; with a name and a role too long together even for it, the role gives way,
    // then the reference: the recruiter finds the application by the name.
    const shorter = [view, { ...view, role: null, aRole: null, roleComma: false, roleFunction: false }, { ...view, role: null, aRole: null, roleComma: false, roleFunction: false, jobReference: null }];
    for (const v of shorter) {
      subject = oneLine(fallback(v));
      if (subject.length <= subjectMaxLength) break;
    }
  }
  return subject!;
}

/** What a message's id is the hash of, besides the request's scenario, tone, channel, language and formality. */
export interface IdSource {
  /** Our catalogue's version, or a platform's template and version. */
  version: string;
  choices: readonly number[];
  subject: string | undefined;
  text: string;
  advice: readonly string[];
  leftOut: readonly string[];
  /** The facts as the answer reports them (names and companies as understood). */
  facts: object;
}

/**
 * A stable id: the hash of the words and of what the answer says about them (subject, text, advice, what was left out,
 * the facts as understood), with the phrasing chosen and the template version. `now` changes it only where it changes
 * the words (the interview's relative day, the greeting's part of the day), so two requests a minute apart share an
 * id (and an ETag), and facts the scenario does not use change nothing. The words are hashed rather than the view
 * model they came from: serialising the whole view cost more than hashing.
 */
export function messageId(n: NormalisedRequest, source: IdSource): string {
  const { version, choices, subject, text, advice, leftOut, facts } = source;
  const key = JSON.stringify([version, n.scenario.id, n.tone, n.channel, n.language.tag, n.formality, choices, subject ?? null, text, advice, leftOut, facts]);
  return hash('sha256', key, 'base64url').slice(0, 22);
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
/** Handlebars' escaping, character for character, without loading Handlebars at run time (templates are compiled). */
export const escapeHtml = (s: string) => s.replace(/[&<>"'`=]/g, (ch) => htmlEntities[ch]!);

/** The text as minimal HTML: every character escaped, paragraphs as <p>, line breaks as <br>. */
export function toHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}
