// English, in its two first-class variants: en-US and en-GB differ in dates, times, titles and lists here, and in
// spelling and vocabulary through templates/en/dialects.yaml.
import indefinite from 'indefinite';
import { parsePersonName, type PersonName } from '../facts/person-name.js';
import { smsEncoding, toGsmPunctuation } from '../sms.js';
import { cut, everydayCompany, nationalGroups, spokenWords, type Address, type Honorific, type InterviewWords, type LanguageHelpers, type NumberingPlan } from './helpers.js';
import { memo, utcOffsetLabel, zoneName, type InterviewClock } from './time.js';

/** The word a voice says for a country code's "+": in `plusWord` and in a number read slowly. */
const sayPlus = 'plus';

/** Letters whose names start with a vowel sound: "an F1 engineer", "an HR lead", "an MBA", "an R&D role". */
const vowelSoundLetters = new Set('AEFHILMNORSX');

/**
 * Initialisms are read letter by letter ("an NLP", "an R&D", "a UX"); acronyms said as words take the article of
 * their first sound ("a NASA", "a NATO", "a UNICEF", "an OKTA"). `indefinite` handles ordinary words but reads every
 * capitalised word as letters, and stops at "&".
 */
function article(noun: string): string {
  // Mixed-case initialisms are read letter by letter from the front: "an MSc", "an MRes", "an iOS", "an eBay".
  const mixed = /^(?:[A-Z]{2}|[a-z][A-Z])[A-Za-z]*(?=[\s,/-]|$)/.exec(noun)?.[0];
  if (mixed && !/^[A-Z]+$/.test(mixed) && !/^(Mc|Mac)/.test(mixed)) {
    const letter = mixed[0]!;
    const vowel = /[a-z]/.test(letter) ? /[aefhilmnorsx]/.test(letter) : vowelSoundLetters.has(letter);
    return `${vowel ? 'an' : 'a'} ${noun}`;
  }
  const first = /^[A-Z][A-Z0-9&.\-/]*(?=\s|$)/.exec(noun)?.[0];
  if (first && /[A-Z]{2}|&/.test(first)) {
    const letters = first.replace(/[^A-Z]/g, '');
    const saidAsWord = !first.includes('&') && letters.length >= 4 && /^[^AEIOU]{0,2}[AEIOU][^AEIOU]{1,2}[AEIOUY]/.test(letters);
    const vowel = saidAsWord ? /^[AEIO]/.test(letters) : vowelSoundLetters.has(letters[0]!);
    return `${vowel ? 'an' : 'a'} ${noun}`;
  }
  return indefinite(noun);
}
const withArticle = memo(article);

/**
 * A candidate's reason as it follows the decision: "because my partner starts a new job in Lisbon". A reason typed
 * with its own connector keeps it ("due to family commitments"); a typed "because" or "as" is not doubled. The first
 * word is lower-cased only when it is one that is never a name ("My partner", not "Berlin"). `day` is the day word
 * the sentence has just said ("tomorrow at 9 AM"): the reason does not say it again. Clock times are written in the
 * variant's style, as the interview's time is.
 */
function becauseClause(us: boolean) {
  const times = houseTimes(us);
  return (detail: string, day?: string | null): string => {
    let body = withoutEchoedDay(times(detail.trim()), day).replace(/[.!;,\s]+$/, '');
    const connector = /^(due to|owing to|because of|thanks to)\b/i.exec(body);
    if (!connector) body = body.replace(/^(because|as|since|cause)\b[\s,]*/i, '');
    const first = /^[\p{L}']+/u.exec(body)?.[0] ?? '';
    if (connector || neverANameAtTheStart.test(first)) body = body.charAt(0).toLowerCase() + body.slice(1);
    if (connector) return body;
    // A reason that has its own "because" ("closed because of a water main break") is not put under another one: "as"
    // joins it instead. Not a dash: the sentence often goes on (", but I am still very interested"), and a dash-joined
    // clause followed by ", but" reads as a fragment.
    if (/\bbecause\b/i.test(body)) return `as ${body}`;
    // A reason typed as a noun phrase ("a bereavement in the family") cannot follow a bare "because".
    return isNounPhrase(body) ? `because of ${body}` : `because ${body}`;
  };
}

/** Words that make a reason a clause wherever they stand: auxiliaries, modals, pronoun subjects. */
const clauseWords = /^(?:am|is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|cannot|i|we|you|he|she|they)$/i;
/** Verbs that make a reason a clause after a noun ("my kids need me", "my partner took a job"), not after "a" or "the". */
const bareVerbs = /^(?:took|got|came|went|made|fell|ran|left|found|became|began|gave|kept|felt|met|lost|chose|need|want|mean|clash|conflict|suit|fit|pay|remain|seem)$/i;
/** Words a verb cannot follow: "a delayed start", "the hours", "of commitments". */
const beforeANoun = /^(?:a|an|the|my|our|his|her|their|its|this|that|some|any|no|of|in|for|with|to|on|at|from|by|and|or|about|around|after|before)$/i;
/** Adverbs that stand before a verb ("no longer" as its last word). */
const adverbs = /^(?:now|still|also|just|already|never|always|often|usually|really|suddenly|recently|currently|only|longer|unexpectedly)$/i;
/**
 * Third-person verbs that are no plural noun after a noun: "the role requires", "the commute means", "the rota
 * involves", "the role no longer suits me".
 */
const verbsInS =
  /^(?:requires|means|involves|overlaps|coincides|collides|interferes|prevents|remains|seems|suits|depends|relies|continues|happens|makes|takes|becomes|begins|lies|sits|includes|gives|comes|goes|gets|fits|pays|stays|puts|sets|limits|rules|forces|leaves|clashes|conflicts|runs|falls|starts|ends|lands|closes|opens|finishes|needs|works|changes|moves|demands|stops|lasts|costs|keeps)$/i;
/**
 * Of those, the ones that are also plural nouns ("scheduling conflicts with my job", "personality clashes", "my
 * family's needs", "the weekend demands"): a verb only before its complement, in a reason that opens with its
 * subject's determiner ("the Friday in-office requirement clashes with my caring responsibilities", "my daughter's
 * school closes at noon"), and not straight after a possessive.
 */
const alsoNounsInS = /^(?:clashes|conflicts|runs|falls|starts|ends|lands|closes|opens|finishes|needs|works|changes|moves|demands|stops|lasts|costs|keeps|leaves|sets|rules|limits)$/i;
/** The words a reason's subject opens with. */
const determiners = /^(?:the|my|our|his|her|their|its|this|that|a|an)$/i;
/** Words a plural noun is followed by, where a verb in -s would not be: "commitments at home", "issues with". */
const afterANoun = /^(?:of|in|for|with|to|on|at|from|by|and|or|about|around|after|before|that|which)$/i;

/**
 * A reason with no finite verb is a noun phrase ("a bereavement in the family", "ongoing health issues at home",
 * "caring for my father"), which takes "because of". Any sign of a verb keeps "because": an auxiliary or a contraction
 * ("isn't", "I'm", "it's"), or a word in -s or -ed after a noun ("the role involves", "my plans changed").
 */
function isNounPhrase(body: string): boolean {
  const words = body.split(/[\s,;:]+/).filter(Boolean);
  return words.every((word, i) => {
    const bare = word.replace(/[’]/g, "'").replace(/[^\p{L}'-]/gu, '');
    if (clauseWords.test(bare) || /n't$|'(?:m|re|ve|ll|d)$/i.test(bare)) return false;
    if (/^(?:it|that|there|he|she|what|who)'s$/i.test(bare)) return false;
    if (i === 0 || beforeANoun.test(words[i - 1]!)) return true;
    if (bareVerbs.test(bare) || /ed$/i.test(bare)) return false;
    if (verbsInS.test(bare)) {
      if (!alsoNounsInS.test(bare)) return false;
      // Last, or before "of", "and", "or", it is the noun: "the long hours and weekend demands", "the needs of".
      const next = words[i + 1];
      if (next && !/^(?:of|and|or)$/i.test(next) && determiners.test(words[0]!) && !/['’]s$/i.test(words[i - 1]!)) return false;
    }
    // After an adverb, a word in -s is a verb: "my train now leaves at 2 PM", "the office still needs".
    if (/[^s']s$/i.test(bare) && adverbs.test(words[i - 1]!)) return false;
    // A plural at the end or before a preposition is a noun ("family commitments", "issues at home").
    return !(/[^s']s$/i.test(bare) && i < words.length - 1 && !afterANoun.test(words[i + 1]!));
  });
}

/** Words after which "tomorrow" is what the clause is about ("is tomorrow", "until tomorrow"): it says "that day". */
const dayAsComplement = /^(?:is|are|was|were|be|been|being|it's|that's|until|till|from|by|for|before|after|since|of|on|to|than|as|through)$/i;

/** The day word as the reason may echo it, with the word before it, a possessive, a part of the day and a comma. */
const echoedDay = Object.fromEntries(
  (['today', 'tomorrow'] as const).map((day) => [day, new RegExp(`(^|[\\p{L}'’]+)(\\s*)\\b${day}\\b('s|’s)?(\\s+(?:morning|afternoon|evening|night))?(,?)`, 'giu')]),
) as Record<'today' | 'tomorrow', RegExp>;

/**
 * The reason without the day word its sentence has already said: "I am unable to attend tomorrow at 9 AM because my
 * daughter's daycare is closed after a burst pipe", not "... closed tomorrow after ...". A plain adverb goes; a part
 * of the day becomes "that morning"; a day the clause is about ("my surgery is tomorrow") becomes "that day".
 */
function withoutEchoedDay(text: string, day: string | null | undefined): string {
  const echo = day === 'today' || day === 'tomorrow' ? echoedDay[day] : null;
  if (!echo) return text;
  return text
    .replace(echo, (_all, before: string, space: string, possessive: string | undefined, part: string | undefined, comma: string) => {
      if (part) return `${before}${space}that${part}${comma}`;
      if (possessive) return `${before}${space}that day${possessive}${comma}`;
      if (dayAsComplement.test(before)) return `${before}${space}that day${comma}`;
      // "Tomorrow, my daughter's ..." loses its comma with the word; "closed tomorrow, and ..." keeps it.
      return before === '' ? '' : `${before}${comma}`;
    })
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}

/**
 * Clock times in a candidate's own words ("after 1 p.m.", "from 9am", "after 13:00") written as the variant writes
 * the interview's time: "1 PM" in American English, "1 pm" in British; noon (midday) and midnight in words. Only times
 * that cannot be read two ways: an hour with a.m. or p.m., or a 24-hour time with a leading zero or past 12.
 */
function houseTimes(us: boolean) {
  const say = (hour: number, minutes: string | undefined, pm: boolean): string => {
    if (hour === 12 && (!minutes || minutes === '00')) return pm ? (us ? 'noon' : 'midday') : 'midnight';
    const m = minutes && minutes !== '00' ? `:${minutes}` : '';
    const suffix = us ? (pm ? 'PM' : 'AM') : pm ? 'pm' : 'am';
    return `${hour}${m} ${suffix}`;
  };
  return (text: string): string =>
    text
      .replace(/\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([aApP])\.?\s?[mM]\b(?:\.(?!\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:Central|Eastern|Mountain|Pacific|Alaska|Hawaii|Atlantic|Arizona|UK|London|Greenwich|British|Irish|Dublin|[A-Z]{1,3}T|GMT|UTC|Chicago|New York|Denver|Los Angeles)\b)\p{Ll}*)\p{Lu}))?(?!\p{L})/gu, (_all, h: string, m: string | undefined, ap: string) =>
        say(Number(h), m, ap.toLowerCase() === 'p'),
      )
      .replace(/\b(0\d|1[3-9]|2[0-3]):([0-5]\d)\b(?![:.]?\d)(?!\s?[ap]\.?\s?m\b)/giu, (_all, h: string, m: string) => {
        const hour = Number(h);
        if (hour === 0) return say(12, m, false);
        return say(hour > 12 ? hour - 12 : hour, m, hour >= 12);
      });
}

const neverANameAtTheStart =
  /^(the|my|our|a|an|this|that|these|those|it|it's|its|there|there's|we|we're|we've|they|they're|he|she|his|her|their|some|most|all|both|each|every|no|not|none|one|family|personal|health|after|given|with|right|now|currently|recently|unfortunately|relocating|moving|caring|looking)$/i;

/**
 * An institution named by a common noun takes "the" after a preposition ("from the Cook County Public Defender's
 * Office", "with the University of Leeds", "from the City of Tacoma"); a brand name does not ("NHS Lothian", "Acme",
 * "Bank of America"). Decided from the last word, or from a public body's common noun before "of" at the start; any
 * other name is left as given. A British council goes without one ("an offer from Leeds City Council"); an American
 * one has it ("from the Chicago City Council").
 */
const publicBodyOf =
  /^(?:(?:Royal |London |Metropolitan )?Borough|City|County|State|Commonwealth|Town|Township|Village|District|Province|Government|Department|Ministry|Office|University|College|Port|Diocese) of\b/;
function employerInProse(us: boolean) {
  const lastWord = us ? /\b(?:Office|Department|Council|Court|Agency|Authority|Service)$/ : /\b(?:Office|Department|Court|Agency|Authority|Service)$/;
  return (name: string): string => {
    if (/^the\b/i.test(name)) return name;
    return lastWord.test(name) || publicBodyOf.test(name) ? `the ${name}` : name;
  };
}

/** The zones of the United Kingdom and its Crown dependencies: "UK time" to a Briton. */
const ukZones = new Set(['Europe/London', 'Europe/Belfast', 'Europe/Jersey', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'GB', 'GB-Eire']);
/** Zone cities an English reader knows by another name. */
const cityNames: Record<string, string> = { Kolkata: 'India', Calcutta: 'India', Kiev: 'Kyiv' };

/**
 * How each market says its own numbers. North America: the ten digits in the 3-3-4 groups everyone dictates, with
 * hyphens as written at home ("872-555-0193"), a leading long-distance "1" left out. The United Kingdom: the trunk
 * "0" back in front, in the groups the candidate wrote, else as Britons group them ("07700 900123", "020 7946 0958").
 */
const numberingPlans: Record<'en-US' | 'en-GB', NumberingPlan & { join: string }> = {
  'en-US': {
    callingCode: '1',
    trunk: '',
    join: '-',
    // A number that is no full ten digits after its "+1" keeps the groups written, without the code.
    group: (n, written) => {
      const ten = /^1?([2-9]\d{2}[2-9]\d{6})$/.exec(n)?.[1];
      if (ten) return cut(ten, [3, 3, 4]);
      return written.length > 0 && written.join('') === n ? [...written] : null;
    },
  },
  'en-GB': {
    callingCode: '44',
    trunk: '0',
    join: ' ',
    group: (n, written) => {
      if (!/^0[1-9]\d{8,9}$/.test(n)) return null;
      if (written.length > 1 && written.join('') === n && written.every((g) => g.length >= 3)) return [...written];
      if (/^02/.test(n)) return cut(n, [3, 4, 4]);
      if (/^01\d1|^011/.test(n)) return cut(n, [4, 3, n.length - 7]);
      return cut(n, [5, n.length - 5]);
    },
  },
};

/**
 * Digits as an English speaker dictates them, no more than four in a breath: a group of up to four as it is, a longer
 * one cut into near-equal groups, the longer ones last ("900417" as "900, 417"; "4145550193" as "414, 555, 0193").
 */
function breaths(group: string): string[] {
  if (group.length <= 4) return [group];
  const count = Math.ceil(group.length / 4);
  const base = Math.floor(group.length / count);
  const longer = group.length - base * count;
  return cut(group, Array.from({ length: count }, (_, i) => base + (i >= count - longer ? 1 : 0)))!;
}

/**
 * A number read slowly with its country code ("plus 4 4, 7 7 0 0, 9 0 0, 4 1 7"), as to a recruiter abroad: a British
 * or North American number in the groups its own speakers dictate, without the trunk "0"; any other in the groups
 * written. Either way no run is longer than four digits: "9 0 0 4 1 7" in one breath cannot be written down.
 */
function slowInternational(phone: string): string {
  const said = (groups: readonly string[]) => groups.flatMap(breaths).map((g) => g.split('').join(' ')).join(', ');
  if (/^\s*(?:\+|00)/.test(phone)) {
    for (const home of [numberingPlans['en-GB'], numberingPlans['en-US']]) {
      const groups = nationalGroups(phone, home);
      if (!groups) continue;
      const [first, ...rest] = groups;
      return `${sayPlus} ${said([home.callingCode, first!.slice(home.trunk.length), ...rest].filter(Boolean))}`;
    }
  }
  const plus = phone.trim().startsWith('+');
  return `${plus ? `${sayPlus} ` : ''}${said(phone.split(/\D+/).filter(Boolean))}`;
}

/**
 * A role as a caller says it: the written abbreviations of a title in words ("Sr. Data Engineer" is "Senior Data
 * Engineer"), which a voice would otherwise read as letters or as "sir".
 */
const writtenTitleWords: [RegExp, string][] = [
  [/\bSr\b\.?/g, 'Senior'],
  [/\bJr\b\.?/g, 'Junior'],
  [/\bMgr\b\.?/g, 'Manager'],
  [/\bAsst\b\.?/g, 'Assistant'],
  [/\bAssoc\b\.?/g, 'Associate'],
];
const spokenRole = (role: string) => writtenTitleWords.reduce((s, [pattern, said]) => s.replace(pattern, said), role);

/** Zones whose written abbreviation a caller says otherwise ("MST" in Arizona is "Arizona time"). */
const spokenZoneNames: Record<string, string> = { 'America/Phoenix': 'Arizona time', 'Pacific/Honolulu': 'Hawaii time' };

function makeEnglish(locale: 'en-US' | 'en-GB'): LanguageHelpers {
  const plan = numberingPlans[locale];
  const us = locale === 'en-US';
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const hour = new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
  const minute = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const weekStart = us ? 0 : 1;
  const title = { ms: us ? 'Ms.' : 'Ms', mr: us ? 'Mr.' : 'Mr', mx: us ? 'Mx.' : 'Mx', dr: us ? 'Dr.' : 'Dr' } as const;

  /**
   * English addresses a doctor or professor by that title whatever their gender ("Dr. Vogel", "Professor Vogel"),
   * else by the honorific given ("Ms. de la Cruz"; "Mx. von Trapp", since a platform stores Mx. only when told to);
   * other academic titles (Mag., DI, Lic.) are not used in English.
   */
  function address(person: PersonName, honorific: Honorific | null): Address {
    const academic = person.academicTitle ?? '';
    // An Arabic patronymic ("bin Rashid", "son of Rashid") is no surname: the title goes before the whole name,
    // "Dear Mr. Hamid bin Rashid".
    const patronymic = /^(?:bin|bint|binti|ibn)\s/i.test(person.family ?? '') && Boolean(person.given);
    const full = [person.given, person.family].filter(Boolean).join(' ') || person.full;
    const family = patronymic ? full : person.family;
    let titled: string | null = null;
    if (family) {
      if (/Prof/i.test(academic)) titled = `Professor ${family}`;
      else if (honorific === 'dr' || /^(Dr|Dra|Doctor)\b/i.test(academic)) titled = `${title.dr} ${family}`;
      else if (honorific === 'ms' || honorific === 'mr' || honorific === 'mx') titled = `${title[honorific]} ${family}`;
    }
    return { titled, titledOblique: titled, full };
  }

  /**
   * The zone as a native of each market names it in prose. Americans write their own zones' generic abbreviations
   * ("ET", "CT", "PT"); Britons "UK time" for their own and "CET" for the continent's; everyone else's is named by its
   * city ("Lisbon time", "Tokyo time"), never by an abbreviation few readers know ("WET"); without a zone, the offset.
   */
  function zoneLabel(clock: InterviewClock, spoken: boolean): string {
    const zone = clock.timeZone;
    if (!zone) return utcOffsetLabel(clock.offset);
    if (ukZones.has(zone)) return us ? 'London time' : 'UK time';
    // A script is read out as written, and no one says "em-tee": a voicemail says the zone's name ("Mountain Time").
    if (us) {
      const generic = zoneName('en-US', 'shortGeneric', zone, clock.atMs);
      if (generic && /^[A-Z]{2,4}$/.test(generic)) return spoken ? (spokenZoneNames[zone] ?? longGenericName(zone, clock.atMs) ?? generic) : generic;
    } else {
      const short = zoneName('en-GB', 'short', zone, clock.atMs);
      // Said, "Central European Summer Time" is a mouthful: a caller names the city, as for any other zone.
      if (short && /^CES?T$/.test(short) && !spoken) return short;
    }
    const city = /^(?!Etc\/)[A-Za-z]+\/(?:[A-Za-z_]+\/)?([A-Za-z_]+)$/.exec(zone)?.[1];
    if (city) return `${cityNames[city] ?? city.replace(/_/g, ' ')} time`;
    return utcOffsetLabel(clock.offset);
  }

  const longGenericFormats = memo((zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }), 64);
  const longGenericName = (zone: string, atMs: number) => longGenericFormats(zone).formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value ?? null;

  const wording = memo((key) => {
    const [iso, days] = key.split('|') as [string, string];
    const local = new Date(iso);
    const daysAhead = Number(days);
    let day: string;
    if (daysAhead === 0) day = 'today';
    else if (daysAhead === 1) day = 'tomorrow';
    else if (daysAhead === -1) day = 'yesterday';
    // Within a week ahead, the weekday is enough ("on Thursday"); further off, the date too. A past weekday of the
    // last six days is also one of the next six: alone ("meeting with me on Tuesday", sent on a Monday) it reads as
    // the coming one. In an earlier calendar week (from Sunday in America, Monday in Britain) it is "last Tuesday";
    // in this week, where "last Tuesday" could mean the week before, the date.
    else if (daysAhead > 1 && daysAhead < 7) day = `on ${weekday.format(local)}`;
    else if (daysAhead < -1 && daysAhead > -7 && (local.getUTCDay() - weekStart + 7) % 7 - daysAhead > 6) day = `last ${weekday.format(local)}`;
    else day = `on ${date.format(local)}`;
    // A person writes "3 pm", not "3:00 pm"; Intl's narrow no-break space becomes a plain one (SMS is GSM-7). "12 PM"
    // is read two ways, so the hour on its own is said in words: noon (midday in Britain) and midnight.
    let time = (local.getUTCMinutes() === 0 ? hour : minute).format(local).replace(/\s/g, ' ');
    if (!us) time = time.replace(/ (AM|PM)$/i, (_, m: string) => ` ${m.toLowerCase()}`);
    if (local.getUTCMinutes() === 0 && local.getUTCHours() === 12) time = us ? 'noon' : 'midday';
    if (local.getUTCMinutes() === 0 && local.getUTCHours() === 0) time = 'midnight';
    // American style sets a full date off with commas: "on Tuesday, December 15, at 10:30 AM".
    const dated = /\d/.test(day);
    return { day, time, dated };
  });

  return {
    locale,
    withArticle,
    possessive: (name) => (/['’]s$/i.test(name) ? name : `${name}'s`),
    list: (items) => listFormat.format(items),
    address,
    givenName: (name) => parsePersonName({ name }).first,
    titledName(honorific: Honorific | undefined, name: string) {
      const person = parsePersonName({ name });
      return address(person, honorific ?? person.writtenHonorific).titled;
    },
    dayparts: { afternoon: 12, evening: 18 },
    formatWords: { phone: 'phone', video: 'video', onsite: 'in-person' },
    everydayCompany,
    newEmployerInProse: employerInProse(us),
    roleWithSpecialty,
    textName,
    becauseClause: becauseClause(us),
    houseTimes: houseTimes(us),
    interviewWords(clock: InterviewClock, spoken = false): InterviewWords {
      const { day, time: bare, dated } = wording(`${clock.local.toISOString()}|${clock.daysAhead}`);
      const time = clock.nameZone ? `${bare} ${zoneLabel(clock, spoken)}` : bare;
      return { day, time, when: `${day}${us && dated ? ',' : ''} at ${time}` };
    },
    // The market's own numbers in national form, digit by digit in their groups ("8 7 2, 5 5 5, 0 1 9 3"); any other
    // number after "plus", in the groups written. A Briton reads a written group of six as two threes, with a pause
    // between ("0 7 7 0 0, 9 0 0, 4 3 1"), as no one holds six digits in one breath.
    plusWord: sayPlus,
    slowNumber(phone) {
      const groups = nationalGroups(phone, plan);
      if (!groups) return slowInternational(phone);
      const said = us ? groups : groups.flatMap((g) => (g.length === 6 ? [g.slice(0, 3), g.slice(3)] : [g]));
      return said.map((g) => g.split('').join(' ')).join(', ');
    },
    slowAbroad: slowInternational,
    spokenRole,
    spokenNumber(phone) {
      const groups = nationalGroups(phone, plan);
      if (!groups) return phone;
      // North American numbers are written with hyphens ("872-555-0193"); one that starts with 0 is none of them.
      return groups.join(us && !groups[0]!.startsWith('0') ? plan.join : ' ');
    },
    callingCode: plan.callingCode,
    speakingSeconds(text) {
      // 150 words a minute: a calm pace for a message someone must follow and note a number from.
      return Math.ceil((spokenWords(text) / 150) * 60);
    },
  };
}

/**
 * A specialty as an English job title writes it, after a comma ("Litigation Paralegal, eDiscovery", "Medical
 * Assistant, Orthopedics"), or in brackets where the role has a comma already; a voicemail or a text says the role
 * alone ("my Medical Assistant interview"), as a caller would.
 */
function roleWithSpecialty(role: string, specialty: string, brief: boolean): string {
  if (brief) return role;
  return role.includes(',') ? `${role} (${specialty})` : `${role}, ${specialty}`;
}

/**
 * The name a text or a voicemail introduces the candidate by: the name they go by, with the surname, when they gave
 * one ("Kate McNamara-Ruiz here", as the email signs "Kate"), else the full name. A preferred name that still makes a
 * text UCS-2 where the full name would not gives way to the full name.
 */
function textName(person: PersonName): string {
  if (!person.preferred || !person.family) return person.full;
  const short = person.preferred.includes(person.family) ? person.preferred : `${person.preferred} ${person.family}`;
  const gsm = (s: string) => smsEncoding(toGsmPunctuation(s)).encoding === 'GSM-7';
  return gsm(short) || !gsm(person.full) ? short : person.full;
}

export const enUS = makeEnglish('en-US');
export const enGB = makeEnglish('en-GB');
