// Spanish, in four variants that share one spelling (the RAE and ASALE norm is common to every Spanish-speaking
// country) and templates written in pan-Hispanic vocabulary: es-ES, es-MX, es-419 and es-AR differ here in how they
// write the time of day (Spain and Argentina 15:00, Mexico and Latin America 3:00 p.m.) and in the hour a greeting turns
// from "buenos días" to "buenas tardes"; their own words live in the
// templates under their keys (es-419 for all of Latin America, es-MX or es-AR for one country).
import { callingCodeOf } from '../facts/dialling.js';
import { firstSurname, parsePersonName, type PersonName } from '../facts/person-name.js';
import { cut, everydayCompany, givenWithoutInitials, nationalGroups, slowDigits, type Address, type NumberingPlan, type Honorific, type InterviewWords, type LanguageHelpers } from './helpers.js';
import { memo, utcOffsetLabel, zoneName, type InterviewClock } from './time.js';

/** The word a voice says for a country code's "+": in `plusWord` and in a number read slowly. */
const sayPlus = 'más';

/**
 * "Sra. Ochoa", "Dra. Ochoa", "Sr. de la Cruz": the title before the first surname, as a formal letter writes them.
 * A gender comes only from what the platform gave: `ms` or `mr` (given, or written into the name), or a title that
 * carries one ("Dra.", "Doctora"). `ms` or `mr` with a doctorate in `academicTitle` ("Dr.", "Dra.") gives "Dra." or
 * "Dr."; "Dra." alone (with `dr` or no honorific) gives "Dra. Ochoa". `dr` with a bare "Dr.", `mx` and no honorific
 * say no gender (Spanish has no neutral "Dr./Dra."), so the greeting names the given name and the first surname only
 * ("Buenos días, Guadalupe Ochoa"), never both surnames; `mx` keeps that neutral form even beside "Dra.".
 * Mexico and Latin America also address a graduate by their professional title ("Estimada Lic. Ochoa:", "Estimado
 * Ing. Ramírez:", "Estimada Mtra. Vélez:"); Spain does not, and keeps "Sra." and "Sr.". Argentina greets by the
 * whole family name ("Lic. Sáenz Peña"), which there is most often one compound surname. The title still needs a
 * gender the platform gave for "Estimado/Estimada": `ms` or `mr`, or "Mtra."/"Lcda." written as such.
 */
const professionalTitles: ReadonlyArray<[RegExp, string, string]> = [
  [/^(Lic|Lcda|Lcdo|Licda|Licdo|Licenciada|Licenciado)\.?$/i, 'Lic.', 'Lic.'],
  [/^(Ing|Inga|Ingeniera|Ingeniero)\.?$/i, 'Ing.', 'Ing.'],
  [/^(Arq|Arquitecta|Arquitecto)\.?$/i, 'Arq.', 'Arq.'],
  [/^(C\.\s?P|Contadora|Contador)\.?$/i, 'C.P.', 'C.P.'],
  [/^(Mtra|Mtro|Maestra|Maestro)\.?$/i, 'Mtra.', 'Mtro.'],
];
const feminineTitle = /^(Lcda|Licda|Licenciada|Inga|Ingeniera|Arquitecta|Contadora|Mtra|Maestra)\.?$/i;

function addressIn(professional: boolean, surnameOf: (family: string) => string) {
  return function address(person: PersonName, honorific: Honorific | null): Address {
    const surname = person.family ? surnameOf(person.family) : null;
    const full = [person.given, surname].filter(Boolean).join(' ') || person.full;
    const written = person.academicTitle ?? '';
    const doctor = /^(Dr|Dra|Doctor|Doctora)\.?$/i.test(written);
    const doctora = /^(Dra|Doctora)\.?$/i.test(written);
    const profession = professional ? professionalTitles.find(([pattern]) => pattern.test(written)) : undefined;
    let title: string | null = null;
    if (profession && honorific !== 'mx') {
      const feminine = honorific === 'ms' || (honorific !== 'mr' && feminineTitle.test(written));
      if (feminine) title = profession[1];
      else if (honorific === 'mr') title = profession[2];
    } else if (honorific === 'ms' || honorific === 'mr') title = doctor ? (honorific === 'ms' ? 'Dra.' : 'Dr.') : honorific === 'ms' ? 'Sra.' : 'Sr.';
    else if (honorific !== 'mx' && doctora) title = 'Dra.';
    // A title whose abbreviation says no gender ("Lic.", "Ing.", "Arq.", "C.P.", a written "Dr.") still stands before
    // the surname where no "Estimado/Estimada" needs one: "Buen día, Lic. Gutiérrez:", not the given name and surname.
    const neutral = honorific === 'mx' ? null : profession && profession[1] === profession[2] ? profession[1] : /^(Dr|Doctor)\.?$/i.test(written) ? 'Dr.' : null;
    if (surname && title === null && neutral) return { titled: null, titledOblique: null, full: `${neutral} ${surname}` };
    if (!surname || title === null) return { titled: null, titledOblique: null, full };
    const titled = `${title} ${surname}`;
    return { titled, titledOblique: titled, full };
  };
}

/**
 * Organisations named by a common noun take its article in Spanish: "en la Asociación Red de Huertos", "al Hospital
 * San Juan", "de la Universidad de Sevilla"; a trade name does not ("en Talleres Ebro", "de Grupo Levante").
 */
const feminineInstitution =
  /^(Asociación|Fundación|Universidad|Federación|Confederación|Cooperativa|Cámara|Sociedad|Escuela|Academia|Agencia|Junta|Diputación|Secretaría|Comisión|Clínica|Corporación|Organización|Red|Comunidad|Mancomunidad|Oficina|Biblioteca|Autoridad|Consejería|Dirección|Delegación|Orquesta|Compañía|Cruz|Facultad|Residencia|Plataforma|Hermandad|Municipalidad|Intendencia|Alcaldía|Gobernación|Prefectura|Procuraduría|Fiscalía|Defensoría)(?=\s|$)/u;
const masculineInstitution =
  /^(Hospital|Instituto|Ayuntamiento|Ministerio|Colegio|Centro|Consorcio|Museo|Servicio|Banco|Consejo|Tribunal|Departamento|Parlamento|Senado|Congreso|Gobierno|Cabildo|Club|Observatorio|Conservatorio|Patronato|Organismo|Sindicato|Teatro)(?=\s|$)/u;

/** The name after each preposition the templates use ({{companyWith.en}}, {{companyWith.de}}, {{companyWith.El}} ...). */
function companyWith(name: string): Readonly<Record<'el' | 'El' | 'en' | 'de' | 'a' | 'con' | 'por' | 'para' | 'sobre', string>> {
  const masculine = masculineInstitution.test(name);
  const article = masculine ? 'el' : feminineInstitution.test(name) ? 'la' : '';
  const el = article ? `${article} ${name}` : name;
  return {
    el,
    El: el.charAt(0).toUpperCase() + el.slice(1),
    en: `en ${el}`,
    de: masculine ? `del ${name}` : `de ${el}`,
    a: masculine ? `al ${name}` : `a ${el}`,
    con: `con ${el}`,
    por: `por ${el}`,
    para: `para ${el}`,
    sobre: `sobre ${el}`,
  };
}

/** Causal conjunctions a candidate may type first: the clause follows "porque" instead, so none is doubled. */
const typedConjunction = /^(porque|ya que|dado que|puesto que|debido a que|pues|como)\b[\s,]*/i;
/** Prepositional connectors that already fit after the decision ("por motivos familiares", "debido a la distancia"). */
const typedPreposition = /^(por|debido a|a causa de|tras|dada|dado|dadas|dados)\b/i;
/**
 * Sentence adverbs that open with "por" but give no cause ("por ahora no me puedo mudar"): the clause behind them still
 * needs our "porque", or the decision runs into it ("le digo que no por ahora no me puedo mudar").
 */
const porAdverb =
  /^por\s+(?:ahora|el\s+momento|lo\s+pronto|desgracia|suerte|fin|cierto|otra\s+parte|otro\s+lado|mi\s+parte|eso|lo\s+tanto|primera\s+vez|hoy|ahora\s+mismo|el\s+contrario|lo\s+visto|lo\s+general|lo\s+menos)\b/iu;
/**
 * Words that make a typed phrase a clause of its own ("por mi salud no puedo viajar"): a finite verb, a clitic or a
 * negation. A phrase with none of them ("por motivos familiares", "debido a la distancia") keeps its own connector.
 */
const clauseMarker =
  /(?<!\p{L})(?:no|me|se|nos|puedo|podemos|tengo|tenemos|debo|debemos|estoy|estamos|está|están|es|son|soy|hay|he|ha|han|hemos|voy|vamos|quiero|prefiero|necesito|busco|sigo|vivo|trabajo|acabo|empiezo|cuido|puede|tiene|tienen|debe|será|sería|era|fue)(?!\p{L})/iu;
/** First words that are never a name: lower-cased when the detail follows "porque". */
const neverANameAtTheStart =
  /^(mi|mis|nuestro|nuestra|nuestros|nuestras|el|la|los|las|un|una|unos|unas|este|esta|estos|estas|ese|esa|he|hemos|ha|han|tengo|tenemos|me|nos|estoy|estamos|ya|ahora|actualmente|no|es|son|hay|se|debo|debemos|acabo|acabamos|voy|vamos|quiero|prefiero|necesito|mudarme|cuidar|cuido|empiezo|empiezan|por|debido|a|tras|dada|dado|dadas|dados|motivos|razones|en|al|para)$/i;

/**
 * The candidate's own reason, made to follow the decision: "... retirar mi candidatura porque mi pareja empieza un
 * trabajo en Lisboa". Spanish "porque" takes a finite clause in its ordinary word order, so whatever clause the
 * candidate typed stays grammatical behind it; a typed causal conjunction ("ya que", "como") gives way to it, and a
 * typed prepositional phrase ("por motivos familiares", "debido a la distancia") keeps its own connector, unless a
 * clause follows it ("por ahora no me puedo mudar", "por mi salud no puedo viajar"), which takes "porque" too. The
 * first word is lower-cased only when it is never a name ("Mi pareja", not "Valencia"). Trailing punctuation goes:
 * the template ends the sentence.
 */
function becauseClause(detail: string): string {
  let body = detail.trim().replace(/[.!;,:\s]+$/u, '');
  body = body.replace(typedConjunction, '');
  const first = /^[\p{L}]+/u.exec(body)?.[0] ?? '';
  if (neverANameAtTheStart.test(first)) body = body.charAt(0).toLowerCase() + body.slice(1);
  if (typedPreposition.test(body) && !porAdverb.test(body) && !clauseMarker.test(body)) return body;
  // A detail that gives its own cause ("no puedo mudarme, porque mi pareja ...") would follow our "porque" with a
  // second one: the cause comes first and the consequence joins it ("porque mi pareja ... y no puedo mudarme").
  const inner = /,?\s+(?:porque|ya que|puesto que|dado que)\s+/iu.exec(body);
  if (inner && inner.index > 0) {
    const effect = body.slice(0, inner.index);
    const cause = body.slice(inner.index + inner[0].length);
    return `porque ${cause} ${/^h?i(?![aeoáéó])/iu.test(effect) ? 'e' : 'y'} ${effect}`;
  }
  return `porque ${body}`;
}

/**
 * Seniority abbreviations of Spanish job titles, as said aloud: "Ssr." (semi sénior, in Argentina and Uruguay), "Sr."
 * and "Jr.", which a speech engine would read as "señor" or letter by letter. Only where they stand as words of the
 * role ("Analista Sr. de Riesgos", "Desarrollador Backend Ssr."), never inside a name.
 */
const seniority: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})(?:Ssr|SSr|Semi ?Sr)\.?(?!\p{L})/gu, 'semi sénior'],
  [/(?<!\p{L})Sr\.?(?!\p{L})/gu, 'sénior'],
  [/(?<!\p{L})Jr\.?(?!\p{L})/gu, 'júnior'],
  [/(?<!\p{L})Semi ?Senior(?!\p{L})/giu, 'semi sénior'],
];
/**
 * The same abbreviations written out in a letter: "Analista Sr. de Riesgos" reads as "señor" in running text, so a
 * message writes "Analista Sénior de Riesgos", capitalised as the word before it is. Spain writes the RAE's accent;
 * Argentina and the rest of Latin America write the English loan as job ads do ("Analista Senior", "Semi Senior"),
 * and readers there took "Sénior" for Spain.
 */
const writtenSeniority: ReadonlyArray<[RegExp, string]> = [
  [/(?<=(\p{L}+)\s+)(?:Ssr|SSr|Semi ?Sr)\.?(?!\p{L})/gu, 'semi sénior'],
  [/(?<=(\p{L}+)\s+)Sr\.?(?!\p{L})/gu, 'sénior'],
  [/(?<=(\p{L}+)\s+)Jr\.?(?!\p{L})/gu, 'júnior'],
];
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const writtenRole = (role: string, accent: boolean) =>
  writtenSeniority.reduce(
    (s, [pattern, said]) => {
      const word = accent ? said : unaccented(said);
      return s.replace(pattern, (_m, before: string) => (/^\p{Lu}/u.test(before) ? word.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : word));
    },
    role,
  );
// After "cancelo la entrevista" the day follows "de", contracted before the article ("la entrevista del jueves",
// "la de mañana"): "cancelo la entrevista para el jueves" reads as cancelling it for Thursday.
const afterDe = (when: string) => (when.startsWith('el ') ? `del ${when.slice(3)}` : `de ${when}`);
const withOf = (w: InterviewWords): InterviewWords => ({ ...w, whenOf: afterDe(w.when) });
const spokenRole = (role: string) => seniority.reduce((s, [pattern, said]) => s.replace(pattern, said), role).replace(/\s{2,}/g, ' ').trim();

/** Vowels Spanish spelling writes; y counts where it ends a word ("hoy", "muy") or stands alone. */
const strong = new Set('aeoáéíóú');
const weak = new Set('iuü');

/**
 * Syllables of a Spanish word, from its spelling: each run of vowels is one syllable unless two strong vowels (a, e,
 * o, or any accented one) meet, which Spanish always splits (hiato: "te-a-tro", "dí-a"). A word without a vowel
 * (an initialism such as "SL") is said letter by letter.
 */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/y$/, 'i').replace(/^y$/, 'i');
  let count = 0;
  let previous: 'strong' | 'weak' | null = null;
  for (const ch of w) {
    const kind = strong.has(ch) ? 'strong' : weak.has(ch) ? 'weak' : null;
    if (kind === null) previous = null;
    else {
      if (previous === null || (previous === 'strong' && kind === 'strong')) count++;
      previous = kind;
    }
  }
  return count > 0 ? count : [...w].filter((c) => /\p{L}/u.test(c)).length;
}

/** Most digits are two syllables said aloud (ce-ro, cua-tro, nue-ve; dos, tres and seis are one): two apiece. */
const syllablesPerDigit = 2;

/**
 * A calm voicemail pace of 4.7 syllables a second. Pellegrino, Coupé & Marsico (2011), "A cross-language
 * perspective on speech information rate", Language 87(3): 539-558, measured read speech at 7.82 syllables a second
 * in Spanish and 6.19 in English. English runs here at 150 words a minute, about 1.5 syllables a word, so 3.75
 * syllables a second: 61% of the measured English rate. The same share of the Spanish rate is 4.74; rounded down.
 */
export const spanishSyllablesPerSecond = 4.7;

function speakingSeconds(text: string): number {
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  const digits = text.match(/\d/g)?.length ?? 0;
  const total = words.reduce((sum, w) => sum + syllables(w), 0) + digits * syllablesPerDigit;
  return Math.ceil(total / spanishSyllablesPerSecond);
}

/** Countries Spanish names with their article, as a zone's name after "hora". */
const countryArticles: Readonly<Record<string, string>> = {
  'Reino Unido': 'del',
  'Estados Unidos': 'de los',
  'Países Bajos': 'de los',
  'Emiratos Árabes Unidos': 'de los',
};

/** Zones a Spanish speaker names in their own words, where CLDR offers only a regional name. */
const ownZoneNames: Record<string, string> = {
  'Europe/Madrid': 'hora peninsular',
  'Atlantic/Canary': 'hora de Canarias',
  'Africa/Ceuta': 'hora peninsular',
  // CLDR's "hora de Europa occidental" is a name no one says: a Spaniard writes the city.
  'Europe/Lisbon': 'hora de Lisboa',
  'Atlantic/Madeira': 'hora de Madeira',
  'Atlantic/Azores': 'hora de las Azores',
};
/**
 * Argentina keeps one clock, and CLDR's "hora estándar de Argentina" is a database name no one writes or says: an
 * Argentine writes "hora de Argentina", in every province.
 */
const argentineZone = /^America\/(?:Argentina\/|(?:Buenos_Aires|Cordoba|Catamarca|Jujuy|Mendoza|Rosario)$)/;
/** Mexico names its zones by region: most of the country keeps "hora del centro", not "hora de la Ciudad de México". */
const mexicanZoneNames: Record<string, string> = {
  'America/Mexico_City': 'hora del centro',
  'America/Monterrey': 'hora del centro',
  'America/Merida': 'hora del centro',
  'America/Bahia_Banderas': 'hora del centro',
  'America/Matamoros': 'hora del centro',
  // Tijuana keeps the Zona Noroeste (UTC-8): "hora del Pacífico" is Mazatlán's, an hour off.
  'America/Tijuana': 'hora de Tijuana',
  'America/Mazatlan': 'hora del Pacífico',
  'America/Hermosillo': 'hora de Sonora',
  'America/Cancun': 'hora de Quintana Roo',
};

export type SpanishTag = 'es-ES' | 'es-MX' | 'es-419' | 'es-AR';

/**
 * Each country's own numbers as its speakers dictate them, without the country code a recruiter there never hears.
 * Spain: a mobile "612 48 93 07", Madrid and Barcelona "91 123 45 67", other provinces "954 12 34 56" (no trunk
 * prefix). Mexico: ten digits, "55 4123 8876" in Mexico City, Guadalajara and Monterrey, "222 123 4567" elsewhere (the
 * old "1" of a mobile dialled from abroad left out). Argentina: the area code without its "0" and the number, "11 5832
 * 4417" (the "9" a mobile carries from abroad left out). Latin America as a whole has no one country: es-419 takes
 * the country from the number itself (a Colombian number is a Bogotá recruiter's own, "310 482 7719"), and reads a
 * number of a country it has no plan for as written.
 */
const numberingPlans: Partial<Record<SpanishTag, NumberingPlan>> = {
  'es-ES': {
    callingCode: '34',
    trunk: '',
    group: (n) => (!/^[6-9]\d{8}$/.test(n) ? null : /^9[13]/.test(n) ? cut(n, [2, 3, 2, 2]) : cut(n, [3, 2, 2, 2])),
  },
  'es-MX': {
    callingCode: '52',
    trunk: '',
    group: (n) => {
      const ten = n.length === 11 && n.startsWith('1') ? n.slice(1) : n;
      if (!/^[2-9]\d{9}$/.test(ten)) return null;
      return /^(55|56|33|81)/.test(ten) ? cut(ten, [2, 4, 4]) : cut(ten, [3, 3, 4]);
    },
  },
  'es-AR': {
    callingCode: '54',
    trunk: '0',
    group: (n) => {
      const ten = n.length === 12 && n.startsWith('09') ? n.slice(2) : n.slice(1);
      if (!/^[1-9]\d{9}$/.test(ten)) return null;
      return ten.startsWith('11') ? cut(ten, [2, 4, 4]) : cut(ten, [3, 3, 4]);
    },
  },
};

/**
 * The Latin American countries es-419 speaks for, each read as its people dictate: Colombia "310 482 7719" (mobile) and
 * "601 234 5678" (landline, area code first), Chile "9 8765 4321", Peru "987 654 321", Ecuador "099 123 4567" (trunk 0).
 */
const latinAmericanPlans: readonly NumberingPlan[] = [
  { callingCode: '57', trunk: '', group: (n) => (/^(3\d{9}|60\d{8})$/.test(n) ? cut(n, [3, 3, 4]) : null) },
  { callingCode: '56', trunk: '', group: (n) => (/^[2-9]\d{8}$/.test(n) ? cut(n, [1, 4, 4]) : null) },
  { callingCode: '51', trunk: '', group: (n) => (/^9\d{8}$/.test(n) ? cut(n, [3, 3, 3]) : null) },
  { callingCode: '593', trunk: '0', group: (n) => (/^09\d{8}$/.test(n) ? cut(n, [3, 3, 4]) : null) },
];

/** The plan of the number's own country among es-419's, if it has one. */
function latinAmericanPlan(phone: string): NumberingPlan | undefined {
  return latinAmericanPlans.find((p) => nationalGroups(phone, p) !== null);
}

/**
 * A number written with its country code, read slowly: "más cincuenta y cuatro", the code said as one number as
 * every Spanish speaker says it (written "54", so the voice reads it as a number, never "más cinco cuatro"), then
 * the rest digit by digit in the groups written ("más 54, 9, 3 5 1, 6 1 2, 4 4 7 0"). A number without a code, or
 * with one no country has, digit by digit as written.
 */
function slowInternational(phone: string): string {
  const code = callingCodeOf(phone);
  if (code === null) return slowDigits(phone, sayPlus);
  const groups = phone.replace(/^\s*(?:\+|00)/, '').split(/\D+/).filter(Boolean);
  const [first, ...rest] = groups as [string, ...string[]];
  const after = [first.slice(code.length), ...rest].filter(Boolean);
  return [`${sayPlus} ${code}`, ...after.map((g) => g.split('').join(' '))].join(', ');
}

const hourWords = ['doce', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once'];
const units = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const teens = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const twenties = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta'];
function minuteWords(m: number): string {
  if (m < 10) return units[m]!;
  if (m < 20) return teens[m - 10]!;
  if (m < 30) return twenties[m - 20]!;
  return m % 10 === 0 ? tens[m / 10]! : `${tens[Math.floor(m / 10)]!} y ${units[m % 10]!}`;
}

/**
 * The time of day as every Spanish speaker says it, on either clock: "las diez y media", "la una de la tarde", "las
 * ocho menos cuarto de la tarde". The part of the day says which half of the clock outside office hours, so no one
 * hears "a las quince" or "p. m." read out.
 */
function saidTime(hours: number, minutes: number): { article: 'la' | 'las'; time: string } {
  const toNext = minutes === 45;
  const h24 = toNext ? (hours + 1) % 24 : hours;
  const h12 = h24 % 12;
  const minute = minutes === 0 ? '' : minutes === 15 ? ' y cuarto' : minutes === 30 ? ' y media' : toNext ? ' menos cuarto' : ` y ${minuteWords(minutes)}`;
  // From eight to noon an office hour needs no part of the day ("a las once"); the rest of the clock does.
  const part = h24 >= 8 && h24 <= 12 ? '' : h24 < 6 ? ' de la madrugada' : h24 < 12 ? ' de la mañana' : h24 < 21 ? ' de la tarde' : ' de la noche';
  return { article: h12 === 1 ? 'la' : 'las', time: `${hourWords[h12]!}${minute}${part}` };
}

function makeSpanish(locale: SpanishTag): LanguageHelpers {
  const plan = numberingPlans[locale];
  const planFor = (phone: string) => plan ?? (locale === 'es-419' ? latinAmericanPlan(phone) : undefined);
  // Spain and the Southern Cone write the 24-hour clock in a letter ("a las 15:00", Argentina "a las 15 h"); Mexico and the rest of Latin
  // America the 12-hour clock with "p.m." ("a las 3:00 p.m."), as CLDR has it for es-MX and es-419. The minutes are
  // always written.
  const twelve = locale === 'es-MX' || locale === 'es-419';
  // Argentina does not pass on a mother's surname as Spain and Mexico do: a family name of two words there is most often
  // one compound surname ("Sáenz Peña", "Pérez Companc"), so a title stands before all of it ("Lic. Sáenz Peña"). The
  // candidate's own name in a text or call still says one ("Soy Facundo Di Pietro"), as they introduce themselves.
  const surnameOf = locale === 'es-AR' ? (family: string) => family : firstSurname;
  const address = addressIn(locale !== 'es-ES', surnameOf);
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hourCycle: twelve ? 'h12' : 'h23', timeZone: 'UTC' });
  const parts = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

  /** "hora de Los Ángeles", "hora del Pacífico", "hora peninsular"; else "UTC-5". Written after the time. */
  function zoneLabel(c: InterviewClock): string {
    if (!c.timeZone) return utcOffsetLabel(c.offset);
    const own =
      (locale === 'es-MX' ? mexicanZoneNames[c.timeZone] : undefined) ??
      ownZoneNames[c.timeZone] ??
      (argentineZone.test(c.timeZone) ? 'hora de Argentina' : undefined);
    if (own) return own;
    const city = zoneName(locale, 'shortGeneric', c.timeZone, c.atMs);
    const region = city?.startsWith('hora ') ? city : longGeneric(c.timeZone, c.atMs);
    if (!region?.startsWith('hora ')) return utcOffsetLabel(c.offset);
    // CLDR writes "hora de Reino Unido"; Spanish names these countries with their article ("hora del Reino Unido").
    return region.replace(/^hora de (Reino Unido|Estados Unidos|Países Bajos|Emiratos Árabes Unidos)$/u, (_, country: string) => `hora ${countryArticles[country]} ${country}`);
  }
  const longGenericFormats = memo((zone) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }), 64);
  const longGeneric = (zone: string, atMs: number) =>
    longGenericFormats(zone).formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value ?? null;

  const wording = memo((key) => {
    const [iso, days] = key.split('|') as [string, string];
    const local = new Date(iso);
    const daysAhead = Number(days);
    const part = (type: string) => parts.formatToParts(local).find((p) => p.type === type)!.value;
    let day: string;
    if (daysAhead === 0) day = 'hoy';
    else if (daysAhead === 1) day = 'mañana';
    else if (daysAhead === -1) day = 'ayer';
    else if (daysAhead > 1 && daysAhead < 7) day = `el ${part('weekday')}`;
    // Running text says "el martes 8 de diciembre", without the comma CLDR puts after the weekday.
    else day = `el ${part('weekday')} ${part('day')} de ${part('month')}`;
    // Intl's narrow no-break space before "p.m." becomes a plain one (SMS stays in GSM-7).
    // Running text writes no leading zero ("a las 9:30"), though CLDR's es-AR pattern has one.
    const time = clock.format(local).replace(/\s/g, ' ').replace(/^0(?=\d)/, '');
    // Argentina, Uruguay and Paraguay write a whole hour as "15 h" ("a las 15 h"), and the minutes when there are any.
    const shown = locale === 'es-AR' ? time.replace(/^(\d{1,2}):00$/, '$1 h') : time;
    // "a la 1:00", "a las 3:00": the article agrees with the hour the clock shows.
    const article = /^0?1(:| h)/.test(shown) ? 'la' : 'las';
    return { day, time: shown, article };
  });

  return {
    locale,
    // The templates name a role after "el puesto de", which needs no article or gender agreement.
    withArticle: (noun) => noun,
    // Spanish has no possessive ending: the owner follows the noun ("la oferta de Acme").
    possessive: (name) => companyWith(name).de,
    companyWith,
    spokenRole,
    // The ad's seniority abbreviations written out; a doublet such as "Director/a" was already resolved by the cleaner.
    roleAsWritten: (role) => writtenRole(role, locale === 'es-ES' || locale === 'es-MX'),
    roleWithSpecialty,
    list: (items) => listFormat.format(items),
    address,
    // A text that must be shorter keeps the first surname, by which a Spanish reader knows the person.
    withoutSecondSurname(person: PersonName) {
      if (!person.given || !person.family) return null;
      const first = firstSurname(person.family);
      return first === person.family ? null : `${givenGoneBy(person)} ${first}`;
    },
    // A text or a call says the given name and the first surname, as a Spanish speaker introduces themselves on the
    // phone ("Soy Facundo Di Pietro"): never a middle name the letter signs with, and never a nickname.
    spokenName(person: PersonName) {
      // A single name ("Ayesha") is read as both given and family name: it is said once, as written.
      if (!person.given || !person.family || person.given === person.family) return null;
      return `${givenGoneBy(person)} ${firstSurname(person.family)}`;
    },
    // Usted greets by the given name, never by a nickname ("Hola, María Florencia:", not "Hola, Flor:").
    formalGivenName: givenWithoutInitials,
    givenName: (name) => parsePersonName({ name }, 'spanish').first,
    titledName(honorific: Honorific | undefined, name: string) {
      const person = parsePersonName({ name }, 'spanish');
      return address(person, honorific ?? person.writtenHonorific).titled;
    },
    // Spain says "buenos días" until lunch, about two, and "buenas tardes" until about nine; Mexico and the rest of
    // Latin America change at noon, and say "buenas noches" once it is dark, from about seven; Argentina says "buen
    // día" until lunch, about one, and "buenas noches" from about eight.
    dayparts: twelve
      ? { afternoon: 12, evening: 19 }
      : locale === 'es-AR'
        ? { afternoon: 13, evening: 20 }
        : { afternoon: 14, evening: 21 },
    // They follow "entrevista": "entrevista telefónica", "entrevista por videollamada", "entrevista presencial".
    formatWords: { phone: 'telefónica', video: 'por videollamada', onsite: 'presencial' },
    everydayCompany,
    becauseClause,
    interviewWords(c: InterviewClock, spoken = false): InterviewWords {
      const { day, time: bare, article } = wording(`${c.local.toISOString()}|${c.daysAhead}`);
      if (spoken) {
        // Read aloud, "a las 11 h" and "a las 3:00 p.m." are what no one says: "a las once de la mañana", and the zone
        // between pauses ("…, hora de Colombia, porque …"; tidy drops the second comma before a full stop).
        const said = saidTime(c.local.getUTCHours(), c.local.getUTCMinutes());
        const label = c.nameZone ? zoneLabel(c) : null;
        const time = label === null ? said.time : label.startsWith('hora') ? `${said.time}, ${label},` : `${said.time} ${label}`;
        return withOf({ day, time, when: `${day} a ${said.article} ${time}` });
      }
      // "15 h" before "hora de Colombia" says hour twice: a named zone follows the clock form ("a las 11:00 hora de Colombia").
      const time = c.nameZone ? `${bare.replace(/ h$/, ':00')} ${zoneLabel(c)}` : bare;
      return withOf({ day, time, when: `${day} a ${article} ${time}` });
    },
    // The market's own numbers in national form, digit by digit in the groups its speakers dictate ("6 1 2, 4 8, 9 3,
    // 0 7"); any other number after "más" and its country code said as one number, then digit by digit as written.
    plusWord: sayPlus,
    afterDe,
    slowNumber(phone) {
      const own = planFor(phone);
      const groups = own && nationalGroups(phone, own);
      return groups ? groups.map((g) => g.split('').join(' ')).join(', ') : slowInternational(phone);
    },
    slowAbroad: slowInternational,
    ...(plan
      ? { spokenNumber: (phone: string) => nationalGroups(phone, plan)?.join(' ') ?? phone, callingCode: plan.callingCode }
      : locale === 'es-419' && {
        spokenNumber: (phone: string) => {
          const own = latinAmericanPlan(phone);
          return (own && nationalGroups(phone, own)?.join(' ')) ?? phone;
        },
      }),
    speakingSeconds,
  };
}

/**
 * A specialty as Spanish writes it after the post, a common noun in lower case ("Enfermera de oncología"), in writing
 * and in speech alike; a name of several words ("– Epic Resolute PB") keeps its capitals.
 */
function roleWithSpecialty(role: string, specialty: string): string {
  const field = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)*$/u.test(specialty) ? specialty.charAt(0).toLocaleLowerCase('es') + specialty.slice(1) : specialty;
  // A unit of the employer ("– Secretaría de Innovación", "- área comercial") is where the post sits, with its article:
  // "de la Secretaría de Innovación", "del Departamento Jurídico", "del área comercial".
  const unit = /^(\p{L}+)/u.exec(field)?.[1]?.toLocaleLowerCase('es') ?? '';
  const gender = spanishUnits[unit];
  if (gender) return `${role} ${gender === 'm' || /^(?:área|aula)$/u.test(unit) ? 'del' : 'de la'} ${field}`;
  return `${role} de ${field}`;
}

/** The units an ad names after a dash, with their gender. */
const spanishUnits: Record<string, 'f' | 'm'> = { secretaría: 'f', dirección: 'f', subdirección: 'f', gerencia: 'f', coordinación: 'f', unidad: 'f', oficina: 'f', división: 'f', jefatura: 'f', sucursal: 'f', planta: 'f', sede: 'f', área: 'f', departamento: 'm', servicio: 'm', equipo: 'm', laboratorio: 'm', centro: 'm', instituto: 'm', hospital: 'm', almacén: 'm' };

export const esES = makeSpanish('es-ES');
export const esMX = makeSpanish('es-MX');
export const es419 = makeSpanish('es-419');
export const esAR = makeSpanish('es-AR');
export { syllables as spanishSyllables };

/**
 * The given names a text or a call says: all of them ("María Inmaculada"), unless the candidate goes by one of them
 * ("Itzel" of "Itzel Guadalupe", "Ezequiel" of "Ramiro Ezequiel"), which is no nickname: "Soy Itzel Ortiz de
 * Montellano", as a reader in Mexico City expects, and "Soy Ezequiel Buitrago", as one in Bogotá does, where "Inma"
 * for "María Inmaculada" stays out of a formal text.
 */
function givenGoneBy(person: PersonName): string {
  const given = person.given!;
  const preferred = person.preferred;
  return preferred && given !== preferred && ` ${given} `.includes(` ${preferred} `) ? preferred : given;
}
