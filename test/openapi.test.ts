// The committed contract must be exactly what the server serves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarios } from '../src/messages/catalogue.js';
import { examples } from '../src/messages/examples.js';
import { parseRequest } from '../src/messages/request.js';
import { buildView, templateVariablesSchema, ViewModelSchema } from '../src/messages/view-model.js';
import { useApp } from './helper.js';

/** The schema with every nested object strict too, so a key the view has and the schema lacks is found. */
function strictDeep(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return z.strictObject(Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, strictDeep(v as z.ZodType)])));
  if (schema instanceof z.ZodNullable) return strictDeep(schema.unwrap() as z.ZodType).nullable();
  return schema;
}

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
    // Nine for messages and discovery; sixteen for platforms' templates, settings and the admin API.
    expect(operations.length).toBe(25);
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.description, `${method} ${path}`).toBeTruthy();
      expect(op.operationId, `${method} ${path}`).toBeTruthy();
      expect(Object.keys(op.responses), `${method} ${path}`).toContain('500');
      if (method === 'post' && op.requestBody) {
        expect(op.requestBody.content['application/json'].example, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '413', '415']));
      }
    }
  });

  it('publishes the template variables as a JSON Schema that every view the service builds satisfies', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi/template-variables.json', import.meta.url), 'utf8'));
    expect(templateVariablesSchema()).toEqual(committed);
    // Every view a render builds has exactly the published keys, nothing more (strict), nothing less.
    const strict = ViewModelSchema.strict();
    for (const scenario of scenarios) {
      const parsed = parseRequest({ ...examples.get(scenario.id)!, language: 'de-AT', requestDataDeletion: undefined }, Date.parse('2026-11-29T10:00:00-05:00'));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(() => strictDeep(strict).parse(buildView(parsed.value)), scenario.id).not.toThrow();
    }
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await ctx.app.inject({ url: '/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await ctx.app.inject({ url: res.headers.location as string }) : res;
    expect(page.body).toContain('swagger-ui');
  });
});
