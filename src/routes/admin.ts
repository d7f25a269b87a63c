// The operator's API: tenants and their keys, allowed only with `Authorization: Bearer $ADMIN_TOKEN` (and absent, a
// 404 like any unknown path, when ADMIN_TOKEN is unset).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemTypes } from '../messages/problems.js';
import { unauthorized } from '../plugins/api-keys.js';
import { problem, ProblemError } from '../plugins/errors.js';
import { keyPrefix } from '../tenants/keys.js';
import type { Tenancy } from '../tenants/tenancy.js';
import { CreatedKeySchema, CreatedTenantSchema, KeyIdSchema, NewKeySchema, NewTenantSchema, TenantIdSchema, TenantSchema, tenantProblems as p } from './tenant-schemas.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const adminRoutes: FastifyPluginAsyncZod<{ tenancy: Tenancy; adminToken: string | undefined; docsPath: string }> = async (app, { tenancy, adminToken, docsPath }) => {
  const expected = adminToken === undefined ? undefined : digest(`Bearer ${adminToken}`);
  app.addHook('onRequest', (request, _reply, done) => {
    if (!expected) {
      done(new ProblemError(problem(404, problemTypes.notFound, 'Not found', `There is no ${request.method} ${request.url.split('?')[0]}; see ${docsPath} for the API.`)));
      return;
    }
    // Equal-length digests compared in constant time: neither the token's length nor its prefix leaks.
    const given = request.headers.authorization;
    done(given !== undefined && timingSafeEqual(digest(given), expected) ? undefined : unauthorized('This operation needs the admin token: Authorization: Bearer $ADMIN_TOKEN.'));
  });
  const tags = ['admin'];
  const security = [{ adminToken: [] }];
  const notFound = () => new ProblemError(problem(404, problemTypes.notFound, 'Not found', 'There is no such tenant or key.'));

  app.post(
    '/admin/tenants',
    {
      schema: { tags, security, operationId: 'createTenant', summary: 'Create a tenant', description: 'A platform of its own, with a first API key, shown this once.', body: NewTenantSchema, response: { 201: CreatedTenantSchema, ...p } },
    },
    async (request, reply) => {
      const tenant = await tenancy.createTenant(request.body.name);
      request.log.info({ tenantId: tenant.id, keyId: keyPrefix(tenant.key.id) }, 'tenant created');
      return reply.code(201).send({ id: tenant.id, name: tenant.name, apiKey: tenant.key.apiKey, keyId: tenant.key.id });
    },
  );

  app.get(
    '/admin/tenants/:tenantId',
    {
      schema: { tags, security, operationId: 'getTenant', summary: 'Read a tenant', description: 'Its name and its keys (prefixes only; a key is never shown again).', params: z.strictObject({ tenantId: TenantIdSchema }), response: { 200: TenantSchema, ...p } },
    },
    async (request) => {
      const tenant = await tenancy.tenant(request.params.tenantId);
      if (!tenant) throw notFound();
      const keys = await tenancy.listKeys(tenant.id);
      return { id: tenant.id, name: tenant.name, createdAt: tenant.created_at, keys: keys.map((k) => ({ ...k, prefix: keyPrefix(k.id) })) };
    },
  );

  app.post(
    '/admin/tenants/:tenantId/keys',
    {
      schema: {
        tags,
        security,
        operationId: 'createKey',
        summary: 'Create an API key',
        description: 'Another key for the tenant (to rotate one: create, deploy, then revoke the old). Shown this once.',
        params: z.strictObject({ tenantId: TenantIdSchema }),
        // A POST without a body is fine (Fastify reads it as null): the key gets a default name.
        body: NewKeySchema.nullish(),
        response: { 201: CreatedKeySchema, ...p },
      },
    },
    async (request, reply) => {
      const key = await tenancy.createKey(request.params.tenantId, request.body?.name ?? 'key');
      if (!key) throw notFound();
      request.log.info({ tenantId: request.params.tenantId, keyId: keyPrefix(key.id) }, 'key created');
      return reply.code(201).send({ id: key.id, name: key.name, apiKey: key.apiKey });
    },
  );

  app.delete(
    '/admin/tenants/:tenantId/keys/:keyId',
    {
      schema: {
        tags,
        security,
        operationId: 'revokeKey',
        summary: 'Revoke an API key',
        description: 'From now on, on every replica within a second, the key is refused with a 401.',
        params: z.strictObject({ tenantId: TenantIdSchema, keyId: KeyIdSchema }),
        response: { 204: z.null().describe('Revoked.'), ...p },
      },
    },
    async (request, reply) => {
      if (!(await tenancy.revokeKey(request.params.tenantId, request.params.keyId))) throw notFound();
      request.log.info({ tenantId: request.params.tenantId, keyId: keyPrefix(request.params.keyId) }, 'key revoked');
      return reply.code(204).send(null);
    },
  );
};
