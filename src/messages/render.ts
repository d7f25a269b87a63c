// Renders a validated request into a message: facts -> view model -> parts -> channel text, stats and advice.
import { hash } from 'node:crypto';
import Handlebars from 'handlebars';
import {
  channels,
  findScenario,
  partNames,
  type ChannelId,
  type PartName,
  type ReasonCode,
  type Scenario,
  type ToneId,
} from './catalogue.js';
import { channelStats } from './channels.js';
import { classify } from './classification.js';
import { smsEncoding, toGsmPunctuation } from './sms.js';
import { describeInterviewTime, list, possessive, shortName, withArticle } from './language.js';
import { pieceSeparator, type AdviceCode, type CompiledCatalogue } from './templates.js';
import type { FieldError, Message, MessageRequest } from './schema.js';

const channelById = new Map(channels.map((c) => [c.id, c]));
const privateReasons = new Set<ReasonCode>(['personal', 'health', 'family']);
const shortNoticeHours = 24;
/** Subjects stay under 78 characters, the line length RFC 5322 recommends; longer ones use the fallback. */
export const subjectMaxLength = 77;

/** The request with its defaults resolved; the view model later drops the facts the scenario does not use. */
export interface NormalisedRequest {
  scenario: Scenario;
  tone: ToneId;
  channel: ChannelId;
  request: MessageRequest;
  nowMs: number;
}

export type Normalised = { ok: true; value: NormalisedRequest } | { ok: false; errors: FieldError[] };

/**
 * Checks what the schema cannot (how the interview relates to `now` for this scenario) and applies defaults.
 * `nowMs` is the server clock, used when the request gives no `now`.
 */
export function normaliseRequest(request: MessageRequest, nowMs: number): Normalised {
  const scenario = findScenario(request.scenario)!;
  const now = request.now ? Date.parse(request.now) : nowMs;
  const at = request.interview?.at;
  const uses = new Set(scenario.fields.uses);
  if (at && uses.has('/interview/at') && scenario.interviewTiming === 'upcoming' && Date.parse(at) <= now) {
    return {
      ok: false,
      errors: [
        {
          pointer: '/interview/at',
          message: `must be after now (${request.now ?? new Date(now).toISOString()}): "${scenario.id}" cancels an upcoming interview`,
        },
      ],
    };
  }
  return {
    ok: true,
    value: {
      scenario,
      tone: request.tone ?? scenario.defaultTone,
      channel: request.channel ?? 'email',
      request,
      nowMs: now,
    },
  };
}

function reasonCode(n: NormalisedRequest): ReasonCode | undefined {
  return n.request.reason?.code ?? (n.request.reason?.detail ? 'other' : n.scenario.impliedReason);
}

function disclosure(n: NormalisedRequest) {
  const reason = n.request.reason;
  return reason?.disclosure ?? (reason?.detail ? 'specific' : 'general');
}

/** The view model every template sees. Every key is present (null when absent): templates compile strictly. */
function viewModel(n: NormalisedRequest, catalogue: CompiledCatalogue) {
  const { request, scenario, tone, channel } = n;
  const uses = new Set(scenario.fields.uses);
  const use = <T>(field: (typeof scenario.fields.uses)[number], value: T | undefined): T | null =>
    uses.has(field) && value !== undefined ? value : null;

  const at = use('/interview/at', request.interview?.at);
  const time = at ? describeInterviewTime(at, n.nowMs) : null;
  const upcoming = time ? time.hoursAhead > 0 : true;
  const role = use('/role', request.role);
  const recipientName = use('/recipient/name', request.recipient?.name);
  const format = use('/interview/format', request.interview?.format);

  const view = {
    candidate: {
      name: request.candidate.name,
      shortName: shortName(request.candidate.name),
      email: use('/candidate/email', request.candidate.email),
      phone: use('/candidate/phone', request.candidate.phone),
    },
    recipient: {
      name: recipientName,
      shortName: recipientName ? shortName(recipientName) : null,
      title: use('/recipient/title', request.recipient?.title),
    },
    company: request.company,
    companys: possessive(request.company),
    role,
    aRole: role ? withArticle(role) : null,
    // Nested objects are always present with null leaves: strict templates may test `interview.when` or
    // `reason.specific` without first testing the parent.
    interview: {
      when: time?.when ?? null,
      day: time?.day ?? null,
      time: time?.time ?? null,
      upcoming,
      // Shortcuts for the two ways a message refers to an interview: one still to cancel ("tomorrow at
      // 3 pm"), or one already held ("Thank you for meeting me on Tuesday").
      upcomingWhen: time && upcoming ? time.when : null,
      pastDay: time && !upcoming ? time.day : null,
      format: format === 'onsite' ? 'in-person' : format,
    },
    shortNotice: time !== null && time.hoursAhead > 0 && time.hoursAhead < shortNoticeHours,
    // No reason given means a null sentence, which is what templates test ("{{#if reason.sentence}}").
    reason: { code: null, sentence: null, specific: false, implied: false } as {
      code: ReasonCode | null;
      sentence: string | null;
      specific: boolean;
      implied: boolean;
    },
    newEmployer: use('/newEmployer', request.newEmployer),
    keepDoorOpen: use('/keepDoorOpen', request.keepDoorOpen) ?? false,
    referral: use('/referral', request.referral),
    noFurtherContact: use('/requestNoFurtherContact', request.requestNoFurtherContact) ?? false,
  };

  const code = uses.has('/reason/code') || scenario.impliedReason ? reasonCode(n) : undefined;
  const level = disclosure(n);
  if (code && level !== 'none') {
    const detail = uses.has('/reason/detail') ? request.reason?.detail : undefined;
    const specific = level === 'specific' && detail !== undefined;
    const sentence = specific
      ? catalogue.reason('specific', tone, channel)({ ...view, detail: sentenceBody(detail) })
      : catalogue.reason(code, tone, channel)(view);
    // implied: the scenario's own wording already says this (not-a-fit says "not the right fit"), so the
    // reason sentence would only repeat it.
    const implied = !specific && code === scenario.impliedReason;
    view.reason = { code, sentence: tidy(sentence), specific, implied };
  }
  return view;
}

/**
 * A detail as the candidate typed it, made into a sentence of its own: first letter capitalised (its first
 * word may be a name, so it is never lower-cased), without the final full stop the template adds.
 */
export function sentenceBody(detail: string): string {
  const body = detail.trim().replace(/[.!\s]+$/, '');
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/**
 * Collapses runs of spaces (optional template sections leave them) and keeps intended line breaks. It never moves
 * punctuation: that would change what a candidate typed ("Yes ! Inc"); templates are tested to need no such help.
 */
function tidy(s: string): string {
  // Most pieces are already tidy; checking is cheaper than rebuilding them.
  if (!untidy.test(s)) return s;
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
const untidy = /[ \t]{2}|\t|^\s|\s$| \n|\n |\n{3}/;


function adviceFor(n: NormalisedRequest, view: ReturnType<typeof viewModel>): AdviceCode[] {
  const codes: AdviceCode[] = [];
  const id = n.scenario.id;
  if (id === 'accepted-another-offer' || view.newEmployer) codes.push('send-now');
  if (view.shortNotice || id === 'last-minute') codes.push(n.channel === 'voicemail' ? 'write-as-well' : 'call-as-well');
  if (id === 'personal-reasons' || (view.reason.code !== null && privateReasons.has(view.reason.code))) {
    codes.push('no-details-needed');
  }
  if (id === 'firm-no') codes.push('final-message');
  else if (id === 'withdraw-application' || id === 'decline-offer' || id === 'not-a-fit') codes.push('be-brief');
  return codes;
}

type View = ReturnType<typeof viewModel>;

type Parts = Partial<Record<PartName, string>>;

/** Renders the message's combined template once and splits it into its parts and raw subject. */
function compose(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View): { parts: Parts; subject: string } {
  const finish = n.channel === 'sms' ? (s: string) => toGsmPunctuation(tidy(s)) : tidy;
  const pieces = catalogue.message(n.scenario.id, n.tone, n.channel)(view).split(pieceSeparator);
  const parts: Parts = {};
  partNames.forEach((name, i) => {
    const text = finish(pieces[i]!);
    if (text) parts[name] = text;
  });
  return { parts, subject: pieces[partNames.length]! };
}

function composeParts(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View): Parts {
  return compose(n, catalogue, view).parts;
}

function layoutText(channel: ChannelId, parts: Partial<Record<PartName, string>>): string {
  const layout = channelById.get(channel)!;
  return layout.paragraphs
    .map((group) => group.map((p) => parts[p]).filter(Boolean).join(' '))
    .filter(Boolean)
    .join(layout.paragraphSeparator);
}

/**
 * An SMS past two segments costs the sender more and arrives in pieces, so when long names push it over, the
 * facts a text can best do without give way, one at a time: first the role (the company and the interview
 * time already say which application), then the referral and the wish to stay in touch (both better said in
 * a follow-up). The advice names what was left out, so nothing disappears silently.
 */
function fitSms(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View) {
  let parts = composeParts(n, catalogue, view);
  const leftOut: string[] = [];
  const fits = () => smsEncoding(layoutText('sms', parts)).segments <= 2;
  if (!fits() && view.role !== null) {
    const withoutRole = composeParts(n, catalogue, { ...view, role: null, aRole: null });
    if (layoutText('sms', withoutRole) !== layoutText('sms', parts)) {
      parts = withoutRole;
      leftOut.push('the role');
    }
  }
  if (!fits() && parts.referral) {
    delete parts.referral;
    leftOut.push(`the offer to introduce ${view.referral}`);
  }
  // Only the optional wish to stay in touch; where staying in touch is the scenario's point, it stays.
  if (!fits() && view.keepDoorOpen && parts.doorOpen) {
    delete parts.doorOpen;
    leftOut.push('the wish to stay in touch');
  }
  return { parts, leftOut };
}

export function renderMessage(n: NormalisedRequest, catalogue: CompiledCatalogue): Message {
  const { scenario, tone, channel, request } = n;
  const view = viewModel(n, catalogue);
  const composed = channel === 'sms' ? { ...fitSms(n, catalogue, view), subject: '' } : { ...compose(n, catalogue, view), leftOut: [] };
  const { parts, leftOut } = composed;
  const layout = channelById.get(channel)!;
  const text = layoutText(channel, parts);

  let subject: string | undefined;
  if (layout.hasSubject) {
    subject = tidy(composed.subject).replace(/\s+/g, ' ');
    if (!subject || subject.length > subjectMaxLength) subject = tidy(catalogue.subjectFallback(tone)(view)).replace(/\s+/g, ' ');
  }

  const stats = channelStats(channel, text);
  const adviceCodes = adviceFor(n, view);
  if (leftOut.length > 0) adviceCodes.push('sms-shortened');
  if (stats.smsEncoding === 'UCS-2') adviceCodes.push('sms-unicode');
  if (stats.smsSegments !== undefined && stats.smsSegments > 2) adviceCodes.push('sms-too-long');
  if (channel === 'linkedin' && stats.characters >= 1000) adviceCodes.push('too-long');
  if (stats.speakingSeconds !== undefined && stats.speakingSeconds > 45) adviceCodes.push('too-long');
  const adviceView = adviceCodes.length > 0 ? { ...view, stats, channel, leftOut: list(leftOut) } : view;
  const advice = adviceCodes.map((code) => ({ code, text: tidy(catalogue.advice(code)(adviceView)) }));

  const message: Message = {
    id: messageId(n, view, catalogue.version),
    scenario: scenario.id,
    tone,
    channel,
    language: request.language ?? 'en',
    ...(subject !== undefined && { subject }),
    text,
    ...(layout.hasSubject && { html: toHtml(text) }),
    parts,
    stats,
    advice,
    templateVersion: catalogue.version,
    classification: classify(scenario, request),
  };
  return message;
}

/**
 * A stable id: the hash of everything the text depends on, which is the view model (plus scenario, tone, channel
 * and template version). `now` enters only through the interview's relative day and the short-notice flag, so
 * two requests a minute apart share an id (and an ETag), and facts the scenario does not use change nothing.
 */
function messageId(n: NormalisedRequest, view: ReturnType<typeof viewModel>, version: string): string {
  // The view is built in a fixed key order, so plain JSON.stringify is already canonical.
  const key = JSON.stringify([version, n.scenario.id, n.tone, n.channel, view]);
  return hash('sha256', key, 'base64url').slice(0, 22);
}

/** The text as minimal HTML: every character escaped, paragraphs as <p>, line breaks as <br>. */
export function toHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p) => `<p>${p.split('\n').map((l) => Handlebars.escapeExpression(l)).join('<br>\n')}</p>`)
    .join('\n');
}
