// The store's schema, one list of migrations for SQLite and PostgreSQL, applied by Kysely's migrator: at start (every
// replica; the migrator's lock makes one of them do the work while the others wait) and by `npm run migrate`.
// PostgreSQL adds row-level security: a second wall behind the queries' own tenant conditions.
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { Database, StoreKind } from './database.js';

/** Tables whose rows belong to one tenant, by their tenant_id column. */
const tenantTables = ['api_keys', 'templates', 'template_versions', 'published_templates', 'tenant_settings'] as const;

/**
 * Row-level security, forced on the tables' owner too: a connection sees a tenant's rows only inside a transaction
 * that set app.tenant_id to that tenant (src/store/database.ts), and one that sets nothing sees nothing. Checking a
 * key may read that one key row by its id (app.key_id), and nothing else. Superusers and BYPASSRLS roles skip all
 * of this: the service warns at start when it connects as one.
 */
async function rowLevelSecurity(db: Kysely<unknown>): Promise<void> {
  const tenant = sql`current_setting('app.tenant_id', true)`;
  await sql`alter table tenants enable row level security`.execute(db);
  await sql`alter table tenants force row level security`.execute(db);
  await sql`create policy tenant_isolation on tenants using (id = ${tenant}) with check (id = ${tenant})`.execute(db);
  for (const table of tenantTables) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`alter table ${t} force row level security`.execute(db);
    await sql`create policy tenant_isolation on ${t} using (tenant_id = ${tenant}) with check (tenant_id = ${tenant})`.execute(db);
  }
  await sql`create policy key_lookup on api_keys for select using (id = current_setting('app.key_id', true))`.execute(db);
}

function migrations(kind: StoreKind): Record<string, Migration> {
  return {
    '0001-tenants-keys-templates': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('tenants')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('api_keys')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.createIndex('api_keys_tenant').on('api_keys').column('tenant_id').execute();
        const path = ['tenant_id', 'scenario', 'language', 'channel'] as const;
        await db.schema
          .createTable('templates')
          .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
          .addColumn('scenario', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('last_version', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('templates_pk', [...path])
          .execute();
        await db.schema
          .createTable('template_versions')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('scenario', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('tone', 'text')
          .addColumn('subject', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('warnings', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('key_id', 'text')
          .addColumn('created_by', 'text')
          .addPrimaryKeyConstraint('template_versions_pk', [...path, 'version'])
          .addForeignKeyConstraint('template_versions_template', [...path], 'templates', [...path], (c) => c.onDelete('cascade'))
          .execute();
        await db.schema
          .createTable('published_templates')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('scenario', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('tone', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('published_templates_pk', [...path, 'tone'])
          .addForeignKeyConstraint('published_templates_version', [...path, 'version'], 'template_versions', [...path, 'version'], (c) => c.onDelete('cascade'))
          .execute();
        await db.schema
          .createTable('tenant_settings')
          .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
          .addColumn('settings', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        if (kind === 'postgres') await rowLevelSecurity(db);
      },
    },
  };
}

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations(database.kind) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? ''} failed: ${(result.error as Error).message ?? String(result.error)}`.replace('  ', ' '));
  }
  return result;
}
