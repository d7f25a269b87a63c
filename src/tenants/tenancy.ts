// Platforms' own words, as the routes use them: keys checked, a tenant's live templates and settings cached after
// first use (no database round trip on the hot path), a pinned version found, the store's failures turned into one
// error the routes answer 503. Free of Fastify.
import { toneIds, type ChannelId, type ScenarioId, type ToneId } from '../messages/catalogue.js';
import { resolveLanguage, type LanguageVariant } from '../messages/languages/index.js';
import { fieldErrorsFromIssues, validationProblem } from '../messages/problems.js';
import { renderMessage } from '../messages/render.js';
import { parseRequest } from '../messages/request.js';
import { MessageRequestSchema, type FieldError, type Message, type MessageRequest, type VariantsRequest } from '../messages/schema.js';
import type { BatchResult, MessageService, Rendered, Varied } from '../messages/service.js';
import { createChangeFeed, type Change, type ChangeFeed } from '../store/changes.js';
import { openDatabase, type Database, type StoreOptions } from '../store/database.js';
import { migrateToLatest } from '../store/migrations.js';
import { createTenantStore, type Author, type Draft, type TemplatePath, type TenantStore } from '../store/tenant-store.js';
import { parseApiKey, sameHash } from './keys.js';
import type { TenantSettings } from './settings.js';
import { applySettings, compileVersion, renderWithTemplate, type CompiledVersion } from './tenant-render.js';
import { validateDraft, type DraftToCheck, type Validated, type Violation } from './validation.js';

import { StoreUnavailableError } from './store-unavailable.js';

export { StoreUnavailableError };

/** Who a request acts for: the tenant of a valid key. */
export interface Principal {
  tenantId: string;
  keyId: string;
  keyName: string;
}

/** What rendering needs of a tenant, compiled: its settings and its live templates by slot. */
export interface TenantWords {
  tenantId: string;
  settings: TenantSettings;
  slots: ReadonlyMap<string, CompiledVersion>;
}

const slot = (scenario: string, language: string, channel: string, tone: string) => `${scenario}|${language}|${channel}|${tone}`;

export interface TenancyOptions extends StoreOptions {
  /** Counts one failed store operation (the metric), by operation. */
  onStoreError?: (operation: string, err: unknown) => void;
  log?: { info(o: object, m: string): void; warn(o: object, m: string): void; error(o: object, m: string): void };
  /** How often to retry migrating when the database is unreachable at start. */
  retryMs?: number;
}

/** The languages a variant's templates may be stored under, most specific first: its tag, its parents, its language. */
export function languagesFor(variant: LanguageVariant): readonly string[] {
  let list = languageLists.get(variant.tag);
  if (!list) languageLists.set(variant.tag, (list = [...variant.chain, variant.language]));
  return list;
}
const languageLists = new Map<string, readonly string[]>();

export async function createTenancy(service: MessageService, options: TenancyOptions = {}) {
  const log = options.log;
  let database: Database;
  /** The store could not be opened at all (a DATA_DIR it may not write): built-in words only, every tenant call a 503. */
  let unopened = false;
  try {
    database = openDatabase(options);
  } catch (err) {
    options.onStoreError?.('open', err);
    log?.error({ err: (err as Error).message }, 'template store cannot be opened: built-in words only (set DATA_DIR to a writable folder, or DATABASE_URL)');
    unopened = true;
    // An inert stand-in, never migrated, so the guard below refuses every call to it.
    database = openDatabase({ dataDir: ':memory:' });
  }
  const store: TenantStore = createTenantStore(database);
  let migrated = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const feed: ChangeFeed = createChangeFeed(database, { onError: (err) => options.onStoreError?.('listen', err) });

  const keys = new Map<string, { tenantId: string; name: string; secretHash: Buffer; revoked: boolean } | null>();
  const words = new Map<string, TenantWords>();
  /** Words dropped by a change, kept to serve if reloading them fails: a database outage never takes them away. */
  const stale = new Map<string, TenantWords>();
  const loading = new Map<string, Promise<TenantWords>>();
  const versions = new Map<string, CompiledVersion>();
  let generation = 0;

  function forget(change: Change) {
    generation++;
    if ('all' in change) {
      keys.clear();
      for (const [tenantId, w] of words) stale.set(tenantId, w);
      words.clear();
      loading.clear();
      return;
    }
    if (change.what === 'keys' && change.keyId) keys.delete(change.keyId);
    else {
      const w = words.get(change.tenantId);
      if (w) stale.set(change.tenantId, w);
      words.delete(change.tenantId);
      loading.delete(change.tenantId);
    }
  }

  /** Every store call goes through here: a failure is counted, logged once per call and becomes a 503. */
  async function guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
    if (!migrated) {
      options.onStoreError?.(operation, new Error('store not migrated'));
      throw new StoreUnavailableError('the template store is not ready yet');
    }
    try {
      return await work();
    } catch (err) {
      options.onStoreError?.(operation, err);
      log?.warn({ operation, err: (err as Error).message }, 'template store failed');
      throw new StoreUnavailableError('the template store is unavailable');
    }
  }

  async function migrate(): Promise<void> {
    if (unopened) return;
    try {
      await migrateToLatest(database);
      migrated = true;
      if (database.kind === 'postgres') {
        const role = await database.pool!.query<{ rolsuper: boolean; rolbypassrls: boolean; rolname: string }>(
          'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
        );
        const r = role.rows[0];
        if (r && (r.rolsuper || r.rolbypassrls)) log?.warn({ role: r.rolname }, 'row-level security does not bind this role (a superuser or BYPASSRLS): connect as an ordinary role');
      }
      feed.listen(forget);
      log?.info({ store: database.kind, location: database.location }, `template store ready (${database.kind})`);
    } catch (err) {
      options.onStoreError?.('migrate', err);
      log?.error({ err: (err as Error).message, store: database.kind, location: database.location }, 'template store unavailable: built-in words only until it is back');
      if (!closed) {
        retry = setTimeout(() => void migrate(), options.retryMs ?? 2000);
        retry.unref();
      }
    }
  }
  await migrate();

  async function announce(change: Change) {
    forget(change);
    await feed.announce(change);
  }

  /** The principal of an `Authorization: Bearer <key>` value; undefined for a key that is not valid. */
  async function authenticate(apiKey: string): Promise<Principal | undefined> {
    const presented = parseApiKey(apiKey);
    if (!presented) return undefined;
    let record = keys.get(presented.id);
    if (record === undefined) {
      const found = await guard('authenticate', () => store.findKey(presented.id));
      record = found ? { tenantId: found.tenantId, name: found.name, secretHash: Buffer.from(found.secretHash, 'hex'), revoked: found.revoked } : null;
      // Unknown ids are remembered too (a bounded number), so a flood of made-up keys does not reach the database.
      if (record || keys.size < 10_000) keys.set(presented.id, record);
    }
    if (!record || record.revoked || !sameHash(record.secretHash, presented.secretHash)) return undefined;
    return { tenantId: record.tenantId, keyId: presented.id, keyName: record.name };
  }

  async function load(tenantId: string): Promise<TenantWords> {
    const at = generation;
    let live: Awaited<ReturnType<TenantStore['live']>>;
    try {
      live = await guard('load-templates', () => store.live(tenantId));
    } catch (err) {
      const previous = stale.get(tenantId);
      if (err instanceof StoreUnavailableError && previous) return previous;
      throw err;
    }
    stale.delete(tenantId);
    const slots = new Map<string, CompiledVersion>();
    for (const p of live.published) {
      const key = `${tenantId}|${p.scenario}|${p.language}|${p.channel}|${p.version}`;
      let compiled = versions.get(key);
      if (!compiled) versions.set(key, (compiled = compileVersion(tenantId, p.template)));
      slots.set(slot(p.scenario, p.language, p.channel, p.tone), compiled);
    }
    const result = { tenantId, settings: live.settings, slots };
    // A change heard while loading makes this answer stale: use it once, keep it not.
    if (at === generation) words.set(tenantId, result);
    return result;
  }

  /** The tenant's words: from memory after first use. */
  function wordsOf(tenantId: string): TenantWords | Promise<TenantWords> {
    const cached = words.get(tenantId);
    if (cached) return cached;
    let pending = loading.get(tenantId);
    if (!pending) {
      pending = load(tenantId).finally(() => loading.delete(tenantId));
      loading.set(tenantId, pending);
    }
    return pending;
  }

  /** A version by number at the most specific path that has it; versions never change, so one found is kept. */
  async function pinned(tenantId: string, scenario: string, languages: readonly string[], channel: string, version: number): Promise<CompiledVersion | undefined> {
    for (const language of languages) {
      const key = `${tenantId}|${scenario}|${language}|${channel}|${version}`;
      const cached = versions.get(key);
      if (cached) return cached;
    }
    for (const language of languages) {
      const found = await guard('load-version', () => store.version(tenantId, { scenario, language, channel }, version));
      if (found) {
        const compiled = compileVersion(tenantId, found);
        versions.set(`${tenantId}|${scenario}|${language}|${channel}|${version}`, compiled);
        return compiled;
      }
    }
    return undefined;
  }

  /** The live template for a request, most specific first: variant before base language, its tone before any tone. */
  function liveTemplate(w: TenantWords, scenario: string, variant: LanguageVariant, channel: string, tone: string): CompiledVersion | undefined {
    if (w.slots.size === 0) return undefined;
    for (const language of languagesFor(variant)) {
      const found = w.slots.get(slot(scenario, language, channel, tone)) ?? w.slots.get(slot(scenario, language, channel, ''));
      if (found) return found;
    }
    return undefined;
  }

  /** The settings' refusals, before anything else is parsed. */
  function refused(w: TenantWords, request: { scenario: string; channel?: string | undefined }): FieldError[] {
    const errors: FieldError[] = [];
    if (w.settings.disabledScenarios.includes(request.scenario as ScenarioId)) errors.push({ pointer: '/scenario', message: `${request.scenario} is not offered on this platform` });
    const channel = request.channel ?? 'email';
    if (w.settings.disabledChannels.includes(channel as ChannelId)) errors.push({ pointer: '/channel', message: `${channel} is not offered on this platform` });
    return errors;
  }

  const versionMissing = (request: MessageRequest, language: string): FieldError => ({
    pointer: '/templateVersion',
    message: `is not a version of this platform's template for ${request.scenario} in ${language} by ${request.channel ?? 'email'}`,
  });

  /** Renders one request for a tenant: its settings, then its pinned or live template, else our words. */
  async function render(principal: Principal, request: MessageRequest, fallback?: LanguageVariant): Promise<Rendered> {
    const w = await wordsOf(principal.tenantId);
    const errors = refused(w, request);
    if (errors.length > 0) return { ok: false, errors };
    const resolved = request.language ? resolveLanguage(request.language) : undefined;
    let pin: CompiledVersion | undefined;
    let tone = request.tone;
    if (request.templateVersion !== undefined && (!resolved || resolved.ok)) {
      const variant = resolved?.ok ? resolved.variant : (fallback ?? resolveLanguageOrDefault());
      pin = await pinned(principal.tenantId, request.scenario, languagesFor(variant), request.channel ?? 'email', request.templateVersion);
      if (!pin) return { ok: false, errors: [versionMissing(request, variant.tag)] };
      if (pin.tone && tone && pin.tone !== tone) {
        return { ok: false, errors: [{ pointer: '/templateVersion', message: `version ${pin.version} is written for the ${pin.tone} tone, not ${tone}` }] };
      }
      tone ??= pin.tone ?? undefined;
    }
    tone ??= w.settings.defaultTones[request.scenario];
    const parsed = parseRequest(tone === request.tone ? request : { ...request, tone }, service.nowMs(), fallback);
    if (!parsed.ok) return parsed;
    const n = parsed.value;
    const catalogue = service.catalogue(n.language.orthography);
    const adviceCatalogue = service.catalogue(n.adviceLanguage.orthography);
    const template = pin ?? liveTemplate(w, n.scenario.id, n.language, n.channel, n.tone);
    const message: Message = template ? renderWithTemplate(n, template, catalogue, adviceCatalogue) : renderMessage(n, catalogue, undefined, adviceCatalogue);
    return { ok: true, message: applySettings(message, w.settings, n.language.helpers) };
  }

  async function variants(principal: Principal, request: VariantsRequest, language?: LanguageVariant): Promise<Varied> {
    const { tones: wanted, ...facts } = request;
    const list = [...new Set<ToneId>(wanted ?? toneIds.filter((tone) => !(tone === 'firm' && facts.openToNegotiation === true)))];
    const out: Message[] = [];
    for (const tone of list) {
      const result = await render(principal, { ...facts, tone }, language);
      if (!result.ok) return result;
      out.push(result.message);
    }
    return { ok: true, variants: out };
  }

  async function batch(principal: Principal, items: readonly unknown[], language?: LanguageVariant): Promise<BatchResult[]> {
    const out: BatchResult[] = [];
    for (const [index, item] of items.entries()) {
      const parsed = MessageRequestSchema.safeParse(item);
      const result: Rendered = parsed.success ? await render(principal, parsed.data, language) : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
      if (result.ok) out.push({ index, status: 200, message: result.message });
      else out.push({ index, status: 400, problem: validationProblem(result.errors.map((e) => ({ ...e, pointer: `/items/${index}${e.pointer}` }))) });
    }
    return out;
  }

  const validation = { catalogue: service.catalogue, nowMs: service.nowMs };
  const validate = (draft: DraftToCheck): Validated => validateDraft(draft, validation);

  /** Every error a draft has, across its renderings; warnings are kept with the version. */
  function verdict(result: Extract<Validated, { ok: true }>): { errors: Violation[]; warnings: Violation[] } {
    const all = [...result.violations, ...result.renderings.flatMap((r) => r.violations.map((v) => ({ ...v, message: `${r.tone}: ${v.message}` })))];
    return { errors: all.filter((v) => v.severity === 'error'), warnings: all.filter((v) => v.severity === 'warning') };
  }

  return {
    kind: database.kind,
    get ready() {
      return migrated;
    },
    authenticate,
    words: wordsOf,
    /** The tenant's words if they are in memory, for discovery answers that need not wait for them. */
    cachedWords: (tenantId: string) => words.get(tenantId),
    render,
    variants,
    batch,
    validate,
    verdict,

    createTenant: (name: string) => guard('create-tenant', () => store.createTenant(name)),
    tenant: (tenantId: string) => guard('read-tenant', () => store.getTenant(tenantId)),
    createKey: (tenantId: string, name: string) => guard('create-key', () => store.createKey(tenantId, name)),
    listKeys: (tenantId: string) => guard('list-keys', () => store.listKeys(tenantId)),
    async revokeKey(tenantId: string, keyId: string) {
      const revoked = await guard('revoke-key', () => store.revokeKey(tenantId, keyId));
      if (revoked) await announce({ tenantId, what: 'keys', keyId });
      return revoked;
    },

    addVersion: (tenantId: string, path: TemplatePath, draft: Draft, warnings: Violation[], author: Author) =>
      guard('put-template', () => store.addVersion(tenantId, path, draft, warnings, author)),
    versions: (tenantId: string, path: TemplatePath) => guard('list-versions', () => store.versions(tenantId, path)),
    version: (tenantId: string, path: TemplatePath, version: number) => guard('read-version', () => store.version(tenantId, path, version)),
    async publish(tenantId: string, path: TemplatePath, version: number) {
      const published = await guard('publish', () => store.publish(tenantId, path, version));
      if (published) await announce({ tenantId, what: 'templates' });
      return published;
    },
    async unpublish(tenantId: string, path: TemplatePath, version: number) {
      const done = await guard('unpublish', () => store.unpublish(tenantId, path, version));
      if (done) await announce({ tenantId, what: 'templates' });
      return done;
    },
    templates: (tenantId: string) => guard('list-templates', () => store.templates(tenantId)),
    settings: (tenantId: string) => guard('read-settings', () => store.settings(tenantId)),
    async putSettings(tenantId: string, settings: TenantSettings) {
      await guard('put-settings', () => store.putSettings(tenantId, settings));
      await announce({ tenantId, what: 'settings' });
    },
    exportAll: (tenantId: string) => guard('export', () => store.exportAll(tenantId)),
    async applyImport(tenantId: string, plan: Parameters<TenantStore['applyImport']>[1], author: Author) {
      const created = await guard('import', () => store.applyImport(tenantId, plan, author));
      await announce({ tenantId, what: 'templates' });
      return created;
    },

    async close() {
      closed = true;
      clearTimeout(retry);
      await feed.close();
      await database.close();
    },
  };
}

function resolveLanguageOrDefault(): LanguageVariant {
  const r = resolveLanguage('en-US');
  if (!r.ok) throw new Error('en-US does not resolve');
  return r.variant;
}

export type Tenancy = Awaited<ReturnType<typeof createTenancy>>;
