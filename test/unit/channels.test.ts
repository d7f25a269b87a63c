// Channel measurements: words, characters and speaking time (SMS segments: sms.test.ts).
import { describe, expect, it } from 'vitest';
import { channelStats } from '../../src/messages/channels.js';

describe('words and characters', () => {
  const reference = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it('counts words with a letter or digit, in any script, as split-and-filter would', () => {
    const texts = ['Hi Priya, this is - a test!', '  leading and trailing  ', 'Zoë 李小龙 😀 — ok\n\nnew\tline', '', '-- ! ?', 'a\u00A0b c\u2003d', '𝔊𝔬𝔱𝔥 word', "it's 3 pm."];
    for (const t of texts) expect(channelStats('email', t).words, JSON.stringify(t)).toBe(reference(t));
  });

  it('counts characters as code points, so an emoji is one', () => {
    expect(channelStats('email', 'ab😀').characters).toBe(3);
  });
});

describe('speaking time', () => {
  it('reads 150 words a minute, each digit of a number as a word', () => {
    expect(channelStats('voicemail', Array(150).fill('word').join(' ')).speakingSeconds).toBe(60);
    // "call 555 0100": 3 words plus 7 digits said one by one.
    expect(channelStats('voicemail', 'call 555 0100').speakingSeconds).toBe(Math.ceil((10 / 150) * 60));
  });
});
