// Channel measurements: word and character counts, SMS segments and encoding, speaking time.
import type { ChannelId } from './catalogue.js';
import { smsEncoding } from './sms.js';

/** A calm voicemail pace; each digit of a phone number is spoken as a word of its own. */
const wordsPerMinute = 150;

export interface ChannelStats {
  words: number;
  characters: number;
  smsSegments?: number;
  smsEncoding?: 'GSM-7' | 'UCS-2';
  speakingSeconds?: number;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function channelStats(channel: ChannelId, text: string): ChannelStats {
  const words = countWords(text);
  const stats: ChannelStats = { words, characters: [...text].length };
  if (channel === 'sms') {
    const sms = smsEncoding(text);
    stats.smsSegments = sms.segments;
    stats.smsEncoding = sms.encoding;
  }
  if (channel === 'voicemail') {
    const spoken = words + (text.match(/\d/g)?.length ?? 0);
    stats.speakingSeconds = Math.ceil((spoken / wordsPerMinute) * 60);
  }
  return stats;
}
