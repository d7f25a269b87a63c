// Property-based fuzzing of POST /messages: valid and mutated bodies never give a 5xx, every 4xx names a field that
// exists in the request, and every 200 is a well-formed message with no placeholder or empty slot.
// FUZZ_RUNS sets the number of cases (default 10,000). The seed is fixed, so CI is repeatable; FUZZ_SEED=random
// explores new cases, and a failure prints the seed and path to replay with FUZZ_SEED and FUZZ_PATH.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, MessageSchema } from '../../src/messages/schema.js';
import { languageVariant, resolveLanguage } from '../../src/messages/languages/index.js';
import { companyForms } from '../../src/messages/content-rules/reading.js';
import { everydayCompany } from '../../src/messages/languages/helpers.js';
import { toGsmPunctuation } from '../../src/messages/sms.js';
import { useApp } from '../helper.js';
import { mutatedRequest, resolvePointer, validRequest } from './arbitraries.js';

// Thousands of requests from one address: the rate limit is tested elsewhere (test/protection.test.ts).
const ctx = useApp({ rateLimitMax: 0 });
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seedSetting = process.env.FUZZ_SEED ?? '20261125';
const replay = seedSetting === 'random' ? {} : { seed: Number(seedSetting), ...(process.env.FUZZ_PATH && { path: process.env.FUZZ_PATH }) };

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What the templates wrote, with each string the request supplied replaced by a plain word. */
function ourWords(text: string, request: Record<string, unknown>, plain: (t: string) => string = (t) => t): string {
  const tag = typeof request.language === 'string' ? resolveLanguage(request.language) : undefined;
  const helpers = languageVariant(tag?.ok ? tag.variant.tag : 'en-US').helpers;
  // Greetings use one word of a name, a reason detail is joined as a clause, and friendly prose drops a legal form:
  // each of those forms counts as supplied too.
  const given = strings(request)
    .flatMap((s) => {
      const words = s.trim().split(/\s+/);
      return [s.trim(), words[0]!, words.at(-1)!, helpers.becauseClause(s), everydayCompany(s.trim())].map(plain);
    })
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length);
  return given.reduce((t, s) => t.split(s).join('Given'), text);
}

const placeholders = /\{\{|\}\}|undefined|\bnull\b|NaN|\[object Object\]|u2019|Ã/;
const emptySlots = /(Dear|Hi|Hello) ,|^Dear,|\s[,.;:!?]\S|\.\./m;

async function check(body: Record<string, unknown>, expectOk: boolean) {
  const payload = JSON.stringify(body);
  const res = await ctx.app.inject({ method: 'POST', url: '/messages', payload, headers: { 'content-type': 'application/json' } });
  expect(res.statusCode, payload).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type'], payload).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem.status).toBe(res.statusCode);
    const sent = JSON.parse(payload);
    if (res.statusCode === 400) {
      // The body is always well-formed JSON here, so a 400 is a validation problem with pointers.
      expect(problem.type, payload).toBe('/problems/validation');
      expect(problem.errors.length, payload).toBeGreaterThan(0);
      for (const { pointer, message } of problem.errors) {
        // A required field names itself; some ancestor of it is in the request (the body at least).
        let target = pointer;
        if (message.startsWith('is required')) while (target && !resolvePointer(sent, target).found) target = target.slice(0, target.lastIndexOf('/'));
        expect(resolvePointer(sent, target).found, `${pointer} in ${payload}`).toBe(true);
      }
    }
    return res.statusCode;
  }
  expect(res.statusCode, payload).toBe(200);
  const message = MessageSchema.parse(res.json());
  // SMS makes typographic quotes, dashes and ellipses plain (GSM-7); given strings are compared the same way.
  const plain = message.channel === 'sms' ? toGsmPunctuation : (t: string) => t;
  const words = ourWords(message.text, body, plain);
  expect(words, payload).not.toMatch(placeholders);
  expect(ourWords(message.subject ?? '', body), payload).not.toMatch(placeholders);
  expect(message.subject ?? '', payload).not.toMatch(/[\r\n]/);
  expect(words, payload).not.toMatch(emptySlots);
  // The schema trims single-line fields and collapses runs of spaces in them; friendly prose drops a legal form.
  // A voicemail may say the name as its language reads it aloud ("Procter und Gamble").
  if (expectOk) {
    const company = plain(everydayCompany(collapseSpaces((body.company as string).trim())));
    const said = message.channel === 'voicemail' ? companyForms(company, languageVariant(message.language).helpers) : [];
    expect([company, ...said].some((form) => message.text.includes(form)), `${company} in ${message.text}`).toBe(true);
  }
  return 200;
}

describe('fuzzing POST /messages', () => {
  it(`valid bodies render or are refused for a reason that names a field (${Math.round(runs / 2)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, async (body) => {
        const status = await check(body, true);
        // The only legitimate refusals of a schema-valid body: an interview that does not fit the scenario (already
        // past, or too far off for last-minute), or a reason the scenario does not take.
        if (status !== 200) expect(status).toBe(400);
      }),
      { numRuns: Math.round(runs / 2), ...replay },
    );
  }, 120_000);

  it(`mutated bodies never cause a 5xx and never pollute prototypes (${Math.round(runs / 2)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedRequest, async (body) => {
        await check(body, false);
      }),
      { numRuns: Math.round(runs / 2), ...replay },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, 120_000);
});
