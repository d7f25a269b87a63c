// Reasons, scenario by scenario: each code woven into the sentence that carries the decision, at every disclosure
// level, in every tone, channel and phrasing; private details kept private unless shared on purpose; and the
// combinations no person would send refused on /reason/code, saying why.
import { describe, expect, it } from 'vitest';
import { channelIds, formalityLevels, reasonCodes, scenarios, toneIds, type ReasonCode } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { languageVariants } from '../../src/messages/languages/index.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { now, renderOne, service, uses, visible } from './matrix.js';
import { languageTests } from './registry.js';

// Base facts with nothing that could echo a reason's words (no referral, no wish to stay in touch).
const base = {
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  interview: { at: '2026-11-30T15:00:00-05:00' },
  now,
};

/** Words that say the reason, in any of its phrasings; none of them appears in a message that gives no reason. */
const says: Record<ReasonCode, RegExp> = {
  'another-offer': /another (offer|position|role|job)|an offer (from|elsewhere)|(position|role) elsewhere|new (position|role)|said yes|committed to|somewhere new|a (position|role|job) (at|with)/i,
  compensation: /compensation|package|\bpay\b|salary|remuneration/i,
  schedule: /\bhours\b|schedule|working pattern/i,
  location: /location|commute/i,
  'role-fit': /match|\bfit\b|direction|looking for|what I'm after|goals|right for me/i,
  'company-fit': /environment|workplace|organisation|organization|team/i,
  personal: /personal/i,
  health: /personal/i,
  family: /personal/i,
  timing: /timing|right (time|moment)|not the time|not looking|change jobs|a (change|move)|settled|moving now|move now|at present|new position|right now|where I am/i,
  other: /circumstances|situation|plans|things have changed/i,
};
const privateCodes: ReasonCode[] = ['personal', 'health', 'family'];
const detail = 'my partner starts a new job in Lisbon in March';

const withReasons = scenarios.filter((s) => uses(s, '/reason/code'));
const taken = (s: (typeof scenarios)[number], code: ReasonCode) => s.refusedReasons?.[code] === undefined;
function each(fn: (scenario: (typeof scenarios)[number], tone: (typeof toneIds)[number], channel: (typeof channelIds)[number], k: number) => void) {
  for (const scenario of withReasons) for (const tone of toneIds) for (const channel of channelIds) for (const k of [0, 1, 2]) fn(scenario, tone, channel, k);
}
const facts = (scenario: (typeof scenarios)[number], reason: object) => (scenario.id === 'last-minute' ? { ...base, now: '2026-11-30T09:00:00-05:00', reason } : { ...base, reason });

describe('reasons', () => {
  it('weave each reason into the sentence that carries the decision, in every phrasing', () => {
    each((scenario, tone, channel, k) => {
      for (const code of reasonCodes.filter((c) => taken(scenario, c))) {
        const m = renderOne(facts(scenario, { code, disclosure: 'general' }), scenario, tone, channel, { picker: rotation(k) });
        const label = `${scenario.id}/${tone}/${channel}/${k} ${code}`;
        // not-a-fit says "not the right fit" itself, so role-fit adds nothing; the others name their reason.
        // personal-reasons says any reason it takes as "personal reasons".
        const expected = scenario.id === 'not-a-fit' && code === 'role-fit' ? /\bfit\b|match|right for me|suit/i : scenario.id === 'personal-reasons' ? says.personal : says[code];
        expect(m.parts.decision, label).toMatch(expected);
      }
    });
  });

  it('give no reason at all at disclosure "none"', () => {
    each((scenario, tone, channel, k) => {
      // A scenario's own framing may echo the reason it implies (personal-reasons speaks of circumstances).
      for (const code of reasonCodes.filter((c) => taken(scenario, c) && c !== scenario.impliedReason && scenario.id !== 'personal-reasons')) {
        const m = renderOne(facts(scenario, { code, disclosure: 'none', detail }), scenario, tone, channel, { picker: rotation(k) });
        const label = `${scenario.id}/${tone}/${channel}/${k} ${code}`;
        expect(m.parts.decision ?? '', label).not.toMatch(says[code]);
        expect(m.text, label).not.toContain('Lisbon');
      }
    });
  });

  it('keep health, family and personal private: "personal reasons", nothing more, even with a detail', () => {
    each((scenario, tone, channel, k) => {
      for (const code of privateCodes.filter((c) => taken(scenario, c))) {
        // A detail without an explicit "specific" stays out: privacy is the default.
        const m = renderOne(facts(scenario, { code, detail: 'I have been diagnosed with a heart condition' }), scenario, tone, channel, { picker: rotation(k) });
        const label = `${scenario.id}/${tone}/${channel}/${k} ${code}`;
        expect(m.text, label).not.toMatch(/health|medical|diagnos|heart|\bill\b|illness|sick|family|surgery|child/i);
        expect(m.advice.map((a) => a.code), label).toContain('no-details-needed');
      }
    });
  });

  // A reader may ask for "for health reasons" where the candidate chose `general`: the choice to say more is theirs.
  it('keep health and family private in every variant and form of address, saying only that the reason is personal', () => {
    for (const variant of languageVariants) {
      const words = languageTests[variant.language].privateWords;
      for (const formality of variant.formality ? formalityLevels : (['formal'] as const)) {
        each((scenario, tone, channel, k) => {
          for (const code of (['health', 'family'] as const).filter((c) => taken(scenario, c))) {
            const m = renderOne(facts(scenario, { code, disclosure: 'general' }), scenario, tone, channel, { picker: rotation(k), language: variant.tag, formality });
            expect(words.exec(m.text)?.[0], `${variant.tag} ${formality} ${scenario.id}/${tone}/${channel}/${k} ${code}`).toBeUndefined();
          }
        });
      }
    }
  });

  it("put the candidate's own words in the decision only when asked to share them, and say so in the advice", () => {
    each((scenario, tone, channel, k) => {
      const label = `${scenario.id}/${tone}/${channel}/${k}`;
      const options = { picker: rotation(k) };
      if (!taken(scenario, 'family')) return;
      const general = renderOne(facts(scenario, { code: 'family', detail, disclosure: 'general' }), scenario, tone, channel, options);
      expect(general.text, label).not.toContain('Lisbon');
      const specific = renderOne(facts(scenario, { code: 'family', detail, disclosure: 'specific' }), scenario, tone, channel, options);
      expect(specific.parts.decision, label).toContain('because my partner starts a new job in Lisbon in March');
      expect(specific.advice.map((a) => a.code), label).toContain('private-detail-included');
      // A reason that is not private is shared by default when the candidate writes one.
      const code = taken(scenario, 'location') ? 'location' : 'other';
      const shared = renderOne(facts(scenario, { code, detail: 'the commute would be two hours each way' }), scenario, tone, channel, options);
      expect(shared.parts.decision, label).toContain('because the commute would be two hours each way');
    });
  });

  it('refuse the combinations no person would send, naming /reason/code and saying why', () => {
    for (const scenario of withReasons) {
      for (const code of reasonCodes.filter((c) => !taken(scenario, c))) {
        const result = service.render(MessageRequestSchema.parse({ ...facts(scenario, { code }), scenario: scenario.id }));
        expect(result.ok, `${scenario.id} ${code}`).toBe(false);
        if (!result.ok) {
          expect(result.errors).toEqual([{ pointer: '/reason/code', message: expect.stringContaining(`"${code}"`) }]);
          expect(result.errors[0]!.message).toMatch(/(use|give it in) [a-z-]+/);
        }
      }
    }
    // The refusals are deliberate and few: each scenario takes most reasons, but for the one whose reason is the
    // other offer (its detail says why the candidate took it).
    expect(withReasons.filter((s) => s.id !== 'accepted-another-offer').every((s) => reasonCodes.filter((c) => taken(s, c)).length >= 4)).toBe(true);
    const offer = withReasons.find((s) => s.id === 'accepted-another-offer');
    expect(offer && reasonCodes.filter((c) => taken(offer, c))).toEqual(['another-offer']);
  });

  it('make a named new employer the reason, and refuse a second reason beside it', () => {
    for (const id of ['withdraw-application', 'decline-offer'] as const) {
      const scenario = scenarios.find((s) => s.id === id)!;
      const named = renderOne({ ...base, newEmployer: 'Globex' }, scenario, 'formal', 'email');
      expect(named.parts.decision).toMatch(/Globex/);
      const result = service.render(MessageRequestSchema.parse({ ...base, scenario: id, newEmployer: 'Globex', reason: { code: 'schedule' } }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ pointer: '/reason/code', message: expect.stringMatching(/newEmployer/) });
      // Another offer plus the candidate's own words: why they took it follows the new employer.
      const why = renderOne({ ...base, newEmployer: 'Globex', reason: { code: 'another-offer', detail: 'it is fully remote' } }, scenario, 'warm', 'email');
      expect(why.parts.decision).toMatch(/Globex because it is fully remote/);
    }
  });

  it('let a firm offer decline close the door on a better offer only where the reason invites one', () => {
    const scenario = scenarios.find((s) => s.id === 'decline-offer')!;
    for (const channel of ['email', 'linkedin', 'voicemail'] as const) {
      for (const k of [0, 1, 2]) {
        const pay = renderOne({ ...base, reason: { code: 'compensation' } }, scenario, 'firm', channel, { picker: rotation(k) });
        expect(visible(pay), `${channel}/${k}`).toMatch(/revised offer|terms/);
        const family = renderOne({ ...base, reason: { code: 'family' } }, scenario, 'firm', channel, { picker: rotation(k) });
        expect(visible(family), `${channel}/${k}`).not.toMatch(/revised offer|terms|negotiat/);
      }
    }
  });
});
