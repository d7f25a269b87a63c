// The classification of a message, as a platform records it in an ATS: stage, reason, privacy and the mapping.
import { describe, expect, it } from 'vitest';
import { reasonCodes, scenarioIds, type ScenarioId } from '../../src/messages/catalogue.js';
import { atsMapping, classificationTag, classify, reasonList } from '../../src/messages/classification.js';
import { examples } from '../../src/messages/examples.js';
import { parseRequest } from '../../src/messages/request.js';
import type { MessageRequest } from '../../src/messages/schema.js';

const base = { candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' };
const now = Date.parse('2026-11-01T09:00:00Z');
/** Classifies a request as the renderer does, after resolving its reason; undefined where the request is refused. */
const tryOf = (scenario: ScenarioId, facts: Partial<MessageRequest> = {}) => {
  const n = parseRequest({ ...base, scenario, ...facts } as MessageRequest, now);
  return n.ok ? classify(n.value) : undefined;
};
const of = (scenario: ScenarioId, facts: Partial<MessageRequest> = {}) => {
  const c = tryOf(scenario, facts);
  if (!c) throw new Error(`${scenario} ${JSON.stringify(facts)} is refused`);
  return c;
};
const example = (id: ScenarioId) => of(id, examples.get(id)!);

const candidateSide = {
  greenhouse: { rejectionReasonType: { id: 2, name: 'They rejected us' } },
  lever: { archiveReasonType: 'non-hired' },
  ashby: { reasonType: 'RejectedByCandidate' },
  google: { applicationState: 'CANDIDATE_WITHDREW' },
};

describe('reasons', () => {
  it('lists every reason code once, in catalogue order, with a label', () => {
    expect(reasonList.map((r) => r.code)).toEqual([...reasonCodes]);
    for (const r of reasonList) expect(r.label.length, r.code).toBeGreaterThan(3);
    expect(new Set(reasonList.map((r) => r.label)).size).toBe(reasonCodes.length);
  });

  it('flags personal, health and family as private, and nothing else', () => {
    expect(reasonList.filter((r) => r.private).map((r) => r.code)).toEqual(['personal', 'health', 'family']);
  });

  it('maps every reason to the candidate ending the process, in each taxonomy', () => {
    for (const r of reasonList) {
      expect(r.direction, r.code).toBe('candidate');
      expect(r.ats, r.code).toEqual(candidateSide);
    }
  });

  it('has a distinct value in each taxonomy for each direction', () => {
    expect(atsMapping('organisation')).toEqual({
      greenhouse: { rejectionReasonType: { id: 1, name: 'We rejected them' } },
      lever: { archiveReasonType: 'non-hired' },
      ashby: { reasonType: 'RejectedByOrg' },
      google: { applicationState: 'EMPLOYER_WITHDREW' },
    });
    expect(atsMapping('other')).toEqual({
      greenhouse: { rejectionReasonType: { id: 3, name: 'None specified' } },
      lever: { archiveReasonType: 'non-hired' },
      ashby: { reasonType: 'Other' },
      google: { applicationState: 'CLOSED' },
    });
  });
});

describe('stage', () => {
  it("gives each scenario's example the stage it ends the process at", () => {
    const stages = Object.fromEntries(scenarioIds.map((id) => [id, example(id).stage]));
    expect(stages).toEqual({
      'accepted-another-offer': 'interview',
      'keep-door-open': 'interview',
      'personal-reasons': 'interview',
      'last-minute': 'interview',
      'withdraw-application': 'interview',
      'not-a-fit': 'interview',
      'decline-offer': 'offer',
      'decline-recruiter-outreach': 'outreach',
      'firm-no': null,
    });
  });

  it('is the application where a scenario covers both and no interview is given', () => {
    for (const id of ['withdraw-application', 'keep-door-open', 'personal-reasons'] as const) {
      expect(of(id).stage, id).toBe('application');
      expect(of(id, { interview: { format: 'phone' } }).stage, id).toBe('interview');
      expect(of(id, { interview: { at: '2026-12-01T15:00:00-05:00' } }).stage, id).toBe('interview');
    }
  });

  it('stays where the scenario puts it whatever the facts', () => {
    expect(of('accepted-another-offer').stage).toBe('interview');
    expect(of('not-a-fit').stage).toBe('interview');
    expect(of('decline-offer', { interview: { format: 'onsite' } }).stage).toBe('offer');
    expect(of('decline-recruiter-outreach').stage).toBe('outreach');
    expect(of('firm-no', { interview: { format: 'video' } }).stage).toBeNull();
  });
});

describe('reason', () => {
  it("is the request's code, else the scenario's implied reason, else null", () => {
    expect(of('decline-offer', { reason: { code: 'location' } }).reasonCode).toBe('location');
    expect(of('accepted-another-offer').reasonCode).toBe('another-offer');
    expect(of('not-a-fit').reasonCode).toBe('role-fit');
    expect(of('personal-reasons').reasonCode).toBe('personal');
    expect(of('withdraw-application').reasonCode).toBeNull();
    expect(of('not-a-fit', { reason: { code: 'company-fit' } }).reasonCode).toBe('company-fit');
  });

  it('is `other` for a detail without a code', () => {
    expect(of('withdraw-application', { reason: { detail: 'my visa will not be renewed in time' } }).reasonCode).toBe('other');
  });

  it('ignores a reason the scenario does not take, and records the other offer with the words on why it was taken', () => {
    // firm-no gives no reason at all; accepted-another-offer refuses any reason but the offer, and its detail says why.
    expect(tryOf('accepted-another-offer', { reason: { code: 'compensation' } })).toBeUndefined();
    expect(of('accepted-another-offer', { reason: { detail: 'the role is based near my family' } }).reasonCode).toBe('another-offer');
    expect(of('firm-no', { reason: { code: 'compensation', detail: 'the pay' } })).toMatchObject({ reasonCode: null, private: false });
  });

  it('says no more than the text: a private reason is `personal` unless its detail is printed', () => {
    for (const code of ['health', 'family', 'personal'] as const) {
      expect(of('decline-offer', { reason: { code } })).toMatchObject({ reasonCode: 'personal', private: true });
      expect(of('decline-offer', { reason: { code, disclosure: 'general', detail: 'my surgery' } }).reasonCode).toBe('personal');
      expect(of('decline-offer', { reason: { code, disclosure: 'specific' } }).reasonCode).toBe('personal');
      // A private detail is printed only when asked for, so by default it is not recorded either.
      expect(of('decline-offer', { reason: { code, detail: 'my surgery' } })).toMatchObject({ reasonCode: 'personal', private: true });
      expect(of('decline-offer', { reason: { code, detail: 'my surgery', disclosure: 'specific' } })).toMatchObject({ reasonCode: code, private: true });
    }
  });

  it('is another-offer when the candidate names the employer whose offer they took', () => {
    expect(of('withdraw-application', { newEmployer: 'Globex' }).reasonCode).toBe('another-offer');
  });

  it('leaves out a reason given with disclosure none, but keeps the one the scenario itself says', () => {
    expect(of('decline-offer', { reason: { code: 'compensation', disclosure: 'none' } }).reasonCode).toBeNull();
    expect(of('not-a-fit', { reason: { code: 'company-fit', disclosure: 'none' } }).reasonCode).toBe('role-fit');
    expect(of('personal-reasons', { reason: { code: 'health', disclosure: 'none' } })).toMatchObject({ reasonCode: 'personal', private: true });
  });

  it('never carries the detail', () => {
    const detail = 'my chemotherapy starts in January';
    for (const scenario of scenarioIds) {
      for (const disclosure of ['none', 'general', 'specific'] as const) {
        const c = tryOf(scenario, { reason: { code: 'health', detail, disclosure } });
        expect(JSON.stringify(c ?? {}), `${scenario} ${disclosure}`).not.toMatch(/chemotherapy|January/);
      }
    }
  });
});

describe('classification', () => {
  it('is the candidate ending the process, mapped onto every taxonomy, for every scenario', () => {
    for (const scenario of scenarioIds) {
      const c = example(scenario);
      expect(c.direction, scenario).toBe('candidate');
      expect(c.ats, scenario).toEqual(candidateSide);
    }
  });

  it('echoes atsReasonId exactly, and has no such key without one', () => {
    for (const id of ['4471', ' spaced  out ', 'Zoë/離職/🙂', 'a'.repeat(128)]) {
      expect(of('decline-offer', { atsReasonId: id }).atsReasonId).toBe(id);
    }
    expect(of('decline-offer')).not.toHaveProperty('atsReasonId');
  });

  it('has a tag that changes with every field and is stable for the same classification', () => {
    const a = of('decline-offer', { atsReasonId: 'gh-1' });
    expect(classificationTag(a)).toBe(classificationTag(of('decline-offer', { atsReasonId: 'gh-1' })));
    expect(classificationTag(a)).not.toBe(classificationTag(of('decline-offer', { atsReasonId: 'gh-2' })));
    expect(classificationTag(a)).not.toBe(classificationTag(of('decline-offer')));
    expect(classificationTag(a)).not.toBe(classificationTag(of('decline-offer', { atsReasonId: 'gh-1', reason: { code: 'timing' } })));
  });
});
