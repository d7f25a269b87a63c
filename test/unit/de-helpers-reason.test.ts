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
