// The optional facts change the text where a person would change it, in every tone and channel.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds } from '../../src/messages/catalogue.js';
import { leftOut, now, renderOne, uses } from './fixtures.js';

const base = {
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  now,
};
const tomorrow = { at: '2026-11-30T15:00:00-05:00' };
const inFiveHours = { at: '2026-11-29T15:00:00-05:00' };

function each(filter: (s: (typeof scenarios)[number]) => boolean, fn: (scenario: (typeof scenarios)[number], tone: (typeof toneIds)[number], channel: (typeof channelIds)[number], label: string) => void) {
  for (const scenario of scenarios.filter(filter)) {
    for (const tone of toneIds) for (const channel of channelIds) fn(scenario, tone, channel, `${scenario.id}/${tone}/${channel}`);
  }
}

describe('optional facts', () => {
  it('apologise for short notice, and advise a call, when the interview is under 24 hours away', () => {
    each((s) => uses(s, '/interview/at'), (scenario, tone, channel, label) => {
      const soon = renderOne({ ...base, interview: inFiveHours }, scenario, tone, channel);
      expect(soon.text, label).toMatch(/short notice|last minute/i);
      expect(soon.text, label).toContain('today at 3 pm');
      // A voicemail is the call already: its advice is to follow up in writing.
      const call = soon.advice.find((a) => a.code === (channel === 'voicemail' ? 'write-as-well' : 'call-as-well'));
      expect(call?.text, label).toMatch(channel === 'voicemail' ? /\bemail\b/ : /\bcall\b/);
      // A day and more ahead is not short notice, except in the scenario that is about short notice.
      const later = renderOne({ ...base, interview: tomorrow }, scenario, tone, channel);
      if (scenario.id === 'last-minute') expect(later.text, label).toMatch(/short notice|last minute/i);
      else expect(later.text, label).not.toMatch(/short notice|last minute/i);
    });
  });

  it('make last-minute apologise and advise a call even without an interview time', () => {
    each((s) => s.id === 'last-minute', (scenario, tone, channel, label) => {
      const m = renderOne(base, scenario, tone, channel);
      expect(m.text, label).toMatch(/short notice/i);
      expect(m.advice.map((a) => a.code), label).toContain(channel === 'voicemail' ? 'write-as-well' : 'call-as-well');
    });
  });

  it('name the new employer only when the candidate gives one', () => {
    each((s) => uses(s, '/newEmployer'), (scenario, tone, channel, label) => {
      const named = renderOne({ ...base, newEmployer: 'Globex' }, scenario, tone, channel);
      expect(named.text, label).toContain('Globex');
      const unnamed = renderOne(base, scenario, tone, channel);
      expect(unnamed.text, label).not.toContain('Globex');
      if (scenario.id === 'accepted-another-offer') expect(unnamed.text, label).toMatch(/another offer|elsewhere/);
    });
  });

  it('ask to stay in touch exactly when keepDoorOpen is set (keep-door-open always does)', () => {
    const stayInTouch = /(stay|staying|get back) in touch|future|keep me in mind|reconnect|again|other roles|paths cross|work together|later|hear (from you|about|of)|consider/i;
    each((s) => uses(s, '/keepDoorOpen') || s.id === 'keep-door-open', (scenario, tone, channel, label) => {
      const open = renderOne({ ...base, keepDoorOpen: true }, scenario, tone, channel);
      expect(open.parts.doorOpen, label).toMatch(stayInTouch);
      const closed = renderOne({ ...base, keepDoorOpen: false }, scenario, tone, channel);
      if (scenario.id === 'keep-door-open') expect(closed.parts.doorOpen, label).toMatch(stayInTouch);
      else expect(closed.parts.doorOpen, label).toBeUndefined();
    });
  });

  it('offer to introduce the referral by name where the scenario takes one', () => {
    each((s) => uses(s, '/referral'), (scenario, tone, channel, label) => {
      const m = renderOne({ ...base, referral: 'Sam Rivera' }, scenario, tone, channel);
      expect(m.parts.referral, label).toContain('Sam Rivera');
      expect(m.parts.referral, label).toMatch(/introduce|refer|put you in touch/);
      expect(renderOne(base, scenario, tone, channel).parts.referral, label).toBeUndefined();
    });
  });

  it('ask for no further contact in firm-no only when requested', () => {
    each((s) => s.id === 'firm-no', (scenario, tone, channel, label) => {
      const asked = renderOne({ ...base, requestNoFurtherContact: true }, scenario, tone, channel);
      expect(asked.text, label).toMatch(/remove me|no further contact|don't contact me|do not contact me|off your list/i);
      const notAsked = renderOne({ ...base, requestNoFurtherContact: false }, scenario, tone, channel);
      expect(notAsked.text, label).not.toMatch(/remove me|no further contact|contact me|off your list/i);
    });
  });

  it('say "tomorrow" and "today" by the calendar of the place the interview is in', () => {
    const scenario = scenarios.find((s) => s.id === 'accepted-another-offer')!;
    // 11 pm in New York on the 29th is already the 30th in UTC: the interview at 9 am on the 30th, New York
    // time, is still "tomorrow" there.
    const lateEvening = { ...base, now: '2026-11-29T23:00:00-05:00', interview: { at: '2026-11-30T09:00:00-05:00' } };
    expect(renderOne(lateEvening, scenario, 'concise', 'email').text).toContain('tomorrow at 9 am');
    // Just after midnight in Tokyo it is still the previous afternoon in UTC, yet an interview at 10 am Tokyo
    // time the same day is "today".
    const tokyo = { ...base, now: '2026-12-01T00:30:00+09:00', interview: { at: '2026-12-01T10:00:00+09:00' } };
    expect(renderOne(tokyo, scenario, 'concise', 'email').text).toContain('today at 10 am');
  });

  it('keep a text message in GSM-7: a typed curly apostrophe becomes a plain one', () => {
    const m = renderOne({ ...base, candidate: { name: 'Siobhán O’Brien' } }, scenarios[0]!, 'warm', 'sms');
    expect(m.text).toContain("O'Brien");
    // á is outside GSM-7: the name is kept as written, and the advice says what that costs.
    expect(m.stats.smsEncoding).toBe('UCS-2');
    expect(m.advice.find((a) => a.code === 'sms-unicode')?.text).toMatch(/70 characters/);
  });

  it('keep an SMS within two segments with a very long name, and say what it left out', () => {
    const scenario = scenarios.find((s) => s.id === 'withdraw-application')!;
    const m = renderOne(
      {
        ...base,
        company: 'The International Federation of Red Cross and Red Crescent Societies',
        role: 'Senior Humanitarian Logistics Coordinator',
        interview: tomorrow,
        keepDoorOpen: true,
        referral: 'Maximilian Oyelaran-Fitzgerald',
      },
      scenario,
      'formal',
      'sms',
    );
    expect(m.stats.smsSegments).toBeLessThanOrEqual(2);
    expect(m.text).not.toContain('Senior Humanitarian Logistics Coordinator');
    expect(leftOut(m)).toContain('the role');
    // What it kept, it says; what it dropped, the advice names.
    if (!m.text.includes('Maximilian')) expect(leftOut(m)).toContain('Maximilian Oyelaran-Fitzgerald');
  });
});
