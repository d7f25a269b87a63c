// Swagger UI in a real browser (Debian's chromium through playwright-core): open /docs, expand POST /messages,
// "Try it out" with the example, execute, and see the rendered message in the response panel.
import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helper.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs chromium (.ci/run) and must run this; a developer machine without it skips, saying why.
const available = existsSync(executablePath);
if (!available && process.env.CI) throw new Error(`${executablePath} is missing; .ci/run installs it with apt-get`);
export const screenshotPath = 'test-results/swagger-ui.png';

describe.skipIf(!available)('Swagger UI in chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await build();
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders a message from the example with "Try it out"', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/docs`, { waitUntil: 'load' });

    const operation = page.locator('#operations-messages-renderMessage');
    await operation.locator('.opblock-summary').click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();

    const live = operation.locator('.live-responses-table');
    await live.locator('.response-col_status', { hasText: '200' }).first().waitFor({ timeout: 15_000 });
    const body = await live.locator('.response-col_description pre').first().innerText();
    expect(body).toContain('"scenario": "accepted-another-offer"');
    expect(body).toContain('Acme Corp');
    mkdirSync('test-results', { recursive: true });
    await live.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath, fullPage: false });
    expect(problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  }, 60_000);
});
