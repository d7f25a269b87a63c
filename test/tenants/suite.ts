// The tenant API's behaviour, one suite for both stores: keys, versions, validation, publishing, pinning, settings,
// export and import, isolation between two tenants, and concurrent PUTs to one template.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { fullRequest } from '../helper.js';
import { asAdmin, buildWithStore, createTenant, emailPath, publish, putVersion, render, warmEmail, withKey, type TestTenant } from './fixtures.js';

export function tenantApiSuite(store: () => Partial<Config>): void {
  let app: FastifyInstance;
  let a: TestTenant;
  let b: TestTenant;
  beforeAll(async () => {
    app = await buildWithStore(store());
    a = await createTenant(app, 'Acme Careers');
    b = await createTenant(app, 'Globex Jobs');
  }, 90_000);
  afterAll(async () => {
    await app?.close();
  });

  describe('the admin API', () => {
    it('refuses requests without the admin token, or with an API key, as 401 problems', async () => {
      for (const headers of [{}, { authorization: 'Bearer not-the-token' }, a.headers]) {
        const res = await app.inject({ method: 'POST', url: '/admin/tenants', headers, payload: { name: 'x' } });
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    });

    it('creates a tenant with a key of at least 128 random bits, shown once, with a visible prefix', async () => {
      const res = await app.inject({ method: 'POST', url: '/admin/tenants', headers: asAdmin, payload: { name: 'Initech' } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ id: expect.stringMatching(/^tnt_/), name: 'Initech' });
      const [, id, secret] = /^dmk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]+)$/.exec(body.apiKey)!;
      expect(id).toBe(body.keyId);
      expect(Buffer.from(secret!, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      const read = await app.inject({ url: `/admin/tenants/${body.id}`, headers: asAdmin });
      expect(read.statusCode).toBe(200);
      expect(read.json().keys).toEqual([expect.objectContaining({ id, prefix: `dmk_${id}`, revokedAt: null })]);
      expect(read.body).not.toContain(secret);
    });

    it('creates and revokes keys: a revoked key is a 401 from then on, a second revocation a 404', async () => {
      const created = await app.inject({ method: 'POST', url: `/admin/tenants/${a.id}/keys`, headers: asAdmin, payload: { name: 'staging' } });
      expect(created.statusCode).toBe(201);
      const key = created.json();
      expect(key.apiKey).not.toBe(a.apiKey);
      expect((await render(app, withKey(key.apiKey))).statusCode).toBe(200);
      const revoked = await app.inject({ method: 'DELETE', url: `/admin/tenants/${a.id}/keys/${key.id}`, headers: asAdmin });
      expect(revoked.statusCode).toBe(204);
      const refused = await render(app, withKey(key.apiKey));
      expect(refused.statusCode).toBe(401);
      expect(refused.json().type).toBe('/problems/unauthorized');
      expect((await app.inject({ method: 'DELETE', url: `/admin/tenants/${a.id}/keys/${key.id}`, headers: asAdmin })).statusCode).toBe(404);
      // The tenant's first key still works.
      expect((await render(app, a.headers)).statusCode).toBe(200);
    });

    it('answers 404 for a tenant or key that does not exist, or a key of another tenant', async () => {
      expect((await app.inject({ method: 'POST', url: '/admin/tenants/tnt_AAAAAAAAAAAA/keys', headers: asAdmin })).statusCode).toBe(404);
      expect((await app.inject({ url: '/admin/tenants/tnt_AAAAAAAAAAAA', headers: asAdmin })).statusCode).toBe(404);
      expect((await app.inject({ method: 'DELETE', url: `/admin/tenants/${b.id}/keys/${a.keyId}`, headers: asAdmin })).statusCode).toBe(404);
      expect((await app.inject({ method: 'POST', url: '/admin/tenants', headers: asAdmin, payload: {} })).statusCode).toBe(400);
    });
  });

  describe('API keys', () => {
    it('refuses an unknown, made-up or malformed key with a 401, never rendering anonymously', async () => {
      const unknown = `dmk_${'A'.repeat(12)}_${'b'.repeat(43)}`;
      const wrongSecret = a.apiKey.slice(0, -4) + 'AAAA';
      for (const authorization of [`Bearer ${unknown}`, `Bearer ${wrongSecret}`, 'Bearer nonsense', 'Basic abc']) {
        const res = await render(app, { authorization });
        expect(res.statusCode, authorization).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    });

    it('renders our words for a tenant without templates, and says so', async () => {
      const res = await render(app, a.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json().template).toEqual({ source: 'builtin', version: expect.any(String) });
    });

    it('needs a key for the template and settings operations, but not for the variables', async () => {
      for (const url of ['/templates', '/settings', '/export', emailPath]) expect((await app.inject({ url })).statusCode, url).toBe(401);
      const variables = await app.inject({ url: '/templates/variables' });
      expect(variables.statusCode).toBe(200);
      expect(variables.json().$defs.TemplateVariables.properties).toHaveProperty('candidate');
    });
  });

  describe('validation', () => {
    it('reports syntax errors and unknown variables with line and column, and suggests the name meant', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/templates/validate',
        headers: a.headers,
        payload: { scenario: 'accepted-another-offer', language: 'en', channel: 'email', text: 'Hi {{recipient.personal}},\n\nFrom {{candidate.nmae}}\n{{#each x}}{{/each}}' },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.valid).toBe(false);
      expect(body.violations).toEqual([
        expect.objectContaining({ rule: 'unknown-variable', severity: 'error', pointer: '/text', line: 3, column: 8, message: expect.stringContaining('candidate.name') }),
        expect.objectContaining({ rule: 'template-syntax', line: 4, column: 1 }),
      ]);
      const broken = await app.inject({ method: 'POST', url: '/templates/validate', headers: a.headers, payload: { scenario: 'accepted-another-offer', language: 'en', channel: 'email', text: 'Hi\n{{company' } });
      expect(broken.json().violations).toEqual([expect.objectContaining({ rule: 'template-syntax', line: 2 })]);
    });

    it('renders the draft in every tone it serves and reads it with our content rules', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/templates/validate',
        headers: a.headers,
        payload: { scenario: 'accepted-another-offer', language: 'en', channel: 'sms', text: 'Hi {{recipient.personal}}, {{candidate.name}} here. Sorry!! I accepted another offer and withdraw from the {{role}} interview at {{company}} {{interview.upcomingWhen}}.' },
      });
      const body = res.json();
      expect(body.valid).toBe(false);
      expect(body.renderings.map((r: { tone: string }) => r.tone)).toEqual(['formal', 'warm', 'concise', 'firm']);
      expect(body.renderings[0].stats.smsSegments).toBe(1);
      expect(body.renderings[0].violations).toContainEqual(expect.objectContaining({ rule: 'exclamation-in-apology', severity: 'error' }));
    });

    it('checks the draft with the facts given', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/templates/validate',
        headers: a.headers,
        payload: { scenario: 'accepted-another-offer', language: 'en', channel: 'email', tone: 'warm', text: warmEmail(), facts: { candidate: { name: 'Ana Ruiz' }, company: 'Initech' } },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().renderings[0].text).toContain('Ana Ruiz');
      const bad = await app.inject({ method: 'POST', url: '/templates/validate', headers: a.headers, payload: { scenario: 'accepted-another-offer', language: 'en', channel: 'email', text: 'x', facts: { company: 'Initech' } } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].pointer).toMatch(/^\/facts\/candidate/);
    });
  });

  describe('versions', () => {
    it('refuses an invalid template with a 422 listing the errors, and stores nothing', async () => {
      const res = await app.inject({ method: 'PUT', url: '/templates/decline-offer/en/email', headers: a.headers, payload: { text: 'Hello {{candidat.name}}' } });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ type: '/problems/invalid-template', violations: [expect.objectContaining({ rule: 'unknown-variable', line: 1, column: 9 })] });
      expect((await app.inject({ url: '/templates/decline-offer/en/email', headers: a.headers })).statusCode).toBe(404);
    });

    it('stores immutable versions, lists them with who made them, and renders the published one', async () => {
      const v1 = await putVersion(app, a, { tone: 'warm', text: warmEmail('withdrawing (v1)'), note: 'first words' });
      const v2 = await putVersion(app, a, { tone: 'warm', text: warmEmail('withdrawing (v2)') });
      expect([v1, v2]).toEqual([1, 2]);
      const before = await render(app, a.headers);
      expect(before.json().template.source).toBe('builtin');
      await publish(app, a, v1);
      const list = await app.inject({ url: emailPath, headers: a.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({
        scenario: 'accepted-another-offer',
        language: 'en',
        channel: 'email',
        published: [{ tone: 'warm', version: 1 }],
        versions: [
          { version: 1, tone: 'warm', note: 'first words', published: true, createdBy: { keyId: a.keyId }, createdAt: expect.any(String) },
          { version: 2, published: false },
        ],
      });
      const res = await render(app, a.headers);
      expect(res.statusCode).toBe(200);
      const message = res.json();
      expect(message.template).toMatchObject({ source: 'tenant', version: 1, language: 'en', tone: 'warm' });
      expect(message.text).toContain('withdrawing (v1)');
      expect(message.text).toContain('Jordan Lee');
      expect(message.id).not.toBe(before.json().id);
      expect(res.headers.etag).not.toBe(before.headers.etag);
      // A request in another tone finds no template for it and gets our words.
      expect((await render(app, a.headers, { ...fullRequest, tone: 'formal' })).json().template.source).toBe('builtin');
      // A variant of the language finds the base language's template.
      expect((await render(app, a.headers, { ...fullRequest, language: 'en-GB' })).json().template).toMatchObject({ source: 'tenant', language: 'en' });
      const one = await app.inject({ url: `${emailPath}/versions/2`, headers: a.headers });
      expect(one.json()).toMatchObject({ version: 2, published: false });
      const all = await app.inject({ url: '/templates', headers: a.headers });
      expect(all.json().templates).toEqual([expect.objectContaining({ scenario: 'accepted-another-offer', language: 'en', channel: 'email', latestVersion: 2, published: [{ tone: 'warm', version: 1 }] })]);
    });

    it('pins a version with templateVersion, published or not; a version that does not exist is a 400', async () => {
      const pinned = await render(app, a.headers, { ...fullRequest, templateVersion: 2 });
      expect(pinned.statusCode).toBe(200);
      expect(pinned.json().template.version).toBe(2);
      expect(pinned.json().text).toContain('withdrawing (v2)');
      const missing = await render(app, a.headers, { ...fullRequest, templateVersion: 99 });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].pointer).toBe('/templateVersion');
      const anonymous = await render(app, {}, { ...fullRequest, templateVersion: 1 });
      expect(anonymous.statusCode).toBe(400);
      expect(anonymous.json().errors[0].pointer).toBe('/templateVersion');
    });

    it('uses the tenant template in /variants and /batch too', async () => {
      const variants = await app.inject({ method: 'POST', url: '/messages/variants', headers: a.headers, payload: { ...fullRequest, tone: undefined, tones: ['warm', 'formal'] } });
      expect(variants.statusCode).toBe(200);
      expect(variants.json().variants.map((m: { template: { source: string } }) => m.template.source)).toEqual(['tenant', 'builtin']);
      const batch = await app.inject({ method: 'POST', url: '/messages/batch', headers: a.headers, payload: { items: [fullRequest, { ...fullRequest, templateVersion: 42 }] } });
      expect(batch.json().results.map((r: { status: number }) => r.status)).toEqual([200, 400]);
      expect(batch.json().results[0].message.template.source).toBe('tenant');
    });

    it('unpublishes a version: our words serve again', async () => {
      await putVersion(app, a, { text: 'Hi {{recipient.personal}}, {{candidate.name}} here. I accepted another offer and withdraw from the {{role}} interview at {{company}} {{interview.upcomingWhen}}. Thank you.' }, '/templates/accepted-another-offer/en/sms');
      await publish(app, a, 1, '/templates/accepted-another-offer/en/sms');
      const sms = { ...fullRequest, channel: 'sms' };
      expect((await render(app, a.headers, sms)).json().template).toMatchObject({ source: 'tenant', tone: null });
      expect((await app.inject({ method: 'DELETE', url: '/templates/accepted-another-offer/en/sms/versions/1/publish', headers: a.headers })).statusCode).toBe(204);
      expect((await render(app, a.headers, sms)).json().template.source).toBe('builtin');
    });

    it('numbers concurrent PUTs to one template without losing or repeating a version', async () => {
      const path = '/templates/accepted-another-offer/en-GB/email';
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => app.inject({ method: 'PUT', url: path, headers: a.headers, payload: { tone: 'warm', text: warmEmail(`withdrawing (${i})`) } })),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
      const numbers = answers.map((r) => r.json().version as number).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const list = (await app.inject({ url: path, headers: a.headers })).json();
      expect(list.versions.map((v: { version: number }) => v.version)).toEqual(numbers);
      expect(new Set(list.versions.map((v: { text: string }) => v.text)).size).toBe(12);
    });
  });

  describe('isolation between tenants', () => {
    it("never lets one tenant read, list, publish, pin or render another's templates (404, not 403)", async () => {
      expect((await app.inject({ url: emailPath, headers: b.headers })).statusCode).toBe(404);
      expect((await app.inject({ url: `${emailPath}/versions/1`, headers: b.headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'POST', url: `${emailPath}/versions/1/publish`, headers: b.headers })).statusCode).toBe(404);
      expect((await app.inject({ url: '/templates', headers: b.headers })).json().templates).toEqual([]);
      const rendered = await render(app, b.headers);
      expect(rendered.json().template.source).toBe('builtin');
      expect((await render(app, b.headers, { ...fullRequest, templateVersion: 1 })).statusCode).toBe(400);
      expect((await app.inject({ url: '/export', headers: b.headers })).json().templates).toEqual([]);
    });
  });

  describe('settings', () => {
    it('applies default tones, refuses scenarios and channels not offered, and adds the signature and footer to emails', async () => {
      const settings = {
        defaultTones: { 'accepted-another-offer': 'warm' },
        disabledScenarios: ['firm-no'],
        disabledChannels: ['voicemail'],
        emailFooter: 'Sent through Globex Jobs.',
        signature: 'Applied with Globex Jobs',
      };
      const put = await app.inject({ method: 'PUT', url: '/settings', headers: b.headers, payload: settings });
      expect(put.statusCode).toBe(200);
      expect((await app.inject({ url: '/settings', headers: b.headers })).json()).toEqual(settings);
      const { tone: _tone, ...noTone } = fullRequest;
      const message = (await render(app, b.headers, noTone)).json();
      expect(message.tone).toBe('warm');
      expect(message.text).toMatch(/Applied with Globex Jobs\n\nSent through Globex Jobs\.$/);
      expect(message.html).toContain('Sent through Globex Jobs.');
      const builtinId = (await render(app, {}, noTone)).json().id;
      expect(message.id).not.toBe(builtinId);
      const scenario = await render(app, b.headers, { scenario: 'firm-no', candidate: { name: 'Ana Ruiz' }, company: 'Initech' });
      expect(scenario.statusCode).toBe(400);
      expect(scenario.json().errors).toEqual([expect.objectContaining({ pointer: '/scenario', message: expect.stringContaining('firm-no') })]);
      const offered = (await app.inject({ url: '/messages/scenarios', headers: b.headers })).json().scenarios.map((x: { id: string }) => x.id);
      expect(offered).not.toContain('firm-no');
      expect(offered).toContain('accepted-another-offer');
      const channel = await render(app, b.headers, { ...fullRequest, channel: 'voicemail' });
      expect(channel.json().errors).toEqual([expect.objectContaining({ pointer: '/channel', message: expect.stringContaining('voicemail') })]);
      // Tenant A's settings are its own.
      expect((await render(app, a.headers, { ...fullRequest, channel: 'voicemail' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'PUT', url: '/settings', headers: b.headers, payload: { signature: 'two\nlines' } })).statusCode).toBe(400);
    });
  });

  describe('export and import', () => {
    it('exports everything, and imports it into another tenant with a dry run that changes nothing', async () => {
      const exported = await app.inject({ url: '/export', headers: a.headers });
      expect(exported.statusCode).toBe(200);
      const doc = exported.json();
      expect(doc).toMatchObject({ format: 'decline-messages/tenant-export', formatVersion: 1, tenant: { id: a.id } });
      const c = await createTenant(app, 'Initech Careers');
      const dry = await app.inject({ method: 'POST', url: '/import?dryRun=true', headers: c.headers, payload: doc });
      expect(dry.statusCode).toBe(200);
      expect(dry.json().dryRun).toBe(true);
      expect(dry.json().changes).toContainEqual(expect.objectContaining({ kind: 'template', action: 'publish', scenario: 'accepted-another-offer', language: 'en', channel: 'email', tone: 'warm' }));
      expect((await app.inject({ url: '/templates', headers: c.headers })).json().templates).toEqual([]);
      const done = await app.inject({ method: 'POST', url: '/import', headers: c.headers, payload: doc });
      expect(done.statusCode).toBe(200);
      expect(done.json().changes).toContainEqual(expect.objectContaining({ action: 'publish', version: 1 }));
      expect((await render(app, c.headers)).json().text).toContain('withdrawing (v1)');
      // Importing the same document again changes nothing.
      const again = await app.inject({ method: 'POST', url: '/import?dryRun=true', headers: c.headers, payload: doc });
      expect(again.json().changes.filter((x: { action: string }) => x.action !== 'unchanged')).toEqual([]);
    });
  });
}
