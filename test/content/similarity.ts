// Word-set similarity between two messages, with the facts taken out: every tone of a message shares the
// names, company, role and date by design, and what should differ is the writing around them.

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Every string value in the facts (names, company, role, detail...), as words. */
export function factWords(facts: unknown, extra: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') for (const w of words(value)) out.add(w);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(facts);
  for (const e of extra) visit(e);
  return out;
}

/** Jaccard similarity of the two texts' distinct words, facts excluded: 1 is the same words, 0 none shared. */
export function similarity(a: string, b: string, facts: Set<string>): number {
  const setA = new Set(words(a).filter((w) => !facts.has(w)));
  const setB = new Set(words(b).filter((w) => !facts.has(w)));
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared += 1;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 1 : shared / union;
}
