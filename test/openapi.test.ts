// The committed contract must be exactly what the server serves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from './helper.js';

const ctx = useApp();

describe('OpenAPI document', () => {
  it('is served at /openapi.json and matches openapi/openapi.json (run `npm run openapi` after a contract change)', async () => {
    const res = await ctx.app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const committed = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));
    expect(res.json()).toEqual(committed);
  });

  it('gives every operation a summary, a description, an operationId and its error responses', async () => {
    const doc = (await ctx.app.inject({ url: '/openapi.json' })).json();
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, any>).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBe(9);
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.description, `${method} ${path}`).toBeTruthy();
      expect(op.operationId, `${method} ${path}`).toBeTruthy();
      expect(Object.keys(op.responses), `${method} ${path}`).toContain('500');
      if (method === 'post') {
        expect(op.requestBody.content['application/json'].example, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '413', '415']));
      }
    }
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await ctx.app.inject({ url: '/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await ctx.app.inject({ url: res.headers.location as string }) : res;
    expect(page.body).toContain('swagger-ui');
  });
});
