// Every message says which company it is for: in every language variant, scenario, tone, channel and form of address,
// with and without a role and with the interview ahead or behind, in each rotation (so every phrasing is drawn).
import { describe, expect, it } from 'vitest';
import { channelIds, toneIds } from '../../src/messages/catalogue.js';
import { languageVariants } from '../../src/messages/languages/index.js';
import { rotation } from '../../src/messages/render.js';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService();
/** Three rotations render every alternative of every piece (test/content/parity.test.ts checks no piece has more). */
const rotations = [0, 1, 2];

describe('the company', () => {
  it.each(languageVariants.map((v) => [v.tag] as const))('is named in every %s message', (tag) => {
    const missing: string[] = [];
    let rendered = 0;
    for (const scenario of service.scenarios)
      for (const tone of toneIds)
        for (const channel of channelIds)
          for (const formality of ['formal', 'informal'] as const)
            for (const role of [undefined, 'Data Analyst'])
              for (const past of [false, true])
                for (const k of rotations) {
                  const { role: _role, ...example } = scenario.example as Record<string, any>;
                  const body: Record<string, any> = { ...example, tone, channel, language: tag, formality, company: 'Brightline Analytics' };
                  if (role) body.role = role;
                  if (past && body.interview) Object.assign(body, { interview: { ...body.interview, at: '2026-11-20T10:00:00Z' }, now: '2026-11-21T10:00:00Z' });
                  const result = service.render(body as never, undefined, rotation(k));
                  // Scenarios that refuse a past interview (last-minute) are not this test's business.
                  if (!result.ok) continue;
                  rendered++;
                  if (!result.message.text.includes('Brightline')) missing.push(`${scenario.id}/${tone}/${channel}/${formality}${role ? '' : '/no role'}${past ? '/past' : ''}/rotation ${k}: ${result.message.text}`);
                }
    expect(rendered).toBeGreaterThan(1000);
    expect(missing.slice(0, 3)).toEqual([]);
  });
});
