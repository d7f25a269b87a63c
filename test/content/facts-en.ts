// English fact sets: each exercises a class of defect a reviewer has found (names ending in a full stop, initialisms,
// initials, compound given names, single names, private details, time zones apart, long names, short notice).
import type { FactSet } from './matrix.js';
import { now } from './matrix.js';

export function englishFactSets(tag: string): FactSet[] {
  const us = tag === 'en-US';
  const t = (h: string) => (us ? h.toUpperCase() : h);
  return [
    {
      name: 'every optional fact',
      normalLength: false,
      when: `tomorrow at ${t('3 pm')}`,
      facts: {
        candidate: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
        recipient: { name: 'Priya Shah', title: 'Talent Partner', honorific: 'ms' },
        company: 'Acme Corp',
        role: 'Data Analyst',
        interview: { at: '2026-11-30T15:00:00-05:00', format: 'video' },
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
        interview: { at: '2026-12-02T10:00:00-08:00', format: 'video' },
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
      name: 'interview already held',
      normalLength: true,
      facts: {
        candidate: { name: 'Jordan Lee', phone: '+1 555 0100' },
        recipient: { name: 'Priya Shah' },
        company: 'Acme Corp',
        role: 'UX Designer',
        interview: { at: '2026-11-26T11:00:00-05:00', format: 'onsite' },
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
      when: `on Tuesday at ${t('9 am')} PST`,
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
  ];
}
