// English fact sets: each exercises a class of defect a reviewer has found (names ending in a full stop, initialisms,
// initials, compound given names, single names, private details, time zones apart, long names, short notice,
// surnames with particles, titles written into a name, companies with legal forms, plural names and associations,
// a job reference, a date far enough ahead to be written out, noon, no phone).
//
// `englishChoiceSets` carry what only some scenarios take (another date, openness to a better offer, deletion of
// the data) and the facts as platforms send them (name parts, an academic title, a role with its job-ad tag): they
// run in test/content/words-en.test.ts, each on the scenarios that accept it.
import type { ScenarioId } from '../../src/messages/catalogue.js';
import type { FactSet, Facts } from './matrix.js';
import { now } from './matrix.js';

export function englishFactSets(tag: string): FactSet[] {
  const us = tag === 'en-US';
  const t = (h: string) => (us ? h.toUpperCase() : h);
  return [
    {
      // At short notice, so that every scenario that cancels an interview apologises (the dialect test reads it).
      name: 'every optional fact',
      normalLength: false,
      when: `today at ${t('3 pm')}`,
      facts: {
        candidate: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
        recipient: { name: 'Priya Shah', title: 'Talent Partner', honorific: 'ms' },
        company: 'Acme Corp',
        role: 'Data Analyst',
        interview: { at: '2026-11-29T15:00:00-05:00', format: 'video' },
        reason: { code: 'family', detail: 'I need to stay close to home for my family this year', disclosure: 'specific' },
        newEmployer: 'Globex',
        keepDoorOpen: true,
        referral: 'Sam Rivera',
        requestNoFurtherContact: true,
        now,
      },
    },
    {
      name: 'no optional fact',
      normalLength: true,
      facts: { candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' },
    },
    {
      name: 'typical',
      normalLength: true,
      when: `on Wednesday at ${t('10 am')}`,
      facts: {
        candidate: { name: 'Maria Fernandes', email: 'maria.fernandes@example.com', phone: '+1 415 555 0134' },
        recipient: { name: 'Tom Becker' },
        company: 'Northwind Health',
        role: 'Senior Data Engineer',
        interview: { at: '2026-12-02T10:00:00-05:00', format: 'video' },
        reason: { code: 'compensation' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      // Accents inside GSM-7, apostrophes, an ampersand, an honorific in the name, an acronym role, later today.
      name: 'awkward names, short notice',
      normalLength: false,
      when: `today at ${t('4:30 pm')}`,
      facts: {
        candidate: { name: "Renée O'Brien-Müller", email: 'renee@example.org' },
        recipient: { name: 'Dr. José Muñoz' },
        company: "Ben & Jerry's",
        role: 'MBA Intern',
        interview: { at: '2026-11-29T16:30:00-05:00', format: 'phone' },
        reason: { code: 'family', disclosure: 'general' },
        newEmployer: 'Société Générale',
        keepDoorOpen: false,
        referral: "Dara O'Neill",
        now,
      },
    },
    {
      name: 'long names, every optional fact',
      normalLength: false,
      when: `on Thursday at ${t('9:30 am')}`,
      facts: {
        candidate: {
          name: 'Alexandra Montgomery-Whitfield',
          email: 'alexandra.montgomery-whitfield@example.co.uk',
          phone: '+44 20 7946 0958',
        },
        recipient: { name: 'Christopher Abernathy', title: 'Senior Talent Acquisition Partner' },
        company: 'Hargreaves Lansdown & Partners',
        role: 'Senior Product Marketing Manager',
        interview: { at: '2026-12-03T09:30:00+00:00', format: 'onsite' },
        reason: { code: 'family', detail: 'my family is relocating abroad early next year', disclosure: 'specific' },
        newEmployer: 'Northwind Traders',
        keepDoorOpen: true,
        referral: 'Maximilian Oyelaran',
        requestNoFurtherContact: true,
        now: '2026-11-29T15:00:00+00:00',
      },
    },
    {
      // By phone, so that no message thanks the interviewer for "meeting with me".
      name: 'interview already held',
      normalLength: true,
      facts: {
        candidate: { name: 'Jordan Lee', phone: '+1 555 0100' },
        recipient: { name: 'Priya Shah' },
        company: 'Acme Corp',
        role: 'UX Designer',
        interview: { at: '2026-11-26T11:00:00-05:00', format: 'phone' },
        reason: { code: 'compensation', disclosure: 'general' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      // Names ending in a full stop, an initialism that takes "an", a given name after an initial, and a private
      // detail given without asking for it to be shared: the detail must stay out of every message.
      name: 'legal names, initials, a private detail',
      normalLength: false,
      when: `tomorrow at ${t('11 am')}`,
      facts: {
        candidate: { name: 'Robert Smith Jr.', email: 'rob.smith@example.com', phone: '(415) 555-0199' },
        recipient: { name: 'J. Robert Smith' },
        company: 'Brightline Analytics, Inc.',
        role: 'R&D Engineer',
        interview: { at: '2026-11-30T11:00:00-05:00', format: 'onsite' },
        reason: { code: 'health', detail: 'I have been diagnosed with a heart condition' },
        newEmployer: 'Kowalski Bros. Co.',
        keepDoorOpen: true,
        referral: 'Ann Lee',
        now,
      },
    },
    {
      // Ten hours apart: the interview in Los Angeles, the candidate in Berlin, so the time names its zone. A
      // single-word name, a compound given name that goes by its preferred form, and a title for the recipient.
      name: 'time zones apart, single name',
      normalLength: true,
      when: `on Tuesday at ${t('9 am')} ${us ? 'PT' : 'Los Angeles time'}`,
      // A voicemail says the zone's name: no one says "pee-tee".
      spokenWhen: `on Tuesday at ${t('9 am')} ${us ? 'Pacific Time' : 'Los Angeles time'}`,
      facts: {
        candidate: { name: 'Ayesha', phone: '+49 30 901820' },
        recipient: { name: 'Mary Ann Jones', preferredName: 'Mary Ann', honorific: 'dr' },
        company: 'Pacific Labs',
        role: 'NLP Researcher',
        interview: { at: '2026-12-01T09:00:00-08:00', timeZone: 'America/Los_Angeles', format: 'video' },
        reason: { code: 'timing', disclosure: 'general' },
        keepDoorOpen: true,
        now: '2026-11-29T18:00:00+01:00',
      },
    },
    {
      // A surname with particles ("Ms. de la Cruz"), a company with its legal form after a comma, a job reference,
      // a date far enough ahead to be written out (US style sets it off with commas), and the candidate's own
      // reason, which is not private and so is shared.
      name: 'particles, legal form, job reference, a date',
      normalLength: true,
      when: us ? 'on Tuesday, December 15, at 10:30 AM' : 'on Tuesday 15 December at 10:30 am',
      facts: {
        candidate: { name: 'Oluwaseun Adeyemi', email: 'seun.adeyemi@example.com', phone: '+1 312 555 0147' },
        recipient: { name: 'Ana de la Cruz', givenName: 'Ana', familyName: 'de la Cruz', honorific: 'ms' },
        company: 'Harbor & Pine Logistics, LLC',
        role: 'Operations Manager',
        jobReference: '2026-117',
        interview: { at: '2026-12-15T10:30:00-05:00', format: 'onsite' },
        reason: { code: 'location', detail: 'the commute would be two hours each way', disclosure: 'specific' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      // A plural name and a charity, a title written into the recipient's name with a particle ("Dr van der Berg"),
      // no phone (the advice says to add one to a voicemail), an interview at noon in London written from New York,
      // and a reason of hours given in the candidate's own words.
      name: 'plural association, titled particle, no phone, noon',
      normalLength: false,
      when: us ? 'on Thursday at noon London time' : 'on Thursday at midday UK time',
      facts: {
        candidate: { name: 'Priyanka Raman', email: 'priyanka.raman@example.org' },
        recipient: { name: 'Dr. Pieter van der Berg' },
        company: 'The Wildlife Trusts',
        role: 'Volunteer Coordinator',
        jobReference: 'WT-0412',
        interview: { at: '2026-12-03T12:00:00+00:00', timeZone: 'Europe/London', format: 'video' },
        reason: { code: 'schedule', detail: 'the role needs weekend shifts I cannot cover', disclosure: 'specific' },
        keepDoorOpen: true,
        referral: 'Imogen Hart',
        now,
      },
    },
    {
      // A job reference with slashes beside a long role, at short notice: no subject can hold name, role,
      // reference, day and time in 77 characters, so the compact one keeps name, role and reference. A professor
      // with a particle, a given name outside GSM-7 (the text goes UCS-2), and no phone.
      name: 'long role and reference at short notice, a professor',
      normalLength: false,
      when: `tomorrow at ${t('11 am')} ${us ? 'London' : 'UK'} time`,
      facts: {
        candidate: { name: 'Siobhán Murphy', email: 'siobhan.murphy@example.ie' },
        recipient: { name: 'Prof. Hélène de Villiers', honorific: 'ms' },
        company: 'The Royal Horticultural Society',
        role: 'Graduate Software Engineer',
        jobReference: 'RHS/2026/114',
        interview: { at: '2026-11-30T11:00:00+00:00', timeZone: 'Europe/London', format: 'onsite' },
        reason: { code: 'timing' },
        keepDoorOpen: true,
        now,
      },
    },
  ];
}

/** A set for the scenarios that accept its choices; `scenarios` lists them, `tones` the tones it may use. */
export interface ChoiceSet extends FactSet {
  scenarios: readonly ScenarioId[];
  tones?: readonly ('formal' | 'warm' | 'concise' | 'firm')[];
  /** The facts as the text should show them, when the request sends them otherwise (a role with its job-ad tag). */
  shown?: Facts;
}

export function englishChoiceSets(tag: 'en-US' | 'en-GB'): ChoiceSet[] {
  const us = tag === 'en-US';
  const t = (h: string) => (us ? h.toUpperCase() : h);
  const candidate = { name: 'Oluwaseun Adeyemi', email: 'seun.adeyemi@example.com', phone: '+1 312 555 0147' };
  const recipient = { name: 'Ana de la Cruz', givenName: 'Ana', familyName: 'de la Cruz', honorific: 'ms' as const };
  return [
    {
      name: 'reschedule at short notice, unwell, with availability',
      scenarios: ['last-minute', 'personal-reasons'],
      normalLength: true,
      when: `today at ${t('4 pm')}`,
      facts: {
        candidate,
        recipient,
        company: 'Harbor & Pine Logistics, LLC',
        role: 'Operations Manager',
        interview: { at: '2026-11-29T16:00:00-05:00', format: 'onsite' },
        reason: { code: 'health' },
        intent: 'reschedule',
        availability: 'any morning next week',
        now,
      },
    },
    {
      name: 'reschedule, own words, no availability',
      scenarios: ['last-minute', 'personal-reasons'],
      normalLength: true,
      when: `tomorrow at ${t('9 am')}`,
      facts: {
        candidate: { name: 'Priya Patel', phone: '+44 7700 900123' },
        recipient: { name: 'Tom Becker', honorific: 'mr' },
        company: 'Northwind Health',
        role: 'Senior Data Engineer',
        interview: { at: '2026-11-30T09:00:00-05:00', format: 'video' },
        reason: { code: 'family', detail: 'my father has just gone into hospital', disclosure: 'specific' },
        intent: 'reschedule',
        now,
      },
    },
    {
      // Days ahead, not at short notice: the formal request in full, where en-US readers found "grateful" twice.
      name: 'reschedule days ahead, family kept private, with availability',
      scenarios: ['personal-reasons'],
      normalLength: true,
      when: `on Thursday at ${t('1 pm')}`,
      facts: {
        candidate: { name: 'Rosalind DeMarco-Achterberg', preferredName: 'Roz', email: 'roz.demarco@example.com', phone: '+1 503 555 0182' },
        recipient: { name: "Thaddeus O'Halloran", honorific: 'dr' },
        company: 'Quillfeather Analytics',
        role: 'Clinical Data Engineer',
        jobReference: 'JR-20931',
        interview: { at: '2026-12-03T13:00:00-05:00', format: 'video' },
        reason: { code: 'family', disclosure: 'general' },
        intent: 'reschedule',
        availability: 'any morning the week of December 14',
        now,
      },
    },
    {
      name: 'reschedule, no reason',
      scenarios: ['last-minute', 'personal-reasons'],
      normalLength: true,
      when: `today at ${t('2:30 pm')}`,
      facts: {
        candidate: { name: 'Jordan Lee' },
        company: 'Acme Corp',
        role: 'Data Analyst',
        interview: { at: '2026-11-29T14:30:00-05:00' },
        reason: { code: 'personal', disclosure: 'none' },
        intent: 'reschedule',
        availability: 'Thursday or Friday afternoon',
        now,
      },
    },
    {
      name: 'open to a better offer: pay',
      scenarios: ['decline-offer'],
      tones: ['formal', 'warm', 'concise'],
      normalLength: true,
      facts: {
        candidate,
        recipient,
        company: 'Harbor & Pine Logistics, LLC',
        // A role with a comma cannot stand before a noun ("the Manager, Payroll offer").
        role: 'Manager, Payroll',
        reason: { code: 'compensation' },
        openToNegotiation: true,
        keepDoorOpen: true,
        now,
      },
    },
    {
      // A contractor's day rate: "flexibility on salary" after it contradicted the candidate (en-GB reader, ninth reading).
      name: 'open to a better offer: pay, own words',
      scenarios: ['decline-offer'],
      tones: ['formal', 'warm', 'concise'],
      normalLength: true,
      facts: {
        candidate: { name: 'Priya Patel', phone: '+44 7700 900123' },
        recipient: { name: 'Tom Becker', honorific: 'mr' },
        company: 'Northwind Health',
        role: 'Interim Finance Manager',
        reason: { code: 'compensation', detail: 'the day rate is some way below what I currently earn', disclosure: 'specific' },
        openToNegotiation: true,
        now,
      },
    },
    {
      name: 'open to a better offer: hours, own words',
      scenarios: ['decline-offer'],
      tones: ['formal', 'warm', 'concise'],
      normalLength: true,
      facts: {
        candidate: { name: 'Maria Fernandes', phone: '+1 415 555 0134' },
        recipient: { name: 'Tom Becker' },
        company: 'Northwind Health',
        role: 'Part-Time Pharmacist',
        reason: { code: 'schedule', detail: 'the late shift clashes with school pick-up', disclosure: 'specific' },
        openToNegotiation: true,
        referral: 'Sam Rivera',
        now,
      },
    },
    {
      // Why the candidate took the other offer, in their own words: every reader failed the texts that dropped it
      // ("the role is based in Manchester, close to my family"). Names short enough for every channel to keep it.
      name: 'another offer, own words on why',
      scenarios: ['accepted-another-offer'],
      normalLength: true,
      when: `on Thursday at ${t('1 pm')}`,
      facts: {
        candidate: { name: 'Nell Pryce', email: 'nell.pryce@example.com', phone: '+1 415 555 0134' },
        recipient: { name: 'Tom Becker', honorific: 'mr' },
        company: 'Acme Corp',
        role: 'Product Manager',
        interview: { at: '2026-12-03T13:00:00-05:00', format: 'video' },
        newEmployer: 'Globex',
        // Said outright, as the service reads another offer by default: the checks read the disclosure from the facts.
        reason: { code: 'another-offer', detail: 'the role is based in Denver, close to my family', disclosure: 'specific' },
        keepDoorOpen: true,
        now,
      },
    },
    {
      name: 'data deletion, facts as an ATS holds them',
      scenarios: ['accepted-another-offer', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
      normalLength: false,
      when: `today at ${t('4 pm')}`,
      facts: {
        candidate: { givenName: 'Andrea', familyName: 'Vogel', email: 'andrea.vogel@example.de', phone: '+49 30 1234 5678' },
        recipient: { givenName: 'Pieter', familyName: 'van der Berg', academicTitle: 'Dr.', honorific: 'mr' },
        company: 'Müller Logistik GmbH & Co. KG',
        role: 'Manager, Operations (m/f/d)',
        jobReference: 'ML-2291',
        interview: { at: '2026-11-29T16:00:00-05:00', format: 'video' },
        reason: { code: 'personal' },
        requestDataDeletion: true,
        requestNoFurtherContact: true,
        now,
      },
      shown: {
        candidate: { name: 'Andrea Vogel', email: 'andrea.vogel@example.de', phone: '+49 30 1234 5678' },
        recipient: { name: 'Dr. Pieter van der Berg', honorific: 'mr' },
        company: 'Müller Logistik GmbH & Co. KG',
        role: 'Manager, Operations',
        jobReference: 'ML-2291',
        interview: { at: '2026-11-29T16:00:00-05:00', format: 'video' },
        reason: { code: 'personal' },
        requestDataDeletion: true,
        requestNoFurtherContact: true,
        now,
      },
    },
  ];
}
