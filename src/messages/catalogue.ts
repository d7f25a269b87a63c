// The catalogue: the single source of truth for scenarios, tones, channels and reason codes.
// Schemas, the OpenAPI document, discovery endpoints and the test matrix all derive from it.

export const toneIds = ['formal', 'warm', 'concise', 'firm'] as const;
export type ToneId = (typeof toneIds)[number];

export const channelIds = ['email', 'linkedin', 'sms', 'voicemail'] as const;
export type ChannelId = (typeof channelIds)[number];

/** Formal address (Sie, vous, usted) or informal (du, tu, tú), in the languages that make the distinction. */
export const formalityLevels = ['formal', 'informal'] as const;
export type Formality = (typeof formalityLevels)[number];

export const honorifics = ['ms', 'mr', 'mx', 'dr'] as const;

export const disclosureLevels = ['none', 'general', 'specific'] as const;
export type Disclosure = (typeof disclosureLevels)[number];

export const reasonCodes = [
  'another-offer',
  'compensation',
  'schedule',
  'location',
  'role-fit',
  'company-fit',
  'personal',
  'health',
  'family',
  'timing',
  'other',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const interviewFormats = ['phone', 'video', 'onsite'] as const;

export const scenarioIds = [
  'accepted-another-offer',
  'keep-door-open',
  'personal-reasons',
  'last-minute',
  'withdraw-application',
  'not-a-fit',
  'decline-offer',
  'decline-recruiter-outreach',
  'firm-no',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export interface Tone {
  id: ToneId;
  description: string;
}

export interface Channel {
  id: ChannelId;
  description: string;
  /** Whether the channel carries a subject line and an HTML body. */
  hasSubject: boolean;
  /** How parts are grouped into paragraphs; parts within a paragraph are joined by a space. */
  paragraphs: readonly (readonly PartName[])[];
  /** What separates paragraphs in the text. */
  paragraphSeparator: string;
}

export const partNames = [
  'greeting',
  'opening',
  'decision',
  'reason',
  'doorOpen',
  'referral',
  'closing',
  'signature',
] as const;
export type PartName = (typeof partNames)[number];

/** Request fields a platform may send; `fields.required` and `fields.uses` name them by JSON pointer. */
export const requestFields = [
  '/candidate/name',
  '/candidate/preferredName',
  '/candidate/email',
  '/candidate/phone',
  '/recipient/name',
  '/recipient/preferredName',
  '/recipient/honorific',
  '/recipient/title',
  '/company',
  '/role',
  '/interview/at',
  '/interview/timeZone',
  '/interview/format',
  '/reason/code',
  '/reason/detail',
  '/reason/disclosure',
  '/newEmployer',
  '/keepDoorOpen',
  '/referral',
  '/requestNoFurtherContact',
  '/now',
] as const;
export type RequestField = (typeof requestFields)[number];

/**
 * Short notice: an interview less than this many hours after `now`. A day is what a recruiter needs to free the
 * slot and tell the panel; under it, an apology and a phone call are owed.
 */
export const shortNoticeHours = 24;

/** How a scenario relates to a booked interview, which decides what `interview.at` may be. */
export type InterviewTiming = 'upcoming' | 'past' | 'any';

export interface Scenario {
  id: ScenarioId;
  title: string;
  description: string;
  defaultTone: ToneId;
  interviewTiming: InterviewTiming;
  /** The reason code assumed when the request gives none (the scenario itself implies it). */
  impliedReason?: ReasonCode;
  /**
   * Reason codes no person would give in this situation, each with why and what to use instead: the request is
   * refused on /reason/code rather than rendered into a message that contradicts itself.
   */
  refusedReasons?: Partial<Record<ReasonCode, string>>;
  fields: { required: readonly RequestField[]; uses: readonly RequestField[] };
}

export const tones: readonly Tone[] = [
  { id: 'formal', description: 'Reserved and correct: full names, complete sentences, no contractions.' },
  { id: 'warm', description: 'Personal and appreciative: first names, genuine thanks, a friendly close.' },
  { id: 'concise', description: 'The shortest version that is still polite: the decision and a thank-you.' },
  { id: 'firm', description: 'Courteous but final: states the decision plainly and leaves no opening to negotiate.' },
];

const written = [['greeting'], ['opening', 'decision', 'reason'], ['doorOpen', 'referral'], ['closing'], ['signature']] as const;

export const channels: readonly Channel[] = [
  {
    id: 'email',
    description: 'An email: subject line, plain-text body and the same body as minimal, escaped HTML.',
    hasSubject: true,
    paragraphs: written,
    paragraphSeparator: '\n\n',
  },
  {
    id: 'linkedin',
    description:
      'A LinkedIn direct message: first names, two to four sentences, no subject, and no letter salutation or ' +
      'signature block (LinkedIn shows who wrote it).',
    hasSubject: false,
    paragraphs: [['greeting'], ['opening', 'decision', 'reason', 'doorOpen', 'referral', 'closing']],
    paragraphSeparator: '\n\n',
  },
  {
    id: 'sms',
    description:
      'A text message: at most two SMS segments of GSM-7 characters (straight quotes, no emoji); where correct ' +
      'spelling needs characters outside GSM-7, at most three UCS-2 segments, and the advice says so.',
    hasSubject: false,
    paragraphs: [['greeting', 'opening', 'decision', 'reason', 'doorOpen', 'referral', 'closing', 'signature']],
    paragraphSeparator: ' ',
  },
  {
    id: 'voicemail',
    description:
      'A script to read aloud on a voicemail: who is calling and the callback number first, the number repeated ' +
      'slowly at the end, and its estimated speaking time (under 45 seconds).',
    hasSubject: false,
    paragraphs: [['greeting', 'opening'], ['decision', 'reason'], ['doorOpen', 'referral'], ['closing', 'signature']],
    paragraphSeparator: '\n\n',
  },
];

const base: readonly RequestField[] = ['/candidate/name', '/company'];
const common: readonly RequestField[] = [
  '/candidate/preferredName',
  '/candidate/email',
  '/candidate/phone',
  '/recipient/name',
  '/recipient/preferredName',
  '/recipient/honorific',
  '/role',
];
const withInterview: readonly RequestField[] = [...common, '/interview/at', '/interview/timeZone', '/interview/format', '/now'];
const withReason: readonly RequestField[] = ['/reason/code', '/reason/detail', '/reason/disclosure'];

export const scenarios: readonly Scenario[] = [
  {
    id: 'accepted-another-offer',
    title: 'Cancel an interview after accepting another offer',
    description:
      'An interview is booked, but the candidate has just accepted another job. Sent right away, it thanks the ' +
      'recruiter, cancels clearly, and names the new employer only if the candidate chose to.',
    defaultTone: 'warm',
    interviewTiming: 'upcoming',
    impliedReason: 'another-offer',
    fields: { required: base, uses: [...withInterview, '/newEmployer', '/keepDoorOpen', '/referral'] },
  },
  {
    id: 'keep-door-open',
    title: 'Decline now, stay in touch for later',
    description:
      'The candidate is declining this interview or role now but wants to be considered later. It shows genuine ' +
      'interest in the company, puts the no down to timing or fit of this role, and asks to stay in touch.',
    defaultTone: 'warm',
    interviewTiming: 'any',
    refusedReasons: {
      'company-fit':
        'says the company itself is not for you, which contradicts asking to be considered there later; use not-a-fit or withdraw-application',
    },
    fields: { required: base, uses: [...withInterview, ...withReason, '/referral'] },
  },
  {
    id: 'personal-reasons',
    title: 'Cancel or withdraw for personal reasons',
    description:
      'The candidate is cancelling or withdrawing for personal reasons. A private reason stays private unless the ' +
      'candidate explicitly chooses to share its detail (`disclosure: specific`).',
    defaultTone: 'formal',
    interviewTiming: 'any',
    impliedReason: 'personal',
    refusedReasons: Object.fromEntries(
      (['another-offer', 'compensation', 'schedule', 'location', 'role-fit', 'company-fit', 'timing'] as const).map((code) => [
        code,
        'is not a private reason, and personal-reasons says only that the reasons are personal; give it in withdraw-application, keep-door-open or decline-offer',
      ]),
    ),
    fields: { required: base, uses: [...withInterview, ...withReason, '/keepDoorOpen'] },
  },
  {
    id: 'last-minute',
    title: 'Cancel an interview at short notice',
    description:
      'The interview is less than a day away. It apologises sincerely for the short notice, respects the ' +
      "interviewer's time, and the advice suggests a phone call as well. It needs `interview.at`, less than a day " +
      'after `now`.',
    defaultTone: 'formal',
    interviewTiming: 'upcoming',
    fields: { required: [...base, '/interview/at'], uses: [...withInterview, ...withReason, '/keepDoorOpen'] },
  },
  {
    id: 'withdraw-application',
    title: 'Withdraw an application',
    description:
      'The candidate withdraws from consideration at any stage. Brief and to the point: thanks, and good wishes ' +
      'for finding the right person.',
    defaultTone: 'concise',
    interviewTiming: 'any',
    fields: { required: base, uses: [...withInterview, ...withReason, '/newEmployer', '/keepDoorOpen', '/referral'] },
  },
  {
    id: 'not-a-fit',
    title: 'Withdraw after concluding the role is not a fit',
    description:
      'After meeting the team, the candidate concluded the role or team is not the right fit. Gracious, with no ' +
      'criticism and nothing to debate.',
    defaultTone: 'formal',
    interviewTiming: 'any',
    impliedReason: 'role-fit',
    refusedReasons: {
      'another-offer': 'is not about fit: use accepted-another-offer to cancel an interview, or withdraw-application',
      personal: 'is private, not about fit: use personal-reasons',
      health: 'is private, not about fit: use personal-reasons',
      family: 'is private, not about fit: use personal-reasons',
      timing: 'is about timing, not fit: use keep-door-open',
    },
    fields: { required: base, uses: [...withInterview, ...withReason, '/keepDoorOpen', '/referral'] },
  },
  {
    id: 'decline-offer',
    title: 'Turn down a job offer',
    description:
      'The candidate turns down an offer. It thanks them for the offer, gives a brief reason when the candidate ' +
      'wants one, and can leave the door open to future roles.',
    defaultTone: 'formal',
    interviewTiming: 'past',
    fields: { required: base, uses: [...common, ...withReason, '/newEmployer', '/keepDoorOpen', '/referral'] },
  },
  {
    id: 'decline-recruiter-outreach',
    title: "Answer a recruiter's approach",
    description:
      'A reply to an unsolicited approach: the candidate is not looking, or this role is not for them, and can ask ' +
      'to be kept in mind for the future.',
    defaultTone: 'warm',
    interviewTiming: 'any',
    fields: { required: base, uses: [...common, ...withReason, '/keepDoorOpen', '/referral'] },
  },
  {
    id: 'firm-no',
    title: 'A final no after repeated follow-ups',
    description:
      'The company keeps following up after the candidate already said no. Courteous, short and final, with no ' +
      'opening to negotiate; it can ask to be removed from further contact.',
    defaultTone: 'firm',
    interviewTiming: 'any',
    fields: { required: base, uses: [...common, '/requestNoFurtherContact'] },
  },
];

const byId = new Map(scenarios.map((s) => [s.id, s]));

export function findScenario(id: string): Scenario | undefined {
  return byId.get(id as ScenarioId);
}
