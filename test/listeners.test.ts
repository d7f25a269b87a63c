// What the public listener serves besides the API: /metrics moves to a second listener with METRICS_PORT, and
// DOCS_ENABLED=false takes Swagger UI and the preview away, in the app and in the real process.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMetricsListener } from '../src/metrics-listener.js';
import { build, messageBody } from './helper.js';
import { startServer, type ServerProcess } from './server-process.js';

const committedDocument = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));

describe('METRICS_PORT', () => {
  let app: FastifyInstance;
  let metrics: FastifyInstance;
  beforeAll(async () => {
    app = await build({ metricsPort: 0 });
    metrics = await buildMetricsListener(app);
  });
  afterAll(async () => {
    await app?.close();
    await metrics?.close();
  });

  it('takes /metrics off the public app, and the second listener serves what the public one counted', async () => {
    expect((await app.inject({ method: 'POST', url: '/messages', payload: messageBody })).statusCode).toBe(200);
    const hidden = await app.inject({ url: '/metrics' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toMatch(/^application\/problem\+json/);

    const scrape = await metrics.inject({ url: '/metrics' });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(scrape.body).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/messages",status_code="200"\} 1$/m);
    // A 404 on the public listener is still a request to an unknown path: not counted.
    expect(scrape.body).not.toContain('route="/metrics"');
  });

  it('serves nothing else on the second listener', async () => {
    for (const url of ['/messages/tones', '/healthz', '/docs', '/openapi.json']) expect((await metrics.inject({ url })).statusCode, url).toBe(404);
    expect((await metrics.inject({ method: 'POST', url: '/messages', payload: messageBody })).statusCode).toBe(404);
  });
});

describe('DOCS_ENABLED=false', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await build({ docsEnabled: false });
  });
  afterAll(async () => app?.close());

  it('answers 404 for Swagger UI and the preview, and points a 404 at the document instead', async () => {
    for (const url of ['/docs', '/docs/', '/docs/static/index.html', '/docs/json', '/preview', '/preview/preview.js', '/preview/preview.css']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().detail, url).toBe(`There is no GET ${url}; see /openapi.json for the API.`);
    }
  });

  it('still serves the same contract at /openapi.json, the API, the probes and /metrics', async () => {
    const doc = await app.inject({ url: '/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toEqual(committedDocument);
    expect((await app.inject({ method: 'POST', url: '/messages', payload: messageBody })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(200);
  });

  it('is on by default: /docs and /preview are served', async () => {
    const docs = await build();
    try {
      expect((await docs.inject({ url: '/docs/' })).statusCode).toBe(200);
      expect((await docs.inject({ url: '/preview' })).statusCode).toBe(200);
    } finally {
      await docs.close();
    }
  });
});

describe('the real process with METRICS_PORT=0 and DOCS_ENABLED=false', () => {
  let server: ServerProcess | undefined;
  afterEach(() => server?.stop());

  it('listens twice: the API without /metrics, /docs or /preview, and /metrics alone on the second port; both close on SIGTERM', async () => {
    server = await startServer({ METRICS_PORT: '0', DOCS_ENABLED: 'false', LOG_LEVEL: 'info' });
    const line = server.logs.find((l) => l.listener === 'metrics' && /^serving \/metrics at /.test(l.msg));
    expect(line, 'no log line says where /metrics is served').toBeDefined();
    const metricsUrl = /at (http:\/\/127\.0\.0\.1:\d+\/metrics)$/.exec(line!.msg)![1]!;
    expect(new URL(metricsUrl).port).not.toBe(String(server.port));

    const post = await fetch(`${server.url}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageBody) });
    expect(post.status).toBe(200);
    for (const path of ['/metrics', '/docs', '/docs/', '/preview']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    expect((await fetch(`${server.url}/openapi.json`)).status).toBe(200);

    const scrape = await fetch(metricsUrl);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/messages",status_code="200"\} 1$/m);
    expect((await fetch(metricsUrl.replace(/\/metrics$/, '/messages/tones'))).status).toBe(404);

    expect(await server.terminate()).toBe(0);
    await expect(fetch(metricsUrl)).rejects.toThrow();
  }, 30_000);
});
