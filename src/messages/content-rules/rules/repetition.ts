// Repetition a reader notices because the facts cannot explain it: one of our words three times, one of our
// two-word phrases twice ("keep in touch ... put you in touch", "I'd love ... I'd love"), the language's function
// words aside, or a thanks said in two sentences, in words a phrase count cannot match ("Thank you so much ...
// Thanks for being so kind").
import { sentences, wordsOf, type Reading } from '../reading.js';
import { rule } from '../rule.js';

/** Our words, the facts ("X") and function words left out, reduced to their stems. */
function contentWords(r: Reading, text: string): string[] {
  return wordsOf(text)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length >= 3 && w !== 'x' && !r.words.stopWords.has(w))
    .map((w) => r.words.stem(w));
}

export function repeatedWords(r: Reading): string[] {
  const counts = new Map<string, number>();
  for (const w of contentWords(r, r.ours)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 3).map(([w, n]) => `${w} x${n}`);
}

/** Two-word phrases within a sentence, at least one of them a content word; a fact breaks a phrase. */
export function repeatedPhrases(r: Reading): string[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences(r.ours)) {
    const tokens = wordsOf(sentence).map((w) => w.replace(/’/g, "'"));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      if (a === 'x' || b === 'x' || r.words.repeatable.has(a) || r.words.repeatable.has(b)) continue;
      const content = (w: string) => w.length >= 3 && !r.words.stopWords.has(w);
      if (!content(a) && !content(b)) continue;
      const key = `${r.words.stem(a)} ${r.words.stem(b)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 2).map(([p, n]) => `"${p}" x${n}`);
}

/** Sentences of ours that thank, the sign-off line ("Thanks,") aside: a message thanks once. */
export function thankingSentences(r: Reading): string[] {
  const once = r.words.thanksOnce;
  if (!once) return [];
  return sentences(r.ours).filter((s) => once.test(s) && !r.words.signOff.test(s.trim()));
}

export const repetitionRules = [
  rule('repeated-word', 'warning', 'One of our content words three times or more in one message (the facts and the function words aside).', (r) => {
    const found = repeatedWords(r);
    return found.length > 0 && found.join(', ');
  }),
  rule('thanks-twice', 'warning', 'A thanks in two sentences of one message ("Thank you so much for ... Thanks for being so kind"), the sign-off aside.', (r) => {
    const found = thankingSentences(r);
    return found.length >= 2 && found.map((s) => `"${s}"`).join(' ... ');
  }),
  rule('repeated-phrase', 'warning', 'One of our two-word phrases twice in one message ("in touch ... in touch", "thank you ... thank you"), the facts aside.', (r) => {
    const found = repeatedPhrases(r);
    return found.length > 0 && found.join(', ');
  }),
];
