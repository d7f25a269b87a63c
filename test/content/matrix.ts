// The content matrix: every scenario x tone x channel rendered with each set of facts, in one language, with every
// alternative phrasing (rotations) and with seeds, as a reviewer would meet them across many candidates.
import { channelIds, scenarios, toneIds, type ChannelId, type Formality, type Scenario, type ToneId, usesField } from '../../src/messages/catalogue.js';
import { rotation, type Picker } from '../../src/messages/render.js';
import { MessageRequestSchema, type Message, type MessageRequest } from '../../src/messages/schema.js';
import { createMessageService, type MessageService } from '../../src/messages/service.js';

export const now = '2026-11-29T10:00:00-05:00';
let instance: MessageService | undefined;
/** Made on first use, so that collecting the test files (`vitest list`) loads no catalogue. */
export const messageService = (): MessageService => (instance ??= createMessageService({ clock: () => Date.parse(now) }));
export const service: Pick<MessageService, 'render'> = { render: (...args) => messageService().render(...args) };

export type Facts = Omit<MessageRequest, 'scenario' | 'tone' | 'channel'>;

export interface FactSet {
  name: string;
  facts: Facts;
  /** The interview's time as the text should say it, when one is given and still ahead. */
  when?: string;
  /** The same as a voicemail says it, where the language's spoken form differs (French: "9 h, heure de Paris"). */
  spokenWhen?: string;
  /** Realistic input: every text keeps every fact (long names may make a text leave some out, and say so). */
  normalLength: boolean;
}

export interface Rendering {
  set: FactSet;
  scenario: Scenario;
  tone: ToneId;
  channel: ChannelId;
  /** "rotation 1" or "seed 7": which phrasing it is. */
  phrasing: string;
  /** The form of address asked for, in languages that have one (absent: the default). */
  formality?: Formality;
  message: Message;
  label: string;
}

export interface RenderOptions {
  language?: string;
  seed?: string;
  picker?: Picker;
  /** Sie or du, vous or tu ...: the request's `formality`, where the language has one. */
  formality?: Formality;
}

/** Validates like the API does, then renders; throws on a request the service refuses. */
export function renderOne(facts: Facts, scenario: Scenario, tone: ToneId, channel: ChannelId, options: RenderOptions = {}): Message {
  const body = {
    ...facts,
    scenario: scenario.id,
    tone,
    channel,
    ...(options.language && { language: options.language }),
    ...(options.seed && { phrasingSeed: options.seed }),
    ...(options.formality && { formality: options.formality }),
  };
  const request = MessageRequestSchema.parse(body);
  const result = service.render(request, undefined, options.picker);
  if (!result.ok) throw new Error(`${scenario.id}/${tone}/${channel}: ${JSON.stringify(result.errors)}`);
  return result.message;
}

/** Whether a set applies to a scenario: an interview that has happened cannot be cancelled as upcoming. */
export function applies(set: FactSet, scenario: Scenario): boolean {
  const at = set.facts.interview?.at;
  const nowMs = Date.parse(set.facts.now ?? now);
  const past = at !== undefined && Date.parse(at) <= nowMs;
  if (past && scenario.interviewTiming === 'upcoming') return false;
  // last-minute is for an interview less than a day away, and needs one.
  if (scenario.id === 'last-minute') return at !== undefined && !past && Date.parse(at) - nowMs < 24 * 3_600_000;
  return true;
}

export const seeds = (count: number) => Array.from({ length: count }, (_, i) => `seed-${i}`);

/**
 * The facts of a set as a scenario takes them: a reason code the scenario refuses (tested in test/api) gives way to
 * the scenario's own, and a named new employer is the reason where the scenario weaves one in.
 */
export function factsFor(set: FactSet, scenario: Scenario): Facts {
  // A set that names a new employer and gives a detail of another reason is refused where the employer is the reason
  // (the detail would read as why they took the offer): the scenario takes the employer, and the detail goes.
  if (set.facts.newEmployer !== undefined && set.facts.reason?.detail !== undefined && set.facts.reason.code !== 'another-offer' && uses(scenario, '/newEmployer')) {
    const { detail: _detail, ...reason } = set.facts.reason;
    return factsFor({ ...set, facts: { ...set.facts, reason } }, scenario);
  }
  // keep-door-open always keeps the door open: a set that closes it is refused there (tested in test/api).
  if (set.facts.keepDoorOpen === false && scenario.keepsDoorOpen) {
    const { keepDoorOpen: _closed, ...facts } = set.facts;
    return factsFor({ ...set, facts }, scenario);
  }
  const code = set.facts.reason?.code;
  if (!code || !uses(scenario, '/reason/code')) return set.facts;
  // Where the reason is the other offer, another reason's detail would read as why the candidate took it: it goes whole.
  if (scenario.impliedReason === 'another-offer' && code !== 'another-offer') {
    const { reason: _other, ...facts } = set.facts;
    return facts;
  }
  const refused = scenario.refusedReasons?.[code] !== undefined;
  const employerConflict = set.facts.newEmployer !== undefined && uses(scenario, '/newEmployer') && code !== 'another-offer';
  if (!refused && !employerConflict) return set.facts;
  const { code: _dropped, ...reason } = set.facts.reason!;
  // A private reason given way to keeps its privacy: its detail is still not for sharing unless it was asked for.
  const disclosure = reason.disclosure ?? (['personal', 'health', 'family'].includes(code) ? 'general' : undefined);
  return {
    ...set.facts,
    reason: { ...reason, ...(disclosure && { disclosure }), ...(refused && scenario.impliedReason && !employerConflict && { code: scenario.impliedReason }) },
  };
}

/**
 * The choices of a set (another date, openness to negotiate, deletion of data) as a scenario and tone take them: the
 * service refuses a choice that contradicts them (src/messages/cross-field-rules.ts), so the matrix leaves it out there.
 */
export function choicesFor(facts: Facts, scenario: Scenario, tone: ToneId): Facts {
  const out: Facts = { ...facts };
  if (out.intent !== undefined && !scenario.intents.includes(out.intent)) {
    delete out.intent;
    delete out.availability;
  }
  const code = out.reason?.code;
  if (tone === 'firm' || !code || !(scenario.negotiableReasons ?? []).includes(code)) delete out.openToNegotiation;
  if (!scenario.dataDeletion || out.intent === 'reschedule' || (out.keepDoorOpen && uses(scenario, '/keepDoorOpen')) || out.openToNegotiation) delete out.requestDataDeletion;
  return out;
}

/**
 * Every alternative of every piece appears in some rotation; seeds mix them as candidates would. `formality`, in the
 * languages that have one, renders the whole matrix in that form of address.
 */
export function buildMatrix(language: string, sets: readonly FactSet[], seedCount = 20, rotations = 3, formality?: Formality): Rendering[] {
  const phrasings: { phrasing: string; options: RenderOptions }[] = [
    ...Array.from({ length: rotations }, (_, k) => ({ phrasing: `rotation ${k}`, options: { language, picker: rotation(k), formality } })),
    ...seeds(seedCount).map((seed) => ({ phrasing: seed, options: { language, seed, formality } })),
  ];
  return sets.flatMap((set) =>
    scenarios.filter((scenario) => applies(set, scenario)).flatMap((scenario) =>
      toneIds.flatMap((tone) =>
        channelIds.flatMap((channel) =>
          phrasings.map(({ phrasing, options }) => ({
            set,
            scenario,
            tone,
            channel,
            phrasing,
            ...(formality && { formality }),
            message: renderOne(choicesFor(factsFor(set, scenario), scenario, tone), scenario, tone, channel, options),
            label: `[${language}${formality ? ` ${formality}` : ''} ${set.name}, ${phrasing}] ${scenario.id} / ${tone} / ${channel}`,
          })),
        ),
      ),
    ),
  );
}

/** Everything a reader sees: the subject (email only) and the text. */
export function visible(m: Message): string {
  return m.subject ? `${m.subject}\n${m.text}` : m.text;
}

export function uses(scenario: Scenario, field: string): boolean {
  return (scenario.fields.uses as readonly string[]).includes(field);
}

/** Where the recruiter listens from, as the rendering's facts say: the interview's zone, where the scenario takes it. */
export function listenerZone(r: Rendering): string | undefined {
  return usesField(r.scenario, '/interview/timeZone') ? r.set.facts.interview?.timeZone : undefined;
}

/**
 * The hour at which the recruiter reads the message, worked out here rather than by the service: at the interview's
 * place (its zone, else the offset of its time) when the scenario is about one, else in the candidate's zone, else in
 * the offset of `now`, at the moment `now` (or the matrix clock) gives.
 */
export function readerHour(r: Pick<Rendering, 'set' | 'scenario'>): number {
  const { facts } = r.set;
  const iso = facts.now ?? now;
  const about = uses(r.scenario, '/interview/at') ? facts.interview : undefined;
  const zone = (about?.at && about.timeZone) || facts.candidate?.timeZone;
  const offsetOf = (s: string) => {
    const m = /([+-])(\d{2}):(\d{2})$/.exec(s);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  if (zone && (about?.timeZone === zone || !about?.at)) {
    return Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(Date.parse(iso))));
  }
  const offset = about?.at ? offsetOf(about.at) : offsetOf(iso);
  return new Date(Date.parse(iso) + offset * 60_000).getUTCHours();
}

/** What a text or voicemail left out to fit its channel. */
export function leftOut(m: Message): readonly string[] {
  return m.omitted ?? [];
}

/** Runs a check over many renderings and lists every failure with its label, so one run shows them all. */
export function failures(renderings: readonly Rendering[], check: (r: Rendering) => string | undefined | false, limit = 25): string[] {
  const found: string[] = [];
  for (const r of renderings) {
    const problem = check(r);
    if (problem) found.push(`${r.label}: ${problem}\n    ${visible(r.message).replace(/\n/g, '\n    ')}`);
    if (found.length >= limit) break;
  }
  return found;
}

export { channelIds, scenarios, toneIds };
