// French reasons the candidate typed, joined to the decision by their shape, and same-day texts that ask to move an
// interview: what readers in Montréal and Geneva failed must not come back.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds, type Scenario } from '../../src/messages/catalogue.js';
import { frCA, frCH, isClause } from '../../src/messages/languages/fr.js';
import { rotation } from '../../src/messages/render.js';
import { renderOne, type Facts } from '../content/matrix.js';

const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;

describe('a reason typed as a clause or as a noun phrase', () => {
  it.each([
    ["l'horaire prévoit une fin de semaine sur deux", true],
    ['le trajet prenait deux heures', true],
    ['mon fils a été hospitalisé cette nuit', true],
    ['le poste reçoit peu de budget', true],
    ['je déménage à Lyon', true],
    ['une grosse grippe', false],
    ['une intervention chirurgicale prévue le 9 décembre', false],
    ['le droit du travail local', false],
    ['un délai de préavis trop long', false],
    ['en raison de mon déménagement', false],
  ] as [string, boolean][])('"%s" is a clause: %s', (detail, clause) => {
    expect(isClause(detail)).toBe(clause);
  });

  it('joins a clause with "car", never "en raison de" (Montréal 25-28)', () => {
    expect(frCA.becauseClause("l'horaire prévoit une fin de semaine sur deux", null, 'schedule')).toBe("car l'horaire prévoit une fin de semaine sur deux");
    expect(frCA.becauseClause('une grosse grippe', null, 'health')).toBe("en raison d'une grosse grippe");
  });
});

describe('a same-day interview to move', () => {
  const facts: Facts = {
    candidate: { name: 'Anselme de Weck-Rochat', phone: '+41 79 555 42 18', grammaticalGender: 'm' },
    recipient: { name: 'Line Crausaz-Pittet', honorific: 'ms' },
    company: 'Lacustra',
    role: 'Analyste conformité LBA',
    interview: { at: '2026-12-07T10:15:00+01:00', timeZone: 'Europe/Zurich' },
    now: '2026-12-07T07:40:00+01:00',
    intent: 'reschedule',
    availability: 'dès le lundi 14 décembre',
    reason: { code: 'family', disclosure: 'specific', detail: 'mon fils a été hospitalisé cette nuit' },
  };
  const all: string[] = [];
  for (const language of ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH']) {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        for (let k = 0; k < 3; k++) all.push(`${language} ${tone} ${channel} ${k}: ${renderOne(facts, scenario('last-minute'), tone, channel, { language, picker: rotation(k) }).text}`);
      }
    }
  }

  it('never says the interview was "fixé aujourd\'hui", which reads as set this morning (Montréal 14, 15, Geneva 15)', () => {
    expect(all.filter((t) => /fixée? aujourd'hui/u.test(t))).toEqual([]);
  });

  it('asks in a formal text rather than deciding ("je dois reporter" read one-sided)', () => {
    for (const language of ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH']) {
      for (let k = 0; k < 3; k++) {
        const text = renderOne(facts, scenario('last-minute'), 'formal', 'sms', { language, picker: rotation(k) }).text;
        expect(text, `${language} ${k}`).toMatch(/(?:pourrions-nous|puis-je) (?:reporter|décaler|déplacer) [^?]*\?/u);
        expect(text, `${language} ${k}`).not.toMatch(/je dois (?:reporter|repousser|décaler|déplacer)/u);
        expect(text, `${language} ${k}`).toContain('hospitalisé');
      }
    }
  });

  it('keeps the reason in the text for Geneva\'s facts', () => {
    expect(frCH.becauseClause('mon fils a été hospitalisé cette nuit', null, 'family')).toBe('car mon fils a été hospitalisé cette nuit');
  });
});
