// German fact sets: native names with ä ö ü ß, names outside GSM-7, particles and academic titles, legal forms
// (GmbH, AG, GmbH & Co. KG, e.V.), plural, adjective-led and association names, roles with job-ad tags, a job
// reference, a single name, a preferred name, honorifics, time zones apart (London), short notice, a held interview,
// private and shared details (one typed verb last), another date asked for, an offer declined but open to
// negotiation, data deletion, no phone, and the candidate's grammatical gender.
import type { FactSet } from './matrix.js';
import { now } from './matrix.js';

/** The interview times of the sets as German writes them; de-AT and de-CH write them the same way. */
export function germanFactSets(): FactSet[] {
  return [
    {
      name: 'every optional fact',
      normalLength: false,
      when: 'morgen um 15 Uhr',
      facts: {
        candidate: { name: 'Jürgen Groß', email: 'juergen.gross@example.de', phone: '+49 30 901820' },
        recipient: { name: 'Sabine Weber', title: 'Talent Acquisition Partner', honorific: 'ms' },
        company: 'Müller Logistik GmbH',
        role: 'Data Analyst',
        interview: { at: '2026-11-30T15:00:00-05:00', format: 'video' },
        reason: { code: 'family', detail: 'Mein Vater ist pflegebedürftig und ich möchte in seiner Nähe bleiben', disclosure: 'specific' },
        newEmployer: 'Globex',
        keepDoorOpen: true,
        referral: 'Sam Becker',
        requestNoFurtherContact: true,
        now,
      },
    },
    {
      name: 'no optional fact',
      normalLength: true,
      facts: { candidate: { name: 'Jürgen Groß' }, company: 'Müller Logistik GmbH' },
    },
    {
      name: 'typical',
      normalLength: true,
      when: 'am Mittwoch um 10 Uhr',
      facts: {
        candidate: { name: 'Lena Hoffmann', email: 'lena.hoffmann@example.de', phone: '+49 89 2180 3344' },
        recipient: { name: 'Thomas Becker' },
        company: 'Nordwind Energie AG',
        role: 'Senior Data Engineer',
        interview: { at: '2026-12-02T10:00:00-05:00', format: 'onsite' },
        reason: { code: 'compensation' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      // A name outside GSM-7 (ı, ş) makes the text UCS-2: three segments hold about 200 characters, less than German
      // needs for every fact, so the text may leave some out (and says so). An honorific for a man, an
      // association, later today.
      name: 'name outside GSM-7, short notice',
      normalLength: false,
      when: 'heute um 16:30 Uhr',
      facts: {
        candidate: { name: 'Ömer Yılmaz', email: 'oemer@example.org' },
        recipient: { name: 'Klaus Dietrich', honorific: 'mr' },
        company: 'Sportfreunde Köln e.V.',
        role: 'Vereinsmanager',
        interview: { at: '2026-11-29T16:30:00-05:00', format: 'phone' },
        reason: { code: 'family', disclosure: 'general' },
        newEmployer: 'Stadtwerke Bonn',
        keepDoorOpen: false,
        referral: 'Ayşe Demir',
        now,
      },
    },
    {
      name: 'long names, every optional fact',
      normalLength: false,
      when: 'am Donnerstag um 9:30 Uhr',
      facts: {
        candidate: {
          name: 'Maria-Theresia von Hohenberg-Schwarzenbach',
          email: 'maria-theresia.von-hohenberg@example.at',
          phone: '+43 1 5877 6543',
        },
        recipient: { name: 'Friedrich Wilhelm Oberhuber', title: 'Leiter Personalgewinnung' },
        company: 'Brenner Maschinenbau GmbH & Co. KG',
        role: 'Leitung Produktmarketing Industrieautomatisierung',
        interview: { at: '2026-12-03T09:30:00+00:00', format: 'onsite' },
        reason: { code: 'location', detail: 'meine Familie zieht Anfang nächsten Jahres nach Graz', disclosure: 'specific' },
        newEmployer: 'Steirische Antriebstechnik AG',
        keepDoorOpen: true,
        referral: 'Maximilian Oberleitner',
        requestNoFurtherContact: true,
        now: '2026-11-29T15:00:00+00:00',
      },
    },
    {
      // Short notice in GSM-7: the interview is this evening, an honorific for a woman, an ampersand in the name.
      name: 'short notice',
      normalLength: true,
      when: 'heute um 17 Uhr',
      facts: {
        candidate: { name: 'Lukas Meier', email: 'lukas.meier@example.de', phone: '+49 40 3344 5566' },
        recipient: { name: 'Petra Jung', honorific: 'ms' },
        company: 'Hansen & Partner GmbH',
        role: 'Buchhalter',
        interview: { at: '2026-11-29T17:00:00-05:00', format: 'video' },
        reason: { code: 'schedule' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      name: 'interview already held',
      normalLength: true,
      facts: {
        candidate: { name: 'Jürgen Groß', phone: '+49 30 901820' },
        recipient: { name: 'Sabine Weber' },
        company: 'Müller Logistik GmbH',
        role: 'UX Designerin',
        interview: { at: '2026-11-26T11:00:00-05:00', format: 'onsite' },
        reason: { code: 'compensation', disclosure: 'general' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      // An initial before the given name, a preferred name, and a private detail given without asking for it to be
      // shared: the detail must stay out of every message. (A new employer is in the sets that may leave facts out:
      // German needs about a fifth more characters than English for the same text message.)
      name: 'initials, preferred name, a private detail',
      normalLength: true,
      when: 'morgen um 11 Uhr',
      facts: {
        candidate: { name: 'Katharina Schäfer', preferredName: 'Kathi', email: 'k.schaefer@example.de', phone: '0221 555 0199' },
        recipient: { name: 'M. Alexander Braun', preferredName: 'Alex' },
        company: 'Rheinblick Analytics AG',
        role: 'F&E-Ingenieurin',
        interview: { at: '2026-11-30T11:00:00-05:00', format: 'onsite' },
        reason: { code: 'health', detail: 'Ich habe eine Herzerkrankung diagnostiziert bekommen' },
        keepDoorOpen: true,
        referral: 'Anna Lehmann',
        now,
      },
    },
    {
      // Nine hours apart: the interview in Los Angeles, the candidate in Berlin, so the time names its place. A
      // single-word name, and a doctor without Frau or Herr.
      name: 'time zones apart, single name, a doctor',
      normalLength: true,
      when: 'am Dienstag um 9 Uhr Ortszeit Los Angeles',
      facts: {
        candidate: { name: 'Aylin', phone: '+49 30 901820' },
        recipient: { name: 'Andrea Vogel', honorific: 'dr' },
        company: 'Pacific Labs',
        role: 'NLP-Forscher',
        interview: { at: '2026-12-01T09:00:00-08:00', timeZone: 'America/Los_Angeles', format: 'video' },
        reason: { code: 'timing', disclosure: 'general' },
        keepDoorOpen: true,
        now: '2026-11-29T18:00:00+01:00',
      },
    },
    {
      // Particles and a professor's titles, a plural company with its legal form, a role with its job-ad tag, a job
      // reference, a shared detail typed as it would follow "weil", data deletion, and a morning clock. With the
      // long names, the printed detail and the request to delete, a text message may leave the role out.
      name: 'particles, titles, a plural company, a reference',
      normalLength: false,
      when: 'am Donnerstag um 14 Uhr',
      facts: {
        candidate: { name: 'Katharina von der Heide', email: 'k.vonderheide@example.de', phone: '+49 228 555 0142' },
        recipient: { name: 'Prof. Dr. Ulrich van den Berg', honorific: 'mr' },
        company: 'Stadtwerke Bonn GmbH',
        role: 'Ingenieurin Netzplanung (m/w/d)',
        jobReference: 'SWB-2026-117',
        interview: { at: '2026-12-03T14:00:00+01:00', timeZone: 'Europe/Berlin', format: 'onsite' },
        reason: { code: 'location', detail: 'der tägliche Arbeitsweg zu lang wäre', disclosure: 'specific' },
        requestDataDeletion: true,
        now: '2026-11-29T08:30:00+01:00',
      },
    },
    {
      // An association at short notice, and another date asked for (last-minute and personal-reasons; the other
      // scenarios withdraw), with the candidate's own times; a doctor written into the name; an evening clock. With
      // the apology, the request and the candidate's times, a two-segment text may leave the role out (and says so).
      name: 'an association, another date asked for',
      normalLength: false,
      when: 'morgen um 11 Uhr',
      facts: {
        candidate: { name: 'Emre Demir', email: 'emre.demir@example.de', phone: '+49 621 555 0190', grammaticalGender: 'm' },
        recipient: { name: 'Dr. Anna Schmidt', honorific: 'ms' },
        company: 'Kinderhilfe Kurpfalz e.V.',
        role: 'Referent Fundraising (w/m/d)',
        interview: { at: '2026-11-30T11:00:00+01:00', timeZone: 'Europe/Berlin', format: 'video' },
        reason: { code: 'family', disclosure: 'general' },
        intent: 'reschedule',
        availability: 'jeden Vormittag in der nächsten Woche',
        now: '2026-11-29T19:00:00+01:00',
      },
    },
    {
      // An offer declined for the pay but open to a better one, from a company whose name opens with an adjective;
      // the candidate chose feminine agreement.
      name: 'open to negotiation, an adjective-led company',
      normalLength: true,
      facts: {
        candidate: { name: 'Sophie Wagner', email: 'sophie.wagner@example.de', phone: '+49 30 555 0177', grammaticalGender: 'f' },
        recipient: { name: 'Markus Brandt', honorific: 'mr' },
        company: 'Deutsche Bahn AG',
        role: 'Teamleiterin Disposition',
        reason: { code: 'compensation' },
        openToNegotiation: true,
        keepDoorOpen: true,
        now: '2026-11-29T15:00:00+01:00',
      },
    },
    {
      // An Austrian Magistra, a plural public company, an interview held, a shared detail of fit typed verb last,
      // and no phone: the voicemail gives no number, and the advice says to add one.
      name: 'a Magistra, a held interview, no phone',
      normalLength: true,
      facts: {
        candidate: { name: 'Florian Gruber', email: 'florian.gruber@example.at' },
        recipient: { name: 'Mag. Eva Huber', honorific: 'ms' },
        company: 'Innsbrucker Verkehrsbetriebe',
        role: 'Controller (w/m/d)',
        interview: { at: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Vienna', format: 'onsite' },
        reason: { code: 'role-fit', detail: 'die Stelle weniger Projektarbeit umfasst, als ich gehofft hatte', disclosure: 'specific' },
        keepDoorOpen: true,
        now: '2026-11-29T11:00:00+01:00',
      },
    },
    {
      // London, a doctor without Frau or Herr, and the timing as the reason.
      name: 'London time, a doctor',
      normalLength: true,
      when: 'am Mittwoch um 10 Uhr Londoner Zeit',
      facts: {
        candidate: { name: 'Jonas Richter', email: 'jonas.richter@example.de', phone: '+49 40 555 0123' },
        recipient: { name: 'Andrea Vogel', honorific: 'dr' },
        company: 'Pacific Labs Ltd',
        role: 'Data Scientist',
        interview: { at: '2026-12-02T10:00:00+00:00', timeZone: 'Europe/London', format: 'video' },
        reason: { code: 'timing' },
        referral: 'Sophie Lindner',
        now: '2026-11-29T16:00:00+01:00',
      },
    },
  ];
}
