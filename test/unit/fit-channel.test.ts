// Fitting a text to its segments: what gives way goes whole (a reason goes with the candidate's own words and the
// sentence written for it), and a part that gave way early comes back once a later step has made room.
import { describe, expect, it } from 'vitest';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00+01:00') });
const detail =
  'my partner has just been offered a post abroad and we have decided as a family to move to Lisbon early next year, ' +
  'and after a lot of thought about schools, the house and both our careers I cannot commit to a role that is based here in the long run';

const sms = (language: string, extra: object = {}) => {
  const result = service.render(
    MessageRequestSchema.parse({
      scenario: 'withdraw-application',
      channel: 'sms',
      language,
      candidate: { name: 'Jordan Lee', phone: '+1 555 0100' },
      recipient: { name: 'Priya Shah' },
      company: 'Acme',
      role: 'Data Analyst',
      reason: { code: 'location', detail, disclosure: 'specific' },
      ...extra,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message;
};

describe('fitting a text message', () => {
  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: leaves out a reason too long for a text whole, the candidate\'s own words with it, and says so', (language) => {
    const m = sms(language);
    expect(m.omitted).toContain('reason');
    expect(m.text).not.toContain('Lisbon');
    expect(m.stats.smsSegments).toBeLessThanOrEqual(2);
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'es-ES'])('%s: puts back the wish to stay in touch once the reason has made room for it', (language) => {
    const m = sms(language, { keepDoorOpen: true });
    expect(m.omitted).toContain('reason');
    expect(m.omitted ?? []).not.toContain('doorOpen');
    expect(m.parts.doorOpen).toBeTruthy();
    expect(m.text).toContain(m.parts.doorOpen!);
  });
});
