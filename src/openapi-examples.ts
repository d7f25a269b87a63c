// Example request bodies for the OpenAPI document, one per operation, so "Try it out" works as it stands.
import { examples } from './messages/examples.js';

/** Every field the API takes, so that Swagger UI shows them all. */
const render = {
  ...examples.get('accepted-another-offer')!,
  language: 'en-US',
  phrasingSeed: 'application-48213',
  candidate: { name: 'Jordan Lee', preferredName: 'Jordan', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
  recipient: { name: 'Priya Shah', preferredName: 'Priya', honorific: 'ms', title: 'Talent Partner' },
  interview: { at: '2026-12-01T15:00:00-05:00', timeZone: 'America/New_York', format: 'video' },
  reason: { code: 'another-offer', detail: 'the new role is closer to my family', disclosure: 'general' },
  referral: 'Sam Rivera',
  atsReasonId: '4471',
};
const { tone: _tone, ...variants } = render;

export const requestExamples: Record<string, unknown> = {
  renderMessage: render,
  renderVariants: variants,
  renderBatch: {
    items: [
      { ...examples.get('accepted-another-offer')!, company: 'Initech', role: 'Business Analyst', newEmployer: undefined },
      { ...examples.get('withdraw-application')!, company: 'Umbrella Health', role: 'Data Scientist' },
    ],
  },
};
