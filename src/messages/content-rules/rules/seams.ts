// Seams that show a message was assembled from parts: two closing formulas, a thanks "again" with none before it, a
// letter's sign-off read aloud, a text or voicemail that never greets, a reason wedged between two decision verbs,
// and what a voice should never read out (legal forms, brackets, gender tags).
import { sentences, type Reading } from '../reading.js';
import { rule } from '../rule.js';
import { everyday } from './facts.js';

/** Lines and sentences that are a closing formula on their own. */
function closings(r: Reading, text: string): string[] {
  const pieces = text.split('\n').flatMap((line) => [line.trim(), ...sentences(line).map((s) => s.trim())]);
  return [...new Set(pieces.filter((p) => p && r.words.signOff.test(p)).map((p) => p.replace(/[,.!]$/, '')))];
}

/** Brackets, gender tags and job-ad markers that a voice would read out ("(m/w/d)", "(H/F)", "·e", "*in"). */
const genderTags = /\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x|d\/m\/w|h\/f|f\/h|m\/f|f\/m|all genders|m\/w)\)|\p{L}[·•](?:e|es|ne|nes|euse|rice|a|as)\b|\p{L}[*:_]innen\b|\p{L}[*:_]in\b|\p{L}\/-?innen?\b/iu;

export const seamRules = [
  rule('two-closings', 'error', 'Two closing formulas in one message ("With thanks," then "Best regards,"; "Regards." above "Kind regards,").', (r) => {
    const found = closings(r, r.input.message.text);
    return found.length >= 2 && `closing formulas: ${found.map((c) => `"${c}"`).join(', ')}`;
  }),
  rule('thanks-again', 'error', 'A thanks said "again" with no thanks before it.', (r) => {
    const again = r.words.thanksAgain.exec(r.ours);
    if (!again) return undefined;
    const before = r.ours.slice(0, again.index);
    return !r.words.thanks.test(before) && `"${again[0]}" with no thanks before it`;
  }),
  rule('spoken-sign-off', 'error', "A letter's sign-off in a voicemail script (\"Kind regards.\" as the last words spoken).", (r) => {
    if (r.input.message.channel !== 'voicemail') return undefined;
    const found = closings(r, r.input.message.text);
    return found.length > 0 && `sign-off read aloud: "${found[0]}"`;
  }),
  rule('greeting-missing', 'error', 'A text or voicemail whose first sentence does not greet the person it is for.', (r) => {
    const { channel, text } = r.input.message;
    if (channel !== 'sms' && channel !== 'voicemail') return undefined;
    // The first sentence, not cut short by a title's full stop ("Sra. Ruiz, ...", "Dr. Vogel, ...").
    const first = text.split(/(?<!(?<![\p{L}])(?:Sr|Sra|Srta|Dr|Dra|Ms|Mr|Mrs|Mx|Prof|Hr|Fr|Mme|M))[.!?](?=\s)|\n/u)[0] ?? '';
    return !r.words.spokenGreeting.test(first) && `no greeting: "${first}"`;
  }),
  rule('reason-between-decisions', 'error', 'A decision verb, then a reason clause, then a second decision verb in one sentence ("I must cancel my interview, since I have accepted a position elsewhere, and withdraw my application").', (r) => {
    const w = r.words;
    const shape = new RegExp(
      `(?<![\\p{L}])(?:${w.decisionVerbs})(?![\\p{L}])[^.!?;]*?(?<![\\p{L}])(?:${w.reasonConnectors})(?![\\p{L}])[^.!?;]*?(?:,\\s*|\\s)(?:${w.and})\\s+(?:\\p{L}+\\s+){0,3}?(?:${w.decisionVerbs})(?![\\p{L}])`,
      'iu',
    );
    const found = sentences(r.ours).find((s) => shape.test(s));
    return found && `a reason between two decisions: "${found}"`;
  }),
  rule('voicemail-written-only', 'error', 'A voicemail that would read out a legal form, something in brackets or a gender tag ("Acme GmbH", "(m/w/d)", "(H/F)", "·e").', (r) => {
    if (r.input.message.channel !== 'voicemail') return undefined;
    const text = r.input.message.text;
    const tag = genderTags.exec(text);
    if (tag) return `a gender tag read aloud: "${tag[0]}"`;
    const bracket = /[()[\]]/.exec(text);
    if (bracket) return `brackets read aloud: "${text.slice(Math.max(0, bracket.index - 20), bracket.index + 20)}"`;
    const f = r.input.facts;
    const companies = [[f.company, f.companyEveryday], [f.newEmployer, f.newEmployerEveryday]].filter(([full]) => full) as [string, string | undefined][];
    for (const [full, given] of companies) {
      const plain = everyday(r, full, given);
      if (plain !== full && text.includes(full)) return `a legal form read aloud: "${full}"`;
    }
    return undefined;
  }),
];
