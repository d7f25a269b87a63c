// Reason codes at each disclosure level, in every scenario that takes a reason, tone and channel.
import { describe, expect, it } from 'vitest';
import { channelIds, reasonCodes, scenarios, toneIds, type ReasonCode } from '../../src/messages/catalogue.js';
import { now, renderOne, uses, visible } from './fixtures.js';

// Base facts with nothing that could echo a reason's words (no referral, no wish to stay in touch).
const base = {
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  interview: { at: '2026-12-02T15:00:00-05:00' },
  now,
};

/** Words that say the reason; none of them appears in a message that gives no reason. */
const says: Record<ReasonCode, RegExp> = {
  'another-offer': /another offer/i,
  compensation: /compensation|package|\bpay\b/i,
  schedule: /\bhours\b|\bschedule\b/i,
  location: /location/i,
  'role-fit': /match|\bfit\b/i,
  'company-fit': /environment/i,
  personal: /personal/i,
  health: /personal/i,
  family: /personal/i,
  timing: /timing/i,
  other: /circumstances|situation|plans have changed/i,
};
const privateCodes: ReasonCode[] = ['personal', 'health', 'family'];
const detail = 'my partner starts a new job in Lisbon in March';

const withReasons = scenarios.filter((s) => uses(s, '/reason/code'));
const each = (fn: (scenario: (typeof scenarios)[number], tone: (typeof toneIds)[number], channel: (typeof channelIds)[number]) => void) => {
  for (const scenario of withReasons) for (const tone of toneIds) for (const channel of channelIds) fn(scenario, tone, channel);
};

describe('reasons', () => {
  it('say each reason at the general level where the scenario gives reasons', () => {
    each((scenario, tone, channel) => {
      for (const code of reasonCodes) {
        const m = renderOne({ ...base, reason: { code, disclosure: 'general' } }, scenario, tone, channel);
        const label = `${scenario.id}/${tone}/${channel} ${code}`;
        // personal-reasons says "personal reasons" and nothing more, whatever the code.
        if (scenario.id === 'personal-reasons') expect(m.text, label).toMatch(/personal/i);
        else expect(visible(m), label).toMatch(says[code]);
      }
    });
  });

  it('give no reason at all at disclosure "none"', () => {
    each((scenario, tone, channel) => {
      for (const code of reasonCodes) {
        const m = renderOne({ ...base, reason: { code, disclosure: 'none', detail } }, scenario, tone, channel);
        const label = `${scenario.id}/${tone}/${channel} ${code}`;
        expect(visible(m), label).not.toMatch(says[code]);
        expect(m.text, label).not.toContain('Lisbon');
      }
    });
  });

  it('keep health and family private at the general level: "personal reasons", nothing more', () => {
    each((scenario, tone, channel) => {
      for (const code of privateCodes) {
        const m = renderOne({ ...base, reason: { code, disclosure: 'general' } }, scenario, tone, channel);
        expect(m.text, `${scenario.id}/${tone}/${channel} ${code}`).not.toMatch(/health|medical|\bill\b|illness|sick|family|surgery|child/i);
        expect(m.advice.map((a) => a.code)).toContain('no-details-needed');
      }
    });
  });

  it("use the candidate's own words only at the specific level", () => {
    each((scenario, tone, channel) => {
      const general = renderOne({ ...base, reason: { code: 'family', detail, disclosure: 'general' } }, scenario, tone, channel);
      const specific = renderOne({ ...base, reason: { code: 'family', detail } }, scenario, tone, channel);
      const label = `${scenario.id}/${tone}/${channel}`;
      expect(general.text, label).not.toContain('Lisbon');
      // A detail becomes a sentence of its own, capitalised and with one full stop.
      expect(specific.text, label).toContain('My partner starts a new job in Lisbon in March.');
    });
  });

  it('do not repeat the reason a scenario already states (not-a-fit is about fit)', () => {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        const fit = scenarios.find((s) => s.id === 'not-a-fit')!;
        const m = renderOne({ ...base, reason: { code: 'role-fit' } }, fit, tone, channel);
        expect(m.text.match(/match|\bfit\b|right for me/gi)?.length, `${tone}/${channel}`).toBe(1);
      }
    }
  });
});
