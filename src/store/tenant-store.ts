// Every query the service makes, each scoped to one tenant (and, on PostgreSQL, inside that tenant's row-level
// security): tenants and keys for the admin API, immutable template versions, what is published, settings.
import type { Database, TemplateVersionsTable, Tx } from './database.js';
import { defaultSettings, TenantSettingsSchema, type TenantSettings } from '../tenants/settings.js';
import { newApiKey, newTenantId } from '../tenants/keys.js';

export interface TemplatePath {
  scenario: string;
  language: string;
  channel: string;
}

export interface Author {
  keyId: string | null;
  name: string | null;
}

export interface StoredWarning {
  rule: string;
  severity: string;
  message: string;
  pointer?: string;
}

export interface TemplateVersion extends TemplatePath {
  version: number;
  tone: string | null;
  subject: string | null;
  text: string;
  note: string | null;
  warnings: StoredWarning[];
  createdAt: string;
  createdBy: Author;
}

export interface Draft {
  tone?: string | undefined;
  subject?: string | undefined;
  text: string;
  note?: string | undefined;
}

export interface KeyRecord {
  id: string;
  tenantId: string;
  name: string;
  secretHash: string;
  revoked: boolean;
}

export interface Published extends TemplatePath {
  /** '' for the version that serves any tone. */
  tone: string;
  version: number;
}

const now = () => new Date().toISOString();

function toVersion(row: TemplateVersionsTable): TemplateVersion {
  return {
    scenario: row.scenario,
    language: row.language,
    channel: row.channel,
    version: Number(row.version),
    tone: row.tone,
    subject: row.subject,
    text: row.text,
    note: row.note,
    warnings: JSON.parse(row.warnings) as StoredWarning[],
    createdAt: row.created_at,
    createdBy: { keyId: row.key_id, name: row.created_by },
  };
}

const onPath = (tenantId: string, path: TemplatePath) =>
  ({ tenant_id: tenantId, scenario: path.scenario, language: path.language, channel: path.channel }) as const;

export function createTenantStore(database: Database) {
  const { asTenant } = database;

  async function insertKey(tx: Tx, tenantId: string, name: string) {
    const key = newApiKey();
    await tx.insertInto('api_keys').values({ id: key.id, tenant_id: tenantId, name, secret_hash: key.secretHash, created_at: now(), revoked_at: null }).execute();
    return { id: key.id, name, apiKey: key.apiKey };
  }

  async function selectVersions(tx: Tx, tenantId: string, path: TemplatePath) {
    const p = onPath(tenantId, path);
    return tx
      .selectFrom('template_versions')
      .selectAll()
      .where((eb) => eb.and(p))
      .orderBy('version', 'asc')
      .execute();
  }

  async function selectPublished(tx: Tx, tenantId: string, path?: TemplatePath): Promise<Published[]> {
    let q = tx.selectFrom('published_templates').select(['scenario', 'language', 'channel', 'tone', 'version']).where('tenant_id', '=', tenantId);
    if (path) q = q.where('scenario', '=', path.scenario).where('language', '=', path.language).where('channel', '=', path.channel);
    return (await q.execute()).map((r) => ({ ...r, version: Number(r.version) }));
  }

  async function readSettings(tx: Tx, tenantId: string): Promise<TenantSettings> {
    const row = await tx.selectFrom('tenant_settings').select('settings').where('tenant_id', '=', tenantId).executeTakeFirst();
    return row ? TenantSettingsSchema.parse(JSON.parse(row.settings)) : defaultSettings();
  }

  async function writeSettings(tx: Tx, tenantId: string, settings: TenantSettings) {
    const row = { tenant_id: tenantId, settings: JSON.stringify(settings), updated_at: now() };
    await tx
      .insertInto('tenant_settings')
      .values(row)
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ settings: row.settings, updated_at: row.updated_at }))
      .execute();
  }

  async function addVersion(tx: Tx, tenantId: string, path: TemplatePath, draft: Draft, warnings: readonly StoredWarning[], author: Author): Promise<number> {
    const at = now();
    // One statement gives out the next number: the row lock it takes orders concurrent PUTs, so no two get the same
    // version and none is lost.
    const head = await tx
      .insertInto('templates')
      .values({ ...onPath(tenantId, path), last_version: 1, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'scenario', 'language', 'channel']).doUpdateSet((eb) => ({ last_version: eb('templates.last_version', '+', 1), updated_at: at })),
      )
      .returning('last_version')
      .executeTakeFirstOrThrow();
    const version = Number(head.last_version);
    await tx
      .insertInto('template_versions')
      .values({
        ...onPath(tenantId, path),
        version,
        tone: draft.tone ?? null,
        subject: draft.subject ?? null,
        text: draft.text,
        note: draft.note ?? null,
        warnings: JSON.stringify(warnings),
        created_at: at,
        key_id: author.keyId,
        created_by: author.name,
      })
      .execute();
    return version;
  }

  async function publishIn(tx: Tx, tenantId: string, path: TemplatePath, version: number): Promise<Published | undefined> {
    const p = onPath(tenantId, path);
    const row = await tx
      .selectFrom('template_versions')
      .select('tone')
      .where((eb) => eb.and({ ...p, version }))
      .executeTakeFirst();
    if (!row) return undefined;
    const tone = row.tone ?? '';
    await tx
      .insertInto('published_templates')
      .values({ ...p, tone, version, published_at: now() })
      .onConflict((oc) => oc.columns(['tenant_id', 'scenario', 'language', 'channel', 'tone']).doUpdateSet({ version, published_at: now() }))
      .execute();
    return { ...path, tone, version };
  }

  return {
    kind: database.kind,

    async createTenant(name: string) {
      const id = newTenantId();
      return asTenant(id, async (tx) => {
        const createdAt = now();
        await tx.insertInto('tenants').values({ id, name, created_at: createdAt }).execute();
        const key = await insertKey(tx, id, 'first key');
        return { id, name, createdAt, key };
      });
    },

    async getTenant(tenantId: string) {
      return asTenant(tenantId, (tx) => tx.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst());
    },

    /** undefined when the tenant does not exist. */
    async createKey(tenantId: string, name: string) {
      return asTenant(tenantId, async (tx) => {
        const tenant = await tx.selectFrom('tenants').select('id').where('id', '=', tenantId).executeTakeFirst();
        return tenant ? insertKey(tx, tenantId, name) : undefined;
      });
    },

    async listKeys(tenantId: string) {
      return asTenant(tenantId, async (tx) => {
        const rows = await tx.selectFrom('api_keys').select(['id', 'name', 'created_at', 'revoked_at']).where('tenant_id', '=', tenantId).orderBy('created_at').execute();
        return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
      });
    },

    /** Whether a key of this tenant was revoked now (false: no such key, or revoked before). */
    async revokeKey(tenantId: string, keyId: string): Promise<boolean> {
      return asTenant(tenantId, async (tx) => {
        const result = await tx
          .updateTable('api_keys')
          .set({ revoked_at: now() })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', keyId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      });
    },

    /** The key with this id, for checking a request's key; the caller compares the secret's hash. */
    async findKey(keyId: string): Promise<KeyRecord | undefined> {
      return database.asKeyLookup(keyId, async (tx) => {
        const row = await tx.selectFrom('api_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
        return row && { id: row.id, tenantId: row.tenant_id, name: row.name, secretHash: row.secret_hash, revoked: row.revoked_at !== null };
      });
    },

    async addVersion(tenantId: string, path: TemplatePath, draft: Draft, warnings: readonly StoredWarning[], author: Author): Promise<number> {
      return asTenant(tenantId, (tx) => addVersion(tx, tenantId, path, draft, warnings, author));
    },

    /** Every version of a path, oldest first, and what is published there; undefined when the path has none. */
    async versions(tenantId: string, path: TemplatePath) {
      return asTenant(tenantId, async (tx) => {
        const rows = await selectVersions(tx, tenantId, path);
        if (rows.length === 0) return undefined;
        return { versions: rows.map(toVersion), published: await selectPublished(tx, tenantId, path) };
      });
    },

    async version(tenantId: string, path: TemplatePath, version: number): Promise<TemplateVersion | undefined> {
      return asTenant(tenantId, async (tx) => {
        const p = onPath(tenantId, path);
        const row = await tx
          .selectFrom('template_versions')
          .selectAll()
          .where((eb) => eb.and({ ...p, version }))
          .executeTakeFirst();
        return row && toVersion(row);
      });
    },

    /** Makes a version live for its tone (or for any tone); undefined when there is no such version. */
    async publish(tenantId: string, path: TemplatePath, version: number) {
      return asTenant(tenantId, (tx) => publishIn(tx, tenantId, path, version));
    },

    /** Takes a version out of service where it is live; false when it was not live. */
    async unpublish(tenantId: string, path: TemplatePath, version: number): Promise<boolean> {
      return asTenant(tenantId, async (tx) => {
        const p = onPath(tenantId, path);
        const result = await tx
          .deleteFrom('published_templates')
          .where((eb) => eb.and({ ...p, version }))
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },

    async templates(tenantId: string) {
      return asTenant(tenantId, async (tx) => {
        const heads = await tx
          .selectFrom('templates')
          .select(['scenario', 'language', 'channel', 'last_version', 'updated_at'])
          .where('tenant_id', '=', tenantId)
          .orderBy('scenario')
          .orderBy('language')
          .orderBy('channel')
          .execute();
        const published = await selectPublished(tx, tenantId);
        return heads.map((h) => ({
          scenario: h.scenario,
          language: h.language,
          channel: h.channel,
          latestVersion: Number(h.last_version),
          updatedAt: h.updated_at,
          published: published
            .filter((p) => p.scenario === h.scenario && p.language === h.language && p.channel === h.channel)
            .map((p) => ({ tone: p.tone === '' ? null : p.tone, version: p.version })),
        }));
      });
    },

    /** What rendering needs of a tenant: its settings and every published version, in one transaction. */
    async live(tenantId: string): Promise<{ settings: TenantSettings; published: (Published & { template: TemplateVersion })[] }> {
      return asTenant(tenantId, async (tx) => {
        const settings = await readSettings(tx, tenantId);
        const rows = await tx
          .selectFrom('published_templates as p')
          .innerJoin('template_versions as v', (join) =>
            join
              .onRef('v.tenant_id', '=', 'p.tenant_id')
              .onRef('v.scenario', '=', 'p.scenario')
              .onRef('v.language', '=', 'p.language')
              .onRef('v.channel', '=', 'p.channel')
              .onRef('v.version', '=', 'p.version'),
          )
          .selectAll('v')
          .select('p.tone as slot')
          .where('p.tenant_id', '=', tenantId)
          .execute();
        return {
          settings,
          published: rows.map((r) => {
            const template = toVersion(r);
            return { scenario: r.scenario, language: r.language, channel: r.channel, tone: r.slot, version: template.version, template };
          }),
        };
      });
    },

    async settings(tenantId: string): Promise<TenantSettings> {
      return asTenant(tenantId, (tx) => readSettings(tx, tenantId));
    },

    async putSettings(tenantId: string, settings: TenantSettings): Promise<void> {
      await asTenant(tenantId, (tx) => writeSettings(tx, tenantId, settings));
    },

    /** Everything a tenant has: its settings, every version of every template, and what is published. */
    async exportAll(tenantId: string) {
      return asTenant(tenantId, async (tx) => {
        const tenant = await tx.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow();
        const rows = await tx
          .selectFrom('template_versions')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .orderBy('scenario')
          .orderBy('language')
          .orderBy('channel')
          .orderBy('version')
          .execute();
        return { tenant: { id: tenant.id, name: tenant.name }, settings: await readSettings(tx, tenantId), versions: rows.map(toVersion), published: await selectPublished(tx, tenantId) };
      });
    },

    /**
     * Applies an import in one transaction: the settings, and each template to publish as a new version (published
     * for its tone). All or nothing.
     */
    async applyImport(tenantId: string, plan: { settings?: TenantSettings; templates: (TemplatePath & { draft: Draft; warnings: StoredWarning[] })[] }, author: Author) {
      return asTenant(tenantId, async (tx) => {
        if (plan.settings) await writeSettings(tx, tenantId, plan.settings);
        const created: (TemplatePath & { tone: string | null; version: number })[] = [];
        for (const t of plan.templates) {
          const version = await addVersion(tx, tenantId, t, t.draft, t.warnings, author);
          await publishIn(tx, tenantId, t, version);
          created.push({ scenario: t.scenario, language: t.language, channel: t.channel, tone: t.draft.tone ?? null, version });
        }
        return created;
      });
    },
  };
}

export type TenantStore = ReturnType<typeof createTenantStore>;
