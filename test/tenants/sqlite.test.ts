// Tenants on the embedded store: the API suite on SQLite, the store surviving a restart, the admin API off without
// ADMIN_TOKEN, and REQUIRE_API_KEY.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loggerOptions } from '../../src/logging.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { build, fullRequest } from '../helper.js';
import { startServer } from '../server-process.js';
import { buildWithStore, createTenant, publish, publishSeenBy, putVersion, render, warmEmail } from './fixtures.js';
import { tenantApiSuite } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'decline-messages-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tenants on SQLite', () => {
  tenantApiSuite(() => ({ dataDir: join(dir, 'suite') }));
});

describe('the SQLite file', () => {
  it('keeps tenants, keys, versions and what is published across a restart', async () => {
    const store = { dataDir: join(dir, 'restart') };
    const first = await buildWithStore(store);
    const tenant = await createTenant(first);
    await publish(first, tenant, await putVersion(first, tenant, { tone: 'warm', text: warmEmail('withdrawing (kept)') }));
    await first.close();
    const second = await buildWithStore(store);
    const res = await render(second, tenant.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toContain('withdrawing (kept)');
    await second.close();
  });
});

describe('two processes on one SQLite file', () => {
  it('uses a publish made by one on the other within a second (PRAGMA data_version, polled)', async () => {
    const store = { dataDir: join(dir, 'shared') };
    const app = await buildWithStore(store);
    // The replica sheds no load: on a busy machine its event loop lags while it starts, and a 503 "too busy" there
    // says nothing about replication (load shedding has its own tests).
    const other = await startServer({ DATA_DIR: store.dataDir, RATE_LIMIT_MAX: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' }, { timeoutMs: 60_000 });
    // Stopped even when the test times out, which skips the finally below.
    onTestFinished(() => other.stop());
    try {
      const tenant = await createTenant(app, 'Shared File Co');
      expect(await publishSeenBy(app, other.url, tenant)).toBeLessThan(1000);
    } finally {
      other.stop();
      await app.close();
    }
  }, 180_000);
});

describe('keys in logs and rate limits', () => {
  it('logs a key by its visible prefix only, never whole', async () => {
    const raw: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        raw.push(String(chunk));
        done();
      },
    });
    const logger = pino(loggerOptions({ logLevel: 'info' }, { pretty: false }), stream);
    const logged = await build({ adminToken: 'test-admin-token-0123456789abcdefghijklmnop' }, { loggerInstance: logger });
    const tenant = await createTenant(logged);
    await render(logged, tenant.headers);
    await logged.inject({ method: 'POST', url: '/messages', headers: { authorization: `Bearer ${tenant.apiKey}x` }, payload: fullRequest });
    await logged.close();
    const secret = tenant.apiKey.split('_').slice(2).join('_');
    expect(raw.join('')).not.toContain(secret);
    expect(raw.join('')).not.toContain('test-admin-token');
    expect(raw.some((line) => line.includes(`dmk_${tenant.keyId}`))).toBe(true);
  });

  it('counts rate limits per key: one key at its limit leaves another key, and no key, alone', async () => {
    const app = await buildWithStore({ dataDir: ':memory:' }, { rateLimitMax: 3 });
    const one = await createTenant(app, 'One');
    const two = await createTenant(app, 'Two');
    const codes = async (headers: Record<string, string>, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await app.inject({ url: '/messages/tones', headers })).statusCode);
      return out;
    };
    expect(await codes(one.headers, 4)).toEqual([200, 200, 200, 429]);
    expect(await codes(two.headers, 1)).toEqual([200]);
    expect(await codes({}, 1)).toEqual([200]);
    await app.close();
  });
});

describe('a DATA_DIR that cannot be written', () => {
  it('starts with our words only: tenant calls are 503s, never a failed start', async () => {
    // A folder inside a plain file: mkdir fails at once (ENOTDIR), as it would on a read-only root filesystem.
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const app = await buildWithStore({ dataDir: join(file, 'data') });
    expect((await render(app, {})).statusCode).toBe(200);
    const admin = await app.inject({ method: 'POST', url: '/admin/tenants', headers: { authorization: 'Bearer test-admin-token-0123456789abcdefghijklmnop' }, payload: { name: 'x' } });
    expect(admin.statusCode).toBe(503);
    expect(admin.headers['retry-after']).toBeDefined();
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/store_errors_total\{operation="open"\} 1/);
    await app.close();
  });
});

describe('without ADMIN_TOKEN', () => {
  it('has no admin API: 404 as any unknown path', async () => {
    const app = await build();
    const res = await app.inject({ method: 'POST', url: '/admin/tenants', headers: { authorization: 'Bearer anything' }, payload: { name: 'x' } });
    expect(res.statusCode).toBe(404);
    await app.close();
  });
});

describe('REQUIRE_API_KEY=true', () => {
  it('refuses requests without a key with a 401, and serves those with one', async () => {
    const app = await buildWithStore({}, { requireApiKey: true });
    const anonymous = await render(app, {});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    const tenant = await createTenant(app);
    expect((await render(app, tenant.headers, fullRequest)).statusCode).toBe(200);
    await app.close();
  });
});
