// German reasons in the candidate's own words, by their shape: a noun phrase after "wegen" in the genitive, a clause
// typed verb last after "weil", a main clause (also one that starts with "wegen") after "denn".
import { describe, expect, it } from 'vitest';
import { deCH, deDE, genitivePhrase } from '../../src/messages/languages/de.js';

describe('German reasons typed as a noun phrase', () => {
  it('follow "wegen" in the genitive, never "denn" (a reader in Zurich failed "denn ein Todesfall in meiner Familie")', () => {
    expect(deCH.becauseClause('ein Todesfall in meiner Familie')).toBe(', und zwar wegen eines Todesfalls in meiner Familie');
    expect(deDE.becauseClause('familiäre Verpflichtungen')).toBe(', und zwar wegen familiärer Verpflichtungen');
    expect(deDE.becauseClause('die Pflege meiner Mutter.')).toBe(', und zwar wegen der Pflege meiner Mutter');
    expect(deDE.becauseClause('ein schwerer Unfall')).toBe(', und zwar wegen eines schweren Unfalls');
    expect(deDE.becauseClause('der Umzug meiner Familie nach Kiel')).toBe(', und zwar wegen des Umzugs meiner Familie nach Kiel');
  });

  it('inflect only what a rule can: a clause or a noun it cannot decline is no phrase', () => {
    expect(genitivePhrase('das Zeugnis')).toBe('des Zeugnisses');
    expect(genitivePhrase('ein Prozess')).toBe('eines Prozesses');
    expect(genitivePhrase('ein Umzug nach Stuttgart steht an')).toBeNull();
    expect(genitivePhrase('der Arbeitsweg ist zu lang')).toBeNull();
    expect(genitivePhrase('mein Kollege')).toBeNull();
  });
});

describe('German reasons typed as a main clause that starts with "wegen"', () => {
  it('keep their verb second after "denn", never after "und zwar" (a reader in Zurich failed "und zwar wegen … habe ich")', () => {
    expect(deCH.becauseClause('wegen eines Stromausfalls habe ich keine stabile Internetverbindung')).toBe(
      ', denn wegen eines Stromausfalls habe ich keine stabile Internetverbindung',
    );
    expect(deDE.becauseClause('Aufgrund eines Notfalls muss ich heute in Hamburg bleiben.')).toBe(', denn aufgrund eines Notfalls muss ich heute in Hamburg bleiben');
  });

  it('and a phrase with no verb still follows "und zwar"', () => {
    expect(deDE.becauseClause('wegen eines Stromausfalls')).toBe(', und zwar wegen eines Stromausfalls');
  });
});

describe('German reasons typed as clauses keep their connectors', () => {
  it('"weil" for a clause typed verb last, "denn" for a main clause', () => {
    expect(deDE.becauseClause('der tägliche Pendelweg von Krems nach Wien wäre für mich zu lang')).toBe(', denn der tägliche Pendelweg von Krems nach Wien wäre für mich zu lang');
    expect(deDE.becauseClause('ein Umzug nach Stuttgart ist für mich derzeit nicht möglich')).toBe(', denn ein Umzug nach Stuttgart ist für mich derzeit nicht möglich');
    expect(deDE.becauseClause('der Arbeitsweg zu lang wäre')).toBe(', weil der Arbeitsweg zu lang wäre');
  });
});

describe('German reasons typed verb last with a verb no list names', () => {
  it('follow "weil", never "denn" (readers in Stuttgart and Zurich failed "denn … nicht in Frage kommt", "denn … nicht zulässt")', () => {
    expect(deDE.becauseClause('ein Umzug nach Stuttgart für meine Familie nun doch nicht in Frage kommt')).toBe(', weil ein Umzug nach Stuttgart für meine Familie nun doch nicht in Frage kommt');
    expect(deCH.becauseClause('meine Kündigungsfrist von sechs Monaten einen Start vor Oktober nicht zulässt')).toBe(', weil meine Kündigungsfrist von sechs Monaten einen Start vor Oktober nicht zulässt');
    expect(deCH.becauseClause('wir als Familie nun doch in Lissabon bleiben')).toBe(', weil wir als Familie nun doch in Lissabon bleiben');
    expect(deDE.becauseClause('mir dort die fachliche Leitung eines eigenen Teams angeboten wurde')).toBe(', weil mir dort die fachliche Leitung eines eigenen Teams angeboten wurde');
    expect(deDE.becauseClause('mir die Stelle dort besser gefällt')).toBe(', weil mir die Stelle dort besser gefällt');
    expect(deDE.becauseClause('sich die Arbeitszeiten nicht mit der Kinderbetreuung vereinbaren lassen')).toBe(', weil sich die Arbeitszeiten nicht mit der Kinderbetreuung vereinbaren lassen');
    expect(deDE.becauseClause('das Team dort vollständig remote arbeitet')).toBe(', weil das Team dort vollständig remote arbeitet');
  });

  it('and a main clause keeps "denn" whatever its last word', () => {
    expect(deCH.becauseClause('wir bleiben als Familie nun doch in Lissabon')).toBe(', denn wir bleiben als Familie nun doch in Lissabon');
    expect(deDE.becauseClause('ich arbeite lieber remote')).toBe(', denn ich arbeite lieber remote');
    expect(deDE.becauseClause('das funktioniert für mich derzeit nicht')).toBe(', denn das funktioniert für mich derzeit nicht');
    expect(deDE.becauseClause('mein Vertrag wurde gerade verlängert')).toBe(', denn mein Vertrag wurde gerade verlängert');
    expect(deDE.becauseClause('der Standort liegt für mich zu weit entfernt')).toBe(', denn der Standort liegt für mich zu weit entfernt');
    expect(deDE.becauseClause('ein Umzug kommt für meine Familie nicht in Frage')).toBe(', denn ein Umzug kommt für meine Familie nicht in Frage');
    expect(deDE.becauseClause('man hat mir dort mehr geboten')).toBe(', denn man hat mir dort mehr geboten');
  });
});

describe('German reasons typed verb last with an infinitive before the finite verb', () => {
  it('follow "weil": the infinitive is no verb second (a reader in Vienna passed "weil ich … bleiben werde")', () => {
    expect(deDE.becauseClause('ich nun doch mit meiner Familie in London bleiben werde')).toBe(', weil ich nun doch mit meiner Familie in London bleiben werde');
    expect(deDE.becauseClause('ich dort direkt die Leitung des Beteiligungscontrollings übernehmen kann')).toBe(', weil ich dort direkt die Leitung des Beteiligungscontrollings übernehmen kann');
  });

  it('and an offer the candidate names again becomes "es" after the sentence that named it', () => {
    expect(deDE.becauseClause('das Angebot kam früher als erwartet', null, 'another-offer')).toBe(', denn es kam früher als erwartet');
    expect(deDE.becauseClause('das Angebot kam früher als erwartet', null, 'compensation')).toBe(', denn das Angebot kam früher als erwartet');
  });
});
