// Every scenario x tone x channel, rendered with each fact set: what a reader of any one message would notice.
import { describe, expect, it } from 'vitest';
import { shortName } from '../../src/messages/language.js';
import { SegmentedMessage } from 'sms-segments-calculator';
import { factSets, leftOut, matrix, uses, visible } from './fixtures.js';

describe('the content matrix', () => {
  it('covers every scenario, tone and channel with every fact set that applies', () => {
    // 6 fact sets x 144 combinations, less the 32 upcoming-only ones the held interview cannot apply to.
    expect(matrix.length).toBe(factSets.length * 144 - 2 * 16);
  });

  it('leaves no placeholder, empty slot, stray space or mojibake', () => {
    for (const { message, label } of matrix) {
      const text = visible(message);
      expect(text, label).not.toMatch(/\{\{|\}\}|\[|\]|undefined|\bnull\b|NaN|\[object Object\]/);
      expect(text, label).not.toMatch(/\b(Dear|Hi|Hello)\s+,|\bDear,/);
      expect(text, label).not.toMatch(/ {2}| [,.;:!?]|[,;:]\.|\.\.|,,|^ | $/m);
      expect(text, label).not.toMatch(/u2019|u201[cd]|Ã|Â|â€|\uFFFD/);
      // A sentence never starts in lower case, and no word is doubled ("the the").
      expect(text, label).not.toMatch(/[.!?] [a-z]/);
      expect(text, label).not.toMatch(/\b(\w+) \1\b/i);
    }
  });

  it('keeps every SMS within two GSM-7 segments, counted correctly, with plain punctuation', () => {
    for (const { message, label } of matrix.filter((r) => r.channel === 'sms')) {
      expect(message.text, label).not.toMatch(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]|\p{Extended_Pictographic}/u);
      expect(message.stats.smsEncoding, label).toBe('GSM-7');
      // Counted by an independent implementation, not the service's own.
      expect(message.stats.smsSegments, label).toBe(new SegmentedMessage(message.text).segmentsCount);
      expect(message.stats.smsSegments, label).toBeLessThanOrEqual(2);
      expect(message.subject, label).toBeUndefined();
    }
  });

  it('keeps LinkedIn messages under 1,000 characters, without a subject', () => {
    for (const { message, label } of matrix.filter((r) => r.channel === 'linkedin')) {
      expect([...message.text].length, label).toBeLessThan(1000);
      expect(message.subject, label).toBeUndefined();
      expect(message.html, label).toBeUndefined();
    }
  });

  it('keeps voicemail speakable and under 45 seconds at 150 words a minute', () => {
    for (const { message, label, set } of matrix.filter((r) => r.channel === 'voicemail')) {
      // Each digit of a number is said on its own, so it counts as a word.
      const spoken = message.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + (message.text.match(/\d/g)?.length ?? 0);
      expect((spoken / 150) * 60, label).toBeLessThanOrEqual(45);
      expect(message.stats.speakingSeconds, label).toBeLessThanOrEqual(45);
      expect(message.text, label).not.toMatch(/@|https?:|www\.|Subject:|[/#*_<>]/);
      const email = set.facts.candidate.email;
      if (email) expect(message.text, label).not.toContain(email);
    }
  });

  it('gives every email a one-line subject under 78 characters and an HTML body', () => {
    for (const { message, label } of matrix.filter((r) => r.channel === 'email')) {
      expect(message.subject, label).toBeTruthy();
      expect(message.subject!.length, label).toBeLessThan(78);
      expect(message.subject, label).not.toMatch(/[\r\n]|^\s|\s$/);
      expect(message.subject, label).toMatch(/^[A-Z]/);
      expect(message.html, label).toBeTruthy();
    }
  });

  it('names the candidate and the company in every message, and the role when given', () => {
    for (const { message, label, set, channel } of matrix) {
      const { candidate, company, role } = set.facts;
      const name = channel === 'linkedin' ? shortName(candidate.name) : candidate.name;
      expect(message.text, label).toContain(name);
      expect(visible(message), label).toContain(company);
      // Only an SMS may leave the role out, when long names leave no room, and its advice then says so.
      if (role && !leftOut(message).includes('the role')) expect(visible(message), label).toContain(role);
    }
  });

  it('keeps every fact in texts of normal length, and says what a long one left out', () => {
    for (const { message, label, set } of matrix) {
      if (set.normalLength) expect(leftOut(message), label).toBe('');
      else if (leftOut(message)) expect(leftOut(message), label).toMatch(/leaves out (the role|the offer to introduce|the wish)/);
    }
  });

  it('greets the recipient by name when given, and never by an empty one', () => {
    for (const { message, label, set } of matrix) {
      const recipient = set.facts.recipient?.name;
      const greeting = message.parts.greeting ?? '';
      if (recipient) expect(greeting, label).toMatch(new RegExp(`(${recipient}|${shortName(recipient)}),$`));
      else expect(greeting, label).toMatch(/^(Dear Hiring Team|Hello|Hi there|Hi),$/);
    }
  });

  it("gives the upcoming interview's day and time where the scenario is about it", () => {
    for (const { message, label, set, scenario } of matrix) {
      if (set.when && uses(scenario, '/interview/at')) expect(message.text, label).toContain(set.when);
    }
  });

  it('never cancels an interview that has already happened', () => {
    for (const { message, label } of matrix.filter((r) => r.set.name === 'interview already held')) {
      expect(message.text, label).not.toMatch(/cancel|11 am/i);
    }
  });

  it('puts the email address and phone number in the email signature, and the phone on voicemail', () => {
    for (const { message, label, set, channel, scenario } of matrix) {
      const { email, phone } = set.facts.candidate;
      const signature = message.parts.signature ?? '';
      // firm-no asks them to stop calling, so it leaves no callback number.
      if (channel === 'email' && email && scenario.id !== 'firm-no') expect(signature, label).toContain(email);
      if (channel === 'email' && phone && scenario.id !== 'firm-no') expect(signature, label).toContain(phone);
      if (channel === 'voicemail' && phone) {
        if (scenario.id === 'firm-no') expect(message.text, label).not.toContain(phone);
        else expect(signature, label).toContain(phone);
      }
      if (channel === 'sms' && email) expect(message.text, label).not.toContain(email);
    }
  });

  it('shows no fact the request did not give, nor one the scenario does not use', () => {
    const given = factSets[0]!.facts;
    const optional = [given.role!, given.recipient!.name!, given.newEmployer!, given.referral!, given.candidate.email!, given.candidate.phone!, '3 pm', 'tomorrow'];
    for (const { message, label, set, scenario } of matrix) {
      const text = visible(message);
      if (set.name === 'no optional fact') for (const value of optional) expect(text, label).not.toContain(value);
      const unused: [string, string | undefined][] = [
        ['/newEmployer', set.facts.newEmployer],
        ['/referral', set.facts.referral],
        ['/reason/detail', set.facts.reason?.detail],
      ];
      for (const [field, value] of unused) if (value && !uses(scenario, field)) expect(text, `${label} ${field}`).not.toContain(value.slice(1));
    }
  });
});
