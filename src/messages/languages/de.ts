// German, in three regional variants: de-DE, de-AT (Intl's Austrian month names, "Jänner") and de-CH (Swiss
// orthography through templates/de/dialects.yaml: "ss", never "ß", in our words).
import { parsePersonName, type PersonName } from '../facts/person-name.js';
import { everydayCompany, slowDigits, type Address, type Honorific, type InterviewWords, type LanguageHelpers } from './helpers.js';
import { memo, utcOffsetLabel, zoneName, type InterviewClock } from './time.js';

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
 * Andrea Vogel". `dr` adds the doctorate to a name that does not carry it.
 */
function makeAddress(austrian: boolean) {
  return (person: PersonName, honorific: Honorific | null): Address => {
    const academic = addressTitle(honorific === 'dr' && !/Dr/.test(person.academicTitle ?? '') ? [person.academicTitle, 'Dr.'].filter(Boolean).join(' ') : person.academicTitle, austrian);
    const family = person.family;
    const full = [academic, person.given, family].filter(Boolean).join(' ') || person.full;
    if (!family || (honorific !== 'ms' && honorific !== 'mr')) return { titled: null, titledOblique: null, full };
    const rest = [academic, family].filter(Boolean).join(' ');
    return honorific === 'ms' ? { titled: `Frau ${rest}`, titledOblique: `Frau ${rest}`, full } : { titled: `Herr ${rest}`, titledOblique: `Herrn ${rest}`, full };
  };
}

/**
 * The article a company's legal form needs, as the templates ask for it by the preposition before the name ("bei",
 * "von", "mit", "zu", "fuer") or by its case ("nom", "akk", "dat"). A legal form makes the name a common noun with a
 * gender: a company (GmbH, AG, KG, Inc., Ltd ...) is feminine, as "die Gesellschaft"; a registered association
 * (e.V.) is masculine, as "der Verein". A name without one takes no article ("bei Globex"), nor does a role.
 */
const withPreposition: Record<string, { f: string; m: string; none: string }> = {
  bei: { f: 'bei der', m: 'beim', none: 'bei' },
  von: { f: 'von der', m: 'vom', none: 'von' },
  mit: { f: 'mit der', m: 'mit dem', none: 'mit' },
  zu: { f: 'zur', m: 'zum', none: 'zu' },
  fuer: { f: 'für die', m: 'für den', none: 'für' },
  nom: { f: 'die', m: 'der', none: '' },
  akk: { f: 'die', m: 'den', none: '' },
  dat: { f: 'der', m: 'dem', none: '' },
};

/**
 * A name that opens with an adjective declines it after the article, as any noun phrase does: "die Steirische
 * Antriebstechnik AG", but "bei der Steirischen Antriebstechnik AG". Only endings that are adjectives in names
 * (-ische, -sche, -liche, -ige ...) and a few common ones; an adjective in -er ("Hamburger") never changes.
 */
const leadingAdjective = /^(\p{Lu}\p{Ll}*(?:isch|sch|lich|ig|ell|iv)e|Neue|Alte|Erste|Freie|Junge|Große|Vereinigte|Allgemeine)(?=\s)/u;
const weak = new Set(['bei der', 'von der', 'mit der', 'zur', 'der', 'beim', 'vom', 'mit dem', 'zum', 'für den', 'den', 'dem']);

function withArticle(noun: string, preposition: string): string {
  const forms = withPreposition[preposition]!;
  // A name that opens with an adjective is a noun phrase even without its legal form ("die Deutsche Bahn").
  const gender = /\be\.\s?V\.?$/.test(noun) ? 'm' : everydayCompany(noun) !== noun || leadingAdjective.test(noun) ? 'f' : 'none';
  const article = forms[gender];
  const name = weak.has(article) ? noun.replace(leadingAdjective, '$1n') : noun;
  return [article, name].filter(Boolean).join(' ');
}

/** Every form the templates ask for ({{companyWith.bei}}, {{companyWith.akk}} ...), for one company name. */
function companyWith(company: string): Record<string, string> {
  return Object.fromEntries(Object.keys(withPreposition).map((p) => [p, withArticle(company, p)]));
}

/** The s-genitive: "Müllers", and an apostrophe after a hissing sound ("Klaus'", "Fritz'"). */
function possessive(name: string): string {
  if (/['’]$/.test(name) || /['’]s$/.test(name)) return name;
  return /(s|ß|x|z|ce)$/i.test(name) ? `${name}'` : `${name}s`;
}

/**
 * A candidate's own reason, joined to the sentence that carries the decision. The templates end that sentence with
 * it, so the clause runs to the full stop and never has to be continued. The candidate types a main clause as they
 * would say it ("mein Partner beginnt im März eine Stelle in Lissabon"), and only a main-clause connector keeps
 * any such text grammatical: "denn" leaves the word order as typed, where "weil" or "da" would need the verb at the
 * end. A reason typed with its own connector keeps it: a subordinate clause ("weil ich umziehe", "da ...") with its
 * comma, a prepositional phrase ("aufgrund familiärer Verpflichtungen", "wegen ...") after a space. The first word
 * is lower-cased only when it can never be a noun or a name ("Mein Partner" becomes "mein Partner", "Berlin" stays).
 * The result starts with its own comma or space: ", denn mein Partner ..." or " aufgrund ...".
 */
function becauseClause(detail: string): string {
  let body = detail.trim().replace(/[.!;,:\s]+$/u, '');
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const prepositional = /^(aufgrund|auf Grund|wegen|aus|infolge|angesichts|mangels)\s/iu.exec(body);
  if (prepositional) return ` ${lower(body)}`;
  const subordinate = /^(weil|da|zumal|nachdem)\s/iu.exec(body);
  if (subordinate) return `, ${lower(body)}`;
  body = body.replace(/^denn\b[\s,]*/iu, '');
  const first = /^[\p{L}']+/u.exec(body)?.[0] ?? '';
  if (neverANounAtTheStart.test(first)) body = lower(body);
  return `, denn ${body}`;
}
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

type GermanTag = 'de-DE' | 'de-AT' | 'de-CH';

function makeGerman(locale: GermanTag): LanguageHelpers {
  const address = makeAddress(locale === 'de-AT');
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const minute = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

  /**
   * "MEZ", "MESZ" where German has an abbreviation; else "Ortszeit New York" (Intl's own city or country for the
   * zone), else "UTC-5". Natives name a foreign zone by its place, not by an English abbreviation.
   */
  function zoneLabel(clock: InterviewClock): string {
    if (!clock.timeZone) return utcOffsetLabel(clock.offset);
    const abbreviation = zoneName(locale, 'short', clock.timeZone, clock.atMs);
    if (abbreviation && /^[A-Z]{2,5}$/.test(abbreviation)) return abbreviation;
    const generic = zoneName(locale, 'shortGeneric', clock.timeZone, clock.atMs);
    const place = generic ? /^(.+) \(Ortszeit\)$/.exec(generic)?.[1] : undefined;
    return place ? `Ortszeit ${place}` : utcOffsetLabel(clock.offset);
  }

  const wording = memo((key) => {
    const [iso, days] = key.split('|') as [string, string];
    const local = new Date(iso);
    const daysAhead = Number(days);
    let day: string;
    if (daysAhead === 0) day = 'heute';
    else if (daysAhead === 1) day = 'morgen';
    else if (daysAhead === -1) day = 'gestern';
    else if (Math.abs(daysAhead) < 7) day = `am ${weekday.format(local)}`;
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
    // A company with its legal form gets the article it needs ({{companyWith.bei}}: "bei der Müller Logistik GmbH").
    companyWith,
    possessive,
    list: (items) => listFormat.format(items),
    address,
    givenName: (name) => parsePersonName({ name }).first,
    titledName(honorific: Honorific | undefined, name: string) {
      const person = parsePersonName({ name });
      return address(person, honorific ?? person.writtenHonorific).titled;
    },
    // "Guten Morgen" until about ten, "Guten Tag" through the working day, "Guten Abend" from six.
    dayparts: { morning: 5, afternoon: 10, evening: 18 },
    // Said after the noun: "das Gespräch per Video", "das Gespräch vor Ort".
    formatWords: { phone: 'per Telefon', video: 'per Video', onsite: 'vor Ort' },
    everydayCompany,
    becauseClause,
    interviewWords(clock: InterviewClock): InterviewWords {
      const { day, time: bare, dated } = wording(`${clock.local.toISOString()}|${clock.daysAhead}`);
      const time = clock.nameZone ? `${bare} ${zoneLabel(clock)}` : bare;
      // A date takes a comma after it before the time: "am Dienstag, 8. Dezember, um 9:30 Uhr".
      return { day, time, when: `${day}${dated ? ',' : ''} um ${time}` };
    },
    slowNumber: (phone) => slowDigits(phone, 'plus'),
    speakingSeconds(text) {
      return Math.ceil(germanSyllables(text) / germanSyllablesPerSecond);
    },
  };
}

export const deDE = makeGerman('de-DE');
export const deAT = makeGerman('de-AT');
export const deCH = makeGerman('de-CH');
