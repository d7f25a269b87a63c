// The view model: the facts as templates see them, each with its words already worked out for the language (names
// with their titles, the interview's day and time, the reason's clause). Published as a JSON Schema: its names are
// the variables a template may use, ours and (later) a platform's own.
import { z } from 'zod';
import { shortNoticeHours, usesField, type RequestField } from './catalogue.js';
import type { PersonName } from './facts/person-name.js';
import { givenWithoutInitials, voicemailNumber } from './languages/helpers.js';
import type { Honorific, LanguageHelpers } from './languages/index.js';
import { interviewClock, offsetMinutes, zoneOffsetMinutes } from './languages/time.js';
import { privateReasons, type NormalisedRequest } from './request.js';

const text = (description: string) => z.string().nullable().describe(description);
const flag = (description: string) => z.boolean().describe(description);

export const ViewModelSchema = z
  .object({
    candidate: z.object({
      name: z.string().describe('The full name, as the candidate signs ("Jordan Lee").'),
      givenName: z.string().describe('The name a personal sign-off uses: the preferred name, else the first given name, else the full name.'),
      familyName: text('The family name with its particles ("van der Berg").'),
      email: text('The email address, when given.'),
      phone: text('The phone number as written, when given.'),
      phoneSlow: text('The phone number as read out slowly: digit by digit, in its groups ("plus 1, 5 5 5, 0 1 0 0"); with its country code when the interview is in another country than the number.'),
      phoneSpoken: text('The phone number as a voicemail first says it: in national form where the language knows the market\'s own numbers ("06 12 34 56 78"), else as written; as written, with its country code, when the interview is in another country than the number.'),
      feminine: flag('The candidate chose feminine agreement (`grammaticalGender: f`): "désolée", "encantada".'),
      masculine: flag('The candidate chose masculine agreement (`grammaticalGender: m`).'),
    }),
    recipient: z.object({
      name: text('The full name as given; null without a recipient.'),
      givenName: text('The first name to greet by (the preferred name first); never an initial.'),
      familyName: text('The family name with its particles.'),
      titled: text('Title and family name ("Ms. de la Cruz", "Frau Dr. Vogel", "Madame Martin", "Dra. Ochoa"); null without a gendered honorific or a title the language uses.'),
      titledOblique: text('The titled name where a preposition declines it ("für Herrn Caflisch"); else as `titled`.'),
      formal: text('For a formal greeting: the titled name, else the full name as that language writes it ("Dr. Andrea Vogel", "Guadalupe Ochoa").'),
      personal: text('For a personal greeting: the first name, else the titled or full name.'),
      spoken: text('Said formally on voicemail: the titled name, else the first name.'),
      preferredName: text('The name the recipient asked to be called, only when the platform gave one.'),
      academicTitle: text('The academic title as given or written into the name ("Dr.", "Mag.").'),
      ms: flag('Honorific `ms` (given, or written into the name).'),
      mr: flag('Honorific `mr`.'),
      dr: flag('Honorific `dr`.'),
      maitre: flag('French: addressed as "Maître" (avocats, notaires: `academicTitle` "Me" or "Maître"), never by first name.'),
    }),
    company: z.string().describe('The organisation as prose, texts, subjects and speech name it, without its legal form.'),
    companyLegalName: z.string().describe('For a formal letter\'s one mention: in a German email the full legal name ("Müller Logistik GmbH"); elsewhere, and when none is known, the everyday name.'),
    companyLegalForm: text('The legal form recognised ("GmbH", "S.A. de C.V."), or null.'),
    companys: z.string().describe("The company's name as a possessive, as the language forms it (\"Acme's\", \"de Acme\")."),
    companyWith: z
      .record(z.string(), z.string())
      .nullable()
      .describe('German: the company with the article its grammar needs after each preposition or case ({{companyWith.bei}}); null elsewhere.'),
    companyLegalWith: z
      .record(z.string(), z.string())
      .nullable()
      .describe('German: `companyLegalName` with the article its grammar needs ("bei der Müller Logistik GmbH"); null without a legal form, or elsewhere.'),
    role: text('The role as the channel says it: job-ad tags taken off; on voicemail, no brackets or written-only forms.'),
    aRole: text('The role with its indefinite article where the language has one ("an MSc Research Intern").'),
    roleFunction: flag('German: the role names a function, not a person ("Leitung Haustechnik", "Assistenz der Geschäftsführung"), so a message applies for the post ("Bewerbung für die Stelle Leitung Haustechnik"), not as it; false elsewhere.'),
    roleComma: flag('The role has a comma in it ("Senior Manager, FP&A"), so it cannot stand before a noun: "my application for the Senior Manager, FP&A role", not "my Senior Manager, FP&A application".'),
    jobReference: text('The requisition or job-ad reference, when given.'),
    interview: z.object({
      when: text('Day and time together ("tomorrow at 3 PM").'),
      day: text('The day as running text says it ("today", "tomorrow", "on Tuesday").'),
      time: text('The time, with its zone when it must be named ("3 PM ET").'),
      upcoming: flag('Whether the interview is still ahead (true when no time is given).'),
      upcomingWhen: text('`when`, for an interview still ahead.'),
      upcomingWhenOf: text('Spanish and French: `upcomingWhen` after "de", contracted or elided as the language writes it ("la entrevista del jueves a las 10:00", "le rendez-vous de jeudi à 10 h", "d\'aujourd\'hui"); null elsewhere.'),
      pastDay: text('`day`, for an interview that has taken place.'),
      format: text('The format in the language\'s words ("video", "in-person").'),
      phone: flag('A phone interview.'),
      video: flag('A video interview.'),
      onsite: flag('An interview in person.'),
    }),
    shortNotice: flag(`The interview is less than ${shortNoticeHours} hours away.`),
    clock: z
      .object({
        morning: flag(
          'Now is morning where the recruiter reads the message (the interview\'s zone, else the candidate\'s, else the ' +
            'offset of `now`), from midnight: a message left in the small hours is read in the morning.',
        ),
        afternoon: flag('Now is afternoon (or "day", where the language greets so).'),
        evening: flag('Now is evening.'),
      })
      .describe('For a greeting by the clock; all false when no clock is known.'),
    reason: z.object({
      code: z.string().nullable().describe('The reason the text gives, as a reason code.'),
      because: text("Our clause for the reason, with its own connector (from the language's reasons.yaml); null at disclosure none."),
      detail: text("The candidate's own reason, shaped to follow the language's \"because\", when they chose to share it."),
      specific: flag("The candidate's own detail is printed."),
      private: flag('The reason is a private one (personal, health, family).'),
      negotiable: flag('A reason an employer might answer with a better offer (pay, hours, place), and it is given.'),
    }),
    newEmployer: text('The employer whose offer the candidate accepted, without legal form, when named.'),
    newEmployerWith: z.record(z.string(), z.string()).nullable().describe('German: as `companyWith`, for the new employer.'),
    keepDoorOpen: flag('Ask to stay in touch about future roles.'),
    referral: text('Someone the candidate offers to introduce, by full name.'),
    noFurtherContact: flag('`firm-no`: ask to be removed from further contact.'),
    informal: flag('Informal address (du, tu, tú) was asked for.'),
    reschedule: flag('The candidate asks for another date instead of withdrawing (`intent: reschedule`).'),
    availability: text('With `reschedule`: when the candidate could come instead, in their words.'),
    openToNegotiation: flag('`decline-offer`: the candidate would reconsider if the pay or hours changed.'),
    dataDeletion: flag('Ask for the application data to be deleted (GDPR Art. 17).'),
  })
  .meta({
    id: 'TemplateVariables',
    description:
      'The variables a template may use: `{{company}}`, `{{recipient.formal}}`, `{{#if interview.upcomingWhen}}` ... Every ' +
      'key is always present (null or false when absent), so a template that names one the view lacks fails at once.',
  });

export type View = z.infer<typeof ViewModelSchema>;

/** The variables as a JSON Schema (draft 2020-12), as `npm run openapi` writes it to openapi/template-variables.json. */
export function templateVariablesSchema(): object {
  return { $id: 'https://decline-messages.example/schemas/template-variables.json', ...z.toJSONSchema(ViewModelSchema) };
}

const noRecipient: View['recipient'] = {
  name: null,
  givenName: null,
  familyName: null,
  titled: null,
  titledOblique: null,
  formal: null,
  personal: null,
  spoken: null,
  preferredName: null,
  academicTitle: null,
  ms: false,
  mr: false,
  dr: false,
  maitre: false,
};
export const withoutRecipientName = (view: View): View => ({ ...view, recipient: noRecipient });

/**
 * The hour where the message is read, for a greeting by the time of day: the recruiter's, which is the interview's
 * place (its zone, else the offset of its time) when the message is about one; else the candidate's own zone; else
 * the offset of `now`. A candidate in New York writing to Zurich at 13:30 there says "Guten Tag", not "Guten Morgen".
 */
function readerHour(n: NormalisedRequest, interviewZone: string | null, interviewAt: string | null): number | null {
  const { request } = n;
  let offset: number | null = null;
  if (interviewZone) offset = zoneOffsetMinutes(interviewZone, n.nowMs);
  else if (interviewAt) offset = offsetMinutes(interviewAt);
  else if (request.candidate.timeZone) offset = zoneOffsetMinutes(request.candidate.timeZone, n.nowMs);
  else if (request.now) offset = offsetMinutes(request.now);
  if (offset === null) return null;
  return new Date(n.nowMs + offset * 60_000).getUTCHours();
}

function recipientView(n: NormalisedRequest, person: PersonName): View['recipient'] {
  const h = n.language.helpers;
  const honorific: Honorific | null = n.request.recipient?.honorific ?? person.writtenHonorific;
  const written = h.address(person, honorific);
  const say = n.channel === 'voicemail' && h.spokenAddress ? h.spokenAddress : null;
  const address = say
    ? { ...written, titled: written.titled && say(written.titled), titledOblique: written.titledOblique && say(written.titledOblique), full: say(written.full) }
    : written;
  const given = (n.formality !== 'informal' && h.formalGivenName?.(person)) || person.first;
  return {
    name: person.full,
    givenName: given,
    familyName: person.family,
    titled: address.titled,
    titledOblique: address.titledOblique,
    formal: address.titled ?? address.full,
    // Someone addressed by a professional title alone ("Maître") is never greeted by first name.
    personal: address.byTitle ? address.titled : given ?? address.titled ?? address.full,
    spoken: address.titled ?? given,
    preferredName: person.preferred,
    academicTitle: person.academicTitle,
    ms: honorific === 'ms',
    mr: honorific === 'mr',
    dr: honorific === 'dr',
    maitre: address.byTitle === true,
  };
}

/**
 * A referral's name as a caller says it: the language's spoken address where it has one (German says some titles and
 * not others), else without the written title, which would be read out as an abbreviation and agree with a gender
 * nobody gave ("Dr. Ana Roth tiene …", "je vous recommande Dr. Ana Roth").
 */
function spokenReferral(h: NormalisedRequest['language']['helpers'], person: PersonName): string {
  if (h.spokenAddress) return h.spokenAddress(person.full);
  const title = person.academicTitle;
  return title && person.full.startsWith(`${title} `) ? person.full.slice(title.length + 1) : person.full;
}

/** The view every template sees. Every key is present (null when absent): templates compile strictly. */
export function buildView(n: NormalisedRequest): View {
  const { request, scenario } = n;
  const h = n.language.helpers;
  const use = <T>(field: RequestField, value: T | undefined): T | null => (usesField(scenario, field) && value !== undefined ? value : null);
  const spoken = n.channel === 'voicemail';

  const at = use('/interview/at', request.interview?.at);
  const clock = at
    ? interviewClock(at, use('/interview/timeZone', request.interview?.timeZone), n.nowMs, request.now ?? null, use('/candidate/timeZone', request.candidate.timeZone))
    : null;
  const words = clock ? h.interviewWords(clock, spoken) : null;
  const upcoming = clock ? clock.hoursAhead > 0 : true;
  // A text, like a voicemail, carries no brackets or dashes: it names the role in its brief form.
  const role = n.role ? (spoken ? (h.spokenRole?.(n.role.spoken) ?? n.role.spoken) : n.channel === 'sms' ? n.role.spoken : n.role.name) : null;
  const gender = use('/candidate/grammaticalGender', request.candidate.grammaticalGender);
  const format = use('/interview/format', request.interview?.format);
  const phone = use('/candidate/phone', request.candidate.phone);
  // The recruiter listens where the interview is: a number from another country is said with its country code.
  const callback = phone ? voicemailNumber(h, phone, use('/interview/timeZone', request.interview?.timeZone)) : null;
  const hour = readerHour(n, use('/interview/timeZone', request.interview?.timeZone), at);
  const { afternoon, evening } = h.dayparts;
  const company = n.company;
  // A letter names the company by its legal name only where the language's letters do (legalNameInLetters); no one
  // reads a legal form in a text, a LinkedIn message or a script.
  // A name that is a common noun takes its article in prose ("at the City of Tacoma"), where the language says so.
  const prose = h.newEmployerInProse?.(company.name) ?? company.name;
  const legalName = h.legalNameInLetters && n.channel === 'email' ? company.legalName : prose;

  return {
    candidate: {
      // A warm or concise text or call says the name the candidate goes by, as a letter's sign-off does, where the
      // language has one; a formal or firm one gives the full name the letters sign with, so the file matches the caller.
      name:
        n.channel === 'sms' || n.channel === 'voicemail'
          ? (h.spokenName?.(n.candidate) ?? (n.tone === 'warm' || n.tone === 'concise' ? (h.textName?.(n.candidate) ?? n.candidate.full) : n.candidate.full))
          : n.candidate.full,
      // A formal or firm message never goes by a nickname: where fitting a text or call gives the surname up, it keeps
      // the given name the letters sign with ("this is Anneliese", not "this is Annie"); a warm one signs as the
      // candidate goes by.
      givenName: (n.candidate.preferred && (n.tone === 'formal' || n.tone === 'firm') ? givenWithoutInitials(n.candidate) : null) ?? n.candidate.first ?? n.candidate.full,
      familyName: n.candidate.family,
      email: use('/candidate/email', request.candidate.email),
      phone,
      phoneSlow: callback?.slow ?? null,
      phoneSpoken: callback?.spoken ?? null,
      feminine: gender === 'f',
      masculine: gender === 'm',
    },
    recipient: n.recipient ? recipientView(n, n.recipient) : noRecipient,
    company: prose,
    companyLegalName: legalName,
    companyLegalForm: company.legalForm,
    companys: h.possessive(company.name),
    companyWith: h.companyWith?.(company.name, spoken) ?? null,
    companyLegalWith: company.legalForm ? (h.companyWith?.(legalName) ?? null) : null,
    role,
    aRole: role ? h.withArticle(role) : null,
    roleComma: role !== null && role.includes(','),
    roleFunction: role !== null && (h.roleIsFunction?.(role) ?? false),
    jobReference: n.jobReference,
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
      upcomingWhenOf: words && upcoming ? (words.whenOf ?? null) : null,
      pastDay: words && !upcoming ? words.day : null,
      format: format === null ? null : (h.formatWords[format] ?? format),
      phone: format === 'phone',
      video: format === 'video',
      onsite: format === 'onsite',
    },
    shortNotice: clock !== null && clock.hoursAhead > 0 && clock.hoursAhead < shortNoticeHours,
    clock: {
      // The small hours are morning: a message left then is read once the day starts ("Bonsoir" at 3:40 was a slip).
      morning: hour !== null && hour < afternoon,
      afternoon: hour !== null && hour >= afternoon && hour < evening,
      evening: hour !== null && hour >= evening,
    },
    reason: {
      code: n.reasonCode,
      because: null,
      detail: null,
      specific: false,
      private: n.reasonCode !== null && privateReasons.has(n.reasonCode),
      // A reason an employer might answer with a better offer: a firm no says that would not change it.
      negotiable: n.disclosure !== 'none' && (n.reasonCode === 'compensation' || n.reasonCode === 'schedule' || n.reasonCode === 'location'),
    },
    newEmployer: n.newEmployer ? (h.newEmployerInProse?.(n.newEmployer.name) ?? n.newEmployer.name) : null,
    newEmployerWith: n.newEmployer ? (h.companyWith?.(n.newEmployer.name, spoken) ?? null) : null,
    keepDoorOpen: use('/keepDoorOpen', request.keepDoorOpen) ?? false,
    referral: n.referral ? (spoken ? spokenReferral(h, n.referral) : n.referral.full) : null,
    noFurtherContact: use('/requestNoFurtherContact', request.requestNoFurtherContact) ?? false,
    informal: n.formality === 'informal',
    reschedule: n.intent === 'reschedule',
    availability: n.intent === 'reschedule' ? spokenAside(spoken, houseTimes(h, use('/availability', request.availability))) : null,
    openToNegotiation: use('/openToNegotiation', request.openToNegotiation) ?? false,
    dataDeletion: use('/requestDataDeletion', request.requestDataDeletion) ?? false,
  };
}

/** The candidate's window in their words, its clock times in the language's style where it has one. */
const houseTimes = (h: LanguageHelpers, text: string | null | undefined): string | null =>
  text === null || text === undefined ? null : (h.houseTimes?.(text) ?? text);

/**
 * A candidate's words as a call says them: an aside they wrote in brackets is said after a pause ("después de las 14:00,
 * hora de Bogotá"), as a speaker would; a script with brackets in it failed a reader in Bogotá.
 */
const spokenAside = (spoken: boolean, text: string | null): string | null =>
  spoken && text !== null
    ? text
      .replace(/\s*\(([^()]+)\)/g, ', $1,')
      .replace(/,\s*(?=[,.;:]|$)/g, '')
      .trim()
    : text;
