// Roles as a candidate writes and says them, not as a job ad prints them: gender tags ("(m/w/d)", "(H/F)"), workload,
// contract or place tags ("(80-100 %)", "(Híbrido)", "· Jornada completa", "- Bogotá") and the ad's inclusive forms
// ("Chargé·e", "Ingeniero/a", "Entwickler*in") come off in every text: the candidate names the post in the form
// that agrees with them when they said which (`candidate.grammaticalGender`), else in the generic form. A script read
// aloud also drops whatever stands in brackets.

export interface RoleName {
  /** The role for written text: "Buchhalter" from "Buchhalter (m/w/d)", "Ingeniera de Datos" from "Ingeniero/a de Datos" for a woman. */
  name: string;
  /**
   * The role for a script read aloud or a text message: the written role without brackets or dashes, its specialty
   * ("– oncologie") said the way the language says it, or left out.
   */
  spoken: string;
  /** The tags taken off, in the order found ("(m/w/d)", "(Remote)"), so a platform can see what was understood. */
  removed: string[];
}

/** Gender tags of job ads: German, English, French, Spanish, Dutch, Italian and their variants. */
const genderTag =
  /(?:\(\s*(?:[mwfdxhv]\s*[/|,*]\s*){1,3}[mwfdxhv]\s*\)|\(\s*(?:all genders|alle Geschlechter|gn\*?|genderneutral|any gender|tous genres|todos los géneros|mwd|m\/f\/x|H\/F|F\/H)\s*\)|(?<=\s)(?:[mwfd]\/[mwfd](?:\/[mwfdx])?|H\/F|F\/H|M\/F|F\/M)(?=\s|$))/giu;

/** Job boards' hashtags ("#LI-Hybrid", "#LI-DNI", "#remote"): tracking codes, never part of the title. */
const hashtag = /(?<=^|\s)#[\p{L}\p{N}][\p{L}\p{N}_-]*/gu;

/** Workload, contract and place tags in brackets: "(80-100 %)", "(Remote)", "(Teilzeit)", "(CDI)", "(full-time)". */
const adTag =
  /\(\s*(?:\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%|(?:100\s*%\s*)?remot[eo]|hybrid|hybride|h[ií]brido|teletrabajo|indistinto|télétravail|on-?site|vor Ort|home ?office|full[- ]time|part[- ]time|Vollzeit|Teilzeit|Voll-? ?\/? ?Teilzeit|befristet|unbefristet|CDI|CDD|temps plein|temps partiel|mi-temps|jornada completa|media jornada|tiempo completo|medio tiempo|presencial|remoto|freelance|contract|permanent|temporary|intern|Praktikum|stage|alternance)(?:\s*[,/]\s*[^()]{1,30})?\s*\)/giu;

/**
 * Workload, shift, contract and pay words an ad appends after a dash, whatever their case or length: " - Turno de
 * noche", " – CDD 12 mois", " – CDI nuit", " – befristet", " - Part-time", " - $2,000 Sign-On Bonus". A longer
 * segment of other words is the post's own ("– Epic Resolute PB") and stays.
 */
const adTagSuffix =
  /\s+[-–|]\s+(?:turno\s+(?:de\s+)?(?:noche|mañana|tarde|día|rotativo)|jornada\s+(?:completa|parcial|intensiva)|media\s+jornada|tiempo\s+(?:completo|parcial)|medio\s+tiempo|teletrabajo|presencial|remoto|h[ií]brido|full[- ]time|part[- ]time|(?:night|day|evening|weekend)\s+shifts?|nights?(?:\s*\/\s*weekends?)?|weekends?|remote|hybrid|on-?site|prn|per\s+diem|contract[- ]to[- ]hire|temp[- ]to[- ]perm|urgently\s+hiring|hiring\s+now|immediate\s+start|ab\s+sofort|(?:un)?befristet|vollzeit|teilzeit|voll-\s*(?:oder|\/)\s*teilzeit|schichtdienst|nachtschicht|(?:pensum\s+)?\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%|(?:cdi|cdd)(?:\s+(?:de\s+)?(?:\d{1,2}\s+mois|nuit|jour|temps\s+(?:plein|partiel)))*|temps\s+(?:plein|partiel)|t[ée]l[ée]travail|alternance|stage|int[ée]rim|contrato\s+(?:indefinido|temporal|fijo|de\s+sustituci[óo]n|por\s+obra(?:\s+y\s+servicio)?|de\s+relevo|en\s+pr[áa]cticas|de\s+prestaci[óo]n\s+de\s+servicios)|pr[áa]cticas|incorporaci[óo]n\s+inmediata|home\s+office|(?:campaña|temporada|campagne)\s+(?:de\s+|d'|del\s+)?\p{L}+(?:\s+\d{4})?|saison\w*|seasonal|(?:summer|winter)\s+(?:season|\d{4})|[^-–|]*(?:[$€£]\s?\d|\d\s?[$€£]|\bbonus\b|\bprime\b|\bsign-?on\b)[^-–|]*)$/iu;

/**
 * Contract and workload words an ad sets apart after a dash, in the four languages, Québec's among them: "– CDI",
 * "- poste permanent", "– temps plein", "- Festanstellung", "- indefinido", "- Full-time", "- Temp-to-hire", "– 0.8 FTE",
 * "– 3 days per week". Several can come together ("poste permanent, temps plein", "Part-time, 0.8 FTE").
 */
const contractWord =
  "(?:poste\\s+)?(?:permanent|temporaire|contractuel(?:le)?|occasionnel(?:le)?|r[ée]gulier|syndiqu[ée]e?)|sur\\s+appel|temps\\s+(?:plein|partiel)|mi-temps|remplacement(?:\\s+(?:de|d'|du)\\s+[^-–—|]+)?|cdi|cdd(?:\\s+(?:de\\s+)?\\d{1,2}\\s+mois)?|int[ée]rim|freelance|festanstellung|(?:un)?befristet|vollzeit|teilzeit|indefinido|temporal|fijo|tiempo\\s+(?:completo|parcial)|medio\\s+tiempo|jornada\\s+(?:completa|parcial)|full[- ]time|part[- ]time|permanent|temporary|contract(?:or)?|temp[- ]to[- ](?:hire|perm)|contract[- ]to[- ]hire|(?:\\d{1,2}[- ]?(?:months?|mo\\.?|years?)\\s+)?(?:fixed[- ]term(?:\\s+contract)?|ftc|contract|secondment)|maternity\\s+(?:cover|leave\\s+cover)|\\d(?:[.,]\\d{1,2})?\\s*fte|fte\\s*\\d(?:[.,]\\d{1,2})?|\\d(?:[.,]5)?\\s*(?:days?|jours?|d[íi]as?|tage?)\\s*(?:a|per|\\/|par|por|pro|(?:in\\s+)?der)\\s*(?:week|semaine|semana|woche)";
const contractTag = new RegExp(`^(?:${contractWord})(?:\\s*(?:[,/+&]|\\s(?:et|and|à|y|und|oder))?\\s*(?:${contractWord}))*$`, 'iu');

/**
 * A workload an ad sets apart after a dash, with its hours or a qualifier: "– Teilzeit 30 h", "– Vollzeit 40 Std.",
 * "– Teilzeit möglich", "- 30 Wochenstunden", "– temps partiel 80 %", "- part-time 30 hrs". A tag, never a specialty.
 */
const hours =
  '\\d{1,2}(?:[,.]\\d)?(?:\\s*[-–]\\s*\\d{1,2}(?:[,.]\\d)?)?\\s*(?:h|std\\.?|stunden|wochenstunden|wstd\\.?|hrs?\\.?|hours?|heures|horas(?:\\s+semanales)?)(?:\\s*(?:\\/|pro|per|par|por|a|a\\s+la)\\s*(?:woche|wo\\.?|week|wk|semaine|semana))?';
const workloadTag = new RegExp(
  `^(?:(?:${contractWord})(?:\\s*[,/]?\\s*(?:${hours}|\\d{1,3}\\s*(?:[-–]\\s*\\d{1,3}\\s*)?%|m[öo]glich|possible|posible|available|optional|flexibel|flexible))+|${hours})$`,
  'iu',
);

/**
 * Where the work is done, as an ad sets it apart after a dash, with a qualifier or the place: "- Remote möglich", "–
 * Home-Office möglich", "- télétravail partiel", "- 100 % remote", "– teletrabajo parcial", "- Híbrido Tres Cantos". A
 * tag, never a department or a specialty: "im Bereich Remote möglich" failed a reader in Stuttgart, "de Híbrido Tres
 * Cantos" one in Madrid, "de modalidad remota" one in Buenos Aires ("- Modalidad remota (LATAM)").
 */
const workModeTag =
  /^(?:(?:modalidad|modalit[ée]|modo|mode\s+de\s+travail|arbeitsmodell|work\s+mode)\s*:?\s+)?(?:(?:100\s*%\s*|full\s+|fully\s+|partly\s+|partially\s+|teilweise\s+)?(?:remote|hybrid|home[- ]?office|mobiles\s+arbeiten|t[ée]l[ée]travail|teletrabajo|trabajo\s+remoto|remot[oa]|h[ií]brid[oa]|hybride|on-?site|vor\s+ort|pr[ée]sentiel|presencial)(?:[- ](?:first|friendly))?(?:\s+(?:m[öo]glich|possible|posible|available|optional|flexibel|flexible|partiel|parcial|teilweise|anteilig|ok|complet|total|int[ée]gral|completo|\d{1,3}\s*%))?(?:\s+(?:(?:en|in|à|a|de|desde|from|aus|ab)\s+)?\p{Lu}[\p{L}'.-]*(?:\s+(?:(?:de|del|la|las|los|le|les|sur|am|an|im|upon|on)\s+)?\p{Lu}[\p{L}'.-]*){0,3})?)$/iu;

/**
 * A place an ad sets apart after a dash, with its district or postcode when it gives one: "Paris 8e", "Lyon 3ème",
 * "Marseille 13e arrondissement", "Wien 1010", "Zürich Kreis 5".
 */
const placeWithDistrict =
  /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?\s+(?:(?:Kreis\s+)?\d{1,2}(?:e|er|ème|è|eme)(?:\s+arrondissement)?|Kreis\s+\d{1,2}|\d{4,5})$/u;

/**
 * The hours an ad sets for a remote post, or the days it is worked on site: "- Remote, EST hours", "– UK business
 * hours", "- Hybrid, 3 days onsite". A tag: "Clinical Data Manager II, Remote, EST hours role" failed a Chicago reader.
 */
const scheduleTag =
  /^(?:(?:\p{L}{2,5}|East(?:ern)?\s+Coast|West(?:ern)?\s+Coast)(?:\s*[/-]\s*\p{L}{2,5})?\s+(?:(?:business|working|office|core)\s+)?hours|\d(?:[.,]5)?\s*days?\s+(?:on-?site|in[- ]office|in\s+(?:the\s+)?office|remote|from\s+home)(?:\s+(?:a|per)\s+week)?)$/iu;

const isTag = (item: string) => contractTag.test(item) || workloadTag.test(item) || workModeTag.test(item) || scheduleTag.test(item);
/**
 * A segment that lists tags of different kinds is a tag as well: "– Part-time, 12-month FTC" (its bracket "(0.6 FTE)"
 * already gone), "- Hybrid, CDI", "– Vollzeit, Remote möglich" (a British reader failed 22 of 36 cells on the first).
 */
const listOfTags = (segment: string) => {
  const items = segment.split(/\s*[,;/+&]\s*|\s+(?:and|et|y|und|oder|or)\s+/iu).filter((item) => item !== '');
  // A place listed with a work mode is the ad's tag too: "– Bruxelles / hybride", "- Madrid, remoto". "le poste de Head
  // of QA en Bruxelles / hybride" failed a reader in Brussels.
  const place = (item: string) => placeWithDistrict.test(item) || (/^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?$/u.test(item) && specialtyOf(item) === null);
  return items.length > 1 && items.some(isTag) && items.every((item) => isTag(item) || place(item));
};

/**
 * The ad's tag segments, wherever they sit after the first: "Juriste contentieux – CDI – Paris 8e" is "Juriste
 * contentieux". Each segment after a spaced dash or bar that is a contract, workload, shift, pay or season tag, or a
 * place, goes; a bracket a dash falls inside ("(Remote - US)") is never split.
 */
/** A level an ad sets after a dash, alone in its segment. */
const seniority = /^(?:Senior|Junior|Semi[ -]Senior|Confirmée?|Expérimentée?)$/iu;

function dropTagSegments(role: string, removed: string[]): string {
  const pieces = role.split(/(\s+[-–—|]\s+)/u);
  const open = (s: string) => (s.match(/\(/g) ?? []).length - (s.match(/\)/g) ?? []).length;
  // Each segment with the separator before it, a bracket a dash falls inside kept whole.
  const segments: { sep: string; text: string }[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const last = segments[segments.length - 1];
    if (last && open(last.text) > 0) last.text += `${pieces[i - 1]}${pieces[i]}`;
    else segments.push({ sep: i ? pieces[i - 1]! : '', text: pieces[i]! });
  }
  if (segments.length < 2) return role;
  // A level after a dash ("Ingénieur·e validation logiciel – Senior") is the post's own: a reader in Brussels failed
  // 26 cells that dropped it as if it were a place. A title in title case takes it in front, as English and German
  // write it ("Senior Data Engineer", "Senior Controller"); one in prose case after it, in lower case, as French and
  // Spanish do ("ingénieur validation logiciel senior").
  const levelAt = segments.findIndex(({ text }, i) => i > 0 && seniority.test(text.trim()));
  if (levelAt > 0) {
    const level = segments[levelAt]!.text.trim();
    segments.splice(levelAt, 1);
    const head = segments[0]!;
    const titleCase = head.text.split(/\s+/).every((word) => !/^\p{L}/u.test(word) || /^\p{Lu}/u.test(word));
    head.text = titleCase ? `${level} ${head.text}` : `${head.text} ${level.toLocaleLowerCase()}`;
  }
  if (segments.length < 2) return segments[0]!.text;
  return segments
    .filter(({ text }, i) => {
      if (i === 0) return true;
      const bare = text.replace(/\s*\([^()]*\)/g, '').trim();
      // One or two capitalised words of no field are a place or a proper name, wherever they sit ("– Chicago").
      const place = bare !== '' && specialtyOf(bare) === null;
      const tag = isTag(bare) || listOfTags(bare) || placeWithDistrict.test(bare) || adTagSuffix.test(` - ${bare}`) || place;
      if (tag) removed.push(text.trim());
      return !tag;
    })
    .map(({ sep, text }) => `${sep}${text}`)
    .join('');
}

/** A trailing segment an ad appends after a separator: " · Jornada completa", " | Remote", " - Bogotá", " – Paris". */
const adSuffix = /\s+(?:[·|]\s+.+|[-–]\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)$/u;

/** The last segment after a spaced dash: "Litigation Paralegal - eDiscovery", "Medical Assistant – Orthopedics". */
const dashSegment = /^(.+?)\s+[-–—]\s+([^-–—]+)$/u;

/**
 * Words that name a field of work, not a place, though written with a capital ("Orthopedics", "Oncología",
 * "Fördermittel", "Litigation", "Clinical Research"): the endings of such nouns in the four languages, and the few
 * common ones without such an ending. Towns that share an ending ("Reading", "Woking") are places.
 */
const fieldWord =
  /(?:olog(?:y|ie|ía|ia)|ics|iques?|ik|iatr(?:y|ie|ía|ia)|medi(?:cine|zin|cina)|médecine|mittel|ung|heit|keit|schaft|tions?|ci[óo]n|si[óo]n|ments?|ería|erie|ery|ing|care|ware|recht)$|^(?:finance|finances|finanzas|finanzen|compliance|insurance|assurance|maintenance|sales|tax|taxes|audit|payroll|legal|research|recherche|investigación|forschung|health|santé|salud|gesundheit|law|data|security|support|design|operations|logistics|pharmacy|nursing|ventas|vente|ventes|vertrieb|personal|soins)$/iu;
/** The units of an employer an ad names after a dash, in the four languages. */
const unitWord =
  /^(?:department|dept\.?|division|team|unit|office|abteilung|bereich|referat|fachbereich|stabsstelle|service|pôle|département|direction|équipe|unité|cellule|bureau|secteur|departamento|secretar[íi]a|direcci[óo]n|subdirecci[óo]n|gerencia|coordinaci[óo]n|unidad|oficina|jefatura|[áa]rea|servicio|equipo)$/iu;

/** Small words a proper name keeps in lower case ("Saint-Jean de Luz", "Villa del Parque"). */
const particle = /^(?:de|del|della|des|du|la|le|les|los|las|d'|l'|of|the|on|upon|am|an|im|bei|ob|sur|sous|en|y|et|und|and)$/iu;
const placeLike = /^(?:reading|ealing|woking|beijing|kettering|worthing|epping|barking|tooting|nanjing|kunming|wellington|washington|lausanne|valence|florence|provence|france)$/iu;

/**
 * The specialty an ad writes after a dash, once its tags are gone: a segment in lower case ("– oncologie",
 * "- eDiscovery"), or one whose last word names a field ("– Orthopedics", "– Fördermittel"), or a longer one that is
 * no place name ("– Epic Resolute PB"). One or two capitalised words of no field ("- Bogotá", "– Énergies Marines")
 * are a place or a proper name the candidate need not repeat: null, and the cleaner drops them.
 */
function specialtyOf(segment: string): string | null {
  const words = segment.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (/^\p{Ll}/u.test(words[0]!)) return segment.trim();
  // A unit of the employer is where the post sits, never a place ("– Departamento Jurídico", "– Service Urbanisme").
  if (unitWord.test(words[0]!)) return segment.trim();
  // A name capitalises each word; a field written as a phrase does not ("– Infrastructures municipales").
  if (words.length === 2 && /^\p{Ll}/u.test(last) && !particle.test(last)) return segment.trim();
  if (words.length <= 2 && (placeLike.test(last) || !fieldWord.test(last))) return null;
  return segment.trim();
}

/**
 * How a language joins a role and its specialty: `brief` for a voicemail or a text, which carry no brackets or
 * dashes. The default writes "Medical Assistant (Orthopedics)" and says the role alone.
 */
export type SpecialtyJoiner = (role: string, specialty: string, brief: boolean) => string;
export const bracketSpecialty: SpecialtyJoiner = (role, specialty, brief) => (brief ? role : `${role} (${specialty})`);

/**
 * The ad's inclusive forms, with the feminine each stands for: Spanish "Ingeniero/a", "Coordinador/a", "Coordinador(a)",
 * French "Chargé·e", "Chargé(e)", "Chargé/e", "Conseiller(ère)", "Infirmier/ère", "Développeur·se", "Directeur·rice",
 * "Collaborateur·trice", "Administratif·ve", "Planificateur(trice)", German "Entwickler*in",
 * "Entwickler:in", "Entwickler_in", "Entwickler/-in".
 */
const feminineForms: readonly [RegExp, string][] = [
  [/(\p{L}+)o\/a(?!\p{L})/gu, '$1a'],
  [/(\p{L}+)o\(a\)/gu, '$1a'],
  [/(\p{L}+)e(?:\/a|\(a\))(?!\p{L})/gu, '$1a'],
  [/(\p{L}+?)(?:\/a|\(a\))(?!\p{L})/gu, '$1a'],
  [/(\p{L}+)a\/o(?!\p{L})/gu, '$1a'],
  [/(\p{L}+)eur(?:[·./]|\()t?rice\)?/gu, '$1rice'],
  [/(\p{L}+)eur\(euse\)/gu, '$1euse'],
  [/(\p{L}+)eur[·./](?:se|euse)\b/gu, '$1euse'],
  [/(\p{L}+)er(?:[·./]i?ère|\(i?ère\))/gu, '$1ère'],
  [/(\p{L}+)f(?:[·./]fe|\(fe\))(?!\p{L})/gu, '$1ffe'],
  [/(\p{L}+)f(?:[·./]ve|\(ve\))(?!\p{L})/gu, '$1ve'],
  [/(\p{L}+)(?:[·./]ne|\(ne\))(?!\p{L})/gu, '$1ne'],
  [/(\p{L}+)(?:[·./]le|\(le\))(?!\p{L})/gu, '$1le'],
  [/(\p{L}+)(?:[·./]e|\(e\))(?!\p{L})/gu, '$1e'],
  [/(\p{L}+)(?:[*:_]|\/-?)in\b/gu, '$1in'],
];

/**
 * Written inclusive forms that cannot be read aloud: "·e", "·se", "·trice", "·ve", "/e", "/ère", "(e)", "*in", ":in",
 * "_in", "/-in", "Innen", and the Spanish "/a" and "/o" ("Coordinador/a", "Enfermera/o"), which a speech engine reads
 * as "slash a". A man, or a candidate who did not say, gets the masculine: "Collaborateur administratif" from
 * "Collaborateur·trice administratif·ve", as from a doublet.
 */
const inclusiveForm =
  /(?:[·.](?:e|es|se|ses|rice|rices|trice|trices|ne|nes|le|les|fe|fes|ve|ves|ère|ères|ière|ières|euse|euses)(?![\p{L}])|(?<=\p{L})\/(?:e|rice|trice|ne|le|fe|ve|ère|ière|euse)(?!\p{L})|\((?:e|es|s|a|as|ne|nes|le|les|fe|fes|ère|ères|euse|euses|rice|rices)\)|[*:_](?:in|innen)\b|\/-?(?:in|innen|frau|mann)\b|(?<=\p{L})\/(?:a|o|as|os)(?!\p{L}))/gu;

/** The feminines French forms from a masculine noun or adjective: "conseiller" gives "conseillère", "chef" "cheffe". */
function frenchFeminines(masculine: string): string[] {
  const m = masculine;
  return [`${m}e`, `${m}ne`, `${m}le`, `${m}fe`, m.replace(/er$/u, 'ère'), m.replace(/eur$/u, 'euse'), m.replace(/teur$/u, 'trice'), m.replace(/f$/u, 've'), m.replace(/x$/u, 'se'), m.replace(/et$/u, 'ette')];
}

/**
 * A French ad's doublet, "Conseillère ou conseiller", "Directeur ou directrice": the one word that agrees with the
 * candidate when they said which; without it, kept as the ad wrote it. Any other "ou" is left alone.
 */
function frenchDoublet(role: string, gender?: 'f' | 'm'): string {
  if (!gender) return role;
  return role.replace(/(?<![\p{L}])(\p{L}+) ou (\p{L}+)(?![\p{L}])/gu, (all, a: string, b: string) => {
    const [la, lb] = [a.toLocaleLowerCase('fr'), b.toLocaleLowerCase('fr')];
    const feminine = frenchFeminines(lb).includes(la) ? a : frenchFeminines(la).includes(lb) ? b : null;
    if (!feminine) return all;
    const chosen = gender === 'f' ? feminine : feminine === a ? b : a;
    return a.charAt(0) === a.charAt(0).toLocaleUpperCase('fr') ? chosen.charAt(0).toLocaleUpperCase('fr') + chosen.slice(1) : chosen;
  });
}

const tidy = (s: string) =>
  s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();

/**
 * Two fields an ad joins with a spaced slash ("Analista de datos / BI", "Juriste contentieux construction / assurances")
 * as a text or a call says them: with the language's "and" (`list`, its conjunction list), not "slash". An unspaced
 * slash is part of a word ("m/w/d", "Ingeniero/a") and is dealt with above.
 */
function spokenSlash(role: string, list?: (items: string[]) => string): string {
  if (!list || !/\s\/\s/.test(role)) return role;
  return list(role.split(/\s+\/\s+/).map((part) => part.trim()).filter(Boolean));
}

/**
 * The role as written prose and speech name it, with what was taken off. `gender`: the candidate's, when they said;
 * a role written with an inclusive form then agrees with them, else it takes the generic form. `list` joins the parts
 * of a role written with a spaced slash as the language lists them ("Analista de datos y BI"), in the spoken form.
 */
export function cleanRole(role: string, gender?: 'f' | 'm', join: SpecialtyJoiner = bracketSpecialty, list?: (items: string[]) => string): RoleName {
  const removed: string[] = [];
  const take = (pattern: RegExp) => (s: string) =>
    s.replace(pattern, (found) => {
      removed.push(found.trim());
      return ' ';
    });
  let written = tidy(dropTagSegments(tidy(take(adTag)(take(genderTag)(take(hashtag)(role)))), removed));
  // Tags an ad appends after a dash can come several in a row ("– Orthopedics (Hybrid) – $2,000 Sign-On Bonus").
  let before: string;
  do {
    before = written;
    written = tidy(take(adTagSuffix)(written)) || written;
  } while (written !== before);
  // A specialty after a dash ("Medical Assistant – Orthopedics") is the post's own: set apart, for the language to join.
  let specialty: string | null = null;
  // A post an ad places in a unit and a grade ("Attaché – service Urbanisme – niveau A1"): the first is the specialty
  // the language joins ("attaché au service Urbanisme"), the others an aside in brackets that a call or a text leaves out.
  let aside: string[] = [];
  const parts = written.split(/\s+[-–—]\s+/u);
  if (parts.length > 2 && !parts.slice(1).some((part) => /[()]/.test(part))) {
    const later = parts.slice(2).map((part) => specialtyOf(part));
    aside = later.filter((part): part is string => part !== null);
    written = `${parts[0]!} – ${parts[1]!}`;
  }
  const segment = dashSegment.exec(written);
  // An aside in brackets after it ("- eDiscovery (Bilingual Spanish)") is no part of it; a bracket the dash falls
  // inside ("(Remote - US)") is no segment at all.
  const bracketed = /\s*\([^()]*\)/g;
  if (segment && !/[()]/.test(segment[2]!.replace(bracketed, ''))) {
    specialty = specialtyOf(segment[2]!.replace(bracketed, ''));
    if (specialty) written = tidy(`${segment[1]!}${segment[2]!.replace(/^[^(]*/, ' ')}`);
  }
  // An ad's trailing segment, once its tags are gone ("Técnico Superior · Jornada completa", "Analista - Bogotá"), and
  // any other aside in brackets ("(Remote - US)", "(12-month FTC, Hybrid)", "(Maternity Cover)"): no reader of a
  // message wants the ad's brackets back, and a candidate never writes them.
  written = tidy(take(adSuffix)(written)) || written;
  // "VP, Finance": the ad's comma makes a list of the role in a sentence.
  written = written.replace(/^(\p{Lu}{2,4}),\s+(?=\p{Lu})/u, '$1 ');
  written = frenchDoublet(written, gender);
  const agreed = gender === 'f' ? feminineForms.reduce((s, [pattern, to]) => s.replace(pattern, to), written) : written;
  // Whatever point-médian ending is left ("Chargé·e·s") is no word a candidate writes or a voice can say.
  const plain = (s: string) => tidy(take(/\s*\([^()]*\)/g)(s.replace(inclusiveForm, '').replace(/(?<=\p{L})·\p{Ll}{1,6}/gu, '')));
  const base = plain(agreed) || role;
  const field = specialty && plain(specialty);
  const also = aside.length > 0 ? ` (${aside.join(', ')})` : '';
  if (!field) return { name: `${base}${also}`, spoken: spokenSlash(base, list), removed };
  return { name: `${join(base, field, false)}${also}`, spoken: spokenSlash(join(base, field, true), list), removed };
}
