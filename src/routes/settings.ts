// A platform's settings, and all of its words and settings as one JSON document: exported, and imported (with a dry
// run that says what would change).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChannelId, ScenarioId, ToneId } from '../messages/catalogue.js';
import { problemTypes, validationProblem } from '../messages/problems.js';
import type { FieldError } from '../messages/schema.js';
import { problem, sendProblem } from '../plugins/errors.js';
import type { Draft, StoredWarning, TemplatePath } from '../store/tenant-store.js';
import { TenantSettingsSchema } from '../tenants/settings.js';
import type { Tenancy } from '../tenants/tenancy.js';
import { templateLanguage, type Violation } from '../tenants/validation.js';
import { ExportSchema, ImportResultSchema, InvalidTemplateProblemSchema, tenantProblems as p } from './tenant-schemas.js';
import { principalOf } from './templates.js';

const security = [{ apiKey: [] }];
const keyed = { apiKey: 'required' as const };
type ExportDocument = z.infer<typeof ExportSchema>;
type Change = z.infer<typeof ImportResultSchema>['changes'][number];

const slotKey = (path: TemplatePath, tone: string | null) => `${path.scenario}|${path.language}|${path.channel}|${tone ?? ''}`;

export const settingsRoutes: FastifyPluginAsyncZod<{ tenancy: Tenancy }> = async (app, { tenancy }) => {
  const tags = ['settings'];

  app.get(
    '/settings',
    { config: keyed, schema: { tags, security, operationId: 'getSettings', summary: "Read the platform's settings", description: 'Default tones, scenarios and channels not offered, the email footer and signature line.', response: { 200: TenantSettingsSchema, ...p } } },
    async (request) => tenancy.settings(principalOf(request).tenantId),
  );

  app.put(
    '/settings',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'putSettings',
        summary: "Replace the platform's settings",
        description: 'Replaces every setting (absent ones take their defaults); every replica uses them within a second.',
        body: TenantSettingsSchema,
        response: { 200: TenantSettingsSchema, ...p },
      },
    },
    async (request) => {
      await tenancy.putSettings(principalOf(request).tenantId, request.body);
      return request.body;
    },
  );

  app.get(
    '/export',
    {
      config: keyed,
      schema: { tags, security, operationId: 'exportTenant', summary: 'Export everything', description: 'Settings, every version of every template, and what is published, as one JSON document: a backup, or what `POST /import` takes.', response: { 200: ExportSchema, ...p } },
    },
    async (request) => {
      const all = await tenancy.exportAll(principalOf(request).tenantId);
      const paths = new Map<string, ExportDocument['templates'][number]>();
      for (const v of all.versions) {
        const key = slotKey(v, null);
        if (!paths.has(key)) paths.set(key, { scenario: v.scenario as ScenarioId, language: v.language, channel: v.channel as ChannelId, published: [], versions: [] });
        const { scenario: _s, language: _l, channel: _c, ...version } = v;
        paths.get(key)!.versions.push(version as never);
      }
      for (const x of all.published) paths.get(slotKey(x, null))?.published.push({ tone: (x.tone || null) as ToneId | null, version: x.version });
      return { format: 'decline-messages/tenant-export' as const, formatVersion: 1 as const, exportedAt: new Date().toISOString(), tenant: all.tenant, settings: all.settings, templates: [...paths.values()] };
    },
  );

  app.post(
    '/import',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'importTenant',
        summary: 'Import an export (with a dry run)',
        description:
          'Makes this platform\'s settings and live templates those of the document (from `GET /export`, of this platform or another): each ' +
          'published template whose words differ from what is live here is validated, stored as a new version and published; settings are ' +
          'replaced. Templates live here and absent from the document are kept. All or nothing; `?dryRun=true` only says what would change.',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).optional().describe('true: change nothing, list what would change.') }),
        body: ExportSchema,
        response: { 200: ImportResultSchema, 422: { description: 'A template in the document breaks our rules.', content: { 'application/problem+json': { schema: InvalidTemplateProblemSchema } } }, ...p },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const doc = request.body;
      const dryRun = request.query.dryRun === 'true';
      const current = await tenancy.exportAll(principal.tenantId);
      const live = new Map(current.published.map((x) => [slotKey(x, x.tone || null), current.versions.find((v) => v.scenario === x.scenario && v.language === x.language && v.channel === x.channel && v.version === x.version)!]));
      const changes: Change[] = [{ kind: 'settings', action: JSON.stringify(doc.settings) === JSON.stringify(current.settings) ? 'unchanged' : 'update' }];
      const errors: FieldError[] = [];
      const violations: Violation[] = [];
      const toPublish: (TemplatePath & { draft: Draft; warnings: StoredWarning[] })[] = [];
      const inDocument = new Set<string>();
      doc.templates.forEach((entry, i) => {
        const language = templateLanguage(entry.language);
        if (!language) return void errors.push({ pointer: `/templates/${i}/language`, message: 'is not a language a template may use' });
        const path = { scenario: entry.scenario, language, channel: entry.channel };
        entry.published.forEach((slot, j) => {
          const version = entry.versions.find((v) => v.version === slot.version);
          if (!version) return void errors.push({ pointer: `/templates/${i}/published/${j}/version`, message: 'is not among the versions of this template' });
          const key = slotKey(path, version.tone);
          inDocument.add(key);
          const here = live.get(key);
          const where = { kind: 'template' as const, scenario: entry.scenario, language, channel: entry.channel, tone: version.tone };
          if (here && here.text === version.text && here.subject === version.subject) return void changes.push({ ...where, action: 'unchanged' });
          const draft: Draft = { text: version.text, ...(version.tone && { tone: version.tone }), ...(version.subject !== null && { subject: version.subject }), note: `imported from ${doc.tenant.name}, version ${version.version}` };
          const result = tenancy.validate({ ...path, ...draft, tone: version.tone ?? undefined });
          if (!result.ok) return void errors.push(...result.errors.map((e) => ({ ...e, pointer: `/templates/${i}${e.pointer}` })));
          const verdict = tenancy.verdict(result);
          violations.push(...verdict.errors.map((v) => ({ ...v, message: `${entry.scenario}/${language}/${entry.channel}: ${v.message}` })));
          toPublish.push({ ...path, draft, warnings: verdict.warnings });
          changes.push({ ...where, action: 'publish' });
        });
      });
      for (const [key, v] of live) if (!inDocument.has(key)) changes.push({ kind: 'template', action: 'kept', scenario: v.scenario as ScenarioId, language: v.language, channel: v.channel as ChannelId, tone: v.tone as ToneId | null });
      if (errors.length > 0) return sendProblem(reply, validationProblem(errors));
      if (violations.length > 0) {
        return sendProblem(reply, { ...problem(422, problemTypes.invalidTemplate, 'Invalid template', `The document's templates break ${violations.length} rules; nothing was imported.`), violations });
      }
      if (!dryRun && (toPublish.length > 0 || changes[0]!.action === 'update')) {
        const created = await tenancy.applyImport(principal.tenantId, { ...(changes[0]!.action === 'update' && { settings: doc.settings }), templates: toPublish }, { keyId: principal.keyId, name: principal.keyName });
        let k = 0;
        for (const change of changes) if (change.action === 'publish') change.version = created[k++]!.version;
      }
      return { dryRun, changes };
    },
  );
};
