// German word checks: what a native reader of each market would notice that the content rules
// (src/messages/content-rules) do not check: German greets in Sie by the surname (a neutral full name, "Guten Tag
// Dr. Andrea Vogel", where no Frau or Herr is known), declines a company's name by its head noun ("bei den Stadtwerken
// Bonn"), greets texts and calls by the clock, and each market has its words. Run by test/content/suites-de.ts.
import { parseCompany } from '../../src/messages/facts/company.js';
import { dialledFromAbroad } from '../../src/messages/facts/dialling.js';
import { parsePersonName } from '../../src/messages/facts/person-name.js';
import { deDE, verbLast } from '../../src/messages/languages/de.js';
import { languageVariant } from '../../src/messages/languages/index.js';
import { ourWords } from './checks.js';
import { choicesFor, factsFor, leftOut, listenerZone, now, readerHour, uses, visible, type Rendering } from './matrix.js';

export interface GermanCheck {
  name: string;
  run: (r: Rendering) => string | undefined | false;
}

/** The facts a rendering was made from. */
const factsOf = (r: Rendering) => choicesFor(factsFor(r.set, r.scenario), r.scenario, r.tone);
const recipientOf = (r: Rendering) => {
  const recipient = r.set.facts.recipient;
  return recipient && (recipient.name ?? recipient.familyName) ? parsePersonName(recipient) : null;
};
const honorificOf = (r: Rendering) => r.set.facts.recipient?.honorific ?? recipientOf(r)?.writtenHonorific ?? null;

/** German greets in Sie by the surname: the full name only where no Frau or Herr is known, never a first name alone. */
function germanGreetingProblem(r: Rendering): string | undefined {
  const greeting = r.message.parts.greeting ?? '';
  const person = recipientOf(r);
  if (!person || leftOut(r.message).includes('recipientName')) return undefined;
  const full = r.set.facts.recipient?.name;
  const honorific = honorificOf(r);
  if (r.formality === 'informal') return person.first && !greeting.includes(person.first) ? `du greets without the first name: ${greeting}` : undefined;
  if (person.family && !greeting.includes(person.family)) return `Sie greets without the surname: ${greeting}`;
  if (full && full.includes(' ') && (honorific === 'ms' || honorific === 'mr') && greeting.includes(full) && !r.set.facts.recipient?.preferredName) {
    return `greets by the full name where Frau or Herr is known: ${greeting}`;
  }
  return undefined;
}

/** Phrasings a German professional would never write, each with why, beside the library's German deny list. */
export const germanDenyList: readonly [RegExp, string][] = [
  [/\bkomme ich nicht\b|\bkomme nicht (zu|zum)\b/i, '"... komme ich nicht" reads as "I will not turn up", not as a cancellation'],
  [/zögern Sie nicht|zögere nicht/i, 'a calque of "do not hesitate"'],
  [/macht (keinen )?Sinn/i, 'a calque of "makes sense": German says "ist sinnvoll"'],
  [/am Ende des Tages/i, 'a calque of "at the end of the day"'],
  [/erreicht Sie (gut|wohl)/i, 'a calque of "I hope this finds you well"'],
  [/Ortszeit (Vereinigtes Königreich|Japan|Indien|China|Türkei|Irland|Nigeria|Neuseeland|Vereinigte Arabische Emirate|Sonderverwaltungsregion)/, 'a zone named by its country: a German writes "Londoner Zeit"'],
  [/\b(bei|von|mit|zu|für) (Herr|Frau Herr) \p{Lu}/u, 'the dative or accusative of "Herr" is "Herrn": "für Herrn Caflisch"'],
  [/vorstellen durfte/i, 'says the interview took place'],
  [/Auf Wiedersehen/i, 'on the telephone one says "Auf Wiederhören"'],
  [/kurzfristige[nr]? (Absage|Terminabsage)[^]*kurzfristig verhindert|kurzfristig melde[^]*kurzfristig verhindert/i, 'the apology already says "kurzfristig": the reason repeats it ("aus persönlichen Gründen verhindert")'],
  [/\bInteresse\b[^.!?]*[.!?]\s+[^.!?]*\binteressiert\b/u, '"Ihr Interesse … interessiert mich" repeats the word in the next sentence: "reizt mich"'],
  [/Ich bleibe gern erreichbar/i, 'after a no, "erreichbar bleiben" reads as still being available for the job: "Gern bleibe ich in Kontakt"'],
  [/\bIn dieser Form nehme ich es nicht an\b/i, 'turning down an offer in the flat present with no "leider" reads brusque: "In dieser Form kann ich es leider nicht annehmen"'],
  [/\bWechsel\b[^.!?]*, (denn|weil|da) [^.!?]*\bWechsel\b/, 'the frame repeats the noun of the candidate\'s reason: "Ein Wechsel an den Standort Linz kommt für mich derzeit jedoch nicht in Frage."'],
];

/** The first sentence: up to the first full stop that ends one (not a title's: "Dr. Vogel", "Mag. Huber"). */
const firstSentence = (text: string) => text.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St|med|rer|nat|phil)\./g, '$1').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';

/**
 * The scenarios whose German LinkedIn messages close as a native's do, with a wish or thanks and "Viele Grüße" ("Vielen
 * Dank für Ihr Verständnis und viele Grüße"), and the tones the check below holds them to. A scenario joins the list
 * once its LinkedIn closings are written. Concise keeps its one-line thanks where a greeting would make it no shorter
 * than firm, which closes without one.
 */
export const linkedinClosingTones: Readonly<Record<string, readonly string[]>> = {
  'accepted-another-offer': ['formal', 'warm', 'concise'],
  'keep-door-open': ['formal', 'warm'],
  'personal-reasons': ['formal', 'warm'],
  'last-minute': ['formal', 'warm'],
  'withdraw-application': ['formal', 'warm', 'concise'],
  'not-a-fit': ['formal', 'warm', 'concise'],
  'decline-offer': ['formal', 'warm', 'concise'],
  'decline-recruiter-outreach': ['formal', 'warm', 'concise'],
};

/** The last sentence of a LinkedIn message closes it with greetings, after or before a wish or thanks, or on its own. */
const linkedinClosing = /\b(Grü(ß|ss)en?|Gru(ß|ss))\b/u;
/** The last sentence of a text (a title's full stop does not end one: "Dr. Vogel"). */
const lastSentence = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '';

/** Nouns a thanks of ours may share with anything: the forms of address and the thanks itself. */
const thanksWords = new Set(['Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihnen', 'Dank', 'Danke', 'Vielen', 'Herzlichen', 'Besten', 'Herzlich']);
const nounStem = (word: string) => word.toLowerCase().replace(/(en|es|e|n|s)$/u, '');

/** The checks of German words beyond the content rules: greetings, calques, seams, scripts, subjects and choices. */
export function germanWordChecks(tag: string): GermanCheck[] {
  return [
    {
      name: 'a LinkedIn message ends with a closing, a wish or thanks with "Viele Grüße", never on the bare decision (the scenarios and tones of linkedinClosingTones)',
      run: (r) => {
        if (r.channel !== 'linkedin' || !linkedinClosingTones[r.scenario.id]?.includes(r.tone)) return undefined;
        const last = lastSentence(r.message.text);
        return !linkedinClosing.test(last) && `ends without a closing: "${last}"`;
      },
    },
    {
      name: 'a thanks of ours names no noun of the candidate\'s own words ("Danke für die Betreuung" beside "wegen der Betreuung meiner Tochter")',
      run: (r) => {
        const detail = r.set.facts.reason?.detail;
        if (!detail) return undefined;
        const nouns = new Set((detail.match(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu) ?? []).map(nounStem));
        if (nouns.size === 0) return undefined;
        const opening = detail.trim().slice(1, 16);
        for (const sentence of r.message.text.split(/(?<=[.!?;])\s+/u)) {
          if (!/\b(Dank|danke|bedanke)/iu.test(sentence) || sentence.includes(opening)) continue;
          // What is thanked for: the first noun after "für" ("Danke für die Betreuung", "für Ihre Zeit").
          const what = '(?:(?:\\p{Ll}+|Ihre[nmrs]?|Ihr) ){0,2}(\\p{Lu}\\p{Ll}{3,})';
          const thanked =
            new RegExp(`\\b(?:Dank|danke|bedanke)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?für ${what}`, 'u').exec(sentence)?.[1] ??
            new RegExp(`\\b[Ff]ür ${what}[^.!?;,]{0,20}\\b(?:danke|bedanke)`, 'u').exec(sentence)?.[1];
          const shared = thanked && !thanksWords.has(thanked) && nouns.has(nounStem(thanked)) ? thanked : undefined;
          if (shared && r.message.text.split(shared).length > 1 && r.message.text.includes(detail.trim().slice(1, 16))) return `the thanks reuses "${shared}" of the candidate's words: ${sentence}`;
        }
        return undefined;
      },
    },
    {
      name: 'no legal form outside a formal or firm letter or LinkedIn message, which names the legal name at most once, never in its subject',
      run: (r) => {
        const legal = parseCompany(r.set.facts.company, r.set.facts.companyLegalName);
        if (!legal.legalForm) return undefined;
        const text = visible(r.message);
        const form = new RegExp(`(?<![\\p{L}])${legal.legalForm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
        const count = text.match(form)?.length ?? 0;
        const letter = (r.channel === 'email' || r.channel === 'linkedin') && (r.tone === 'formal' || r.tone === 'firm');
        if (!letter) return count > 0 ? `the legal form ${legal.legalForm} in ${r.tone} ${r.channel}` : undefined;
        if (r.message.subject && form.test(r.message.subject)) return 'a legal form in the subject';
        if (count > 1) return `the legal form ${count} times`;
        // The legal name only where the role and company are first named, never in the sentence that says the
        // candidate wants to work there ("Die Arbeit bei Brennwerk Thermotechnik interessiert mich"); Swiss usage keeps it.
        if (tag === 'de-CH') return undefined;
        const interest = r.message.text
          .split(/(?<=[.!?;])\s+/u)
          .find((sentence) => new RegExp(form.source, 'u').test(sentence) && /\b(reizt|interessiert|Aussicht|überzeugt|Die Arbeit (bei|beim))\b/u.test(sentence));
        return interest ? `the legal form in a sentence of interest: ${interest}` : undefined;
      },
    },
    {
      name: 'no job-ad tag anywhere, subjects included',
      run: (r) => (/\((?:m|w|d|f|x)\s*\/\s*(?:m|w|d|f|x)(?:\s*\/\s*(?:m|w|d|f|x))?\)|\(all genders\)/i.test(visible(r.message)) ? 'a gender tag' : undefined),
    },
    {
      name: 'names the company with the article its name needs, never bare after a preposition that needs one',
      run: (r) => {
        const text = visible(r.message);
        for (const company of [r.set.facts.company, r.set.facts.newEmployer].filter(Boolean) as string[]) {
          const everyday = deDE.everydayCompany(company);
          const forms = deDE.companyWith!(everyday);
          for (const [key, prep] of [['bei', 'bei'], ['von', 'von'], ['mit', 'mit'], ['zu', 'zu'], ['fuer', 'für']] as const) {
            if (forms[key] !== `${prep} ${everyday}` && new RegExp(`\\b${prep} ${everyday.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text)) return `"${prep} ${everyday}" needs "${forms[key]}"`;
          }
        }
        return undefined;
      },
    },
    {
      name: 'the employer is named once, then "Ihr Haus": never by name in two sentences in a row',
      run: (r) => {
        const everyday = deDE.everydayCompany(r.set.facts.company);
        if (everyday.length < 4) return undefined;
        const name = new RegExp(`(?<!\\p{L})${everyday.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
        const sentences = r.message.text.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St|med|rer|nat|phil)\./g, '$1').split(/(?<=[.!?;])\s+/u);
        const at = sentences.findIndex((sentence, i) => i > 0 && name.test(sentence) && name.test(sentences[i - 1]!));
        return at > 0 && `"${everyday}" in two sentences in a row: ${sentences[at - 1]} ${sentences[at]}`;
      },
    },
    {
      name: 'the post is named "Stelle" or "Position" once: a later clause ("in meiner jetzigen …", "dieser …", "eine andere … in Ihrem Haus") takes the other noun or "Aufgabe"',
      run: (r) => {
        const text = ourWords(r.message.text, r);
        for (const noun of ['Stelle', 'Position']) {
          const found = text.match(new RegExp(`\\b${noun}\\b`, 'g')) ?? [];
          if (found.length > 1) return `"${noun}" ${found.length} times in one message`;
        }
        return undefined;
      },
    },
    {
      name: 'no phrasing a native professional would rewrite (the German deny list)',
      run: (r) => {
        const text = visible(r.message);
        for (const [pattern, why] of germanDenyList) {
          const found = pattern.exec(text);
          if (!found) continue;
          return `"${found[0]}": ${why}`;
        }
        return undefined;
      },
    },
    {
      name: 'no stacked regret, no two causal connectors or two colons in one sentence',
      run: (r) => {
        const text = ourWords(r.message.text, r);
        const regret = text.match(/\bleider\b|bedaure|Bedauern|tut mir (wirklich |sehr |so )?leid|[Ee]ntschuldig|Verzeihung|verzeih|unangenehm/g) ?? [];
        if (regret.length > 2) return `three words of regret: ${regret.join(', ')}`;
        for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
          if (/\b(da|weil|denn)\b[^.;:]*,\s*(da|weil|denn)\b/.test(sentence)) return `two causal connectors in one sentence: ${sentence}`;
        }
        const colons = text.split(/(?<=[.!?])\s+/).find((sentence) => (sentence.match(/:\s/g)?.length ?? 0) > 1);
        if (colons) return `two colons in one sentence: ${colons}`;
        return undefined;
      },
    },
    {
      name: 'the candidate\'s words after "denn" only as a main clause: typed verb last, they follow "weil"; a main clause never after "weil", "da" or "dass"',
      run: (r) => {
        const denn = /, denn ([^.]+)\./.exec(r.message.text);
        if (denn && verbLast(denn[1]!)) return `"denn" before a clause with its verb last: ${denn[0]}`;
        // And never "weil", "da" or "dass" before the candidate's main clause: "weil ich suche eine Stelle …".
        const detail = r.set.facts.reason?.detail?.trim().replace(/[.!;,:\s]+$/u, '');
        if (!detail || verbLast(detail) || /^(weil|da|dass|zumal|nachdem)\s/iu.test(detail)) return undefined;
        const body = detail.slice(1);
        const joined = new RegExp(`\\b(weil|da|dass) .${body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').exec(r.message.text);
        return joined ? `"${joined[1]}" before the candidate's main clause: ${joined[0]}` : undefined;
      },
    },
    {
      name: 'an interview held is never called off nor named by a bare weekday, one ahead is never thanked for as if held',
      run: (r) => {
        const at = r.set.facts.interview?.at;
        if (!at || !uses(r.scenario, '/interview/at')) return undefined;
        const past = Date.parse(at) <= Date.parse(r.set.facts.now ?? now);
        const text = r.message.text;
        if (past && /absagen|abzusagen|\bsage\b[^.]*\bab\b|\bTermin\b|nicht wahrnehmen|verschieben/.test(text)) return 'calls off an interview that has taken place';
        if (!past && /vorstellen durfte|für das (schöne |angenehme |offene )?Gespräch (am|gestern|heute|vom)\b|nach unserem Gespräch|den offenen Austausch (am|gestern)/.test(text)) return 'thanks for an interview still ahead as if it had taken place';
        // A weekday alone names the next one ("am Dienstag" on a Monday is tomorrow): a day held is "vergangen" or dated.
        const bareDay = /\bam (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b(?!,)/.exec(text);
        if (past && bareDay) return `an interview held named by a bare weekday, which reads as the next one: "${bareDay[0]}"`;
        return undefined;
      },
    },
    {
      name: 'texts and voicemails greet by the clock and say who writes or calls; voicemails why, the number, and goodbye as on the phone',
      run: (r) => {
        if (r.channel !== 'sms' && r.channel !== 'voicemail') return undefined;
        const text = r.message.text;
        if (!/^(Guten (Morgen|Tag|Abend)|Hallo|Hi|Liebe[r]?|Grüß Gott|Grüezi)\b/.test(text)) return 'no greeting';
        const hour = readerHour(r);
        if (hour < 10 && hour >= 5 && !text.startsWith('Guten Morgen')) return `no "Guten Morgen" at ${hour} o'clock`;
        if (hour >= 18 && !text.startsWith('Guten Abend')) return `no "Guten Abend" at ${hour} o'clock`;
        const name = r.set.facts.candidate.name!;
        const first = firstSentence(text);
        if (!first.includes(name.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St)\./g, '$1')) && !leftOut(r.message).includes('surname')) return 'the first sentence does not say who it is';
        if (r.channel === 'sms') return undefined;
        // Who, the number and why come first, in short sentences of their own (greeting and opening, one paragraph):
        // "..., mein Name ist Jana Kowalczyk. Meine Nummer ist 0351 4402118. Es geht um ...", never three main
        // clauses spliced with commas.
        const opening = text.split('\n\n')[0]!;
        if (opening.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St|med|rer|nat|phil)\./g, '$1').split(/(?<=[.!?])\s+(?=\p{Lu})/u).length > 4) return 'the opening paragraph runs past who, number and why';
        if (!/\b(Bewerbung|Kandidatur|Gespräch\p{L}*|Vorstellungsgespräch\p{L}*|Termin\p{L}*|Angebot\p{L}*|Anfrage|Nachricht|Stelle)\b/u.test(opening)) return 'the opening does not say why';
        if (/^[^.!?]*, (mein Name ist|hier spricht|hier ist) [^.!?]*, (meine Nummer ist|Sie erreichen|du erreichst)/.test(text)) return 'name and number spliced into one sentence with commas';
        const phone = r.set.facts.candidate.phone;
        if (phone && r.scenario.id !== 'firm-no' && !dialledFromAbroad(phone, listenerZone(r))) {
          // A number of the market's own country is said as its people say it, with the trunk 0 ("0171 483 92 07"),
          // the same words opening and closing the message (the content rule voicemail-own-country-code keeps "plus
          // 4 9" out), unless the recruiter is abroad and must dial the code.
          const spoken = languageVariant(tag).helpers.slowNumber(phone);
          if (!opening.includes(spoken)) return `the opening does not give the number as said: ${spoken}`;
          if (text.lastIndexOf(spoken) === text.indexOf(spoken)) return 'the number not repeated at the end';
        }
        if (/Grü(ß|ss)e|Gru(ß|ss)\b|Hochachtungsvoll|MfG/.test(text)) return 'a written sign-off read aloud';
        if (!/([Aa]uf Wiederhören|[Tt]schüss|Mach's gut)\.$/.test(text)) return 'no spoken goodbye';
        if (tag === 'de-AT' && hour >= 10 && hour < 18 && r.formality !== 'informal' && r.tone !== 'warm' && !text.startsWith('Grüß Gott')) return 'an Austrian voicemail greets "Grüß Gott" by day';
        if (tag === 'de-CH' && hour >= 10 && hour < 18 && r.formality !== 'informal' && r.tone !== 'warm' && !text.startsWith('Grüezi')) return 'a Swiss voicemail greets "Grüezi" by day';
        return undefined;
      },
    },
    {
      name: 'subjects say what happened: the action, the role, the name (or the signature has it), the day at short notice, the reference',
      run: (r) => {
        const subject = r.message.subject;
        if (!subject) return undefined;
        const name = r.set.facts.candidate.name!;
        if (!subject.includes(name) && !(r.message.parts.signature ?? '').includes(name)) return 'the full name neither in the subject nor in the signature';
        // An offer the candidate would still discuss is named without a no ("Ihr Angebot: …"), as the subject-shape rule allows.
        const openOffer = r.scenario.id === 'decline-offer' && factsOf(r).openToNegotiation === true && /angebot\b/i.test(subject);
        if (!openOffer && !/absage|abgesagt|rückzug|zurück|ablehnung|abgelehnt|verschieb|neue[rn]? Termin|kein Interesse/i.test(subject)) return 'a subject that does not say what happened';
        const fallback = /: (meine |leider eine |endgültige )?Absage$/.test(subject);
        if (fallback) return undefined;
        const facts = factsOf(r);
        // Recruiters file by the reference: every subject that names the application carries it when given.
        if (r.message.facts.jobReference && !subject.includes(r.message.facts.jobReference)) return 'a subject without the job reference';
        if (facts.interview?.at && uses(r.scenario, '/interview/at') && r.set.when) {
          const at = Date.parse(facts.interview.at);
          const ahead = at - Date.parse(facts.now ?? now);
          const time = /\d{1,2}(:\d{2})? Uhr/.exec(r.set.when)?.[0];
          if (ahead > 0 && ahead < 24 * 3_600_000 && (!/\b(heute|morgen)\b/.test(subject) || (time && !subject.includes(time)))) return 'a short-notice subject without the day and time';
        }
        return undefined;
      },
    },
    {
      name: 'Sie greets by the surname everywhere, du by the first name; Austria keeps academic titles',
      run: (r) => {
        if (r.channel === 'linkedin' || r.channel === 'voicemail') return undefined;
        const problem = germanGreetingProblem(r);
        if (problem) return problem;
        const person = recipientOf(r);
        const honorific = honorificOf(r);
        const greeting = r.message.parts.greeting ?? '';
        if (tag === 'de-AT' && r.formality !== 'informal' && person?.academicTitle && (honorific === 'ms' || honorific === 'mr') && !greeting.includes(person.academicTitle) && !leftOut(r.message).includes('recipientName')) {
          return `an Austrian greeting without the title ${person.academicTitle}: ${greeting}`;
        }
        return undefined;
      },
    },
    {
      name: 'the choices: another date asked for only with reschedule, negotiation only when open to it, deletion only when asked',
      run: (r) => {
        const facts = factsOf(r);
        const text = r.message.text;
        const asksDate = /neuen Termin|neuer Termin|anderer Termin|anderen Termin|anderen Tag|anderer Tag|Ersatztermin|verschieben|Verschiebung/.test(text);
        if (facts.intent === 'reschedule') {
          if (!asksDate) return 'reschedule without asking for another date';
          if (/zurückzuziehen|ziehe[^.]*zurück/.test(text)) return 'reschedule that withdraws the application';
          // A formal text that asks a favour thanks for it: readers in Stuttgart, Vienna and Zurich failed every one without.
          if (r.channel === 'sms' && r.tone === 'formal' && !/Danke|Dank\b/.test(text)) return 'a formal text asks for another date without thanks';
          if (facts.availability && !text.includes(facts.availability) && !leftOut(r.message).length) return 'the availability left out';
        } else if (asksDate) return 'asks for another date without reschedule';
        const negotiates = /noch einmal überdenken|neu überlegen|noch einmal überlegen|noch einmal prüfen|Spielraum|noch etwas (geht|bewegen|möglich)|etwas geht|mehr möglich|(finanziell|Arbeitsmodell) noch etwas|anders regeln|flexibler gestalten|Flexibilität rede|rede ich gern weiter|Arbeitsmodell anpassen|anderes Arbeitsmodell|höheres (Gehalt|Salär)|Über das Arbeitsmodell spreche|Über das (Gehalt|Salär) spreche|Über eine Anpassung spreche|Über die Konditionen (spreche|rede)|wäre ich gesprächsbereit|verhandlungsbereit/.test(text);
        if (facts.openToNegotiation && !negotiates) return 'open to negotiation but says nothing of it';
        if (!facts.openToNegotiation && negotiates) return 'offers to reconsider without openToNegotiation';
        if (facts.openToNegotiation) {
          // An invitation to talk again is not followed by farewell wishes, and the offer is named at most twice.
          if (/viel Erfolg|alles Gute|glückliche Hand|wünsche/i.test(ourWords(text, r))) return 'wishes luck after inviting a better offer';
          if ((ourWords(text, r).match(/Angebot/g) ?? []).length > 2) return '"Angebot" more than twice';
          // A formal no to an offer the candidate would still discuss is a no to the offer as it stands, never a final
          // decision with a vague afterthought (readers filed "zu dem Entschluss gekommen … nicht anzunehmen" as a no).
          if (r.tone === 'formal' && /zu dem Entschluss gekommen|Ich muss es jedoch ablehnen|lehne ich es jedoch ab|nehme ich es jedoch nicht an|Falls finanziell noch etwas möglich/.test(ourWords(text, r))) return 'a final refusal though open to talks';
        }
        const deletion = r.message.parts.dataDeletion;
        if (facts.requestDataDeletion && !deletion) return 'data deletion asked for but not requested';
        if (!facts.requestDataDeletion && deletion) return 'asks for deletion nobody asked for';
        if (deletion && tag === 'de-CH' && /DSGVO/.test(deletion)) return 'the EU GDPR cited in Switzerland';
        if (deletion && r.scenario.id === 'decline-recruiter-outreach' && /Bewerbung/u.test(deletion)) return `a recruiter approached the candidate, so there is no application to delete: ${deletion}`;
        if (deletion && tag !== 'de-CH' && r.channel === 'email' && (r.tone === 'formal' || r.tone === 'firm') && !/DSGVO/.test(deletion)) return 'a formal deletion request without its legal basis';
        return undefined;
      },
    },
    {
      name: 'sign-offs as a German signs: never a bare "Grüße" or "Gruß", never "Freundliche Grüße" in du; "und" spoken, not "&"; a Sie call says the full name',
      run: (r) => {
        const signature = r.message.parts.signature ?? '';
        if (r.channel === 'email' && /^(Grüße|Gruß)\n/.test(signature)) return `a bare sign-off: ${signature.split('\n')[0]}`;
        if (r.channel === 'email' && r.formality === 'informal' && /^(Freundliche Grüße|Mit freundlichen Grüßen|Mit freundlichem Gruß)\n/.test(signature)) return 'du signed as a formal letter';
        if (r.channel === 'voicemail' && /\s&\s/.test(r.message.text)) return 'an ampersand in a spoken script';
        if (r.channel === 'voicemail' && r.formality !== 'informal' && leftOut(r.message).includes('surname')) return 'a Sie voicemail that drops the caller\'s surname';
        return undefined;
      },
    },
    {
      name: 'agrees with the candidate only as they chose: feminine, masculine, or no word that needs either',
      run: (r) => {
        const gender = r.set.facts.candidate.grammaticalGender;
        const text = ourWords(r.message.text, r);
        if (gender !== 'f' && /\b(Kandidatin|Bewerberin|Interessentin)\b/.test(text)) return 'a feminine form nobody chose';
        if (gender !== 'm' && /\b(Kandidaten|Kandidat|Bewerber|Interessent)\b(?!in)/.test(text)) return 'a masculine form nobody chose';
        return undefined;
      },
    },
    {
      name: 'each market its words: Swiss pay is Salär or Entlöhnung, no ß in Switzerland',
      run: (r) => {
        if (tag !== 'de-CH') return undefined;
        const text = ourWords(visible(r.message), r);
        if (/\b(Gehalt|Gehalts\p{L}*|Vergütung)\b/u.test(text)) return 'German pay words in a Swiss text';
        return undefined;
      },
    },
  ];
}
