// Spanish fact sets: each exercises a class of defect a Spanish reviewer would catch (two surnames and compound given
// names, accents outside GSM-7, legal forms such as S.L. and S.A. de C.V., initials, an honorific that cannot be
// neutral, private details, time zones apart, long names, short notice). A name with á, í, ó or ú makes a text UCS-2,
// whose three segments hold 201 characters against GSM-7's 306: the sets with such names carry what a text of that
// size can say in full, and the two sets with every optional fact show what gives way, and that the advice says so.
import type { FactSet } from './matrix.js';

/**
 * The Spanish sets, with the interview's time written as `tag` writes it (es-ES 15:00, es-AR 15 h, es-MX 3:00 p.m.),
 * and as every variant says it on a voicemail ("a las tres de la tarde").
 */
export function spanishFactSets(tag: string): FactSet[] {
  const twelve = tag === 'es-MX' || tag === 'es-419';
  // Argentina writes a whole hour "15 h" and keeps the minutes otherwise ("16:30").
  const southernCone = (h24: string) => h24.replace(/^(las |la )?(\d{1,2}):00$/, '$1$2 h');
  const t = (h24: string, h12: string) => (twelve ? h12 : tag === 'es-AR' ? southernCone(h24) : h24);
  return [
    {
      name: 'every optional fact',
      normalLength: false,
      when: `mañana a las ${t('15:00', '3:00 p.m.')}`,
      spokenWhen: 'mañana a las tres de la tarde',
      facts: {
        candidate: { name: 'José Ángel Muñoz Peña', email: 'jamunoz@example.es', phone: '+34 612 345 678' },
        recipient: { name: 'Lucía Ruiz Gómez', title: 'Responsable de Selección', honorific: 'ms' },
        company: 'Talleres Ebro, S.L.',
        role: 'Analista de Datos',
        interview: { at: '2026-11-30T15:00:00+01:00', format: 'video' },
        reason: { code: 'family', detail: 'necesito quedarme cerca de mi familia este año', disclosure: 'specific' },
        newEmployer: 'Grupo Norte',
        keepDoorOpen: true,
        referral: 'Marta Gil',
        requestNoFurtherContact: true,
        now: '2026-11-29T16:00:00+01:00',
      },
    },
    {
      name: 'no optional fact',
      normalLength: true,
      facts: { candidate: { name: 'Carmen Ortega' }, company: 'Distribuciones Sur' },
    },
    {
      // Names and company inside GSM-7 (é and ñ are in it): a text that can stay in two GSM-7 segments.
      name: 'typical',
      normalLength: true,
      when: `el miércoles a las ${t('10:00', '10:00 a.m.')}`,
      spokenWhen: 'el miércoles a las diez',
      facts: {
        candidate: { name: 'Carmen Ortega Ruiz', email: 'carmen.ortega@example.es', phone: '+34 655 123 456' },
        recipient: { name: 'Javier Serrano' },
        company: 'Grupo Levante',
        role: 'Responsable de Datos',
        interview: { at: '2026-12-02T10:00:00+01:00', format: 'video' },
        reason: { code: 'compensation' },
        keepDoorOpen: true,
        now: '2026-11-29T16:00:00+01:00',
      },
    },
    {
      // Accents outside GSM-7 in every name (the text is UCS-2), an honorific Spanish cannot make neutral (Dr./Dra.),
      // a private reason, later today. Apology, role, time and reason fill a UCS-2 text: a wish to stay in touch may
      // not fit beside them, and then the text says what it left out.
      name: 'accented names, short notice',
      normalLength: false,
      when: `hoy a las ${t('16:30', '4:30 p.m.')}`,
      spokenWhen: 'hoy a las cuatro y media de la tarde',
      facts: {
        candidate: { name: 'Lucía Núñez', email: 'lucia.nunez@example.es' },
        recipient: { name: 'Íñigo Sáenz', honorific: 'dr' },
        company: 'Óptica Ibérica, S.A.',
        role: 'Técnico de Calidad',
        interview: { at: '2026-11-29T16:30:00+01:00', format: 'phone' },
        reason: { code: 'family', disclosure: 'general' },
        now: '2026-11-29T09:00:00+01:00',
      },
    },
    {
      name: 'long names, every optional fact',
      normalLength: false,
      when: `el jueves a las ${t('9:30', '9:30 a.m.')}`,
      spokenWhen: 'el jueves a las nueve y media',
      facts: {
        candidate: {
          name: 'María de los Ángeles Fernández-Villaverde Echeverría',
          email: 'mariadelosangeles.fernandez-villaverde@example.es',
          phone: '+34 91 123 45 67',
        },
        recipient: { name: 'Francisco Javier Domínguez de la Torre', title: 'Director de Talento' },
        company: 'Construcciones y Servicios del Mediterráneo, S.A.U.',
        role: 'Directora de Marketing de Producto',
        interview: { at: '2026-12-03T09:30:00+01:00', format: 'onsite' },
        reason: { code: 'family', detail: 'mi familia se traslada al extranjero a principios del año que viene', disclosure: 'specific' },
        newEmployer: 'Industrias Cantábricas, S.L.',
        keepDoorOpen: true,
        referral: 'Maximiliano Oyarzábal',
        requestNoFurtherContact: true,
        now: '2026-11-29T16:00:00+01:00',
      },
    },
    {
      // Two given names and two surnames, greeted as José Ángel and, with an honorific, as Sr. Muñoz.
      name: 'interview already held',
      normalLength: true,
      facts: {
        candidate: { name: 'José Ángel Muñoz Peña', phone: '+34 612 345 678' },
        recipient: { name: 'Lucía Ruiz Gómez', honorific: 'ms' },
        company: 'Talleres Ebro, S.L.',
        role: 'Diseñador UX',
        interview: { at: '2026-11-26T11:00:00+01:00', format: 'onsite' },
        reason: { code: 'compensation', disclosure: 'general' },
        now: '2026-11-29T16:00:00+01:00',
      },
    },
    {
      // A Mexican legal form, initials before a given name, and a private detail given without asking for it to be
      // shared: the detail must stay out of every message.
      name: 'legal names, initials, a private detail',
      normalLength: true,
      when: `mañana a las ${t('11:00', '11:00 a.m.')}`,
      spokenWhen: 'mañana a las once',
      facts: {
        candidate: { name: 'J. Carlos Pérez', email: 'jcperez@example.mx', phone: '+52 55 1234 5678' },
        recipient: { name: 'M. Teresa Vidal', honorific: 'mr' },
        company: 'Panificadora Bimbo, S.A.B. de C.V.',
        role: 'Ingeniero de I+D',
        interview: { at: '2026-11-30T11:00:00-06:00', format: 'onsite' },
        reason: { code: 'health', detail: 'me han diagnosticado una afección cardiaca' },
        newEmployer: 'Grupo Modelo, S. de R.L. de C.V.',
        now: '2026-11-29T12:00:00-06:00',
      },
    },
    {
      // The interview in Los Angeles, the candidate in Madrid, so the time names its zone ("hora de Los Ángeles", which
      // makes a text UCS-2 and long: it may give up the hour in a text, and say so). A single-word name, a compound
      // given name that goes by a short form, and an honorific that gives the neutral greeting.
      name: 'time zones apart, single name',
      normalLength: false,
      when: `el martes a las ${t('9:00', '9:00 a.m.')} hora de Los Ángeles`,
      spokenWhen: 'el martes a las nueve, hora de Los Ángeles',
      facts: {
        candidate: { name: 'Ayesha', phone: '+52 55 9012 3456' },
        recipient: { name: 'María José Ortega', preferredName: 'Majo', honorific: 'dr' },
        company: 'Laboratorios Costa Oeste',
        role: 'Investigador de PLN',
        interview: { at: '2026-12-01T09:00:00-08:00', timeZone: 'America/Los_Angeles', format: 'video' },
        reason: { code: 'timing', disclosure: 'general' },
        now: '2026-11-29T18:00:00+01:00',
      },
    },
    {
      // A recipient with a doctorate written into her name (greeted "Dra. Ochoa", one surname), a candidate with a
      // particle who said she writes in the feminine and gave no phone (a voicemail then names no number), an
      // association, whose name takes its article ("en la Asociación"), a job reference, and a reason with its
      // detail, in the evening. The accents make a text UCS-2: with the association's long name, the role gives way
      // first, and the text says so. (Job-ad tags on roles are tested in words-es.test.ts: these checks compare the
      // role as given.)
      name: 'a doctor, an association, no phone',
      normalLength: false,
      when: `el miércoles a las ${t('17:30', '5:30 p.m.')}`,
      spokenWhen: 'el miércoles a las cinco y media de la tarde',
      facts: {
        candidate: { name: 'Ana Isabel del Río Salgado', email: 'anaisabel.delrio@example.es', grammaticalGender: 'f' },
        recipient: { name: 'Dra. Rocío Ochoa Serrano', honorific: 'ms' },
        company: 'Asociación Red de Huertos Urbanos',
        role: 'Coordinadora de Proyectos',
        jobReference: 'RHU-2026-14',
        interview: { at: '2026-12-02T17:30:00+01:00', format: 'onsite' },
        reason: { code: 'location', detail: 'me traslado a Valencia en enero', disclosure: 'specific' },
        now: '2026-11-29T20:30:00+01:00',
      },
    },
    {
      // A plural company name with its Mexican legal form, a surname with a particle, a candidate in Madrid for an
      // interview in Mexico City (the time names its zone), a tagged role, and a schedule reason with its detail. The
      // long names, the zone and the accents (UCS-2) leave a text no room for the reason and the hour both: the reason
      // gives way first, and the text says so.
      name: 'a plural company, another time zone',
      normalLength: false,
      when: `el jueves a las ${t('9:00', '9:00 a.m.')} hora de Ciudad de México`,
      spokenWhen: 'el jueves a las nueve, hora de Ciudad de México',
      facts: {
        candidate: { name: 'Luis Ángel de la Garza Treviño', email: 'luisangel.garza@example.mx', phone: '+52 81 1234 5678', grammaticalGender: 'm' },
        recipient: { name: 'Mariana Villarreal Cantú', honorific: 'ms' },
        company: 'Laboratorios Unidos del Norte, S.A. de C.V.',
        role: 'Químico Analista',
        jobReference: 'LUN-0457',
        interview: { at: '2026-12-03T09:00:00-06:00', timeZone: 'America/Mexico_City', format: 'video' },
        reason: { code: 'schedule', detail: 'mi trabajo actual me exige el turno de mañana', disclosure: 'specific' },
        keepDoorOpen: true,
        now: '2026-11-29T12:00:00+01:00',
      },
    },
  ];
}

/** A set for the choices a candidate makes in some scenarios only, with the scenarios that take it. */
export interface ChoiceSet extends FactSet {
  scenarios: readonly string[];
}

/**
 * The three choices (another date, "unless the pay or hours changed", delete my data), each with facts a Spanish
 * reviewer would pick: a job-ad role with its gender tag and the Spanish "/a" (taken off, and never spoken), a
 * hospital and a university whose names take their article, a "Lic." before a Mexican name, and a reason with its
 * detail. Refused elsewhere (test/api), so rendered only where they apply. Most names carry an accent outside GSM-7,
 * so a text has 201 characters and, beside a request that never gives way, the role is the first fact to go (and
 * the advice says so): only the set without accents is of normal length.
 */
export function spanishChoiceSets(tag: string): ChoiceSet[] {
  const twelve = tag === 'es-MX' || tag === 'es-419';
  const southernCone = (h24: string) => h24.replace(/^(las |la )?(\d{1,2}):00$/, '$1$2 h');
  const t = (h24: string, h12: string) => (twelve ? h12 : tag === 'es-AR' ? southernCone(h24) : h24);
  return [
    {
      name: 'another date today, with availability',
      scenarios: ['last-minute', 'personal-reasons'],
      normalLength: false,
      when: `hoy a ${t('las 13:00', 'la 1:00 p.m.')}`,
      spokenWhen: 'hoy a la una de la tarde',
      facts: {
        candidate: { name: 'Marta López Aranda', email: 'marta.lopez@example.es', phone: '+34 622 111 333', grammaticalGender: 'f' },
        recipient: { name: 'Jorge Pastor Gil', honorific: 'mr' },
        company: 'Transportes Pastor e Hijos, S.L.',
        role: 'Jefe/a de Tráfico (H/M)',
        jobReference: 'TPH-88',
        interview: { at: '2026-11-30T13:00:00+01:00', format: 'onsite' },
        intent: 'reschedule',
        availability: 'cualquier mañana de la semana que viene',
        reason: { code: 'health', detail: 'tengo fiebre desde anoche', disclosure: 'specific' },
        now: '2026-11-30T08:30:00+01:00',
      },
    },
    {
      name: 'another date in three days, no reason given',
      scenarios: ['personal-reasons'],
      normalLength: false,
      when: `el jueves a las ${t('16:00', '4:00 p.m.')}`,
      spokenWhen: 'el jueves a las cuatro de la tarde',
      facts: {
        candidate: { name: 'Diego Hernández', phone: '+52 55 2345 6789' },
        recipient: { name: 'Lic. Patricia Gómez', honorific: 'ms' },
        company: 'Hospital San Ángel',
        role: 'Enfermero/a de Quirófano',
        interview: { at: '2026-12-03T16:00:00+01:00', format: 'onsite' },
        intent: 'reschedule',
        now: '2026-11-30T10:00:00+01:00',
      },
    },
    {
      name: 'open to negotiation on pay, with a detail',
      scenarios: ['decline-offer'],
      normalLength: false,
      facts: {
        candidate: { name: 'Pablo Ibáñez Mora', email: 'pablo.ibanez@example.es', phone: '+34 633 444 555', grammaticalGender: 'm' },
        recipient: { name: 'Nuria Sanz', honorific: 'ms' },
        company: 'Fundación Mar Abierto',
        role: 'Técnico/a de Proyectos',
        reason: { code: 'compensation', detail: 'la oferta queda por debajo de mi salario actual', disclosure: 'specific' },
        openToNegotiation: true,
        now: '2026-11-30T11:00:00+01:00',
      },
    },
    {
      name: 'open to negotiation on hours, no detail',
      scenarios: ['decline-offer'],
      normalLength: true,
      facts: {
        candidate: { name: 'Valeria Montes', grammaticalGender: 'f' },
        recipient: { name: 'Andrés Villalobos' },
        company: 'Grupo Sierra',
        role: 'Analista Contable',
        reason: { code: 'schedule' },
        openToNegotiation: true,
        now: '2026-11-30T18:00:00-06:00',
      },
    },
    {
      // Another offer taken, and the candidate's words on why: printed after the new employer in every tone and
      // channel ("He aceptado una oferta de Norte porque me ofrecen dirigir un equipo"), which readers in Buenos Aires and
      // Mexico City found dropped without a word. Short names and no
      // interview time, so a UCS-2 text of 201 characters keeps it beside the new employer.
      name: 'another offer, with why they took it',
      scenarios: ['accepted-another-offer'],
      normalLength: true,
      facts: {
        candidate: { name: 'Ana Gil', phone: '+34 655 123 456' },
        company: 'Lince',
        newEmployer: 'Norte',
        reason: { code: 'another-offer', detail: 'me ofrecen dirigir un equipo', disclosure: 'specific' },
        now: '2026-11-29T16:00:00+01:00',
      },
    },
    {
      name: 'delete my data',
      scenarios: ['accepted-another-offer', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
      normalLength: false,
      when: `mañana a las ${t('10:00', '10:00 a.m.')}`,
      spokenWhen: 'mañana a las diez',
      facts: {
        candidate: { name: 'Sofía Castillo', email: 'sofia.castillo@example.com', phone: '+34 644 555 666' },
        company: 'Universidad del Pacífico',
        role: 'Gestor de Investigación',
        interview: { at: '2026-12-01T10:00:00+01:00', format: 'video' },
        requestDataDeletion: true,
        now: '2026-11-30T16:00:00+01:00',
      },
    },
  ];
}
