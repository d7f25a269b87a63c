// French, in four regional variants: fr-FR, fr-BE and fr-CH share one spelling, fr-CA has its own words through
// templates/fr/dialects.yaml; each variant brings its own times, time-zone names and interview formats here.
import type { ReasonCode } from '../catalogue.js';
import { parsePersonName, type PersonName } from '../facts/person-name.js';
import { cut, everydayCompany, nationalGroups, slowDigits, slowGroups, type Address, type NumberingPlan, type Honorific, type InterviewWords, type LanguageHelpers } from './helpers.js';
import { memo, utcOffsetLabel, zoneName, type InterviewClock } from './time.js';

/** The word a voice says for a country code's "+": in `plusWord` and in a number read slowly. */
const sayPlus = 'plus';

export type FrenchTag = 'fr-FR' | 'fr-BE' | 'fr-CH' | 'fr-CA';

/** Vowels, with the accents French writes; a word starting with one takes "d'" and "l'". */
const vowelStart = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/**
 * Names that open on an "h" French does not elide before: brands said as in their own language ("de Honda", "de
 * Huawei") and the few French words with an aspirated h. Any other "h" is mute, as in "d'Hydrolienne".
 */
const aspiratedH = /^(honda|hyundai|huawei|heineken|haribo|hachette|hasbro|havas|hertz|hewlett|hitachi|harley|hugo|hermès|hermes|hp|hsbc|hec|halles|hauts?|haute|hameau|hangar|hall|harmonie mutuelle|head|hiring|human|help|hub|hunter|hardware|happiness|high|home|host|house|hr)\b/iu;

/** Whether "de" and "le" elide before a word: a vowel, or a mute "h" followed by a vowel ("d'Hydrolienne"). */
function elides(word: string): boolean {
  if (vowelStart.test(word)) return true;
  return /^h[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(word) && !aspiratedH.test(word);
}

/** "de" before a name, elided before a vowel or a mute h ("d'Ingénieur R&D", "d'Acme", "de Data Analyst"). */
function de(name: string): string {
  return elides(name) ? `d'${name}` : `de ${name}`;
}

/**
 * A French job title is a common noun, in lower case in running text ("le poste de responsable conformité", "d'analyste
 * principale, intelligence d'affaires"), as the OQLF and the Swiss and French typographers write it; an acronym ("UX
 * Designer", "responsable RH") keeps its capitals, and a title whose other words are capitalised too ("Business Analyst
 * Senior", "Head of Finance") is written as a name and kept as typed.
 */
function runningTitle(role: string): string {
  // An ad's comma sets a specialty apart ("Analyste principale, Conformité"): each part is a common noun of its own,
  // lowered where it reads as one, and the title is kept as typed if any part reads as a name.
  const parts = role.split(/(,\s+)/u);
  const lowered = parts.map((part, i) => (i % 2 === 1 ? part : lowerCommonNoun(part)));
  return lowered.some((part) => part === null) ? role : lowered.join('');
}
function lowerCommonNoun(part: string): string | null {
  const [first, ...rest] = part.split(/\s+/u);
  if (!first) return null;
  // A title in title case ("Business Analyst Senior", "Product Owner") is written as a name. A capital further on is a
  // proper noun or the ad's department inside a French title ("Cheffe de projet senior Affaires réglementaires",
  // "Directrice des affaires réglementaires Europe"): the title itself is still a common noun, and "le poste de Cheffe
  // de projet …" failed readers in Geneva and Paris.
  if (rest[0] !== undefined && /^\p{Lu}\p{Ll}/u.test(rest[0])) return null;
  // An English title is a name in French prose and keeps its case: "Head of FP&A", lowered, read as a typo to
  // readers in Geneva.
  if (englishTitle.test(first) || rest.some((w) => englishLink.test(w))) return null;
  return /^\p{Lu}\p{Ll}/u.test(first) ? first.charAt(0).toLocaleLowerCase('fr') + part.slice(1) : part;
}

/** First words of English titles that French never writes as its own: "Head of FP&A", "Lead Developer", "Key Account". */
const englishTitle = /^(?:head|lead|chief|vice|deputy|managing|key)$/iu;
/** English words that bind a title ("of", "and", "for"): no French title has them. */
const englishLink = /^(?:of|and|for|the|with)$/iu;

/**
 * The first word of an employer that is a common noun, with its gender or number: a town hall, a law firm, a bank
 * or a university is "la Mairie de Lyon", "le Cabinet Lefèvre", and French says "à la Mairie de Lyon", "au Cabinet
 * Lefèvre", "de l'Université de Nantes", where a brand stays bare ("chez Hydrolienne", "d'Hydrolienne"). A name
 * whose first word is not listed is taken for a brand: the helper abstains rather than guess an article.
 */
const commonNouns: Record<string, 'f' | 'm' | 'pl'> = {};
for (const w of 'mairie ville banque caisse société université fondation association région compagnie clinique polyclinique agence direction chambre communauté métropole préfecture fédération mutuelle maison école entreprise manufacture coopérative commune collectivité académie assurance assurances-vie imprimerie librairie pharmacie fromagerie brasserie fonderie verrerie menuiserie boulangerie biscuiterie distillerie raffinerie cave cité assemblée administration autorité agglomération caisse-d\'épargne délégation organisation union confédération ligue résidence maternité crèche école-supérieure haute-école institution régie sncf-réseau sncf ratp horlogerie pêcherie poissonnerie charcuterie quincaillerie papeterie parfumerie tannerie laiterie scierie tuilerie briqueterie cidrerie chocolaterie confiserie torréfaction blanchisserie teinturerie miroiterie ferronnerie serrurerie sellerie maroquinerie orfèvrerie bijouterie joaillerie droguerie épicerie industrie clinique-vétérinaire fiduciaire gérance fabrique régie-immobilière'.split(' ')) commonNouns[w] = 'f';
for (const w of 'cabinet groupe centre conseil département laboratoire institut hôpital hospice office mouvement crédit musée théâtre atelier studio syndicat ministère collège lycée service comité établissement bureau réseau domaine château garage hôtel restaurant club consortium conservatoire observatoire parc port aéroport tribunal greffe centre-hospitalier chu chru ehpad cpas spf chr chuv cisss ciusss cégep cegep'.split(' ')) commonNouns[w] = 'm';
for (const w of 'laboratoires éditions ateliers établissements transports hôpitaux hospices chantiers magasins salins moulins vignobles services aliments produits entrepôts'.split(' ')) commonNouns[w] = 'pl';

/** A common-noun employer with its article ("la Mairie de Lyon", "l'Université de Nantes"), or null for a brand. */
function withDefiniteArticle(name: string): { article: 'la' | 'le' | "l'" | 'les'; rest: string } | null {
  const first = /^[\p{L}'’-]+/u.exec(name)?.[0]?.toLowerCase().replace(/’/g, "'");
  if (!first) return null;
  // "CHU de Nantes", "EHPAD Les Tilleuls": acronyms said as words or letters keep "le" ("au CHU").
  // The plural of a listed noun is plural: "aux Boulangeries Paul", "des Pharmacies Lafayette", "aux Hôtels Barrière".
  const singular = /[sx]$/u.test(first) ? first.slice(0, -1) : null;
  const gender = commonNouns[first] ?? (singular && commonNouns[singular] ? 'pl' : undefined);
  if (!gender) return null;
  if (gender === 'pl') return { article: 'les', rest: name };
  if (elides(name) && !/^(chu|chru|ehpad|chuv)$/u.test(first)) return { article: "l'", rest: name };
  return { article: gender === 'f' ? 'la' : 'le', rest: name };
}

/**
 * A company after "de": a common noun takes its article ("de la Mairie de Lyon", "du Cabinet Lefèvre", "des
 * Laboratoires Servier"), an article at its start contracts with it ("Le Monde" is "du Monde", "Les Échos" "des
 * Échos"); "La" and "L'" do not ("de La Poste", "de L'Oréal").
 */
function possessive(name: string): string {
  const article = /^(Le|Les)\s+(.+)$/.exec(name);
  if (article) return `${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`;
  const noun = withDefiniteArticle(name);
  if (noun) return { la: `de la ${noun.rest}`, le: `du ${noun.rest}`, "l'": `de l'${noun.rest}`, les: `des ${noun.rest}` }[noun.article];
  return de(name);
}

/** English words a company name joins with "&": spoken, "Risk & Benefits" is "Risk and Benefits", not "Risk et Benefits". */
const englishNameWords = new Set(
  'risk benefits partners partner consulting services solutions management capital advisors advisory associates company co sons brothers holdings investments insurance technologies technology systems research development marketing media design health care trust finance logistics energy engineering software data digital legal tax audit strategy global ventures labs people talent recruitment search executive wealth asset assets markets communications public relations brands foods goods retail supply property real estate securities fund funds life general mutual young ernst johnson procter gamble marks spencer black decker'.split(' '),
);

/**
 * "&" as said aloud: "et" in a French name ("Brossard et Lefèvre"), "and" where a word beside it is English ("Vanbreda
 * Risk and Benefits"); elsewhere "et", as before.
 */
function spokenAmpersand(name: string): string {
  return name.replace(/([\p{L}.]+)\s+&\s+([\p{L}]+)/gu, (_, before: string, after: string) => {
    const english = englishNameWords.has(before.toLowerCase().replace(/\.$/u, '')) || englishNameWords.has(after.toLowerCase());
    return `${before} ${english ? 'and' : 'et'} ${after}`;
  }).replace(/\s*&\s*/g, ' et ');
}

/**
 * The forms of an employer's name the templates ask for ({{companyWith.chez}} ...): "chez Hydrolienne" for a brand,
 * "à la Mairie de Lyon", "au Cabinet Lefèvre", "à l'Université de Nantes", "aux Laboratoires Servier" for a common
 * noun; a name opening on "Le" or "Les" contracts ("au Monde", "aux Échos"). `bare` is the name where a verb or
 * another preposition takes it ("pour la Mairie de Lyon", "car la Mairie de Lyon reste ..."), `Bare` the same at
 * the start of a sentence, `a` the name after "à" ("j'ai dit oui à la Mairie de Lyon"), `de` the name after "de", `plural`
 * set when the name is plural, so that a verb agrees ("les Laboratoires Vernier restent"). Spoken, "&" is said "et".
 */
function companyWith(written: string, spoken = false): Record<string, string> {
  const name = spoken ? spokenAmpersand(written) : written;
  const noun = withDefiniteArticle(name);
  const lead = /^(Le|Les)\s+(.+)$/.exec(name);
  let chez: string;
  let to: string;
  let bare: string;
  if (noun) {
    chez = to = { la: `à la ${noun.rest}`, le: `au ${noun.rest}`, "l'": `à l'${noun.rest}`, les: `aux ${noun.rest}` }[noun.article];
    bare = noun.article === "l'" ? `l'${noun.rest}` : `${noun.article} ${noun.rest}`;
  } else if (lead) {
    chez = to = `${lead[1] === 'Le' ? 'au' : 'aux'} ${lead[2]}`;
    bare = name;
  } else {
    chez = `chez ${name}`;
    to = `à ${name}`;
    bare = name;
  }
  const plural = noun?.article === 'les' || lead?.[1] === 'Les' ? 'plural' : '';
  return { chez, a: to, bare, Bare: bare.charAt(0).toUpperCase() + bare.slice(1), de: possessive(name), plural };
}

/**
 * How a letter, a text and a call address someone, decided whole. Only `ms` and `mr` give a gender; an academic title
 * ("Dr", "Dre", "Prof. Dr") comes in `academicTitle`. "Maître Le Roy" for an avocat or a notaire ("Me" or "Maître").
 * With `ms` or `mr` and a professor's title, France, Belgium and Switzerland write "Madame la Professeure", "Monsieur
 * le Professeur", and Quebec "Professeure Martin"; with a doctor's title Quebec writes "Docteure St-Onge", "Docteur
 * Ouellet" (France, Belgium and Switzerland give a doctor no title in an address: "Madame Duval"). Otherwise "Madame
 * Martin", "Monsieur Le Gall". `dr` says a doctorate but no gender, so neither "Docteur" nor "Docteure" is guessed:
 * `dr`, `mx` and no honorific take the given and family name ("Bonjour Nathalie St-Onge,"), in every channel.
 */
function address(person: PersonName, honorific: Honorific | null, canadian = false): Address {
  const family = person.family;
  // Without a given name there is nothing to greet by but the name as written ('Dr Lefèvre').
  const full = person.given ? [person.given, family].filter(Boolean).join(' ') : person.full;
  const title = person.academicTitle?.trim() ?? '';
  // An avocat or a notaire is "Maître", man or woman: "Cher Maître,", "Bonjour Maître Le Roy,", never a first name.
  if (/^(Me|Me\.|Maître|Maitre)$/iu.test(title)) {
    const maitre = family ? `Maître ${family}` : 'Maître';
    return { titled: maitre, titledOblique: maitre, full: maitre, byTitle: true };
  }
  // "dr" gives no gender: Quebec, Belgium and Switzerland write "Docteure" to a woman, and readers failed "Docteur
  // St-Onge" to one; the greeting takes the neutral full name. Without a given name, the name stays as written.
  if (honorific !== 'ms' && honorific !== 'mr') return { titled: null, titledOblique: null, full };
  const woman = honorific === 'ms';
  if (/^(Pr|Prof|Professeure?)\b/iu.test(title)) {
    // A professor is addressed by the title: "Madame la Professeure," in Paris or Brussels, "Professeure Martin" in Quebec.
    const professor = canadian ? (family ? `${woman ? 'Professeure' : 'Professeur'} ${family}` : null) : woman ? 'Madame la Professeure' : 'Monsieur le Professeur';
    if (professor) return { titled: professor, titledOblique: professor, full };
  }
  if (canadian && family && /^(Dr|Dre|Docteure?)\.?$/iu.test(title)) {
    const doctor = `${woman ? 'Docteure' : 'Docteur'} ${family}`;
    return { titled: doctor, titledOblique: doctor, full };
  }
  const titled = family ? `${woman ? 'Madame' : 'Monsieur'} ${family}` : null;
  return { titled, titledOblique: titled, full };
}

/**
 * A candidate's own reason as it follows the decision, after a comma the templates write: "car mon conjoint
 * commence un nouveau poste à Lisbonne". "car" joins a main clause, so whatever the candidate typed keeps its own
 * word order and mood ("parce que" would need elision before a vowel, and "puisque" presents the reason as known to
 * the reader). A reason typed with its own connector keeps it ("en raison de ...", "pour des raisons ..."); a typed
 * "parce que", "car" or "comme" is not doubled. The first letter is lowered only for words that are never a name
 * ("Mon conjoint", not "Lyon").
 */
function becauseClause(detail: string, _day?: string | null, code?: ReasonCode | null): string {
  let body = detail.trim().replace(/[.!;,\s]+$/u, '');
  const connector = /^(en raison d|à cause d|a cause d|pour des raisons|pour une raison|compte tenu d|du fait d|suite à|étant donné|vu |faute d|afin d|pour )/iu.exec(body);
  if (!connector) body = body.replace(/^(parce que|parce qu['’]|car|comme|puisque|puisqu['’])\s*/iu, '');
  const first = /^[\p{L}]+['’]?/u.exec(body)?.[0] ?? '';
  if (connector || neverANameAtTheStart.test(first)) body = body.charAt(0).toLowerCase() + body.slice(1);
  if (connector) return body;
  // Another offer described by a noun phrase ("un poste de gérant senior à Lausanne") is the offer, not its cause:
  // "j'ai accepté une offre de la BCV, pour un poste de gérant senior à Lausanne" ("en raison d'un poste …" gave a
  // false cause). An offer named as such ("une offre plus proche de chez moi") stands beside the one it names.
  if (code === 'another-offer' && isNounPhrase(body)) {
    // "un poste de gérant senior" says what the candidate will be: "j'ai accepté un poste à la BCV, comme gérant senior".
    const post = /^(?:un|une) (?:poste|emploi|rôle|place|fonction) (?:de |d['’])(?!(?:le|la|les|l['’]|un|une|des|mon|ma)\s)(.+)$/iu.exec(body);
    if (post) return `comme ${post[1]}`;
    return /^(?:une |cette |l['’])(?:offre|proposition)(?![\p{L}])/iu.test(body) ? body : `pour ${body}`;
  }
  // A reason typed as a noun phrase ("une intervention chirurgicale prévue le 9 décembre") has no verb for "car" to
  // join: it takes "en raison de", contracted with its article ("en raison du", "en raison d'une").
  if (isNounPhrase(body)) return `en raison ${withDe(body)}`;
  return `car ${body}`;
}
const determiner = /^(?:l['’]|(?:le|la|les|un|une|des|du|mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|ce|cet|cette|ces)(?![\p{L}]))/iu;
// A finite verb, a negation or an object pronoun before any relative pronoun marks a clause: "mon conjoint commence
// ...", "l'horaire n'est pas compatible ...", "mon état de santé m'oblige ...", "l'équipe y travaille ..." (read as a
// noun phrase, it gave "pour l'équipe y travaille …"); "une intervention qui ..." stays a noun.
const clauseMarker =
  /(?<![\p{L}'’])(?:[nmsj]['’]|(?:est|sont|était|étaient|sera|seront|serait|a|ont|avait|avaient|aura|va|vont|doit|doivent|peut|peuvent|fait|font|ne|me|se|nous|vous|y|il|elle|ils|elles|on|je|commence|commencent|demande|demandent|exige|exigent|impose|imposent|nécessite|nécessitent|oblige|obligent|empêche|empêchent|reste|restent|devient|deviennent|tombe|tombent|change|changent|déménage|déménagent)(?![\p{L}]))/iu;
// A verb in the conditional, the imperfect or the future marks a clause too, whatever the verb ("le trajet dépasserait
// une heure", "les trajets seraient trop longs": Montréal and Geneva failed "en raison du trajet … dépasserait").
const verbEnding = /(?<![\p{L}])(?!(?:portrait|retrait|attrait|trait|extrait|abstrait|front|affront)(?![\p{L}]))\p{L}{2,}(?:rait|raient|aient|ront)(?![\p{L}])/iu;
// Verbs of the present a reason is often typed with.
const presentVerb =
  /(?<![\p{L}'’])(?:dépasse|dépassent|semble|semblent|paraît|coûte|coûtent|prend|prennent|implique|impliquent|requiert|correspond|correspondent|permet|permettent|convient|conviennent|représente|représentent|situe|situent|prévoit|prévoient|inclut|incluent|comprend|comprennent|travaille|travaillent|comporte|comportent|entraîne|entraînent|dépend|dépendent|varie|varient|diffère|diffèrent|termine|terminent|finit|finissent|rend|rendent|laisse|laissent|suppose|supposent|ajoute|ajoutent|limite|limitent|oblige|obligent)(?![\p{L}])/iu;
// A verb of the third group in "-oit" ("l'horaire prévoit", "le poste reçoit") or of the imperfect in "-ait" ("le trajet
// prenait deux heures"): Montréal failed "en raison de l'horaire prévoit une fin de semaine sur deux". Nouns with those
// endings are kept apart.
const thirdPersonEnding =
  /(?<![\p{L}'’])(?!(?:droit|endroit|adroit|étroit|toit|exploit|détroit|portrait|retrait|attrait|trait|extrait|abstrait|lait|souhait|forfait|bienfait|méfait|parfait|imparfait|distrait|minerai|balai|essai|délai|relais|biais|marais|palais|mais|jamais|désormais|frais)(?![\p{L}]))\p{L}{2,}(?:oit|oient|ait)(?![\p{L}])/iu;
function isNounPhrase(body: string): boolean {
  if (!determiner.test(body)) return false;
  const head = body.split(/(?<![\p{L}])(?:qui|que|qu['’]|dont|où)(?![\p{L}])/iu)[0] ?? body;
  return !clauseMarker.test(head) && !verbEnding.test(head) && !presentVerb.test(head) && !thirdPersonEnding.test(head);
}

/**
 * Whether a candidate's reason is a clause, with a finite verb of its own ("l'horaire prévoit une fin de semaine sur
 * deux", "je déménage à Lyon"), which only "car" can join, or a noun phrase ("une grosse grippe"), which follows "en
 * raison de". A reason typed with its own connector ("en raison de …", "pour des raisons …") is neither.
 */
export function isClause(detail: string): boolean {
  const body = detail.trim().replace(/[.!;,\s]+$/u, '').replace(/^(parce que|parce qu['’]|car|comme|puisque|puisqu['’])\s*/iu, '');
  if (/^(en raison d|à cause d|a cause d|pour des raisons|pour une raison|compte tenu d|du fait d|suite à|étant donné|vu |faute d|afin d|pour )/iu.test(body)) return false;
  return body !== '' && !isNounPhrase(body);
}
/** "de" before a noun phrase, contracted as French writes it: "du", "des", "de l'", "d'une", "de mon". */
function withDe(phrase: string): string {
  const m = /^(le|les)\s+/iu.exec(phrase);
  if (m) return `${m[1]!.toLowerCase() === 'le' ? 'du' : 'des'} ${phrase.slice(m[0].length)}`;
  const partitive = /^(du|des)\s+/iu.exec(phrase);
  if (partitive) return `de ${phrase.slice(partitive[0].length)}`;
  return /^[aeiouyhàâäéèêëîïôöùûü]/iu.test(phrase) ? `d'${phrase}` : `de ${phrase}`;
}
const neverANameAtTheStart =
  /^(le|la|les|l['’]|un|une|des|du|de|d['’]|mon|ma|mes|notre|nos|ce|cet|cette|ces|c['’]|ça|cela|il|ils|elle|elles|on|je|j['’]|nous|tout|toute|tous|toutes|aucun|aucune|plusieurs|certains|certaines|en|y|ayant|étant|après|depuis|actuellement|désormais|malheureusement|finalement|personnellement|leur|leurs|son|sa|ses|famille|santé|déménagement|raisons|motifs)$/iu;

/**
 * A day or a time after "de", as French contracts it: "notre entretien de jeudi à 9 h", "d'aujourd'hui", "du lundi 14
 * décembre". A sentence that carries a reason names the interview so, not "prévu jeudi": the candidate's own words
 * often plan something too ("le déménagement à Lausanne prévu en janvier"), and readers in Geneva failed the echo.
 */
function afterDe(when: string): string {
  if (when.startsWith('le ')) return `du ${when.slice(3)}`;
  return elides(when) ? `d'${when}` : `de ${when}`;
}

/** French names for the cities of the IANA zones a platform is likeliest to send, where they differ from English. */
const cityNames: Record<string, string> = {
  London: 'Londres',
  Brussels: 'Bruxelles',
  Vienna: 'Vienne',
  Lisbon: 'Lisbonne',
  Warsaw: 'Varsovie',
  Moscow: 'Moscou',
  Athens: 'Athènes',
  Copenhagen: 'Copenhague',
  Bucharest: 'Bucarest',
  Mexico_City: 'Mexico',
  Sao_Paulo: 'São Paulo',
  Singapore: 'Singapour',
  Algiers: 'Alger',
  Montreal: 'Montréal',
  Kolkata: 'Calcutta',
  Calcutta: 'Calcutta',
  Kyiv: 'Kyiv',
  Kiev: 'Kyiv',
  Beirut: 'Beyrouth',
  Jerusalem: 'Jérusalem',
  Havana: 'La Havane',
  Cairo: 'Le Caire',
  // France's overseas departments and territories are named by the place, with its article and its accents, not by
  // the IANA city: "heure de La Réunion", "heure de la Martinique", "heure des Marquises".
  Reunion: 'La Réunion',
  Martinique: 'la Martinique',
  Guadeloupe: 'la Guadeloupe',
  Cayenne: 'la Guyane',
  Mayotte: 'Mayotte',
  Miquelon: 'Saint-Pierre-et-Miquelon',
  Noumea: 'la Nouvelle-Calédonie',
  Tahiti: 'Tahiti',
  Marquesas: 'les Marquises',
  Wallis: 'Wallis-et-Futuna',
};

/** "heure de New York", "heure d'Amsterdam", "heure du Caire": the zone named by its city, as French writes it. */
function cityHour(zone: string): string | null {
  if (!zone.includes('/') || zone.startsWith('Etc/')) return null;
  const raw = zone.slice(zone.lastIndexOf('/') + 1);
  const city = cityNames[raw] ?? raw.replace(/_/g, ' ');
  if (city.startsWith('Le ')) return `heure du ${city.slice(3)}`;
  if (city.startsWith('les ')) return `heure des ${city.slice(4)}`;
  return `heure ${de(city)}`;
}

/** Weekday and month names in the variant's locale ("mardi", "décembre"), formatted once per zone-free Date. */
function dayFormats(locale: string) {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return {
    weekday: (d: Date) => weekday.format(d),
    // French writes the first of the month as an ordinal: "le mardi 1er décembre"; Intl writes "1".
    date: (d: Date) => `le ${weekday.format(d)} ${d.getUTCDate() === 1 ? '1er' : d.getUTCDate()} ${month.format(d)}`,
  };
}

/** "15 h", "9 h 30", "midi", "minuit": as French writes a time in running text, with plain spaces (SMS is GSM-7). */
function clockTime(d: Date): string {
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  if (m === 0 && h === 12) return 'midi';
  if (m === 0 && h === 0) return 'minuit';
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/**
 * Each market's own numbers as its speakers dictate them. France: five pairs ("06 12 34 56 78"). Belgium: a mobile
 * "0470 12 34 56", Brussels, Antwerp, Liège and Ghent "02 123 45 67", other zones "071 12 34 56". Switzerland:
 * "079 123 45 67". Canada and the United States: "514 555 0123", never the "1" before it, read digit by digit.
 */
const numberingPlans: Record<FrenchTag, NumberingPlan> = {
  'fr-FR': { callingCode: '33', trunk: '0', group: (n) => cut(n, [2, 2, 2, 2, 2]) },
  'fr-BE': {
    callingCode: '32',
    trunk: '0',
    group: (n) => (n.length === 10 ? cut(n, [4, 2, 2, 2]) : /^0[2349]/.test(n) ? cut(n, [2, 3, 2, 2]) : cut(n, [3, 2, 2, 2])),
  },
  'fr-CH': { callingCode: '41', trunk: '0', group: (n) => cut(n, [3, 3, 2, 2]) },
  // North American numbers have no trunk prefix, and no area code starts with 0 or 1 (a French "06 ..." is not one).
  'fr-CA': {
    callingCode: '1',
    trunk: '',
    group: (n) => {
      const ten = n.length === 11 && n.startsWith('1') ? n.slice(1) : n;
      return /^[2-9]\d{9}$/.test(ten) ? cut(ten, [3, 3, 4]) : null;
    },
  },
};

/**
 * France's overseas departments and Saint-Pierre-et-Miquelon dial in the national plan: "+262 692 45 18 07" (La
 * Réunion) is "06 92 45 18 07" to anyone in France, said in pairs like any French number. Guadeloupe +590, Guyane
 * +594, Martinique +596, La Réunion and Mayotte +262, Mayotte's former +269 only with its own prefixes (0269, 0639:
 * the same code is the Comoros'), Saint-Pierre-et-Miquelon +508 ("05 08 41 12 34"). Other markets dial them abroad.
 */
function overseasAsNational(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D+/g, '');
  const international = trimmed.startsWith('+') ? digits : trimmed.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return phone;
  const code = international.slice(0, 3);
  const rest = international.slice(3).replace(/^0/, '');
  if (/^(262|590|594|596)$/.test(code) && rest.length === 9) return `0${rest}`;
  if (code === '269' && rest.length === 9 && /^(269|639)/.test(rest)) return `0${rest}`;
  if (code === '508' && rest.length === 6) return `0508${rest}`;
  return phone;
}

/** The syllables of a number from 0 to 99 as France says it ("soixante-dix-huit": five); Belgium and Switzerland say fewer. */
function numberSyllables(n: number): number {
  const units = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1];
  if (n <= 16) return units[n]!;
  if (n < 20) return 1 + units[n - 10]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const tenWords = [0, 0, 1, 1, 2, 2, 2, 2, 2, 2];
  if (tens === 7 || tens === 9) return tenWords[tens]! + numberSyllables(10 + unit) + (n === 71 ? 1 : 0);
  return tenWords[tens]! + (unit === 0 ? 0 : unit === 1 && tens !== 8 ? 2 : units[unit]!);
}

/**
 * Syllables of French as it is spoken: each group of written vowels is one, a final mute "e" or "es" is none
 * ("offre", "poste": one; "remercie": three), a digit said on its own is one, and a word without a vowel ("h")
 * is read as one.
 */
export function frenchSyllables(text: string): number {
  let count = 0;
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    for (const part of raw.split(/['’-]/)) {
      if (!part) continue;
      if (/^\d+$/.test(part)) {
        // One or two digits are said as a number ("78": "soixante-dix-huit"), a leading zero on its own ("06": "zéro
        // six"); a longer group digit by digit, "zéro" having two syllables.
        if (part.length <= 2) count += part.length === 2 && part.startsWith('0') ? 2 + numberSyllables(Number(part[1])) : numberSyllables(Number(part));
        else count += part.length + (part.match(/0/g)?.length ?? 0);
        continue;
      }
      const groups = part.match(/[aeiouyàâäéèêëîïôöùûüœæ]+/g)?.length ?? 0;
      const mute = groups > 1 && /[^aeiouyàâäéèêëîïôöùûüœæ]es?$/.test(part) ? 1 : 0;
      count += Math.max(1, groups - mute);
    }
  }
  return count;
}

/**
 * 4.2 syllables a second. Pellegrino, Coupé & Marsico (2011), "A cross-language perspective on speech information
 * rate", Language 87(3), measured read speech at 6.19 syllables a second in English and 7.18 in French. The English
 * voicemails are timed at 150 words a minute; their scripts average 1.45 syllables a word (measured over the en-US
 * matrix), so that calm pace is 3.63 syllables a second, 0.586 of the English reading rate. The same fraction of
 * the French rate is 0.586 x 7.18 = 4.21.
 */
const syllablesPerSecond = 4.2;

function makeFrench(tag: FrenchTag): LanguageHelpers {
  const canadian = tag === 'fr-CA';
  const listFormat = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const days = dayFormats(tag);
  const plan = numberingPlans[tag];

  /**
   * Quebec names North American zones as its readers know them ("heure de l'Est", "heure du Pacifique"); elsewhere,
   * and for other zones, French names a zone by its city ("heure de New York"), which stays true through daylight
   * saving time. An offset is the last resort ("UTC+9"). Since British Columbia, Alberta and Manitoba stopped changing
   * their clocks (2026), "heure du Pacifique" is two different clocks in winter, and CLDR adds a place to the name
   * ("heure du Pacifique (États-Unis)"): the city is then the clearer name, and keeps brackets out of brackets.
   */
  const quebecGenericNames = memo((zone) => new Intl.DateTimeFormat('fr-CA', { timeZone: zone, timeZoneName: 'longGeneric' }), 64);
  function zoneLabel(clock: InterviewClock): string {
    if (!clock.timeZone) return utcOffsetLabel(clock.offset);
    // Switzerland has one clock, which no one in Romandy names after Zurich: "heure de Genève".
    if (tag === 'fr-CH' && clock.timeZone === 'Europe/Zurich') return 'heure de Genève';
    if (canadian && /^[A-Z]{2,4}$/.test(zoneName('fr-CA', 'short', clock.timeZone, clock.atMs) ?? '')) {
      const generic = quebecGenericNames(clock.timeZone)
        .formatToParts(clock.atMs)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (generic && /^heure (de l|du |des )[^(]*$/.test(generic)) return generic.replace(/’/g, "'");
    }
    return cityHour(clock.timeZone) ?? utcOffsetLabel(clock.offset);
  }

  // A number of another country, said slowly: in the groups written, each said as a number ("plus 32, 475, 12, 34,
  // 56", "plus 41, 79, 412, 58, 33"), the same in every scenario whether or not the interview's zone is known. A
  // calling code of three digits, a group of four, or one of three that starts with 0, is no number a French speaker
  // says ("plus 1, 438, 555, 0199" came out "zéro cent quatre-vingt-dix-neuf", and a reader in Geneva failed it):
  // such a number is read digit by digit.
  const slowForeign = (phone: string) =>
    /^\s*(?:\+|00)\d{3}(?!\d)|(?:^|\D)(?:\d{4,}|0\d{2})(?!\d)/u.test(phone.replace(/^\s*(\+|00)(\d{1,2})(?!\d)/u, '')) ? slowDigits(phone, sayPlus) : slowGroups(phone, sayPlus);

  const wording = memo((key) => {
    const [iso, daysAhead] = key.split('|') as [string, string];
    const local = new Date(iso);
    const ahead = Number(daysAhead);
    let day: string;
    if (ahead === 0) day = "aujourd'hui";
    else if (ahead === 1) day = 'demain';
    else if (ahead === -1) day = 'hier';
    // A past day of this week or the last is "mardi dernier": a bare "mardi" read on a Monday is tomorrow.
    else if (ahead < 0 && ahead > -7) day = `${days.weekday(local)} dernier`;
    else if (Math.abs(ahead) < 7) day = days.weekday(local);
    else day = days.date(local);
    return { day, time: clockTime(local) };
  });

  return {
    locale: tag,
    // French needs no article before a role in the templates ("le poste de ..."): aRole is the role after "de",
    // elided where French elides ("le poste d'Ingénieur R&D"), so that no template has to choose.
    withArticle: (role) => de(runningTitle(role)),
    possessive,
    list: (items) => listFormat.format(items),
    address: (person, honorific) => address(person, honorific, canadian),
    givenName: (name) => parsePersonName({ name }).first,
    titledName(honorific: Honorific | undefined, name: string) {
      const person = parsePersonName({ name });
      return address(person, honorific ?? person.writtenHonorific, canadian).titled;
    },
    // "Bonjour" through the day, "Bonsoir" from six; "Belle fin de journée" only from three ("afternoon"), "Belle
    // journée" before: a morning call does not wish a good end of the day.
    dayparts: { afternoon: 15, evening: 18 },
    formatWords: canadian
      ? { phone: 'téléphonique', video: 'par vidéoconférence', onsite: 'en personne' }
      : { phone: 'téléphonique', video: 'en visioconférence', onsite: 'en présentiel' },
    everydayCompany,
    roleWithSpecialty,
    spokenRole,
    companyWith,
    becauseClause,
    interviewWords(clock: InterviewClock, spoken = false): InterviewWords {
      const { day, time: bare } = wording(`${clock.local.toISOString()}|${clock.daysAhead}`);
      // The zone, named only when the sender's clock reads otherwise: in brackets where it is read ("jeudi à 10 h
      // (heure de Londres)", right wherever the sentence goes on); said as an apposition between two commas ("jeudi à
      // 10 h, heure de Londres, avec …"), since a bracket cannot be spoken and "à 10 h à l'heure de Londres à la
      // Clinique" stumbles over its prepositions. The closing comma gives way to the punctuation that ends a clause.
      const label = clock.nameZone ? zoneLabel(clock) : null;
      const time = label === null ? bare : spoken ? (label.startsWith('heure') ? `${bare}, ${label},` : `${bare} ${label}`) : `${bare} (${label})`;
      const when = `${day} à ${time}`;
      return { day, time, when, whenOf: afterDe(when) };
    },
    afterDe,
    // The market's own numbers in national form, group by group as its speakers dictate them: pairs in France
    // ("06, 12, 34, 56, 78", an overseas department's too), digit by digit in Quebec ("5 1 4, 5 5 5, 0 1 2 3"); any other number digit by digit
    // in the groups written, after "plus".
    plusWord: sayPlus,
    slowNumber(written) {
      const phone = tag === 'fr-FR' ? overseasAsNational(written) : written;
      const groups = nationalGroups(phone, plan);
      if (!groups) return canadian ? slowDigits(phone, sayPlus) : slowForeign(phone);
      return (canadian ? groups.map((g) => g.split('').join(' ')) : groups).join(', ');
    },
    // A number with its country code, to a recruiter abroad, in the groups written, each said as a number ("plus 32,
    // 478, 12, 34, 56"), as in France, Belgium and Switzerland; Quebec dictates digit by digit.
    // A number too long to say in groups goes digit by digit (`slowForeign`).
    ...(canadian ? {} : { slowAbroad: slowForeign }),
    spokenNumber: (phone) => nationalGroups(tag === 'fr-FR' ? overseasAsNational(phone) : phone, plan)?.join(' ') ?? phone,
    callingCode: plan.callingCode,
    speakingSeconds(text) {
      return Math.ceil(frenchSyllables(text) / syllablesPerSecond);
    },
  };
}

/**
 * A specialty as French writes it after the post, a common noun in lower case ("Attaché de recherche clinique en
 * oncologie"), in writing and in speech alike; a name of several words ("– Epic Resolute PB") keeps its capitals.
 */
function roleWithSpecialty(role: string, specialty: string, brief = false): string {
  // A work mode or a schedule an ad sets apart ("– hybride", "– temps plein, quart de jour") is no specialty: "en
  // hybride" or "en temps plein" tied it to the post's field, and readers in Quebec failed it. It comes off.
  if (workModeOrSchedule.test(specialty.trim())) return role;
  // A common noun, alone or with words in lower case ("– Infrastructures municipales"), takes the lower case of prose.
  const field = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}'’-]*)*$/u.test(specialty) ? specialty.charAt(0).toLocaleLowerCase('fr') + specialty.slice(1) : specialty;
  // A level or a grade ("– niveau 2", ", échelon 3") qualifies the post: "analyste de niveau 2"; "en niveau 2" failed
  // readers in Montréal.
  if (gradeTag.test(field)) return `${role} ${de(field)}`;
  // A unit of the employer ("– pôle finances", "– direction juridique") is the post's: "du pôle finances", "de la
  // direction juridique". "au pôle plateau technique (…) au Centre hospitalier" chained two "au", and readers in Paris
  // failed it; the employer keeps its own preposition.
  const unit = /^(\p{L}+)/u.exec(field)?.[1]?.toLocaleLowerCase('fr') ?? '';
  const gender = unitNouns[unit];
  if (gender) return `${role} ${elides(field) ? `de l'${field}` : gender === 'f' ? `de la ${field}` : `du ${field}`}`;
  // A discipline, or a field the ad writes as a phrase or in lower case, is the post's own: "infirmière en oncologie",
  // "chargée de projets en infrastructures municipales". One capitalised word of no discipline is the name of a team
  // or a product line ("– Paiements"): "gestionnaire de produit en paiements" failed readers in Montréal, and the
  // title keeps the ad's comma ("gestionnaire de produit, paiements"). A call or a text cannot close that comma before
  // "chez Boréalis": it says the team after the post, as French titles do ("gestionnaire de produit paiements").
  if (/^\p{Lu}[\p{L}'’-]*$/u.test(specialty) && !discipline.test(specialty)) return brief ? `${role} ${field}` : `${role}, ${specialty}`;
  // One who heads something heads it "de": "directrice des dons majeurs", "responsable de l'innovation"; "directrice en
  // dons majeurs" failed readers in Montréal. Where the article would need the field's gender, French titles set the
  // field beside the post ("responsable paie", "directeur marketing").
  if (headsSomething.test(role)) {
    const firstWord = /^\p{L}+/u.exec(field)?.[0] ?? '';
    if (/[sx]$/u.test(firstWord) && firstWord.length > 3) return `${role} des ${field}`;
    return elides(field) ? `${role} de l'${field}` : `${role} ${field}`;
  }
  return `${role} en ${field}`;
}

/** Titles of people who head a service, a team or a field: they take "de", never "en" ("directrice des dons majeurs"). */
const headsSomething =
  /^(?:vice-)?(?:directeur|directrice|responsable|chef|cheffe|président|présidente|coordonnateur|coordonnatrice|coordinateur|coordinatrice|superviseur|superviseure|superviseuse|gérant|gérante)(?![\p{L}])/iu;

/** A level or grade an ad sets apart: "niveau 2", "échelon 3", "grade A1", "classe 4", "catégorie B". */
const gradeTag = /^(?:niveau|échelon|grade|classe|catégorie|cat\.|level)\s+[\p{L}\d][\p{L}\d.+-]{0,4}$/iu;

/** Disciplines French names after "en": "en oncologie", "en pédiatrie", "en informatique", "en soins intensifs". */
const discipline = /(?:logie|iatrie|ique|iques|graphie|nomie|thérapie|médecine|chirurgie|pharmacie|soins|santé|droit|fiscalité|comptabilité|conformité|sécurité)$/iu;

/**
 * A title an ad writes with a comma ("Analyste principale, intelligence d'affaires") said aloud: the comma cannot be
 * heard, so the specialty is joined as French says it ("analyste principale en intelligence d'affaires", "cheffe de
 * service au laboratoire de biochimie"). A title with a name in it, or with several commas, is said as written.
 */
function spokenRole(written: string): string {
  // "&" between words is said "et", as in a company's name ("responsable data et SIG"); "R&D" keeps its letters.
  const role = written.replace(/\s+&\s+/gu, ' et ');
  const parts = role.split(/,\s+/u);
  if (parts.length !== 2 || !/^\p{L}\p{Ll}/u.test(parts[0]!) || lowerCommonNoun(parts[0]!) === null) return role;
  const specialty = lowerCommonNoun(parts[1]!);
  // The specialty goes to the joiner as the ad wrote it: its case tells a team's name ("Paiements") from a field.
  return specialty === null || specialty === '' ? role : roleWithSpecialty(parts[0]!, parts[1]!, true);
}

/** The units an ad names after a dash, with their gender: "au pôle finances", "à la direction juridique". */
const unitNouns: Record<string, 'f' | 'm'> = { pôle: 'm', service: 'm', département: 'm', laboratoire: 'm', bureau: 'm', secteur: 'm', siège: 'm', direction: 'f', équipe: 'f', unité: 'f', cellule: 'f', division: 'f', agence: 'f', succursale: 'f', usine: 'f' };

/** Work modes, shifts and schedules, alone or listed: "hybride", "télétravail partiel", "temps plein, quart de jour". */
const workModeWord = '(?:hybride|t[ée]l[ée]travail(?:\\s+partiel|\\s+possible|\\s+complet)?|en\\s+pr[ée]sentiel|pr[ée]sentiel|sur\\s+place|à\\s+distance|temps\\s+(?:plein|partiel)|(?:à\\s+)?\\d{2,3}\\s*%|quarts?\\s+(?:de\\s+)?(?:jour|soir|nuit|travail|rotatifs?|variables?)|horaires?\\s+(?:de\\s+)?(?:jour|soir|nuit|d[ée]cal[ée]s|variables|flexibles)|(?:de\\s+)?(?:jour|soir|nuit)|fin\\s+de\\s+semaine|week-end|poste\\s+syndiqu[ée]|syndiqu[ée]|permanent|temporaire|contractuel(?:le)?)';
const workModeOrSchedule = new RegExp(`^${workModeWord}(?:\\s*(?:,|/|et)\\s*${workModeWord})*$`, 'iu');

export const frFR = makeFrench('fr-FR');
export const frBE = makeFrench('fr-BE');
export const frCH = makeFrench('fr-CH');
export const frCA = makeFrench('fr-CA');
