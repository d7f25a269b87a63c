// Channel measurements: words, characters and speaking time (SMS segments: sms.test.ts).
import { describe, expect, it } from 'vitest';
import { channelStats as stats } from '../../src/messages/channels.js';
import { enUS } from '../../src/messages/languages/en.js';

const channelStats = (channel: Parameters<typeof stats>[0], text: string) => stats(channel, text, enUS);

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
  it('reads English at 150 words a minute, each digit of a number as a word of its own', () => {
    expect(channelStats('voicemail', Array(150).fill('word').join(' ')).speakingSeconds).toBe(60);
    // "call 555 0100": one word, then seven digits said one by one.
    expect(channelStats('voicemail', 'call 555 0100').speakingSeconds).toBe(Math.ceil((8 / 150) * 60));
  });
});
