// Spanish messages about a phone or video interview say it is held with the company, not at it; a private reason
// opens the sentence that withdraws.
import { describe, expect, it } from 'vitest';
import { channelIds, toneIds } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00Z') });
const variants = ['es-ES', 'es-MX', 'es-419', 'es-AR'];
const base = {
  candidate: { name: 'Itziar Gómez Urrutia', phone: '+34 628 41 07 93' },
  recipient: { name: 'Begoña Álvarez Ruiz', honorific: 'ms' },
  company: 'Grupo Hotelero Atalaya',
  interview: { at: '2026-12-10T10:30:00+01:00', timeZone: 'Europe/Madrid' },
};

function texts(scenario: string, extra: Record<string, unknown>, channels: readonly string[] = channelIds): string[] {
  const out: string[] = [];
  for (const language of variants) {
    for (const tone of toneIds) {
      for (const channel of channels) {
        for (const k of [0, 1, 2]) {
          const request = { ...base, ...extra, scenario, tone, channel, language };
          const result = service.render(request as never, undefined, rotation(k));
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          out.push(result.message.text);
        }
      }
    }
  }
  return out;
}

const lastMinute = { now: '2026-12-10T07:45:00Z', reason: { code: 'health', disclosure: 'general' } };
const personal = { reason: { code: 'family', disclosure: 'general' } };
const reschedule = { intent: 'reschedule', availability: 'el lunes 14 o el martes 15 por la tarde' };

describe('a Spanish message about a phone or video interview', () => {
  // "hoy no podré ir a la entrevista" for a phone interview failed readers in Madrid and Buenos Aires; "mi entrevista
  // en la Fundación" and "No podré asistir hoy" for one, a reader in Bogotá.
  const located = /\bir a la entrevista|entrevista(?: telefónica| por videollamada)? en Grupo|[Nn]o podré asistir (?:hoy|el |mañana)/u;
  for (const format of ['phone', 'video']) {
    it(`says where nobody goes for a ${format} interview`, () => {
      const interview = { ...base.interview, format };
      const all = [
        ...texts('last-minute', { ...lastMinute, interview }),
        ...texts('last-minute', { ...lastMinute, ...reschedule, interview }),
        ...texts('personal-reasons', { ...personal, ...reschedule, interview }),
        ...texts('personal-reasons', { ...personal, interview }),
      ];
      expect(all.filter((text) => located.test(text))).toEqual([]);
    });
  }
});

describe('a Spanish withdrawal for a private reason', () => {
  it('says the reason in the sentence that withdraws, never in a curt sentence after it', () => {
    // "… cancelo la entrevista del jueves. Es algo personal." failed a reader in Buenos Aires in every channel.
    const all = texts('withdraw-application', { reason: { code: 'personal', disclosure: 'general' } });
    const trailing = /\b(?:Es algo personal|Es un tema personal|Son motivos personales|Mis razones son personales|Los motivos son personales)\./u;
    expect(all.filter((text) => trailing.test(text))).toEqual([]);
    // A letter has room for the reason; a text or a call that had to leave it out says so in its advice.
    const letters = texts('withdraw-application', { reason: { code: 'personal', disclosure: 'general' } }, ['email', 'linkedin']);
    expect(letters.filter((text) => !/[Pp]or (?:motivos|razones) personales|asunto personal/u.test(text))).toEqual([]);
  });
});
