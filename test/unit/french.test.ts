// The French helpers the templates rely on: names and titles, roles and companies after "de", the candidate's
// reason after "car", interview days, times and zones per variant, numbers read slowly, and speaking time.
import { describe, expect, it } from 'vitest';
import { frBE, frCA, frCH, frenchSyllables, frFR } from '../../src/messages/languages/fr.js';
import { parsePersonName } from '../../src/messages/facts/person-name.js';
import { cleanRole } from '../../src/messages/facts/role.js';
import { resolveLanguage } from '../../src/messages/languages/index.js';
import { interviewClock } from '../../src/messages/languages/time.js';

describe('French names', () => {
  it.each([
    ['Sabine Martin', 'Sabine'],
    ['Jean-Baptiste Nguyễn', 'Jean-Baptiste'],
    ['Dr Jean-Marc Lefèvre', 'Jean-Marc'],
    ['J. Sébastien Morel', 'Sébastien'],
    ['J.-P. Martin', null],
    ['Marie-Christine de La Rochefoucauld-Montbel', 'Marie-Christine'],
    ['Madame Martin', null],
    ['Yasmine', 'Yasmine'],
    ['J.', null],
  ])('greets %s by %s', (name, given) => {
    expect(frFR.givenName(name)).toBe(given);
  });

  it('writes "Madame" and "Monsieur" with the surname only when the title is known, and no "Docteur" or "Docteure" for dr', () => {
    expect(frFR.titledName('ms', 'Sabine Martin')).toBe('Madame Martin');
    expect(frFR.titledName('mr', 'Yann Le Gall')).toBe('Monsieur Le Gall');
    expect(frFR.titledName('ms', 'Marie de La Fontaine')).toBe('Madame de La Fontaine');
    expect(frFR.titledName(undefined, 'Mme Sabine Martin')).toBe('Madame Martin');
    // "dr" gives no gender: "Docteur St-Onge" to Nathalie St-Onge failed readers in Quebec, so no title is guessed.
    expect(frFR.titledName('dr', 'Marie Anne Dubois')).toBeNull();
    expect(frFR.titledName('mx', 'Camille Laurent')).toBeNull();
    expect(frFR.titledName(undefined, 'Camille Laurent')).toBeNull();
  });

  it('addresses an avocat or a notaire as "Maître", man or woman, and never by first name', () => {
    for (const academicTitle of ['Me', 'Maître']) {
      for (const honorific of ['mr', 'ms', null] as const) {
        const a = frFR.address(parsePersonName({ givenName: 'Hugues', familyName: 'Le Roy de Saint-Arnaud', academicTitle }), honorific);
        expect(a).toEqual({ titled: 'Maître Le Roy de Saint-Arnaud', titledOblique: 'Maître Le Roy de Saint-Arnaud', full: 'Maître Le Roy de Saint-Arnaud', byTitle: true });
      }
    }
    expect(frCA.address(parsePersonName({ name: 'Maître Julie Tremblay' }), 'ms').titled).toBe('Maître Tremblay');
    expect(frFR.address(parsePersonName({ name: 'Sabine Martin' }), 'ms').byTitle).toBeUndefined();
  });

  it('addresses a professor as "Madame la Professeure" in Paris, Brussels and Geneva, "Professeure Martin" in Quebec, where ms or mr gives the form', () => {
    const prof = (academicTitle: string) => parsePersonName({ givenName: 'Marie-Hélène', familyName: 'du Guérand-Lemoine', academicTitle });
    expect(frFR.address(prof('Pr'), 'ms').titled).toBe('Madame la Professeure');
    expect(frBE.address(parsePersonName({ givenName: 'Jan', familyName: 'Peeters', academicTitle: 'Prof. Dr' }), 'mr').titled).toBe('Monsieur le Professeur');
    expect(frCH.address(prof('Prof.'), 'mr').titled).toBe('Monsieur le Professeur');
    expect(frCA.address(prof('Prof.'), 'ms').titled).toBe('Professeure du Guérand-Lemoine');
    expect(frFR.address(prof('Pr'), 'mx').titled).toBeNull();
  });

  it('addresses a doctor as "Docteure St-Onge" in Quebec where ms or mr gives the form, and as "Madame" elsewhere', () => {
    const doctor = (academicTitle: string) => parsePersonName({ givenName: 'Nathalie', familyName: 'St-Onge', academicTitle });
    expect(frCA.address(doctor('Dre'), 'ms').titled).toBe('Docteure St-Onge');
    expect(frCA.address(doctor('Dr'), 'ms').titled).toBe('Docteure St-Onge');
    expect(frCA.address(doctor('Dr'), 'mr').titled).toBe('Docteur St-Onge');
    for (const h of [frFR, frBE, frCH]) expect(h.address(doctor('Dr'), 'ms').titled).toBe('Madame St-Onge');
  });

  it('greets a doctor or a professor sent with the honorific dr by the full name, never "Docteur" for a gender or a profession it cannot know', () => {
    for (const h of [frFR, frBE, frCH, frCA]) {
      expect(h.address(parsePersonName({ givenName: 'Nathalie', familyName: 'St-Onge' }), 'dr')).toEqual({ titled: null, titledOblique: null, full: 'Nathalie St-Onge' });
      expect(h.address(parsePersonName({ name: 'Prof. Dr Jan Peeters', givenName: 'Jan', familyName: 'Peeters', academicTitle: 'Prof. Dr' }), 'dr').titled).toBeNull();
    }
    expect(frFR.address(parsePersonName({ name: 'Dr Lefèvre' }), 'dr').full).toBe('Dr Lefèvre');
  });

  it('greets a name given with a title by the name alone, where no honorific gives "Madame" or "Monsieur"', () => {
    const full = (name: string) => frFR.address(parsePersonName({ name }), null).full;
    expect(full('Dr Jean-Marc Lefèvre')).toBe('Jean-Marc Lefèvre');
    expect(full('Pr. Anne Roy')).toBe('Anne Roy');
    expect(full('Dr Lefèvre')).toBe('Dr Lefèvre');
    expect(full('Sabine Martin')).toBe('Sabine Martin');
  });
});

describe('roles an ad tags after a dash', () => {
  const clean = (role: string) => cleanRole(role, 'f', frCA.roleWithSpecialty, (items) => frCA.list(items));
  it.each([
    // A work mode or a schedule is no specialty: "en hybride", "en temps plein" failed readers in Quebec.
    ["Analyste principal(e), intelligence d'affaires – hybride", "Analyste principale, intelligence d'affaires"],
    ['Chef(fe) de service, laboratoire de biochimie – temps plein, quart de jour', 'Cheffe de service, laboratoire de biochimie'],
    // A unit of the employer is the post's: "cadre administratif en pôle finances" failed readers in Paris, and "au pôle
    // plateau technique (…) au Centre hospitalier" chained two "au".
    ['Cadre administratif – pôle finances', 'Cadre administratif du pôle finances'],
    ['Juriste – direction juridique', 'Juriste de la direction juridique'],
    ['Juriste – équipe contentieux', "Juriste de l'équipe contentieux"],
    ['Ingénieur·e biomédical·e H/F – Pôle plateau technique', 'Ingénieure biomédicale du pôle plateau technique'],
    ['Infirmière – oncologie', 'Infirmière en oncologie'],
    ['Infirmière – Oncologie', 'Infirmière en oncologie'],
    // A team or a product line keeps the ad's comma: "gestionnaire de produit en paiements" failed readers in Montréal.
    ['Gestionnaire de produit – Paiements (télétravail)', 'Gestionnaire de produit, Paiements'],
    // A level qualifies the post: never "en niveau 2".
    ['Analyste – niveau 2', 'Analyste de niveau 2'],
    ['Technicienne – échelon 3', "Technicienne d'échelon 3"],
    // A field written as a phrase is the post's own, in the lower case of prose: it was cut as if it were a place.
    ['Chargé(e) de projets – Infrastructures municipales', 'Chargée de projets en infrastructures municipales'],
    // A unit and then a grade: "Attaché – service Urbanisme en niveau A1" failed a reader in Brussels.
    ['Attaché(e) (h/f/x) – service Urbanisme – niveau A1', 'Attachée du service Urbanisme (niveau A1)'],
  ])('%s is written "%s"', (role, expected) => {
    expect(clean(role).name).toBe(expected);
  });

  it('says a comma title as French speaks it, since a comma cannot be heard', () => {
    expect(frCA.spokenRole!("Analyste principale, intelligence d'affaires")).toBe("Analyste principale en intelligence d'affaires");
    expect(frFR.spokenRole!('Cheffe de service, laboratoire de biochimie')).toBe('Cheffe de service du laboratoire de biochimie');
    // A level is "de niveau 2" aloud, a team keeps its comma: "en niveau 2", "en paiements" failed readers in Montréal.
    expect(frCA.spokenRole!("Analyste d'affaires TI, niveau 2")).toBe("Analyste d'affaires TI de niveau 2");
    // A call or a text cannot close the comma before "chez Boréalis": the team follows the post.
    expect(frCA.spokenRole!('Gestionnaire de produit, Paiements')).toBe('Gestionnaire de produit paiements');
    expect(clean('Gestionnaire de produit – Paiements (télétravail)').spoken).toBe('Gestionnaire de produit paiements');
    for (const h of [frFR, frBE, frCH, frCA]) expect(h.spokenRole!("Analyste d'affaires TI, niveau 2")).not.toMatch(/ en niveau/);
    // One who heads a field heads it "de": "directrice en dons majeurs" failed a reader in Montréal.
    expect(frCA.spokenRole!('Directrice, dons majeurs')).toBe('Directrice des dons majeurs');
    expect(frFR.spokenRole!('Responsable, innovation')).toBe("Responsable de l'innovation");
    expect(frFR.spokenRole!('Directeur, communication')).toBe('Directeur communication');
    expect(frCA.spokenRole!('Conseillère principale, relations de travail')).toBe('Conseillère principale en relations de travail');
    expect(frFR.spokenRole!('VP, Finance')).toBe('VP, Finance');
    expect(frFR.spokenRole!('Data Analyst')).toBe('Data Analyst');
    // A place listed with a work mode is the ad's tag: "le poste de Head of QA en Bruxelles / hybride" failed a reader
    // in Brussels.
    expect(clean('Head of QA – Bruxelles / hybride').name).toBe('Head of QA');
    expect(clean('Analyste – Paris, hybride').name).toBe('Analyste');
  });
});

describe('roles and companies after "de"', () => {
  it.each([
    ['Data Analyst', 'de Data Analyst'],
    ['Ingénieur R&D', "d'ingénieur R&D"],
    ['UX Designer', "d'UX Designer"],
    ['Chef de rayon', 'de chef de rayon'],
    ['Responsable RH', 'de responsable RH'],
    ['Business Analyst Senior', 'de Business Analyst Senior'],
    // An English "Head" is said with its h: no elision.
    ['Head of Finance', 'de Head of Finance'],
    // An English title keeps its case: "le poste de head of FP&A" read as a typo to readers in Geneva.
    ['Head of FP&A', 'de Head of FP&A'],
    ['Lead developer', 'de Lead developer'],
    ['Responsable contrôle de gestion', 'de responsable contrôle de gestion'],
    // A specialty an ad sets apart with a comma is a common noun too.
    ['Analyste principale, Conformité', "d'analyste principale, conformité"],
    ['Cheffe de service, Laboratoire de biochimie', 'de cheffe de service, laboratoire de biochimie'],
    ['Responsable, Head Office', 'de Responsable, Head Office'],
    // A proper noun or the ad's department further on leaves the title a common noun: readers in Geneva and Paris
    // failed "le poste de Cheffe de projet …" and "le poste de Directrice …".
    ['Cheffe de projet senior Affaires réglementaires', 'de cheffe de projet senior Affaires réglementaires'],
    ['Directrice des affaires réglementaires Europe', 'de directrice des affaires réglementaires Europe'],
  ])('le poste %s', (role, expected) => {
    expect(frFR.withArticle(role)).toBe(expected);
  });

  it.each([
    ['Acme France', "d'Acme France"],
    ['Dupré Conseil', 'de Dupré Conseil'],
    ['Le Monde', 'du Monde'],
    ['Les Échos', 'des Échos'],
    ["L'Atelier Numérique", "de L'Atelier Numérique"],
  ])('les équipes %s', (company, expected) => {
    expect(frFR.possessive(company)).toBe(expected);
  });

  it.each([
    ['Acme France S.A.S.', 'Acme France'],
    ['Dupré Conseil SARL', 'Dupré Conseil'],
    ['Brightline Analytique S.A.', 'Brightline Analytique'],
    ['Atelier Léman Sàrl', 'Atelier Léman'],
    ['Boulangeries Réunies', 'Boulangeries Réunies'],
    ['Services Nordiques Ltée', 'Services Nordiques'],
    ['Desjardins Technologies inc.', 'Desjardins Technologies'],
    ['Boréal Logistique ltée', 'Boréal Logistique'],
    ['SNC', 'SNC'],
  ])('calls %s %s in running text', (name, everyday) => {
    expect(frFR.everydayCompany(name)).toBe(everyday);
  });

  it('joins a list with "et"', () => {
    expect(frFR.list(['le poste', 'la recommandation'])).toBe('le poste et la recommandation');
  });
});

describe('becauseClause', () => {
  it.each([
    ['Mon conjoint commence un nouveau poste à Lisbonne.', 'car mon conjoint commence un nouveau poste à Lisbonne'],
    ['parce que je déménage', 'car je déménage'],
    ["Parce qu'il y a un déménagement prévu", 'car il y a un déménagement prévu'],
    ['Lyon est trop loin', 'car Lyon est trop loin'],
    ['En raison de mon déménagement', 'en raison de mon déménagement'],
    ['car ma famille a besoin de moi', 'car ma famille a besoin de moi'],
    // A verb in the conditional is a clause (Montréal and Geneva, withdraw-application): "car", never "en raison du".
    ['le trajet depuis Bonaventure dépasserait une heure et demie dans chaque sens', 'car le trajet depuis Bonaventure dépasserait une heure et demie dans chaque sens'],
    ['les trajets quotidiens entre Yverdon-les-Bains et Genève seraient trop longs', 'car les trajets quotidiens entre Yverdon-les-Bains et Genève seraient trop longs'],
    ['le poste dépasse mes compétences actuelles', 'car le poste dépasse mes compétences actuelles'],
    ['le retrait de mon permis de conduire', 'en raison du retrait de mon permis de conduire'],
    // A noun phrase has no verb for "car" to join (Brussels, personal-reasons): "en raison de", contracted.
    ['une intervention chirurgicale prévue le 9 décembre', "en raison d'une intervention chirurgicale prévue le 9 décembre"],
    ['Le déménagement de ma famille à Lyon', 'en raison du déménagement de ma famille à Lyon'],
    ['des travaux chez moi qui durent tout le mois', 'en raison de travaux chez moi qui durent tout le mois'],
    ["l'hospitalisation de mon père", "en raison de l'hospitalisation de mon père"],
    ['mon état de santé m’oblige à lever le pied', 'car mon état de santé m’oblige à lever le pied'],
    ["l'horaire en pauses n'est pas compatible avec ma garde alternée", "car l'horaire en pauses n'est pas compatible avec ma garde alternée"],
  ])('%s -> %s', (detail, clause) => {
    expect(frFR.becauseClause(detail)).toBe(clause);
  });

  // Another offer described by a noun phrase is the offer, never its cause ("en raison d'un poste de gérant …").
  it.each([
    ['un poste de gérant senior à Lausanne', 'comme gérant senior à Lausanne'],
    ["un poste d'analyste à Lyon", 'comme analyste à Lyon'],
    ['un CDI à Lausanne', 'pour un CDI à Lausanne'],
    ['une offre plus proche de chez moi', 'une offre plus proche de chez moi'],
    ['le salaire y est nettement meilleur', 'car le salaire y est nettement meilleur'],
    // "y" before a verb no list names marks a clause: "pour l'équipe y travaille …" was a noun phrase's connector.
    ["l'équipe y travaille entièrement à distance depuis Utrecht", "car l'équipe y travaille entièrement à distance depuis Utrecht"],
  ])('another offer: %s -> %s', (detail, clause) => {
    expect(frFR.becauseClause(detail, null, 'another-offer')).toBe(clause);
  });
});

describe('interview days and times', () => {
  // Sunday 29 November 2026, 10:00 in Paris.
  const now = '2026-11-29T10:00:00+01:00';
  const words = (at: string, zone: string | null, helpers = frFR, nowIso = now) =>
    helpers.interviewWords(interviewClock(at, zone, Date.parse(nowIso), nowIso)).when;

  it('says the day relative to now and the time the French way', () => {
    expect(words('2026-11-29T15:00:00+01:00', null)).toBe("aujourd'hui à 15 h");
    expect(words('2026-11-30T09:30:00+01:00', null)).toBe('demain à 9 h 30');
    expect(words('2026-12-01T12:00:00+01:00', null)).toBe('mardi à midi');
    expect(words('2026-12-01T00:00:00+01:00', null)).toBe('mardi à minuit');
    expect(words('2026-12-01T14:00:00+01:00', null, frFR, '2026-11-20T10:00:00+01:00')).toBe('le mardi 1er décembre à 14 h');
    expect(words('2026-12-08T09:30:00+01:00', null)).toBe('le mardi 8 décembre à 9 h 30');
    // A past day is "dernier": a bare "mardi" read on the Monday after is tomorrow.
    expect(words('2026-12-01T10:00:00+01:00', null, frFR, '2026-12-07T09:00:00+01:00')).toBe('mardi dernier à 10 h');
  });

  it('names a zone the candidate is not in by its city, in French', () => {
    expect(words('2026-12-01T09:00:00-05:00', 'America/New_York')).toBe('mardi à 9 h (heure de New York)');
    expect(words('2026-12-01T09:00:00+00:00', 'Europe/London')).toBe('mardi à 9 h (heure de Londres)');
    expect(words('2026-12-01T09:00:00+01:00', 'Europe/Amsterdam', frFR, '2026-11-29T10:00:00-05:00')).toBe("mardi à 9 h (heure d'Amsterdam)");
    expect(words('2026-12-01T09:00:00+02:00', 'Africa/Cairo')).toBe('mardi à 9 h (heure du Caire)');
    // Romandy does not time a Swiss meeting by Zurich.
    expect(words('2026-12-01T09:00:00+01:00', 'Europe/Zurich', frCH, '2026-11-29T10:00:00+00:00')).toBe('mardi à 9 h (heure de Genève)');
    expect(words('2026-12-01T09:00:00+01:00', 'Europe/Zurich', frFR, '2026-11-29T10:00:00+00:00')).toBe('mardi à 9 h (heure de Zurich)');
    // An overseas territory by its name, with its article and accents: "Reunion" failed readers in Paris.
    expect(words('2026-12-01T09:00:00+04:00', 'Indian/Reunion')).toBe('mardi à 9 h (heure de La Réunion)');
    expect(words('2026-12-01T09:00:00-04:00', 'America/Martinique')).toBe('mardi à 9 h (heure de la Martinique)');
    expect(words('2026-12-01T09:00:00-09:30', 'Pacific/Marquesas')).toBe('mardi à 9 h (heure des Marquises)');
  });

  it('says the zone as a complement in a voicemail ("à l\'heure de"), where a bracket cannot be read aloud', () => {
    const spoken = (at: string, zone: string, helpers = frFR) => helpers.interviewWords(interviewClock(at, zone, Date.parse(now), now), true).when;
    expect(spoken('2026-12-01T09:00:00+00:00', 'Europe/London')).toBe('mardi à 9 h, heure de Londres,');
    expect(spoken('2026-12-01T09:00:00-05:00', 'America/Toronto', frCA)).toBe("mardi à 9 h, heure de l'Est,");
    // The candidate's own zone is never named, in either form.
    expect(spoken('2026-12-01T09:00:00+01:00', 'Europe/Paris')).toBe('mardi à 9 h');
  });

  it('names North American zones as Quebec does in fr-CA, and other zones by their city', () => {
    expect(words('2026-12-01T09:00:00-05:00', 'America/Toronto', frCA)).toBe("mardi à 9 h (heure de l'Est)");
    // British Columbia keeps UTC-7 and Manitoba UTC-5 all year from 2026 (tz data 2026 and later: Node 24's 2026e has
    // it, Node 20's 2025c did not).
    expect(words('2026-12-01T09:00:00-07:00', 'America/Vancouver', frCA)).toBe('mardi à 9 h (heure du Pacifique)');
    expect(words('2026-12-01T09:00:00-05:00', 'America/Winnipeg', frCA)).toBe('mardi à 9 h (heure du Centre)');
    expect(words('2026-12-01T09:00:00+01:00', 'Europe/Paris', frCA, '2026-11-29T12:00:00-05:00')).toBe('mardi à 9 h (heure de Paris)');
  });

  it('names a US zone by its city in fr-CA when Pacific or Central time is two clocks, as in winter since 2026', () => {
    // Vancouver 10 h, Los Angeles 9 h: "heure du Pacifique" alone would not say which, and CLDR's own
    // "heure du Pacifique (États-Unis)" would put brackets in brackets.
    expect(words('2026-12-01T09:00:00-08:00', 'America/Los_Angeles', frCA)).toBe('mardi à 9 h (heure de Los Angeles)');
    expect(words('2026-12-01T09:00:00-06:00', 'America/Chicago', frCA)).toBe('mardi à 9 h (heure de Chicago)');
    // In summer both are on the same clock again, and the shared name is enough.
    expect(words('2027-06-01T09:00:00-07:00', 'America/Los_Angeles', frCA, '2027-05-29T12:00:00-04:00')).toBe('mardi à 9 h (heure du Pacifique)');
  });

  it('names the format of the interview per variant', () => {
    expect(frFR.formatWords).toEqual({ phone: 'téléphonique', video: 'en visioconférence', onsite: 'en présentiel' });
    expect(frCA.formatWords.video).toBe('par vidéoconférence');
    expect(frCA.formatWords.onsite).toBe('en personne');
  });
});

describe('voicemail', () => {
  it("says the market's own numbers in national form, as its speakers dictate them, and never its country code", () => {
    expect(frFR.spokenNumber!('+33 6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(frFR.spokenNumber!('+33 (0)1 23 45 67 89')).toBe('01 23 45 67 89');
    expect(frFR.slowNumber('+33 6 12 34 56 78')).toBe('06, 12, 34, 56, 78');
    expect(frFR.slowNumber('0123456789')).toBe('01, 23, 45, 67, 89');
    expect(frBE.spokenNumber!('+32 475 12 48 90')).toBe('0475 12 48 90');
    expect(frBE.spokenNumber!('+32 2 512 34 56')).toBe('02 512 34 56');
    expect(frBE.spokenNumber!('+32 71 12 34 56')).toBe('071 12 34 56');
    expect(frCH.spokenNumber!('+41 79 412 58 33')).toBe('079 412 58 33');
    expect(frCH.slowNumber('0041 79 412 58 33')).toBe('079, 412, 58, 33');
    expect(frCA.spokenNumber!('+1 514 555-0187')).toBe('514 555 0187');
    expect(frCA.slowNumber('+1 514 555-0187')).toBe('5 1 4, 5 5 5, 0 1 8 7');
  });

  it('says an overseas department\'s number in France as a French one, in pairs: it is in the national plan', () => {
    expect(frFR.spokenNumber!('+262 692 45 18 07')).toBe('06 92 45 18 07');
    expect(frFR.slowNumber('+262 692 45 18 07')).toBe('06, 92, 45, 18, 07');
    expect(frFR.slowNumber('+590 690 12 34 56')).toBe('06, 90, 12, 34, 56');
    expect(frFR.spokenNumber!('00596 696 12 34 56')).toBe('06 96 12 34 56');
    expect(frFR.spokenNumber!('+594 694 12 34 56')).toBe('06 94 12 34 56');
    expect(frFR.spokenNumber!('+508 41 12 34')).toBe('05 08 41 12 34');
    expect(frFR.spokenNumber!('+269 639 12 34 56')).toBe('06 39 12 34 56');
    // The Comoros share +269: their seven-digit numbers stay foreign, and Belgium dials La Réunion abroad.
    expect(frFR.slowNumber('+269 773 12 34')).toBe('plus 2 6 9, 7 7 3, 1 2, 3 4');
    expect(frBE.slowNumber('+262 692 45 18 07')).toMatch(/^plus 2 6 2/);
  });

  it("reads another country's number digit by digit in its groups, with \"plus\"", () => {
    expect(frFR.spokenNumber!('+41 79 412 58 33')).toBe('+41 79 412 58 33');
    // A Swiss or Belgian number is said in its groups, each as a number, as its own speakers dictate it.
    expect(frFR.slowNumber('+41 79 412 58 33')).toBe('plus 41, 79, 412, 58, 33');
    // A North American number has a group of four: "zéro cent quatre-vingt-dix-neuf" failed a reader in Geneva, who
    // wants it digit by digit, the same whether or not the interview's zone is known.
    expect(frCH.slowNumber('+1 438 555 0199')).toBe('plus 1, 4 3 8, 5 5 5, 0 1 9 9');
    expect(frCH.slowAbroad!('+1 438 555 0199')).toBe('plus 1, 4 3 8, 5 5 5, 0 1 9 9');
    expect(frBE.slowAbroad!('+32 475 12 34 56')).toBe('plus 32, 475, 12, 34, 56');
    expect(frCA.slowNumber('+33 6 12 34 56 78')).toBe('plus 3 3, 6, 1 2, 3 4, 5 6, 7 8');
    expect(frCA.spokenNumber!('06 98 76 54 32')).toBe('06 98 76 54 32');
  });

  it('counts French syllables: mute final e, one per vowel group, digits one by one', () => {
    expect(frenchSyllables('poste')).toBe(1);
    expect(frenchSyllables('offre')).toBe(1);
    expect(frenchSyllables('remercie')).toBe(3);
    expect(frenchSyllables('candidature')).toBe(4);
    expect(frenchSyllables("aujourd'hui")).toBe(3);
    expect(frenchSyllables('15 h')).toBe(2);
    expect(frenchSyllables('10')).toBe(1);
    expect(frenchSyllables('78')).toBe(4);
    expect(frenchSyllables('06')).toBe(3);
    expect(frenchSyllables('0187')).toBe(5);
  });

  it('times speech at 4.2 syllables a second', () => {
    const text = 'Bonjour Sabine, ici Camille Laurent. Je vous appelle au sujet de ma candidature au poste de Data Analyst chez Acme France.';
    expect(frenchSyllables(text)).toBeGreaterThan(30);
    expect(frFR.speakingSeconds(text)).toBe(Math.ceil(frenchSyllables(text) / 4.2));
  });
});

describe('French tags', () => {
  it.each([
    ['fr', 'fr-FR'],
    ['fr-FR', 'fr-FR'],
    ['FR-fr', 'fr-FR'],
    ['fr-LU', 'fr-FR'],
    ['fr-MA', 'fr-FR'],
    ['fr-SN', 'fr-FR'],
    ['fr-BE', 'fr-BE'],
    ['fr-CH', 'fr-CH'],
    ['fr-CA', 'fr-CA'],
    ['fr-Latn-CA', 'fr-CA'],
  ])('%s resolves to %s', (tag, resolved) => {
    const result = resolveLanguage(tag);
    expect(result.ok && result.variant.tag).toBe(resolved);
    expect(result.ok && result.variant.formality).toBe(true);
  });
});

describe('employers named by a common noun', () => {
  const forms = (name: string) => frFR.companyWith!(name);
  it.each([
    ['Mairie de Lyon', 'à la Mairie de Lyon', 'de la Mairie de Lyon', 'la Mairie de Lyon'],
    ['Cabinet Lefèvre', 'au Cabinet Lefèvre', 'du Cabinet Lefèvre', 'le Cabinet Lefèvre'],
    ['Université de Nantes', "à l'Université de Nantes", "de l'Université de Nantes", "l'Université de Nantes"],
    ['Laboratoires Servier', 'aux Laboratoires Servier', 'des Laboratoires Servier', 'les Laboratoires Servier'],
    ['Boulangeries Paul', 'aux Boulangeries Paul', 'des Boulangeries Paul', 'les Boulangeries Paul'],
    ['Hôtels Barrière', 'aux Hôtels Barrière', 'des Hôtels Barrière', 'les Hôtels Barrière'],
    ['Centre hospitalier de Cholet', 'au Centre hospitalier de Cholet', 'du Centre hospitalier de Cholet', 'le Centre hospitalier de Cholet'],
    ["Caisse d'Épargne Rhône Alpes", "à la Caisse d'Épargne Rhône Alpes", "de la Caisse d'Épargne Rhône Alpes", "la Caisse d'Épargne Rhône Alpes"],
    ['Groupe Hospitalier Est Parisien', 'au Groupe Hospitalier Est Parisien', 'du Groupe Hospitalier Est Parisien', 'le Groupe Hospitalier Est Parisien'],
    ['Hôpital Necker', "à l'Hôpital Necker", "de l'Hôpital Necker", "l'Hôpital Necker"],
    // A trade ending in -erie, a plural trade, and a public body said by its acronym (a Belgian social welfare centre).
    ['Horlogerie Perret & Fils', "à l'Horlogerie Perret & Fils", "de l'Horlogerie Perret & Fils", "l'Horlogerie Perret & Fils"],
    ['Pêcheries Arsenault-LeBlanc', 'aux Pêcheries Arsenault-LeBlanc', 'des Pêcheries Arsenault-LeBlanc', 'les Pêcheries Arsenault-LeBlanc'],
    ['CPAS de Schaerbeek', 'au CPAS de Schaerbeek', 'du CPAS de Schaerbeek', 'le CPAS de Schaerbeek'],
    ['Le Monde', 'au Monde', 'du Monde', 'Le Monde'],
  ])('%s: "%s", "%s"', (name, chez, de, bare) => {
    expect(forms(name).chez).toBe(chez);
    expect(forms(name).de).toBe(de);
    expect(frFR.possessive(name)).toBe(de);
    expect(forms(name).bare).toBe(bare);
    expect(forms(name).Bare).toBe(bare.charAt(0).toUpperCase() + bare.slice(1));
  });

  it('leaves a brand bare and elides before a vowel or a mute h, never before an aspirated one', () => {
    expect(forms('Hydrolienne')).toMatchObject({ chez: 'chez Hydrolienne', a: 'à Hydrolienne', bare: 'Hydrolienne', de: "d'Hydrolienne" });
    expect(forms('Acme').de).toBe("d'Acme");
    expect(forms('Huawei').de).toBe('de Huawei');
    expect(forms('Lumière & Fils').chez).toBe('chez Lumière & Fils');
    // A word it does not know is taken for a brand: no article is guessed.
    expect(forms('Boulangerie-Pâtisserie Morel').chez).toBe('chez Boulangerie-Pâtisserie Morel');
    expect(forms('Mairie de Lyon').a).toBe('à la Mairie de Lyon');
  });

  it('says "&" as "et" aloud', () => {
    expect(frFR.companyWith!('Lefèvre & Associés', true).chez).toBe('chez Lefèvre et Associés');
  });
});
