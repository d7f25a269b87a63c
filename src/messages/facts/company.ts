// Companies as a name and a legal form: "Aceros del Norte, S.A. de C.V." is Aceros del Norte, a Mexican sociedad
// anónima de capital variable. Prose, SMS and speech use the name; a formal letter may give the legal name once.
// The legal forms are those of ISO 20275 (Entity Legal Forms) most often written after a name, per country, in
// the spellings employers use; a platform that holds both can send `companyLegalName` and skip the guess.

/** What a legal form says about the organisation, where a template may need it ("Ihr Verein", "votre association"). */
export type OrganisationKind = 'company' | 'association' | 'cooperative' | 'foundation' | 'public-body';

interface LegalForm {
  /** The spellings as written after a name, each matched exactly (case included: "SA" yes, "sa" no). */
  spellings: readonly string[];
  kind: OrganisationKind;
  /** The grammatical gender German gives the organisation the form names: die GmbH, der e.V., die eG. */
  german?: 'f' | 'm';
  /** Where it is used, ISO 3166 codes (informative: every form is recognised in every language). */
  countries: readonly string[];
}

const legalForms: readonly LegalForm[] = [
  // German-speaking countries
  { spellings: ['GmbH & Co. KGaA', 'GmbH & Co. KG', 'GmbH & Co KG', 'AG & Co. KGaA', 'AG & Co. KG', 'SE & Co. KGaA', 'SE & Co. KG', 'UG (haftungsbeschränkt) & Co. KG'], kind: 'company', german: 'f', countries: ['DE', 'AT'] },
  { spellings: ['gGmbH', 'GmbH', 'mbH', 'GesmbH', 'Ges.m.b.H.', 'Gesellschaft mbH', 'Gesellschaft m.b.H.', 'Ges.m.b.H', 'UG (haftungsbeschränkt)', 'UG'], kind: 'company', german: 'f', countries: ['DE', 'AT', 'CH'] },
  { spellings: ['KGaA', 'AG', 'SE', 'KG', 'OHG', 'OG', 'GbR', 'PartG mbB', 'PartG', 'e.K.', 'e.U.'], kind: 'company', german: 'f', countries: ['DE', 'AT', 'CH'] },
  { spellings: ['eG', 'e.G.', 'reg. Gen.m.b.H.'], kind: 'cooperative', german: 'f', countries: ['DE', 'AT', 'CH'] },
  { spellings: ['e.V.', 'e. V.', 'eV'], kind: 'association', german: 'm', countries: ['DE'] },
  { spellings: ['AöR', 'KdöR', 'K.d.ö.R.', 'A.ö.R.'], kind: 'public-body', german: 'f', countries: ['DE'] },
  { spellings: ['gAG', 'Stiftung des öffentlichen Rechts'], kind: 'foundation', german: 'f', countries: ['DE'] },
  // English-speaking countries
  // Quebec writes "inc." in lower case (Office québécois de la langue française).
  { spellings: ['Incorporated', 'Inc.', 'Inc', 'inc.', 'Corporation', 'Corp.', 'Corp', 'Co.', 'L.L.C.', 'LLC', 'PLLC', 'L.P.', 'LP', 'LLP', 'L.L.P.', 'PBC', 'P.C.'], kind: 'company', german: 'f', countries: ['US', 'CA'] },
  { spellings: ['Limited', 'Ltd.', 'Ltd', 'PLC', 'plc', 'Pty Ltd', 'Pty. Ltd.', 'Pty Ltd.', 'CIC', 'LLP'], kind: 'company', german: 'f', countries: ['GB', 'IE', 'AU', 'NZ'] },
  // French-speaking countries
  { spellings: ['S.A.S.U.', 'SASU', 'S.A.S.', 'SAS', 'S.A.R.L.', 'SARL', 'Sàrl', 'SàRL', 'Sarl', 'EURL', 'E.U.R.L.', 'SNC', 'S.N.C.', 'SCA', 'SPRL', 'SRL', 'SComm', 'Ltée', 'Limitée', 'ltée', 'S.E.N.C.', 'SENC', 'S.E.N.C.R.L.', 'SENCRL'], kind: 'company', german: 'f', countries: ['FR', 'BE', 'CH', 'LU', 'CA'] },
  // The liberal professions' forms (avocats, notaires, médecins, experts-comptables) and France's other common ones.
  { spellings: ['SELARLU', 'SELARL', 'SELAS', 'SELASU', 'SELAFA', 'SELCA', 'SELEURL', 'SEL', 'SCP', 'S.C.P.', 'AARPI', 'SCM', 'SCI', 'S.C.I.', 'GIE', 'G.I.E.'], kind: 'company', german: 'f', countries: ['FR'] },
  { spellings: ['SCOP', 'SCIC', 'SCRL', 'S.C.R.L.'], kind: 'cooperative', german: 'f', countries: ['FR', 'BE'] },
  { spellings: ['ASBL', 'A.S.B.L.', 'asbl'], kind: 'association', german: 'm', countries: ['BE', 'LU'] },
  // Spanish-speaking countries
  { spellings: ['S.A.B. de C.V.', 'S.A.P.I. de C.V.', 'S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A. de CV', 'SA de CV', 'S de RL de CV', 'S. de R.L.', 'S.A.S. de C.V.'], kind: 'company', german: 'f', countries: ['MX'] },
  { spellings: ['S.L.N.E.', 'S.L.U.', 'SLU', 'S.A.U.', 'SAU', 'S.L.L.', 'S.L.', 'SL', 'S.R.L.', 'S.A.C.', 'SAC', 'E.I.R.L.', 'Ltda.', 'Ltda', 'S.A.I.C.', 'S.C.', 'SpA'], kind: 'company', german: 'f', countries: ['ES', 'AR', 'CL', 'CO', 'PE', 'UY', 'MX'] },
  // Spain's professional partnerships (law firms, architects, auditors): sociedad limitada / anónima profesional.
  { spellings: ['S.L.P.U.', 'S.L.P.', 'SLP', 'S.A.P.'], kind: 'company', german: 'f', countries: ['ES'] },
  { spellings: ['S. Coop.', 'S.Coop.', 'Sdad. Coop.'], kind: 'cooperative', german: 'f', countries: ['ES'] },
  { spellings: ['A.C.', 'I.A.P.', 'I.A.S.P.'], kind: 'association', german: 'm', countries: ['MX'] },
  // Shared spellings and the rest of Europe
  { spellings: ['SA/NV', 'NV/SA', 'BV/SRL', 'SRL/BV', 'S.A.', 'SA', 'S.p.A.', 'S.r.l.', 'Srl', 'B.V.', 'BV', 'N.V.', 'NV', 'Oy', 'Oyj', 'AB', 'ApS', 'A/S', 'AS', 'ASA', 'Sp. z o.o.', 's.r.o.', 'a.s.', 'Kft.', 'Zrt.', 'Lda.', 'Lda', 'K.K.', 'KK'], kind: 'company', german: 'f', countries: ['FR', 'ES', 'CH', 'BE', 'LU', 'IT', 'NL', 'FI', 'SE', 'DK', 'NO', 'PL', 'CZ', 'SK', 'HU', 'PT', 'JP'] },
];

/** Every spelling, longest first, so "S.A. de C.V." wins over "S.A." and "GmbH & Co. KG" over "KG". */
const spellings = legalForms
  .flatMap((form) => form.spellings.map((spelling) => ({ spelling, form })))
  .sort((a, b) => b.spelling.length - a.spelling.length);
const byLowerSpelling = new Map(spellings.map((s) => [s.spelling, s.form]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A legal form at the very end, after a space or a comma, with a name before it. */
const trailingForm = new RegExp(`^(.*?[\\p{L}\\p{N})'’.!]),?\\s+(${spellings.map((s) => escape(s.spelling)).join('|')})$`, 'u');

export interface CompanyName {
  /** The name as prose, texts and speech say it ("Aceros del Norte"). */
  name: string;
  /** The legal form ("S.A. de C.V."), or null when none was written or recognised. */
  legalForm: string | null;
  /** The full legal name, for a formal letter's one mention ("Aceros del Norte, S.A. de C.V."); the name when unknown. */
  legalName: string;
  kind: OrganisationKind | null;
  /** German: the gender of the noun the legal form stands for (die GmbH, der e.V.); null without a legal form. */
  germanGender: 'f' | 'm' | null;
}

/**
 * German writes a firm's line of business into its legal form as the first part of a compound: "Hainburger Feinkost
 * Handels GmbH" is a Handels-GmbH called Hainburger Feinkost. That part ends in the linking -s no word has on its own
 * ("Handels", "Vertriebs", "Beteiligungs", "Produktions"), so without the legal form it goes too: "bei Hainburger
 * Feinkost Handels" reads as a name cut in half (a reader in Vienna failed 26 cells for it).
 */
const boundToLegalForm =
  /\s+(?:\p{Lu}\p{Ll}*(?:ungs|ions|täts|heits|keits|schafts|tums)|Handels|Vertriebs|Betriebs|Verlags|Verkehrs|Grundstücks|Vermögens|Geschäfts|Einkaufs|Verkaufs|Immobilienverwaltungs)$/u;
const germanForms = new Set(legalForms.filter((f) => f.countries.some((c) => ['DE', 'AT', 'CH'].includes(c))).flatMap((f) => f.spellings));

/** Splits one trailing legal form off a name; a name that would be left empty or bare keeps it ("Co. Op"). */
function split(written: string): { name: string; legalForm: string | null } {
  const m = trailingForm.exec(written);
  if (!m) return { name: written, legalForm: null };
  let name = m[1]!.trim();
  const legalForm = m[2]!;
  if (germanForms.has(legalForm)) {
    const bound = boundToLegalForm.exec(name);
    if (bound && /[\p{L}\p{N}]/u.test(name.slice(0, bound.index))) name = name.slice(0, bound.index);
  }
  return /[\p{L}\p{N}]/u.test(name) ? { name, legalForm } : { name: written, legalForm: null };
}

/**
 * The company as the request gives it: `company` (a legal form at its end is taken off) and, optionally, its full
 * `legalName`, whose legal form then names the kind of organisation.
 */
export function parseCompany(company: string, legalName?: string): CompanyName {
  const own = split(company);
  const legal = legalName === undefined ? own : split(legalName);
  const form = legal.legalForm ?? own.legalForm;
  const info = form ? byLowerSpelling.get(form) : undefined;
  return {
    name: own.name,
    legalForm: form,
    legalName: legalName ?? company,
    kind: info?.kind ?? null,
    germanGender: info?.german ?? null,
  };
}

/**
 * Two names for one organisation, compared as a reader would: without legal form, case, accents, punctuation or
 * spacing ("ACME Corp." and "Acme" are the same; "Acme Labs" is not).
 */
export function sameOrganisation(a: string, b: string): boolean {
  const key = (s: string) =>
    split(s)
      .name.normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^(the|die|der|das|le|la|les|l'|el|los|las)\s+/u, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

/** Every legal form spelling the service recognises, for the content rules (a legal form never read aloud). */
export const legalFormSpellings: readonly string[] = spellings.map((s) => s.spelling);
