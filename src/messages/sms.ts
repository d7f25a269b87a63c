// SMS per 3GPP TS 23.038: segment counting in GSM-7 (with its extension table) or UCS-2, 140 octets a segment,
// and the plain punctuation that keeps a text in GSM-7.
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

/** Packs units of the given bit sizes into segments of a multi-part message, never splitting a unit. */
function pack(sizes: readonly number[]): number {
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
  let bits = 0;
  let extension = false;
  for (const ch of text) {
    if (gsmBasic.has(ch)) bits += 7;
    else if (gsmExtension.has(ch)) {
      bits += 14;
      extension = true;
    } else return ucs2(text);
  }
  if (bits <= segmentBits) return { encoding: 'GSM-7', segments: 1 };
  // Without escapes every character is one septet and segments are a division; with them, pack.
  if (!extension) return { encoding: 'GSM-7', segments: Math.ceil(bits / 7 / 153) };
  return { encoding: 'GSM-7', segments: pack([...text].map((ch) => (gsmExtension.has(ch) ? 14 : 7))) };
}

/**
 * Characters that are each a grapheme of their own whatever follows them: Latin (with Latin Extended Additional, as
 * in "Nguyễn"), Greek, Cyrillic without its combining marks, and general punctuation without joiners and bidi
 * controls. CR is left out (CR LF is one grapheme) as are all combining marks, so a text of these needs no
 * segmenter: it is one UTF-16 unit, 16 bits, a grapheme.
 */
// eslint-disable-next-line no-control-regex -- the GSM 03.38 alphabet includes control characters (LF, CR)
const standalone = /^[\u0000-\u000C\u000E-\u02FF\u0370-\u0482\u048A-\u052F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F]*$/;
const unitsPerSegment = (segmentBits - headerBits) / 16;

function ucs2(text: string): SmsEncoding {
  if (text.length * 16 <= segmentBits) return { encoding: 'UCS-2', segments: 1 };
  // Intl.Segmenter costs about a microsecond a character; it is needed only where a grapheme spans several units.
  if (standalone.test(text)) return { encoding: 'UCS-2', segments: Math.ceil(text.length / unitsPerSegment) };
  return { encoding: 'UCS-2', segments: pack(Array.from(graphemes.segment(text), (g) => g.segment.length * 16)) };
}

/** SMS must stay within GSM-7: typographic characters a template or a name may carry become plain ones. */
export function toGsmPunctuation(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00A0\u202F]/g, ' ');
}
