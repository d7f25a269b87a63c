// Varied phrasing, reproducibly: a seed picks one of a piece's reviewed alternatives by a stable hash, so two
// candidates rarely send the same sentences while the same request always gives the same message.

/** FNV-1a, 32 bits: stable across versions and platforms, and cheap enough to run once per piece. */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The alternative (0 to count - 1) that a seed picks for one slot of a message ("decision", "closing"). */
export function choose(seed: string, slot: string, count: number): number {
  if (count <= 1) return 0;
  // Mixing the slot in after the seed makes each slot's choice independent of the others'; the final avalanche
  // (MurmurHash3's) spreads FNV's weak low bits before the modulo.
  let h = fnv1a(slot, fnv1a(seed));
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % count;
}

/** A seed from the people and the company, when the request brings none: different candidates, different words. */
export function derivedSeed(candidate: string, recipient: string | undefined, company: string): string {
  const key = [candidate, recipient ?? '', company].map((s) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).join('\u0000');
  return `${fnv1a(key).toString(16).padStart(8, '0')}${fnv1a(key, 0x050c5d1f).toString(16).padStart(8, '0')}`;
}
