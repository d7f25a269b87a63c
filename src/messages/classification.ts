// What a message means to an applicant-tracking system: who ended the process, at which stage, for which reason,
// mapped onto the reason taxonomies of Greenhouse, Lever, Ashby and Google Cloud Talent Solution.
import { hash } from 'node:crypto';
import { reasonCodes, stages, type Disclosure, type Intent, type ReasonCode, type Scenario, type Stage } from './catalogue.js';

export const directions = ['candidate', 'organisation', 'other'] as const;
export type Direction = (typeof directions)[number];

export { stages, type Stage };

/** Greenhouse Harvest's rejection reason `type` objects, as Greenhouse spells them. */
export const greenhouseTypes: readonly GreenhouseType[] = [
  { id: 1, name: 'We rejected them' },
  { id: 2, name: 'They rejected us' },
  { id: 3, name: 'None specified' },
];
export interface GreenhouseType {
  id: 1 | 2 | 3;
  name: 'We rejected them' | 'They rejected us' | 'None specified';
}
/** Lever archive reason `type`: `hired` is for archiving a hire, every other archive reason is `non-hired`. */
export const leverTypes = ['hired', 'non-hired'] as const;
/** Ashby archive reason `reasonType`. */
export const ashbyTypes = ['RejectedByCandidate', 'RejectedByOrg', 'Other'] as const;
/**
 * Google Cloud Talent Solution `Application.ApplicationState` values: those that end a stage, and `IN_PROGRESS` for
 * an application that goes on (a rescheduled interview).
 */
export const googleStates = ['CANDIDATE_WITHDREW', 'EMPLOYER_WITHDREW', 'CLOSED', 'IN_PROGRESS'] as const;

/** What the message does to the process: ends it, or keeps it and moves the interview (`intent: reschedule`). */
export const outcomes = ['ended', 'rescheduled'] as const;
export type Outcome = (typeof outcomes)[number];

export interface AtsMapping {
  greenhouse: { rejectionReasonType: GreenhouseType | null };
  lever: { archiveReasonType: (typeof leverTypes)[number] | null };
  ashby: { reasonType: (typeof ashbyTypes)[number] | null };
  google: { applicationState: (typeof googleStates)[number] };
}

/**
 * A rescheduled interview ends nothing: no rejection in Greenhouse (the application stays active and its scheduled
 * interview is moved), no archive in Lever or Ashby (the opportunity or application stays in its stage), and the
 * Google Cloud Talent application stays `IN_PROGRESS`.
 */
const rescheduled: AtsMapping = {
  greenhouse: { rejectionReasonType: null },
  lever: { archiveReasonType: null },
  ashby: { reasonType: null },
  google: { applicationState: 'IN_PROGRESS' },
};

/**
 * Each taxonomy records who ended the process, not why: the why is each organisation's own list of reasons, with
 * ids that differ from account to account. None of them has a value that depends on our reason code.
 */
const atsByDirection: Record<Direction, AtsMapping> = {
  candidate: {
    greenhouse: { rejectionReasonType: greenhouseTypes[1]! },
    lever: { archiveReasonType: 'non-hired' },
    ashby: { reasonType: 'RejectedByCandidate' },
    google: { applicationState: 'CANDIDATE_WITHDREW' },
  },
  organisation: {
    greenhouse: { rejectionReasonType: greenhouseTypes[0]! },
    lever: { archiveReasonType: 'non-hired' },
    ashby: { reasonType: 'RejectedByOrg' },
    google: { applicationState: 'EMPLOYER_WITHDREW' },
  },
  other: {
    greenhouse: { rejectionReasonType: greenhouseTypes[2]! },
    lever: { archiveReasonType: 'non-hired' },
    ashby: { reasonType: 'Other' },
    google: { applicationState: 'CLOSED' },
  },
};

export const atsMapping = (direction: Direction): AtsMapping => atsByDirection[direction];

/**
 * Every message this service writes is the candidate saying no, so the candidate is who ends the process, whatever
 * the scenario or reason: even a reply to a recruiter's approach declines on the candidate's side.
 */
export const endedBy: Direction = 'candidate';

/** Labels for an ATS's reason picker; `private` reasons stay "personal reasons" unless the candidate says more. */
const reasonInfo: Record<ReasonCode, { label: string; private: boolean }> = {
  'another-offer': { label: 'Accepted another offer', private: false },
  compensation: { label: 'Compensation', private: false },
  schedule: { label: 'Schedule or hours', private: false },
  location: { label: 'Location', private: false },
  'role-fit': { label: 'Role not the right fit', private: false },
  'company-fit': { label: 'Company not the right fit', private: false },
  personal: { label: 'Personal reasons', private: true },
  health: { label: 'Health', private: true },
  family: { label: 'Family', private: true },
  timing: { label: 'Timing', private: false },
  other: { label: 'Other', private: false },
};

export const isPrivateReason = (code: ReasonCode): boolean => reasonInfo[code].private;

export interface ReasonDescription {
  code: ReasonCode;
  label: string;
  private: boolean;
  direction: Direction;
  ats: AtsMapping;
}

export const reasonList: readonly ReasonDescription[] = reasonCodes.map((code) => ({
  code,
  ...reasonInfo[code],
  direction: endedBy,
  ats: atsMapping(endedBy),
}));

/**
 * The stage a scenario ends the process at (the catalogue says which). Where a scenario covers several (withdrawing
 * before or after an interview), a booked or held interview in the request says which.
 */
export function stageOf(scenario: Scenario, request: ClassifiedRequest): Stage | null {
  const rule = scenario.stage;
  if (rule !== 'interview-if-given') return rule;
  const interview = request.interview;
  return interview?.at !== undefined || interview?.format !== undefined ? 'interview' : 'application';
}

/**
 * The request's fields the classification reads: a request (src/messages/schema.ts) is one. Declared here, not imported,
 * so the schema, which publishes the classification's types, and this module do not import each other.
 */
export interface ClassifiedRequest {
  interview?: { at?: string; format?: string };
  reason?: { detail?: string };
  atsReasonId?: string;
}

/** What the classification reads of a request once the renderer has resolved its reason (src/messages/render.ts). */
export interface Classifiable {
  scenario: Scenario;
  intent: Intent;
  /** The reason the text gives: the request's code, else the one a new employer or the scenario implies. */
  reasonCode: ReasonCode | null;
  disclosure: Disclosure;
  request: ClassifiedRequest;
}

/**
 * The reason the message gives the employer, so that what a platform records in the employer's ATS says no more
 * than the message itself: the reason the text gives at the disclosure the candidate chose. A private reason is
 * recorded as `personal`, as the text says "personal reasons", unless the candidate's own detail is printed; at
 * `none` only the reason the scenario's own words imply is recorded.
 */
export function reasonOf(n: Classifiable): ReasonCode | null {
  if (n.disclosure === 'none') return n.scenario.impliedReason ?? null;
  const code = n.reasonCode;
  if (code === null || !isPrivateReason(code)) return code;
  const detailPrinted = n.disclosure === 'specific' && n.scenario.fields.uses.includes('/reason/detail') && n.request.reason?.detail !== undefined;
  return detailPrinted ? code : 'personal';
}

export interface Classification {
  outcome: Outcome;
  direction: Direction;
  stage: Stage | null;
  reasonCode: ReasonCode | null;
  private: boolean;
  ats: AtsMapping;
  atsReasonId?: string;
}

/** Pure: the same request always classifies the same way. The reason's detail never enters the classification. */
export function classify(n: Classifiable): Classification {
  const reasonCode = reasonOf(n);
  const request = n.request;
  const outcome: Outcome = n.intent === 'reschedule' ? 'rescheduled' : 'ended';
  return {
    outcome,
    direction: endedBy,
    stage: stageOf(n.scenario, request),
    reasonCode,
    private: reasonCode !== null && isPrivateReason(reasonCode),
    ats: outcome === 'rescheduled' ? rescheduled : atsMapping(endedBy),
    ...(request.atsReasonId !== undefined && { atsReasonId: request.atsReasonId }),
  };
}

/**
 * A message's `id` covers the words only; the JSON body also carries the classification, which can change (another
 * `atsReasonId`, a reason the text leaves unsaid) while the words stay the same. The JSON representation's ETag adds
 * this tag so that it changes whenever the body does.
 */
export function classificationTag(classification: object): string {
  return hash('sha256', JSON.stringify(classification), 'base64url').slice(0, 12);
}
