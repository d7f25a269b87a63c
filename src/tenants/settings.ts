// A tenant's settings: its default tone per scenario, the scenarios and channels its platform does not offer, and
// the email footer and signature line its messages carry.
import { z } from 'zod';
import { ChannelIdSchema, ScenarioIdSchema, ToneIdSchema } from '../messages/schema.js';

const oneLine = /^[^\r\n]*$/;

export const TenantSettingsSchema = z
  .strictObject({
    defaultTones: z
      .partialRecord(ScenarioIdSchema, ToneIdSchema)
      .default({})
      .describe("The tone a scenario renders in when a request names none, instead of the scenario's own default."),
    disabledScenarios: z
      .array(ScenarioIdSchema)
      .max(20)
      .default([])
      .describe('Scenarios this platform does not offer: a request for one is refused on `/scenario`, and discovery leaves it out.'),
    disabledChannels: z
      .array(ChannelIdSchema)
      .max(4)
      .default([])
      .describe('Channels this platform does not offer: a request for one is refused on `/channel`.'),
    emailFooter: z
      .string()
      .min(1)
      .max(1000)
      .nullable()
      .default(null)
      .describe('A paragraph added under every email, after a blank line (text and HTML); null for none.'),
    signature: z
      .string()
      .min(1)
      .max(200)
      .regex(oneLine, 'must be one line')
      .nullable()
      .default(null)
      .describe("One line added under the candidate's signature in every email (\"Sent with Acme Careers\"); null for none."),
  })
  .meta({ id: 'TenantSettings', description: "A platform's settings, applied to every message rendered with its keys." });

export type TenantSettings = z.output<typeof TenantSettingsSchema>;

export const defaultSettings = (): TenantSettings => TenantSettingsSchema.parse({});
