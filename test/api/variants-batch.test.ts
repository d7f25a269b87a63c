// POST /messages/variants (one message per tone) and /messages/batch (independent items, in order).
import { describe, expect, it } from 'vitest';
import { toneIds } from '../../src/messages/catalogue.js';
import { useApp } from '../helper.js';

const ctx = useApp();
const facts = {
  scenario: 'keep-door-open',
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
};
const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url, payload });

describe('POST /messages/variants', () => {
  it('renders one message per tone, in catalogue order, with distinct texts', async () => {
    const res = await post('/messages/variants', facts);
    expect(res.statusCode).toBe(200);
    const { variants } = res.json();
    expect(variants.map((v: { tone: string }) => v.tone)).toEqual([...toneIds]);
    expect(new Set(variants.map((v: { text: string }) => v.text)).size).toBe(toneIds.length);
    for (const v of variants) expect(v.scenario).toBe('keep-door-open');
  });

  it('renders only the tones asked for, each once', async () => {
    const { variants } = (await post('/messages/variants', { ...facts, tones: ['firm', 'warm', 'firm'] })).json();
    expect(variants.map((v: { tone: string }) => v.tone)).toEqual(['firm', 'warm']);
  });

  it('matches what POST /messages gives for the same tone', async () => {
    const { variants } = (await post('/messages/variants', { ...facts, tones: ['concise'] })).json();
    const single = (await post('/messages', { ...facts, tone: 'concise' })).json();
    expect(variants[0]).toEqual(single);
  });

  it('rejects a single `tone` (use `tones`) and unknown tones', async () => {
    const res = await post('/messages/variants', { ...facts, tone: 'warm', tones: ['blunt'] });
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/tone', '/tones/0']));
  });
});

describe('POST /messages/batch', () => {
  const good = (company: string) => ({ scenario: 'withdraw-application', tone: 'formal', candidate: { name: 'Jordan Lee' }, company });

  it('renders every item in order', async () => {
    const items = ['Initech', 'Globex', 'Umbrella'].map(good);
    const { results } = (await post('/messages/batch', { items })).json();
    expect(results.map((r: { index: number }) => r.index)).toEqual([0, 1, 2]);
    results.forEach((r: { status: number; message: { text: string } }, i: number) => {
      expect(r.status).toBe(200);
      expect(r.message.text).toContain(items[i]!.company);
    });
  });

  it('fails a bad item alone, with pointers into the batch body', async () => {
    const items = [good('Initech'), { ...good('Globex'), tone: 'rude', extra: 1 }, { scenario: 'firm-no' }, good('Umbrella')];
    const res = await post('/messages/batch', { items });
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results.map((r: { status: number }) => r.status)).toEqual([200, 400, 400, 200]);
    expect(results[1].problem.type).toBe('/problems/validation');
    expect(results[1].problem.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/items/1/extra', '/items/1/tone']);
    expect(results[2].problem.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/items/2/candidate', '/items/2/company']);
    expect(results[3].message.text).toContain('Umbrella');
  });

  it('reports domain checks per item too (an interview already over)', async () => {
    const items = [{ ...good('Initech'), scenario: 'last-minute', interview: { at: '2026-01-01T09:00:00Z' }, now: '2026-02-01T09:00:00Z' }];
    const { results } = (await post('/messages/batch', { items })).json();
    expect(results[0].status).toBe(400);
    expect(results[0].problem.errors[0].pointer).toBe('/items/0/interview/at');
  });

  it.each([
    [0, 'at least 1'],
    [101, 'at most 100'],
  ])('rejects a batch of %i items as a whole', async (n, message) => {
    const res = await post('/messages/batch', { items: Array.from({ length: n }, () => good('Acme')) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ pointer: '/items', message: expect.stringContaining(message) }]);
  });

  it('accepts exactly 100 items', async () => {
    const res = await post('/messages/batch', { items: Array.from({ length: 100 }, (_, i) => good(`Company ${i}`)) });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toHaveLength(100);
  });

  it('rejects a body without items, or with unknown fields', async () => {
    const res = await post('/messages/batch', { item: [] });
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/items', message: 'is required' },
        { pointer: '/item', message: 'is not a known field' },
      ]),
    );
  });
});
