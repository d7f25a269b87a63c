// German fact sets: native names with ä ö ü ß, names outside GSM-7, legal forms (GmbH, AG, GmbH & Co. KG, e.V.), a
// single name, a preferred name, honorifics, time zones apart, short notice, a held interview, a private detail.
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
  ];
}
