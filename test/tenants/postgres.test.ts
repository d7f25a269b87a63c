// Tenants on PostgreSQL, started by the tests themselves: the API suite, row-level security as a second wall, a
// restart, the database stopped mid-run, and a publish seen by a second process within a second.
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, postgresServer, type TestPostgres } from '../postgres-server.js';
import { describeWith } from '../prerequisites.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations.js';
import { startServer, type ServerProcess } from '../server-process.js';
import { adminToken, buildWithStore, createTenant, publish, publishSeenBy, putVersion, render, warmEmail } from './fixtures.js';
import { tenantApiSuite } from './suite.js';

describeWith(postgresServer(), 'tenants on PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.destroy());

  describe('the API', () => {
    tenantApiSuite(() => ({ databaseUrl: server.url }));
  });

  describe('the database', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildWithStore({ databaseUrl: server.url });
    }, 90_000);
    afterAll(async () => {
      await app?.close();
    });

    it('shows a connection that sets no tenant no rows at all (row-level security)', async () => {
      const tenant = await createTenant(app, 'Hidden Inc');
      await putVersion(app, tenant, { tone: 'warm', text: warmEmail() });
      const count = async (url: string, table: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
        } finally {
          await client.end();
        }
      };
      for (const table of ['tenants', 'api_keys', 'templates', 'template_versions', 'tenant_settings', 'published_templates']) {
        // The service's own role owns the tables, and still sees nothing without a tenant.
        expect(await count(server.url, table), table).toBe(0);
      }
      expect(await count(server.superuserUrl, 'template_versions')).toBeGreaterThan(0);
    });

    it('migrates once when replicas start together on an empty database (the migrator\'s lock)', async () => {
      const admin = new pg.Client({ connectionString: server.superuserUrl });
      await admin.connect();
      await admin.query('create database fresh_replicas owner service');
      await admin.end();
      const url = new URL(server.url);
      url.pathname = '/fresh_replicas';
      const replicas = [0, 1, 2].map(() => openDatabase({ databaseUrl: url.toString() }));
      try {
        const results = await Promise.all(replicas.map((db) => migrateToLatest(db)));
        expect(results.flatMap((r) => r.results ?? []).filter((r) => r.status === 'Success')).toHaveLength(1);
        const applied = await replicas[0]!.pool!.query('select count(*) as n from schema_migrations');
        expect(Number(applied.rows[0].n)).toBe(1);
      } finally {
        await Promise.all(replicas.map((db) => db.close()));
      }
    });

    it('keeps everything across a restart of the service', async () => {
      const tenant = await createTenant(app, 'Kept Ltd');
      await publish(app, tenant, await putVersion(app, tenant, { tone: 'warm', text: warmEmail('withdrawing (kept)') }));
      const again = await buildWithStore({ databaseUrl: server.url });
      const res = await render(again, tenant.headers);
      await again.close();
      expect(res.json().text).toContain('withdrawing (kept)');
    });

    it('keeps our words and cached tenant templates serving while the database is down; the rest is a 503 with Retry-After', async () => {
      const tenant = await createTenant(app, 'Outage GmbH');
      await publish(app, tenant, await putVersion(app, tenant, { tone: 'warm', text: warmEmail('withdrawing (cached)') }));
      expect((await render(app, tenant.headers)).json().template.source).toBe('tenant');
      server.stop();
      try {
        const builtin = await render(app, {});
        expect(builtin.statusCode).toBe(200);
        const cached = await render(app, tenant.headers);
        expect(cached.statusCode).toBe(200);
        expect(cached.json().text).toContain('withdrawing (cached)');
        const put = await app.inject({ method: 'PUT', url: '/templates/accepted-another-offer/en/email', headers: tenant.headers, payload: { tone: 'warm', text: warmEmail() } });
        expect(put.statusCode).toBe(503);
        expect(put.headers['retry-after']).toMatch(/^\d+$/);
        expect(put.json().type).toBe('/problems/store-unavailable');
        const admin = await app.inject({ method: 'POST', url: '/admin/tenants', headers: { authorization: `Bearer ${adminToken}` }, payload: { name: 'x' } });
        expect(admin.statusCode).toBe(503);
        expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
        const metrics = await app.inject({ url: '/metrics' });
        expect(metrics.body).toMatch(/store_errors_total\{operation="put-template"\} [1-9]/);
      } finally {
        server.start();
      }
      // Back: the pool reconnects on the next request.
      const later = await app.inject({ method: 'PUT', url: '/templates/accepted-another-offer/en/email', headers: tenant.headers, payload: { tone: 'warm', text: warmEmail() } });
      expect(later.statusCode).toBe(201);
    });
  });

  describe('two replicas', () => {
    let app: FastifyInstance;
    let other: ServerProcess;
    beforeAll(async () => {
      app = await buildWithStore({ databaseUrl: server.url });
      // The replica sheds no load: on a busy machine its event loop lags while it starts, and a 503 "too busy" there
      // says nothing about replication (load shedding has its own tests).
      other = await startServer({ DATABASE_URL: server.url, RATE_LIMIT_MAX: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' }, { timeoutMs: 60_000 });
    }, 90_000);
    afterAll(async () => {
      other?.stop();
      await app?.close();
    });

    it('uses a publish made on one replica on the other within a second (LISTEN/NOTIFY)', async () => {
      const tenant = await createTenant(app, 'Replicated SA');
      expect(await publishSeenBy(app, other.url, tenant)).toBeLessThan(1000);
      expect((await render(app, tenant.headers)).json().template.source).toBe('tenant');
    });
  });
});
