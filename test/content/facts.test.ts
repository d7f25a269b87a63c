// The optional facts change the text where a person would change it, in every tone, channel and phrasing; names,
// times and typography come out as a careful writer would put them.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { leftOut, now, renderOne, service, uses, visible } from './matrix.js';

const base = {
  candidate: { name: 'Jordan Lee' },
  recipient: { name: 'Priya Shah' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  now,
};
const tomorrow = { at: '2026-11-30T15:00:00-05:00' };
const inFiveHours = { at: '2026-11-29T15:00:00-05:00' };
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

function each(filter: (s: (typeof scenarios)[number]) => boolean, fn: (scenario: (typeof scenarios)[number], tone: (typeof toneIds)[number], channel: (typeof channelIds)[number], k: number, label: string) => void) {
  for (const scenario of scenarios.filter(filter)) {
    for (const tone of toneIds) for (const channel of channelIds) for (const k of [0, 1, 2]) fn(scenario, tone, channel, k, `${scenario.id}/${tone}/${channel}/${k}`);
  }
}
const refused = (body: object) => {
  const result = service.render(MessageRequestSchema.parse(body));
  return result.ok ? [] : result.errors;
};

describe('timing', () => {
  it('apologises for short notice, and advises a call, exactly when the interview is under 24 hours away', () => {
    each((s) => uses(s, '/interview/at'), (scenario, tone, channel, k, label) => {
      const soon = renderOne({ ...base, interview: inFiveHours }, scenario, tone, channel, { picker: rotation(k) });
      expect(soon.text, label).toMatch(/short notice|so late|this late|so close to|late notice/i);
      expect(soon.text, label).toContain('today at 3 PM');
      // A voicemail is the call already: its advice is to follow up in writing.
      const call = soon.advice.find((a) => a.code === (channel === 'voicemail' ? 'write-as-well' : 'call-as-well'));
      expect(call?.text, label).toMatch(channel === 'voicemail' ? /\bemail\b/ : /\bcall\b/);
      if (scenario.id === 'last-minute') return;
      const later = renderOne({ ...base, interview: tomorrow }, scenario, tone, channel, { picker: rotation(k) });
      expect(later.text, label).not.toMatch(/short notice|so late|this late|so close to|late notice/i);
      expect(later.advice.map((a) => a.code), label).not.toContain('call-as-well');
    });
  });

  it('refuses a last-minute cancellation without an interview time, or a day or more ahead, naming the scenarios to use', () => {
    expect(refused({ ...base, scenario: 'last-minute' })).toEqual([{ pointer: '/interview/at', message: expect.stringMatching(/is required/) }]);
    const far = refused({ ...base, scenario: 'last-minute', interview: { at: '2027-02-28T15:00:00-05:00' } });
    expect(far).toEqual([{ pointer: '/interview/at', message: expect.stringMatching(/not short notice.*use accepted-another-offer, keep-door-open, personal-reasons, withdraw-application/) }]);
    expect(refused({ ...base, scenario: 'last-minute', interview: { at: '2026-11-30T10:00:00-05:00' } })).toEqual([{ pointer: '/interview/at', message: expect.stringMatching(/24 hours/) }]);
    expect(refused({ ...base, scenario: 'last-minute', interview: { at: '2026-11-30T09:59:00-05:00' } })).toEqual([]);
  });

  it('says "tomorrow" and "today" by the calendar of the place the interview is in', () => {
    const scenario = byId('accepted-another-offer');
    const lateEvening = { ...base, now: '2026-11-29T23:00:00-05:00', interview: { at: '2026-11-30T09:00:00-05:00' } };
    expect(renderOne(lateEvening, scenario, 'concise', 'email').text).toContain('tomorrow at 9 AM');
    const tokyo = { ...base, now: '2026-12-01T00:30:00+09:00', interview: { at: '2026-12-01T10:00:00+09:00' } };
    expect(renderOne(tokyo, scenario, 'concise', 'email').text).toContain('today at 10 AM');
  });

  it('names the time zone when the two people are in different ones, in the interview\'s zone', () => {
    const scenario = byId('withdraw-application');
    const apart = { ...base, now: '2026-11-29T18:00:00+01:00', interview: { at: '2026-12-01T17:00:00Z', timeZone: 'America/Los_Angeles' } };
    expect(renderOne(apart, scenario, 'concise', 'email').text).toContain('on Tuesday at 9 AM PT');
    expect(renderOne(apart, scenario, 'concise', 'email', { language: 'en-GB' }).text).toContain('on Tuesday at 9 am Los Angeles time');
    const together = { ...base, now: '2026-11-29T10:00:00-08:00', interview: apart.interview };
    expect(renderOne(together, scenario, 'concise', 'email').text).toMatch(/at 9 AM\b(?! PT)/);
  });
});

describe('optional facts', () => {
  it('name the new employer only when the candidate gives one', () => {
    each((s) => uses(s, '/newEmployer'), (scenario, tone, channel, k, label) => {
      const named = renderOne({ ...base, newEmployer: 'Globex' }, scenario, tone, channel, { picker: rotation(k) });
      expect(named.text, label).toContain('Globex');
      const unnamed = renderOne(base, scenario, tone, channel, { picker: rotation(k) });
      expect(unnamed.text, label).not.toContain('Globex');
    });
  });

  it('ask to stay in touch exactly when keepDoorOpen is set (keep-door-open always does)', () => {
    each((s) => uses(s, '/keepDoorOpen') || s.id === 'keep-door-open', (scenario, tone, channel, k, label) => {
      if (scenario.id === 'last-minute') return;
      const open = renderOne({ ...base, keepDoorOpen: true }, scenario, tone, channel, { picker: rotation(k) });
      expect(open.parts.doorOpen, label).toBeTruthy();
      const closed = renderOne({ ...base, ...(scenario.id !== 'keep-door-open' && { keepDoorOpen: false }) }, scenario, tone, channel, { picker: rotation(k) });
      if (scenario.id === 'keep-door-open') expect(closed.parts.doorOpen, label).toBeTruthy();
      else expect(closed.parts.doorOpen, label).toBeUndefined();
    });
  });

  it('offer to introduce the referral by name where the scenario takes one', () => {
    each((s) => uses(s, '/referral'), (scenario, tone, channel, k, label) => {
      const m = renderOne({ ...base, referral: 'Sam Rivera' }, scenario, tone, channel, { picker: rotation(k) });
      expect(m.parts.referral, label).toContain('Sam Rivera');
      expect(renderOne(base, scenario, tone, channel, { picker: rotation(k) }).parts.referral, label).toBeUndefined();
    });
  });

  it('ask for no further contact in firm-no only when requested', () => {
    each((s) => s.id === 'firm-no', (scenario, tone, channel, k, label) => {
      const asked = renderOne({ ...base, requestNoFurtherContact: true }, scenario, tone, channel, { picker: rotation(k) });
      expect(asked.text, label).toMatch(/remove me|remove my details|no further contact|don't contact me|do not contact me|not contact me|off your list/i);
      const notAsked = renderOne({ ...base, requestNoFurtherContact: false }, scenario, tone, channel, { picker: rotation(k) });
      expect(notAsked.text, label).not.toMatch(/remove me|no further contact|contact me|off your list/i);
    });
  });
});

describe('names and typography', () => {
  it('greets by the preferred name, or a given name, never an initial', () => {
    const scenario = byId('withdraw-application');
    for (const channel of channelIds) {
      expect(renderOne({ ...base, recipient: { name: 'Mary Ann Jones', preferredName: 'Mary Ann' } }, scenario, 'warm', channel).parts.greeting).toMatch(/\bMary Ann\b/);
      expect(renderOne({ ...base, recipient: { name: 'J. Robert Smith' } }, scenario, 'warm', channel).parts.greeting).toMatch(/\bRobert\b/);
      expect(renderOne({ ...base, recipient: { name: 'J. R. Smith' } }, scenario, 'warm', channel).parts.greeting).not.toMatch(/(Hi|Hello) J\.,/);
    }
    // Formal letters use the title the platform gave, in each English's style; a voicemail never the full name.
    const titled = { ...base, recipient: { name: 'Priya Shah', honorific: 'ms' as const } };
    expect(renderOne(titled, scenario, 'formal', 'email').parts.greeting).toBe('Dear Ms. Shah,');
    expect(renderOne(titled, scenario, 'formal', 'email', { language: 'en-GB' }).parts.greeting).toBe('Dear Ms Shah,');
    expect(renderOne(base, scenario, 'formal', 'voicemail').parts.greeting).not.toContain('Priya Shah');
  });

  it('keeps every subject within 77 characters, and the name in it, when the name, role and reference are all long', () => {
    const long = {
      ...base,
      candidate: { name: 'Rosa María Del Toro-Hennessy de la Vega' },
      role: 'Revenue Cycle Analyst III – Epic Resolute PB Implementation',
      jobReference: 'R0048812-2026-CHI',
    };
    for (const language of ['en-US', 'de-DE', 'fr-FR', 'es-ES']) {
      for (const scenario of scenarios.filter((s) => s.id !== 'last-minute')) {
        for (const tone of toneIds) {
          const m = renderOne(long, scenario, tone, 'email', { language });
          expect(m.subject!.length, `${language} ${scenario.id} ${tone}: ${m.subject}`).toBeLessThanOrEqual(77);
          expect(m.subject, `${language} ${scenario.id} ${tone}`).toContain('Del Toro-Hennessy');
        }
      }
    }
  });

  it('joins a specialty written after a dash as each language writes it, and never puts a dash or bracket in speech or a text', () => {
    const cases = [
      ['en-US', 'Medical Assistant – Orthopedics', 'Medical Assistant, Orthopedics'],
      ['en-GB', 'Litigation Paralegal - eDiscovery (Bilingual Spanish) #LI-Hybrid', 'Litigation Paralegal, eDiscovery'],
      ['fr-FR', 'Attaché·e de recherche clinique – oncologie', 'Attaché de recherche clinique en oncologie'],
      ['es-ES', 'Enfermera – Oncología', 'Enfermera de oncología'],
      ['de-DE', 'Referent – Fördermittel', 'Referent im Bereich Fördermittel'],
      // A contract or a place is never a specialty, wherever its segment sits.
      ['fr-CA', 'Planificateur(trice) de la demande (H/F) - poste permanent', 'Planificateur de la demande'],
      ['fr-FR', 'Juriste contentieux construction / assurances – CDI – Paris 8e (F/H)', 'Juriste contentieux construction / assurances'],
      ['es-MX', 'Enfermera - indefinido - Oncología', 'Enfermera de oncología'],
      ['de-CH', 'Buchhalter (m/w/d) – Festanstellung – Vollzeit – Zürich Kreis 5', 'Buchhalter'],
      ['en-US', 'Medical Assistant - Full-time - Orthopedics - Chicago', 'Medical Assistant, Orthopedics'],
    ] as const;
    for (const [language, role, written] of cases) {
      for (const channel of channelIds) {
        const m = renderOne({ ...base, role }, byId('withdraw-application'), 'warm', channel, { language });
        expect(m.facts.role?.name, `${language} ${channel}`).toBe(written);
        if (channel === 'voicemail' || channel === 'sms') expect(m.text, `${language} ${channel}`).not.toMatch(/[()–]| - /);
        // French writes the title in lower case in running text ("le poste d'attaché de recherche clinique").
        else expect(m.text, `${language} ${channel}`).toContain(language.startsWith('fr') ? written.charAt(0).toLocaleLowerCase('fr') + written.slice(1) : written);
      }
    }
  });

  it('never doubles the full stop of a name that ends in one', () => {
    const legal = { ...base, company: 'Brightline Analytics, Inc.', candidate: { name: 'Robert Smith Jr.' }, newEmployer: 'Kowalski Bros. Co.' };
    each((s) => true, (scenario, tone, channel, k, label) => {
      if (scenario.id === 'last-minute') return;
      expect(renderOne(legal, scenario, tone, channel, { picker: rotation(k) }).text, label).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    });
  });

  it('names a company without its legal form in every tone, channel and subject, and says what it understood', () => {
    const scenario = byId('withdraw-application');
    const facts = { ...base, company: 'Brightline Analytics, Inc.' };
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        const m = renderOne(facts, scenario, tone, channel);
        expect(visible(m), `${tone}/${channel}`).toContain('Brightline Analytics');
        expect(visible(m).replace(m.facts.company.legalName, ''), `${tone}/${channel}`).not.toMatch(/\bInc\b/);
        expect(m.facts.company).toEqual({ name: 'Brightline Analytics', legalForm: 'Inc.', legalName: 'Brightline Analytics, Inc.' });
      }
    }
  });

  it('puts the right article before initialisms and acronyms', () => {
    const scenario = byId('decline-offer');
    const article = (role: string) => {
      for (const k of [0, 1, 2]) {
        const m = renderOne({ ...base, role }, scenario, 'warm', 'email', { picker: rotation(k) });
        const found = new RegExp(`\\b(an?) ${role}`).exec(m.text);
        if (found) return found[1];
      }
      return undefined;
    };
    expect(article('R&D Engineer')).toBe('an');
    expect(article('UX Designer')).toBe('a');
    expect(article('MBA Intern')).toBe('an');
    expect(article('NASA Liaison')).toBe('a');
  });

  it('keeps a text message in GSM-7: a typed curly apostrophe becomes a plain one', () => {
    const m = renderOne({ ...base, candidate: { name: 'Siobhán O’Brien' } }, scenarios[0]!, 'warm', 'sms');
    expect(m.text).toContain("O'Brien");
    // á is outside GSM-7: the name is kept as written, and the advice says what that costs.
    expect(m.stats.smsEncoding).toBe('UCS-2');
    expect(m.advice.find((a) => a.code === 'sms-unicode')?.text).toMatch(/70 characters/);
  });

  it('signs a warm or concise text or call with the name the candidate goes by, which also keeps a text out of UCS-2', () => {
    const candidate = { givenName: 'María Fernanda', familyName: 'Delgado-Reyes', preferredName: 'Fernanda' };
    const m = renderOne({ ...base, candidate }, byId('withdraw-application'), 'warm', 'sms');
    expect(m.text).toContain('Fernanda Delgado-Reyes');
    expect(m.text).not.toContain('María');
    expect(m.stats.smsEncoding).toBe('GSM-7');
    // A warm or concise text or call says the name the candidate goes by, as the warm email signs; a formal or firm
    // one, like a formal email, the name the candidate wrote, so the team can match the caller to the file.
    const plain = { givenName: 'Mary Ann', familyName: 'Delgado', preferredName: 'Annie' };
    expect(renderOne({ ...base, candidate: plain }, byId('withdraw-application'), 'concise', 'sms').text).toContain('Annie Delgado');
    expect(renderOne({ ...base, candidate: plain }, byId('withdraw-application'), 'warm', 'voicemail').text).not.toContain('Mary Ann');
    expect(renderOne({ ...base, candidate: plain }, byId('withdraw-application'), 'formal', 'voicemail').text).toContain('Mary Ann Delgado');
    expect(renderOne({ ...base, candidate: plain }, byId('withdraw-application'), 'firm', 'sms').text).toContain('Mary Ann Delgado');
    expect(renderOne({ ...base, candidate }, byId('withdraw-application'), 'formal', 'email').text).toContain('María Fernanda Delgado-Reyes');
  });

  it('keeps a text within its limit with very long names, and says what it left out', () => {
    const scenario = byId('withdraw-application');
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
    expect(leftOut(m).length).toBeGreaterThan(0);
    expect(m.advice.find((a) => a.code === 'sms-shortened')?.text).toMatch(/leaves out/);
  });
});

describe('phrasing', () => {
  const scenario = byId('accepted-another-offer');
  const facts = { ...base, interview: tomorrow };

  it('gives the same message for the same seed, and another for another seed', () => {
    const a = renderOne(facts, scenario, 'warm', 'email', { seed: 'application-1' });
    expect(renderOne(facts, scenario, 'warm', 'email', { seed: 'application-1' })).toEqual(a);
    const texts = new Set(['application-2', 'application-3', 'application-4', 'application-5'].map((seed) => renderOne(facts, scenario, 'warm', 'email', { seed }).text));
    expect(texts.size).toBeGreaterThan(1);
    // The message id (and so the ETag) changes with the wording.
    const ids = new Set(['application-1', 'application-2', 'application-3'].map((seed) => renderOne(facts, scenario, 'warm', 'email', { seed }).id));
    expect(ids.size).toBeGreaterThan(1);
  });

  it('derives a seed from the people and the company, so that two candidates word the same facts differently', () => {
    const candidates = ['Jordan Lee', 'Maria Fernandes', 'Ayesha Khan', 'Tom Becker', 'Sam Rivera', 'Ana Ruiz'];
    const messages = candidates.map((name) => renderOne({ ...facts, candidate: { name } }, scenario, 'warm', 'email'));
    expect(new Set(messages.map((m) => m.phrasingSeed)).size).toBe(candidates.length);
    expect(new Set(messages.map((m) => m.text.replace(/Jordan Lee|Maria Fernandes|Ayesha Khan|Tom Becker|Sam Rivera|Ana Ruiz|Jordan|Maria|Ayesha|Tom|Sam|Ana/g, 'X'))).size).toBeGreaterThan(2);
  });
});
