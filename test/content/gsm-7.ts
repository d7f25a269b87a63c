// An independent SMS segment count (GSM 03.38), to check the service's own count rather than trust it.
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const extension = '\f^{}\\[~]|€';

/** Septets per character, or null when the text needs UCS-2. */
function septets(text: string): number[] | null {
  const out: number[] = [];
  for (const ch of text) {
    if (basic.includes(ch)) out.push(1);
    else if (extension.includes(ch)) out.push(2);
    else return null;
  }
  return out;
}

/** Segments as a phone sends them: 160 septets alone, else 153 per part, an escape pair never split. */
export function gsmSegments(text: string): number | null {
  const sizes = septets(text);
  if (sizes === null) return null;
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= 160) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > 153) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}
