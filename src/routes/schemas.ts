// Response schemas the routes share: problems per status, and the discovery views.
import { z } from 'zod';
import { channelIds, intents, requestFields, toneIds } from '../messages/catalogue.js';
import { ChannelIdSchema, MessageRequestSchema, ProblemSchema, ScenarioIdSchema, ToneIdSchema } from '../messages/schema.js';

const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const problems = {
  400: problemContent('The request is invalid: malformed JSON, or fields that fail validation (each named by a JSON Pointer).'),
  404: problemContent('Not found.'),
  406: problemContent('None of the media types in `Accept` can be produced.'),
  413: problemContent('The request body is larger than the configured limit.'),
  415: problemContent('The request body is not `application/json`.'),
  // docs.ts adds the Retry-After header to these two (the zod type provider drops response headers).
  429: problemContent('Too many requests from this client address in the current window; see `Retry-After`.'),
  500: problemContent('Unexpected server error; no internals are disclosed.'),
  503: problemContent('The server is shedding load; retry after `Retry-After` seconds, ideally on another replica.'),
} as const;

/** Every operation can be rate limited, shed under load, or fail. */
export const serviceProblems = { 429: problems[429], 500: problems[500], 503: problems[503] };

export const bodyProblems = { 400: problems[400], 413: problems[413], 415: problems[415], ...serviceProblems };

export const ScenarioSchema = z
  .object({
    id: ScenarioIdSchema,
    title: z.string(),
    description: z.string(),
    defaultTone: ToneIdSchema,
    marketTones: z
      .record(z.string(), ToneIdSchema)
      .optional()
      .describe('Where a market writes this scenario in another tone by default, keyed by language (`de`) or variant tag (`de-AT`).'),
    intents: z.array(z.enum(intents)).describe('What the candidate may ask for: always `withdraw`; `reschedule` where another date can be asked for.'),
    tones: z.array(ToneIdSchema),
    channels: z.array(ChannelIdSchema),
    fields: z.object({
      required: z.array(z.enum(requestFields)).describe('JSON Pointers of the fields this scenario needs.'),
      uses: z.array(z.enum(requestFields)).describe('JSON Pointers of the optional fields that change its text.'),
    }),
    example: MessageRequestSchema.describe('A complete, valid `POST /messages` body for this scenario.'),
  })
  .meta({ id: 'Scenario' });

export const ScenarioListSchema = z.object({ scenarios: z.array(ScenarioSchema) }).meta({ id: 'ScenarioList' });

export const ToneListSchema = z
  .object({ tones: z.array(z.object({ id: z.enum(toneIds), description: z.string() })) })
  .meta({ id: 'ToneList' });

export const ChannelListSchema = z
  .object({ channels: z.array(z.object({ id: z.enum(channelIds), description: z.string() })) })
  .meta({ id: 'ChannelList' });

export const LanguageListSchema = z
  .object({
    default: z.string().describe('The tag used when neither the body nor `Accept-Language` names a language the service writes.'),
    languages: z.array(
      z.object({
        tag: z.string().describe('The BCP 47 tag, as messages name it (`en-GB`).'),
        name: z.string().describe('Its name in English.'),
        nativeName: z.string().describe('Its name in itself.'),
        language: z.string().describe('The language subtag (`en`).'),
        formality: z.boolean().describe('Whether `formality` (formal or informal address) changes the text.'),
        distinguishes: z.string().describe('What sets this variant apart from the other variants of its language.'),
        inherits: z
          .array(z.string())
          .describe('Variants whose template words this one inherits, nearest first (`es-MX` inherits `es-419`\'s); it may replace any of them.'),
        resolvesHere: z.array(z.string()).describe('Other tags that resolve to this variant (examples; CLDR\'s matching decides the rest).'),
        templateVersion: z.string(),
      }),
    ),
  })
  .meta({ id: 'LanguageList' });
