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

/** A warm email in a platform's words that meets every rule with the scenario's example facts. */
const warmTemplate = {
  tone: 'warm',
  text:
    'Hi {{recipient.personal}},\n\nThank you for inviting me to interview for the {{role}} role at {{company}} {{interview.upcomingWhen}}. ' +
    'I have accepted another offer, so I am withdrawing my application and will not attend.\n\nBest wishes,\n{{candidate.name}}\n' +
    '{{candidate.email}}{{#if candidate.phone}}\n{{candidate.phone}}{{/if}}',
  note: 'Our brand voice',
};

const settings = {
  defaultTones: { 'accepted-another-offer': 'warm' },
  disabledScenarios: ['firm-no'],
  disabledChannels: ['voicemail'],
  emailFooter: 'Sent with Acme Careers.',
  signature: 'Applied with Acme Careers',
};

export const requestExamples: Record<string, unknown> = {
  createTenant: { name: 'Acme Careers' },
  createKey: { name: 'production' },
  validateTemplate: { scenario: 'accepted-another-offer', language: 'en', channel: 'email', ...warmTemplate, note: undefined },
  putTemplate: warmTemplate,
  putSettings: settings,
  importTenant: {
    format: 'decline-messages/tenant-export',
    formatVersion: 1,
    exportedAt: '2026-12-01T09:00:00.000Z',
    tenant: { id: 'tnt_Ab3dEf6hIj9k', name: 'Acme Careers' },
    settings,
    templates: [
      {
        scenario: 'accepted-another-offer',
        language: 'en',
        channel: 'email',
        published: [{ tone: 'warm', version: 1 }],
        versions: [
          { version: 1, ...warmTemplate, subject: null, warnings: [], createdAt: '2026-12-01T08:00:00.000Z', createdBy: { keyId: 'Xy12Ab34Cd56', name: 'production' } },
        ],
      },
    ],
  },
  renderMessage: render,
  renderVariants: variants,
  renderBatch: {
    items: [
      { ...examples.get('accepted-another-offer')!, company: 'Initech', role: 'Business Analyst', newEmployer: undefined },
      { ...examples.get('withdraw-application')!, company: 'Umbrella Health', role: 'Data Scientist' },
    ],
  },
};
