// Probes: /healthz while the process runs, /readyz until the instance drains; both outside the API contract.
import { describe, expect, it } from 'vitest';
import { build } from './helper.js';

describe('probes', () => {
  it('answer 200 while serving, and stay out of the OpenAPI document', async () => {
    const app = await build();
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    expect(paths).not.toContain('/healthz');
    expect(paths).not.toContain('/readyz');
    expect(paths).not.toContain('/metrics');
    await app.close();
  });

  it('/readyz turns 503 problem+json with Retry-After once draining starts, while /healthz and the API still answer', async () => {
    const app = await build();
    app.startDraining();
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.json()).toMatchObject({ status: 503, type: '/problems/unavailable', title: 'Shutting down' });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/messages/tones' })).statusCode).toBe(200);
    await app.close();
  });

  it('closing the app starts draining', async () => {
    const app = await build();
    expect(app.draining).toBe(false);
    await app.close();
    expect(app.draining).toBe(true);
  });

  it('are never rate limited: the orchestrator must always get an answer', async () => {
    const app = await build({ rateLimitMax: 1 });
    for (let i = 0; i < 5; i++) {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/metrics' })).statusCode).toBe(200);
    }
    await app.close();
  });
});
