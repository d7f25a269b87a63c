// How an English reason joins the decision: a detail with a finite verb is a clause and takes "because"; only a
// detail with no verb takes "because of". A reader in London failed "because of the Friday in-office requirement
// clashes with my caring responsibilities".
import { describe, expect, it } from 'vitest';
import { enGB, enUS } from '../../src/messages/languages/en.js';
import { createMessageService } from '../../src/messages/service.js';

describe('becauseClause with a verb in -s or -es', () => {
  it('joins a clause whose verb is in the third person with "because"', () => {
    expect(enGB.becauseClause('the Friday in-office requirement clashes with my caring responsibilities')).toBe(
      'because the Friday in-office requirement clashes with my caring responsibilities',
    );
    expect(enUS.becauseClause('the Friday in-office requirement conflicts with my childcare')).toBe('because the Friday in-office requirement conflicts with my childcare');
    expect(enUS.becauseClause('the on-call rota runs into my evenings')).toBe('because the on-call rota runs into my evenings');
    expect(enGB.becauseClause('the start date falls in the middle of my notice period')).toBe('because the start date falls in the middle of my notice period');
    expect(enUS.becauseClause('my daughter’s school closes at noon on Fridays')).toBe('because my daughter’s school closes at noon on Fridays');
    expect(enGB.becauseClause('the commute to Leeds means two hours each way')).toBe('because the commute to Leeds means two hours each way');
    expect(enGB.becauseClause('the hybrid pattern makes childcare impossible')).toBe('because the hybrid pattern makes childcare impossible');
    expect(enUS.becauseClause('the role no longer suits')).toBe('because the role no longer suits');
  });

  it('keeps "because of" for a detail with no verb, plural nouns in -s and -es included', () => {
    expect(enUS.becauseClause('a long-planned move to Denver')).toBe('because of a long-planned move to Denver');
    expect(enUS.becauseClause('scheduling conflicts with my current job')).toBe('because of scheduling conflicts with my current job');
    expect(enGB.becauseClause("my family's needs at the moment")).toBe("because of my family's needs at the moment");
    expect(enGB.becauseClause('the long hours and weekend demands')).toBe('because of the long hours and weekend demands');
    expect(enUS.becauseClause('the demands of the on-call schedule')).toBe('because of the demands of the on-call schedule');
    expect(enUS.becauseClause('ongoing health issues at home')).toBe('because of ongoing health issues at home');
  });

  it('writes the decision and its reason as one sentence a native would write', () => {
    const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00Z') });
    const result = service.render({
      scenario: 'decline-offer',
      channel: 'sms',
      tone: 'formal',
      language: 'en-GB',
      candidate: { name: 'Eluned ap Gwilym-Fairweather' },
      recipient: { name: 'Ptolemy Fiennes-Akinola' },
      company: 'Harcourt Vane & Lisle',
      role: 'Senior Paralegal',
      reason: { code: 'schedule', detail: 'the Friday in-office requirement clashes with my caring responsibilities', disclosure: 'specific' },
      openToNegotiation: true,
    } as never);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.message.text).toContain('as it stands because the Friday in-office requirement clashes with my caring responsibilities.');
    expect(result.message.text).not.toContain('because of');
  });
});
