// Roles as a reader says them, not as a job ad prints them: gender tags ("(m/w/d)", "(H/F)") and workload or
// place tags ("(80-100 %)", "(Remote)") come off in every text; a script read aloud also drops whatever stands in
// brackets and the written inclusive forms ("Chargé·e", "Entwickler*in") that have no spoken form of their own.

export interface RoleName {
  /** The role for written text: "Buchhalter" from "Buchhalter (m/w/d)", "Chargée de recrutement" as written. */
  name: string;
  /** The role for a script read aloud: no brackets, no "·e", no "*in". */
  spoken: string;
  /** The tags taken off, in the order found ("(m/w/d)", "(Remote)"), so a platform can see what was understood. */
  removed: string[];
}

/** Gender tags of job ads: German, English, French, Spanish, Dutch, Italian and their variants. */
const genderTag =
  /(?:\(\s*(?:[mwfdxhv]\s*[/|,*]\s*){1,3}[mwfdxhv]\s*\)|\(\s*(?:all genders|alle Geschlechter|gn\*?|genderneutral|any gender|tous genres|todos los géneros|mwd|m\/f\/x|H\/F|F\/H)\s*\)|(?<=\s)(?:[mwfd]\/[mwfd](?:\/[mwfdx])?|H\/F|F\/H|M\/F|F\/M)(?=\s|$))/giu;

/** Workload, contract and place tags in brackets: "(80-100 %)", "(Remote)", "(Teilzeit)", "(CDI)", "(full-time)". */
const adTag =
  /\(\s*(?:\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%|remote|hybrid|hybride|télétravail|on-?site|vor Ort|home ?office|full[- ]time|part[- ]time|Vollzeit|Teilzeit|Voll-? ?\/? ?Teilzeit|befristet|unbefristet|CDI|CDD|temps plein|temps partiel|jornada completa|media jornada|tiempo completo|medio tiempo|presencial|remoto|freelance|contract|permanent|temporary|intern|Praktikum|stage|alternance)(?:\s*[,/]\s*[^()]{1,30})?\s*\)/giu;

/**
 * Written inclusive forms that cannot be read aloud: "·e", "·se", "(e)", "*in", ":in", "_in", "/-in", "Innen", and the
 * Spanish "/a" and "/o" ("Coordinador/a", "Enfermera/o"), which a speech engine reads as "slash a".
 */
const inclusiveForm =
  /(?:[·.](?:e|es|se|ses|rice|rices|ne|nes|le|les|ère|ères|euse|euses)\b|\(e\)|\(s\)|[*:_](?:in|innen)\b|\/-?(?:in|innen|frau|mann)\b|(?<=\p{L})\/(?:a|o|as|os)(?!\p{L}))/gu;

const tidy = (s: string) =>
  s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();

/** The role as written prose and speech name it, with what was taken off. */
export function cleanRole(role: string): RoleName {
  const removed: string[] = [];
  const take = (pattern: RegExp) => (s: string) =>
    s.replace(pattern, (found) => {
      removed.push(found.trim());
      return ' ';
    });
  const written = tidy(take(adTag)(take(genderTag)(role)));
  const name = written || role;
  // Speech: no brackets at all (the words inside them are an aside a listener cannot see), and no written-only forms.
  const spoken = tidy(name.replace(/\s*\([^()]*\)/g, ' ').replace(inclusiveForm, '')) || name;
  return { name, spoken, removed };
}
