// What the tenant tests share: an app with a store and the admin token, tenants made through the admin API, and
// templates that meet our rules.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../src/config.js';
import { build, fullRequest } from '../helper.js';

export const adminToken = 'test-admin-token-0123456789abcdefghijklmnop';
export const asAdmin = { authorization: `Bearer ${adminToken}` };
export const withKey = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });

export const buildWithStore = (store: Partial<Config>, overrides: Partial<Config> = {}) => build({ adminToken, ...store, ...overrides });

export interface TestTenant {
  id: string;
  apiKey: string;
  keyId: string;
  headers: { authorization: string };
}

export async function createTenant(app: FastifyInstance, name = 'Acme Careers'): Promise<TestTenant> {
  const res = await app.inject({ method: 'POST', url: '/admin/tenants', headers: asAdmin, payload: { name } });
  if (res.statusCode !== 201) throw new Error(`tenant not created: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { id: body.id, apiKey: body.apiKey, keyId: body.keyId, headers: withKey(body.apiKey) };
}

/** A warm email for accepted-another-offer that meets every rule with the scenario's example facts. */
export const warmEmail = (marker = 'withdrawing my application') =>
  'Hi {{recipient.personal}},\n\nThank you for inviting me to interview for the {{role}} role at {{company}} {{interview.upcomingWhen}}. ' +
  `I have accepted another offer, so I am ${marker} and will not attend.\n\nBest wishes,\n{{candidate.name}}\n{{candidate.email}}{{#if candidate.phone}}\n{{candidate.phone}}{{/if}}`;

export const emailPath = '/templates/accepted-another-offer/en/email';

/** Stores a version and returns its number; throws with the answer when refused. */
export async function putVersion(app: FastifyInstance, tenant: TestTenant, payload: object, path = emailPath): Promise<number> {
  const res = await app.inject({ method: 'PUT', url: path, headers: tenant.headers, payload });
  if (res.statusCode !== 201) throw new Error(`version not stored: ${res.statusCode} ${res.body}`);
  return res.json().version;
}

export async function publish(app: FastifyInstance, tenant: TestTenant, version: number, path = emailPath) {
  const res = await app.inject({ method: 'POST', url: `${path}/versions/${version}/publish`, headers: tenant.headers });
  if (res.statusCode !== 200) throw new Error(`not published: ${res.statusCode} ${res.body}`);
}

export async function render(app: FastifyInstance, headers: Record<string, string>, body: object = fullRequest) {
  return app.inject({ method: 'POST', url: '/messages', headers, payload: body });
}

/**
 * A publish on one replica (this process) seen by another (a child process on the same store): how long until the
 * child renders the new version, in milliseconds.
 */
export async function publishSeenBy(app: FastifyInstance, otherUrl: string, tenant: TestTenant): Promise<number> {
  const version = await putVersion(app, tenant, { tone: 'warm', text: warmEmail('withdrawing (replicated)') });
  const body = JSON.stringify(fullRequest);
  const sourceThere = async () => {
    const res = await fetch(`${otherUrl}/messages`, { method: 'POST', headers: { ...tenant.headers, 'content-type': 'application/json' }, body });
    if (res.status !== 200) throw new Error(`the other replica answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { template: { source: string } }).template.source;
  };
  // The other replica has the tenant's words in memory before the publish.
  if ((await sourceThere()) !== 'builtin') throw new Error('published too early');
  await publish(app, tenant, version);
  const published = performance.now();
  while ((await sourceThere()) !== 'tenant') {
    if (performance.now() - published > 5000) throw new Error('the other replica never saw the publish');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - published;
}
