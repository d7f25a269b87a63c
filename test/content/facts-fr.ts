// French fact sets: each exercises a class of defect a French reader would notice (elision before a role, titles
// and particles in names, accents outside GSM-7, legal forms, times and zones, private details, long names), and the
// choices a candidate can make (another date, an offer they would reconsider, their data deleted), with the scenarios
// each choice applies to.
import type { MessageRequest } from '../../src/messages/schema.js';
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
      // name, a compound given name that goes by its preferred form, and a doctor who goes by it (no "Docteur" then).
      name: 'time zones apart, single name',
      normalLength: true,
      when: 'mardi à 9 h (heure de Paris)',
      spokenWhen: 'mardi à 9 h, heure de Paris',
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
    {
      // Structured names with particles (given and family name as an ATS stores them), a candidate who writes in the
      // feminine, a plural company with its legal form, a reference, and a detail that is not private.
      name: 'particles, a plural company, a reference',
      // The candidate's detail runs to a dozen words: a text may give up its wish to keep in touch to fit.
      normalLength: false,
      when: 'demain à 14 h',
      facts: {
        candidate: { name: "Hélène d'Aubigné", givenName: 'Hélène', familyName: "d'Aubigné", email: 'helene.daubigne@example.fr', phone: '+33 6 71 42 88 03', grammaticalGender: 'f' },
        recipient: { name: 'Pieter van der Berg', givenName: 'Pieter', familyName: 'van der Berg', honorific: 'mr' },
        company: 'Transports Lefebvre et Fils SAS',
        role: 'Juriste',
        jobReference: 'JUR-041',
        interview: { at: '2026-11-30T14:00:00+01:00', format: 'onsite' },
        reason: { code: 'location', detail: 'le trajet depuis Chartres me prendrait plus de deux heures par jour', disclosure: 'specific' },
        keepDoorOpen: true,
        now: frenchNow,
      },
    },
    {
      // An association with its legal form, a recipient with an academic title and no honorific (greeted without a
      // title or a gender), a candidate who writes in the masculine and gives no phone (the voicemail's advice asks for
      // one), and an interview in Brussels seen from Montréal (its zone named, by its city in every variant).
      name: 'an association, a doctor, no phone, another zone',
      // A name outside GSM-7 and a long detail: a text cannot hold them all in three UCS-2 segments.
      normalLength: false,
      when: 'mardi à 10 h 30 (heure de Bruxelles)',
      spokenWhen: 'mardi à 10 h 30, heure de Bruxelles',
      facts: {
        candidate: { name: 'Jean-François Tremblay', grammaticalGender: 'm' },
        recipient: { name: 'Marie-Ève Gagnon', givenName: 'Marie-Ève', familyName: 'Gagnon', academicTitle: 'Dr' },
        company: 'Mutualité Chrétienne ASBL',
        role: 'Gestionnaire de dossiers',
        interview: { at: '2026-12-01T10:30:00+01:00', timeZone: 'Europe/Brussels', format: 'video' },
        reason: { code: 'schedule', detail: 'les horaires de soir ne sont pas compatibles avec la garde de mes enfants', disclosure: 'specific' },
        now: '2026-11-29T10:00:00-05:00',
      },
    },
    {
      // Written in the evening (texts and voicemails say "Bonsoir"), for an interview the next morning: short notice
      // in every scenario that cancels one, a reason that is a change of situation, and a referral.
      name: 'the evening before',
      normalLength: false,
      when: 'demain à 9 h',
      facts: {
        candidate: { name: 'Inès Haddad', phone: '06 98 76 54 32', email: 'ines.haddad@example.fr' },
        recipient: { name: 'Claire Dumont', honorific: 'ms' },
        company: 'Presses Rivages SA',
        role: 'Rédactrice web',
        interview: { at: '2026-11-30T09:00:00+01:00', format: 'video' },
        reason: { code: 'other' },
        referral: 'Lucas Martin',
        now: '2026-11-29T19:30:00+01:00',
      },
    },
  ];
}

/** A choice a candidate can make, with the scenarios it applies to: rendered in every tone, channel and phrasing. */
export interface FrenchChoice {
  name: string;
  scenarios: readonly MessageRequest['scenario'][];
  /** Tones the choice goes with (openToNegotiation never goes with firm). */
  tones?: readonly MessageRequest['tone'][];
  set: FactSet;
}

const choiceBase = {
  candidate: { name: 'Camille Laurent', email: 'camille.laurent@example.fr', phone: '+33 6 12 34 56 78', grammaticalGender: 'f' as const },
  recipient: { name: 'Sabine Martin', honorific: 'ms' as const },
  company: 'Acme France S.A.S.',
  role: 'Data Analyst',
  now: frenchNow,
};

export function frenchChoices(): FrenchChoice[] {
  return [
    {
      name: 'another date, with availability',
      scenarios: ['last-minute', 'personal-reasons'],
      set: {
        name: 'reschedule, availability',
        normalLength: true,
        when: "aujourd'hui à 16 h",
        facts: { ...choiceBase, interview: { at: '2026-11-29T16:00:00+01:00', format: 'video' }, reason: { code: 'health' }, intent: 'reschedule', availability: 'lundi ou mardi matin' },
      },
    },
    {
      name: 'another date, a shared detail, no availability',
      scenarios: ['last-minute', 'personal-reasons'],
      set: {
        name: 'reschedule, detail',
        normalLength: true,
        when: 'demain à 9 h 30',
        facts: {
          ...choiceBase,
          candidate: { name: 'Julien Moreau', phone: '+33 6 45 78 12 90' },
          interview: { at: '2026-11-30T09:30:00+01:00', format: 'phone' },
          reason: { code: 'family', detail: 'mon fils est hospitalisé depuis ce matin', disclosure: 'specific' },
          intent: 'reschedule',
          now: '2026-11-29T18:45:00+01:00',
        },
      },
    },
    {
      name: 'an offer declined for pay, open to a better one',
      scenarios: ['decline-offer'],
      tones: ['formal', 'warm', 'concise'],
      set: { name: 'negotiation, pay', normalLength: true, facts: { ...choiceBase, reason: { code: 'compensation' }, openToNegotiation: true, keepDoorOpen: true } },
    },
    {
      name: 'an offer declined for its hours, open to other hours',
      scenarios: ['decline-offer'],
      tones: ['formal', 'warm', 'concise'],
      set: {
        name: 'negotiation, hours',
        normalLength: true,
        facts: { ...choiceBase, reason: { code: 'schedule', detail: 'un temps partiel à 60 % ne me permet pas de vivre', disclosure: 'specific' }, openToNegotiation: true },
      },
    },
    {
      // Why the candidate took the other offer, in their own words: it follows the new employer in every tone and
      // channel. Readers in Paris and Montréal failed every cell that left it out.
      name: 'another offer, with why it was taken',
      scenarios: ['accepted-another-offer'],
      set: {
        name: 'another offer, why',
        normalLength: true,
        facts: { ...choiceBase, newEmployer: 'Biolys Santé', reason: { code: 'another-offer', detail: 'le poste est basé à Lyon, tout près de ma famille' } },
      },
    },
    {
      name: 'the application data deleted',
      scenarios: ['accepted-another-offer', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
      set: {
        name: 'data deletion',
        normalLength: true,
        facts: {
          ...choiceBase,
          interview: { at: '2026-11-29T17:00:00+01:00', format: 'onsite' },
          reason: { code: 'timing' },
          requestDataDeletion: true,
          requestNoFurtherContact: true,
          referral: 'Inès Bouchard',
        },
      },
    },
  ];
}

/**
 * Facts as platforms send them, unprocessed: roles with job-ad tags, legal forms, a detail with no disclosure
 * given. `reads` is what a reader must find instead (the role as the text says it), for the checks that compare.
 */
export function frenchPlatformSets(): (FactSet & { reads: { role: string } })[] {
  return [
    {
      name: 'platform: tagged role, SAS, reference',
      normalLength: false,
      when: 'demain à 11 h',
      reads: { role: 'Chargé·e de mission RSE' },
      facts: {
        candidate: { givenName: 'Hélène', familyName: "d'Aubigné", phone: '+33 6 71 42 88 03', grammaticalGender: 'f' },
        recipient: { givenName: 'Marc-Antoine', familyName: 'de Villeneuve', honorific: 'mr' },
        company: 'Transports Lefebvre et Fils SAS',
        role: 'Chargé·e de mission RSE (H/F)',
        jobReference: 'RSE-2026-041',
        interview: { at: '2026-11-30T11:00:00+01:00', format: 'onsite' },
        reason: { code: 'role-fit', detail: 'je cherche un poste plus tourné vers le terrain' },
        now: frenchNow,
      },
    },
    {
      name: 'platform: Swiss bank, no recipient, in Zurich time',
      normalLength: false,
      when: 'mardi à 16 h (heure de Zurich)',
      spokenWhen: 'mardi à 16 h, heure de Zurich',
      reads: { role: 'Conseiller clientèle privée' },
      facts: {
        candidate: { name: 'Luca Rossi', phone: '+41 79 555 12 34', grammaticalGender: 'm' },
        company: 'Banque Cantonale du Léman SA',
        role: 'Conseiller clientèle privée (H/F/X) (80-100 %)',
        interview: { at: '2026-12-01T16:00:00+01:00', timeZone: 'Europe/Zurich', format: 'phone' },
        reason: { code: 'compensation' },
        now: '2026-11-29T09:00:00+00:00',
      },
    },
  ];
}
