// The language registry: one entry per written language (a folder under templates/), holding everything the
// language needs to ship: its variants (each its own compiled orthography, with the parents whose template keys it
// inherits), its helpers, its words for the content rules, its spelling dictionaries and its sample facts. The
// service, the build, the contract and the tests all read it; test/content/parity.test.ts fails when a written
// language or variant lacks any part.
import { englishWords } from '../content-rules/languages/en.js';
import { germanWords } from '../content-rules/languages/de.js';
import { frenchWords } from '../content-rules/languages/fr.js';
import { spanishWords } from '../content-rules/languages/es.js';
import type { LanguageWords } from '../content-rules/types.js';
import { deAT, deCH, deDE } from './de.js';
import { enGB, enUS } from './en.js';
import { es419, esAR, esES, esMX } from './es.js';
import { frBE, frCA, frCH, frFR } from './fr.js';
import type { LanguageHelpers } from './helpers.js';

/**
 * A spelling dictionary for cspell: its language setting, and the packages whose cspell-ext.json it imports. French
 * and Spanish have one dictionary for every variant, so each sets the locale that dictionary answers to.
 */
export interface SpellingDictionary {
  locale: string;
  /** npm packages with a cspell-ext.json (none: a dictionary cspell bundles). */
  packages: readonly string[];
}

export interface VariantEntry {
  /** The BCP 47 tag the answer names ("es-MX"), and the name of its compiled orthography. */
  tag: string;
  /**
   * Template keys it inherits, nearest first: a YAML node keyed `es-419:` speaks for es-419 and for the variants
   * naming it here (es-MX, es-AR), while `es-MX:` speaks for Mexico only.
   */
  parents: readonly string[];
  helpers: LanguageHelpers;
  /** What sets it apart from the other variants of its language, as GET /messages/languages says it. */
  distinguishes: string;
  /** Tags CLDR's matching sends elsewhere that write this variant (de-LI writes Swiss German, es-UY Argentina's). */
  aliases?: readonly string[];
  /** Tags that resolve here through CLDR's matching, named in the contract (tested to resolve here). */
  resolvesFrom?: readonly string[];
  spelling: SpellingDictionary;
}

export interface LanguageEntry {
  /** The language subtag, and the folder of its templates (templates/<language>/). */
  language: string;
  name: string;
  /** The keys its templates use for formal and informal address, as its speakers name them; none in English. */
  formality?: { formal: string; informal: string };
  /** The tag a bare language subtag resolves to ("es" to "es-ES"). */
  defaultVariant: string;
  variants: readonly VariantEntry[];
  /** Its words for the content rules: stop list, greetings, sign-offs, address words, deny list ... */
  contentWords: LanguageWords;
  /**
   * Facts in the language's own names for docs/samples, over the shared example facts: request fields, checked against
   * the request's type where the samples use them (scripts/samples-markdown.ts), so the registry need not import the
   * schema that imports it.
   */
  sampleFacts: object;
}

const dictionary = (locale: string, ...packages: string[]): SpellingDictionary => ({ locale, packages });

export const languageRegistry = [
  {
    language: 'en',
    name: 'English',
    defaultVariant: 'en-US',
    variants: [
      {
        tag: 'en-US',
        parents: [],
        helpers: enUS,
        distinguishes: 'American spelling and vocabulary (templates/en/dialects.yaml), "Ms." with a stop, "3 PM ET", "call me at".',
        resolvesFrom: ['en', 'en-CA'],
        spelling: dictionary('en-US'),
      },
      {
        tag: 'en-GB',
        parents: [],
        helpers: enGB,
        distinguishes: 'British spelling, as the templates are written, "Ms" without a stop, "3 pm UK time", "14 December", "call me on".',
        resolvesFrom: ['en-AU', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA'],
        spelling: dictionary('en-GB'),
      },
    ],
    contentWords: englishWords,
    sampleFacts: {},
  },
  {
    language: 'de',
    name: 'German',
    formality: { formal: 'Sie', informal: 'du' },
    defaultVariant: 'de-DE',
    variants: [
      {
        tag: 'de-DE',
        parents: [],
        helpers: deDE,
        distinguishes: 'German as written in Germany: "ß", "Januar", zones such as MEZ.',
        resolvesFrom: ['de', 'de-LU', 'de-BE'],
        spelling: dictionary('de-DE', '@cspell/dict-de-de'),
      },
      {
        tag: 'de-AT',
        parents: [],
        helpers: deAT,
        distinguishes: 'Austrian month names from Intl ("8. Jänner"); its own template key for Austrian words, de-DE\'s words until then.',
        spelling: dictionary('de-AT', '@cspell/dict-de-de', '@cspell/dict-de-at'),
      },
      {
        tag: 'de-CH',
        parents: [],
        helpers: deCH,
        distinguishes: 'Swiss spelling: "ss", never "ß" (templates/de/dialects.yaml).',
        aliases: ['de-LI'],
        spelling: dictionary('de-CH', '@cspell/dict-de-ch'),
      },
    ],
    contentWords: germanWords,
    sampleFacts: {
      candidate: { name: 'Katrin Neumann', email: 'katrin.neumann@example.de', phone: '+49 40 6094 2218' },
      recipient: { name: 'Thomas Berger', title: 'Leiter Recruiting', honorific: 'mr' },
      company: 'Hanseatische Logistik GmbH',
      role: 'Data Analyst (m/w/d)',
      newEmployer: 'Nordlicht Software AG',
      referral: 'Jonas Weber',
      reason: { detail: 'der Arbeitsweg wäre mit über einer Stunde je Strecke zu lang' },
    },
  },
  {
    language: 'es',
    name: 'Spanish',
    formality: { formal: 'usted', informal: 'tú' },
    defaultVariant: 'es-ES',
    variants: [
      {
        tag: 'es-ES',
        parents: [],
        helpers: esES,
        distinguishes: 'Spain: the 24-hour clock ("mañana a las 15:00"), zones such as "hora peninsular".',
        resolvesFrom: ['es', 'es-GQ'],
        spelling: dictionary('es-ES', '@cspell/dict-es-es'),
      },
      {
        tag: 'es-MX',
        parents: ['es-419'],
        helpers: esMX,
        distinguishes: "Mexico: es-419's words and clock, and its own template key for Mexican words.",
        spelling: dictionary('es-ES', '@cspell/dict-es-es'),
      },
      {
        tag: 'es-419',
        parents: [],
        helpers: es419,
        distinguishes: 'Latin American Spanish: the 12-hour clock ("a las 3:00 p.m."); words keyed es-419 in the templates, shared with es-MX and es-AR.',
        resolvesFrom: ['es-CO', 'es-US', 'es-PE', 'es-CL', 'es-VE'],
        spelling: dictionary('es-ES', '@cspell/dict-es-es'),
      },
      {
        tag: 'es-AR',
        parents: ['es-419'],
        helpers: esAR,
        distinguishes: "Argentina, Uruguay and Paraguay: the 24-hour clock (\"a las 15 h\"), \"postulación\" and \"reprogramar\"; es-419's words (the preterite, \"acepté\") otherwise.",
        aliases: ['es-UY', 'es-PY'],
        spelling: dictionary('es-ES', '@cspell/dict-es-es'),
      },
    ],
    contentWords: spanishWords,
    sampleFacts: {
      candidate: { name: 'José Ángel Muñoz Peña', email: 'jamunoz@example.es', phone: '+34 612 345 678' },
      recipient: { name: 'Lucía Ruiz Gómez', title: 'Responsable de Selección', honorific: 'ms' },
      company: 'Talleres Ebro, S.L.',
      role: 'Analista de Datos',
      newEmployer: 'Grupo Norte',
      referral: 'Marta Gil',
      reason: { detail: 'el salario está por debajo de lo que necesito para mudarme' },
    },
  },
  {
    language: 'fr',
    name: 'French',
    formality: { formal: 'vous', informal: 'tu' },
    defaultVariant: 'fr-FR',
    variants: [
      {
        tag: 'fr-FR',
        parents: [],
        helpers: frFR,
        distinguishes: 'French as a recruiter in France reads it: "en visioconférence", "en présentiel", zones named by city.',
        resolvesFrom: ['fr', 'fr-LU', 'fr-MA', 'fr-SN'],
        spelling: dictionary('fr-FR', '@cspell/dict-fr-fr'),
      },
      {
        tag: 'fr-BE',
        parents: [],
        helpers: frBE,
        distinguishes: "Belgium: fr-FR's words under its own tag and template key, for Belgian closings.",
        spelling: dictionary('fr-FR', '@cspell/dict-fr-fr'),
      },
      {
        tag: 'fr-CH',
        parents: [],
        helpers: frCH,
        distinguishes: "Switzerland: fr-FR's words under its own tag and template key, for Swiss closings.",
        spelling: dictionary('fr-FR', '@cspell/dict-fr-fr'),
      },
      {
        tag: 'fr-CA',
        parents: [],
        helpers: frCA,
        distinguishes: 'Quebec: "courriel", "par vidéoconférence", "en personne", zones named "heure de l\'Est" (templates/fr/dialects.yaml).',
        spelling: dictionary('fr-FR', '@cspell/dict-fr-fr'),
      },
    ],
    contentWords: frenchWords,
    sampleFacts: {
      candidate: { name: 'Camille Laurent', email: 'camille.laurent@example.fr', phone: '+33 6 12 34 56 78' },
      recipient: { name: 'Sabine Martin', title: 'Chargée de recrutement', honorific: 'ms' },
      company: 'Acme France S.A.S.',
      role: 'Chef de projet digital',
      newEmployer: 'Groupe Horizon',
      referral: 'Léa Girard',
      reason: { detail: 'le salaire proposé ne me permet pas de déménager à Lyon' },
    },
  },
] as const satisfies readonly LanguageEntry[];

export type WrittenLanguage = (typeof languageRegistry)[number]['language'];
