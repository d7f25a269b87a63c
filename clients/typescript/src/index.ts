// The typed client: one method per operation over openapi-fetch, throwing a ProblemError for any 4xx or 5xx.
import createFetchClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem.js';
import type { components, operations, paths } from './schema.js';
import { createTransport, type TransportOptions } from './transport.js';

export { ProblemError, TimeoutError, type FieldError, type Problem } from './problem.js';
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

export interface ClientOptions extends TransportOptions {
  /** Where the service runs, e.g. `https://decline-messages.internal.example.com`. */
  baseUrl: string;
  /** Sent with every call, e.g. your gateway's API key header. */
  headers?: Record<string, string>;
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
  const api: Client<paths> = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.headers && { headers: options.headers }),
    fetch: createTransport(options),
  });

  const init = (call: CallOptions = {}, accept = 'application/json') => ({
    headers: { ...call.headers, accept, ...(call.requestId !== undefined && { 'x-request-id': call.requestId }) },
    ...(call.signal && { signal: call.signal }),
  });

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
  };
}

export type DeclineMessagesClient = ReturnType<typeof createClient>;
