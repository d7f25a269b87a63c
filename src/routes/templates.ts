// A platform's own templates: validate a draft by our rules, store immutable versions, list them, publish one.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChannelId, ScenarioId } from '../messages/catalogue.js';
import { problemTypes, validationProblem } from '../messages/problems.js';
import { templateVariablesSchema } from '../messages/view-model.js';
import { problem, ProblemError, sendProblem } from '../plugins/errors.js';
import type { TemplatePath, TemplateVersion } from '../store/tenant-store.js';
import type { Principal, Tenancy } from '../tenants/tenancy.js';
import { templateLanguage, templateLanguages } from '../tenants/validation.js';
import {
  CreatedVersionSchema,
  DraftSchema,
  InvalidTemplateProblemSchema,
  PublishedSchema,
  TemplateListSchema,
  TemplatePathSchema,
  TemplateVersionsSchema,
  TemplateVersionSchema,
  tenantProblems as p,
  ValidateRequestSchema,
  ValidationSchema,
  VersionPathSchema,
} from './tenant-schemas.js';

const security = [{ apiKey: [] }];
const keyed = { apiKey: 'required' as const };

export function principalOf(request: FastifyRequest): Principal {
  // The route's config says a key is required: the hook has refused requests without one.
  return request.principal!;
}

/** The path's language as stored, or a 400 naming the ones a template may use. */
export function pathOf(params: { scenario: ScenarioId; language: string; channel: ChannelId }): TemplatePath {
  const language = templateLanguage(params.language);
  if (!language) throw new ProblemError(validationProblem([{ pointer: '/language', message: `must be one of ${templateLanguages.join(', ')}` }]));
  return { scenario: params.scenario, language, channel: params.channel };
}

const notFound = (what: string) => new ProblemError(problem(404, problemTypes.notFound, 'Not found', what));

function versionView(v: TemplateVersion, published: ReadonlySet<number>) {
  return { version: v.version, tone: v.tone as never, subject: v.subject, text: v.text, note: v.note, warnings: v.warnings as never, createdAt: v.createdAt, createdBy: v.createdBy, published: published.has(v.version) };
}

export const templateRoutes: FastifyPluginAsyncZod<{ tenancy: Tenancy }> = async (app, { tenancy }) => {
  const tags = ['templates'];

  app.get(
    '/templates/variables',
    {
      schema: {
        tags,
        operationId: 'getTemplateVariables',
        summary: 'The variables a template may use',
        description: 'The JSON Schema (draft 2020-12) of the view model: every name a template may print or test. These names are a public contract.',
        response: { 200: z.record(z.string(), z.unknown()).describe('A JSON Schema.'), ...p },
      },
    },
    async () => templateVariablesSchema() as Record<string, unknown>,
  );

  app.post(
    '/templates/validate',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'validateTemplate',
        summary: 'Validate a draft by our rules',
        description:
          'Checks the syntax and every variable (with line and column), then renders the draft with the given facts, or the ' +
          "scenario's example in the language's own names, in every tone it serves, and reads each rendering with the content rules our own " +
          'words meet: SMS segments, voicemail seconds, legal forms read aloud, doubled punctuation, repeated words, a missing company or greeting, ' +
          'exclamation marks ... Errors make a template invalid; warnings do not. Nothing is stored.',
        body: ValidateRequestSchema,
        response: { 200: ValidationSchema, ...p },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const path = pathOf(body);
      const result = tenancy.validate({ ...body, language: path.language });
      if (!result.ok) return sendProblem(reply, validationProblem(result.errors));
      return { valid: result.valid, violations: result.violations, renderings: result.renderings } as never;
    },
  );

  app.get(
    '/templates',
    {
      config: keyed,
      schema: { tags, security, operationId: 'listTemplates', summary: "List the platform's templates", description: 'Every template path with versions: its latest version and what is published, per tone.', response: { 200: TemplateListSchema, ...p } },
    },
    async (request) => ({ templates: (await tenancy.templates(principalOf(request).tenantId)) as never }),
  );

  app.put(
    '/templates/:scenario/:language/:channel',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'putTemplate',
        summary: 'Store a new version',
        description:
          'Validates the draft (as `POST /templates/validate` with the example facts) and stores it as a new, immutable version: ' +
          '`201 { version }`, numbered from 1 for this scenario, language and channel. Errors refuse it with a `422` problem listing them; ' +
          'warnings are returned and kept with the version. Storing does not publish.',
        params: TemplatePathSchema,
        body: DraftSchema,
        response: { 201: CreatedVersionSchema, 422: { description: 'The draft breaks our rules.', content: { 'application/problem+json': { schema: InvalidTemplateProblemSchema } } }, ...p },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const path = pathOf(request.params);
      const draft = request.body;
      const result = tenancy.validate({ ...path, scenario: path.scenario as ScenarioId, channel: path.channel as ChannelId, ...draft });
      if (!result.ok) return sendProblem(reply, validationProblem(result.errors));
      const { errors, warnings } = tenancy.verdict(result);
      if (errors.length > 0) {
        return sendProblem(reply, {
          ...problem(422, problemTypes.invalidTemplate, 'Invalid template', `The template breaks ${errors.length === 1 ? 'a rule' : `${errors.length} rules`}; nothing was stored.`),
          violations: errors,
        });
      }
      const version = await tenancy.addVersion(principal.tenantId, path, draft, warnings, { keyId: principal.keyId, name: principal.keyName });
      reply.header('location', `/templates/${path.scenario}/${path.language}/${path.channel}/versions/${version}`);
      return reply.code(201).send({ version, warnings: warnings as never });
    },
  );

  app.get(
    '/templates/:scenario/:language/:channel',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'listTemplateVersions',
        summary: 'List the versions of a template',
        description: 'Every version, oldest first: who created it (the key), when, its warnings, and which ones are published.',
        params: TemplatePathSchema,
        response: { 200: TemplateVersionsSchema, ...p },
      },
    },
    async (request) => {
      const path = pathOf(request.params);
      const found = await tenancy.versions(principalOf(request).tenantId, path);
      if (!found) throw notFound(`This platform has no template for ${path.scenario} in ${path.language} by ${path.channel}.`);
      const live = new Set(found.published.map((x) => x.version));
      return {
        ...path,
        published: found.published.map((x) => ({ tone: (x.tone || null) as never, version: x.version })),
        versions: found.versions.map((v) => versionView(v, live)),
      } as never;
    },
  );

  app.get(
    '/templates/:scenario/:language/:channel/versions/:version',
    {
      config: keyed,
      schema: { tags, security, operationId: 'getTemplateVersion', summary: 'Read one version', description: 'One version as stored.', params: VersionPathSchema, response: { 200: TemplateVersionSchema, ...p } },
    },
    async (request) => {
      const path = pathOf(request.params);
      const tenantId = principalOf(request).tenantId;
      const found = await tenancy.versions(tenantId, path);
      const v = found?.versions.find((x) => x.version === request.params.version);
      if (!found || !v) throw notFound(`There is no version ${request.params.version} of this template.`);
      return versionView(v, new Set(found.published.map((x) => x.version))) as never;
    },
  );

  app.post(
    '/templates/:scenario/:language/:channel/versions/:version/publish',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'publishTemplateVersion',
        summary: 'Publish a version',
        description: 'Makes the version live for its tone (or for any tone): requests with this platform\'s keys render with it from now on, on every replica within a second.',
        params: VersionPathSchema,
        response: { 200: PublishedSchema, ...p },
      },
    },
    async (request) => {
      const path = pathOf(request.params);
      const published = await tenancy.publish(principalOf(request).tenantId, path, request.params.version);
      if (!published) throw notFound(`There is no version ${request.params.version} of this template.`);
      return { ...path, tone: (published.tone || null) as never, version: published.version } as never;
    },
  );

  app.delete(
    '/templates/:scenario/:language/:channel/versions/:version/publish',
    {
      config: keyed,
      schema: {
        tags,
        security,
        operationId: 'unpublishTemplateVersion',
        summary: 'Stop using a version',
        description: 'Takes a live version out of service: our words (or a less specific template) serve again. The version stays stored.',
        params: VersionPathSchema,
        response: { 204: z.null().describe('Unpublished.'), ...p },
      },
    },
    async (request, reply) => {
      const path = pathOf(request.params);
      const done = await tenancy.unpublish(principalOf(request).tenantId, path, request.params.version);
      if (!done) throw notFound(`Version ${request.params.version} of this template is not published.`);
      return reply.code(204).send(null);
    },
  );
};
