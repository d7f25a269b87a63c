// Channel measurements: word and character counts, SMS segments and encoding, speaking time.
import type { ChannelId } from './catalogue.js';
import { smsEncoding, type SmsEncoding } from './sms.js';

export interface ChannelStats {
  words: number;
  characters: number;
  smsSegments?: number;
  smsEncoding?: 'GSM-7' | 'UCS-2';
  speakingSeconds?: number;
}

const space = /\s/;
const wordy = /[\p{L}\p{N}]/u;

/**
 * Words are runs of non-space characters with at least one letter or digit ("-" alone is not a word). A loop,
 * not split and filter: it runs on every message and allocates nothing.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || (c > 127 || c < 32 ? space.test(text[i]!) : false);
    if (isSpace) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    const letterOrDigit = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && wordy.test(String.fromCodePoint(text.codePointAt(i)!)));
    if (letterOrDigit) {
      words++;
      counted = true;
    }
  }
  return words;
}

/** Characters as a reader counts them: code points, so an emoji is one. */
function countCharacters(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** How a text is measured for its channel: the language's speaking time, and SMS encoding (fitting may pass its own). */
export interface Measures {
  speakingSeconds(text: string): number;
  smsEncoding?(text: string): SmsEncoding;
}

export function channelStats(channel: ChannelId, text: string, measures: Measures): ChannelStats {
  const words = countWords(text);
  const stats: ChannelStats = { words, characters: countCharacters(text) };
  if (channel === 'sms') {
    const sms = (measures.smsEncoding ?? smsEncoding)(text);
    stats.smsSegments = sms.segments;
    stats.smsEncoding = sms.encoding;
  }
  if (channel === 'voicemail') stats.speakingSeconds = measures.speakingSeconds(text);
  return stats;
}
