// The typed client: one method per operation over openapi-fetch, throwing a ProblemError for any 4xx or 5xx.
import createFetchClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem.js';
import type { components, operations, paths } from './schema.js';
import { createTransport, type TransportOptions } from './transport.js';

export { ProblemError, TimeoutError, type FieldError, type Problem, type Violation } from './problem.js';
export type { RetryOptions } from './transport.js';
export type { components, operations, paths };

type Schemas = components['schemas'];
export type MessageRequest = Schemas['MessageRequestInput'];
export type VariantsRequest = Schemas['VariantsRequestInput'];
export type BatchRequest = Schemas['BatchRequestInput'];
export type Message = Schemas['Message'];
export type Classification = Schemas['Classification'];
export type AtsMapping = Schemas['AtsMapping'];
export type Variants = Schemas['Variants'];
export type BatchResults = Schemas['BatchResults'];
export type BatchResult = Schemas['BatchResult'];
export type Scenario = Schemas['Scenario'];
export type ScenarioList = Schemas['ScenarioList'];
export type ToneList = Schemas['ToneList'];
export type ChannelList = Schemas['ChannelList'];
export type Reason = Schemas['Reason'];
export type ReasonList = Schemas['ReasonList'];
export type LanguageList = Schemas['LanguageList'];
export type TemplateUsed = Schemas['TemplateUsed'];
export type Tenant = Schemas['Tenant'];
export type CreatedTenant = Schemas['CreatedTenant'];
export type CreatedKey = Schemas['CreatedKey'];
export type TemplateDraft = Schemas['TemplateDraftInput'];
export type ValidateTemplate = Schemas['ValidateTemplateInput'];
export type TemplateValidation = Schemas['TemplateValidation'];
export type Rendering = Schemas['Rendering'];
export type TemplateVersion = Schemas['TemplateVersion'];
export type TemplateVersions = Schemas['TemplateVersions'];
export type TemplateList = Schemas['TemplateList'];
export type CreatedVersion = Schemas['CreatedVersion'];
export type PublishedTemplate = Schemas['PublishedTemplate'];
export type TenantSettings = Schemas['TenantSettings'];
export type TenantSettingsInput = Schemas['TenantSettingsInput'];
export type TenantExport = Schemas['TenantExport'];
export type ImportResult = Schemas['ImportResult'];
type ScenarioId = Schemas['ScenarioId'];
type ChannelId = Schemas['ChannelId'];

/** Where a template lives: a scenario, a language (a variant tag such as `en-GB`, or its base language `en`) and a channel. */
export interface TemplatePath {
  scenario: ScenarioId;
  language: string;
  channel: ChannelId;
}

export interface ClientOptions extends TransportOptions {
  /** Where the service runs, e.g. `https://decline-messages.internal.example.com`. */
  baseUrl: string;
  /** Sent with every call, e.g. your gateway's API key header. */
  headers?: Record<string, string>;
  /** The platform's API key (`dmk_...`): messages in its own words, and the template and settings calls. */
  apiKey?: string;
  /** The operator's ADMIN_TOKEN, for the admin calls (tenants and keys) only. */
  adminToken?: string;
}

export interface CallOptions {
  /** Sent as `x-request-id` (1 to 128 of `A-Z a-z 0-9 _ . : @ / + = -`), so the service's logs name your request. */
  requestId?: string;
  /** Cancels the call, including a wait before a retry. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type Answer<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

async function unwrap<T>(answer: Answer<T>): Promise<T> {
  const { data, error, response } = await answer;
  if (!response.ok) throw ProblemError.from(error, response);
  return data as T;
}

export function createClient(options: ClientOptions) {
  const headers = { ...options.headers, ...(options.apiKey !== undefined && { authorization: `Bearer ${options.apiKey}` }) };
  const api: Client<paths> = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    ...(Object.keys(headers).length > 0 && { headers }),
    fetch: createTransport(options),
  });

  const init = (call: CallOptions = {}, accept = 'application/json') => ({
    headers: { ...call.headers, accept, ...(call.requestId !== undefined && { 'x-request-id': call.requestId }) },
    ...(call.signal && { signal: call.signal }),
  });
  /** The admin calls send the admin token instead of the API key. */
  const admin = (call?: CallOptions) => {
    if (options.adminToken === undefined) throw new Error('the admin calls need the adminToken option');
    const base = init(call);
    return { ...base, headers: { ...base.headers, authorization: `Bearer ${options.adminToken}` } };
  };
  const at = (path: TemplatePath) => ({ path: { scenario: path.scenario, language: path.language, channel: path.channel } });

  return {
    /** The underlying openapi-fetch client, with the same timeouts, retries and request ids, for any operation. */
    api,
    listScenarios: (call?: CallOptions): Promise<ScenarioList> => unwrap(api.GET('/messages/scenarios', init(call))),
    getScenario: (id: string, call?: CallOptions): Promise<Scenario> =>
      unwrap(api.GET('/messages/scenarios/{id}', { ...init(call), params: { path: { id } } })),
    listTones: (call?: CallOptions): Promise<ToneList> => unwrap(api.GET('/messages/tones', init(call))),
    listChannels: (call?: CallOptions): Promise<ChannelList> => unwrap(api.GET('/messages/channels', init(call))),
    /** The languages messages are written in, the default, and which of them distinguish formal address. */
    listLanguages: (call?: CallOptions): Promise<LanguageList> => unwrap(api.GET('/messages/languages', init(call))),
    /** Every reason code with its label, privacy and ATS mapping. */
    listReasons: (call?: CallOptions): Promise<ReasonList> => unwrap(api.GET('/messages/reasons', init(call))),
    /** One message as JSON: text, subject and HTML (email), advice, stats and its ATS classification. */
    renderMessage: (body: MessageRequest, call?: CallOptions): Promise<Message> =>
      unwrap(api.POST('/messages', { ...init(call), body })) as Promise<Message>,
    /** Just the text of the message. */
    renderText: (body: MessageRequest, call?: CallOptions): Promise<string> =>
      unwrap(api.POST('/messages', { ...init(call, 'text/plain'), body, parseAs: 'text' })),
    /** Just the HTML of an email; other channels are a 406 problem. */
    renderHtml: (body: MessageRequest, call?: CallOptions): Promise<string> =>
      unwrap(api.POST('/messages', { ...init(call, 'text/html'), body, parseAs: 'text' })),
    /** The same facts in each tone (or the `tones` listed). */
    renderVariants: (body: VariantsRequest, call?: CallOptions): Promise<Variants> =>
      unwrap(api.POST('/messages/variants', { ...init(call), body })),
    /** Up to 100 messages; each result is a message or its own problem, so one bad item does not throw. */
    renderBatch: (body: BatchRequest, call?: CallOptions): Promise<BatchResults> =>
      unwrap(api.POST('/messages/batch', { ...init(call), body })),

    /** Admin: a tenant with its first API key, which is shown this once. */
    createTenant: (name: string, call?: CallOptions): Promise<CreatedTenant> => unwrap(api.POST('/admin/tenants', { ...admin(call), body: { name } })),
    /** Admin: a tenant and its keys (their prefixes; a key is never shown again). */
    getTenant: (tenantId: string, call?: CallOptions): Promise<Tenant> =>
      unwrap(api.GET('/admin/tenants/{tenantId}', { ...admin(call), params: { path: { tenantId } } })),
    /** Admin: another key for a tenant (rotate: create, deploy, then revoke the old one). */
    createKey: (tenantId: string, name?: string, call?: CallOptions): Promise<CreatedKey> =>
      unwrap(api.POST('/admin/tenants/{tenantId}/keys', { ...admin(call), params: { path: { tenantId } }, body: name === undefined ? {} : { name } })),
    /** Admin: from now on the key is a 401 on every replica. */
    revokeKey: async (tenantId: string, keyId: string, call?: CallOptions): Promise<void> => {
      await unwrap(api.DELETE('/admin/tenants/{tenantId}/keys/{keyId}', { ...admin(call), params: { path: { tenantId, keyId } }, parseAs: 'text' }));
    },

    /** The JSON Schema of the variables a template may use. */
    getTemplateVariables: (call?: CallOptions): Promise<Record<string, unknown>> => unwrap(api.GET('/templates/variables', init(call))),
    /** A draft checked by our rules, rendered in every tone it serves; nothing is stored. */
    validateTemplate: (body: ValidateTemplate, call?: CallOptions): Promise<TemplateValidation> =>
      unwrap(api.POST('/templates/validate', { ...init(call), body })),
    listTemplates: (call?: CallOptions): Promise<TemplateList> => unwrap(api.GET('/templates', init(call))),
    /** Stores a new version; an invalid draft throws a ProblemError (422) whose `violations` list every error. */
    putTemplate: (path: TemplatePath, draft: TemplateDraft, call?: CallOptions): Promise<CreatedVersion> =>
      unwrap(api.PUT('/templates/{scenario}/{language}/{channel}', { ...init(call), params: at(path), body: draft })),
    listTemplateVersions: (path: TemplatePath, call?: CallOptions): Promise<TemplateVersions> =>
      unwrap(api.GET('/templates/{scenario}/{language}/{channel}', { ...init(call), params: at(path) })),
    getTemplateVersion: (path: TemplatePath, version: number, call?: CallOptions): Promise<TemplateVersion> =>
      unwrap(api.GET('/templates/{scenario}/{language}/{channel}/versions/{version}', { ...init(call), params: { path: { ...at(path).path, version } } })),
    /** Makes a version live for its tone (or every tone), on every replica within a second. */
    publishTemplateVersion: (path: TemplatePath, version: number, call?: CallOptions): Promise<PublishedTemplate> =>
      unwrap(api.POST('/templates/{scenario}/{language}/{channel}/versions/{version}/publish', { ...init(call), params: { path: { ...at(path).path, version } } })),
    unpublishTemplateVersion: async (path: TemplatePath, version: number, call?: CallOptions): Promise<void> => {
      await unwrap(api.DELETE('/templates/{scenario}/{language}/{channel}/versions/{version}/publish', { ...init(call), params: { path: { ...at(path).path, version } }, parseAs: 'text' }));
    },
    getSettings: (call?: CallOptions): Promise<TenantSettings> => unwrap(api.GET('/settings', init(call))),
    /** Replaces every setting; those left out take their defaults (the generated type marks defaulted fields required). */
    putSettings: (settings: Partial<TenantSettingsInput>, call?: CallOptions): Promise<TenantSettings> =>
      unwrap(api.PUT('/settings', { ...init(call), body: settings as TenantSettingsInput })),
    /** Settings and every version of every template, as one document. */
    exportTenant: (call?: CallOptions): Promise<TenantExport> => unwrap(api.GET('/export', init(call))),
    /** Makes this platform's settings and live templates those of the document; `dryRun` only lists the changes. */
    importTenant: (document: TenantExport, { dryRun = false, ...call }: CallOptions & { dryRun?: boolean } = {}): Promise<ImportResult> =>
      unwrap(api.POST('/import', { ...init(call), params: { query: { dryRun: dryRun ? 'true' : 'false' } }, body: document })),
  };
}

export type DeclineMessagesClient = ReturnType<typeof createClient>;
