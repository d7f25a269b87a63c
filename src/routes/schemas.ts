// Response schemas the routes share: problems per status, and the discovery views.
import { z } from 'zod';
import { channelIds, requestFields, toneIds } from '../messages/catalogue.js';
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
  500: problemContent('Unexpected server error; no internals are disclosed.'),
} as const;

export const bodyProblems = { 400: problems[400], 413: problems[413], 415: problems[415], 500: problems[500] };

export const ScenarioSchema = z
  .object({
    id: ScenarioIdSchema,
    title: z.string(),
    description: z.string(),
    defaultTone: ToneIdSchema,
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
