// The contract as an integrator consumes it: the types generated from openapi/openapi.json for the client package
// (clients/typescript/src/schema.ts, checked for staleness by its own test), raw openapi-fetch calls against a
// listening server, every operation, type-checked by `npm test`'s tsc.
import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helper.js';
import type { components, paths } from '../../clients/typescript/src/schema.js';

let app: FastifyInstance;
let client: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  app = await build();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  client = createClient<paths>({ baseUrl: address });
});
afterAll(async () => app.close());

type MessageRequest = components['schemas']['MessageRequestInput'];
const request: MessageRequest = {
  scenario: 'decline-offer',
  tone: 'warm',
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  reason: { code: 'location' },
};

describe('generated client', () => {
  it('listScenarios and getScenario', async () => {
    const list = await client.GET('/messages/scenarios');
    expect(list.response.status).toBe(200);
    const first = list.data!.scenarios[0]!;
    const one = await client.GET('/messages/scenarios/{id}', { params: { path: { id: first.id } } });
    expect(one.data!.id).toBe(first.id);
    const missing = await client.GET('/messages/scenarios/{id}', { params: { path: { id: 'nope' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error!.title).toBe('Unknown scenario');
  });

  it('listTones and listChannels', async () => {
    const tones = await client.GET('/messages/tones');
    const channels = await client.GET('/messages/channels');
    expect(tones.data!.tones.map((t) => t.id)).toContain('warm');
    expect(channels.data!.channels.map((c) => c.id)).toContain('sms');
  });

  it('renderMessage, including a validation problem', async () => {
    const ok = await client.POST('/messages', { body: request, headers: { accept: 'application/json' } });
    // The 200 response is a Message as JSON, or a string as text/plain or text/html: the type says so too.
    if (typeof ok.data !== 'object') throw new Error(`expected a JSON message, got ${typeof ok.data}`);
    const message: components['schemas']['Message'] = ok.data;
    expect(message.text).toContain('Acme');
    expect(message.tone).toBe('warm');
    const bad = await client.POST('/messages', { body: { ...request, company: '' } });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.errors![0]!.pointer).toBe('/company');
    const text = await client.POST('/messages', { body: request, headers: { accept: 'text/plain' }, parseAs: 'text' });
    expect(text.data).toBe(message.text);
  });

  it('renderVariants', async () => {
    const { tone: _tone, ...facts } = request;
    const res = await client.POST('/messages/variants', { body: { ...facts, tones: ['formal', 'firm'] } });
    expect(res.data!.variants.map((v) => v.tone)).toEqual(['formal', 'firm']);
  });

  it('renderBatch', async () => {
    const res = await client.POST('/messages/batch', { body: { items: [request, { ...request, channel: 'sms' }] } });
    const results = res.data!.results;
    expect(results).toHaveLength(2);
    const second = results[1]!;
    expect('message' in second && second.message.channel).toBe('sms');
  });
});
