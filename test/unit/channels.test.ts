// Channel measurements: SMS segments and encoding, and speaking time.
import { describe, expect, it } from 'vitest';
import { channelStats } from '../../src/messages/channels.js';

const sms = (text: string) => channelStats('sms', text);

describe('SMS segments', () => {
  it('fits 160 GSM-7 characters in one segment and 153 per segment beyond', () => {
    expect(sms('a'.repeat(160))).toMatchObject({ smsSegments: 1, smsEncoding: 'GSM-7' });
    expect(sms('a'.repeat(161)).smsSegments).toBe(2);
    expect(sms('a'.repeat(306)).smsSegments).toBe(2);
    expect(sms('a'.repeat(307)).smsSegments).toBe(3);
  });

  it('counts the GSM-7 extension characters (€ [ ] { } ~ ^ | \\) twice', () => {
    expect(sms('€'.repeat(80)).smsSegments).toBe(1);
    expect(sms('€'.repeat(81)).smsSegments).toBe(2);
  });

  it('keeps accented letters of the GSM-7 alphabet in GSM-7 ("Renée Müller", "Muñoz")', () => {
    expect(sms('Renée Müller, José Muñoz').smsEncoding).toBe('GSM-7');
  });

  it('falls back to UCS-2, 70 characters a segment, for a curly quote or a letter outside GSM-7', () => {
    expect(sms('I’m here').smsEncoding).toBe('UCS-2');
    expect(sms('Łukasz').smsEncoding).toBe('UCS-2');
    expect(sms('Ł' + 'a'.repeat(70)).smsSegments).toBe(2);
  });
});

describe('speaking time', () => {
  it('reads 150 words a minute, each digit of a number as a word', () => {
    expect(channelStats('voicemail', Array(150).fill('word').join(' ')).speakingSeconds).toBe(60);
    // "call 555 0100": 3 words plus 7 digits said one by one.
    expect(channelStats('voicemail', 'call 555 0100').speakingSeconds).toBe(Math.ceil((10 / 150) * 60));
  });
});
