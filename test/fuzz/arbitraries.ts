// fast-check generators for request bodies, built from the catalogue: valid ones and mutated ones.
import fc from 'fast-check';
import {
  channelIds,
  disclosureLevels,
  formalityLevels,
  honorifics,
  interviewFormats,
  reasonCodes,
  scenarioIds,
  toneIds,
} from '../../src/messages/catalogue.js';
import { languageTags } from '../../src/messages/languages/index.js';

/** Text a person might type in a name field: any script, accents, emoji, apostrophes, ampersands. */
const humanText = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    .map((s) => s.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, ' ').trim())
    .filter((s) => s.length > 0 && s.length <= max);

const name = fc.oneof(
  humanText(40),
  fc.constantFrom('Jordan Lee', "Siobhán O'Brien-Ní Dhuibhir", 'Zoë Åkesson', '李小龙', 'Dr. Ada Lovelace', 'Ana María de la Cruz y Pérez-Villanueva'),
);
const company = fc.oneof(humanText(60), fc.constantFrom('Acme Corp', 'Procter & Gamble', "Macy's", 'Ünited Tëch GmbH', 'AT&T', 'Crédit Agricole'));

/** An ISO date-time with an offset, within a few days of a fixed base. */
const offsets = ['Z', '+00:00', '-05:00', '+05:30', '+09:00', '-08:00', '+13:45'];
const dateTime = fc
  .tuple(fc.integer({ min: -3 * 86_400, max: 10 * 86_400 }), fc.constantFrom(...offsets))
  .map(([seconds, offset]) => {
    const ms = Date.parse('2026-12-01T12:00:00Z') + seconds * 1000;
    const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
    const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
    return local + offset;
  });

export const validRequest = fc.record(
  {
    scenario: fc.constantFrom(...scenarioIds),
    tone: fc.constantFrom(...toneIds),
    channel: fc.constantFrom(...channelIds),
    // Every tag the service writes, and tags that resolve to one (any case, other regions).
    language: fc.constantFrom(...languageTags, 'en', 'EN-gb', 'en-AU', 'en-Latn-US'),
    formality: fc.constantFrom(...formalityLevels),
    phrasingSeed: fc.oneof(humanText(128), fc.constantFrom('application-48213', 'canonical')),
    candidate: fc.record(
      {
        name,
        preferredName: humanText(60),
        email: fc.constantFrom('jordan@example.com', 'a.b+c@sub.example.org'),
        phone: fc.constantFrom('+1 555 0100', '(020) 7946 0958', '+44 20 7946 0958'),
      },
      { requiredKeys: ['name'] },
    ),
    recipient: fc.record({ name, preferredName: humanText(60), honorific: fc.constantFrom(...honorifics), title: humanText(40) }, { requiredKeys: [] }),
    company,
    role: fc.oneof(humanText(60), fc.constantFrom('Data Analyst', 'MBA intern', 'UX designer', 'SEO lead', 'Hour-based Tutor')),
    interview: fc.record(
      { at: dateTime, timeZone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'), format: fc.constantFrom(...interviewFormats) },
      { requiredKeys: [] },
    ),
    reason: fc.record(
      { code: fc.constantFrom(...reasonCodes), detail: humanText(120), disclosure: fc.constantFrom(...disclosureLevels) },
      { requiredKeys: [] },
    ),
    newEmployer: company,
    keepDoorOpen: fc.boolean(),
    referral: name,
    requestNoFurtherContact: fc.boolean(),
    now: dateTime,
  },
  { requiredKeys: ['scenario', 'candidate', 'company'] },
);

type Body = Record<string, unknown>;

/** Paths of every value in a body, e.g. ['candidate', 'name']. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))].filter((p) => p.length > 0);
}

function setAt(body: Body, path: string[], value: unknown): Body {
  const copy = structuredClone(body);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function deleteAt(body: Body, path: string[]): Body {
  const copy = structuredClone(body);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path.at(-1)!];
  return copy;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', 'x'.repeat(5000), '{{constructor}}', '{{#each this}}x{{/each}}', '<script>alert(1)</script>', 'a\r\nBcc: x@y.z', '\u202Eevil', 'zero\u200Bwidth', -1, 1e308, true, [], {}),
);

/** A valid body with one mutation: a value replaced, a field deleted, or an unknown field added. */
export const mutatedRequest = fc
  .tuple(validRequest, fc.nat(), fc.constantFrom('replace', 'delete', 'add'), hostileValue, fc.constantFrom('__proto__', 'constructor', 'prototype', 'Scenario', 'tone ', 'extra'))
  .map(([body, pick, how, value, key]) => {
    const all = paths(body);
    const path = all[pick % all.length]!;
    if (how === 'replace') return setAt(body, path, value);
    if (how === 'delete') return deleteAt(body, path);
    // defineProperty, so that "__proto__" becomes a real own key, as JSON.parse would make it.
    const copy = structuredClone(body);
    const node = path.slice(0, -1).reduce<Body>((n, k) => n[k] as Body, copy);
    Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });

/** Resolves an RFC 6901 pointer; undefined when it does not exist. */
export function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value: doc };
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return { found: false };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}
