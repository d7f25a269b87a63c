// German helpers: days and times in each variant, reasons joined with denn, titles and names, numbers read slowly,
// syllables timed, and regional tags resolved.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/messages/languages/index.js';
import { deAT, deCH, deDE, germanSyllables } from '../../src/messages/languages/de.js';
import { interviewClock } from '../../src/messages/languages/time.js';

describe('German days and times', () => {
  it('writes days and times as Germans do, in each variant, with Intl month names (Jänner in Austria)', () => {
    const now = Date.parse('2026-12-28T10:00:00+01:00');
    const at = (iso: string, zone: string | null = 'Europe/Berlin', nowIso: string | null = '2026-12-28T10:00:00+01:00') => interviewClock(iso, zone, now, nowIso);
    expect(deDE.interviewWords(at('2026-12-29T15:00:00+01:00')).when).toBe('morgen um 15 Uhr');
    expect(deDE.interviewWords(at('2026-12-28T09:30:00+01:00')).when).toBe('heute um 9:30 Uhr');
    expect(deDE.interviewWords(at('2026-12-31T09:30:00+01:00')).when).toBe('am Donnerstag um 9:30 Uhr');
    expect(deDE.interviewWords(at('2027-01-08T09:30:00+01:00')).when).toBe('am Freitag, 8. Januar, um 9:30 Uhr');
    expect(deAT.interviewWords(at('2027-01-08T09:30:00+01:00', 'Europe/Vienna')).when).toBe('am Freitag, 8. Jänner, um 9:30 Uhr');
    expect(deCH.interviewWords(at('2027-01-08T09:30:00+01:00', 'Europe/Zurich')).when).toBe('am Freitag, 8. Januar, um 9:30 Uhr');
    // The zone is named where the sender's clock reads differently: MEZ by its German abbreviation, others by place.
    expect(deDE.interviewWords(at('2026-12-29T15:00:00+01:00', 'Europe/Berlin', '2026-12-28T04:00:00-05:00')).time).toBe('15 Uhr MEZ');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', 'America/New_York')).time).toBe('9 Uhr Ortszeit New York');
    // Without a zone the time stays in the interview's own offset, named as English names it, for the sender's clock
    // reads differently: the service never converts a time it cannot name.
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', null)).time).toBe('9 Uhr UTC-5');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', null, null)).time).toBe('9 Uhr');
  });
});

describe('German helpers', () => {
  it('joins a candidate’s own reason with denn, keeping a connector they typed', () => {
    expect(deDE.becauseClause('Mein Partner beginnt im März eine Stelle in Lissabon.')).toBe(', denn mein Partner beginnt im März eine Stelle in Lissabon');
    expect(deDE.becauseClause('Berlin ist mir zu weit')).toBe(', denn Berlin ist mir zu weit');
    expect(deDE.becauseClause('weil ich umziehe')).toBe(', weil ich umziehe');
    expect(deDE.becauseClause('Aufgrund familiärer Verpflichtungen')).toBe(' aufgrund familiärer Verpflichtungen');
    expect(deDE.becauseClause('denn ich bleibe in Köln')).toBe(', denn ich bleibe in Köln');
  });

  it('greets by title without guessing gender, and never by an initial', () => {
    expect(deDE.titledName('ms', 'Sabine Weber')).toBe('Frau Weber');
    expect(deDE.titledName('mr', 'Karl-Theodor zu Guttenberg')).toBe('Herr zu Guttenberg');
    expect(deDE.titledName('ms', 'Dr. Sabine Weber')).toBe('Frau Dr. Weber');
    expect(deDE.titledName('dr', 'Andrea Vogel')).toBe('Dr. Vogel');
    expect(deDE.titledName('mx', 'Andrea Vogel')).toBeNull();
    // A legal form makes the name a noun with its article; an adjective that opens the name declines after it.
    expect(deDE.companyWith!('Müller Logistik GmbH').bei).toBe('bei der Müller Logistik GmbH');
    expect(deDE.companyWith!('Sportfreunde Köln e.V.').bei).toBe('beim Sportfreunde Köln e.V.');
    expect(deDE.companyWith!('Hanseatische Logistik GmbH').zu).toBe('zur Hanseatischen Logistik GmbH');
    expect(deDE.companyWith!('Hanseatische Logistik GmbH').akk).toBe('die Hanseatische Logistik GmbH');
    expect(deDE.companyWith!('Globex').bei).toBe('bei Globex');
    expect(deDE.titledName(undefined, 'Andrea Vogel')).toBeNull();
    expect(deDE.givenName('M. Alexander Braun')).toBe('Alexander');
    expect(deDE.givenName('Dr. Sabine Weber')).toBe('Sabine');
    expect(deDE.possessive('Müller')).toBe('Müllers');
    expect(deDE.possessive('Klaus')).toBe("Klaus'");
  });

  it('reads a number slowly and times German speech by its syllables', () => {
    expect(deDE.slowNumber('+49 30 901820')).toBe('plus 4 9, 3 0, 9 0 1 8 2 0');
    expect(germanSyllables('Vorstellungsgespräch')).toBe(5);
    expect(germanSyllables('MEZ 15')).toBe(5);
    // About 3.6 syllables a second: 36 syllables take 10 seconds.
    expect(deDE.speakingSeconds('ja '.repeat(36))).toBe(10);
  });

  it('resolves regional tags: de and de-LU to de-DE, de-LI to de-CH (Swiss spelling), de-AT to itself', () => {
    const tag = (t: string) => {
      const r = resolveLanguage(t);
      return r.ok ? r.variant.tag : r.problem;
    };
    expect(['de', 'de-DE', 'de-LU', 'de-AT', 'de-at', 'de-CH', 'de-LI', 'gsw'].map(tag)).toEqual(['de-DE', 'de-DE', 'de-DE', 'de-AT', 'de-AT', 'de-CH', 'de-CH', 'unsupported']);
  });
});

