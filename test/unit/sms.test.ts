// Our SMS segment counter agrees with the sms-segments-calculator package on every kind of text.
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { smsEncoding } from '../../src/messages/sms.js';

function reference(text: string) {
  const m = new SegmentedMessage(text);
  return { encoding: m.encodingName, segments: m.segmentsCount };
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

// Each alphabet is a list of whole graphemes: the reference splits graphemes by an older Unicode version than
// Intl.Segmenter, so random mixes of lone modifiers and joiners would compare two Unicode versions, not two counters.
const alphabets: Record<string, string | string[]> = {
  plain: 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,!?\'"-:;()',
  extension: 'abc {}[]~^|\\€ xyz',
  accents: 'aeiou éèùìòÇØøÅåÄÖÑÜäöñüà ',
  unicode: 'abc ëłść — “quoted” ',
  emoji: ['a', 'b', ' ', '😀', '👍🏽', '👨‍👩‍👧', 'x'],
  // Letters that are a grapheme each (counted without a segmenter) and decomposed accents, which are graphemes of
  // two units: the count must not take one unit for one grapheme.
  scripts: 'abc ễ б ω ł ñ — “” ',
  combining: ['a', 'e\u0301', 'n\u0303', ' ', 'ł', 'ễ', 'б'],
};

describe('smsEncoding', () => {
  it('counts a single GSM-7 segment up to 160 characters and then 153 a segment', () => {
    expect(smsEncoding('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsEncoding('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(smsEncoding('a'.repeat(306))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(smsEncoding('a'.repeat(307))).toEqual({ encoding: 'GSM-7', segments: 3 });
  });

  it('counts extension characters as two septets', () => {
    expect(smsEncoding('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsEncoding('€'.repeat(81))).toEqual({ encoding: 'GSM-7', segments: 2 });
  });

  it('falls back to UCS-2 for characters outside GSM-7, at 70 then 67 a segment', () => {
    expect(smsEncoding('ë' + 'a'.repeat(69))).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(smsEncoding('ë' + 'a'.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 2 });
    expect(smsEncoding('“hi”')).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(smsEncoding('Łukasz').encoding).toBe('UCS-2');
  });

  it('keeps the accented letters of the GSM-7 alphabet in GSM-7 ("Renée Müller", "Muñoz")', () => {
    expect(smsEncoding('Renée Müller, José Muñoz').encoding).toBe('GSM-7');
  });

  it.each(Object.entries(alphabets))('agrees with the reference calculator on random %s texts', (_name, alphabet) => {
    const chars = typeof alphabet === 'string' ? [...alphabet] : alphabet;
    const random = lcg(alphabet.length);
    for (let i = 0; i < 400; i++) {
      const length = Math.floor(random() * 420);
      const text = Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join('');
      expect(smsEncoding(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
