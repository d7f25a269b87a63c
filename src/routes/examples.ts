// Example request bodies for the OpenAPI document, one per operation, so "Try it out" works as it stands.
import { examples } from '../messages/examples.js';

const render = {
  ...examples.get('accepted-another-offer')!,
  reason: { code: 'compensation', detail: 'the hours do not fit my family commitments', disclosure: 'general' },
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
