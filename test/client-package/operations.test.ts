// The client package (clients/typescript) against a listening server: every operation, request ids, typed problems.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ProblemError, type DeclineMessagesClient, type MessageRequest } from '../../clients/typescript/src/index.js';
import { build, fullRequest } from '../helper.js';
import { warmEmail } from '../tenants/fixtures.js';

let app: FastifyInstance;
let client: DeclineMessagesClient;
let baseUrl: string;
/** operationIds this file calls, checked against the served document at the end. */
const called = new Set<string>();

beforeAll(async () => {
  app = await build({ rateLimitMax: 0, adminToken });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  client = createClient({ baseUrl });
});
afterAll(async () => app.close());

const request = { ...fullRequest, atsReasonId: 'gh-4471' } as MessageRequest;
const adminToken = 'client-test-admin-token-0123456789abcdef';

describe('client package: every operation', () => {
  it('listScenarios and getScenario, with a 404 as a ProblemError', async () => {
    const { scenarios } = await client.listScenarios();
    expect(scenarios.map((s) => s.id)).toContain('firm-no');
    expect((await client.getScenario('firm-no')).defaultTone).toBe('firm');
    const missing = await client.getScenario('ghosting').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ProblemError);
    expect(missing).toMatchObject({ status: 404, title: 'Unknown scenario', type: '/problems/not-found' });
    called.add('listScenarios').add('getScenario');
  });

  it('listLanguages', async () => {
    const { default: fallback, languages } = await client.listLanguages();
    expect(fallback).toBe('en-US');
    expect(languages.map((l) => l.tag)).toEqual(expect.arrayContaining(['en-US', 'en-GB']));
    called.add('listLanguages');
  });

  it('listTones, listChannels and listReasons', async () => {
    expect((await client.listTones()).tones.map((t) => t.id)).toEqual(['formal', 'warm', 'concise', 'firm']);
    expect((await client.listChannels()).channels.map((c) => c.id)).toEqual(['email', 'linkedin', 'sms', 'voicemail']);
    const { reasons } = await client.listReasons();
    expect(reasons.find((r) => r.code === 'family')).toMatchObject({ private: true, ats: { ashby: { reasonType: 'RejectedByCandidate' } } });
    called.add('listTones').add('listChannels').add('listReasons');
  });

  it('renderMessage as JSON, text and HTML, with its classification', async () => {
    const message = await client.renderMessage(request);
    expect(message.text).toContain('Acme');
    expect(message.classification).toMatchObject({ stage: 'interview', reasonCode: 'another-offer', atsReasonId: 'gh-4471' });
    expect(await client.renderText(request)).toBe(message.text);
    expect(await client.renderHtml(request)).toBe(message.html);
    const sms = await client.renderHtml({ ...request, channel: 'sms' }).catch((e: unknown) => e);
    expect(sms).toMatchObject({ status: 406, type: '/problems/not-acceptable' });
    called.add('renderMessage');
  });

  it('renderVariants and renderBatch', async () => {
    const { tone: _t, ...facts } = request;
    const { variants } = await client.renderVariants({ ...facts, tones: ['formal', 'firm'] });
    expect(variants.map((v) => v.tone)).toEqual(['formal', 'firm']);
    const { results } = await client.renderBatch({ items: [request, { ...request, company: '' }] });
    // A bad item is its own problem, not a thrown error.
    expect(results[0]).toMatchObject({ status: 200, message: { channel: 'email' } });
    expect(results[1]).toMatchObject({ status: 400, problem: { errors: [{ pointer: '/items/1/company' }] } });
    called.add('renderVariants').add('renderBatch');
  });

  it('the admin calls: createTenant, getTenant, createKey and revokeKey', async () => {
    const operator = createClient({ baseUrl, adminToken });
    const tenant = await operator.createTenant('Acme Careers');
    expect(tenant.apiKey).toMatch(/^dmk_/);
    const key = await operator.createKey(tenant.id, 'staging');
    expect((await operator.getTenant(tenant.id)).keys.map((k) => k.id)).toEqual([tenant.keyId, key.id]);
    await operator.revokeKey(tenant.id, key.id);
    const revoked = await createClient({ baseUrl, apiKey: key.apiKey }).renderMessage(request).catch((e: unknown) => e);
    expect(revoked).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    expect(() => client.createTenant('no token')).toThrow(/adminToken/);
    called.add('createTenant').add('getTenant').add('createKey').add('revokeKey');
  });

  it("a platform's templates and settings, with violations typed on the 422", async () => {
    const { apiKey } = await createClient({ baseUrl, adminToken }).createTenant('Globex Jobs');
    const platform = createClient({ baseUrl, apiKey });
    const path = { scenario: 'accepted-another-offer', language: 'en', channel: 'email' } as const;
    const text = warmEmail('withdrawing (client)');
    expect(Object.keys(await platform.getTemplateVariables())).toContain('$defs');
    expect((await platform.validateTemplate({ ...path, tone: 'warm', text })).valid).toBe(true);
    const invalid = await platform.putTemplate(path, { text: 'Hi {{candidat.name}}' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ProblemError);
    expect((invalid as ProblemError).violations).toEqual([expect.objectContaining({ rule: 'unknown-variable', line: 1, column: 6 })]);
    const { version } = await platform.putTemplate(path, { tone: 'warm', text });
    expect((await platform.publishTemplateVersion(path, version)).version).toBe(version);
    expect((await platform.listTemplates()).templates).toHaveLength(1);
    expect((await platform.listTemplateVersions(path)).versions[0]).toMatchObject({ version, published: true });
    expect((await platform.getTemplateVersion(path, version)).text).toBe(text);
    const message = await platform.renderMessage(request);
    expect(message.template).toMatchObject({ source: 'tenant', version });
    await platform.unpublishTemplateVersion(path, version);
    expect((await platform.renderMessage(request)).template.source).toBe('builtin');
    expect((await platform.putSettings({ signature: 'Applied with Globex Jobs' })).signature).toBe('Applied with Globex Jobs');
    expect((await platform.getSettings()).signature).toBe('Applied with Globex Jobs');
    const document = await platform.exportTenant();
    expect((await platform.importTenant(document, { dryRun: true })).dryRun).toBe(true);
    called
      .add('getTemplateVariables')
      .add('validateTemplate')
      .add('putTemplate')
      .add('publishTemplateVersion')
      .add('listTemplates')
      .add('listTemplateVersions')
      .add('getTemplateVersion')
      .add('unpublishTemplateVersion')
      .add('putSettings')
      .add('getSettings')
      .add('exportTenant')
      .add('importTenant');
  });

  it('covers every operation the served document lists', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item as Record<string, { operationId: string }>).map((op) => op.operationId));
    expect([...called].sort()).toEqual(operations.sort());
    for (const id of operations) expect(typeof (client as Record<string, unknown>)[id], id).toBe('function');
  });
});

describe('client package: problems and request ids', () => {
  it('throws a validation problem with a pointer to each bad field', async () => {
    const bad = { ...request, company: '', candidate: { name: 'Jordan Lee', email: 'not-an-email' } };
    const error = await client.renderMessage(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).toBe(400);
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(['/candidate/email', '/company']);
    expect(problem.errorFor('/company')).toBe('must not be empty');
    expect(problem.message).toContain('Invalid request');
  });

  it("passes the caller's x-request-id through, per call or for the whole client, and reports it on a problem", async () => {
    // The service echoes the id it logged under in its answer.
    const echoed: (string | null)[] = [];
    const fetch = async (req: Request) => {
      const res = await globalThis.fetch(req);
      echoed.push(res.headers.get('x-request-id'));
      return res;
    };
    const perCall = createClient({ baseUrl, fetch });
    await perCall.listTones({ requestId: 'checkout-42.a' });
    const perClient = createClient({ baseUrl, fetch, requestId: () => 'job-7' });
    await perClient.listChannels();
    const error = (await perClient.renderMessage({ ...request, company: '' }, { requestId: 'render-9' }).catch((e: unknown) => e)) as ProblemError;
    expect(echoed).toEqual(['checkout-42.a', 'job-7', 'render-9']);
    expect(error.requestId).toBe('render-9');
  });

  it('lets the caller cancel a call', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user navigated away'));
    await expect(client.listScenarios({ signal: controller.signal })).rejects.toThrow('user navigated away');
  });
});
