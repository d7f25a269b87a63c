// German, in three regional variants: de-DE, de-AT (Intl's Austrian month names, "Jänner") and de-CH (Swiss
// orthography through templates/de/dialects.yaml: "ss", never "ß", in our words).
import type { ReasonCode } from '../catalogue.js';
import { parseCompany } from '../facts/company.js';
import { isInitial, parsePersonName, type PersonName } from '../facts/person-name.js';
import { everydayCompany, nationalGroups, slowDigits, type Address, type Honorific, type InterviewWords, type LanguageHelpers, type NumberingPlan } from './helpers.js';
import { memo, utcOffsetLabel, zoneName, type InterviewClock } from './time.js';

/** The word a voice says for a country code's "+": in `plusWord` and in a number read slowly. */
const sayPlus = 'plus';

/**
 * The academic titles an address keeps: in Germany and Switzerland the doctorate and the professorship, without the
 * faculty ("Frau Dr. Schmidt" for Dr. med. Anna Schmidt); in Austria every title, as Austrian letters write them
 * ("Frau Mag. Huber", "Herr DI Gruber").
 */
function addressTitle(academic: string | null, austrian: boolean): string | null {
  if (!academic) return null;
  if (austrian) return academic;
  const kept = academic
    .split(/\s+(?=(?:Univ\.-)?Prof|Dr)/)
    .map((t) => (/^(?:Univ\.-)?Prof/.test(t) ? 'Prof.' : /^Dr/.test(t) ? 'Dr.' : null))
    .filter(Boolean);
  return kept.length > 0 ? [...new Set(kept)].join(' ') : null;
}

/**
 * "Frau Dr. Vogel", "Herr von der Leyen" (and "Herrn ..." where a preposition declines it) only with `ms` or `mr`;
 * without them no gender is guessed, and the greeting names the person in full, with their title: "Guten Tag Dr.
 * Andrea Vogel". `dr` adds the doctorate to a name that does not carry it. The full name is the one they are called
 * by: the preferred name if they gave one, else their given names without initials ("M. Alexander Braun" is greeted
 * as Alexander Braun), and a single name once ("Aylin", never "Aylin Aylin").
 */
function makeAddress(austrian: boolean) {
  return (person: PersonName, honorific: Honorific | null): Address => {
    const academic = addressTitle(honorific === 'dr' && !/Dr/.test(person.academicTitle ?? '') ? [person.academicTitle, 'Dr.'].filter(Boolean).join(' ') : person.academicTitle, austrian);
    const family = person.family;
    const given = person.preferred ?? (person.given?.split(/\s+/).filter((w) => !isInitial(w)).join(' ') || null);
    const full = [academic, given !== family ? given : null, family].filter(Boolean).join(' ') || person.full;
    if (!family || (honorific !== 'ms' && honorific !== 'mr')) return { titled: null, titledOblique: null, full };
    const rest = [academic, family].filter(Boolean).join(' ');
    return honorific === 'ms' ? { titled: `Frau ${rest}`, titledOblique: `Frau ${rest}`, full } : { titled: `Herr ${rest}`, titledOblique: `Herrn ${rest}`, full };
  };
}

/**
 * English titles a German ad keeps as they are, which no German reader gives an "-in" ("Data Scientist",
 * "Consultant", "Customer Success Manager"): their head nouns, and words that only begin or end an English title.
 */
const englishHeads =
  /(?:consultant|accountant|assistant|engineer|developer|officer|owner|leader|writer|director|coordinator|supervisor|advisor|instructor|doctor|operator|contractor|editor|scientist|specialist|therapist|economist|strategist|artist|member|buyer|seller|dispatcher|driver|cleaner|teacher|researcher|player|worker|planner)$/i;
const englishWords = /^(?:Customer|User|Computer|Power|Cyber|Center|Super|Master|Manager|Designer|Recruiter|Trainer|Controller|Analyst|Lead|Success|Experience|Partner)$/;

/** Masculine heads whose feminine is not the head plus "-in": "Ärztin", "Anwältin", "Köchin", "Kauffrau", "Psychologin", "Expertin". */
const irregularHeads: readonly [RegExp, string][] = [
  [/Arzt$/, 'Ärztin'],
  [/arzt$/, 'ärztin'],
  [/Anwalt$/, 'Anwältin'],
  [/anwalt$/, 'anwältin'],
  [/Koch$/, 'Köchin'],
  [/koch$/, 'köchin'],
  [/mann$/, 'frau'],
  [/(?<=log|gog|[Ee]xpert|[Kk]olleg|[Ss]trateg)e$/, 'in'],
];

/** Masculine person nouns that take "-in": Berater, Referent, Praktikant, Ingenieur, Direktor, Jurist, Notar, Sekretär, Kandidat, Architekt, Chef. */
const takesIn = /(?:er|ent|ant|eur|or|ist|ar|är|at|ekt|chef)$/;
/** Nouns with those endings that name no person ("Management", "Talent"), and forms already feminine or neutral. */
const noPerson = /(?:ment|talent|patent|in|innen|frau|kraft|leitung|hilfe|person|assistenz|team|stab)$/i;

/** An adjective before the noun, masculine strong ("Technischer", "Leitender", "Freier"): the feminine drops its "r". */
const masculineAdjective = /^\p{Lu}[\p{L}-]*(?:isch|lich|ig|iert|end|frei)er$/u;

/** An adjective before a noun, in any ending ("Kaufmännische", "Stellvertretender", "Technisches"), or "Senior". */
const modifier = /^(?:\p{Lu}[\p{L}-]*(?:isch|lich|ig|iert|end|frei|al|ell|iv)(?:e|er|es|en)?|Senior|Junior|Interim)$/u;

/**
 * Whether a role names a function rather than the person who holds it ("Leitung Haustechnik", "Assistenz der
 * Geschäftsführung", "Kaufmännische Sachbearbeitung", "Pflegedienstleitung"): its head, the first word after any
 * adjectives, ends in -ung, -enz or -anz. A function is no person one applies as ("Bewerbung als Leitung Haustechnik"
 * failed a Vienna reader); a letter applies for the post ("Bewerbung für die Stelle Leitung Haustechnik"). A person
 * noun with a function after it ("Leiter Buchhaltung") is a person.
 */
export function roleIsFunction(role: string): boolean {
  const head = role.split(/\s+/).find((word) => !modifier.test(word));
  return head !== undefined && /^\p{Lu}\p{L}*(?:ung|enz|anz)$/u.test(head);
}

/**
 * The role a woman names herself by, where the ad gives a plain masculine title ("Medizincontroller" is
 * "Medizincontrollerin", "Technischer Redakteur" is "Technische Redakteurin", "Psychologe" is "Psychologin",
 * "Industriekaufmann" is "Industriekauffrau"). Only a title whose head noun it can find changes: the head may follow
 * a prefix such as "Senior" or adjectives; words after it ("Versorgungstechnik", "für Controlling") stay. A title
 * already feminine or neutral ("Referentin", "Pflegekraft", "Leitung Vertrieb"), an English title ("Data Scientist"),
 * or one it cannot read alone ("Ingenieur / Techniker") stays as written.
 */
export function feminineRole(role: string): string {
  if (/[/&+,]|\b(?:und|oder|bzw)\b/.test(role)) return role;
  const words = role.split(' ');
  const adjectives: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^(?:Senior|Junior|Chief|Head|Staff|Principal)$/.test(word)) continue;
    if (masculineAdjective.test(word) && i + 1 < words.length) {
      adjectives.push(i);
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || noPerson.test(word) || englishHeads.test(word) || (englishWords.test(word) && i + 1 < words.length)) return role;
    if (words.slice(i + 1).some((w) => englishHeads.test(w) || englishWords.test(w))) return role;
    const irregular = irregularHeads.find(([pattern]) => pattern.test(word));
    const feminine = irregular ? word.replace(irregular[0], irregular[1]) : takesIn.test(word) ? `${word}in` : null;
    if (feminine === null) return role;
    const out = [...words];
    out[i] = feminine;
    for (const a of adjectives) out[a] = out[a]!.replace(/r$/, '');
    return out.join(' ');
  }
  return role;
}

/**
 * A form of address as a caller says it: only the highest title, written out ("Herr Prof. Dr. van der Meulen" is
 * "Herr Professor van der Meulen", "Frau Dr. Wörner-Maier" is "Frau Doktor Wörner-Maier", Austria's "Frau Mag.
 * Huber" is "Frau Magistra Huber"); a title nobody says before a name (MBA, BSc) is left out. The letter keeps them all.
 * In Switzerland nobody says a title before a name ("Grüezi Frau Bachmann-Fässler"): `untitled` leaves every one out.
 * A name read aloud without "Frau" or "Herr" (a referral, a recipient of unknown gender) is said without its titles.
 */
export function spokenAddress(written: string, untitled = false): string {
  const words = written.split(/\s+/);
  const lead = /^(Frau|Herrn?)$/.test(words[0] ?? '') ? words.shift()! : null;
  const titles: string[] = [];
  while (words.length > 1 && spokenTitleWords.some(([pattern]) => pattern.test(words[0]!))) titles.push(words.shift()!);
  if (titles.length === 0) return written;
  // Without "Frau" or "Herr" the gender is unknown, and a title said before a name agrees with it ("Professorin",
  // "Magistra"): a full name is said without its titles ("Sieglinde Obermaier-Kratz", where "Professor Sieglinde
  // Obermaier-Kratz" failed a reader in Berlin), a surname alone keeps only a title that never agrees ("Doktor Weber").
  if (lead === null) {
    if (words.length >= 2) return words.join(' ');
    const neutral = spokenTitleWords.find(([pattern, said]) => said !== null && said[0] === said[1] && titles.some((t) => pattern.test(t)));
    return [untitled || !neutral ? null : neutral[1]![0], ...words].filter(Boolean).join(' ');
  }
  const feminine = lead === 'Frau';
  const said = untitled ? null : (spokenTitleWords.find(([pattern]) => titles.some((t) => pattern.test(t)))?.[1] ?? null);
  const title = said ? (feminine ? said[1] : said[0]) : null;
  return [lead, title, ...words].filter(Boolean).join(' ');
}

/** Titles in the order of rank, with how they are said to a man and to a woman; null: not said before a name. */
const spokenTitleWords: readonly [RegExp, readonly [string, string] | null][] = [
  [/^(Univ\.-)?Prof\.?$/u, ['Professor', 'Professorin']],
  [/^(D?Dr\.?|Dr\.-Ing\.?)$/u, ['Doktor', 'Doktor']],
  [/^M?Mag\.?(a|\.a)?$/u, ['Magister', 'Magistra']],
  [/^(DI|Dipl\.-Ing\.?)$/u, ['Diplomingenieur', 'Diplomingenieurin']],
  [/^(Ing\.|MBA|MSc|BSc|BA|MA|LL\.M\.|PhD|Bakk\.|med\.|rer\.|nat\.|phil\.|jur\.|oec\.|techn\.|habil\.|dent\.|vet\.)$/u, null],
];

/**
 * How German names an organisation after a preposition or in a case: the article and endings its grammar needs, and
 * only where the name itself tells them. A name that reads as a proper name takes none ("bei Globex", "bei Müller
 * Logistik"). A name that is a noun phrase takes the article of its head noun, known from its ending ("bei der Stadt
 * Zürich", "beim Universitätsklinikum Freiburg", "bei den Stadtwerken Bonn", "bei der Kinderhilfe Kurpfalz"), and
 * the adjectives before the head decline ("bei der Deutschen Bahn", "beim Deutschen Alpenverein"). A name led by an
 * adjective whose head is no noun known here keeps the gender its adjective shows in the name as written ("Deutsche
 * Telekom": feminine, as a name without article shows it). A legal form written after the name is its head ("bei
 * der Müller Logistik GmbH"), except an association's (e.V.), which keeps the gender of its own head noun, and an
 * institution's whose name opens on a noun of another gender, named without the form ("bei den Stadtwerken Dresden").
 */
type Gender = 'f' | 'm' | 'n' | 'pl';

/** Head nouns of organisations, by the end of the word (a compound keeps the gender of its last part). */
const headEndings: readonly [RegExp, Gender][] = [
  [/(werke|betriebe|netze|spitäler|kliniken|dienste|freunde|werkstätten|anstalten|bahnen|linien|forste|märkte|bäder|museen|höfe|häuser|kassen|schulen|nachrichten|kinderdörfer|stuben|brüder|geschwister)$/u, 'pl'],
  [/(sparkasse|kasse|bank|bahn|hochbahn|treuhand|versicherung|hilfe|schule|hochschule|universität|akademie|klinik|stiftung|stadt|gemeinde|verwaltung|behörde|kammer|agentur|kanzlei|praxis|gruppe|group|holding|genossenschaft|gesellschaft|post|zeitung|tafel|apotheke|anstalt|direktion|polizei|diakonie|caritas|mission|kirche|landeskirche|bibliothek|werkstatt|erei|manufaktur|union|allianz|partei|vereinigung|initiative|bewegung|schaft)$/u, 'f'],
  [/(verein|verband|verlag|konzern|bund|dienst|betrieb|flughafen|hafen|kreis|landkreis|bezirk|kanton|club|klub|zoo|sender|rundfunk|orden|zweckverband|alpenverein)$/u, 'm'],
  [/(klinikum|krankenhaus|spital|amt|ministerium|institut|zentrum|museum|theater|hotel|labor|werk|haus|büro|studio|gericht|rathaus|bistum|erzbistum|kloster|kreuz|hilfswerk|jugendwerk|forum|kollegium|konsortium|kontor|archiv|observatorium|atelier)$/u, 'n'],
];

/** Endings that give a head noun its gender on their own, whatever the noun (for a head after an adjective). */
const suffixGender: readonly [RegExp, Gender][] = [
  [/(ung|heit|keit|schaft|ion|tät|ik|ie|ur|enz|anz)$/u, 'f'],
];

function headGender(word: string, generic: boolean): Gender | null {
  // German has no lower-case rule of its own: the default one, without a trip through ICU.
  const w = word.toLowerCase();
  for (const [pattern, gender] of headEndings) {
    const m = pattern.exec(w);
    // A compound's first part is at least three letters ("Landratsamt"), so that "Samt" is no office.
    if (m && (m.index === 0 || m.index >= 3)) return gender;
  }
  if (generic) for (const [pattern, gender] of suffixGender) if (pattern.test(w)) return gender;
  return null;
}

/**
 * An adjective as a name opens with it, in its strong form: "Deutsche", "Bayerischer", "Neues". Not a place adjective
 * from a valley ("Neckartaler", "Zillertaler"), which only looks like one in "-al" ("Digitaler" is one).
 */
const adjective = /^(?!\p{Lu}\p{Ll}*[^i]th?aler$)(\p{Lu}\p{Ll}*(?:isch|lich|ig|ell|iv|al|är|ar|ant|ent)|Deutsch|Neu|Alt|Frei|Jung|Groß|Gross|Vereinigt|Allgemein|Rot|Weiß|Weiss|Grün|Blau|Privat|Gemeinsam|Kommunal|Regional|Evangelisch|Katholisch|Städtisch|Öffentlich)(e|er|es|en)$/u;
/**
 * Words of a brand in English, which no German adjective before them agrees with. "Erste" (Erste Group, Erste Bank)
 * is a name, not the ordinal: Austrians write "bei der Erste Group", and a reader in Vienna failed "bei der Ersten
 * Group Bank".
 */
const englishWord = /^(Group|Capital|Partners|Solutions|Consulting|Services|Systems|Technologies|Ventures|Invest|Asset|Labs|Media|Digital|Health|Energy|Software)$/u;
/** A place adjective ("Berliner", "Innsbrucker", "Bündner"): it never declines, and the name's head says the gender. */
const placeAdjective = /^\p{Lu}\p{Ll}+er$/u;

interface NounPhrase {
  gender: Gender | null;
  /** The words, with the adjectives and the plural head to decline. */
  words: string[];
  adjectives: number[];
  head: number | null;
}

function analyse(name: string, legalGender: 'f' | 'm' | null): NounPhrase {
  const words = name.split(/\s+/).filter(Boolean);
  const none: NounPhrase = { gender: null, words, adjectives: [], head: null };
  if (words.length === 0 || /[&+]/.test(name)) return legalGender ? { ...none, gender: legalGender } : none;
  const adjectives: number[] = [];
  let i = 0;
  let shown: Gender | null = null;
  while (i < words.length - 1) {
    const m = adjective.exec(words[i]!);
    // Before an English word the adjective belongs to a brand and stays as written ("bei der Neue Media Group").
    if (!m || englishWord.test(words[i + 1]!)) break;
    adjectives.push(i);
    shown ??= m[2] === 'er' ? 'm' : m[2] === 'es' ? 'n' : 'f';
    i++;
  }
  // "Stadt Zürich", "Sparkasse KölnBonn": the head comes first, a name follows it; but a word before the firm's
  // trade is a brand ("Nordhafen Logistik" is no harbour: "bei Nordhafen Logistik").
  const first = adjectives.length === 0 && !tradeWord.test(words[words.length - 1]!) ? headGender(words[0]!, false) : null;
  if (first) return { gender: legalGender ?? first, words, adjectives, head: legalGender ? null : 0 };
  const last = words.length - 1;
  if (adjectives.length > 0) {
    const gender = headGender(words[last]!, true) ?? shown;
    return { gender: legalGender ?? gender, words, adjectives, head: legalGender ? null : last };
  }
  // "Innsbrucker Verkehrsbetriebe", "Bündner Treuhand": a place adjective before a known head.
  if (words.length >= 2 && placeAdjective.test(words[0]!)) {
    const gender = headGender(words[last]!, false);
    if (gender) return { gender: legalGender ?? gender, words, adjectives: [], head: legalGender ? null : last };
  }
  // "Otto Group", "Müller Bank", "Axel Springer Verlag": a name before a head noun that ends it.
  if (words.length >= 2) {
    const gender = headGender(words[last]!, false);
    if (gender) return { gender: legalGender ?? gender, words, adjectives: [], head: legalGender ? null : last };
  }
  return legalGender ? { ...none, gender: legalGender } : none;
}

/** Each form the templates ask for: a preposition and the case it governs, or a bare case ({{companyWith.dat}}). */
const cases = {
  bei: ['dat', { f: 'bei der', m: 'beim', n: 'beim', pl: 'bei den' }, 'bei'],
  von: ['dat', { f: 'von der', m: 'vom', n: 'vom', pl: 'von den' }, 'von'],
  mit: ['dat', { f: 'mit der', m: 'mit dem', n: 'mit dem', pl: 'mit den' }, 'mit'],
  zu: ['dat', { f: 'zur', m: 'zum', n: 'zum', pl: 'zu den' }, 'zu'],
  fuer: ['akk', { f: 'für die', m: 'für den', n: 'für das', pl: 'für die' }, 'für'],
  an: ['akk', { f: 'an die', m: 'an den', n: 'ans', pl: 'an die' }, 'an'],
  nom: ['nom', { f: 'die', m: 'der', n: 'das', pl: 'die' }, ''],
  akk: ['akk', { f: 'die', m: 'den', n: 'das', pl: 'die' }, ''],
  dat: ['dat', { f: 'der', m: 'dem', n: 'dem', pl: 'den' }, ''],
  // Whose: the genitive where the name's grammar gives an article ("ein Angebot der Landeshauptstadt Stuttgart", "des
  // Klinikums Stuttgart", "der Wiener Linien"), "von" before a name that takes none ("ein Angebot von Globex").
  gen: ['gen', { f: 'der', m: 'des', n: 'des', pl: 'der' }, 'von'],
} as const satisfies Record<string, readonly [Case, Record<Gender, string>, string]>;

type Case = 'nom' | 'akk' | 'dat' | 'gen';

/** An adjective after the definite article ends in -e or -en (the weak declension). */
function weakEnding(kase: Case, gender: Gender): string {
  if (kase === 'dat' || kase === 'gen' || gender === 'pl') return 'en';
  return kase === 'akk' && gender === 'm' ? 'en' : 'e';
}

function decline(phrase: NounPhrase, kase: Case): string {
  const gender = phrase.gender!;
  return phrase.words
    .map((word, i) => {
      if (phrase.adjectives.includes(i)) return word.replace(/(e|er|es|en)$/u, weakEnding(kase, gender));
      // A plural head takes -n in the dative: "bei den Stadtwerken".
      if (i === phrase.head && gender === 'pl' && kase === 'dat' && !/[ns]$/u.test(word)) return `${word}n`;
      // A masculine or neuter head known as one takes -s in the genitive ("des Klinikums", "des Deutschen
      // Alpenvereins"), -es after a hissing sound ("des Hauses", "des Roten Kreuzes"); a Latin "-us" ("Campus") and a
      // head whose gender only its adjective shows stay as they are.
      if (i === phrase.head && kase === 'gen' && (gender === 'm' || gender === 'n') && headGender(word, false) === gender) {
        if (/(ss|ß|x|z|aus)$/u.test(word)) return `${word}es`;
        if (!/s$/u.test(word)) return `${word}s`;
      }
      return word;
    })
    .join(' ');
}

/**
 * Every form the templates ask for ({{companyWith.bei}}, {{companyWith.akk}} ...), for one organisation's name;
 * spoken, its "&" is said as "und" ("bei Hansen und Partner").
 */
function companyWith(written: string, spoken = false): Record<string, string> {
  // The grammar is read from the name as written: said first, "Aebischer und Gysin" would pass for an adjective and
  // a noun ("beim Aebischen und Gysin", as a reader in Zurich heard it), where "&" says it is a partners' firm.
  const company = written;
  const say = (text: string) => (spoken ? text.replace(/\s*&\s*/g, ' und ') : text);
  const parsed = parseCompany(company);
  let phrase: NounPhrase;
  let tail = '';
  if (parsed.legalForm) {
    // The legal form is the head ("die ... GmbH"); an association's name keeps its own ("die Kinderhilfe ... e.V."),
    // and so does a public body's whose name is a noun of its own ("beim Universitätsklinikum Tübingen AöR": readers
    // in Stuttgart failed "bei der Universitätsklinikum").
    const own = analyse(parsed.name, null);
    const association = parsed.kind === 'association';
    const publicBody = parsed.kind === 'public-body' && own.gender !== null;
    // An institution whose name opens on a noun of another gender than its legal form's ("Ordensklinikum Linz GmbH",
    // "Stadtwerke Esslingen GmbH & Co. KG") is named in prose as its people name it, by that noun's article and
    // without the form: "beim Ordensklinikum Linz" ("bei der Ordensklinikum Linz GmbH" failed a reader in Vienna).
    const institution = !association && !publicBody && own.head !== null && own.adjectives.length === 0 && own.gender !== null && own.gender !== (parsed.germanGender ?? 'f');
    phrase = association ? { ...own, gender: own.gender ?? 'm' } : publicBody || institution ? own : { ...own, gender: parsed.germanGender ?? 'f', head: null };
    tail = institution ? '' : company.slice(parsed.name.length);
  } else {
    // A trailing abbreviation of the name ("Schweizerische Bundesbahnen SBB", "Berliner Verkehrsbetriebe (BVG)")
    // is no part of its grammar: the words before it say the article.
    const short = /\s+(\(\p{Lu}{2,6}\)|\p{Lu}{2,6})$/u.exec(company);
    const base = short && /\s/.test(company.slice(0, short.index)) ? company.slice(0, short.index) : company;
    phrase = analyse(base, null);
    if (base !== company && phrase.gender !== null) tail = company.slice(base.length);
    // A coined compound followed by the firm's trade ("Brennwerk Thermotechnik") is a brand, not a works: "bei
    // Brennwerk Thermotechnik", as readers name it, where "beim Universitätsklinikum Freiburg" keeps its article.
    if (brandBeforeTrade.test(company)) phrase = { ...phrase, gender: null };
  }
  return Object.fromEntries(
    Object.entries(cases).map(([key, [kase, articles, bare]]) => {
      const text = phrase.gender === null ? company : `${articles[phrase.gender]} ${decline(phrase, kase)}${tail}`;
      return [key, say(phrase.gender === null ? [bare, text].filter(Boolean).join(' ') : text)];
    }),
  );
}

/** A firm's trade after its brand: the name's last word, which no article agrees with. */
const tradeWord =
  /^(\p{Lu}\p{Ll}*technik|Logistik|Technik|Tech|Energie|Systeme|Solutions|Consulting|Software|Services?|Digital|Design|Bau|Medizin|Automation|Elektronik|Analytics|Labs?|Media|Immobilien|Engineering|Mobility|Robotics)$/u;

const brandBeforeTrade =
  /^\p{Lu}\p{Ll}{2,}werk \p{Lu}\p{Ll}*(technik|tech|systeme|solutions|logistik|bau|services?|consulting|energie|design|digital|software|automation|elektronik|medizin)$/u;

/** The s-genitive: "Müllers", and an apostrophe after a hissing sound ("Klaus'", "Fritz'"). */
function possessive(name: string): string {
  if (/['’]$/.test(name) || /['’]s$/.test(name)) return name;
  return /(s|ß|x|z|ce)$/i.test(name) ? `${name}'` : `${name}s`;
}

/**
 * A candidate's own reason, joined to the sentence that carries the decision. The templates end that sentence with
 * it, after its last verb, so the clause runs to the full stop and never has to be continued. The candidate may
 * type a main clause as they would say it ("mein Partner beginnt im März eine Stelle in Lissabon", "wegen eines
 * Stromausfalls habe ich kein Internet"): "denn" keeps its word order. They may also type it as it would follow
 * "weil", verb last ("der Arbeitsweg zu lang wäre"): "denn" before that is wrong, so it gets "weil". A reason typed
 * with its own connector keeps it: a subordinate clause ("weil ich umziehe", "da ...") with its comma, "dass ..." as
 * a "weil" clause, and a prepositional phrase with no verb ("aufgrund familiärer Verpflichtungen") after ", und
 * zwar", which lets it follow any sentence. A bare noun phrase ("ein Todesfall in meiner Familie") is no clause:
 * "denn" before it failed a reader in Zurich, so it follows ", und zwar wegen" in the genitive ("eines Todesfalls in
 * meiner Familie"). The first word is lower-cased only when it can never be a noun or a name ("Mein Partner" becomes
 * "mein Partner", "Berlin" stays). The result starts with its comma: ", denn mein Partner ...", ", weil der Arbeitsweg ...".
 */
function becauseClause(detail: string, _day?: string | null, code?: ReasonCode | null): string {
  let body = detail.trim().replace(/[.!;,:\s]+$/u, '');
  // Why they took the other offer, typed about the offer ("das Angebot kam früher als erwartet"), follows a sentence
  // that has just named it ("ein anderes Angebot angenommen"): German says "es" for it, not the noun again.
  if (code === 'another-offer') body = body.replace(/^(das|dieses|ihr|deren|dessen|sein) Angebot (?=\p{Ll})/iu, 'es ');
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  if (/^(aufgrund|auf Grund|wegen|aus|infolge|angesichts|mangels)\s/iu.test(body)) {
    // "und zwar" cannot introduce a main clause: "wegen eines Stromausfalls habe ich …" keeps its verb second after "denn".
    return `${hasFiniteVerb(body) ? ', denn' : ', und zwar'} ${lower(body)}`;
  }
  if (/^(weil|da|zumal|nachdem)\s/iu.test(body)) return `, ${lower(body)}`;
  const that = /^dass\s+/iu.exec(body);
  if (that) return `, weil ${body.slice(that[0].length)}`;
  body = body.replace(/^denn\b[\s,]*/iu, '');
  if (verbLast(body)) return `, weil ${lowerUnlessNoun(body)}`;
  const noun = genitivePhrase(body);
  if (noun !== null) return `, und zwar wegen ${noun}`;
  return `, denn ${lowerUnlessNoun(body)}`;
}

function lowerUnlessNoun(body: string): string {
  const first = /^[\p{L}']+/u.exec(body)?.[0] ?? '';
  return neverANounAtTheStart.test(first) ? body.charAt(0).toLowerCase() + body.slice(1) : body;
}

/** A finite verb anywhere in a reason, or a word before a subject pronoun ("… funktioniert bei mir", "… fällt mein"). */
function hasFiniteVerb(text: string): boolean {
  // A capitalised word after the first is a noun, never a verb ("die Pflege meiner Mutter").
  const words = text.match(/[\p{L}]+/gu) ?? [];
  if (words.some((word, k) => (k === 0 || /^\p{Ll}/u.test(word)) && finiteVerbs.has(word.toLowerCase()))) return true;
  return /\s\p{Ll}+\s(ich|wir|es|man|mein|meine|unser|unsere)\s/u.test(` ${text} `);
}

/** Articles and possessives of a noun phrase in the nominative, with their genitive; the masculine and neuter ones mark the noun too. */
const genitiveDeterminer: Record<string, [string, boolean]> = {
  ein: ['eines', true],
  der: ['des', true],
  das: ['des', true],
  mein: ['meines', true],
  kein: ['keines', true],
  unser: ['unseres', true],
  eine: ['einer', false],
  die: ['der', false],
  meine: ['meiner', false],
  keine: ['keiner', false],
  unsere: ['unserer', false],
};
/** What may follow the noun of a phrase: a preposition or a genitive attribute ("in meiner Familie", "meiner Mutter"). */
const afterNoun = /^(in|im|an|am|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|für|über|unter|vor|seit|durch|meiner|meines|des|der|eines|einer|unserer|unseres)$/iu;

/**
 * A noun phrase typed in the nominative, put in the genitive for "wegen": "ein Todesfall in meiner Familie" becomes
 * "eines Todesfalls in meiner Familie", "familiäre Verpflichtungen" becomes "familiärer Verpflichtungen". Null for
 * anything that is no such phrase (a clause, a phrase whose noun a rule cannot inflect), which then stays a clause.
 */
export function genitivePhrase(phrase: string): string | null {
  const words = phrase.split(/\s+/u);
  if (hasFiniteVerb(phrase) || words.length === 0) return null;
  const out: string[] = [];
  let i = 0;
  const determiner = genitiveDeterminer[words[0]!.toLowerCase()];
  if (determiner) {
    out.push(determiner[0]);
    i = 1;
  }
  const masculineOrNeuter = determiner?.[1] ?? false;
  while (i < words.length && /^\p{Ll}+(e|er|es|en)$/u.test(words[i]!) && !afterNoun.test(words[i]!)) {
    const stem = words[i]!.replace(/(e|er|es|en)$/u, '');
    out.push(determiner ? `${stem}en` : `${stem}er`);
    i++;
  }
  const noun = words[i];
  if (noun === undefined || !/^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)*$/u.test(noun)) return null;
  if (i === 0 && words.length > 1 && !afterNoun.test(words[1]!)) return null;
  if (masculineOrNeuter) {
    if (/e$/u.test(noun)) return null;
    out.push(/(s|ß|x|z|sch)$/u.test(noun) ? `${noun}${/nis$/u.test(noun) ? 'ses' : 'es'}` : `${noun}s`);
  } else out.push(noun);
  const rest = words.slice(i + 1);
  if (rest.length > 0 && !afterNoun.test(rest[0]!)) return null;
  // A lower-case word after a noun that is no preposition or article is a verb: "ein Umzug nach Stuttgart steht an".
  if (rest.some((word, k) => k > 0 && /^\p{Lu}/u.test(rest[k - 1]!) && /^\p{Ll}/u.test(word) && !afterNoun.test(word) && !/^(und|oder|sowie)$/u.test(word))) return null;
  return [...out, ...rest].join(' ');
}

/**
 * Finite verbs that end a clause typed to follow "weil": auxiliaries, modals and the verbs reasons are given with.
 * In a main clause the finite verb comes second, so a clause of three words or more that ends in one of these, with
 * none second, has its verb last ("der Weg zu weit wäre", but "das ist, was mir fehlt" stays a main clause). Only the
 * clause before the first comma counts: a main clause followed by a subordinate one ends in a verb too.
 */
const finiteVerbs = new Set(
  `ist sind bin bist seid war waren wäre wären hat habe haben hast hatte hatten hätte hätten wird werde werden würde
  würden kann können könnte könnten muss müssen müsste müssten musste mussten soll sollen sollte sollten will wollen
  wollte möchte möchten mag darf dürfen dürfte passt passen gibt geht liegt liegen fehlt reicht reichen bleibt beginnt
  kam kamen bot boten wurde wurden kommt lässt zulässt gefällt gehört gelingt genügt
  braucht benötigt erfordert erlaubt lässt zieht ziehen arbeitet wohnt wohnen lebt leben pflegt pflege betreue betreut
  erwarte erwartet beginne beginnen bleibe umziehe umzieht umziehen anfange anfängt zurückkehre zurückkehrt aufhöre`.split(/\s+/),
);
/** A separable verb written as one word ("umziehe", "anfängt") is a verb at the end of its clause. */
const joinedSeparable = /^(um|an|auf|aus|ein|mit|nach|zurück|weg|ab|vor|fort|heim|weiter|hinzu|dazu)\p{Ll}{3,}(e|st|t|en)$/u;

export function verbLast(clause: string): boolean {
  // Only the first clause decides: in "ich suche ein Umfeld mit mehr Freiraum, als es dort vorgesehen ist" the
  // verb at the very end belongs to the subordinate clause, and the reason itself is a main clause.
  const first = clause.split(/[,;:–—]/u)[0] ?? clause;
  const words = first.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  // A last word with a capital is a noun, never a verb ("… an Einzeltherapie" is no separable "ein-…-e").
  if (/^\p{Lu}/u.test(first.match(/[\p{L}]+/gu)!.at(-1)!)) return false;
  if (!finiteVerbs.has(last) && (!joinedSeparable.test(last) || separableParticiple.test(last)) && !conjugatedLast(words)) return false;
  if (words.length === 2) return joinedSeparable.test(last) && !separableParticiple.test(last);
  // A finite verb anywhere before the end makes it a main clause whatever its last word: "mein Arbeitgeber hat mir
  // eine Stelle angeboten", "die Stelle ist stärker auf X ausgerichtet" (platforms type details this way).
  return !words.slice(0, -1).some((word) => finiteVerbs.has(word));
}

/**
 * A verb no list names, conjugated at the end of a clause typed for "weil": "… nicht in Frage kommt", "… einen Start
 * vor Oktober nicht zulässt", "wir als Familie nun doch in Lissabon bleiben" (readers in Stuttgart and Zurich failed
 * "denn" before each). Its last word is lower case and ends as a present or past form does (-t, -en, -e), and is no
 * participle ("ge…t", "ge…en"), no word that ends a main clause as often ("nicht", "jetzt", "weit", "gerne"), and
 * no infinitive after a subject pronoun's verb: "wir bleiben in Lissabon" has its verb second, after the pronoun.
 */
function conjugatedLast(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 3 || !/\p{Ll}(t|en|e|te|ten)$/u.test(last)) return false;
  if (/^ge\p{Ll}{3,}(t|en)$/u.test(last) || separableParticiple.test(last) || endsMainClause.test(last)) return false;
  // Verb second after a pronoun subject ("ich möchte …", "wir ziehen …"): a main clause whatever its last word.
  if (/^(ich|wir|er|sie|es|man)$/u.test(words[0]!) && /^\p{Ll}+(e|t|st|en)$/u.test(words[1]!) && !endsMainClause.test(words[1]!) && !/^(als|aus|bei|mit|nach|seit|von|vor|zu|in|an|auf|für|um|nun|doch|nicht|auch|derzeit|leider|gerade|jetzt|schon|noch|dort|hier|heute|bereits)$/u.test(words[1]!)) return false;
  return true;
}

/** Words that end a main clause and only look like a conjugated verb. */
const endsMainClause =
  /^(nicht|jetzt|erst|zuerst|zuletzt|bereits|sonst|fast|meist|selbst|weit|spät|breit|leicht|recht|gut|schlecht|bereit|gerne|heute|morgen|zusammen|eben|selten|oben|unten|draußen|drinnen|hinten|vorne|gestern|offen|sicher|halbe|ganze|bitte|unbefristet|befristet|zeit|statt|gesamt|direkt|komplett|konkret|privat|fest|mitte|ende|alle|jede|keine|meine|seine|ihre|unsere|diese|andere|weitere|mehrere|einige|viele|wenige|eine|ohne|gegen|neben|unten|wegen|daneben|oben|ebenfalls|beispielsweise|gerade)$/u;

/** A participle of a separable verb ("angeboten", "ausgerichtet", "umgezogen") ends a main clause, not a "weil" one. */
const separableParticiple = /^(um|an|auf|aus|ein|mit|nach|zurück|weg|ab|vor|fort|heim|weiter|hinzu|dazu)ge\p{Ll}{2,}(t|en)$/u;

const neverANounAtTheStart =
  /^(ich|wir|es|er|man|mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer|der|die|das|dem|den|des|ein|eine|einem|einen|einer|dies|diese|dieser|dieses|diesem|diesen|da|dort|hier|leider|derzeit|momentan|aktuell|zurzeit|gerade|inzwischen|mittlerweile|nach|seit|im|in|am|zum|zur|bei|mit|ohne|kurzfristig|persönlich|privat|familiär|gesundheitlich|beruflich|nun|jetzt)$/iu;

/**
 * About 3.6 syllables a second. Pellegrino, Coupé & Marsico (2011), "A cross-language perspective on speech
 * information rate", Language 87(3): 539-558, measured read speech at 6.19 syllables a second in English and 5.97
 * in German. English voicemail here is read at 150 words a minute; at about 1.5 syllables a word that is 3.75
 * syllables a second, 61% of the English rate in that corpus. The same calm fraction of the German rate is 3.6
 * syllables a second (about 217 a minute). German counts in syllables, not words: its compounds ("Vorstellungs-
 * gespräch") make a word a poor measure of time.
 */
const germanSyllablesPerSecond = (5.97 * (150 * 1.5)) / 60 / 6.19;

/**
 * Syllables as a reader says them: each group of vowels is one ("ei", "au", "eu", "ie" are one sound); each digit
 * is said on its own ("plus 4 9" is "plus vier neun"), "sieben" with two; an abbreviation in capitals ("MEZ") is
 * spelled out, a letter a syllable.
 */
export function germanSyllables(text: string): number {
  let count = 0;
  for (const word of text.match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    if (/^\p{N}+$/u.test(word)) {
      count += [...word].reduce((n, d) => n + (d === '7' ? 2 : 1), 0);
      continue;
    }
    if (/^\p{Lu}{2,5}$/u.test(word)) {
      count += word.length;
      continue;
    }
    count += Math.max(1, word.toLowerCase().match(/[aeiouyäöüéèêáàâíóúñ]+/gu)?.length ?? 0);
    count += (word.match(/\p{N}/gu)?.length ?? 0);
  }
  return count;
}

/** Zones whose German name is not a city's: the clock a German names them by. */
const zoneWords: Readonly<Record<string, string>> = {
  'Asia/Shanghai': 'Pekinger Zeit',
  'Asia/Kolkata': 'indischer Zeit',
  'Asia/Calcutta': 'indischer Zeit',
  'Asia/Tokyo': 'japanischer Zeit',
  'Europe/Moscow': 'Moskauer Zeit',
  'Asia/Dubai': 'Ortszeit Dubai',
};
/** Cities a German writes in German. */
const cityNames: Readonly<Record<string, string>> = {
  Lisbon: 'Lissabon',
  Moscow: 'Moskau',
  Tokyo: 'Tokio',
  Vienna: 'Wien',
  Zurich: 'Zürich',
  Prague: 'Prag',
  Warsaw: 'Warschau',
  Rome: 'Rom',
  Brussels: 'Brüssel',
  Copenhagen: 'Kopenhagen',
  Athens: 'Athen',
  Bucharest: 'Bukarest',
  Belgrade: 'Belgrad',
  Kyiv: 'Kiew',
  Mexico_City: 'Mexiko-Stadt',
  'Mexico City': 'Mexiko-Stadt',
  Singapore: 'Singapur',
  Hong_Kong: 'Hongkong',
  'Hong Kong': 'Hongkong',
  'Sao Paulo': 'São Paulo',
  Cairo: 'Kairo',
  Tehran: 'Teheran',
  Jerusalem: 'Jerusalem',
};
/** Countries Intl names a zone by, which the zone's city replaces. */
const countryNamed = new Set(['Vereinigtes Königreich', 'Irland', 'Japan', 'Indien', 'China', 'Türkei', 'Nigeria', 'Neuseeland', 'Vereinigte Arabische Emirate', 'Sonderverwaltungsregion Hongkong', 'Singapur']);
/** Cities whose clock German names with an adjective: "16 Uhr Londoner Zeit". */
const zoneAdjectives: Readonly<Record<string, string>> = {
  London: 'Londoner', 'New York': 'New Yorker', Dublin: 'Dubliner', Lissabon: 'Lissabonner', Istanbul: 'Istanbuler', Moskau: 'Moskauer',
};

type GermanTag = 'de-DE' | 'de-AT' | 'de-CH';

/**
 * A subscriber number as a German dictates it: pairs, with a group of three first when the count is odd ("483 92
 * 07", "23 45 67 89"); four digits or fewer stay whole.
 */
function dictationGroups(digits: string): string[] {
  if (digits.length <= 4) return [digits];
  const head = digits.length % 2 === 1 ? 3 : 2;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  return groups;
}

/**
 * Each market's numbers as its people say and write them on a voicemail: the trunk 0 before the area code, the rest
 * in pairs ("+49 171 4839207" is "0171 483 92 07", "+43 664 1234567" "0664 123 45 67", "+41 79 123 45 67" "079 123
 * 45 67"), "(0)" dropped. Area codes vary in length, so the area code is the first group the candidate wrote; a
 * number written without groups is paired whole.
 */
const dictated = (national: string, written: readonly string[]) =>
  written.length > 1 ? [written[0]!, ...dictationGroups(written.slice(1).join(''))] : dictationGroups(national);
const numberingPlans: Readonly<Record<GermanTag, NumberingPlan>> = {
  'de-DE': { callingCode: '49', trunk: '0', group: dictated },
  'de-AT': { callingCode: '43', trunk: '0', group: dictated },
  'de-CH': { callingCode: '41', trunk: '0', group: dictated },
};

function makeGerman(locale: GermanTag): LanguageHelpers {
  const plan = numberingPlans[locale];
  const address = makeAddress(locale === 'de-AT');
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const minute = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

  /**
   * "MEZ", "MESZ" for the markets' own clock; else the place (never "WEZ" or "OEZ", which nobody says), as a German names another clock: "Londoner
   * Zeit", "New Yorker Zeit", "Ortszeit Los Angeles". Intl names a country where it has one zone ("Ortszeit
   * Vereinigtes Königreich"), which nobody writes: the zone's own city stands for it. Without a zone, "UTC-5".
   */
  function zoneLabel(clock: InterviewClock): string {
    if (!clock.timeZone) return utcOffsetLabel(clock.offset);
    const abbreviation = zoneName(locale, 'short', clock.timeZone, clock.atMs);
    // Only the German-speaking markets' own clock keeps its abbreviation; "WEZ", "OEZ" are never said: the place.
    if (abbreviation && /^MES?Z$/.test(abbreviation)) return abbreviation;
    const own = zoneWords[clock.timeZone];
    if (own) return own;
    const generic = zoneName(locale, 'shortGeneric', clock.timeZone, clock.atMs);
    const place = generic ? /^(.+) \(Ortszeit\)$/.exec(generic)?.[1] : undefined;
    // Intl names a zone by its city where a country has several, else by the country: then the zone's city.
    const city = clock.timeZone.split('/').pop()!.replace(/_/g, ' ');
    const named = place && !countryNamed.has(place) ? place : (cityNames[city] ?? city);
    return zoneAdjectives[named] ? `${zoneAdjectives[named]} Zeit` : `Ortszeit ${named}`;
  }

  const wording = memo((key) => {
    const [iso, days] = key.split('|') as [string, string];
    const local = new Date(iso);
    const daysAhead = Number(days);
    let day: string;
    if (daysAhead === 0) day = 'heute';
    else if (daysAhead === 1) day = 'morgen';
    else if (daysAhead === -1) day = 'gestern';
    // A past weekday alone reads as the next one ("am Dienstag" on a Monday is tomorrow): "am vergangenen Dienstag".
    else if (daysAhead < 0 && daysAhead > -7) day = `am vergangenen ${weekday.format(local)}`;
    else if (daysAhead > 0 && daysAhead < 7) day = `am ${weekday.format(local)}`;
    else day = `am ${date.format(local)}`;
    // "15 Uhr", "9:30 Uhr": the hour alone when the minutes are zero, as people write it.
    // German CLDR pads the hour ("09 Uhr"); people write "9 Uhr".
    const time = `${local.getUTCMinutes() === 0 ? String(local.getUTCHours()) : minute.format(local).replace(/\s/g, ' ')} Uhr`;
    return { day, time, dated: daysAhead >= 7 || daysAhead <= -7 };
  });

  return {
    locale,
    // Templates name a role in constructions that need no article or gender ("die Stelle als Data Analyst").
    withArticle: (noun) => noun,
    // A woman names the post she applied for in the feminine ("als Medizincontrollerin").
    roleAsWritten: (role, gender) => (gender === 'f' ? feminineRole(role) : role),
    // A company with its legal form gets the article it needs ({{companyWith.bei}}: "bei der Müller Logistik GmbH").
    companyWith,
    legalNameInLetters: true,
    possessive,
    list: (items) => listFormat.format(items),
    address,
    spokenAddress: locale === 'de-CH' ? (written) => spokenAddress(written, true) : spokenAddress,
    givenName: (name) => parsePersonName({ name }).first,
    titledName(honorific: Honorific | undefined, name: string) {
      const person = parsePersonName({ name });
      return address(person, honorific ?? person.writtenHonorific).titled;
    },
    // "Guten Morgen" until about ten, "Guten Tag" through the working day, "Guten Abend" from six.
    dayparts: { afternoon: 10, evening: 18 },
    // Said after the noun: "das Gespräch per Video", "das Gespräch vor Ort".
    formatWords: { phone: 'per Telefon', video: 'per Video', onsite: 'vor Ort' },
    everydayCompany,
    roleWithSpecialty,
    roleIsFunction,
    spokenRole,
    becauseClause,
    interviewWords(clock: InterviewClock, spoken = false): InterviewWords {
      const { day, time: bare, dated } = wording(`${clock.local.toISOString()}|${clock.daysAhead}`);
      // A call is heard by a recruiter on the market's own clock: "MEZ" read aloud sounds like a form, so a script
      // names a zone only where it is another ("Londoner Zeit"), never by an abbreviation.
      const label = clock.nameZone ? zoneLabel(clock) : null;
      const time = label === null || (spoken && /^MES?Z$/.test(label)) ? bare : `${bare} ${label}`;
      // A date takes a comma after it before the time: "am Dienstag, 8. Dezember, um 9:30 Uhr".
      return { day, time, when: `${day}${dated ? ',' : ''} um ${time}` };
    },
    // A number of the market's own country in national form, at the start and again at the end; any other number
    // digit by digit after "plus", in its written groups.
    plusWord: sayPlus,
    slowNumber: (phone) => nationalGroups(phone, plan)?.join(' ') ?? slowDigits(phone, sayPlus),
    spokenNumber: (phone) => nationalGroups(phone, plan)?.join(' ') ?? phone,
    callingCode: plan.callingCode,
    speakingSeconds(text) {
      return Math.ceil(germanSyllables(text) / germanSyllablesPerSecond);
    },
  };
}

/**
 * A specialty as a German letter names it, after the post ("Referent im Bereich Fördermittel"): in brackets it would
 * sit beside the reference's brackets in a subject ("Vertriebsingenieur (Fördertechnik) (REQ-118)"). A voicemail or a
 * text says the post alone.
 */
function roleWithSpecialty(role: string, specialty: string, brief: boolean): string {
  return brief ? role : `${role} im Bereich ${specialty}`;
}

/** A workload as Swiss ads write it inside a title ("Leiter Finanzbuchhaltung 80–100 %"); after a dash the cleaner takes it. */
const spokenWorkload = /\s+(?:Pensum\s+)?\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%(?=\s|$)/giu;

/** Nobody reads a workload aloud ("Leiter Finanzbuchhaltung achtzig bis hundert Prozent"): a call names the post alone. */
const spokenRole = (role: string) => role.replace(spokenWorkload, '').trim();

export const deDE = makeGerman('de-DE');
export const deAT = makeGerman('de-AT');
export const deCH = makeGerman('de-CH');
