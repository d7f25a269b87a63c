// The store's connection: an embedded SQLite file by default, PostgreSQL with DATABASE_URL; one Kysely query layer
// over both. Tenant data is read and written inside `asTenant`, which on PostgreSQL also tells row-level security
// whose rows this transaction may see.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { openSqlite } from './sqlite-dialect.js';

export interface TenantsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  tenant_id: string;
  name: string;
  /** SHA-256 of the key's secret part, hex. */
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** One row per template path: the last version number given out there. */
export interface TemplatesTable {
  tenant_id: string;
  scenario: string;
  language: string;
  channel: string;
  last_version: number;
  updated_at: string;
}

export interface TemplateVersionsTable {
  tenant_id: string;
  scenario: string;
  language: string;
  channel: string;
  version: number;
  tone: string | null;
  subject: string | null;
  text: string;
  note: string | null;
  /** The warnings validation found, as JSON. */
  warnings: string;
  created_at: string;
  key_id: string | null;
  created_by: string | null;
}

/** The live version of a path, per tone ('' for the version that serves any tone). */
export interface PublishedTable {
  tenant_id: string;
  scenario: string;
  language: string;
  channel: string;
  tone: string;
  version: number;
  published_at: string;
}

export interface SettingsTable {
  tenant_id: string;
  /** The settings as JSON. */
  settings: string;
  updated_at: string;
}

export interface Tables {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  templates: TemplatesTable;
  template_versions: TemplateVersionsTable;
  published_templates: PublishedTable;
  tenant_settings: SettingsTable;
}

export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;
export type StoreKind = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** postgres:// URL; unset: the SQLite file under `dataDir`. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file (created when missing); ':memory:' for a database that lives as long as the process. */
  dataDir?: string;
}

export interface Database {
  kind: StoreKind;
  db: Db;
  /** Where the data lives, without a password: for the start line. */
  location: string;
  /** Runs `work` in one transaction whose rows are this tenant's (row-level security on PostgreSQL). */
  asTenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction that may read the key row `keyId` only: how a request's key is checked. */
  asKeyLookup<T>(keyId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** PostgreSQL's pool, for the change listener; undefined on SQLite. */
  pool?: pg.Pool;
  /** node:sqlite's handle, for the change poller; undefined on PostgreSQL. */
  sqlite?: import('node:sqlite').DatabaseSync;
  close(): Promise<void>;
}

export const sqliteFileName = 'decline-messages.sqlite';

/** A URL without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export function openDatabase(options: StoreOptions): Database {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const dir = options.dataDir ?? './data';
  let file = ':memory:';
  if (dir !== ':memory:') {
    mkdirSync(dir, { recursive: true });
    file = join(resolve(dir), sqliteFileName);
  }
  const { dialect, database } = openSqlite({ file });
  const db = new Kysely<Tables>({ dialect });
  // SQLite has no row-level security: the queries' own tenant conditions are the only wall there.
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => db.transaction().execute(work);
  return {
    kind: 'sqlite',
    db,
    location: file,
    sqlite: database,
    asTenant: (_tenantId, work) => inTransaction(work),
    asKeyLookup: (_keyId, work) => inTransaction(work),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A database that does not answer fails the request (503) instead of holding it.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    query_timeout: 5000,
  });
  // An idle client that loses its connection emits here; the pool replaces it on next use.
  pool.on('error', () => undefined);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const scoped = (setting: string, value: string) => <T>(work: (tx: Tx) => Promise<T>) =>
    db.transaction().execute(async (tx) => {
      // Transaction-local (the third argument): the setting ends with the transaction, so a pooled connection
      // never carries one tenant's id into the next request.
      await sql`select set_config(${setting}, ${value}, true)`.execute(tx);
      return work(tx);
    });
  return {
    kind: 'postgres',
    db,
    location: redactUrl(url),
    pool,
    asTenant: (tenantId, work) => scoped('app.tenant_id', tenantId)(work),
    asKeyLookup: (keyId, work) => scoped('app.key_id', keyId)(work),
    close: () => db.destroy(),
  };
}
