// Discovery endpoints: what an integrator reads before sending the first render.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarioIds, toneIds } from '../../src/messages/catalogue.js';
import { useApp } from '../helper.js';

const ctx = useApp();

describe('GET /messages/scenarios', () => {
  it('lists every scenario with its tones, channels, fields and a complete example', async () => {
    const res = await ctx.app.inject({ url: '/messages/scenarios' });
    expect(res.statusCode).toBe(200);
    const { scenarios } = res.json();
    expect(scenarios.map((s: { id: string }) => s.id)).toEqual([...scenarioIds]);
    for (const s of scenarios) {
      expect(s.title).toBeTruthy();
      expect(s.description.length).toBeGreaterThan(40);
      expect(toneIds).toContain(s.defaultTone);
      expect(s.tones).toEqual([...toneIds]);
      expect(s.channels).toEqual([...channelIds]);
      // last-minute needs to know when the interview is, to hold it to short notice.
      expect(s.fields.required).toEqual(s.id === 'last-minute' ? ['/candidate/name', '/company', '/interview/at'] : ['/candidate/name', '/company']);
      expect(s.example.scenario).toBe(s.id);
    }
  });

  it("gives examples that are valid POST /messages bodies rendering in the scenario's default tone", async () => {
    const { scenarios } = (await ctx.app.inject({ url: '/messages/scenarios' })).json();
    for (const s of scenarios) {
      const res = await ctx.app.inject({ method: 'POST', url: '/messages', payload: s.example });
      expect(res.statusCode, s.id).toBe(200);
      expect(res.json().tone).toBe(s.defaultTone);
    }
  });

  it('only puts fields in an example that the scenario says it uses', async () => {
    const { scenarios } = (await ctx.app.inject({ url: '/messages/scenarios' })).json();
    for (const s of scenarios) {
      const allowed = new Set([...s.fields.required, ...s.fields.uses]);
      const pointers = Object.entries(s.example).flatMap(([key, value]) =>
        value !== null && typeof value === 'object' ? Object.keys(value).map((k) => `/${key}/${k}`) : [`/${key}`],
      );
      for (const p of pointers.filter((p) => !['/scenario', '/tone', '/channel'].includes(p))) {
        expect(allowed.has(p), `${s.id} ${p}`).toBe(true);
      }
    }
  });
});

describe('GET /messages/scenarios/{id}', () => {
  it('returns one scenario', async () => {
    const res = await ctx.app.inject({ url: '/messages/scenarios/firm-no' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 'firm-no', defaultTone: 'firm' });
    expect(res.json().fields.uses).toContain('/requestNoFurtherContact');
  });

  it('answers an unknown id with a 404 problem naming the known ids', async () => {
    const res = await ctx.app.inject({ url: '/messages/scenarios/ghosting' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status: 404, title: 'Unknown scenario' });
    for (const id of scenarioIds) expect(body.detail).toContain(id);
  });
});

describe('GET /messages/tones and /messages/channels', () => {
  it('describes every tone', async () => {
    const { tones } = (await ctx.app.inject({ url: '/messages/tones' })).json();
    expect(tones.map((t: { id: string }) => t.id)).toEqual([...toneIds]);
    for (const t of tones) expect(t.description.length).toBeGreaterThan(20);
  });

  it('describes every channel', async () => {
    const { channels } = (await ctx.app.inject({ url: '/messages/channels' })).json();
    expect(channels.map((c: { id: string }) => c.id)).toEqual([...channelIds]);
    for (const c of channels) expect(c.description.length).toBeGreaterThan(20);
  });
});
