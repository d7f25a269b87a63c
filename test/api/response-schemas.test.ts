// Responses are written with JSON.stringify, not re-validated at run time (see src/app.ts), so here every
// operation's answer is checked against the schema the OpenAPI document publishes for it.
import { describe, expect, it } from 'vitest';
import { BatchResponseSchema, MessageSchema, ProblemSchema, VariantsResponseSchema } from '../../src/messages/schema.js';
import { ChannelListSchema, ScenarioListSchema, ScenarioSchema, ToneListSchema } from '../../src/routes/schemas.js';
import { useApp } from '../helper.js';

const ctx = useApp({ rateLimitMax: 0 });
const get = async (url: string) => (await ctx.app.inject({ url })).json();
const post = async (url: string, payload: object) => (await ctx.app.inject({ method: 'POST', url, payload })).json();

describe('responses match their published schemas', () => {
  it('discovery', async () => {
    const list = ScenarioListSchema.parse(await get('/messages/scenarios'));
    for (const s of list.scenarios) ScenarioSchema.parse(await get(`/messages/scenarios/${s.id}`));
    ToneListSchema.parse(await get('/messages/tones'));
    ChannelListSchema.parse(await get('/messages/channels'));
    ProblemSchema.parse(await get('/messages/scenarios/nope'));
  });

  it('every scenario example on every channel and tone, single, as variants and in a batch', async () => {
    const { scenarios } = ScenarioListSchema.parse(await get('/messages/scenarios'));
    for (const s of scenarios) {
      const { tone: _tone, ...facts } = s.example;
      for (const channel of s.channels) {
        const variants = VariantsResponseSchema.parse(await post('/messages/variants', { ...facts, channel }));
        expect(variants.variants).toHaveLength(s.tones.length);
        MessageSchema.parse(await post('/messages', { ...s.example, channel }));
      }
    }
    const batch = BatchResponseSchema.parse(await post('/messages/batch', { items: [...scenarios.map((s) => s.example), { scenario: 'nope' }] }));
    expect(batch.results.at(-1)).toMatchObject({ status: 400 });
  });
});
