// Facts as platforms hold them: structured names, legal forms and job-ad tags understood and shown back in
// `facts`; every cross-field contradiction refused by name, the same way by /messages, /variants and /batch.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossFieldRules } from '../../src/messages/cross-field-rules.js';
import { useApp } from '../helper.js';

const ctx = useApp();
const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url, payload });
const base = { candidate: { name: 'Jordan Lee' }, company: 'Orbitalis SAS', now: '2026-11-29T10:00:00-05:00' };

describe('the facts understood', () => {
  it('shows the names, company and role as the text used them', async () => {
    const res = await post('/messages', {
      ...base,
      scenario: 'withdraw-application',
      candidate: { givenName: 'Ana', familyName: 'de la Cruz' },
      recipient: { name: 'Dr. Andrea Vogel', honorific: 'ms' },
      company: 'Müller Logistik GmbH & Co. KG',
      role: 'Buchhalter (m/w/d)',
      jobReference: '2026-117',
      language: 'de-DE',
    });
    expect(res.statusCode).toBe(200);
    const { facts, text } = res.json();
    expect(facts).toEqual({
      candidate: { name: 'Ana de la Cruz', givenName: 'Ana', familyName: 'de la Cruz', preferredName: null, inferred: false },
      recipient: { name: 'Dr. Andrea Vogel', givenName: 'Andrea', familyName: 'Vogel', preferredName: null, inferred: true, honorific: 'ms', academicTitle: 'Dr.' },
      referral: null,
      company: { name: 'Müller Logistik', legalForm: 'GmbH & Co. KG', legalName: 'Müller Logistik GmbH & Co. KG' },
      newEmployer: null,
      role: { name: 'Buchhalter', spoken: 'Buchhalter', removed: ['(m/w/d)'] },
      jobReference: '2026-117',
      intent: 'withdraw',
    });
    expect(text).not.toContain('(m/w/d)');
    expect(text).toContain('Ana de la Cruz');
  });

  it('takes a referral as a name or as its parts', async () => {
    const body = { ...base, scenario: 'keep-door-open', referral: { givenName: 'Sam', familyName: 'Rivera' } };
    const res = await post('/messages', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().facts.referral).toMatchObject({ name: 'Sam Rivera', familyName: 'Rivera', inferred: false });
    expect(res.json().text).toContain('Sam Rivera');
  });
});

/** One request per cross-field rule that breaks it, and the pointer it must be refused on. */
const broken: Record<string, [object, string]> = {
  'candidate-name': [{ ...base, scenario: 'withdraw-application', candidate: { givenName: 'Jordan' } }, '/candidate/name'],
  'candidate-givenName-in-name': [{ ...base, scenario: 'withdraw-application', candidate: { name: 'Jordan Lee', givenName: 'Robin' } }, '/candidate/givenName'],
  'candidate-familyName-in-name': [{ ...base, scenario: 'withdraw-application', candidate: { name: 'Jordan Lee', familyName: 'Smith' } }, '/candidate/familyName'],
  'recipient-givenName-in-name': [{ ...base, scenario: 'withdraw-application', recipient: { name: 'Priya Shah', givenName: 'Dana' } }, '/recipient/givenName'],
  'recipient-familyName-in-name': [{ ...base, scenario: 'withdraw-application', recipient: { name: 'Priya Shah', familyName: 'Jones' } }, '/recipient/familyName'],
  'recipient-name-parts': [{ ...base, scenario: 'withdraw-application', recipient: { givenName: 'Priya' } }, '/recipient/name'],
  'referral-name': [{ ...base, scenario: 'keep-door-open', referral: { givenName: 'Sam' } }, '/referral/familyName'],
  'interview-required': [{ ...base, scenario: 'last-minute' }, '/interview/at'],
  'interview-upcoming': [{ ...base, scenario: 'accepted-another-offer', interview: { at: '2026-11-28T10:00:00-05:00' } }, '/interview/at'],
  'short-notice': [{ ...base, scenario: 'last-minute', interview: { at: '2026-12-03T10:00:00-05:00' } }, '/interview/at'],
  'zone-offset': [{ ...base, scenario: 'withdraw-application', interview: { at: '2026-12-03T10:00:00-05:00', timeZone: 'Europe/Berlin' } }, '/interview/timeZone'],
  'reason-fits-scenario': [{ ...base, scenario: 'not-a-fit', reason: { code: 'health' } }, '/reason/code'],
  'new-employer-reason': [{ ...base, scenario: 'withdraw-application', newEmployer: 'Globex', reason: { code: 'location' } }, '/reason/code'],
  'new-employer-detail': [{ ...base, scenario: 'withdraw-application', newEmployer: 'Sable & Finch', reason: { detail: 'the role would mean relocating to Lausanne' } }, '/reason/detail'],
  'new-employer-not-company': [{ ...base, scenario: 'accepted-another-offer', newEmployer: 'orbitalis' }, '/newEmployer'],
  'keep-door-open': [{ ...base, scenario: 'keep-door-open', keepDoorOpen: false }, '/keepDoorOpen'],
  'intent-scenario': [{ ...base, scenario: 'withdraw-application', intent: 'reschedule' }, '/intent'],
  'reschedule-interview': [{ ...base, scenario: 'personal-reasons', intent: 'reschedule' }, '/interview/at'],
  'availability-reschedule': [{ ...base, scenario: 'personal-reasons', availability: 'any morning next week' }, '/availability'],
  'negotiation-reason': [{ ...base, scenario: 'decline-offer', openToNegotiation: true, reason: { code: 'location' } }, '/openToNegotiation'],
  'negotiation-firm': [{ ...base, scenario: 'decline-offer', tone: 'firm', openToNegotiation: true, reason: { code: 'compensation' } }, '/openToNegotiation'],
  'deletion-scenario': [{ ...base, scenario: 'withdraw-application', keepDoorOpen: true, requestDataDeletion: true }, '/requestDataDeletion'],
  'deletion-negotiation': [{ ...base, scenario: 'decline-offer', openToNegotiation: true, requestDataDeletion: true, reason: { code: 'compensation' } }, '/requestDataDeletion'],
};

describe('contradictions refused by name', () => {
  it('has a request here for every rule in the list, and the README and the contract list every rule', async () => {
    expect(Object.keys(broken).sort()).toEqual(crossFieldRules.map((r) => r.id).sort());
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const doc = (await ctx.app.inject('/openapi.json')).json();
    const request = doc.components.schemas.MessageRequestInput ?? doc.components.schemas.MessageRequest;
    for (const rule of crossFieldRules) {
      expect(readme, rule.id).toContain(`- ${rule.description}`);
      expect(request.description, rule.id).toContain(`- ${rule.description}`);
    }
  });

  for (const [id, [body, pointer]] of Object.entries(broken)) {
    it(`${id}: a 400 on ${pointer}, the same from /messages, /variants and /batch`, async () => {
      const single = await post('/messages', body);
      expect(single.statusCode, single.body).toBe(400);
      expect(single.headers['content-type']).toMatch(/^application\/problem\+json/);
      const errors = single.json().errors as { pointer: string; message: string }[];
      expect(errors.map((e) => e.pointer)).toContain(pointer);

      const { tone: _tone, ...facts } = body as { tone?: string };
      const tones = (body as { tone?: string }).tone ? { tones: [(body as { tone: string }).tone] } : {};
      const variants = await post('/messages/variants', { ...facts, ...tones });
      expect(variants.statusCode).toBe(400);
      expect(variants.json().errors).toEqual(errors);

      const batch = await post('/messages/batch', { items: [body] });
      expect(batch.statusCode).toBe(200);
      const [result] = batch.json().results;
      expect(result.status).toBe(400);
      expect(result.problem.errors).toEqual(errors.map((e) => ({ ...e, pointer: `/items/0${e.pointer}` })));
    });
  }

  it('names the offset the zone really has', async () => {
    const res = await post('/messages', broken['zone-offset']![0]);
    expect(res.json().errors[0].message).toMatch(/is UTC\+1 at 2026-12-03T10:00:00-05:00 \(time zone database 20\d\d[a-z]\), but interview.at is written with UTC-5/);
  });

  it('accepts the facts once they agree', async () => {
    const agreeing = [
      { ...base, scenario: 'withdraw-application', interview: { at: '2026-12-03T10:00:00+01:00', timeZone: 'Europe/Berlin' } },
      { ...base, scenario: 'withdraw-application', interview: { at: '2026-12-03T09:00:00Z', timeZone: 'Europe/Berlin' } },
      { ...base, scenario: 'accepted-another-offer', newEmployer: 'Orbitalis Labs' },
      { ...base, scenario: 'withdraw-application', newEmployer: 'Sable & Finch', reason: { code: 'another-offer', detail: 'it is closer to home' } },
      { ...base, scenario: 'withdraw-application', candidate: { name: 'Jordan Lee', givenName: 'Jordan', familyName: 'Lee' } },
    ];
    for (const body of agreeing) expect((await post('/messages', body)).statusCode, JSON.stringify(body)).toBe(200);
  });
});

describe('the choices a candidate has', () => {
  const interview = { at: '2026-11-29T16:00:00-05:00' };

  it('reschedule keeps the application: no withdrawal in any ATS', async () => {
    for (const scenario of ['last-minute', 'personal-reasons']) {
      const res = await post('/messages', { ...base, scenario, interview, intent: 'reschedule', availability: 'any morning next week' });
      expect(res.statusCode, res.body).toBe(200);
      const { classification, facts } = res.json();
      expect(facts.intent).toBe('reschedule');
      expect(classification).toMatchObject({
        outcome: 'rescheduled',
        stage: 'interview',
        ats: {
          greenhouse: { rejectionReasonType: null },
          lever: { archiveReasonType: null },
          ashby: { reasonType: null },
          google: { applicationState: 'IN_PROGRESS' },
        },
      });
    }
    const withdrawn = (await post('/messages', { ...base, scenario: 'last-minute', interview })).json();
    expect(withdrawn.classification.outcome).toBe('ended');
    expect(withdrawn.classification.ats.google.applicationState).toBe('CANDIDATE_WITHDREW');
  });

  it('lists the intents each scenario allows', async () => {
    const { scenarios } = (await ctx.app.inject('/messages/scenarios')).json();
    const intents = Object.fromEntries(scenarios.map((s: { id: string; intents: string[] }) => [s.id, s.intents]));
    expect(intents['last-minute']).toEqual(['withdraw', 'reschedule']);
    expect(intents['personal-reasons']).toEqual(['withdraw', 'reschedule']);
    expect(intents['decline-offer']).toEqual(['withdraw']);
  });

  it('renders variants for an offer declined but open to negotiation in every tone but firm', async () => {
    const res = await post('/messages/variants', { ...base, scenario: 'decline-offer', openToNegotiation: true, reason: { code: 'compensation' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().variants.map((v: { tone: string }) => v.tone)).toEqual(['formal', 'warm', 'concise']);
  });

  it('asks for the data to be deleted in one sentence, and advises what to do if it is ignored', async () => {
    for (const language of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'fr-CA', 'es-ES']) {
      const m = (await post('/messages', { ...base, scenario: 'withdraw-application', requestDataDeletion: true, language })).json();
      expect(m.parts.dataDeletion, language).toBeTruthy();
      expect(m.advice.map((a: { code: string }) => a.code), language).toContain('data-deletion');
      const without = (await post('/messages', { ...base, scenario: 'withdraw-application', language })).json();
      expect(without.parts.dataDeletion, language).toBeUndefined();
    }
  });

  it('advises adding a callback number to a voicemail that has none', async () => {
    const m = (await post('/messages', { ...base, scenario: 'withdraw-application', channel: 'voicemail' })).json();
    expect(m.advice.map((a: { code: string }) => a.code)).toContain('add-phone');
    const withPhone = (await post('/messages', { ...base, scenario: 'withdraw-application', channel: 'voicemail', candidate: { name: 'Jordan Lee', phone: '+1 555 0100' } })).json();
    expect(withPhone.advice.map((a: { code: string }) => a.code)).not.toContain('add-phone');
  });
});
