// Hostile and malformed input on every rendering endpoint: each request gets a 4xx problem naming the field, or a
// correct 200 where the input is legitimate. HTML is checked by parsing it, not by string matching.
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { fullRequest, useApp } from '../helper.js';

const ctx = useApp({ bodyLimit: 64 * 1024, rateLimitMax: 0 });

// Every field set, in a scenario that uses them all, with the reason's detail shown.
const full = {
  ...fullRequest,
  scenario: 'withdraw-application',
  tone: 'formal',
  reason: { ...fullRequest.reason, disclosure: 'specific' },
};
type Body = Record<string, unknown>;

/** Each endpoint wraps one body its own way; pointers into the batch body start at /items/0. */
const endpoints = [
  { url: '/messages', wrap: (b: Body) => b, prefix: '', fields: (p: string[]) => p.length > 0 },
  // Variants take `tones` instead of `tone`.
  { url: '/messages/variants', wrap: ({ tone: _t, ...b }: Body) => ({ ...b, tones: ['formal', 'concise'] }), prefix: '', fields: (p: string[]) => p[0] !== 'tone' },
  { url: '/messages/batch', wrap: (b: Body) => ({ items: [b] }), prefix: '/items/0', fields: (p: string[]) => p.length > 0 },
];

/** Every leaf of the full body, as a path. */
const leaves: string[][] = Object.entries(full).flatMap(([k, v]) =>
  v !== null && typeof v === 'object' ? Object.keys(v).map((k2) => [k, k2]) : [[k]],
);
const pointer = (path: string[]) => '/' + path.join('/');
const freeText = leaves.filter((p) => {
  const v = p.reduce<any>((n, k) => n[k], full);
  return typeof v === 'string' && !['scenario', 'tone', 'channel', 'language', 'formality', 'at', 'now', 'timeZone', 'code', 'disclosure', 'format', 'honorific', 'email', 'phone'].includes(p.at(-1)!);
});

function setAt(path: string[], value: unknown): Body {
  const body = structuredClone(full) as Body;
  let node = body as Record<string, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return body;
}

async function send(endpoint: (typeof endpoints)[number], body: Body) {
  const res = await ctx.app.inject({ method: 'POST', url: endpoint.url, payload: endpoint.wrap(body) });
  const json = res.json();
  if (endpoint.url === '/messages/batch' && res.statusCode === 200) {
    const [item] = json.results;
    return item.status === 200
      ? { status: 200, messages: [item.message] }
      : { status: item.status as number, problem: item.problem };
  }
  if (res.statusCode === 200) return { status: 200, messages: json.variants ?? [json] };
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return { status: res.statusCode, problem: json };
}

function elements(html: string): string[] {
  const names: string[] = [];
  const walk = (node: any) => {
    if (node.tagName) names.push(node.tagName);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html));
  return names;
}

describe.each(endpoints)('$url', (endpoint) => {
  const expectFieldError = async (body: Body, path: string[]) => {
    const r = await send(endpoint, body);
    expect(r.status, pointer(path)).toBe(400);
    expect(r.problem.errors.map((e: { pointer: string }) => e.pointer), pointer(path)).toContain(endpoint.prefix + pointer(path));
  };

  it('accepts the full body', async () => {
    expect((await send(endpoint, full)).status).toBe(200);
  });

  const own = leaves.filter(endpoint.fields);

  it.each(own.map((p) => [pointer(p), p]))('names %s when it has the wrong type', async (_p, path) => {
    const value = path.at(-1) === 'keepDoorOpen' || path.at(-1) === 'requestNoFurtherContact' ? 'yes' : 42;
    await expectFieldError(setAt(path, value), path);
  });

  it.each(own.map((p) => [pointer(p), p]))('names %s when it is null', async (_p, path) => {
    await expectFieldError(setAt(path, null), path);
  });

  it.each(freeText.map((p) => [pointer(p), p]))('names %s when it is longer than its limit', async (_p, path) => {
    await expectFieldError(setAt(path, 'x'.repeat(1001)), path);
  });

  it.each(freeText.map((p) => [pointer(p), p]))('names %s when it carries a control character or a line break', async (_p, path) => {
    await expectFieldError(setAt(path, 'Acme\u0007Corp'), path);
    await expectFieldError(setAt(path, 'Acme\r\nSubject: hi'), path);
  });

  it.each(freeText.map((p) => [pointer(p), p]))('never turns HTML in %s into markup', async (_p, path) => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const r = await send(endpoint, setAt(path, payload));
    expect(r.status).toBe(200);
    for (const m of r.messages!) {
      expect(new Set(elements(m.html))).toEqual(new Set(['p', ...(m.html.includes('<br>') ? ['br'] : [])]));
      expect(m.subject).not.toMatch(/[\r\n]/);
    }
  });

  it.each(freeText.map((p) => [pointer(p), p]))('prints Handlebars syntax in %s literally, never evaluating it', async (_p, path) => {
    const payload = '{{constructor}} {{#each this}}x{{/each}} {{> partial}}';
    const r = await send(endpoint, setAt(path, payload));
    expect(r.status).toBe(200);
    const texts = r.messages!.map((m: { text: string }) => m.text).join('\n');
    if (texts.includes('{{')) expect(texts).toContain(payload);
    expect(texts).not.toContain('function Object');
  });

  it('rejects unknown fields, including prototype keys, by pointer', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'Scenario']) {
      const payload = JSON.stringify(endpoint.wrap(full)).replace(/^\{/, `{"${key}": {"polluted": true},`);
      const body = endpoint.url === '/messages/batch'
        ? JSON.stringify({ items: [JSON.parse(JSON.stringify(full).replace(/^\{/, `{"${key}": {"polluted": true},`))] })
        : payload;
      const res = await ctx.app.inject({ method: 'POST', url: endpoint.url, payload: body, headers: { 'content-type': 'application/json' } });
      const problem = endpoint.url === '/messages/batch' ? res.json().results[0].problem : res.json();
      expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toContain(`${endpoint.prefix}/${key}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects invalid dates, dates without an offset, and an interview already over', async () => {
    for (const at of ['2026-02-30T10:00:00Z', '2026-12-01T15:00:00', '2026-12-01', 'next Tuesday', '2026-12-01T25:00:00Z']) {
      await expectFieldError(setAt(['interview', 'at'], at), ['interview', 'at']);
      await expectFieldError(setAt(['now'], at), ['now']);
    }
    const over = { ...full, scenario: 'accepted-another-offer', now: '2026-12-05T10:00:00Z' };
    await expectFieldError(over, ['interview', 'at']);
  });

  it('renders names in any script, with accents, emoji and direction marks, exactly as given', async () => {
    const names = ['Zoë Åkesson-Ørsted', '李小龙', 'Ольга Петрова', 'محمد عبد الله', 'Dvořák 🎻', '𝔊𝔬𝔱𝔥𝔦𝔠 Name', 'Le\u200Bna', '\u202Bשרה\u202C Cohen'];
    for (const name of names) {
      const r = await send(endpoint, setAt(['candidate', 'name'], name));
      expect(r.status, name).toBe(200);
      // A friendly email signs with the given name; its subject carries the full one.
      for (const m of r.messages!) expect(`${m.subject ?? ''}\n${m.text}`, name).toContain(name);
    }
  });
});

describe('requests that are not a usable body', () => {
  it.each(endpoints)('$url: every malformed envelope is a 4xx problem', async ({ url }) => {
    const cases: [string | undefined, string | Buffer, number][] = [
      ['application/json', '{"scenario":', 400],
      ['application/json', '', 400],
      ['application/json', '[]', 400],
      ['application/json', '"accepted-another-offer"', 400],
      ['application/json', 'null', 400],
      ['application/json', Buffer.from('{"company": "\xff"}', 'latin1'), 400],
      ['text/plain', '{}', 415],
      ['application/xml', '<a/>', 415],
      [undefined, '{}', 415],
      ['application/json', JSON.stringify({ items: [], company: 'x'.repeat(70 * 1024) }), 413],
    ];
    for (const [type, payload, status] of cases) {
      const res = await ctx.app.inject({ method: 'POST', url, payload, headers: type ? { 'content-type': type } : {} });
      expect(res.statusCode, `${type} ${String(payload).slice(0, 30)}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('GET /messages/scenarios/{id} answers odd ids with a 404 problem', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '%3Cscript%3E', 'x'.repeat(90), '__proto__', 'constructor']) {
      const res = await ctx.app.inject({ url: `/messages/scenarios/${id}` });
      expect(res.statusCode, id).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
