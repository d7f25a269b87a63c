// Rules of a language's own: calques and slips its native readers reject (the deny list, each entry with its
// reason and where it applies), and one form of address kept throughout (Sie or du, vous or tu, usted or tú).
import { variantChain } from '../../languages/index.js';
import type { Reading } from '../reading.js';
import { rule } from '../rule.js';
import type { DenyEntry } from '../types.js';

function applies(entry: DenyEntry, r: Reading): boolean {
  const m = r.input.message;
  if (entry.tones && !entry.tones.includes(m.tone)) return false;
  if (entry.channels && !entry.channels.includes(m.channel)) return false;
  if (entry.scenarios && !entry.scenarios.includes(m.scenario)) return false;
  if (entry.formality && (m.formality ?? 'formal') !== entry.formality) return false;
  if (entry.variants) {
    const chain = variantChain(r.tag);
    if (!entry.variants.some((v) => chain.includes(v))) return false;
  }
  return true;
}

export const languageRules = [
  rule('deny-list', 'error', "A phrasing the language's native professionals would never write (a calque or slip), from the language's deny list, with the reason.", (r) => {
    const found: string[] = [];
    for (const entry of r.words.denyList) {
      if (!applies(entry, r)) continue;
      // The subject and the text each on their own: a phrase is stacked within one of them.
      const hit = r.oursWithTime.map((part) => entry.pattern.exec(part)).find(Boolean);
      if (hit) found.push(`"${hit[0]}": ${entry.reason}`);
    }
    return found.length > 0 && found;
  }),
  rule('address-mixed', 'error', 'A word of informal address in a formal message, or of formal address in an informal one (du in a Sie text, vous in a tu text).', (r) => {
    const address = r.words.address;
    if (!address) return undefined;
    const formal = (r.input.message.formality ?? 'formal') === 'formal';
    const found = (formal ? address.informal : address.formal).exec(r.oursVisible);
    return found && `"${found[0]}" in a${formal ? ' formal' : 'n informal'} message`;
  }),
];
