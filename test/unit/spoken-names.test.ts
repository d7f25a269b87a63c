// Names read aloud: a German title agrees with a gender only "Frau" or "Herr" tells, and a referral is said, not spelt.
import { describe, expect, it } from 'vitest';
import { createMessageService } from '../../src/messages/service.js';
import { deAT, spokenAddress } from '../../src/messages/languages/de.js';

describe('German titles in speech', () => {
  it('says a full name without "Frau" or "Herr" without its titles, never in a guessed gender', () => {
    expect(spokenAddress('Prof. Dr. Sieglinde Obermaier-Kratz')).toBe('Sieglinde Obermaier-Kratz');
    expect(deAT.spokenAddress!('Dipl.-Ing. Kaspar Oberhollenzer')).toBe('Kaspar Oberhollenzer');
    expect(deAT.spokenAddress!('Mag. Leonie Hasenöhrl')).toBe('Leonie Hasenöhrl');
  });

  it('keeps, before a surname alone, only a title that is the same for a woman and a man', () => {
    expect(spokenAddress('Dr. Weber')).toBe('Doktor Weber');
    expect(spokenAddress('Prof. Dr. Weber')).toBe('Doktor Weber');
  });

  it('still says the title that agrees where "Frau" or "Herr" gives the gender', () => {
    expect(spokenAddress('Frau Prof. Dr. Obermaier-Kratz')).toBe('Frau Professorin Obermaier-Kratz');
    expect(deAT.spokenAddress!('Herrn Dipl.-Ing. Oberhollenzer')).toBe('Herrn Diplomingenieur Oberhollenzer');
  });

  it('reads a referral in a voicemail without its written titles, and keeps them in writing', () => {
    const service = createMessageService();
    const body = {
      scenario: 'keep-door-open',
      language: 'de-AT',
      candidate: { name: 'Theresia Pölzl', phone: '+43 664 3817 552' },
      recipient: { name: 'Leopold Wurmitzer', honorific: 'mr' },
      company: 'Hinterleitner & Strobl',
      reason: { code: 'timing' },
      referral: 'Dipl.-Ing. Kaspar Oberhollenzer',
    };
    const call = service.render({ ...body, channel: 'voicemail' } as never);
    const mail = service.render({ ...body, channel: 'email' } as never);
    if (!call.ok || !mail.ok) throw new Error('not rendered');
    expect(call.message.text).toContain('Kaspar Oberhollenzer');
    expect(call.message.text).not.toMatch(/Dipl\.-Ing\.|Professor|Diplomingenieur Kaspar/);
    expect(mail.message.text).toContain('Dipl.-Ing. Kaspar Oberhollenzer');
  });

  it('greets a recipient known only as a doctor by name in a call, with no gendered title', () => {
    const service = createMessageService();
    const call = service.render({
      scenario: 'decline-recruiter-outreach',
      channel: 'voicemail',
      language: 'de-DE',
      candidate: { name: 'Henrike Wendt', phone: '+49 170 1234567' },
      recipient: { name: 'Sieglinde Obermaier-Kratz', honorific: 'dr', academicTitle: 'Prof. Dr.' },
      company: 'Kreisklinikum Calw',
    } as never);
    if (!call.ok) throw new Error(JSON.stringify(call.errors));
    expect(call.message.text).toContain('Sieglinde Obermaier-Kratz');
    expect(call.message.text).not.toMatch(/Professor|Prof\./);
  });

  it('reads a referral without its written title in the other languages too, which have no spoken address', () => {
    // "Dr. Ana Roth tiene justo el perfil" and "je vous recommande chaudement Dr. Ana Roth" read an abbreviation aloud.
    const service = createMessageService();
    for (const language of ['en-GB', 'fr-CA', 'es-MX']) {
      const body = { scenario: 'keep-door-open', language, candidate: { name: 'Ana Ruiz', phone: '+44 7700 900418' }, company: 'Acme', referral: 'Dr. Ana Roth' };
      const call = service.render({ ...body, channel: 'voicemail' } as never);
      const mail = service.render({ ...body, channel: 'email' } as never);
      if (!call.ok || !mail.ok) throw new Error('not rendered');
      expect(call.message.text, language).toContain('Ana Roth');
      expect(call.message.text, language).not.toContain('Dr. Ana Roth');
      expect(mail.message.text, language).toContain('Dr. Ana Roth');
    }
  });
});
