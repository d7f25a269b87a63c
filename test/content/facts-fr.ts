// French fact sets: each exercises a class of defect a French reader would notice (elision before a role, titles
// and particles in names, accents outside GSM-7, legal forms, times and zones, private details, long names).
import type { FactSet } from './matrix.js';

/** The sender's clock in Paris, a Sunday morning. */
export const frenchNow = '2026-11-29T10:00:00+01:00';

export function frenchFactSets(): FactSet[] {
  return [
    {
      name: 'every optional fact',
      normalLength: false,
      when: 'demain à 15 h',
      facts: {
        candidate: { name: 'Camille Laurent', email: 'camille.laurent@example.fr', phone: '+33 6 12 34 56 78' },
        recipient: { name: 'Sabine Martin', title: 'Chargée de recrutement', honorific: 'ms' },
        company: 'Acme France S.A.S.',
        role: 'Data Analyst',
        interview: { at: '2026-11-30T15:00:00+01:00', format: 'video' },
        reason: { code: 'family', detail: 'Ma famille a besoin de moi près de Lyon cette année', disclosure: 'specific' },
        newEmployer: 'Globex',
        keepDoorOpen: true,
        referral: 'Inès Bouchard',
        requestNoFurtherContact: true,
        now: frenchNow,
      },
    },
    {
      name: 'no optional fact',
      normalLength: true,
      facts: { candidate: { name: 'Camille Laurent' }, company: 'Acme France S.A.S.' },
    },
    {
      // A role that starts with a vowel ("le poste d'Ingénieur ..."), a surname with a particle after "Monsieur".
      name: 'typical',
      normalLength: true,
      when: 'mercredi à 10 h',
      facts: {
        candidate: { name: 'Julien Moreau', email: 'julien.moreau@example.fr', phone: '+33 6 45 78 12 90' },
        recipient: { name: 'Yann Le Gall', honorific: 'mr' },
        company: 'Dupré Conseil SARL',
        role: 'Ingénieur de données senior',
        interview: { at: '2026-12-02T10:00:00+01:00', format: 'video' },
        reason: { code: 'compensation' },
        keepDoorOpen: true,
        now: frenchNow,
      },
    },
    {
      // Letters outside GSM-7 in the names (ô, ễ), an apostrophe in the company, a title typed into the recipient's
      // name, a role read as initials, and an interview later today. Its names need UCS-2, whose three segments
      // (201 characters) cannot hold every optional fact besides: an SMS gives some up, and says so.
      name: 'awkward names, short notice',
      normalLength: false,
      when: "aujourd'hui à 16 h 30",
      facts: {
        candidate: { name: "Françoise L'Hôte-Dupré", email: 'f.lhote-dupre@example.fr' },
        recipient: { name: 'Dr Jean-Marc Lefèvre' },
        company: "L'Atelier Numérique",
        role: 'UX Designer',
        interview: { at: '2026-11-29T16:30:00+01:00', format: 'phone' },
        reason: { code: 'family', disclosure: 'general' },
        newEmployer: 'Société Générale',
        keepDoorOpen: false,
        referral: 'Jean-Baptiste Nguyễn',
        now: frenchNow,
      },
    },
    {
      // Names that need UCS-2 (ç, ô) with the facts most messages carry: an SMS still holds them all in three
      // segments of 67 characters.
      name: 'accents outside GSM-7',
      normalLength: true,
      when: 'mardi à 14 h',
      facts: {
        candidate: { name: 'François Bénard', email: 'francois.benard@example.fr' },
        recipient: { name: 'Hélène Côté' },
        company: 'Boulangeries Réunies',
        role: 'Chef de rayon',
        interview: { at: '2026-12-01T14:00:00+01:00', format: 'onsite' },
        now: frenchNow,
      },
    },
    {
      name: 'long names, every optional fact',
      normalLength: false,
      when: 'jeudi à 9 h 30',
      facts: {
        candidate: {
          name: 'Marie-Christine de La Rochefoucauld-Montbel',
          email: 'marie-christine.delarochefoucauld-montbel@example.fr',
          phone: '+33 1 42 68 53 00',
        },
        recipient: { name: 'Jean-Philippe Vandenberghe-Lemaire', title: 'Responsable acquisition de talents' },
        company: 'Groupe Hospitalier Saint-Joseph et Associés S.A.',
        role: 'Responsable marketing produit international senior',
        interview: { at: '2026-12-03T09:30:00+01:00', format: 'onsite' },
        reason: { code: 'family', detail: "nous partons vivre à l'étranger au début de l'année prochaine", disclosure: 'specific' },
        newEmployer: 'Compagnie Générale des Eaux',
        keepDoorOpen: true,
        referral: 'Maximilien Oyelaran-Dubois',
        requestNoFurtherContact: true,
        now: frenchNow,
      },
    },
    {
      name: 'interview already held',
      normalLength: true,
      facts: {
        candidate: { name: 'Camille Laurent', phone: '06 12 34 56 78' },
        recipient: { name: 'Sabine Martin' },
        company: 'Acme France S.A.S.',
        role: 'Chef de projet',
        interview: { at: '2026-11-26T11:00:00+01:00', format: 'onsite' },
        reason: { code: 'compensation', disclosure: 'general' },
        keepDoorOpen: true,
        now: frenchNow,
      },
    },
    {
      // Initials before a given name, a legal form, an initialism in the role that takes "d'", and a private detail
      // given without asking for it to be shared: the detail must stay out of every message.
      name: 'legal names, initials, a private detail',
      normalLength: false,
      when: 'demain à 11 h',
      facts: {
        candidate: { name: 'Paul-Henri Lemoine', email: 'ph.lemoine@example.fr', phone: '01 23 45 67 89' },
        recipient: { name: 'J. Sébastien Morel' },
        company: 'Brightline Analytique S.A.',
        role: 'Ingénieur R&D',
        interview: { at: '2026-11-30T11:00:00+01:00', format: 'onsite' },
        reason: { code: 'health', detail: "On m'a diagnostiqué une maladie cardiaque" },
        newEmployer: 'Kowalski & Fils',
        keepDoorOpen: true,
        referral: 'Anne Lefort',
        now: frenchNow,
      },
    },
    {
      // Six hours apart: the interview in Paris, the candidate in Montréal, so the time names its zone. A single-word
      // name, a compound given name that goes by its preferred form, and a doctor greeted by the neutral form.
      name: 'time zones apart, single name',
      normalLength: true,
      when: 'mardi à 9 h (heure de Paris)',
      facts: {
        candidate: { name: 'Yasmine', phone: '+1 514 555 0199' },
        recipient: { name: 'Marie Anne Dubois', preferredName: 'Marie-Anne', honorific: 'dr' },
        company: 'Laboratoires Pacifique',
        role: 'Chercheuse en TAL',
        interview: { at: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris', format: 'video' },
        reason: { code: 'timing', disclosure: 'general' },
        keepDoorOpen: true,
        now: '2026-11-29T12:00:00-05:00',
      },
    },
  ];
}
