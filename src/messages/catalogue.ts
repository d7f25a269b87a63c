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

/**
 * What the candidate asks for: to withdraw (the default), or to `reschedule` (cancel this date, keep the application,
 * ask for another time), where a scenario allows it.
 */
export const intents = ['withdraw', 'reschedule'] as const;
export type Intent = (typeof intents)[number];

/** Where a process ends, as ATSs record it. */
export const stages = ['application', 'interview', 'offer', 'outreach'] as const;
export type Stage = (typeof stages)[number];

/** Advice a scenario always gives, whatever the facts (more is added from the facts: see src/messages/advice.ts). */
export const scenarioAdvice = ['send-now', 'be-brief', 'final-message'] as const;
export type ScenarioAdvice = (typeof scenarioAdvice)[number];

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
  'dataDeletion',
  'closing',
  'signature',
] as const;
export type PartName = (typeof partNames)[number];

/** Request fields a platform may send; `fields.required` and `fields.uses` name them by JSON pointer. */
export const requestFields = [
  '/candidate/name',
  '/candidate/givenName',
  '/candidate/familyName',
  '/candidate/preferredName',
  '/candidate/email',
  '/candidate/phone',
  '/candidate/grammaticalGender',
  '/candidate/timeZone',
  '/recipient/name',
  '/recipient/givenName',
  '/recipient/familyName',
  '/recipient/preferredName',
  '/recipient/honorific',
  '/recipient/academicTitle',
  '/recipient/title',
  '/company',
  '/companyLegalName',
  '/role',
  '/jobReference',
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
  '/intent',
  '/availability',
  '/openToNegotiation',
  '/requestDataDeletion',
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
  /**
   * Where a market's custom differs from `defaultTone`, keyed by a language ("de") or a variant tag ("de-AT"; the
   * more specific wins): a German first written cancellation is formal, where an English one may be warm.
   */
  marketTones?: Readonly<Record<string, ToneId>>;
  interviewTiming: InterviewTiming;
  /** Only for an interview less than `shortNoticeHours` away (and `interview.at` is then required). */
  shortNoticeOnly?: boolean;
  /**
   * Where the process ends, for the classification: a stage, `interview-if-given` (an interview in the request says
   * it got that far, else `application`), or null (a final no after an earlier one, at a stage only the platform knows).
   */
  stage: Stage | 'interview-if-given' | null;
  /** What the candidate may ask for: every scenario withdraws; some may reschedule instead. */
  intents: readonly Intent[];
  /** Whether the candidate may ask for their application data to be deleted (GDPR Art. 17). */
  dataDeletion: boolean;
  /** Reasons with which the candidate may say they would reconsider if that changed (`openToNegotiation`). */
  negotiableReasons?: readonly ReasonCode[];
  /** Staying in touch is the scenario's point: `keepDoorOpen: false` contradicts it. */
  keepsDoorOpen?: boolean;
  /** Every message of the scenario thanks, in every tone and channel (content rule `thanks-missing`). */
  thanks?: boolean;
  /** Advice the scenario always gives. */
  advice: readonly ScenarioAdvice[];
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

const written = [['greeting'], ['opening', 'decision', 'reason'], ['doorOpen', 'referral'], ['dataDeletion'], ['closing'], ['signature']] as const;

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
    // The signature is empty on LinkedIn except where a language signs off there ("Viele Grüße" and the name).
    paragraphs: [['greeting'], ['opening', 'decision', 'reason', 'doorOpen', 'referral', 'dataDeletion', 'closing'], ['signature']],
    paragraphSeparator: '\n\n',
  },
  {
    id: 'sms',
    description:
      'A text message: at most two SMS segments of GSM-7 characters (straight quotes, no emoji); where correct ' +
      'spelling needs characters outside GSM-7, at most three UCS-2 segments, and the advice says so.',
    hasSubject: false,
    // The referral before the wish to stay in touch, which often carries the closing thanks: a name offered after
    // "Thanks, and let's keep in touch." reads as an afterthought (readers in Chicago, Brussels and Montréal failed it).
    paragraphs: [['greeting', 'opening', 'decision', 'reason', 'referral', 'doorOpen', 'dataDeletion', 'closing', 'signature']],
    paragraphSeparator: ' ',
  },
  {
    id: 'voicemail',
    description:
      'A script to read aloud on a voicemail: who is calling and the callback number first, the number repeated ' +
      'slowly at the end, and its estimated speaking time (under 45 seconds).',
    hasSubject: false,
    paragraphs: [['greeting', 'opening'], ['decision', 'reason'], ['doorOpen', 'referral', 'dataDeletion'], ['closing', 'signature']],
    paragraphSeparator: '\n\n',
  },
];

const base: readonly RequestField[] = ['/candidate/name', '/company'];
const common: readonly RequestField[] = [
  '/candidate/givenName',
  '/candidate/familyName',
  '/candidate/preferredName',
  '/candidate/email',
  '/candidate/phone',
  '/candidate/grammaticalGender',
  '/recipient/name',
  '/recipient/givenName',
  '/recipient/familyName',
  '/recipient/preferredName',
  '/recipient/honorific',
  '/recipient/academicTitle',
  '/companyLegalName',
  '/role',
  '/jobReference',
];
const withInterview: readonly RequestField[] = [...common, '/candidate/timeZone', '/interview/at', '/interview/timeZone', '/interview/format', '/now'];
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
    // The reason is the other offer; the candidate's own words may say why they took it ("the role is based in
    // Manchester, close to my family"), which every reader of a fact set with one failed when the text left it out.
    refusedReasons: Object.fromEntries(
      reasonCodes.filter((code) => code !== 'another-offer').map((code) => [
        code,
        'is not the reason here: this scenario cancels because you accepted another offer (reason.code another-offer, with reason.detail to say why you took it); for another reason use withdraw-application or personal-reasons',
      ]),
    ),
    marketTones: { de: 'formal' },
    stage: 'interview',
    intents: ['withdraw'],
    dataDeletion: true,
    thanks: true,
    advice: ['send-now'],
    fields: { required: base, uses: [...withInterview, ...withReason, '/newEmployer', '/keepDoorOpen', '/referral', '/requestDataDeletion'] },
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
    marketTones: { de: 'formal' },
    stage: 'interview-if-given',
    intents: ['withdraw'],
    dataDeletion: false,
    keepsDoorOpen: true,
    advice: [],
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
    stage: 'interview-if-given',
    intents: ['withdraw', 'reschedule'],
    dataDeletion: true,
    advice: [],
    fields: { required: base, uses: [...withInterview, ...withReason, '/keepDoorOpen', '/intent', '/availability', '/requestDataDeletion'] },
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
    shortNoticeOnly: true,
    stage: 'interview',
    intents: ['withdraw', 'reschedule'],
    dataDeletion: true,
    advice: [],
    fields: {
      required: [...base, '/interview/at'],
      uses: [...withInterview, ...withReason, '/keepDoorOpen', '/intent', '/availability', '/requestDataDeletion'],
    },
  },
  {
    id: 'withdraw-application',
    title: 'Withdraw an application',
    description:
      'The candidate withdraws from consideration at any stage. Brief and to the point: thanks, and good wishes ' +
      'for finding the right person.',
    defaultTone: 'concise',
    interviewTiming: 'any',
    stage: 'interview-if-given',
    intents: ['withdraw'],
    dataDeletion: true,
    thanks: true,
    advice: ['be-brief'],
    fields: { required: base, uses: [...withInterview, ...withReason, '/newEmployer', '/keepDoorOpen', '/referral', '/requestDataDeletion'] },
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
    stage: 'interview',
    intents: ['withdraw'],
    dataDeletion: true,
    advice: ['be-brief'],
    fields: { required: base, uses: [...withInterview, ...withReason, '/keepDoorOpen', '/referral', '/requestDataDeletion'] },
  },
  {
    id: 'decline-offer',
    title: 'Turn down a job offer',
    description:
      'The candidate turns down an offer. It thanks them for the offer, gives a brief reason when the candidate ' +
      'wants one, and can leave the door open to future roles.',
    defaultTone: 'formal',
    interviewTiming: 'past',
    stage: 'offer',
    intents: ['withdraw'],
    dataDeletion: true,
    negotiableReasons: ['compensation', 'schedule'],
    thanks: true,
    advice: ['be-brief'],
    fields: {
      required: base,
      uses: [...common, ...withReason, '/newEmployer', '/keepDoorOpen', '/referral', '/openToNegotiation', '/requestDataDeletion'],
    },
  },
  {
    id: 'decline-recruiter-outreach',
    title: "Answer a recruiter's approach",
    description:
      'A reply to an unsolicited approach: the candidate is not looking, or this role is not for them, and can ask ' +
      'to be kept in mind for the future.',
    defaultTone: 'warm',
    interviewTiming: 'any',
    marketTones: { de: 'formal' },
    stage: 'outreach',
    intents: ['withdraw'],
    dataDeletion: true,
    advice: [],
    fields: { required: base, uses: [...common, ...withReason, '/keepDoorOpen', '/referral', '/requestDataDeletion'] },
  },
  {
    id: 'firm-no',
    title: 'A final no after repeated follow-ups',
    description:
      'The company keeps following up after the candidate already said no. Courteous, short and final, with no ' +
      'opening to negotiate; it can ask to be removed from further contact.',
    defaultTone: 'firm',
    interviewTiming: 'any',
    stage: null,
    intents: ['withdraw'],
    dataDeletion: true,
    advice: ['final-message'],
    fields: { required: base, uses: [...common, '/requestNoFurtherContact', '/requestDataDeletion'] },
  },
];

const byId = new Map(scenarios.map((s) => [s.id, s]));

export function findScenario(id: string): Scenario | undefined {
  return byId.get(id as ScenarioId);
}

/** Whether a scenario reads a request field (fields it does not use are accepted and ignored). */
export function usesField(scenario: Scenario, field: RequestField): boolean {
  return (scenario.fields.uses as readonly string[]).includes(field) || (scenario.fields.required as readonly string[]).includes(field);
}

/** A scenario's default tone in a language variant: the variant's own custom, else its language's, else the scenario's. */
export function defaultToneFor(scenario: Scenario, tag: string, language: string): ToneId {
  return scenario.marketTones?.[tag] ?? scenario.marketTones?.[language] ?? scenario.defaultTone;
}
