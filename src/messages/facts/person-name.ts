// People's names as platforms hold them: a full `name`, or `givenName` and `familyName` as ATSs store them. When
// only a full name comes, it is split by the rules below, which keep particles and compound surnames with the family
// name ("Ana de la Cruz" is de la Cruz, "Graham St. John-Smythe" St. John-Smythe) and read titles written into the
// name ("Dr. Andrea Vogel", "Mag. Eva Huber") as titles, never as a given name.

/** How a full name is split: most languages put one family name last; Spanish usually writes two surnames. */
/**
 * 'english' reads like 'default', except that a given name an ATS sent as its own field is used whole ("Mary Kate"):
 * English keeps compound first names, and the platform has already told the given name from the family name.
 */
export type NameConvention = 'default' | 'spanish' | 'english';

/** A person's name, understood: what a greeting, an address and a signature are made of. */
export interface PersonName {
  /** The full name as the person signs it: `name`, else given and family name joined. */
  full: string;
  /** Every given name ("Mary Ann", "José Ángel"), or null when there is none to use (initials, a single surname). */
  given: string | null;
  /** The one name a personal greeting uses: the preferred name, else the first given name that is not an initial. */
  first: string | null;
  /** The family name with its particles ("van der Berg", "Ochoa Treviño"); a single-word name is its own. */
  family: string | null;
  /** The preferred name, when the platform gave one. */
  preferred: string | null;
  /** "Dr.", "Prof. Dr.", "Mag.": the request's `academicTitle`, else a title written at the start of the name. */
  academicTitle: string | null;
  /** `ms` or `mr` read from a title written into the name ("Mrs Jane Doe", "Herr Müller", "Sra. Ruiz"). */
  writtenHonorific: 'ms' | 'mr' | null;
  /** Whether the split was inferred from a full name (the platform sent no parts). */
  inferred: boolean;
}

export interface NameInput {
  name?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  preferredName?: string | undefined;
  academicTitle?: string | undefined;
}

/**
 * Particles that begin a family name when they follow a given name: Dutch, German, French, Spanish, Italian,
 * Portuguese, Irish, Arabic and Malay. Compared in lower case; printed as the platform wrote them.
 */
const particles = new Set([
  'van', 'von', 'vom', 'zu', 'zum', 'zur', 'ten', 'ter', 'te', 'den', 'der', 'de', 'del', 'della', 'delle', 'dei', 'degli',
  'di', 'da', 'dal', 'dalla', 'das', 'dos', 'do', 'du', 'des', 'la', 'le', 'les', 'lo', 'las', 'los', 'st.', 'st', 'ste.',
  'ste', 'saint', 'sainte', 'san', 'santa', 'ó', 'o', 'ní', 'nic', 'mac', 'mc', 'ua', 'bin', 'binti', 'bint', 'ibn', 'ben',
  'bat', 'al', 'el', 'abu', 'ap', 'ab', 'af', 'av', 'y', 'e', "d'", 'd’', "l'", 'l’', 'dela', 'dello',
]);
/** Particles that only ever join two surnames ("Ortega y Gasset"), never begin one. */
const joiningOnly = new Set(['y', 'e']);

/** Honorifics a platform may have written into the name; they say how to address the person, not who they are. */
const writtenHonorifics: ReadonlyMap<string, 'ms' | 'mr' | null> = new Map([
  // Not "M." (Monsieur, or an initial?) nor "D." (Don, or an initial?): an initial must stay a name.
  ...['mr', 'mr.', 'herr', 'sr.', 'sr', 'señor', 'monsieur', 'don', 'sig.', 'signor', 'dhr.', 'heer'].map((t) => [t, 'mr'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'frau', 'sra.', 'sra', 'srta.', 'srta', 'señora', 'señorita', 'mme', 'mme.', 'mlle', 'mlle.', 'madame', 'mademoiselle', 'doña', 'dña.', 'sig.ra', 'signora', 'mevr.', 'mevrouw'].map((t) => [t, 'ms'] as const),
  ...['mx', 'mx.'].map((t) => [t, null] as const),
]);

/**
 * Academic and professional titles written before a name, as German, Austrian, Spanish, Latin American, French and
 * English letters use them. "Dr. med.", "Dr. rer. nat." and "Dipl.-Ing." are one title each.
 */
const academicTitle =
  /^(?:(?:Univ\.-)?Prof\.|Professor|Professorin|PD|Priv\.-Doz\.|Dr\.(?:\s?(?:med|rer\.\s?nat|phil|jur|iur|oec|h\.\s?c|-Ing|techn|sc\.\s?techn)\.?)?|Dra\.|Dr|Dra|Doctor|Doctora|Mag\.(?:a\.?)?|Mag\.\s?rer\.\s?(?:nat|soc\.\s?oec)\.|DI|Dipl\.-\p{L}+\.?|Ing\.|Lic\.|Lcda\.|Lcdo\.|Mtro\.|Mtra\.|Arq\.|Abg\.|Maître|Pr\.)(?=\s|$)\s*/u;

/** Generational and degree suffixes after a name ("Jr.", "III", ", PhD"): not part of the family name to address. */
const suffix = /(?:,?\s+(?:Jr\.?|Sr\.?|Jun\.?|Sen\.?|II|III|IV|PhD|Ph\.D\.|MD|M\.D\.|DPhil|Esq\.?|MBA|MSc|BSc|CPA|PE))+$/u;

/** "J.", "J.R.", "J.-P.": an initial is never a name to greet by. */
export const isInitial = (word: string) => /^(\p{Lu}\.?|(\p{Lu}\.-?){2,})$/u.test(word);

/**
 * Given names that often come second in a compound one ("José Ángel", "María Isabel", "Juan Carlos"): with three
 * words and the Spanish convention, "José Ángel Muñoz" is two given names and a surname, "Lucía Ruiz Gómez" one
 * given name and two surnames. Names that are also common surnames (Martín, Cruz, Paz, Vicente) are not here.
 */
const secondGivenNames = new Set(
  `ángel antonio carlos luis josé maría manuel pablo miguel ignacio francisco javier isabel teresa jesús elena carmen pilar
  luisa fernanda alberto alejandro andrés ramón emilio eugenia esther victoria cristina belén rosa dolores mercedes inés ana
  laura lucía sofía camila valentina gabriela daniela fernando felipe diego enrique eduardo alfonso ricardo rafael
  sebastián tomás agustín guadalupe josefa jorge juan julián julia marta mónica paula patricia pedro raúl
  santiago sergio andrea concepción soledad lourdes alicia beatriz cecilia natalia esperanza inmaculada`.split(/\s+/),
);

/** Spanish patronymic surnames (Domínguez, Sáenz, Muñoz, Ruiz, Díaz): never a given name before a particle. */
const patronymic = /^\p{L}{2,}(?:[aeioáéíó]z|nz)$/u;

/** Spanish given names with a particle of their own ("María de los Ángeles", "José de Jesús"). */
const givenWithParticle =
  /^(?:María|Maria|Ma\.|José|Jose|Juan|Ana) (?:de la|de los|de las|del|de) (?:Carmen|Luz|Ángeles|Angeles|Jesús|Jesus|Pilar|Rosario|Mar|Paz|Consuelo|Dios|Guadalupe|Lourdes|Mercedes|Dolores|Cruz|Rocío|Asunción|Concepción|Fátima|Montserrat|Socorro|Refugio|Sagrario|Nieves|Sol|Valle)(?= )/u;

// The root locale's lower case is the default one: toLowerCase() gives the same result without a trip through ICU.
const lower = (s: string) => s.toLowerCase();

interface Stripped {
  words: string[];
  academicTitle: string | null;
  writtenHonorific: 'ms' | 'mr' | null;
}

/** Takes titles and honorifics off the front of a name and suffixes off its end. */
function strip(name: string): Stripped {
  let rest = name.trim().replace(suffix, '');
  let writtenHonorific: 'ms' | 'mr' | null = null;
  const titles: string[] = [];
  for (;;) {
    const first = /^\S+/.exec(rest)?.[0] ?? '';
    const honorific = writtenHonorifics.get(lower(first));
    // A title alone is a name ("Frau" is no one): keep it when nothing would remain.
    if (honorific !== undefined && /\s\S/.test(rest)) {
      writtenHonorific ??= honorific;
      rest = rest.slice(first.length).trimStart();
      continue;
    }
    const title = academicTitle.exec(rest);
    if (title && title[0].trim() && rest.length > title[0].length) {
      titles.push(title[0].trim().replace(/\s+/g, ' '));
      rest = rest.slice(title[0].length);
      continue;
    }
    break;
  }
  return { words: rest.split(/\s+/).filter(Boolean), academicTitle: titles.length > 0 ? titles.join(' ') : null, writtenHonorific };
}

/**
 * Where the family name starts in a list of words: at the first particle after a given name that a name follows
 * ("Pieter van der Berg", "Mary St. Clair", "Seán Ó Briain", "Ahmad bin Ismail"), else the last word; with the
 * Spanish convention, the last two words of three or more ("Guadalupe Ochoa Treviño") unless the second is a
 * given name that commonly comes second ("José Luis Rodríguez"), and always the last two of four or more.
 */
function familyStart(words: readonly string[], convention: NameConvention): number {
  const n = words.length;
  if (n <= 1) return 0;
  // The given name is never a particle: "De Souza" alone is a family name, but "Ana de Souza" has one before it.
  const firstNamed = words.findIndex((w) => !isInitial(w));
  // "María del Carmen", "José de Jesús": a given name with a particle of its own, when a family name follows it.
  const compound = givenWithParticle.exec(words.join(' '));
  const afterCompound = compound ? compound[0].split(' ').length : 0;
  if (compound && afterCompound < n) {
    const rest = familyStart(words.slice(afterCompound - 1), convention);
    return afterCompound - 1 + Math.max(1, rest);
  }
  for (let i = Math.max(1, firstNamed + 1); i < n - 1; i++) {
    const w = lower(words[i]!);
    if (particles.has(w) && !joiningOnly.has(w)) {
      // Spanish: a patronymic before the particle is the first surname ("Francisco Javier Domínguez de la Torre",
      // "Carlos Sáenz de Urturi"), unless it is a given name that often comes second ("José Luis de la Fuente").
      const before = i - 1 > firstNamed ? lower(words[i - 1]!) : '';
      if (convention === 'spanish' && patronymic.test(before) && !secondGivenNames.has(before)) return i - 1;
      return i;
    }
  }
  if (convention === 'spanish') {
    // "Lucía Ruiz y Gómez": a joining particle keeps both surnames together.
    const joined = words.findIndex((w, i) => i > 1 && i < n - 1 && joiningOnly.has(lower(w)));
    if (joined > 1) return joined - 1;
    const named = words.filter((w) => !isInitial(w)).length;
    if (named >= 4) return n - 2;
    if (named === 3 && n === 3) return secondGivenNames.has(lower(words[1]!)) ? 2 : 1;
  }
  return n - 1;
}

/**
 * The given name a personal greeting uses: the first that is not an initial ("J. Robert Smith" is greeted as
 * Robert). Spanish greets by the whole given name ("José Luis", "María del Carmen"), as do given names with a
 * particle of their own in any language.
 */
function firstOf(given: string | null, convention: NameConvention): string | null {
  if (!given) return null;
  const named = given.split(/\s+/).filter((w) => !isInitial(w));
  if (named.length === 0) return null;
  return convention === 'spanish' || givenWithParticle.test(`${given} `) ? named.join(' ') : named[0]!;
}

/**
 * "Family, Given" as some exports write it ("Shah, Priya"): only when the part after the comma is a name, not a
 * suffix ("Jordan Lee, PhD").
 */
function reorderedFamilyFirst(name: string): { given: string; family: string } | null {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  if (!m) return null;
  const [, family, given] = m as unknown as [string, string, string];
  if (suffix.test(` ${given}`) || !/\p{L}/u.test(given)) return null;
  return { given: given.trim(), family: family.trim() };
}

/**
 * A person's name from a platform's fields. Parts the platform sent are used as they are; a full name alone is split
 * by the convention of the language the message is written in (see familyStart). Capitalisation is kept as given.
 */
export function parsePersonName(input: NameInput, convention: NameConvention = 'default'): PersonName {
  const preferred = input.preferredName ?? null;
  const ownTitle = input.academicTitle ?? null;
  if (input.givenName !== undefined || input.familyName !== undefined) {
    const given = input.givenName ?? null;
    const family = input.familyName ?? null;
    const full = input.name ?? [given, family].filter(Boolean).join(' ');
    const titled = input.name ? strip(input.name) : null;
    return {
      full,
      given,
      first: preferred ?? (convention === 'english' ? firstOf(given, 'spanish') : firstOf(given, convention)),
      family,
      preferred,
      academicTitle: ownTitle ?? titled?.academicTitle ?? null,
      writtenHonorific: titled?.writtenHonorific ?? null,
      inferred: false,
    };
  }
  const name = input.name ?? '';
  const swapped = reorderedFamilyFirst(name);
  if (swapped) {
    const given = strip(swapped.given);
    return {
      full: `${given.words.join(' ')} ${swapped.family}`.trim(),
      given: given.words.join(' ') || null,
      first: preferred ?? firstOf(given.words.join(' '), convention),
      family: swapped.family,
      preferred,
      academicTitle: ownTitle ?? given.academicTitle,
      writtenHonorific: given.writtenHonorific,
      inferred: true,
    };
  }
  const { words, academicTitle: written, writtenHonorific } = strip(name);
  const start = familyStart(words, convention);
  const givenWords = words.slice(0, start);
  // A single word is a name with no given name to tell apart: "Cher" is greeted as Cher, "Ms. Cher" with a title;
  // after a title written into the name ("Herr Caflisch", "Dr. Okafor") it is a family name only.
  const single = words.length === 1 && !isInitial(words[0]!) && !writtenHonorific && !written ? words[0]! : null;
  const given = words.length === 1 ? single : givenWords.length > 0 && !givenWords.every(isInitial) ? givenWords.join(' ') : null;
  const family = words.slice(start).join(' ') || null;
  return {
    full: name,
    given,
    first: preferred ?? (words.length === 1 ? single : firstOf(given, convention)),
    family,
    preferred,
    academicTitle: ownTitle ?? written,
    writtenHonorific,
    inferred: true,
  };
}

/**
 * The first of two Spanish surnames, with its particles ("de la Cruz" of "de la Cruz Pérez", "Ochoa" of "Ochoa
 * Treviño"): what "Sra." and "Dr." stand before. A hyphenated surname is one ("García-Márquez"), and so is one joined
 * by "y" ("Ortega y Gasset") or by a bare "de" before a name ("Martínez de Hoz", "Sáenz de Urturi", "Ruiz de
 * Alarcón"): that is how Spanish writes a compound surname. A particle with its article after a surname ("Domínguez de
 * la Torre") begins the second surname, as a mother's "de la Torre" is written after the father's "Domínguez".
 */
export function firstSurname(family: string): string {
  const words = family.split(/\s+/);
  const joined = words.findIndex((w, i) => i > 0 && joiningOnly.has(lower(w)));
  if (joined > 0) return words.join(' ');
  let i = 0;
  while (i < words.length - 1 && particles.has(lower(words[i]!))) i++;
  // "Martínez de Hoz": a bare "de" (lower case, as the name is written) and a name that is no particle.
  if (words[i + 1] === 'de' && i + 2 < words.length && !particles.has(lower(words[i + 2]!))) i += 2;
  return words.slice(0, i + 1).join(' ');
}
