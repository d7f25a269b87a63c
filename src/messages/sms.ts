// SMS segment counting per 3GPP TS 23.038: GSM-7 (with its extension table) or UCS-2, 140 octets a segment.
// Written here because the npm calculators rebuild segments character by character (quadratic, about 1.5 ms for a
// two-segment text); test/unit/sms.test.ts checks this against the sms-segments-calculator package.

const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Characters sent as an escape plus a second septet. */
const gsmExtension = new Set('\f^{}\\[~]|€');

const segmentBits = 1120;
/** A multi-part message spends 6 octets of each segment on the concatenation header. */
const headerBits = 48;

export interface SmsEncoding {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Packs units of the given bit sizes into segments without splitting any unit. */
function pack(sizes: Iterable<number>, total: number): number {
  if (total <= segmentBits) return 1;
  const room = segmentBits - headerBits;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > room) {
      segments++;
      used = 0;
    }
    used += size;
  }
  return segments;
}

export function smsEncoding(text: string): SmsEncoding {
  if (text.length === 0) return { encoding: 'GSM-7', segments: 1 };
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (gsmBasic.has(ch)) septets += 1;
    else if (gsmExtension.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const sizes = function* () {
      for (const ch of text) yield gsmExtension.has(ch) ? 14 : 7;
    };
    return { encoding: 'GSM-7', segments: pack(sizes(), septets * 7) };
  }
  const total = text.length * 16;
  const sizes = function* () {
    for (const { segment } of graphemes.segment(text)) yield segment.length * 16;
  };
  return { encoding: 'UCS-2', segments: total <= segmentBits ? 1 : pack(sizes(), total) };
}
