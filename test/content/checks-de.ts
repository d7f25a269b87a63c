// German content checks: what a native reader of each market would notice, as rules over the German matrices, and
// the German matrix itself (the choices a scenario refuses are left out of its facts). Three shared checks are
// replaced by German ones: German greets in Sie by the surname, so a neutral full name ("Guten Tag Thomas Becker")
// is the correct greeting where no Frau or Herr is known; and German declines a company's name ("bei den
// Stadtwerken Bonn"), which still names it.
import { channelIds, scenarios, toneIds, type Formality, type Scenario, type ToneId } from '../../src/messages/catalogue.js';
import { parseCompany } from '../../src/messages/facts/company.js';
import { parsePersonName } from '../../src/messages/facts/person-name.js';
import { deDE, verbLast } from '../../src/messages/languages/de.js';
import { languageVariant } from '../../src/messages/languages/index.js';
import { rotation } from '../../src/messages/render.js';
import { checks, ourWords, type Check, type LanguageRules } from './checks.js';
import { applies, factsFor, leftOut, now, renderOne, seeds, uses, visible, type Facts, type FactSet, type RenderOptions, type Rendering } from './matrix.js';

/** The facts of a set as a scenario and tone take them: a choice the scenario (or tone) refuses is left out. */
export function germanFactsFor(set: FactSet, scenario: Scenario, tone: ToneId): Facts {
  const facts: Facts = { ...factsFor(set, scenario) };
  if (!scenario.intents.includes('reschedule')) {
    delete facts.intent;
    delete facts.availability;
  }
  const code = facts.reason?.code;
  if (tone === 'firm' || !code || !(scenario.negotiableReasons ?? []).includes(code)) delete facts.openToNegotiation;
  if (!scenario.dataDeletion || facts.intent === 'reschedule' || (facts.keepDoorOpen && uses(scenario, '/keepDoorOpen'))) delete facts.requestDataDeletion;
  return facts;
}

/** Every scenario, tone and channel with each set, every alternative (rotations) and some seeds, as buildMatrix. */
export function buildGermanMatrix(tag: string, sets: readonly FactSet[], seedCount: number, formality: Formality, rotations = 3): Rendering[] {
  const phrasings: { phrasing: string; options: RenderOptions }[] = [
    ...Array.from({ length: rotations }, (_, k) => ({ phrasing: `rotation ${k}`, options: { language: tag, picker: rotation(k), formality } })),
    ...seeds(seedCount).map((seed) => ({ phrasing: seed, options: { language: tag, seed, formality } })),
  ];
  return sets.flatMap((set) =>
    scenarios.filter((scenario) => applies(set, scenario)).flatMap((scenario) =>
      toneIds.flatMap((tone) =>
        channelIds.flatMap((channel) =>
          phrasings.map(({ phrasing, options }) => ({
            set,
            scenario,
            tone,
            channel,
            phrasing,
            formality,
            message: renderOne(germanFactsFor(set, scenario, tone), scenario, tone, channel, options),
            label: `[${tag} ${formality} ${set.name}, ${phrasing}] ${scenario.id} / ${tone} / ${channel}`,
          })),
        ),
      ),
    ),
  );
}

/** The facts a rendering was made from. */
const factsOf = (r: Rendering) => germanFactsFor(r.set, r.scenario, r.tone);
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

/** The company named: as written, or in a form German grammar gives it ("bei den Stadtwerken Bonn"). */
export function namesCompany(text: string, company: string): boolean {
  const everyday = deDE.everydayCompany(company);
  if (text.includes(everyday)) return true;
  const forms = Object.values(deDE.companyWith!(everyday)).map((f) => f.replace(/^(bei der|bei den|beim|von der|von den|vom|mit der|mit dem|mit den|zur|zum|zu den|für die|für den|für das|an die|an den|ans|die|der|das|den|dem)\s+/, ''));
  return forms.some((f) => text.includes(f));
}

function germanVersions(rules: LanguageRules): Map<string, Check> {
  const helpers = languageVariant(rules.tag).helpers;
  const shared = new Map(checks(rules).map((c) => [c.name, c]));
  const linkedIn = shared.get('LinkedIn: a direct message of two to four sentences, first names, no letter salutation or sign-off')!;
  const voicemail = shared.get('voicemail: under 45 seconds, no email address, the number said at the start and slowly at the end')!;
  const names = shared.get('names the candidate and the company, and the role when given')!;
  // The shared checks, run on a rendering without its recipient's full name, so only their greeting rule is set aside.
  const withoutFullName = (r: Rendering): Rendering => ({ ...r, set: { ...r.set, facts: { ...r.set.facts, recipient: r.set.facts.recipient ? { ...r.set.facts.recipient, name: undefined } : undefined } } });
  return new Map<string, Check>([
    [
      linkedIn.name,
      {
        name: 'LinkedIn (German): two to four sentences, no letter salutation or sign-off, greeted as German greets in Sie or du',
        run: (r) => (r.channel === 'linkedin' ? (linkedIn.run(withoutFullName(r)) || germanGreetingProblem(r)) : undefined),
      },
    ],
    [
      voicemail.name,
      {
        name: 'voicemail (German): under 45 seconds, the number first and slowly at the end, greeted as German greets',
        run: (r) => (r.channel === 'voicemail' ? (voicemail.run(withoutFullName(r)) || germanGreetingProblem(r)) : undefined),
      },
    ],
    [
      names.name,
      {
        name: 'names the candidate and the company (as German declines it), and the role when given',
        run: (r) => {
          const { candidate: person, company, role } = r.set.facts;
          const text = visible(r.message);
          const name = person.name ?? [person.givenName, person.familyName].filter(Boolean).join(' ');
          const given = person.preferredName ?? helpers.givenName(name) ?? name;
          if (r.channel !== 'linkedin' && !text.includes(name) && !(r.channel === 'email' && text.includes(given)) && !leftOut(r.message).includes('surname')) return `no candidate name (${name})`;
          if (!namesCompany(text, company)) return `no company (${company})`;
          const spoken = r.message.facts.role;
          if (role && uses(r.scenario, '/role') && spoken && !text.includes(r.channel === 'voicemail' ? spoken.spoken : spoken.name) && !leftOut(r.message).includes('role')) return 'no role';
          return undefined;
        },
      },
    ],
  ]);
}

/**
 * The shared checks, with the three German ones in their place. Each sees the role as the service understood it
 * ("Controller" of "Controller (w/m/d)"): a job-ad tag is taken off every text, subjects included.
 */
export function germanChecks(rules: LanguageRules): Check[] {
  const german = germanVersions(rules);
  const understood = (r: Rendering): Rendering => {
    const set = r.set.facts.role && r.message.facts.role ? { ...r.set, facts: { ...r.set.facts, role: r.message.facts.role.name } } : r.set;
    // The company as its name is written, where German grammar declined it ("bei den Stadtwerken Bonn e.V."):
    // a fact, as the shared checks know it.
    const names = [r.set.facts.company, r.set.facts.companyLegalName, r.set.facts.newEmployer].filter(Boolean) as string[];
    const forms = names.flatMap((written) =>
      [written, deDE.everydayCompany(written)].flatMap((name) =>
        Object.values(deDE.companyWith!(name)).map((f) => [f.replace(/^(bei der|bei den|beim|von der|von den|vom|mit der|mit dem|mit den|zur|zum|zu den|für die|für den|für das|an die|an den|ans|die|der|das|den|dem)\s+/, ''), name] as const),
      ),
    ).filter(([declined, name]) => declined !== name).sort((a, b) => b[0].length - a[0].length);
    const plain = (text: string) => forms.reduce((t, [declined, name]) => t.split(declined).join(name), text);
    const m = r.message;
    const message = {
      ...m,
      text: plain(m.text),
      ...(m.subject !== undefined && { subject: plain(m.subject) }),
      parts: Object.fromEntries(Object.entries(m.parts).map(([k, v]) => [k, plain(v as string)])),
    };
    return { ...r, set, message };
  };
  return checks(rules).map((c) => {
    const check = german.get(c.name) ?? c;
    // The texts' own lengths count where a channel's limit is measured: those checks see them as they are.
    if (/^(SMS|voicemail)/.test(c.name)) return { name: check.name, run: (r: Rendering) => check.run({ ...r, set: understood(r).set }) };
    return { name: check.name, run: (r: Rendering) => check.run(understood(r)) };
  });
}

/** Phrasings a German professional would never write, each with why. */
export const germanDenyList: readonly [RegExp, string][] = [
  [/die das verursacht/i, 'a relative clause without its verb ending: "die Umstände, die das verursacht, bedaure ich"'],
  [/\bkomme ich nicht\b|\bkomme nicht (zu|zum)\b/i, '"... komme ich nicht" reads as "I will not turn up", not as a cancellation'],
  [/fühle mich (richtig |so |sehr )?schlecht/i, '"Ich fühle mich schlecht" means "I feel ill"'],
  [/Gern ein andermal/i, 'too casual for a cancellation: "Gern ein andermal" sounds like a missed coffee'],
  [/zögern Sie nicht|zögere nicht/i, 'a calque of "do not hesitate"'],
  [/macht (keinen )?Sinn/i, 'a calque of "makes sense": German says "ist sinnvoll"'],
  [/am Ende des Tages/i, 'a calque of "at the end of the day"'],
  [/erreicht Sie (gut|wohl)/i, 'a calque of "I hope this finds you well"'],
  [/Ortszeit (Vereinigtes Königreich|Japan|Indien|China|Türkei|Irland|Nigeria|Neuseeland|Vereinigte Arabische Emirate|Sonderverwaltungsregion)/, 'a zone named by its country: a German writes "Londoner Zeit"'],
  [/\b(bei|von|mit|zu|für) (Herr|Frau Herr) \p{Lu}/u, 'the dative or accusative of "Herr" is "Herrn": "für Herrn Caflisch"'],
  [/vorstellen durfte/i, 'says the interview took place'],
  [/\bnochmals (vielen )?Dank\b|\bnoch einmal (vielen )?Dank\b|\bDanke nochmals\b/i, 'a second thanks said as "again" (only where a thanks stands before it: checked apart)'],
  [/Auf Wiedersehen/i, 'on the telephone one says "Auf Wiederhören"'],
  [/\bSie\b[^.]*\bdu\b|\bdu\b[^.]*\bIhnen\b/, 'Sie and du in one sentence'],
];

const functionWords = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn da weil dass ob wenn als
  wie so zu zum zur im in an am auf aus bei beim mit nach von vom vor für über unter um durch gegen ohne bis seit
  ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer sie ihr ihre ihnen
  ihren ihrem ihrer ihres du dich dir dein deine deinen deinem deiner euch euer eure es er ihn ihm sein seine man ist
  bin sind war habe hat haben hatte wird werde werden würde würden kann könnte muss möchte sich nicht kein keine auch
  noch nur schon sehr gern gerne ganz mehr dies diese dieser dieses diesem diesen hier dort dann daher deshalb also
  bitte uhr heute morgen jedoch damit dafür darauf daran davon dazu was wer eines einmal zu viel vielen falls sofern
  sobald weiter weiterhin etwas`.split(/\s+/),
);
/** Words of ours that may stand twice in a message: the greeting and the sign-off speak a second time of the day. */
const stopWords = new Set(['guten', 'grüße', 'gruß', 'grüßen', 'grüsse', 'gruss', 'grüssen', 'morgen', 'abend', 'hallo', 'stelle', 'nummer', 'langsam']);

const normalise = (w: string) => (w.length > 5 ? w.replace(/(en|es|er|e|s|n)$/u, '') : w);

/** The names of the companies as German declines them ("Stadtwerken Bonn", "Deutschen Bahn"): facts too. */
function declinedNames(r: Rendering): string[] {
  return [r.set.facts.company, r.set.facts.newEmployer]
    .filter(Boolean)
    .flatMap((c) => Object.values(deDE.companyWith!(deDE.everydayCompany(c!))).map((f) => f.replace(/^(bei der|bei den|beim|von der|von den|vom|mit der|mit dem|mit den|zur|zum|zu den|für die|für den|für das|an die|an den|ans|die|der|das|den|dem)\s+/, '')))
    .sort((a, b) => b.length - a.length);
}

/** Our words of a message (facts, and the company however declined, replaced by X), lower case. */
function wordsOf(text: string, r: Rendering): string[] {
  let own = text;
  for (const name of declinedNames(r)) own = own.split(name).join('X');
  own = ourWords(own, r);
  // The candidate's own words, as the helper shaped them (first letter lower-cased, a connector before them).
  const detail = r.set.facts.reason?.detail?.trim().replace(/[.!;,:\s]+$/u, '');
  if (detail) for (const form of [detail, detail.charAt(0).toLowerCase() + detail.slice(1), detail.replace(/^(dass|weil|denn)\s+/i, '')]) own = own.split(form).join('X');
  return own.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

/** A content word of ours twice in one message, or a two-word phrase twice (the greeting and signature aside). */
export function repeatedContent(r: Rendering): string | undefined {
  // A voicemail's signature is spoken (the number again, the goodbye), so it counts; a letter's is names and addresses.
  const { greeting: _g, signature, ...body } = r.message.parts;
  const text = [...Object.values(body), r.channel === 'voicemail' ? (signature ?? '') : ''].join(' ');
  const words = wordsOf(text, r);
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w.length < 4 || w === 'x' || functionWords.has(w) || stopWords.has(w)) continue;
    const key = normalise(w);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const twice = [...counts].filter(([, n]) => n >= 2).map(([w]) => w);
  if (twice.length > 0) return `twice: ${twice.join(', ')}`;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a === 'x' || b === 'x' || (functionWords.has(a) && functionWords.has(b))) continue;
    const key = `${a} ${b}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const phrase = [...pairs].find(([, n]) => n >= 2);
  return phrase ? `the phrase "${phrase[0]}" twice` : undefined;
}

/** The sender's hour from the set's `now` (or the matrix clock), in the sender's own offset. */
function senderHour(r: Rendering): number {
  const iso = r.set.facts.now ?? now;
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(Date.parse(iso) + offset * 60_000).getUTCHours();
}

/** The first sentence: up to the first full stop that ends one (not a title's: "Dr. Vogel", "Mag. Huber"). */
const firstSentence = (text: string) => text.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St|med|rer|nat|phil)\./g, '$1').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';

/** The checks of German words beyond the shared ones: greetings, calques, seams, scripts, subjects and choices. */
export function germanWordChecks(tag: 'de-DE' | 'de-AT' | 'de-CH'): Check[] {
  return [
    {
      name: 'no legal form outside a formal letter, which names the legal name at most once',
      run: (r) => {
        const legal = parseCompany(r.set.facts.company, r.set.facts.companyLegalName);
        if (!legal.legalForm) return undefined;
        const text = visible(r.message);
        const form = new RegExp(`(?<![\\p{L}])${legal.legalForm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
        const count = text.match(form)?.length ?? 0;
        if (r.channel !== 'email' || r.tone !== 'formal') return count > 0 ? `the legal form ${legal.legalForm} in ${r.tone} ${r.channel}` : undefined;
        if (r.message.subject && form.test(r.message.subject)) return 'a legal form in the subject';
        return count > 1 ? `the legal form ${count} times` : undefined;
      },
    },
    {
      name: 'no bracket, slash or gender tag read aloud, and no job-ad tag anywhere',
      run: (r) => {
        if (/\((?:m|w|d|f|x)\s*\/\s*(?:m|w|d|f|x)(?:\s*\/\s*(?:m|w|d|f|x))?\)|\(all genders\)/i.test(visible(r.message))) return 'a gender tag';
        if (r.channel === 'voicemail' && /[()/*·]/.test(r.message.text)) return 'a bracket, slash or written-only sign read aloud';
        return undefined;
      },
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
      name: 'no phrasing a native professional would rewrite (the German deny list)',
      run: (r) => {
        const text = visible(r.message);
        for (const [pattern, why] of germanDenyList) {
          const found = pattern.exec(text);
          if (!found) continue;
          // "Danke nochmals" is right after a thanks; the check below sees to it.
          if (/nochmals|noch einmal/i.test(found[0])) continue;
          return `"${found[0]}": ${why}`;
        }
        return undefined;
      },
    },
    {
      name: 'a thanks "again" only after a thanks, one closing formula, one "leider", no stacked regret or connectors',
      run: (r) => {
        const text = ourWords(r.message.text, r);
        const again = /\b(nochmals|noch einmal)\b[^.]*\bdank|\bdanke (nochmals|noch einmal)\b/i.exec(text);
        if (again && !/dank/i.test(text.slice(0, again.index))) return `"${again[0]}" without a thanks before it`;
        if ((text.match(/\bleider\b/gi)?.length ?? 0) > 1) return 'leider twice';
        const regret = text.match(/\bleider\b|bedaure|Bedauern|tut mir (wirklich |sehr |so )?leid|[Ee]ntschuldig|Verzeihung|verzeih|unangenehm/g) ?? [];
        if (regret.length > 2) return `three words of regret: ${regret.join(', ')}`;
        const closing = r.message.parts.closing ?? '';
        if (r.message.parts.signature && /^(Mit (bestem |herzlichem |großem )?Dank|Mit (freundlichen|besten|herzlichen) Grü|(Viele|Beste|Freundliche|Herzliche|Liebe) Grü)/.test(closing)) return `a closing formula above the sign-off: ${closing}`;
        for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
          if (/\b(da|weil|denn)\b[^.;:]*,\s*(da|weil|denn)\b/.test(sentence)) return `two causal connectors in one sentence: ${sentence}`;
        }
        const colons = text.split(/(?<=[.!?])\s+/).find((sentence) => (sentence.match(/:\s/g)?.length ?? 0) > 1);
        if (colons) return `two colons in one sentence: ${colons}`;
        return undefined;
      },
    },
    {
      name: 'no content word or two-word phrase of ours twice in a message',
      run: (r) => repeatedContent(r),
    },
    {
      name: 'the reason after the last verb of the decision, never between two verbs',
      run: (r) => {
        const decision = r.message.parts.decision ?? '';
        const wedged = /, (da|weil|denn) [^.;:]*\b(und|sowie) (ziehe|sage|lehne|nehme|möchte|muss|werde)\b/.exec(decision);
        if (wedged) return `a decision verb after the reason: ${wedged[0]}`;
        // The candidate's words after "denn" are a main clause; typed verb last, they follow "weil".
        const denn = /, denn ([^.]+)\./.exec(r.message.text);
        if (denn && verbLast(denn[1]!)) return `"denn" before a clause with its verb last: ${denn[0]}`;
        return undefined;
      },
    },
    {
      name: 'an interview held is never called off, one ahead is never thanked for as if held',
      run: (r) => {
        const at = r.set.facts.interview?.at;
        if (!at || !uses(r.scenario, '/interview/at')) return undefined;
        const past = Date.parse(at) <= Date.parse(r.set.facts.now ?? now);
        const text = r.message.text;
        if (past && /absagen|abzusagen|\bsage\b[^.]*\bab\b|\bTermin\b|nicht wahrnehmen|verschieben/.test(text)) return 'calls off an interview that has taken place';
        if (!past && /vorstellen durfte|für das (schöne |angenehme |offene )?Gespräch (am|gestern|heute|vom)\b|nach unserem Gespräch|den offenen Austausch (am|gestern)/.test(text)) return 'thanks for an interview still ahead as if it had taken place';
        return undefined;
      },
    },
    {
      name: 'texts and voicemails greet by the clock and say who writes or calls; voicemails why, the number, and goodbye as on the phone',
      run: (r) => {
        if (r.channel !== 'sms' && r.channel !== 'voicemail') return undefined;
        const text = r.message.text;
        if (!/^(Guten (Morgen|Tag|Abend)|Hallo|Hi|Liebe[r]?|Grüß Gott|Grüezi)\b/.test(text)) return 'no greeting';
        const hour = senderHour(r);
        if (hour < 10 && hour >= 5 && !text.startsWith('Guten Morgen')) return `no "Guten Morgen" at ${hour} o'clock`;
        if ((hour >= 18 || hour < 5) && !text.startsWith('Guten Abend')) return `no "Guten Abend" at ${hour} o'clock`;
        const name = r.set.facts.candidate.name!;
        const first = firstSentence(text);
        if (!first.includes(name.replace(/\b(Dr|Prof|Mag|Dipl|Ing|Univ|St)\./g, '$1')) && !leftOut(r.message).includes('surname')) return 'the first sentence does not say who it is';
        if (r.channel === 'sms') return undefined;
        if (!/\b(Bewerbung|Kandidatur|Gespräch\p{L}*|Vorstellungsgespräch\p{L}*|Termin\p{L}*|Angebot\p{L}*|Anfrage|Nachricht|Stelle)\b/u.test(first)) return 'the first sentence does not say why';
        const phone = r.set.facts.candidate.phone;
        if (phone && r.scenario.id !== 'firm-no' && !first.includes(phone)) return 'the first sentence does not give the number';
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
        if (!/absage|abgesagt|rückzug|zurück|ablehnung|abgelehnt|verschieb|neue[rn]? Termin|kein Interesse/i.test(subject)) return 'a subject that does not say what happened';
        const fallback = /: (meine |leider eine |endgültige )?Absage$/.test(subject);
        if (fallback) return undefined;
        const facts = factsOf(r);
        if (r.message.facts.jobReference && !subject.includes(r.message.facts.jobReference)) {
          // A reference is left out only where the subject would otherwise run past 77 characters.
          if (subject.length + r.message.facts.jobReference.length + 3 < 78) return 'a subject without the job reference, with room for it';
        }
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
        const asksDate = /neuen Termin|anderer Termin|anderen Termin|anderen Tag|anderer Tag|Ersatztermin|verschieben|Verschiebung/.test(text);
        if (facts.intent === 'reschedule') {
          if (!asksDate) return 'reschedule without asking for another date';
          if (/zurückzuziehen|ziehe[^.]*zurück/.test(text)) return 'reschedule that withdraws the application';
          if (facts.availability && !text.includes(facts.availability) && !leftOut(r.message).length) return 'the availability left out';
        } else if (asksDate) return 'asks for another date without reschedule';
        const negotiates = /noch einmal überdenken|neu überlegen|noch einmal überlegen|noch einmal prüfen/.test(text);
        if (facts.openToNegotiation && !negotiates) return 'open to negotiation but says nothing of it';
        if (!facts.openToNegotiation && negotiates) return 'offers to reconsider without openToNegotiation';
        const deletion = r.message.parts.dataDeletion;
        if (facts.requestDataDeletion && !deletion) return 'data deletion asked for but not requested';
        if (!facts.requestDataDeletion && deletion) return 'asks for deletion nobody asked for';
        if (deletion && tag === 'de-CH' && /DSGVO/.test(deletion)) return 'the EU GDPR cited in Switzerland';
        if (deletion && tag !== 'de-CH' && r.channel === 'email' && (r.tone === 'formal' || r.tone === 'firm') && !/DSGVO/.test(deletion)) return 'a formal deletion request without its legal basis';
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
