// French reasons the candidate typed, joined to the decision by their shape: what readers in Montréal failed must
// not come back.
import { describe, expect, it } from 'vitest';
import { frCA, isClause } from '../../src/messages/languages/fr.js';

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
