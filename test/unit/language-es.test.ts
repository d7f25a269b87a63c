// Spanish helpers: names with two surnames, the honorific that cannot be neutral, the time of day as Spain and Latin
// America write it, the reason joined to the decision, the speaking rate, and how regional tags resolve.
import { describe, expect, it } from 'vitest';
import { cleanRole } from '../../src/messages/facts/role.js';
import { es419, esAR, esES, esMX, spanishSyllables } from '../../src/messages/languages/es.js';
import { resolveLanguage } from '../../src/messages/languages/index.js';
import { interviewClock } from '../../src/messages/languages/time.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

const when = (helpers: typeof esES, at: string, now: string, zone: string | null = null) =>
  helpers.interviewWords(interviewClock(at, zone, Date.parse(now), now)).when;

describe('Spanish names', () => {
  it('greets by the whole given name, never an initial, and reads two surnames as such', () => {
    expect(esES.givenName('José Ángel Muñoz Peña')).toBe('José Ángel');
    expect(esES.givenName('Lucía Ruiz Gómez')).toBe('Lucía');
    expect(esES.givenName('María José Ortega')).toBe('María José');
    expect(esES.givenName('María de la Fuente García')).toBe('María');
    expect(esES.givenName('J. Carlos Pérez')).toBe('Carlos');
    expect(esES.givenName('Dr. José Muñoz')).toBe('José');
    expect(esES.givenName('J. R. Pérez')).toBeNull();
  });

  it('titles with the first surname for ms and mr, and guesses nothing for dr, mx or none', () => {
    expect(esES.titledName('ms', 'Lucía Ruiz Gómez')).toBe('Sra. Ruiz');
    expect(esES.titledName('mr', 'José Ángel Muñoz Peña')).toBe('Sr. Muñoz');
    expect(esES.titledName('ms', 'María de la Fuente García')).toBe('Sra. de la Fuente');
    for (const honorific of ['dr', 'mx', undefined] as const) expect(esES.titledName(honorific, 'Lucía Ruiz')).toBeNull();
  });

  it('writes "Dra." and "Dr." when a title gives the doctorate, and still guesses no gender from a bare "Dr."', () => {
    expect(esES.titledName('ms', 'Dra. Rocío Ochoa Serrano')).toBe('Dra. Ochoa');
    expect(esES.titledName(undefined, 'Dra. Rocío Ochoa')).toBe('Dra. Ochoa');
    expect(esES.titledName('mr', 'Dr. José Muñoz Peña')).toBe('Dr. Muñoz');
    expect(esES.titledName('dr', 'Dr. José Muñoz')).toBeNull();
    expect(esES.titledName('mx', 'Dra. Rocío Ochoa')).toBeNull();
  });

  it('addresses a Latin American graduate by the professional title, and Spain by Sra. or Sr.', () => {
    const lic = { given: 'Guadalupe', family: 'Ochoa Treviño', full: 'Guadalupe Ochoa Treviño', academicTitle: 'Lic.' } as Parameters<typeof esMX.address>[0];
    expect(esMX.address(lic, 'ms').titled).toBe('Lic. Ochoa');
    expect(es419.address({ ...lic, academicTitle: 'Ing.' }, 'mr').titled).toBe('Ing. Ochoa');
    // Argentina keeps the whole family name, there most often one compound surname: a reader in Buenos Aires failed
    // "Lic. Sáenz" for "Lic. Mariana Sáenz Peña" in every greeting.
    expect(esAR.address({ ...lic, academicTitle: 'Mtra.' }, null).titled).toBe('Mtra. Ochoa Treviño');
    expect(esAR.address({ given: 'Mariana', family: 'Sáenz Peña', full: 'Mariana Sáenz Peña', academicTitle: 'Lic.' } as typeof lic, 'ms').titled).toBe('Lic. Sáenz Peña');
    // A neutral title with no gender given: no "Estimado/Estimada" can be written, so no titled greeting.
    expect(esMX.address(lic, null).titled).toBeNull();
    // …but the greeting that needs none still gives the title: "Buen día, Lic. Gutiérrez:", not "María Florencia Gutiérrez".
    expect(esAR.address(lic, 'dr').full).toBe('Lic. Ochoa Treviño');
    expect(esMX.address(lic, null).full).toBe('Lic. Ochoa');
    expect(esES.address({ ...lic, academicTitle: 'Dr.' }, 'dr').full).toBe('Dr. Ochoa');
    expect(esAR.address({ ...lic, academicTitle: 'Mtra.' }, 'mx').full).toBe('Guadalupe Ochoa Treviño');
    expect(esES.address(lic, 'ms').titled).toBe('Sra. Ochoa');
  });

  it('calls a recipient by the academic title a letter gives them wherever the tone says Sr. or Sra., never by the given name', () => {
    // A reader in Buenos Aires failed a firm no that greeted "Hola, Horacio." where the email said "Dr. Lamberti".
    const service = createMessageService({ clock: () => Date.parse('2026-12-07T13:20:00+01:00') });
    const render = (channel: 'sms' | 'voicemail' | 'email' | 'linkedin', recipient: Record<string, string>, seed?: string) => {
      const result = service.render(
        MessageRequestSchema.parse({
          scenario: 'firm-no',
          channel,
          ...(seed !== undefined && { phrasingSeed: seed }),
          language: 'es-AR',
          candidate: { name: 'Agustín Di Marco Etchevarne', phone: '+54 9 11 5873-2046' },
          recipient: { name: 'Horacio Lamberti', ...recipient },
          company: 'Fundación Sinergia Federal',
          requestNoFurtherContact: true,
        }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.message.text;
    };
    for (const channel of ['sms', 'voicemail', 'email'] as const) {
      expect(render(channel, { honorific: 'dr', academicTitle: 'Dr.' })).toMatch(/^\p{L}[^,]*, Dr\. Lamberti[.:]/u);
      expect(render(channel, { honorific: 'mr' })).toMatch(/Sr\. Lamberti[.:]/u);
      expect(render(channel, { honorific: 'dr', academicTitle: 'Dr.' })).not.toMatch(/Horacio(?! Lamberti)/u);
    }
    // LinkedIn greets by the given name ("Hola, Mariela:"), but a firm no to a "Dr." greets him by his title, in every
    // phrasing: "Hola, Horacio:" before "Le agradeceré que no vuelva a contactarme" failed the reader.
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      // No zone and no offset in `now`: no clock tells the time of day, so the greeting says none.
      expect(render('linkedin', { honorific: 'dr', academicTitle: 'Dr.' }, seed)).toMatch(/^Hola, Dr\. Lamberti:/u);
      expect(render('linkedin', { honorific: 'mr' }, seed)).toMatch(/Horacio/u);
    }
  });

  it('reads a patronymic before a particle as the first surname', () => {
    expect(esES.givenName('Francisco Javier Domínguez de la Torre')).toBe('Francisco Javier');
    expect(esES.titledName('mr', 'Francisco Javier Domínguez de la Torre')).toBe('Sr. Domínguez');
    // A compound surname joined by a bare "de" is one surname, and the title stands before all of it.
    expect(esAR.titledName('ms', 'Florencia Martínez de Hoz')).toBe('Sra. Martínez de Hoz');
    expect(esES.titledName('mr', 'Carlos Sáenz de Urturi Gil')).toBe('Sr. Sáenz de Urturi');
    expect(esES.titledName('ms', 'Lucía Ruiz Gómez')).toBe('Sra. Ruiz');
  });

  it('gives an organisation named by a common noun its article, and a trade name none', () => {
    const association = esES.companyWith!('Asociación Red de Huertos Urbanos');
    expect([association.en, association.de, association.a, association.El]).toEqual([
      'en la Asociación Red de Huertos Urbanos',
      'de la Asociación Red de Huertos Urbanos',
      'a la Asociación Red de Huertos Urbanos',
      'La Asociación Red de Huertos Urbanos',
    ]);
    const hospital = esMX.companyWith!('Hospital San Juan');
    expect([hospital.en, hospital.de, hospital.a]).toEqual(['en el Hospital San Juan', 'del Hospital San Juan', 'al Hospital San Juan']);
    const trade = esES.companyWith!('Talleres Ebro');
    expect([trade.en, trade.de, trade.a, trade.El]).toEqual(['en Talleres Ebro', 'de Talleres Ebro', 'a Talleres Ebro', 'Talleres Ebro']);
    expect(esES.possessive('Fundación Mar Abierto')).toBe('de la Fundación Mar Abierto');
  });

  it('drops the legal forms of Spain and Mexico in friendly prose', () => {
    expect(esES.everydayCompany('Talleres Ebro, S.L.')).toBe('Talleres Ebro');
    expect(esES.everydayCompany('Grupo Bimbo, S.A.B. de C.V.')).toBe('Grupo Bimbo');
    expect(esES.everydayCompany('Grupo Modelo, S. de R.L. de C.V.')).toBe('Grupo Modelo');
    expect(esES.everydayCompany('Construcciones del Sur, S.A.U.')).toBe('Construcciones del Sur');
  });
});

describe('Spanish dates and times', () => {
  it('greets by the clock as each market does: Spain says "buenas tardes" from two, Latin America from noon', () => {
    expect(esES.dayparts).toEqual({ afternoon: 14, evening: 21 });
    expect(esMX.dayparts).toEqual({ afternoon: 12, evening: 19 });
    expect(es419.dayparts).toEqual(esMX.dayparts);
  });

  const now = '2026-11-29T10:00:00+01:00';
  it('writes the 24-hour clock in Spain and the 12-hour clock in Mexico and Latin America, with the article agreeing', () => {
    expect(when(esES, '2026-11-30T15:00:00+01:00', now)).toBe('mañana a las 15:00');
    expect(when(esMX, '2026-11-30T15:00:00+01:00', now)).toBe('mañana a las 3:00 p.m.');
    expect(when(es419, '2026-11-30T13:30:00+01:00', now)).toBe('mañana a la 1:30 p.m.');
    expect(when(esES, '2026-11-30T13:00:00+01:00', now)).toBe('mañana a las 13:00');
    expect(when(esES, '2026-11-29T16:30:00+01:00', now)).toBe('hoy a las 16:30');
    // Argentina writes the 24-hour clock, a whole hour as "15 h", without the leading zero of CLDR's es-AR pattern.
    expect(when(esAR, '2026-11-30T15:00:00+01:00', now)).toBe('mañana a las 15 h');
    expect(when(esAR, '2026-11-30T09:30:00+01:00', now)).toBe('mañana a las 9:30');
    expect(when(esAR, '2026-11-30T01:00:00+01:00', '2026-11-29T10:00:00+01:00')).toBe('mañana a la 1 h');
  });

  it('says the weekday within a week and the date further off, without the comma CLDR puts after the weekday', () => {
    expect(when(esES, '2026-12-02T10:00:00+01:00', now)).toBe('el miércoles a las 10:00');
    expect(when(esES, '2026-12-08T09:30:00+01:00', now)).toBe('el martes 8 de diciembre a las 9:30');
  });

  it('names the zone as Spanish speakers do when the clocks differ', () => {
    expect(when(esES, '2026-12-01T09:00:00-08:00', '2026-11-29T18:00:00+01:00', 'America/Los_Angeles')).toBe('el martes a las 9:00 hora de Los Ángeles');
    expect(when(esMX, '2026-12-01T15:00:00+01:00', '2026-11-29T10:00:00-06:00', 'Europe/Madrid')).toBe('el martes a las 3:00 p.m. hora peninsular');
    // A country Spanish names with its article keeps it ("hora de Reino Unido" is CLDR's).
    expect(when(esES, '2026-12-01T16:30:00+00:00', '2026-11-29T10:00:00+01:00', 'Europe/London')).toBe('el martes a las 16:30 hora del Reino Unido');
    expect(when(esMX, '2026-12-01T10:00:00+04:00', '2026-11-29T10:00:00-06:00', 'Asia/Dubai')).toBe('el martes a las 10:00 a.m. hora de los Emiratos Árabes Unidos');
    // Lisbon is "hora de Lisboa", never CLDR's "hora de Europa occidental".
    expect(when(esES, '2026-12-01T10:00:00+00:00', '2026-11-29T10:00:00+01:00', 'Europe/Lisbon')).toBe('el martes a las 10:00 hora de Lisboa');
    // Argentina keeps one clock, and no one says CLDR's "hora estándar de Argentina".
    expect(when(esAR, '2026-12-01T16:00:00-03:00', '2026-11-29T10:00:00-05:00', 'America/Argentina/Buenos_Aires')).toBe('el martes a las 16:00 hora de Argentina');
  });

  it('introduces the candidate in a text or call by the given name and the first surname', () => {
    expect(esAR.spokenName!({ given: 'Facundo', family: 'Di Pietro Lanusse' } as never)).toBe('Facundo Di Pietro');
    expect(esES.spokenName!({ given: 'María del Carmen', family: 'Fernández de Córdoba Ruiz' } as never)).toBe('María del Carmen Fernández de Córdoba');
  });

  it('says the given name alone that the candidate goes by, and never a nickname', () => {
    expect(esMX.spokenName!({ given: 'Itzel Guadalupe', family: 'Ortiz de Montellano', preferred: 'Itzel' } as never)).toBe('Itzel Ortiz de Montellano');
    // A reader in Bogotá failed 18 texts and calls that said "Ramiro Ezequiel Buitrago" for a man who goes by Ezequiel.
    expect(es419.spokenName!({ given: 'Ramiro Ezequiel', family: 'Buitrago Saavedra', preferred: 'Ezequiel' } as never)).toBe('Ezequiel Buitrago');
    expect(esAR.spokenName!({ given: 'Facundo Ezequiel', family: 'Di Stéfano Lacroze', preferred: 'Facu' } as never)).toBe('Facundo Ezequiel Di Stéfano');
    expect(esES.spokenName!({ given: 'María Inmaculada', family: 'Sáenz de Heredia', preferred: 'Inma' } as never)).toBe('María Inmaculada Sáenz de Heredia');
    expect(esES.withoutSecondSurname!({ given: 'Juan Sebastián', family: 'Del Castillo Rengifo', preferred: 'Juan' } as never)).toBe('Juan Del Castillo');
  });
});

describe('the reason a Spanish candidate types', () => {
  it('follows "porque", keeps a typed preposition, and does not double a typed conjunction', () => {
    expect(esES.becauseClause('Mi pareja empieza un trabajo en Lisboa.')).toBe('porque mi pareja empieza un trabajo en Lisboa');
    expect(esES.becauseClause('ya que me mudo a Valencia')).toBe('porque me mudo a Valencia');
    // A detail with its own "porque" is turned round, never "porque …, porque …".
    expect(esES.becauseClause('ahora mismo no puedo mudarme a Logroño, porque mi pareja acaba de empezar un trabajo en Valencia')).toBe(
      'porque mi pareja acaba de empezar un trabajo en Valencia y ahora mismo no puedo mudarme a Logroño',
    );
    expect(esES.becauseClause('iría más tarde, ya que tengo un examen')).toBe('porque tengo un examen e iría más tarde');
    expect(esES.becauseClause('Por motivos familiares')).toBe('por motivos familiares');
    expect(esES.becauseClause('debido a la distancia')).toBe('debido a la distancia');
    expect(esES.becauseClause('por mi salud')).toBe('por mi salud');
    // A typed "por" that opens a clause gives no cause by itself: the clause still takes "porque".
    expect(esMX.becauseClause('por ahora no me puedo mudar a León')).toBe('porque por ahora no me puedo mudar a León');
    expect(esES.becauseClause('Por el momento prefiero seguir en mi empresa')).toBe('porque por el momento prefiero seguir en mi empresa');
    expect(esES.becauseClause('por mi salud no puedo viajar tanto')).toBe('porque por mi salud no puedo viajar tanto');
    expect(esAR.becauseClause('Por ahora, el puesto me queda lejos')).toBe('porque por ahora, el puesto me queda lejos');
    expect(esES.becauseClause('Valencia me queda lejos')).toBe('porque Valencia me queda lejos');
  });
});

describe('Spanish on the phone', () => {
  it('says its own country\'s numbers in national form, reads the plus of another as "más", and counts syllables by Spanish spelling', () => {
    expect(esES.slowNumber('+34 612 345 678')).toBe('6 1 2, 3 4, 5 6, 7 8');
    expect(esES.spokenNumber?.('+34 612 48 93 07')).toBe('612 48 93 07');
    expect(esES.spokenNumber?.('+34 91 123 45 67')).toBe('91 123 45 67');
    expect(esMX.spokenNumber?.('+52 55 4123 8876')).toBe('55 4123 8876');
    expect(esAR.spokenNumber?.('+54 9 11 5832-4417')).toBe('11 5832 4417');
    expect(esES.slowNumber('+52 55 1234 5678')).toBe('más 52, 5 5, 1 2 3 4, 5 6 7 8');
    expect(es419.slowNumber('+34 612 345 678')).toBe('más 34, 6 1 2, 3 4 5, 6 7 8');
    expect(es419.callingCode).toBeUndefined();
    // es-419 reads a Latin American number in its own country's national form: the country is the number's.
    expect(es419.spokenNumber?.('+57 310 482 7719')).toBe('310 482 7719');
    expect(es419.slowNumber('+57 310 482 7719')).toBe('3 1 0, 4 8 2, 7 7 1 9');
    expect(es419.spokenNumber?.('+56 9 8765 4321')).toBe('9 8765 4321');
    expect(es419.spokenNumber?.('+51 987 654 321')).toBe('987 654 321');
    expect(es419.spokenNumber?.('+34 612 345 678')).toBe('+34 612 345 678');
    expect(['hola', 'día', 'cuidado', 'teatro', 'hoy', 'SL'].map(spanishSyllables)).toEqual([2, 2, 3, 3, 1, 2]);
    // 4.7 syllables a second: a 47-syllable sentence takes 10 seconds.
    expect(esES.speakingSeconds('hola '.repeat(23) + 'sí')).toBe(10);
  });
});

describe('Spanish regional tags', () => {
  it.each([
    ['es', 'es-ES'],
    ['es-ES', 'es-ES'],
    ['es-MX', 'es-MX'],
    ['es-419', 'es-419'],
    ['es-AR', 'es-AR'],
    ['es-UY', 'es-AR'],
    ['es-PY', 'es-AR'],
    ['es-CO', 'es-419'],
    ['es-US', 'es-419'],
    ['ES-mx', 'es-MX'],
  ])('%s resolves to %s', (tag, expected) => {
    const resolved = resolveLanguage(tag);
    expect(resolved.ok && resolved.variant.tag).toBe(expected);
  });
});

describe('Spanish roles read aloud', () => {
  it('says the seniority a job title abbreviates, and leaves other words alone', () => {
    expect(esAR.spokenRole!('Desarrollador Backend Ssr.')).toBe('Desarrollador Backend semi sénior');
    expect(esMX.spokenRole!('Analista Sr. de Riesgos')).toBe('Analista sénior de Riesgos');
    expect(esES.spokenRole!('Técnico de Proyectos Jr.')).toBe('Técnico de Proyectos júnior');
    expect(esES.spokenRole!('Responsable de Srvicios Sénior')).toBe('Responsable de Srvicios Sénior');
  });
});

describe('Spanish roles written out in a letter', () => {
  it('spells the seniority with the accent in Spain and as Latin American job ads write it', () => {
    expect(esES.roleAsWritten!('Analista Sr. de Riesgos', undefined)).toBe('Analista Sénior de Riesgos');
    expect(es419.roleAsWritten!('Analista Sr. de Riesgos', undefined)).toBe('Analista Senior de Riesgos');
    expect(esAR.roleAsWritten!('Desarrollador Backend Ssr.', undefined)).toBe('Desarrollador Backend Semi Senior');
    expect(esAR.roleAsWritten!('Técnico de Proyectos Jr.', undefined)).toBe('Técnico de Proyectos Junior');
  });
});

describe('Spanish roles an ad sets apart with a dash', () => {
  const clean = (role: string) => cleanRole(role, undefined, es419.roleWithSpecialty, (items) => es419.list(items)).name;
  it('places the post in a unit of the employer with its article', () => {
    // "Analista de Datos de Secretaría de Innovación" failed a reader in Bogotá.
    expect(clean('Analista de Datos – Secretaría de Innovación')).toBe('Analista de Datos de la Secretaría de Innovación');
    expect(clean('Abogado - Departamento Jurídico')).toBe('Abogado del Departamento Jurídico');
    expect(clean('Ejecutivo - área comercial')).toBe('Ejecutivo del área comercial');
  });

  it('joins a field in the lower case of prose', () => {
    expect(clean('Enfermera - Oncología')).toBe('Enfermera de oncología');
    expect(clean('Ingeniero - Redes eléctricas')).toBe('Ingeniero de redes eléctricas');
  });
});
