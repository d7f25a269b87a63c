// The request and response contract, as zod schemas built from the catalogue.
import { z } from 'zod';
import {
  channelIds,
  channels,
  disclosureLevels,
  formalityLevels,
  honorifics,
  intents,
  interviewFormats,
  partNames,
  reasonCodes,
  requestFields,
  scenarioIds,
  toneIds,
} from './catalogue.js';
import { languageTagDescription, languageTags, resolveLanguage } from './languages/index.js';
import { isTimeZone } from './languages/time.js';
import { omissions } from './omissions.js';
import { AtsReasonIdSchema, ClassificationSchema } from './classification-schema.js';

/** An enum whose error names the allowed values (or says the field is required when it is missing). */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    .refine((s) => !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(s), 'must not contain control characters')
    // U+FFFD is what invalid UTF-8 decodes to; a lone surrogate cannot be encoded. Either would print as mojibake.
    .refine((s) => !/[\uFFFD\p{Cs}]/u.test(s), 'must be valid UTF-8 text (no replacement characters or lone surrogates)');

/** Runs of spaces or tabs in a single-line value print as one space: the same in the text, subject and HTML. */
export const collapseSpaces = (s: string) => s.replace(/[ \t\u00A0]{2,}|\t/g, ' ');

/** A single line: names, titles and companies never contain line breaks. */
const line = (max: number) =>
  text(max)
    .refine((s) => !/[\r\n\u2028\u2029]/.test(s), 'must be a single line without line breaks')
    .overwrite(collapseSpaces);

const dateTime = z.iso
  .datetime({ offset: true, local: false, message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T15:00:00-05:00' })
  .meta({ example: '2026-12-01T15:00:00-05:00' });

export const ScenarioIdSchema = oneOf(scenarioIds).meta({ id: 'ScenarioId' });
export const ToneIdSchema = oneOf(toneIds).meta({ id: 'ToneId' });
// Each channel's shape as the catalogue describes it, and the one market whose LinkedIn messages sign off.
export const ChannelIdSchema = oneOf(channelIds).meta({
  id: 'ChannelId',
  description:
    channels.map((c) => `\`${c.id}\`: ${c.description}`).join(' ') +
    ' German LinkedIn messages close as Germans write them there: a short sign-off on a line of its own and the name ' +
    'below it ("Viele Grüße" / name), in a firm no as well.',
});
/** A BCP 47 tag, any case, resolved to a variant the service writes (checked here so the error names /language). */
const LanguageTagSchema = z
  .string()
  .max(35, 'must be a BCP 47 language tag such as en-US')
  // Platforms often store a locale with an underscore (de_DE, as Java and POSIX write it): the same tag.
  .overwrite((tag) => tag.replace(/_/g, '-'))
  .superRefine((tag, ctx) => {
    const resolved = resolveLanguage(tag);
    if (resolved.ok) return;
    ctx.addIssue({
      code: 'custom',
      message:
        resolved.problem === 'malformed'
          ? 'must be a BCP 47 language tag such as en-US or en-GB'
          : `is not a language this service writes; use one of ${languageTags.join(', ')} (or a tag that resolves to one, such as en or en-AU)`,
    });
  });
const FormalitySchema = oneOf(formalityLevels).meta({ id: 'Formality' });
export const grammaticalGenders = ['f', 'm'] as const;

/** A person's name as platforms hold it: a full name, or its parts as ATSs store them. */
/** The error of the candidate-name rule (src/messages/cross-field-rules.ts), which this schema checks itself. */
export const candidateNameMissing = 'is required (or candidate.givenName and candidate.familyName)';

const personName = (what: string) => ({
  name: line(100)
    .optional()
    .describe(
      `${what}. The full name; a title at its start ("Dr.", "Mag.", "Frau") is read as a title. Split into given and ` +
        'family name by rules that keep particles and compound surnames together ("Ana de la Cruz", "Pieter van der ' +
        'Berg", "Graham St. John-Smythe"; in Spanish, two surnames after one given name, as in "Guadalupe Ochoa ' +
        'Treviño"). To avoid any guess, send `givenName` and `familyName`.',
    ),
  givenName: line(60).optional().describe('Given name(s), as an ATS stores them ("Mary Ann", "José Luis").'),
  familyName: line(80).optional().describe('Family name(s) with their particles, as written ("van der Berg", "Ochoa Treviño").'),
  preferredName: line(60)
    .optional()
    .describe(
      'The name they go by, used where a first name is (e.g. `Bob` for Robert Smith). English warm and concise texts and ' +
        'voicemails introduce the candidate by it with the family name ("Bob Smith here"); formal and firm ones say the ' +
        'full name the letters sign with. Spanish greets a recipient by it only in informal (`tú`, `vos`) messages: ' +
        'with `usted`, the given name.',
    ),
});

const messageFacts = {
  scenario: ScenarioIdSchema,
  channel: ChannelIdSchema.optional().describe('Defaults to `email`.'),
  language: LanguageTagSchema.optional()
    .describe(`${languageTagDescription()} Also as platforms store locales, with an underscore (\`de_DE\`).`)
    // The contract lists the tags written; other tags that resolve to one (en-AU, de_DE) are accepted as well.
    .meta({ enum: [...languageTags], example: 'en-GB' }),
  adviceLanguage: LanguageTagSchema.optional()
    .describe(
      'The language of the `advice` for the candidate, when it differs from the message\'s: a German candidate writing ' +
        'to an English-speaking recruiter reads the advice in German. Defaults to the message\'s language.',
    )
    .meta({ enum: [...languageTags], example: 'de-DE' }),
  formality: FormalitySchema.optional().describe(
    'Formal (`Sie`, `vous`, `usted`) or informal (`du`, `tu`, `tú`) address, in languages that distinguish them ' +
      '(`GET /messages/languages` says which). Defaults to `formal`; English has no such distinction and ignores it.',
  ),
  phrasingSeed: line(128)
    .optional()
    .describe(
      'Chooses among reviewed alternative phrasings, so that candidates on one platform do not all send the same ' +
        'sentences; the same seed and facts always give the same message. Pass your application id, say. Without it, a ' +
        'seed is derived from the candidate, recipient and company. For canonical text across candidates, send the same ' +
        'fixed seed (for example `canonical`).',
    )
    .meta({ example: 'application-48213' }),
  candidate: z
    .strictObject({
      ...personName('How the candidate signs the message'),
      email: z.email({ message: 'must be an email address' }).max(254).optional(),
      phone: line(32)
        .regex(/^\+?[0-9 ().-]{5,}$/, 'must be a phone number: digits, spaces, + ( ) . -')
        .optional()
        .describe(
          'Given in the signature, and as the callback number on voicemail: in the national form of the language\'s own ' +
            'market, but with its country code (as written, then slowly) when `interview.timeZone` is in another country ' +
            'than the number, where the recruiter could not dial it otherwise. Write it with its country code ("+57 …").',
        ),
      timeZone: z
        .string()
        .max(64)
        .refine(isTimeZone, 'must be an IANA time zone name such as Europe/Berlin')
        .optional()
        .describe(
          "The IANA zone the candidate writes from. It is the sender's clock, before `now`'s offset: the interview's zone is " +
            'named only when it differs ("10 Uhr" between two people in Berlin, "10 AM ET" from London). A message about ' +
            'no interview greets by the time of day on this clock. Day words ("today", "tomorrow") are the interview\'s own.',
        )
        .meta({ example: 'Europe/Berlin' }),
      grammaticalGender: oneOf(grammaticalGenders)
        .optional()
        .describe(
          'How French, Spanish and German words about the writer agree ("désolée", "encantada"), only when the ' +
            'candidate chose to say: never inferred from a name. Absent, the texts use constructions that need no agreement.',
        ),
    })
    // The candidate-name rule of cross-field-rules.ts, checked with the other fields so that a missing name is named
    // beside any other missing field.
    .superRefine((candidate, ctx) => {
      if (candidate.name === undefined && candidate.familyName === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: candidateNameMissing });
    })
    .describe('The person sending the message: `name`, or `givenName` and `familyName` as an ATS stores them.'),
  recipient: z
    .strictObject({
      ...personName('Without a name, the greeting addresses the team naturally'),
      honorific: oneOf(honorifics)
        .optional()
        .describe(
          'How to address the recipient: `ms` and `mr` give "Dear Ms. de la Cruz", "Sehr geehrte Frau Dr. Vogel", ' +
            '"Madame," and "Estimada Sra. Ochoa:"; `dr` gives "Dear Dr. Vogel" and the German "Guten Tag Dr. Andrea ' +
            'Vogel". `mx`, or none, never guesses a gender: the greeting uses the full name. With a gendered ' +
            'honorific and an `academicTitle` of Dr., Spanish writes "Dra." / "Dr.". French: `ms`/`mr` with a ' +
            'professor\'s title give "Madame la Professeure" (Quebec "Professeure Martin"), with a doctor\'s title ' +
            'Quebec writes "Docteure St-Onge"; `dr` says no gender, so French never guesses "Docteur"/"Docteure" ' +
            'and greets by the full name ("Bonjour Nathalie St-Onge"), never the first name alone. Never guessed from a name.',
        ),
      academicTitle: line(40)
        .optional()
        .describe(
          'An academic or professional title as it is written before the name ("Dr.", "Prof. Dr.", "Mag.", "DI", ' +
            '"Lic."), used where the language puts one in an address ("Sehr geehrte Frau Dr. Vogel"; Austrian ' +
            'letters keep "Mag." and "DI"). A title written at the start of `name` is read the same way.',
        )
        .meta({ example: 'Dr.' }),
      title: line(100).optional().describe('Their job title; accepted, and not printed.'),
    })
    .optional(),
  company: line(120).describe(
    'The organisation, as people call it. A legal form at its end ("GmbH", "S.A. de C.V.", "Inc.", "SAS") is ' +
      'recognised and left out of prose, texts, subjects and speech; `facts.company` in the answer says what was understood.',
  ),
  companyLegalName: line(160)
    .optional()
    .describe(
      'The full legal name ("Aceros del Norte, S.A. de C.V."), when the platform holds it: a formal letter may give it ' +
        'once, and its legal form tells German grammar the gender (die GmbH, der e.V.). Without it, a legal form at ' +
        'the end of `company` is used the same way.',
    ),
  role: line(120)
    .optional()
    .describe(
      'The job title, e.g. `Data Analyst`. Job-ad tags ("(m/w/d)", "(H/F)", "(all genders)", "(80-100 %)", ' +
        '"(Remote)", and workload, contract or pay tags after a dash: "– befristet", "– CDI", "- $2,000 Sign-On Bonus") ' +
        'are taken off everywhere, and a voicemail reads no brackets and no written-only inclusive forms ("Chargé·e", ' +
        '"Entwickler*in"). `facts.role.removed` lists what was taken off.',
    ),
  jobReference: line(64)
    .optional()
    .describe(
      'The requisition or job-ad reference, named where recruiters file by it: the email subject and, where that ' +
        'market expects it, the first sentence ("Kennziffer 2026-117", "réf. 2026-117", "Ref. 2026-117"). A label an ' +
        'export wrote before the code ("Réf. RB-2026-117", "Ref: 4411", "N° 117", "#R-2231") is taken off, as the ' +
        'message writes its own; `facts.jobReference` shows the code used.',
    )
    .meta({ example: '2026-117' }),
  interview: z
    .strictObject({
      at: dateTime.optional().describe('When the interview is (or was), with the offset of its local time.'),
      timeZone: z
        .string()
        .max(64)
        .refine(isTimeZone, 'must be an IANA time zone name such as America/New_York or Europe/Berlin')
        .optional()
        .describe(
          'The IANA time zone the interview is in. Times are written in it (else in the offset of `at`), and the zone ' +
            "is named (\"3 PM ET\") when the sender's clock reads otherwise: `candidate.timeZone`'s, else `now`'s offset; " +
            'with neither, it is named. A greeting by the time of day follows the interview\'s clock too: the recruiter ' +
            'reads the message there ("Guten Tag" at 13:30 in Zurich, from a candidate for whom it is morning), and ' +
            'dials the callback number from there.',
        )
        .meta({ example: 'America/New_York' }),
      format: oneOf(interviewFormats).optional(),
    })
    .optional(),
  reason: z
    .strictObject({
      code: oneOf(reasonCodes).optional(),
      detail: line(280)
        // It is woven into a sentence: punctuation alone would print as a clause of punctuation.
        .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain words')
        .optional()
        .describe(
          "The candidate's own reason, written to follow \"because\" (e.g. `my partner starts a new job in Lisbon in " +
            'March`); it replaces the general wording in the sentence that carries the decision. Used only at the ' +
            '`specific` disclosure level.',
        ),
      disclosure: oneOf(disclosureLevels)
        .optional()
        .describe(
          'How much of the reason the text reveals: `none`, `general` (our wording; private reasons say only "personal ' +
            'reasons"), or `specific` (the `detail`). Defaults to `general` for the private codes `personal`, `health` ' +
            'and `family` (and for a detail given without a code) even when a detail is given, so a private detail is ' +
            'printed only when asked for; for the other codes, to `specific` when a detail is given.',
        ),
    })
    .optional(),
  newEmployer: line(120).optional().describe('Named in the text only when given.'),
  keepDoorOpen: z.boolean().optional().describe('Ask to stay in touch about future roles.'),
  referral: z
    .union([line(100), z.strictObject(personName('Their full name'))])
    .optional()
    .describe('Someone the candidate offers to introduce instead: a name, or `{ givenName, familyName }`.'),
  requestNoFurtherContact: z.boolean().optional().describe('`firm-no` only: ask to be removed from further contact.'),
  intent: oneOf(intents)
    .optional()
    .describe(
      '`withdraw` (the default) ends the application. `reschedule`, for `last-minute` and `personal-reasons` with an ' +
        '`interview.at`, cancels that date, keeps the application and asks for another time; its `classification` ' +
        'records no withdrawal.',
    ),
  availability: line(120)
    .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain words')
    .optional()
    .describe('With `intent: reschedule`: when the candidate could come instead, in their own words ("any morning next week").'),
  openToNegotiation: z
    .boolean()
    .optional()
    .describe(
      '`decline-offer` with `reason.code` `compensation` or `schedule`: the no stays a no, but says the candidate ' +
        'would reconsider if the pay or the hours changed. Not with `tone: firm`.',
    ),
  requestDataDeletion: z
    .boolean()
    .optional()
    .describe(
      'Ask, in one sentence worded as the market writes it (GDPR Art. 17, DSGVO), that the application data be ' +
        'deleted. For withdrawals, declines, replies to recruiters and `firm-no`; not with `keep-door-open`, ' +
        '`keepDoorOpen: true` or `intent: reschedule`, which need the data kept.',
    ),
  now: dateTime
    .optional()
    .describe(
      'The reference time for short-notice detection and relative dates. Defaults to the server clock. Without ' +
        "`candidate.timeZone`, its offset is the sender's clock (whether the interview's zone is named; a greeting by " +
        'the time of day when there is no interview).',
    ),
  atsReasonId: AtsReasonIdSchema.optional(),
  templateVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "Pins a version of the platform's own template for this scenario, language and channel (needs an API key): the " +
        'message is rendered with that version whether or not it is published. A version that does not exist is a `400`.',
    ),
};

export const MessageRequestSchema = z
  .strictObject({
    ...messageFacts,
    tone: ToneIdSchema.optional().describe("Defaults to the scenario's `defaultTone` (in some markets its own, see `GET /messages/scenarios`)."),
  })
  // The OpenAPI document adds the cross-field rules to this description (src/plugins/docs.ts).
  .meta({ id: 'MessageRequest', description: 'The facts of one message to render.' });
export type MessageRequest = z.infer<typeof MessageRequestSchema>;

export const VariantsRequestSchema = z
  .strictObject({
    ...messageFacts,
    tones: z.array(ToneIdSchema).min(1).max(toneIds.length).optional().describe('Defaults to every tone.'),
  })
  .meta({ id: 'VariantsRequest', description: 'The facts of one message, rendered once per tone.' });
export type VariantsRequest = z.infer<typeof VariantsRequestSchema>;

export const maxBatchItems = 100;
export const BatchRequestSchema = z
  .strictObject({
    items: z
      .array(MessageRequestSchema)
      .min(1, 'must hold at least 1 item')
      .max(maxBatchItems, `must hold at most ${maxBatchItems} items`),
  })
  .meta({ id: 'BatchRequest', description: 'Up to 100 messages rendered in one call; each item succeeds or fails on its own.' });

export const FieldErrorSchema = z
  .object({
    pointer: z.string().describe('JSON Pointer (RFC 6901) to the offending field in the request body.'),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference identifying the problem type.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional().describe('For validation problems: one entry per bad field.'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object, served as application/problem+json.' });
export type Problem = z.infer<typeof ProblemSchema>;

const PersonFactsSchema = z.object({
  name: z.string().describe('The full name as written in the message.'),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  preferredName: z.string().nullable(),
  inferred: z.boolean().describe('Whether given and family name were split from `name` by rule (send the parts to avoid it).'),
});

/** What the service understood of the request, as its words use it. */
export const FactsSchema = z
  .object({
    candidate: PersonFactsSchema,
    recipient: PersonFactsSchema.extend({
      honorific: z.enum(honorifics).nullable(),
      academicTitle: z.string().nullable(),
    }).nullable(),
    referral: PersonFactsSchema.nullable(),
    company: z.object({
      name: z.string().describe('The name prose, texts and speech use.'),
      legalForm: z.string().nullable().describe('The legal form recognised ("GmbH", "S.A. de C.V."), or null.'),
      legalName: z.string().describe('The full legal name, as given.'),
    }),
    newEmployer: z.object({ name: z.string(), legalForm: z.string().nullable(), legalName: z.string() }).nullable(),
    role: z
      .object({
        name: z.string().describe('The role as written text names it, job-ad tags taken off.'),
        spoken: z.string().describe('The role in its brief form, as a voicemail says it and a text message writes it: no brackets or dashes.'),
        removed: z.array(z.string()).describe('The tags taken off ("(m/w/d)", "(Remote)").'),
      })
      .nullable(),
    jobReference: z.string().nullable(),
    intent: z.enum(intents),
  })
  .meta({
    id: 'Facts',
    description: 'The facts as the message used them: names split, legal forms and job-ad tags recognised. Only facts the scenario uses.',
  });
export type Facts = z.infer<typeof FactsSchema>;

const partsShape = Object.fromEntries(partNames.map((p) => [p, z.string().optional()])) as Record<
  (typeof partNames)[number],
  z.ZodOptional<z.ZodString>
>;

/** Whose words the message is: ours, or the published (or pinned) version of a platform's own template. */
export const TemplateUsedSchema = z
  .discriminatedUnion('source', [
    z.object({
      source: z.literal('builtin'),
      version: z.string().describe('The version of our words for this language, as `templateVersion`.'),
    }),
    z.object({
      source: z.literal('tenant'),
      version: z.number().int().min(1).describe("The version of the platform's template, as `templateVersion` pins it."),
      scenario: ScenarioIdSchema,
      language: z.string().describe('The template\'s language: the variant tag or the base language it was stored under.'),
      channel: ChannelIdSchema,
      tone: ToneIdSchema.nullable().describe('The tone the template was written for; null for a template that serves every tone.'),
    }),
  ])
  .meta({ id: 'TemplateUsed', description: "Whose words the message is in: the service's own (`builtin`) or the platform's template (`tenant`)." });
export type TemplateUsed = z.infer<typeof TemplateUsedSchema>;

export const MessageSchema = z
  .object({
    id: z
      .string()
      .describe(
        'A stable hash of the words (subject, text, advice, what was left out), the facts as understood, the phrasing chosen and the template version (so not of `atsReasonId`): the same message always has the same id.',
      ),
    scenario: ScenarioIdSchema,
    tone: ToneIdSchema,
    channel: ChannelIdSchema,
    language: z.enum(languageTags as [string, ...string[]]).describe('The BCP 47 tag the message is written in, as the request resolved (`en-GB`).'),
    formality: FormalitySchema.optional().describe('The form of address used, in languages that distinguish them.'),
    phrasingSeed: z.string().describe('The seed that chose the phrasing: the request\'s, or the one derived from its names.'),
    subject: z.string().optional().describe('Email only.'),
    text: z.string().describe('The ready-to-send plain text.'),
    html: z.string().optional().describe('Email only: the same message as minimal, escaped HTML.'),
    parts: z.object(partsShape).describe('The labelled pieces that make up `text`, in order; absent pieces are omitted.'),
    omitted: z
      .array(z.enum(omissions))
      .optional()
      .describe(
        'SMS and voicemail only, when the facts would not fit the channel: what the text leaves out, in the order it ' +
          'gave them up (the advice says the same in words).',
      ),
    stats: z.object({
      words: z.number().int(),
      characters: z.number().int(),
      smsSegments: z.number().int().optional().describe('SMS only.'),
      smsEncoding: z.enum(['GSM-7', 'UCS-2']).optional().describe('SMS only.'),
      speakingSeconds: z
        .number()
        .int()
        .optional()
        .describe('Voicemail only: estimated seconds to read it aloud at a calm pace (English: 150 words a minute).'),
    }),
    advice: z.array(z.object({ code: z.string(), text: z.string() })),
    templateVersion: z.string().describe("The version of the built-in words of the message's language (`GET /messages/languages`)."),
    template: TemplateUsedSchema,
    classification: ClassificationSchema,
    facts: FactsSchema,
  })
  .meta({ id: 'Message', description: 'A rendered message, ready to review and send.' });
export type Message = z.infer<typeof MessageSchema>;

export const VariantsResponseSchema = z.object({ variants: z.array(MessageSchema) }).meta({ id: 'Variants' });

export const BatchResultSchema = z
  .union([
    z.object({ index: z.number().int(), status: z.literal(200), message: MessageSchema }),
    z.object({ index: z.number().int(), status: z.number().int().min(400), problem: ProblemSchema }),
  ])
  .meta({ id: 'BatchResult' });
export const BatchResponseSchema = z.object({ results: z.array(BatchResultSchema) }).meta({ id: 'BatchResults' });

export const RequestFieldSchema = z.enum(requestFields);
