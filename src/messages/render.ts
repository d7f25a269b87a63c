// Renders a validated request into a message: facts -> view model -> parts (one phrasing chosen per part by the
// seed) -> channel text, stats and advice.
import { hash } from 'node:crypto';
import {
  channels,
  findScenario,
  partNames,
  shortNoticeHours,
  scenarios,
  type ChannelId,
  type Disclosure,
  type Formality,
  type PartName,
  type ReasonCode,
  type Scenario,
  type ToneId,
} from './catalogue.js';
import { channelStats } from './channels.js';
import { languageVariant, resolveLanguage, type LanguageVariant } from './languages/index.js';
import { interviewClock } from './languages/time.js';
import type { Omission } from './omissions.js';
import { choose, derivedSeed } from './phrasing.js';
import { classify } from './classification.js';
import { smsEncoding, toGsmPunctuation } from './sms.js';
import type { AdviceCode, CompiledCatalogue, PieceName, Selection, Template } from './templates.js';
import type { FieldError, Message, MessageRequest } from './schema.js';

const channelById = new Map(channels.map((c) => [c.id, c]));
export const privateReasons: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['personal', 'health', 'family']);
/** Subjects stay under 78 characters, the line length RFC 5322 recommends; longer ones use the fallback. */
export const subjectMaxLength = 77;

/** The request with its defaults resolved; the view model later drops the facts the scenario does not use. */
export interface NormalisedRequest {
  scenario: Scenario;
  tone: ToneId;
  channel: ChannelId;
  language: LanguageVariant;
  formality: Formality;
  seed: string;
  /** The reason the text gives: the request's code, else the scenario's own, else `other` for a bare detail. */
  reasonCode: ReasonCode | null;
  disclosure: Disclosure;
  request: MessageRequest;
  nowMs: number;
}

export type Normalised = { ok: true; value: NormalisedRequest } | { ok: false; errors: FieldError[] };

const fail = (pointer: string, message: string): Normalised => ({ ok: false, errors: [{ pointer, message }] });
const uses = (scenario: Scenario, field: string) => (scenario.fields.uses as readonly string[]).includes(field);

/** Scenarios that cancel an upcoming interview without the short-notice premise: where to send a far-off one. */
const notShortNotice = scenarios.filter((s) => s.id !== 'last-minute' && uses(s, '/interview/at')).map((s) => s.id);

/**
 * Checks what the schema cannot (how the interview and the reason fit the scenario) and applies defaults.
 * `nowMs` is the server clock, used when the request gives no `now`; `fallback` the language negotiated from
 * Accept-Language, used when the body names none.
 */
export function normaliseRequest(request: MessageRequest, nowMs: number, fallback: LanguageVariant = languageVariant('en-US')): Normalised {
  const scenario = findScenario(request.scenario)!;
  const now = request.now ? Date.parse(request.now) : nowMs;
  const at = request.interview?.at;
  if (scenario.interviewTiming === 'upcoming' && uses(scenario, '/interview/at')) {
    if (at === undefined && scenario.fields.required.includes('/interview/at')) {
      return fail('/interview/at', `is required: "${scenario.id}" is for an interview less than ${shortNoticeHours} hours away`);
    }
    if (at && Date.parse(at) <= now) {
      return fail('/interview/at', `must be after now (${request.now ?? new Date(now).toISOString()}): "${scenario.id}" cancels an upcoming interview`);
    }
    if (at && scenario.id === 'last-minute' && Date.parse(at) - now >= shortNoticeHours * 3_600_000) {
      const hours = Math.floor((Date.parse(at) - now) / 3_600_000);
      return fail(
        '/interview/at',
        `is ${hours} hours after now, not short notice: "last-minute" is for an interview less than ${shortNoticeHours} hours away; use ${notShortNotice.join(', ')}`,
      );
    }
  }

  const reason = request.reason;
  const code = uses(scenario, '/reason/code') ? reason?.code : undefined;
  if (code !== undefined) {
    const why = scenario.refusedReasons?.[code];
    if (why) return fail('/reason/code', `"${code}" ${why}`);
    if (request.newEmployer !== undefined && uses(scenario, '/newEmployer') && code !== 'another-offer') {
      return fail(
        '/reason/code',
        `"${code}" cannot be the reason when newEmployer is given: naming the employer whose offer you accepted makes "another-offer" the reason. Leave out reason.code (or use another-offer), or leave out newEmployer`,
      );
    }
  }
  const detail = uses(scenario, '/reason/detail') ? reason?.detail : undefined;
  const reasonCode =
    code ??
    (request.newEmployer !== undefined && uses(scenario, '/newEmployer') ? 'another-offer' : undefined) ??
    scenario.impliedReason ??
    (detail !== undefined && uses(scenario, '/reason/code') ? 'other' : null);
  // Private reasons stay private unless the candidate explicitly asks for the detail to be shared; so does a detail
  // given without a code, which may be private too.
  const disclosure = reason?.disclosure ?? (detail !== undefined && code !== undefined && !privateReasons.has(code) ? 'specific' : 'general');

  const language = request.language ? resolveLanguage(request.language) : { ok: true as const, variant: fallback };
  if (!language.ok) return fail('/language', 'is not a language this service writes');
  return {
    ok: true,
    value: {
      scenario,
      tone: request.tone ?? scenario.defaultTone,
      channel: request.channel ?? 'email',
      language: language.variant,
      formality: language.variant.formality ? (request.formality ?? 'formal') : 'formal',
      seed: request.phrasingSeed ?? derivedSeed(request.candidate.name, request.recipient?.name, request.company),
      reasonCode,
      disclosure,
      request,
      nowMs: now,
    },
  };
}

/** Which alternative (0 to count - 1) a slot of the message uses. */
export type Picker = (slot: string, count: number) => number;

/** Picks every slot's `k`-th alternative (wrapping): a few of these render every alternative of a message. */
export const rotation = (k: number): Picker => (_slot, count) => k % count;

/** Picks one alternative per piece, and remembers the choices: they are part of the message's identity. */
class Phrasing {
  readonly choices: number[] = [];
  private readonly picker: Picker;
  constructor(seed: string, picker?: Picker) {
    this.picker = picker ?? ((slot, count) => choose(seed, slot, count));
  }

  pick(slot: string, alternatives: readonly Template[]): Template {
    const index = this.picker(slot, alternatives.length);
    this.choices.push(index);
    return alternatives[index]!;
  }
}

/** The view model every template sees. Every key is present (null when absent): templates compile strictly. */
function viewModel(n: NormalisedRequest, catalogue: CompiledCatalogue, phrasing: Phrasing) {
  const { request, scenario, tone } = n;
  // Each variant brings its own conventions (de-AT's month names, fr-CA's times), though it may share templates.
  const h = n.language.helpers;
  const use = <T>(field: string, value: T | undefined): T | null => (uses(scenario, field) && value !== undefined ? value : null);
  // Friendly prose drops a company's legal form; formal and firm letters, and subjects, keep the name as given.
  const everyday = tone === 'warm' || tone === 'concise';
  const named = (name: string) => (everyday ? h.everydayCompany(name) : name);

  const at = use('/interview/at', request.interview?.at);
  const clock = at ? interviewClock(at, use('/interview/timeZone', request.interview?.timeZone), n.nowMs, request.now ?? null) : null;
  const words = clock ? h.interviewWords(clock) : null;
  const upcoming = clock ? clock.hoursAhead > 0 : true;
  const role = use('/role', request.role);
  const format = use('/interview/format', request.interview?.format);

  const recipientName = use('/recipient/name', request.recipient?.name);
  const recipientPreferred = recipientName ? use('/recipient/preferredName', request.recipient?.preferredName) : null;
  const recipientGiven = recipientName ? (recipientPreferred ?? h.givenName(recipientName)) : null;
  const honorific = recipientName ? (use('/recipient/honorific', request.recipient?.honorific) ?? undefined) : undefined;
  const titled = recipientName ? h.titledName(honorific, recipientName) : null;
  const candidateName = request.candidate.name;
  const phone = use('/candidate/phone', request.candidate.phone);
  const company = named(request.company);
  const newEmployer = use('/newEmployer', request.newEmployer);

  const view = {
    candidate: {
      name: candidateName,
      givenName: use('/candidate/preferredName', request.candidate.preferredName) ?? h.givenName(candidateName) ?? candidateName,
      email: use('/candidate/email', request.candidate.email),
      phone,
      phoneSlow: phone ? h.slowNumber(phone) : null,
    },
    recipient: {
      name: recipientName,
      /** "Priya", or the preferred name: for personal greetings; never an initial. */
      givenName: recipientGiven,
      /** "Ms Shah", only with an honorific (never guessed). */
      titled,
      /** For "Dear ...": the titled name, else the full name. */
      formal: titled ?? (recipientName && h.greetingName ? h.greetingName(recipientName) : recipientName),
      /** For "Hi ...": the given name, else the titled or full name, never an initial alone. */
      personal: recipientGiven ?? titled ?? recipientName,
      /** Spoken formally on voicemail: title and surname, or the given name; never the full name. */
      spoken: titled ?? recipientGiven,
      /**
       * The name the recipient asked to be called, only when the platform gave one: where formal address greets a
       * stranger by full name ("Guten Tag Thomas Becker"), a preferred name is the invitation to use it instead.
       */
      preferredName: recipientPreferred,
      /** The honorific the platform gave (never guessed): languages whose greetings agree with it test these. */
      ms: honorific === 'ms',
      mr: honorific === 'mr',
      dr: honorific === 'dr',
    },
    company,
    companys: h.possessive(company),
    /** The company after a preposition or in a case, with its article, where the language has one (German). */
    companyWith: h.companyWith?.(company) ?? null,
    role,
    aRole: role ? h.withArticle(role) : null,
    // Nested objects are always present with null leaves: strict templates may test `interview.when` or
    // `reason.because` without first testing the parent.
    interview: {
      when: words?.when ?? null,
      day: words?.day ?? null,
      time: words?.time ?? null,
      upcoming,
      // Shortcuts for the two ways a message refers to an interview: one still to cancel ("tomorrow at
      // 3 pm"), or one already held ("Thank you for meeting me on Tuesday").
      upcomingWhen: words && upcoming ? words.when : null,
      pastDay: words && !upcoming ? words.day : null,
      format: format === null ? null : (h.formatWords[format] ?? format),
      phone: format === 'phone',
      video: format === 'video',
      onsite: format === 'onsite',
    },
    shortNotice: clock !== null && clock.hoursAhead > 0 && clock.hoursAhead < shortNoticeHours,
    reason: {
      code: n.reasonCode,
      because: null as string | null,
      /** The candidate's own reason, as a clause with its connector, when they chose to share it. */
      detail: null as string | null,
      specific: false,
      private: n.reasonCode !== null && privateReasons.has(n.reasonCode),
      // A reason an employer might answer with a better offer: a firm no says that would not change it.
      negotiable: n.disclosure !== 'none' && (n.reasonCode === 'compensation' || n.reasonCode === 'schedule' || n.reasonCode === 'location'),
    },
    newEmployer: newEmployer === null ? null : named(newEmployer),
    newEmployerWith: newEmployer === null ? null : (h.companyWith?.(named(newEmployer)) ?? null),
    keepDoorOpen: use('/keepDoorOpen', request.keepDoorOpen) ?? false,
    referral: use('/referral', request.referral),
    noFurtherContact: use('/requestNoFurtherContact', request.requestNoFurtherContact) ?? false,
    informal: n.formality === 'informal',
  };

  const sel = selection(n);
  const code = n.reasonCode;
  if (code !== null && n.disclosure !== 'none') {
    const detail = uses(scenario, '/reason/detail') ? request.reason?.detail : undefined;
    const specific = n.disclosure === 'specific' && detail !== undefined;
    if (specific) view.reason.detail = h.becauseClause(detail);
    // The candidate's own words replace the general wording, except for another offer: its wording names the new
    // employer, and the detail then says why they took it.
    const key = specific && code !== 'another-offer' ? 'specific' : code;
    const clause = tidy(phrasing.pick('reason', catalogue.reason(scenario.id, key, sel))(view));
    // A clause carries its own leading comma where it needs one (", as I have ...") or its colon where it explains
    // with a sentence of its own (German: ": Ich habe ... angenommen, denn ..."); otherwise it follows a space.
    view.reason.because = clause === '' ? null : /^[,:]/.test(clause) ? clause : ` ${clause}`;
    view.reason.specific = specific;
  }
  return view;
}

type View = ReturnType<typeof viewModel>;
type Parts = Partial<Record<PartName, string>>;

function selection(n: NormalisedRequest): Selection {
  return { tone: n.tone, channel: n.channel, formality: n.formality };
}

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
    .trim();
}
const untidy = /[ \t]{2}|\t|^\s|\s$| \n|\n |\n{3}|(?<![.])\.\.(?!\.)|[!?]\.(?=\s|$)/;

function composeParts(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View, phrasing: Phrasing): Parts {
  const finish = n.channel === 'sms' ? (s: string) => toGsmPunctuation(tidy(s)) : tidy;
  const sel = selection(n);
  const parts: Parts = {};
  for (const name of partNames) {
    const text = finish(phrasing.pick(name, catalogue.piece(n.scenario.id, name, sel))(view));
    if (text) parts[name] = text;
  }
  return parts;
}

function layoutText(channel: ChannelId, parts: Parts): string {
  const layout = channelById.get(channel)!;
  return layout.paragraphs
    .map((group) => group.map((p) => parts[p]).filter(Boolean).join(' '))
    .filter(Boolean)
    .join(layout.paragraphSeparator);
}

/** Where correct spelling needs UCS-2 (accents outside GSM-7), a text may run to three of its shorter segments. */
export function smsFits(text: string): boolean {
  const { encoding, segments } = smsEncoding(text);
  return segments <= (encoding === 'GSM-7' ? 2 : 3);
}

/** A voicemail someone can follow and note a number from: under 45 seconds. */
export const voicemailMaxSeconds = 45;

/**
 * A text past its segment limit costs the sender more and arrives in pieces, and a voicemail past 45 seconds loses
 * its listener, so what a message can best do without gives way, one at a time: first the generic closing words,
 * then the optional facts (the role, the referral, the wish to stay in touch, the new employer's name), then the
 * detail of the time and the names. The advice names what was left out, so nothing disappears silently.
 */
function fitChannel(n: NormalisedRequest, catalogue: CompiledCatalogue, view: View, parts: Parts, picker: Picker | undefined, fits: (text: string) => boolean) {
  const leftOut: Omission[] = [];
  const dropped = new Set<PartName>();
  let current = view;
  let composed = parts;
  const drop = (name: PartName) => {
    dropped.add(name);
    return omit(composed, name);
  };
  // A fresh Phrasing with the same seed picks the same alternatives, so only the facts change.
  const rerender = (next: View) => {
    current = next;
    const fresh = composeParts(n, catalogue, next, new Phrasing(n.seed, picker));
    for (const name of dropped) delete fresh[name];
    return fresh;
  };
  const steps: { omits: Omission; applies: () => boolean; apply: () => Parts }[] = [
    { omits: 'closing', applies: () => Boolean(composed.closing), apply: () => drop('closing') },
    { omits: 'referral', applies: () => Boolean(composed.referral), apply: () => drop('referral') },
    // Only the optional wish to stay in touch; where staying in touch is the scenario's point, it stays.
    { omits: 'doorOpen', applies: () => current.keepDoorOpen && Boolean(composed.doorOpen), apply: () => drop('doorOpen') },
    // The role goes after the niceties: it tells a recruiter with many openings which application this is.
    { omits: 'role', applies: () => current.role !== null, apply: () => rerender({ ...current, role: null, aRole: null }) },
    { omits: 'newEmployer', applies: () => current.newEmployer !== null, apply: () => rerender({ ...current, newEmployer: null, newEmployerWith: null }) },
    {
      omits: 'interviewTime',
      applies: () => current.interview.upcomingWhen !== null && current.interview.upcomingWhen !== current.interview.day,
      apply: () => rerender({ ...current, interview: { ...current.interview, upcomingWhen: current.interview.day, when: current.interview.day } }),
    },
    { omits: 'reason', applies: () => current.reason.because !== null, apply: () => rerender({ ...current, reason: { ...current.reason, because: null } }) },
    {
      omits: 'recipientName',
      applies: () => current.recipient.personal !== null,
      apply: () => rerender({ ...current, recipient: { ...current.recipient, name: null, givenName: null, titled: null, formal: null, personal: null, spoken: null, preferredName: null, ms: false, mr: false, dr: false } }),
    },
    {
      omits: 'surname',
      applies: () => current.candidate.name !== current.candidate.givenName,
      apply: () => rerender({ ...current, candidate: { ...current.candidate, name: current.candidate.givenName } }),
    },
  ];
  for (const step of steps) {
    if (fits(layoutText(n.channel, composed))) break;
    if (!step.applies()) continue;
    const before = layoutText(n.channel, composed);
    const next = step.apply();
    if (layoutText(n.channel, next) === before) continue;
    composed = next;
    leftOut.push(step.omits);
  }
  return { parts: composed, leftOut };
}

function omit(parts: Parts, name: PartName): Parts {
  const copy = { ...parts };
  delete copy[name];
  return copy;
}

function adviceFor(n: NormalisedRequest, view: View): AdviceCode[] {
  const codes: AdviceCode[] = [];
  const id = n.scenario.id;
  if (id === 'accepted-another-offer' || view.newEmployer !== null) codes.push('send-now');
  if (view.shortNotice) codes.push(n.channel === 'voicemail' ? 'write-as-well' : 'call-as-well');
  if (view.reason.private && view.reason.specific) codes.push('private-detail-included');
  else if (view.reason.private) codes.push('no-details-needed');
  if (id === 'firm-no') codes.push('final-message');
  else if (id === 'withdraw-application' || id === 'decline-offer' || id === 'not-a-fit') codes.push('be-brief');
  return codes;
}

/** `picker` overrides the seed's choices (the start-up check and the tests render every alternative with it). */
export function renderMessage(n: NormalisedRequest, catalogue: CompiledCatalogue, picker?: Picker): Message {
  const { scenario, tone, channel } = n;
  const sel = selection(n);
  const phrasing = new Phrasing(n.seed, picker);
  const view = viewModel(n, catalogue, phrasing);
  let parts = composeParts(n, catalogue, view, phrasing);
  let leftOut: Omission[] = [];
  if (channel === 'sms') ({ parts, leftOut } = fitChannel(n, catalogue, view, parts, picker, smsFits));
  if (channel === 'voicemail') {
    const speakable = (s: string) => n.language.helpers.speakingSeconds(s) <= voicemailMaxSeconds;
    ({ parts, leftOut } = fitChannel(n, catalogue, view, parts, picker, speakable));
  }
  const layout = channelById.get(channel)!;
  const text = layoutText(channel, parts);

  let subject: string | undefined;
  if (layout.hasSubject) {
    // Subjects keep the company's and new employer's names as given, in every tone.
    const asGiven = {
      ...view,
      company: n.request.company,
      companys: n.language.helpers.possessive(n.request.company),
      companyWith: n.language.helpers.companyWith?.(n.request.company) ?? null,
    };
    // The chosen phrasing, else the next one that fits, else the short fallback that long names need.
    const subjects = catalogue.piece(scenario.id, 'subject', sel);
    const first = subjects.indexOf(phrasing.pick('subject', subjects));
    for (let i = 0; i < subjects.length && (!subject || subject.length > subjectMaxLength); i++) {
      subject = oneLine(subjects[(first + i) % subjects.length]!(asGiven));
    }
    if (!subject || subject.length > subjectMaxLength) subject = oneLine(phrasing.pick('subjectFallback', catalogue.subjectFallback(scenario.id, sel))(asGiven));
  }

  const stats = channelStats(channel, text, n.language.helpers);
  const adviceCodes = adviceFor(n, view);
  if (leftOut.length > 0) adviceCodes.push(channel === 'sms' ? 'sms-shortened' : 'voicemail-shortened');
  if (stats.smsEncoding === 'UCS-2') adviceCodes.push('sms-unicode');
  if (channel === 'sms' && !smsFits(text)) adviceCodes.push('sms-too-long');
  if (channel === 'linkedin' && stats.characters >= 1000) adviceCodes.push('too-long');
  if (stats.speakingSeconds !== undefined && stats.speakingSeconds > voicemailMaxSeconds) adviceCodes.push('too-long');
  const adviceView = adviceCodes.length > 0 ? { ...view, stats, channel, leftOut: n.language.helpers.list(leftOut.map((o) => catalogue.omissionWords(o, view))) } : view;
  const advice = adviceCodes.map((code) => ({ code, text: tidy(catalogue.advice(code)(adviceView)) }));

  return {
    id: messageId(n, view, catalogue.version, phrasing.choices),
    scenario: scenario.id,
    tone,
    channel,
    language: n.language.tag,
    ...(n.language.formality && { formality: n.formality }),
    phrasingSeed: n.seed,
    ...(subject !== undefined && { subject }),
    text,
    ...(layout.hasSubject && { html: toHtml(text) }),
    parts,
    ...(leftOut.length > 0 && { omitted: leftOut }),
    stats,
    advice,
    templateVersion: catalogue.version,
    classification: classify(n),
  };
}

/** One line of plain spaces, except the no-break space French typography puts before : ; ! ? and inside « ». */
const oneLine = (s: string) =>
  tidy(s).replace(/\s+/g, (space, at: number, line: string) =>
    /^[\u00A0\u202F]$/.test(space) && (/^[:;!?»]/.test(line.slice(at + 1)) || line[at - 1] === '«') ? space : ' ',
  );

/**
 * A stable id: the hash of everything the text depends on, which is the view model and the phrasing chosen (plus
 * scenario, tone, channel, language and template version). `now` enters only through the interview's relative day
 * and the short-notice flag, so two requests a minute apart share an id (and an ETag), and facts the scenario
 * does not use change nothing.
 */
function messageId(n: NormalisedRequest, view: View, version: string, choices: readonly number[]): string {
  // The view is built in a fixed key order, so plain JSON.stringify is already canonical.
  const key = JSON.stringify([version, n.scenario.id, n.tone, n.channel, n.language.tag, n.formality, choices, view]);
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

export type { PieceName };
