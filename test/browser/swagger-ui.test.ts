// Swagger UI in a real browser (Debian's chromium, driven by playwright-core) under the service's
// Content-Security-Policy: every operation listed, and "Try it out" on POST /messages shows the rendered message.
// The screenshot is kept at test-results/swagger-ui.png.
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../helper.js';
import { chromium as chromiumBinary, chromiumPath as executablePath, describeWith } from '../prerequisites.js';

describeWith(chromiumBinary(), 'Swagger UI under the CSP', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await build();
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // Its own waits allow 15 s each; on a shared 2-core machine the whole run took 21 s, past the default 20.
  it('loads, lists every operation and runs "Try it out" with no CSP violation', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    // Runs in the page before its own scripts (a string: this project type-checks without the DOM library).
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));",
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });

    const response = await page.goto(`${base}/docs`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.opblock').first().waitFor({ timeout: 15_000 });
    const spec = (await (await fetch(`${base}/docs/json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(spec.paths).flatMap((item) => Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key))).length;
    expect(await page.locator('.opblock').count()).toBe(operations);
    await expect.poll(() => page.locator('.info .title').innerText()).toContain('Decline & withdrawal messages');

    // "Try it out" on POST /messages: the browser calls the API itself (connect-src).
    const operation = page.locator('#operations-messages-renderMessage');
    await operation.locator('.opblock-summary').click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();
    const live = operation.locator('.live-responses-table');
    await live.locator('tr.response .response-col_status').first().waitFor({ timeout: 15_000 });
    expect(await live.locator('tr.response .response-col_status').first().innerText()).toContain('200');
    // The rendered message itself is in the response panel.
    const body = await live.locator('.response-col_description pre').first().innerText();
    expect(body).toContain('"scenario": "accepted-another-offer"');
    expect(body).toContain('Acme');
    mkdirSync('test-results', { recursive: true });
    await live.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/swagger-ui.png' });

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
