// What a content rule reads and what it answers: a message as a reader gets it, the facts' own strings (so that our
// words can be told apart from the names and times a platform sent), and the violations found, each with a stable id.
import type { ChannelId, Formality, PartName, ScenarioId, ToneId } from '../catalogue.js';
import type { Honorific } from '../languages/helpers.js';

/** A message to check: ours as rendered, or words the service did not write (a platform's own template). */
export interface MessageUnderCheck {
  /** The BCP 47 tag it is written in, as the service resolves it ("de-AT"). */
  language: string;
  scenario: ScenarioId;
  tone: ToneId;
  channel: ChannelId;
  /** The form of address asked for, in languages that have one. */
  formality?: Formality;
  subject?: string;
  text: string;
  html?: string;
  /** The labelled parts the text is made of, where known (greeting, signature ...). */
  parts?: Partial<Record<PartName, string>>;
  stats: {
    characters: number;
    smsSegments?: number;
    smsEncoding?: 'GSM-7' | 'UCS-2';
    speakingSeconds?: number;
  };
  /** What a text or voicemail left out to fit its channel ("role", "closing" ...), where the writer said so. */
  omitted?: readonly string[];
}

/**
 * The facts' own strings, as the platform sent them: every tone and phrasing shares them by design, so repetition,
 * capitals and calques are judged on the words around them.
 */
export interface MessageFacts {
  candidate: { name: string; preferredName?: string; email?: string; phone?: string };
  recipient?: { name: string; preferredName?: string; honorific?: Honorific };
  /** The company as given, with its legal form ("Talleres Ebro, S.L."). */
  company: string;
  /** The company as prose names it, without its legal form ("Talleres Ebro"); derived when absent. */
  companyEveryday?: string;
  newEmployer?: string;
  newEmployerEveryday?: string;
  role?: string;
  referral?: string;
  /** The candidate's own reason, and whether they asked for it to be shared. */
  reasonDetail?: { text: string; shared: boolean };
  /** The upcoming interview's day and time as the text writes them ("tomorrow at 3 PM"). */
  interviewWhen?: string;
  /** The interview's zone (IANA): where the recruiter listens to a voicemail from. */
  interviewTimeZone?: string;
  /** Any other string the platform sent that may appear as given (a job title, a reference). */
  other?: readonly string[];
  /** The candidate declines an offer but would discuss its pay or hours (`openToNegotiation`). */
  openToNegotiation?: boolean;
}

export interface CheckInput {
  message: MessageUnderCheck;
  facts: MessageFacts;
}

export type Severity = 'error' | 'warning';

export interface Violation {
  /** The rule's stable id ("repeated-phrase"). */
  rule: string;
  severity: Severity;
  /** What a reader would notice, with the words that show it. */
  message: string;
  /** A JSON Pointer into the message checked ("/text", "/subject", "/parts/greeting"). */
  pointer?: string;
}

/** A calque or slip a native professional would rewrite, with why, and where it is wrong. */
export interface DenyEntry {
  /** Matched against our words (names, companies, roles and details taken out; the time as written kept). */
  pattern: RegExp;
  reason: string;
  /** Only in these tones (absent: every tone). */
  tones?: readonly ToneId[];
  channels?: readonly ChannelId[];
  /** Only in these scenarios (absent: every scenario). */
  scenarios?: readonly ScenarioId[];
  formality?: Formality;
  /** Only in these variants or their children ("es-419" covers es-MX and es-AR); absent: every variant. */
  variants?: readonly string[];
}

/**
 * A language's words for the rules: what may repeat, how letters open and close, greet, apologise, thank, decide and
 * give a reason, how each form of address shows, and the calques its readers reject.
 */
export interface LanguageWords {
  /** Function words that may repeat freely ("the", "I", "to" ...). */
  stopWords: ReadonlySet<string>;
  /** Words a message may say twice in one phrase by design: a voicemail gives the callback number twice. */
  repeatable: ReadonlySet<string>;
  /** Reduces a word to what repetition counts ("offers" and "offer" are one word). */
  stem(word: string): string;
  /** Openings of letters: never in a LinkedIn message. */
  letterSalutation: RegExp;
  /** A closing formula on a line or sentence of its own ("Kind regards", "Un cordial saludo"). Whole-string match. */
  signOff: RegExp;
  /**
   * Where the language's LinkedIn messages close with a sign-off on a line of its own and the name below it (German
   * "Viele Grüße" / name), that closing paragraph, matched whole; absent where LinkedIn messages end on their text.
   */
  linkedinSignOff?: RegExp;
  /** Greeting words that open a message; never followed directly by a comma (an empty slot) or an initial. */
  greetingWords: RegExp;
  /** A greeting in the first sentence of a text or voicemail ("Hi", "Good morning", "Guten Tag", "Bonjour"). */
  spokenGreeting: RegExp;
  /** Words of apology: a sentence with one never carries an exclamation mark. */
  apology: RegExp;
  /** Words of thanks. */
  thanks: RegExp;
  /** A thanks said again ("thanks again", "encore merci"), which needs a thanks before it. */
  thanksAgain: RegExp;
  /**
   * The plain thanks a message says once ("thank you", "thanks"): in two sentences it reads as said twice, though the
   * words differ ("Thank you so much for ... Thanks for being so kind"). Languages without it are not checked.
   */
  thanksOnce?: RegExp;
  /** Verbs that carry the decision (cancel, withdraw, decline ...), as regex source, in any form the texts use. */
  decisionVerbs: string;
  /** Words that open a reason clause (because, since, as ...), as regex source. */
  reasonConnectors: string;
  /** The word for "and" that joins two verbs. */
  and: string;
  /** How a subject that fell back (names too long to fit) reads; it need not name the role. */
  subjectFallback: RegExp;
  /** Words that make a declined offer's subject unmistakable. */
  declineWords: RegExp;
  /**
   * A subject for an offer the candidate would still discuss (`openToNegotiation`): it names the offer and says
   * nothing that reads as a yes ("Your offer: Senior Manager, FP&A"), as "declining" makes a recruiter close the
   * requisition. Languages without it keep the decline words there too.
   */
  openOfferSubject?: {
    names: RegExp;
    accepts: RegExp;
    /** A label no person's name may follow ("Your offer: <name>" reads as if the offer were the person). */
    label?: RegExp;
  };
  /** Titles that greet on their own at the head of a formal letter ("Madame," in French). */
  /**
   * The language greets in its formal address by the full name where it knows no title to go with the surname, on
   * the phone too (German: "Guten Tag Thomas Becker", for the first name alone would be du).
   */
  fullNameWithoutTitle?: boolean;
  letterTitles?: Partial<Record<Honorific, string>>;
  /** The words of each form of address, for languages that have one: never the other's in a message. */
  address?: { formal: RegExp; informal: RegExp };
  denyList: readonly DenyEntry[];
}
