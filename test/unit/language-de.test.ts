// German helpers: days and times in each variant (zones as Germans name them), reasons joined with denn or weil,
// titles and names, companies declined by their head noun, numbers read slowly, syllables timed, and regional tags.
import { describe, expect, it } from 'vitest';
import { parsePersonName } from '../../src/messages/facts/person-name.js';
import { resolveLanguage } from '../../src/messages/languages/index.js';
import { deAT, deCH, deDE, feminineRole, germanSyllables, roleIsFunction, spokenAddress } from '../../src/messages/languages/de.js';
import { interviewClock } from '../../src/messages/languages/time.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

/** The text of one German message, rendered on 7 December 2026 from a request as a platform sends it. */
function renderText(request: Record<string, unknown>): string {
  const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00+01:00') });
  const result = service.render(MessageRequestSchema.parse(request));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message.text;
}
describe('German days and times', () => {
  it('writes days and times as Germans do, in each variant, with Intl month names (Jänner in Austria)', () => {
    const now = Date.parse('2026-12-28T10:00:00+01:00');
    const at = (iso: string, zone: string | null = 'Europe/Berlin', nowIso: string | null = '2026-12-28T10:00:00+01:00') => interviewClock(iso, zone, now, nowIso);
    expect(deDE.interviewWords(at('2026-12-29T15:00:00+01:00')).when).toBe('morgen um 15 Uhr');
    expect(deDE.interviewWords(at('2026-12-28T09:30:00+01:00')).when).toBe('heute um 9:30 Uhr');
    expect(deDE.interviewWords(at('2026-12-31T09:30:00+01:00')).when).toBe('am Donnerstag um 9:30 Uhr');
    expect(deDE.interviewWords(at('2027-01-08T09:30:00+01:00')).when).toBe('am Freitag, 8. Januar, um 9:30 Uhr');
    // A day held within the week is the past one: a bare "am Dienstag" on a Monday reads as tomorrow.
    expect(deDE.interviewWords(at('2026-12-22T10:00:00+01:00')).day).toBe('am vergangenen Dienstag');
    expect(deDE.interviewWords(at('2026-12-27T10:00:00+01:00')).day).toBe('gestern');
    expect(deAT.interviewWords(at('2027-01-08T09:30:00+01:00', 'Europe/Vienna')).when).toBe('am Freitag, 8. Jänner, um 9:30 Uhr');
    expect(deCH.interviewWords(at('2027-01-08T09:30:00+01:00', 'Europe/Zurich')).when).toBe('am Freitag, 8. Januar, um 9:30 Uhr');
    // The zone is named where the sender's clock reads differently: MEZ by its German abbreviation, others by place.
    expect(deDE.interviewWords(at('2026-12-29T15:00:00+01:00', 'Europe/Berlin', '2026-12-28T04:00:00-05:00')).time).toBe('15 Uhr MEZ');
    // A call is heard on the market's own clock: "MEZ" is never read aloud, another zone is said in words.
    expect(deDE.interviewWords(at('2026-12-29T15:00:00+01:00', 'Europe/Berlin', '2026-12-28T04:00:00-05:00'), true).time).toBe('15 Uhr');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00+00:00', 'Europe/London'), true).time).toBe('9 Uhr Londoner Zeit');
    expect(deDE.interviewWords(at('2026-12-11T15:00:00+00:00', 'Europe/Lisbon', '2026-12-09T16:20:00+01:00')).time).toBe('15 Uhr Lissabonner Zeit');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', 'America/New_York')).time).toBe('9 Uhr New Yorker Zeit');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-08:00', 'America/Los_Angeles')).time).toBe('9 Uhr Ortszeit Los Angeles');
    // A zone Intl names by its country is named by its city, as a German writes it.
    expect(deDE.interviewWords(at('2026-12-29T09:00:00+00:00', 'Europe/London')).time).toBe('9 Uhr Londoner Zeit');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00+09:00', 'Asia/Tokyo')).time).toBe('9 Uhr japanischer Zeit');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00+08:00', 'Asia/Singapore')).time).toBe('9 Uhr Ortszeit Singapur');
    // Without a zone the time stays in the interview's own offset, named as English names it, for the sender's clock
    // reads differently: the service never converts a time it cannot name.
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', null)).time).toBe('9 Uhr UTC-5');
    expect(deDE.interviewWords(at('2026-12-29T09:00:00-05:00', null, null)).time).toBe('9 Uhr');
  });
});

describe('German helpers', () => {
  it('joins a candidate’s own reason with denn, with weil where they typed the verb last, keeping a connector they typed', () => {
    expect(deDE.becauseClause('Mein Partner beginnt im März eine Stelle in Lissabon.')).toBe(', denn mein Partner beginnt im März eine Stelle in Lissabon');
    expect(deDE.becauseClause('Berlin ist mir zu weit')).toBe(', denn Berlin ist mir zu weit');
    expect(deDE.becauseClause('weil ich umziehe')).toBe(', weil ich umziehe');
    expect(deDE.becauseClause('Aufgrund familiärer Verpflichtungen')).toBe(', und zwar aufgrund familiärer Verpflichtungen');
    expect(deDE.becauseClause('denn ich bleibe in Köln')).toBe(', denn ich bleibe in Köln');
    // Typed as it would follow "weil": "denn" before it would be wrong.
    expect(deDE.becauseClause('der Arbeitsweg mit über einer Stunde je Strecke zu lang wäre')).toBe(', weil der Arbeitsweg mit über einer Stunde je Strecke zu lang wäre');
    // A noun at the end is no joined separable verb ("ein…e"): the detail stays a main clause after "denn".
    expect(deDE.becauseClause('ich suche eine Stelle mit einem größeren Anteil an Einzeltherapie')).toBe(', denn ich suche eine Stelle mit einem größeren Anteil an Einzeltherapie');
    expect(deDE.becauseClause('mein Vater pflegebedürftig ist.')).toBe(', weil mein Vater pflegebedürftig ist');
    expect(deDE.becauseClause('ich umziehe')).toBe(', weil ich umziehe');
    expect(deDE.becauseClause('dass die Stelle befristet ist')).toBe(', weil die Stelle befristet ist');
    // A main clause that ends in a verb keeps "denn": its verb is second, too.
    expect(deDE.becauseClause('das ist, was mir fehlt')).toBe(', denn das ist, was mir fehlt');
    expect(deDE.becauseClause('ich bin mit dem Angebot nicht zufrieden')).toBe(', denn ich bin mit dem Angebot nicht zufrieden');
    // A main clause followed by a subordinate clause ends in a verb, but the first clause decides.
    expect(deDE.becauseClause('Ich suche ein Umfeld mit mehr Eigenverantwortung, als es in der Rolle vorgesehen ist.')).toBe(
      ', denn ich suche ein Umfeld mit mehr Eigenverantwortung, als es in der Rolle vorgesehen ist',
    );
    expect(deDE.becauseClause('der Weg zu weit wäre, weil ich in Ulm wohne')).toBe(', weil der Weg zu weit wäre, weil ich in Ulm wohne');
    // Main clauses as platforms type them, ending in a participle: the finite verb is second, so "denn", never "weil".
    expect(deDE.becauseClause('mein jetziger Arbeitgeber hat mir eine unbefristete Stelle mit mehr Verantwortung angeboten')).toBe(
      ', denn mein jetziger Arbeitgeber hat mir eine unbefristete Stelle mit mehr Verantwortung angeboten',
    );
    expect(deDE.becauseClause('die Stelle ist stärker auf die Reklamationsbearbeitung ausgerichtet, als ich es erwartet hatte')).toBe(
      ', denn die Stelle ist stärker auf die Reklamationsbearbeitung ausgerichtet, als ich es erwartet hatte',
    );
    expect(deDE.becauseClause('meine Familie ist letzten Monat nach Kiel umgezogen')).toBe(', denn meine Familie ist letzten Monat nach Kiel umgezogen');
    expect(deDE.becauseClause('mein Team wird im Frühjahr aufgebaut')).toBe(', denn mein Team wird im Frühjahr aufgebaut');
  });

  it('says a form of address as a caller would: the highest title, written out', () => {
    expect(spokenAddress('Herr Prof. Dr. van der Meulen')).toBe('Herr Professor van der Meulen');
    expect(spokenAddress('Frau Dr. Wörner-Maier')).toBe('Frau Doktor Wörner-Maier');
    expect(spokenAddress('Frau Prof. Dr. Weber')).toBe('Frau Professorin Weber');
    expect(spokenAddress('Frau Mag. Huber-Ortner')).toBe('Frau Magistra Huber-Ortner');
    expect(spokenAddress('Herrn DI Gruber')).toBe('Herrn Diplomingenieur Gruber');
    expect(spokenAddress('Herr Dr. med. Schmidt')).toBe('Herr Doktor Schmidt');
    expect(spokenAddress('Herr Weber')).toBe('Herr Weber');
    expect(spokenAddress('Andrea Vogel')).toBe('Andrea Vogel');
  });

  it('says no title before a name in Switzerland, where the letter keeps it', () => {
    expect(deCH.spokenAddress!('Frau Dr. Bachmann-Fässler')).toBe('Frau Bachmann-Fässler');
    expect(deCH.spokenAddress!('Herrn Prof. Dr. Caflisch')).toBe('Herrn Caflisch');
    expect(deCH.spokenAddress!('Dr. Andrea Vogel')).toBe('Andrea Vogel');
    expect(deCH.address(parsePersonName({ name: 'Dr. Anna Bachmann-Fässler' }), 'ms').titled).toBe('Frau Dr. Bachmann-Fässler');
    expect(deDE.spokenAddress!('Frau Dr. Wörner-Maier')).toBe('Frau Doktor Wörner-Maier');
    expect(deAT.spokenAddress!('Frau Mag. Huber-Ortner')).toBe('Frau Magistra Huber-Ortner');
  });

  it('greets by title without guessing gender, and never by an initial', () => {
    expect(deDE.titledName('ms', 'Sabine Weber')).toBe('Frau Weber');
    expect(deDE.titledName('mr', 'Karl-Theodor zu Guttenberg')).toBe('Herr zu Guttenberg');
    expect(deDE.titledName('ms', 'Dr. Sabine Weber')).toBe('Frau Dr. Weber');
    // A doctor without Frau or Herr is greeted in full: "Guten Tag Dr. Andrea Vogel", never "Dr. Vogel" alone.
    expect(deDE.titledName('dr', 'Andrea Vogel')).toBeNull();
    expect(deDE.address(parsePersonName({ name: 'Andrea Vogel' }), 'dr').full).toBe('Dr. Andrea Vogel');
    expect(deDE.address(parsePersonName({ name: 'M. Alexander Braun' }), null).full).toBe('Alexander Braun');
    expect(deDE.address(parsePersonName({ name: 'Aylin' }), null).full).toBe('Aylin');
    expect(deDE.titledName('mx', 'Andrea Vogel')).toBeNull();
    // A legal form is the head of the legal name; an adjective that opens the name declines after its article.
    expect(deDE.companyWith!('Müller Logistik GmbH').bei).toBe('bei der Müller Logistik GmbH');
    // Whose offer: the genitive where the name has an article, "von" where it has none.
    expect(deDE.companyWith!('Landeshauptstadt Stuttgart').gen).toBe('der Landeshauptstadt Stuttgart');
    expect(deDE.companyWith!('Klinikum Stuttgart').gen).toBe('des Klinikums Stuttgart');
    expect(deAT.companyWith!('Wiener Linien').gen).toBe('der Wiener Linien');
    // "ein Angebot von Wiener Netze" failed a reader in Vienna: a plural head takes its article with or without the form.
    expect(deAT.companyWith!('Wiener Netze').gen).toBe('der Wiener Netze');
    expect(deAT.companyWith!('Wiener Netze GmbH').bei).toBe('bei den Wiener Netzen');
    expect(deDE.companyWith!('Deutscher Alpenverein').gen).toBe('des Deutschen Alpenvereins');
    expect(deDE.companyWith!('Rotes Kreuz').gen).toBe('des Roten Kreuzes');
    expect(deAT.companyWith!('Marchfelder Anlagentechnik').gen).toBe('von Marchfelder Anlagentechnik');
    expect(deDE.companyWith!('Stadtwerke Dresden GmbH').bei).toBe('bei den Stadtwerken Dresden');
    expect(deDE.companyWith!('Hanseatische Logistik GmbH').zu).toBe('zur Hanseatischen Logistik GmbH');
    expect(deDE.companyWith!('Brennwerk Thermotechnik').bei).toBe('bei Brennwerk Thermotechnik');
    expect(deDE.companyWith!('Universitätsklinikum Freiburg').bei).toBe('beim Universitätsklinikum Freiburg');
    // Everyday employers: plural names take the plural article, a brand before its trade none, an abbreviation after
    // the name is no part of its grammar.
    const bei = (name: string) => deDE.companyWith!(name).bei;
    expect(bei('Wiener Linien')).toBe('bei den Wiener Linien');
    expect(bei('Österreichische Bundesforste')).toBe('bei den Österreichischen Bundesforsten');
    expect(bei('Schweizerische Bundesbahnen SBB')).toBe('bei den Schweizerischen Bundesbahnen SBB');
    expect(bei('Berliner Verkehrsbetriebe (BVG)')).toBe('bei den Berliner Verkehrsbetrieben (BVG)');
    expect(bei('Nordhafen Logistik')).toBe('bei Nordhafen Logistik');
    expect(bei('Sparkasse Ulm')).toBe('bei der Sparkasse Ulm');
    expect(bei('Klinikum Stuttgart')).toBe('beim Klinikum Stuttgart');
    expect(bei('Landeshauptstadt München')).toBe('bei der Landeshauptstadt München');
    expect(bei('Stadtwerke München')).toBe('bei den Stadtwerken München');
    expect(bei('Robert Bosch Stiftung')).toBe('bei der Robert Bosch Stiftung');
    expect(bei('Hamburger Hochbahn')).toBe('bei der Hamburger Hochbahn');
    expect(bei('Zalando')).toBe('bei Zalando');
    expect(bei('Nordwind Energie')).toBe('bei Nordwind Energie');
    expect(bei('Evangelische Heimstiftung')).toBe('bei der Evangelischen Heimstiftung');
    expect(bei('Volksbank Mittelhessen eG')).toBe('bei der Volksbank Mittelhessen eG');
    expect(bei('Kinderhilfe Kurpfalz e.V.')).toBe('bei der Kinderhilfe Kurpfalz e.V.');
    expect(deDE.companyWith!('Hanseatische Logistik GmbH').akk).toBe('die Hanseatische Logistik GmbH');
    // An association keeps the gender of its own head noun, else "der Verein".
    expect(deDE.companyWith!('Kinderhilfe Kurpfalz e.V.').bei).toBe('bei der Kinderhilfe Kurpfalz e.V.');
    expect(deDE.companyWith!('Sportfreunde Köln e.V.').bei).toBe('bei den Sportfreunden Köln e.V.');
    // Without a legal form: an article only where the name's own grammar gives it.
    expect(['Globex', 'Müller Logistik', 'Brenner Maschinenbau', 'Nordwind Energie', 'Hansen & Partner', 'Samt Textil'].map(bei)).toEqual(
      ['bei Globex', 'bei Müller Logistik', 'bei Brenner Maschinenbau', 'bei Nordwind Energie', 'bei Hansen & Partner', 'bei Samt Textil'],
    );
    expect(['Stadt Zürich', 'Stadtwerke Bonn', 'Innsbrucker Verkehrsbetriebe', 'Bündner Treuhand', 'Universitätsklinikum Freiburg', 'Sparkasse KölnBonn', 'Landratsamt München', 'Caritas Wien'].map(bei)).toEqual(
      ['bei der Stadt Zürich', 'bei den Stadtwerken Bonn', 'bei den Innsbrucker Verkehrsbetrieben', 'bei der Bündner Treuhand', 'beim Universitätsklinikum Freiburg', 'bei der Sparkasse KölnBonn', 'beim Landratsamt München', 'bei der Caritas Wien'],
    );
    expect(['Deutsche Bahn', 'Deutsche Telekom', 'Deutscher Alpenverein', 'Deutsches Rotes Kreuz', 'Steirische Antriebstechnik'].map(bei)).toEqual(
      ['bei der Deutschen Bahn', 'bei der Deutschen Telekom', 'beim Deutschen Alpenverein', 'beim Deutschen Roten Kreuz', 'bei der Steirischen Antriebstechnik'],
    );
    expect(['Otto Group', 'Porsche Holding', 'Axel Springer Verlag', 'Bündner Kantonalbank'].map(bei)).toEqual(
      ['bei der Otto Group', 'bei der Porsche Holding', 'beim Axel Springer Verlag', 'bei der Bündner Kantonalbank'],
    );
    // "Erste" is a brand, not the ordinal, and an adjective before an English word is part of one: readers in Vienna
    // failed "bei der Ersten Group Bank"; "Deutsche Bank" still declines.
    expect(['Erste Group Bank AG', 'Erste Bank', 'Neue Media Group', 'Deutsche Bank'].map((name) => deAT.companyWith!(name).bei)).toEqual(
      ['bei der Erste Group Bank AG', 'bei der Erste Bank', 'bei der Neue Media Group', 'bei der Deutschen Bank'],
    );
    expect(deAT.companyWith!('Erste Group Bank AG').gen).toBe('der Erste Group Bank AG');
    expect(deDE.companyWith!('Deutscher Alpenverein').akk).toBe('den Deutschen Alpenverein');
    expect(deDE.companyWith!('Stadtwerke Bonn').fuer).toBe('für die Stadtwerke Bonn');
    expect(deDE.titledName(undefined, 'Andrea Vogel')).toBeNull();
    expect(deDE.givenName('M. Alexander Braun')).toBe('Alexander');
    expect(deDE.givenName('Dr. Sabine Weber')).toBe('Sabine');
    expect(deDE.possessive('Müller')).toBe('Müllers');
    expect(deDE.possessive('Klaus')).toBe("Klaus'");
  });

  it('reads a number slowly and times German speech by its syllables', () => {
    // A number of the market's own country as its people dictate it: trunk 0, area code, then pairs.
    expect(deDE.slowNumber('+49 30 901820')).toBe('030 90 18 20');
    expect(deDE.slowNumber('+49 171 4839207')).toBe('0171 483 92 07');
    expect(deDE.slowNumber('+49 (0)89 1234567')).toBe('089 123 45 67');
    expect(deAT.slowNumber('+43 664 1234567')).toBe('0664 123 45 67');
    expect(deCH.slowNumber('+41 79 123 45 67')).toBe('079 123 45 67');
    // Another country's number keeps its international form, digit by digit.
    expect(deCH.slowNumber('+49 30 901820')).toBe('plus 4 9, 3 0, 9 0 1 8 2 0');
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

describe('German company names led by a valley', () => {
  it('leaves a place adjective in -taler as it is written, and still declines a real adjective in -al', () => {
    expect(deDE.companyWith!('Neckartaler Verkehrsbetriebe AG').bei).toBe('bei den Neckartaler Verkehrsbetrieben');
    expect(deDE.companyWith!('Zillertaler Bergbahnen').bei).toBe('bei den Zillertaler Bergbahnen');
    expect(deDE.companyWith!('Digitaler Service GmbH').bei).toBe('bei der Digitalen Service GmbH');
  });
});

describe('German roles a woman names herself by', () => {
  it('makes a plain masculine title feminine, and leaves feminine, neutral, English and unreadable titles alone', () => {
    const cases: [string, string][] = [
      ['Medizincontroller', 'Medizincontrollerin'],
      ['Vertriebsingenieur', 'Vertriebsingenieurin'],
      ['Projektingenieur Versorgungstechnik', 'Projektingenieurin Versorgungstechnik'],
      ['Referent für Öffentlichkeitsarbeit', 'Referentin für Öffentlichkeitsarbeit'],
      ['Berater', 'Beraterin'],
      ['Mitarbeiter Kundenservice', 'Mitarbeiterin Kundenservice'],
      ['Experte für Steuern', 'Expertin für Steuern'],
      ['Psychologe', 'Psychologin'],
      ['Industriekaufmann', 'Industriekauffrau'],
      ['Leitender Oberarzt', 'Leitende Oberärztin'],
      ['Technischer Redakteur', 'Technische Redakteurin'],
      ['Senior Berater SAP', 'Senior Beraterin SAP'],
      ['Referentin', 'Referentin'],
      ['Fachkraft für Lagerlogistik', 'Fachkraft für Lagerlogistik'],
      ['Pflegekraft', 'Pflegekraft'],
      ['Leitung Vertrieb', 'Leitung Vertrieb'],
      ['Data Scientist', 'Data Scientist'],
      ['Customer Success Manager', 'Customer Success Manager'],
      ['Talent Management', 'Talent Management'],
      ['Ingenieur / Techniker', 'Ingenieur / Techniker'],
    ];
    for (const [ad, said] of cases) expect(feminineRole(ad), ad).toBe(said);
    expect(deDE.roleAsWritten!('Medizincontroller', 'f')).toBe('Medizincontrollerin');
    expect(deDE.roleAsWritten!('Medizincontroller', undefined)).toBe('Medizincontroller');
  });

  it('names the post in the feminine in the message and in the facts it reports, only when she said so', () => {
    const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00+01:00') });
    const render = (grammaticalGender?: 'f' | 'm') => {
      const result = service.render(
        MessageRequestSchema.parse({
          scenario: 'withdraw-application',
          channel: 'email',
          language: 'de-DE',
          candidate: { name: 'Anna Berg', ...(grammaticalGender && { grammaticalGender }) },
          recipient: { name: 'Jens Vogt', honorific: 'mr' },
          company: 'Stadtwerke Ulm GmbH',
          role: 'Medizincontroller (m/w/d)',
        }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.message;
    };
    const hers = render('f');
    expect(hers.facts.role?.name).toBe('Medizincontrollerin');
    expect(hers.text).toContain('Medizincontrollerin');
    expect(render().facts.role?.name).toBe('Medizincontroller');
  });

  it('takes a Swiss workload for the tag it is: never a field after a dash, never read aloud', () => {
    const render = (channel: 'email' | 'voicemail', role: string) =>
      renderText({
        scenario: 'decline-recruiter-outreach',
        channel,
        language: 'de-CH',
        candidate: { name: 'Luca von Arx', phone: '+41 79 345 67 89' },
        recipient: { name: 'Regula Zürcher', honorific: 'ms' },
        company: 'Sennhauser Treuhand GmbH',
        role,
      });
    const cfo = render('email', 'CFO (w/m/d) – Pensum 100 %');
    expect(cfo).toContain('als CFO');
    expect(cfo).not.toContain('Bereich');
    const spoken = render('voicemail', 'Leiter Finanzbuchhaltung 80–100 % (w/m/d)');
    expect(spoken).toContain('Leiter Finanzbuchhaltung');
    expect(spoken).not.toMatch(/%|Prozent/);
  });
});

describe('German institutions with a legal form', () => {
  it('names one whose noun disagrees with its legal form by that noun, without the form, and leaves the rest alone', () => {
    expect(deAT.companyWith!('Ordensklinikum Linz GmbH').bei).toBe('beim Ordensklinikum Linz');
    expect(deAT.companyWith!('Ordensklinikum Linz GmbH').gen).toBe('des Ordensklinikums Linz');
    expect(deDE.companyWith!('Stadtwerke Esslingen am Neckar GmbH & Co. KG').bei).toBe('bei den Stadtwerken Esslingen am Neckar');
    // The article the legal form gives reads where the name's own noun agrees with it, or an adjective carries it.
    expect(deDE.companyWith!('Sparkasse Ulm AG').bei).toBe('bei der Sparkasse Ulm AG');
    expect(deDE.companyWith!('Hanseatische Logistik GmbH').bei).toBe('bei der Hanseatischen Logistik GmbH');
    expect(deDE.companyWith!('Müller Logistik GmbH').bei).toBe('bei der Müller Logistik GmbH');
  });
});

describe('German roles that name a function', () => {
  it('tells a function from the person who holds it, past any adjectives', () => {
    const functions = ['Leitung Haustechnik', 'Assistenz der Geschäftsführung', 'Kaufmännische Sachbearbeitung', 'Stellvertretende Pflegedienstleitung', 'Teamleitung Vertrieb', 'Senior Buchhaltung'];
    const people = ['Leiter Buchhaltung', 'Projektleiterin Gebäudetechnik', 'Technischer Redakteur', 'Pflegekraft', 'Data Analyst', 'Head of Operations'];
    expect(functions.filter((role) => !roleIsFunction(role))).toEqual([]);
    expect(people.filter((role) => roleIsFunction(role))).toEqual([]);
  });

  it('applies for a function as a post and as a person otherwise, in every channel that names the role', () => {
    const render = (channel: 'email' | 'linkedin' | 'voicemail', role: string) =>
      renderText({
        scenario: 'withdraw-application',
        channel,
        language: 'de-AT',
        candidate: { name: 'Theresa Kogler', phone: '+43 664 381 75 52' },
        recipient: { name: 'Markus Gruber', honorific: 'mr' },
        company: 'Landeskrankenhaus Villach',
        role,
      });
    for (const channel of ['email', 'linkedin', 'voicemail'] as const) {
      const post = render(channel, 'Leitung Haustechnik (w/m/d)');
      expect(post, channel).not.toContain('als Leitung');
      expect(post, channel).toMatch(/Stelle Leitung Haustechnik|Stelle als Leitung Haustechnik/);
    }
    expect(render('email', 'Haustechniker (m/w/d)')).toMatch(/als Haustechniker/);
  });
});
