// The preview page in a real browser (Debian's chromium, driven by playwright-core) under the service's CSP: built from
// the contract, every channel as its recipient sees it, field errors beside their fields, keyboard and phone width.
// Screenshots go to test-results/; UPDATE_SCREENSHOTS=1 also rewrites docs/preview.png, shown in the README.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../helper.js';
import { chromium as chromiumBinary, chromiumPath as executablePath, describeWith } from '../prerequisites.js';

/** Leaf pointers of a JSON schema, following $refs into the document: the fields the API takes. */
function leaves(doc: any, schema: any, pointer = ''): string[] {
  while (schema?.$ref) schema = schema.$ref.slice(2).split('/').reduce((n: any, k: string) => n[k], doc);
  if (schema?.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, sub]) => leaves(doc, sub, `${pointer}/${key}`));
  }
  return [pointer];
}

const adminToken = 'preview-test-admin-token-0123456789abcdef';

describeWith(chromiumBinary(), 'the preview page in Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await build({ rateLimitMax: 0, adminToken });
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

  /** A page at /preview that records console errors, uncaught errors and CSP violations. */
  async function open(viewport = { width: 1280, height: 1000 }, setup?: (page: Page) => Promise<void>) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP: ${v}`));
    // Runs in the page before its own script (a string: this project type-checks without the DOM library).
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));",
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    await setup?.(page);
    const response = await page.goto(`${base}/preview`, { waitUntil: 'load' });
    await page.locator('#rendering article').waitFor({ timeout: 15_000 });
    return { page, problems, response: response! };
  }

  const select = (page: Page, pointer: string) => page.locator(`[name="${pointer}"]`);

  it('loads under the CSP with no console error, with every field the API takes, prefilled from the example', async () => {
    const { page, problems, response } = await open();
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    const fields = leaves(doc, doc.paths['/messages'].post.requestBody.content['application/json'].schema);
    expect(fields).toContain('/atsReasonId');
    for (const pointer of fields) {
      const control = page.locator(`[name="${pointer}"]`);
      expect(await control.count(), pointer).toBe(1);
      // Labelled, so it has a name for a screen reader and a click target.
      expect(await control.evaluate((c: any) => c.labels.length), pointer).toBe(1);
    }
    const { scenarios } = (await app.inject({ url: '/messages/scenarios' })).json();
    expect(await select(page, '/scenario').inputValue()).toBe(scenarios[0].id);
    expect(await select(page, '/candidate/name').inputValue()).toBe(scenarios[0].example.candidate.name);
    expect(await select(page, '/tone').inputValue()).toBe(scenarios[0].defaultTone);
    // The language picker comes from the contract: GET /messages/languages where the document lists that operation,
    // else the request schema's values.
    const languages = doc.paths['/messages/languages']
      ? (await app.inject({ url: '/messages/languages' })).json().languages.map((l: { name: string; tag: string }) => `${l.name} (${l.tag})`)
      : doc.components.schemas.MessageRequestInput.properties.language.enum;
    expect((await select(page, '/language').locator('option').allTextContents()).slice(1)).toEqual(languages);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every channel as its recipient sees it, with the advice and every tone side by side', async () => {
    const { page, problems } = await open();
    await select(page, '/scenario').selectOption('decline-offer');
    const body = JSON.parse(JSON.stringify((await app.inject({ url: '/messages/scenarios/decline-offer' })).json().example));
    for (const channel of ['email', 'linkedin', 'sms', 'voicemail']) {
      await select(page, '/channel').selectOption(channel);
      const view = page.locator(`#rendering [data-channel="${channel}"]`);
      await view.waitFor({ timeout: 10_000 });
      const expected = (await app.inject({ method: 'POST', url: '/messages', payload: { ...body, channel } })).json();
      const shown = await view.innerText();
      for (const line of expected.text.split('\n').filter(Boolean)) expect(shown, channel).toContain(line);
      if (channel === 'email') {
        expect(await view.locator('.subject').innerText()).toBe(expected.subject);
        // The HTML as an email client shows it: its paragraphs, not its markup.
        expect(await view.locator('.email-body p').count()).toBe(expected.html.split('<p>').length - 1);
        expect(shown).not.toContain('<p>');
      }
      if (channel === 'sms') {
        expect(await view.locator('.bubble').innerText()).toBe(expected.text);
        expect(shown).toContain(`${expected.stats.smsSegments} SMS segment`);
        expect(shown).toContain(expected.stats.smsEncoding);
      }
      if (channel === 'voicemail') expect(shown).toContain(`Speaking time: about ${expected.stats.speakingSeconds} seconds`);
      const advice = await page.locator('#advice li').allInnerTexts();
      expect(advice).toEqual(expected.advice.map((a: { text: string }) => a.text));
      await expect.poll(() => page.locator(`#variants [data-tone] [data-channel="${channel}"]`).count()).toBe(4);
      expect(await page.locator('#variants [data-tone]').evaluateAll((n) => n.map((e: any) => e.dataset.tone))).toEqual(['formal', 'warm', 'concise', 'firm']);
      if (channel === 'sms') await page.screenshot({ path: 'test-results/preview-sms.png', fullPage: true });
    }
    expect(await page.locator('#classification').innerText()).toContain('CANDIDATE_WITHDREW');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a field error next to the field it names, and clears it once the value is fixed', async () => {
    const { page, problems } = await open();
    const email = select(page, '/candidate/email');
    await email.fill('jordan.lee@');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const error = page.locator('#field-candidate-email-error');
    await error.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await error.innerText()).toBe('must be an email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('field-candidate-email-error');
    // A submit moves focus to the field to fix; the summary links to it.
    expect(await page.evaluate('document.activeElement.name')).toBe('/candidate/email');
    expect(await page.locator('#problem a[href="#field-candidate-email"]').innerText()).toContain('/candidate/email');
    expect(await page.locator('#rendering article').count()).toBe(1);

    await email.fill('jordan.lee@example.com');
    await error.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    // The browser reports the 400 it was answered, and nothing else went wrong.
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    await page.close();
  });

  it('works from the keyboard and fits a 375 px wide phone screen', async () => {
    const { page, problems } = await open({ width: 375, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // Tab from the top reaches the form's first control, after the skip link and the link to the docs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to the preview');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.name')).toBe('/scenario');
    // Choosing a tone from its card, with Enter.
    await page.locator('[data-use-tone="firm"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => select(page, '/tone').inputValue()).toBe('firm');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^Firm email message/);
    expect(await page.evaluate('document.activeElement.id')).toBe('preview');
    // Enter in a text field renders, as a form would submit.
    await select(page, '/company').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ltd');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#rendering').innerText()).toContain('Acme Corp Ltd');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/preview-phone.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes its languages from GET /messages/languages once the contract lists that operation', async () => {
    const languages = {
      languages: [
        { tag: 'en-US', name: 'English (United States)', language: 'en', formality: false },
        { tag: 'en-GB', name: 'English (United Kingdom)', language: 'en', formality: false },
      ],
      default: 'en-US',
    };
    const { page, problems } = await open(undefined, async (p) => {
      await p.route('**/openapi.json', async (route) => {
        const response = await route.fetch();
        const doc = await response.json();
        doc.paths['/messages/languages'] = { get: { operationId: 'listLanguages' } };
        await route.fulfill({ response, json: doc });
      });
      await p.route('**/messages/languages', (route) => route.fulfill({ json: languages }));
    });
    expect(await select(page, '/language').locator('option').allTextContents()).toEqual([
      '(default: en-US)',
      'English (United States) (en-US)',
      'English (United Kingdom) (en-GB)',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("checks a platform's draft with its key: problems with line and column, each tone rendered and judged, beside our words", async () => {
    const tenant = (await app.inject({ method: 'POST', url: '/admin/tenants', headers: { authorization: `Bearer ${adminToken}` }, payload: { name: 'Preview Co' } })).json();
    const { page, problems } = await open();
    await page.locator('#draft-text').fill('Hi {{recipient.personal}},\n\nI withdraw from {{company}}.\n\n{{candidate.nmae}}');
    await page.locator('#draft button[type=submit]').click();
    await expect.poll(() => page.locator('#draft-status').textContent()).toMatch(/API key/);
    await page.locator('#api-key').fill(tenant.apiKey);
    await page.locator('#draft button[type=submit]').click();
    const unknown = page.locator('#draft-problems [data-rule="unknown-variable"]');
    await unknown.waitFor();
    expect(await unknown.textContent()).toMatch(/line 5, column 3.*candidate\.name/);
    await page.locator('#draft-tone').selectOption('warm');
    await page.locator('#draft-text').fill('Hi {{recipient.personal}},\n\nSorry!! I withdraw from {{company}} {{interview.upcomingWhen}}.\n\n{{candidate.name}}');
    await page.locator('#draft button[type=submit]').click();
    await page.locator('#draft-renderings [data-tone="warm"] .email-body').waitFor();
    expect(await page.locator('#draft-renderings [data-tone]').count()).toBe(1);
    expect(await page.locator('#draft-renderings [data-rule="exclamation-in-apology"]').count()).toBe(1);
    expect(await page.locator('#draft-status').textContent()).toMatch(/^Invalid/);
    expect(await page.locator('#builtin-rendering [data-channel="email"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is pictured in the README', async () => {
    const { page, problems } = await open({ width: 1280, height: 1500 });
    await select(page, '/scenario').selectOption('accepted-another-offer');
    await page.locator('#variants [data-tone]').nth(3).waitFor();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/preview.png' });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync('test-results/preview.png', 'docs/preview.png');
    expect(existsSync('docs/preview.png')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
