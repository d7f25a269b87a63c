// Facts that contradict each other or the scenario, refused by name: each would put false words under the
// candidate's name. One list, read by the request parser, the OpenAPI description of the request and the README.
import { scenarios, shortNoticeHours, usesField, type Scenario, type ToneId } from './catalogue.js';
import { sameOrganisation } from './facts/company.js';
import { offsetMinutes, utcOffsetLabel, zoneOffsetMinutes } from './languages/time.js';
import { candidateNameMissing, type FieldError, type MessageRequest } from './schema.js';

/** The IANA time zone database this runtime carries ("2026e"), named where an offset is refused. */
const tzdataVersion = process.versions.tz ?? 'of this runtime';

export interface RuleInput {
  request: MessageRequest;
  scenario: Scenario;
  /** The tone the message is written in (the request's, else the scenario's default in that market). */
  tone: ToneId;
  /** `now` in milliseconds: the request's, else the server clock. */
  nowMs: number;
}

export interface CrossFieldRule {
  /** A stable id, for tests and the docs. */
  id: string;
  /** The field the error names. */
  pointer: string;
  /** What the rule refuses, in one sentence, for the OpenAPI document and the README. */
  description: string;
  /** The error message when the facts break the rule, else null. */
  check(input: RuleInput): string | null;
}

const uses = (s: Scenario, field: Parameters<typeof usesField>[1]) => usesField(s, field);
/** Scenarios that cancel an upcoming interview without the short-notice premise: where to send a far-off one. */
const notShortNotice = scenarios.filter((s) => !s.shortNoticeOnly && uses(s, '/interview/at')).map((s) => s.id);
const hours = (ms: number) => Math.floor(ms / 3_600_000);
const nowText = ({ request, nowMs }: RuleInput) => request.now ?? new Date(nowMs).toISOString();

/** Checked by the schema itself (with the other fields), and listed here with the rest. */
export const candidateNameRule: CrossFieldRule = {
  id: 'candidate-name',
  pointer: '/candidate/name',
  description: '`candidate` needs `name`, or `familyName` (with or without `givenName`).',
  check: ({ request: { candidate } }) =>
    candidate.name === undefined && candidate.familyName === undefined ? candidateNameMissing : null,
};

export const crossFieldRules: readonly CrossFieldRule[] = [
  candidateNameRule,
  ...(['candidate', 'recipient'] as const).flatMap((who): CrossFieldRule[] =>
    (['givenName', 'familyName'] as const).map((part) => ({
      id: `${who}-${part}-in-name`,
      pointer: `/${who}/${part}`,
      description: `\`${who}.${part}\`, when \`${who}.name\` is also given, is part of that name.`,
      check: ({ request }) => {
        const person = request[who];
        const value = person?.[part];
        if (!person?.name || value === undefined) return null;
        const fold = (s: string) => s.normalize('NFC').toLowerCase();
        return fold(person.name).includes(fold(value)) ? null : `"${value}" is not part of ${who}.name "${person.name}"; send the name that matches, or only the parts`;
      },
    })),
  ),
  {
    id: 'recipient-name-parts',
    pointer: '/recipient/name',
    description: '`recipient.givenName` alone is not enough to address someone formally: send `name` or `familyName` with it.',
    check: ({ request: { recipient } }) =>
      recipient && recipient.givenName !== undefined && recipient.name === undefined && recipient.familyName === undefined
        ? 'is required with recipient.givenName (or send recipient.familyName)'
        : null,
  },
  {
    id: 'referral-name',
    pointer: '/referral/familyName',
    description: '`referral`, as an object, needs `name` or `familyName`.',
    check: ({ request: { referral } }) =>
      referral !== undefined && typeof referral === 'object' && referral.name === undefined && referral.familyName === undefined
        ? 'is required (or referral.name)'
        : null,
  },
  {
    id: 'interview-required',
    pointer: '/interview/at',
    description: '`last-minute` needs `interview.at`: it is for an interview less than a day away.',
    check: ({ scenario, request }) =>
      scenario.shortNoticeOnly && request.interview?.at === undefined
        ? `is required: "${scenario.id}" is for an interview less than ${shortNoticeHours} hours away`
        : null,
  },
  {
    id: 'interview-upcoming',
    pointer: '/interview/at',
    description:
      'Scenarios that cancel an upcoming interview (`accepted-another-offer`, `last-minute`) need `interview.at` after `now`.',
    check: (input) => {
      const { scenario, request, nowMs } = input;
      const at = request.interview?.at;
      if (scenario.interviewTiming !== 'upcoming' || !uses(scenario, '/interview/at') || at === undefined) return null;
      return Date.parse(at) <= nowMs ? `must be after now (${nowText(input)}): "${scenario.id}" cancels an upcoming interview` : null;
    },
  },
  {
    id: 'short-notice',
    pointer: '/interview/at',
    description: '`last-minute` is for an interview less than 24 hours after `now`; further off, use another scenario.',
    check: ({ scenario, request, nowMs }) => {
      const at = request.interview?.at;
      if (!scenario.shortNoticeOnly || at === undefined || Date.parse(at) <= nowMs) return null;
      const ahead = Date.parse(at) - nowMs;
      return ahead >= shortNoticeHours * 3_600_000
        ? `is ${hours(ahead)} hours after now, not short notice: "${scenario.id}" is for an interview less than ${shortNoticeHours} hours away; use ${notShortNotice.join(', ')}`
        : null;
    },
  },
  {
    id: 'zone-offset',
    pointer: '/interview/timeZone',
    description: "`interview.at`'s offset is the offset `interview.timeZone` has at that instant (or `at` is in UTC, `Z`).",
    check: ({ request }) => {
      const { at, timeZone } = request.interview ?? {};
      if (!at || !timeZone || /Z$/i.test(at)) return null;
      const given = offsetMinutes(at);
      const actual = zoneOffsetMinutes(timeZone, Date.parse(at));
      if (given === actual) return null;
      // Zones change their rules (British Columbia, Alberta and Manitoba stayed on summer time from March 2026), so the
      // message names the time zone database that decided: a sender with older data can tell why it disagrees.
      return `is ${utcOffsetLabel(actual)} at ${at} (time zone database ${tzdataVersion}), but interview.at is written with ${utcOffsetLabel(given)}: send the time with the zone's offset (or in UTC with Z), or the zone the time was written in`;
    },
  },
  {
    id: 'reason-fits-scenario',
    pointer: '/reason/code',
    description: 'A reason the scenario cannot carry (not-a-fit for health reasons, say) is refused; the error says why and what to use instead.',
    check: ({ scenario, request }) => {
      const code = uses(scenario, '/reason/code') ? request.reason?.code : undefined;
      const why = code !== undefined ? scenario.refusedReasons?.[code] : undefined;
      return why ? `"${code}" ${why}` : null;
    },
  },
  {
    id: 'new-employer-reason',
    pointer: '/reason/code',
    description: 'With `newEmployer`, the reason is the other offer: another `reason.code` is refused.',
    check: ({ scenario, request }) => {
      const code = request.reason?.code;
      if (request.newEmployer === undefined || !uses(scenario, '/newEmployer') || !uses(scenario, '/reason/code')) return null;
      if (code === undefined || code === 'another-offer' || scenario.refusedReasons?.[code]) return null;
      return `"${code}" cannot be the reason when newEmployer is given: naming the employer whose offer you accepted makes "another-offer" the reason. Leave out reason.code (or use another-offer), or leave out newEmployer`;
    },
  },
  {
    id: 'new-employer-detail',
    pointer: '/reason/detail',
    description:
      'With `newEmployer`, a `reason.detail` would read as why the other offer was accepted: it needs `reason.code: another-offer`, which says exactly that.',
    check: ({ scenario, request }) => {
      if (request.newEmployer === undefined || !uses(scenario, '/newEmployer') || !uses(scenario, '/reason/detail')) return null;
      if (request.reason?.detail === undefined || request.reason.code === 'another-offer') return null;
      return 'would read as the reason you accepted the other offer: set reason.code to another-offer if that is what it says, or leave out the detail (or newEmployer)';
    },
  },
  {
    id: 'new-employer-not-company',
    pointer: '/newEmployer',
    description: '`newEmployer` is another organisation than `company` (compared without legal form, case or punctuation).',
    check: ({ scenario, request }) =>
      request.newEmployer !== undefined && uses(scenario, '/newEmployer') && sameOrganisation(request.newEmployer, request.company)
        ? `is the company you are writing to (${request.company}): name the employer whose offer you accepted, or leave it out`
        : null,
  },
  {
    id: 'keep-door-open',
    pointer: '/keepDoorOpen',
    description: '`keep-door-open` asks to stay in touch: `keepDoorOpen: false` contradicts it.',
    check: ({ scenario, request }) =>
      scenario.keepsDoorOpen && request.keepDoorOpen === false
        ? `cannot be false in "${scenario.id}", whose point is to stay in touch; use withdraw-application or not-a-fit to close the door`
        : null,
  },
  {
    id: 'intent-scenario',
    pointer: '/intent',
    description: '`intent: reschedule` is for `last-minute` and `personal-reasons`.',
    check: ({ scenario, request }) =>
      request.intent !== undefined && !scenario.intents.includes(request.intent)
        ? `"${request.intent}" is not possible in "${scenario.id}"; ${scenario.intents.length > 1 ? `use ${scenario.intents.join(' or ')}` : 'it always withdraws'} (reschedule: last-minute, personal-reasons)`
        : null,
  },
  {
    id: 'reschedule-interview',
    pointer: '/interview/at',
    description: '`intent: reschedule` needs `interview.at`, still ahead: the date to move.',
    check: ({ request, nowMs }) => {
      if (request.intent !== 'reschedule') return null;
      const at = request.interview?.at;
      if (at === undefined) return 'is required with intent reschedule: the interview date to move';
      return Date.parse(at) <= nowMs ? 'must be after now with intent reschedule: an interview that has taken place cannot be moved' : null;
    },
  },
  {
    id: 'availability-reschedule',
    pointer: '/availability',
    description: '`availability` goes with `intent: reschedule` only.',
    check: ({ request }) => (request.availability !== undefined && request.intent !== 'reschedule' ? 'is only for intent reschedule: when you could come instead' : null),
  },
  {
    id: 'negotiation-reason',
    pointer: '/openToNegotiation',
    description: '`openToNegotiation` is for `decline-offer` with `reason.code` `compensation` or `schedule`.',
    check: ({ scenario, request }) => {
      if (request.openToNegotiation !== true) return null;
      const allowed = scenario.negotiableReasons ?? [];
      if (allowed.length === 0) return `is only for decline-offer, not "${scenario.id}"`;
      const code = request.reason?.code;
      if (code === undefined || !allowed.includes(code)) return `needs reason.code ${allowed.join(' or ')}: what would have to change for you to reconsider`;
      if (request.reason?.disclosure === 'none') return 'needs the reason said: with reason.disclosure none the text cannot say what would have to change';
      return null;
    },
  },
  {
    id: 'negotiation-firm',
    pointer: '/openToNegotiation',
    description: '`openToNegotiation` contradicts `tone: firm`, which leaves no opening.',
    check: ({ request, tone }) =>
      request.openToNegotiation === true && tone === 'firm' ? 'cannot go with /tone firm, which leaves no opening to negotiate; choose another tone, or leave it out' : null,
  },
  {
    id: 'deletion-scenario',
    pointer: '/requestDataDeletion',
    description: '`requestDataDeletion` is refused in `keep-door-open`, with `keepDoorOpen: true` and with `intent: reschedule`: each needs the data kept.',
    check: ({ scenario, request }) => {
      if (request.requestDataDeletion !== true) return null;
      if (!scenario.dataDeletion) return `cannot go with "${scenario.id}", which asks them to keep you in mind (and your data); use withdraw-application`;
      if (request.intent === 'reschedule') return 'cannot go with intent reschedule, which keeps the application open';
      if (request.keepDoorOpen === true && uses(scenario, '/keepDoorOpen')) return 'cannot go with keepDoorOpen true: to be kept in mind, they must keep your details';
      return null;
    },
  },
  {
    // Readers in Stuttgart, Zurich and London failed a decline that offered to talk again and, a line later, asked for
    // the data to be deleted.
    id: 'deletion-negotiation',
    pointer: '/requestDataDeletion',
    description: '`requestDataDeletion` contradicts `openToNegotiation: true`: to talk about the offer again, the employer keeps the data.',
    check: ({ request }) =>
      request.requestDataDeletion === true && request.openToNegotiation === true
        ? 'cannot go with openToNegotiation true: to talk about the offer again, they must keep your details; send one or the other'
        : null,
  },
];

/** Every rule that fails, in the list's order (one message per pointer). */
export function checkCrossFieldRules(input: RuleInput): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of crossFieldRules) {
    const message = rule.check(input);
    if (message !== null && !errors.some((e) => e.pointer === rule.pointer)) errors.push({ pointer: rule.pointer, message });
  }
  return errors;
}

/** The rules as Markdown, for the OpenAPI description of a request. */
export const crossFieldRulesDescription = [
  'Facts that contradict each other or the scenario are refused with a `400` naming the field:',
  ...crossFieldRules.filter((r, i, all) => all.findIndex((o) => o.description === r.description) === i).map((r) => `- ${r.description}`),
].join('\n');
