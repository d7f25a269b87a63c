// Request and response schemas of the admin, template and settings operations.
import { z } from 'zod';
import { channelIds, scenarioIds, toneIds } from '../messages/catalogue.js';
import { ChannelIdSchema, ProblemSchema, ScenarioIdSchema, ToneIdSchema } from '../messages/schema.js';
import { TenantSettingsSchema } from '../tenants/settings.js';
import { templateLanguages } from '../tenants/validation.js';
import { problems } from './schemas.js';

export const TenantIdSchema = z.string().regex(/^tnt_[A-Za-z0-9]{12}$/, 'is not a tenant id').describe('A tenant id (`tnt_...`).');
export const KeyIdSchema = z.string().regex(/^[A-Za-z0-9]{12}$/, 'is not a key id').describe("A key's id: the part after `dmk_` in its visible prefix.");

export const NewTenantSchema = z.strictObject({ name: z.string().trim().min(1).max(200).describe("The platform's name, for the operator.") }).meta({ id: 'NewTenant' });
export const NewKeySchema = z
  .strictObject({ name: z.string().trim().min(1).max(100).optional().describe('A label to tell keys apart ("production", "staging").') })
  .meta({ id: 'NewKey' });

const apiKey = z.string().describe('The key, shown this once: store it as a secret. It starts with its visible prefix, `dmk_<id>_`.');
export const CreatedTenantSchema = z
  .object({ id: TenantIdSchema, name: z.string(), apiKey, keyId: KeyIdSchema })
  .meta({ id: 'CreatedTenant' });
export const CreatedKeySchema = z.object({ id: KeyIdSchema, name: z.string(), apiKey }).meta({ id: 'CreatedKey' });
export const KeySchema = z
  .object({ id: KeyIdSchema, prefix: z.string().describe('What logs show of this key: `dmk_<id>`.'), name: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .meta({ id: 'ApiKey' });
export const TenantSchema = z.object({ id: TenantIdSchema, name: z.string(), createdAt: z.string(), keys: z.array(KeySchema) }).meta({ id: 'Tenant' });

export const TemplateLanguageSchema = z
  .string()
  .describe(`A variant tag or its base language: ${templateLanguages.join(', ')} (any case; "_" reads as "-").`);

export const TemplatePathSchema = z.strictObject({ scenario: z.enum(scenarioIds), language: TemplateLanguageSchema, channel: z.enum(channelIds) });
export const VersionPathSchema = TemplatePathSchema.extend({ version: z.coerce.number().int().min(1).describe('A version number.') });

export const ViolationSchema = z
  .object({
    rule: z.string().describe('The rule\'s stable id: a content rule (`GET /templates/variables` lists none; see the README), or `template-syntax`, `unknown-variable`, `template-render`, `subject-outside-email`.'),
    severity: z.enum(['error', 'warning']).describe('Errors make a template invalid; warnings are returned and stored with the version.'),
    message: z.string(),
    pointer: z.string().optional().describe('Where: `/text` or `/subject` of the draft, or a part of the rendered message.'),
    line: z.number().int().optional().describe('1-based line in the field, for syntax errors and unknown variables.'),
    column: z.number().int().optional().describe('1-based column in that line.'),
  })
  .meta({ id: 'Violation' });

const templateText = z.string().min(1).max(10_000);
export const DraftSchema = z
  .strictObject({
    tone: ToneIdSchema.optional().describe('Only for this tone; without it, the template serves every tone (a tone-specific one wins).'),
    subject: z.string().min(1).max(500).optional().describe("Email only: the subject line's template; without it, our subject."),
    text: templateText.describe('The message in the template language: `{{variable}}`, `{{#if variable}}`, `{{#unless variable}}`, `{{else}}`.'),
    note: z.string().max(1000).optional().describe('What changed, for the version list.'),
  })
  .meta({ id: 'TemplateDraft' });

export const ValidateRequestSchema = z
  .strictObject({
    scenario: ScenarioIdSchema,
    language: TemplateLanguageSchema,
    channel: ChannelIdSchema,
    tone: ToneIdSchema.optional(),
    subject: z.string().min(1).max(500).optional(),
    text: templateText,
    facts: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Facts as `POST /messages` takes them (without scenario, channel and language); without them, the scenario's example in the language's own names."),
  })
  .meta({ id: 'ValidateTemplate' });

export const RenderingSchema = z
  .object({
    tone: ToneIdSchema,
    subject: z.string().optional(),
    text: z.string().optional().describe('Absent when the draft failed to render with these facts.'),
    html: z.string().optional().describe('Email only: the text as HTML, as `POST /messages` gives it.'),
    stats: z
      .object({ words: z.number().int(), characters: z.number().int(), smsSegments: z.number().int().optional(), smsEncoding: z.enum(['GSM-7', 'UCS-2']).optional(), speakingSeconds: z.number().int().optional() })
      .optional(),
    violations: z.array(ViolationSchema),
  })
  .meta({ id: 'Rendering' });

export const ValidationSchema = z
  .object({
    valid: z.boolean().describe('No error anywhere: the template may be stored.'),
    violations: z.array(ViolationSchema).describe("Problems of the draft's own fields (syntax, variables), with line and column."),
    renderings: z.array(RenderingSchema).describe('The draft rendered in every tone it serves, each read by the content rules.'),
  })
  .meta({ id: 'TemplateValidation' });

export const AuthorSchema = z.object({ keyId: z.string().nullable(), name: z.string().nullable().describe('The name of the key that created it.') });

export const TemplateVersionSchema = z
  .object({
    version: z.number().int(),
    tone: ToneIdSchema.nullable(),
    subject: z.string().nullable(),
    text: z.string(),
    note: z.string().nullable(),
    warnings: z.array(ViolationSchema),
    createdAt: z.string(),
    createdBy: AuthorSchema,
    published: z.boolean().describe('Live for its tone (or for any tone).'),
  })
  .meta({ id: 'TemplateVersion' });

const PublishedSlotSchema = z.object({ tone: ToneIdSchema.nullable().describe('null: serves any tone.'), version: z.number().int() });

export const TemplateVersionsSchema = z
  .object({ scenario: ScenarioIdSchema, language: z.string(), channel: ChannelIdSchema, published: z.array(PublishedSlotSchema), versions: z.array(TemplateVersionSchema) })
  .meta({ id: 'TemplateVersions' });

export const TemplateListSchema = z
  .object({
    templates: z.array(
      z.object({ scenario: ScenarioIdSchema, language: z.string(), channel: ChannelIdSchema, latestVersion: z.number().int(), updatedAt: z.string(), published: z.array(PublishedSlotSchema) }),
    ),
  })
  .meta({ id: 'TemplateList' });

export const CreatedVersionSchema = z
  .object({ version: z.number().int(), warnings: z.array(ViolationSchema) })
  .meta({ id: 'CreatedVersion' });

export const PublishedSchema = z
  .object({ scenario: ScenarioIdSchema, language: z.string(), channel: ChannelIdSchema, tone: ToneIdSchema.nullable(), version: z.number().int() })
  .meta({ id: 'PublishedTemplate' });

export const InvalidTemplateProblemSchema = ProblemSchema.extend({
  violations: z.array(ViolationSchema).describe('Every error, each with its rule and where.'),
}).meta({ id: 'InvalidTemplateProblem' });

export const ExportSchema = z
  .object({
    format: z.literal('decline-messages/tenant-export'),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    tenant: z.object({ id: z.string(), name: z.string() }),
    settings: TenantSettingsSchema,
    templates: z.array(
      z.object({
        scenario: ScenarioIdSchema,
        language: z.string(),
        channel: ChannelIdSchema,
        published: z.array(PublishedSlotSchema),
        versions: z.array(TemplateVersionSchema.omit({ published: true })),
      }),
    ),
  })
  .meta({ id: 'TenantExport', description: 'Everything a platform has: its settings and every version of every template, and what is published.' });

export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    changes: z.array(
      z.object({
        kind: z.enum(['settings', 'template']),
        action: z.enum(['update', 'publish', 'unchanged', 'kept']).describe('`publish`: a new version is stored and published; `kept`: live here, absent from the document, left as it is.'),
        scenario: ScenarioIdSchema.optional(),
        language: z.string().optional(),
        channel: ChannelIdSchema.optional(),
        tone: ToneIdSchema.nullable().optional(),
        version: z.number().int().optional().describe('The version stored (not on a dry run).'),
      }),
    ),
  })
  .meta({ id: 'ImportResult' });

export const authProblems = {
  401: { description: 'No API key, or one that is unknown, revoked or malformed.', content: { 'application/problem+json': { schema: ProblemSchema } } },
  503: {
    description: 'The template store is unavailable, or the instance is shedding load; retry after `Retry-After` seconds.',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
} as const;

export const tenantProblems = { ...problems, ...authProblems, 404: problems[404] };
export { toneIds };
