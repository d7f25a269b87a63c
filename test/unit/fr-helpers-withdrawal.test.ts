// French last-minute withdrawals, reschedule requests and new employers, rendered whole in every variant, tone,
// channel and phrasing: what readers in Paris, Brussels, Montréal and Geneva failed must not come back.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds, type Scenario } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { renderOne, type Facts } from '../content/matrix.js';

const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
const variants = ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH'];
const now = '2026-12-07T07:50:00+01:00';
const base: Facts = {
  candidate: { name: 'Timothée de Courten', phone: '+41 79 555 42 18', grammaticalGender: 'm' },
  recipient: { name: 'Anne-Laure Rochat-Pasquier', honorific: 'ms' },
  company: 'Vuilleumier & Cie',
  role: 'Contrôleur de gestion',
  interview: { at: '2026-12-07T10:00:00+01:00', timeZone: 'Europe/Zurich' },
  now,
};

/** Every text of a scenario for these facts: variants, tones, channels, rotations, both forms of address. */
function texts(id: string, facts: Facts): string[] {
  const out: string[] = [];
  for (const language of variants) {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        for (const formality of ['formal', 'informal'] as const) {
          for (let k = 0; k < 3; k++) {
            const m = renderOne(facts, scenario(id), tone, channel, { language, picker: rotation(k), formality });
            out.push(`${language} ${tone} ${channel} ${formality} ${k}: ${m.subject ?? ''}\n${m.text}`);
          }
        }
      }
    }
  }
  return out;
}

describe('a same-day withdrawal for a private reason', () => {
  const all = texts('last-minute', { ...base, reason: { code: 'health', disclosure: 'general' } });

  it('gives the reason before the verbs, not tacked on after the withdrawal (Geneva 13-16, Paris 13-14)', () => {
    const tacked = /candidature[^.?!]*, (?:pour des raisons|en raison de circonstances|pour une raison) (?:personnelles?|d'ordre personnel)/u;
    expect(all.filter((t) => tacked.test(t))).toEqual([]);
  });

  it('never apologises for withdrawing before saying what happened ("Avec mes excuses, je retire")', () => {
    expect(all.filter((t) => /(?:excuses|excuser)(?: pour ce contretemps)?[,:\u00A0 ]+je (?:dois )?retir/u.test(t))).toEqual([]);
  });
});

describe('moving an interview', () => {
  const moved = /\b(?:reporter|repousser|décaler|déplacer) (?:l'entretien|l'entrevue|notre entretien|notre entrevue|notre rendez-vous|le rendez-vous) d(?:e |')/u;

  it.each([
    ['last-minute', { ...base, intent: 'reschedule', availability: 'dès lundi', reason: { code: 'personal', disclosure: 'general' } }],
    ['last-minute', { ...base, intent: 'reschedule', reason: { code: 'other', disclosure: 'specific', detail: 'ma fille est malade' } }],
    ['personal-reasons', { ...base, intent: 'reschedule', availability: 'dès lundi', interview: { at: '2026-12-10T09:00:00+01:00', timeZone: 'Europe/Zurich' } }],
  ] as [string, Facts][])('%s names the slot to move as "prévu …", never "de <jour> à <heure>" (read: move it to that hour)', (id, facts) => {
    expect(texts(id, facts).filter((t) => moved.test(t))).toEqual([]);
  });

  it('a formal text asking for another date thanks the recruiter (Paris, Brussels, Montréal, Geneva 11)', () => {
    const facts: Facts = { ...base, intent: 'reschedule', availability: 'dès lundi', reason: { code: 'family', disclosure: 'general' }, interview: { at: '2026-12-10T09:00:00+01:00', timeZone: 'Europe/Zurich' } };
    for (const language of variants) {
      for (let k = 0; k < 3; k++) {
        const body = renderOne(facts, scenario('personal-reasons'), 'formal', 'sms', { language, picker: rotation(k) }).text;
        expect(body, `${language} ${k}`).toMatch(/Merci[^.]*\.$/u);
        expect(body, `${language} ${k}`).toContain('dès lundi');
      }
    }
  });
});

describe('the new employer', () => {
  it('takes its article when its name opens on a common noun ("une offre de la Fiduciaire …", Geneva 1, 3, 4)', () => {
    const all = texts('accepted-another-offer', { ...base, newEmployer: 'Fiduciaire Berthoud & Sauthier Sàrl', interview: { at: '2026-12-10T09:00:00+01:00', timeZone: 'Europe/Zurich' } });
    expect(all.filter((t) => /\b(?:de|avec|à|chez) Fiduciaire\b/u.test(t))).toEqual([]);
    expect(all.some((t) => t.includes('de la Fiduciaire Berthoud'))).toBe(true);
  });
});
