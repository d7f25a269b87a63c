// A complete, valid example request per scenario, derived from one set of facts and the fields each scenario uses.
import { scenarios, type RequestField, type Scenario, type ScenarioId } from './catalogue.js';
import { languageRegistry, languageVariant } from './languages/index.js';
import type { MessageRequest } from './schema.js';

const facts = {
  candidate: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
  recipient: { name: 'Priya Shah', title: 'Talent Partner' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  interview: { at: '2026-12-01T15:00:00-05:00', format: 'video' },
  now: '2026-11-29T10:00:00-05:00',
} as const;

/** What differs from the shared facts, so each example shows its scenario at its best. */
const overrides: Partial<Record<ScenarioId, Partial<MessageRequest>>> = {
  'accepted-another-offer': { newEmployer: 'Globex', keepDoorOpen: true },
  'keep-door-open': { reason: { code: 'timing', disclosure: 'general' }, referral: 'Sam Rivera' },
  'personal-reasons': { reason: { code: 'family', disclosure: 'general' } },
  'last-minute': { now: '2026-12-01T08:30:00-05:00', reason: { code: 'health', disclosure: 'general' } },
  'withdraw-application': { reason: { code: 'location', disclosure: 'general' } },
  'not-a-fit': { interview: { at: '2026-11-24T11:00:00-05:00', format: 'onsite' }, keepDoorOpen: true },
  'decline-offer': {
    reason: { code: 'compensation', detail: 'the salary is below what I need to relocate', disclosure: 'specific' },
    keepDoorOpen: true,
  },
  'decline-recruiter-outreach': { role: 'Senior Data Engineer', reason: { code: 'timing' }, keepDoorOpen: true },
  'firm-no': { requestNoFurtherContact: true },
};

function pickUsed(scenario: Scenario, body: Record<string, unknown>): Record<string, unknown> {
  const uses = new Set<RequestField>([...scenario.fields.required, ...scenario.fields.uses]);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value !== null && typeof value === 'object') {
      const inner = Object.fromEntries(
        Object.entries(value).filter(([k]) => uses.has(`/${key}/${k}` as RequestField)),
      );
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else if (uses.has(`/${key}` as RequestField)) {
      out[key] = value;
    }
  }
  return out;
}

export function exampleRequest(scenario: Scenario): MessageRequest {
  const merged = { ...facts, ...overrides[scenario.id] };
  return {
    scenario: scenario.id,
    tone: scenario.defaultTone,
    channel: 'email',
    ...pickUsed(scenario, merged),
  } as MessageRequest;
}

export const examples: ReadonlyMap<ScenarioId, MessageRequest> = new Map(
  scenarios.map((s) => [s.id, exampleRequest(s)]),
);

/** Each language's sample facts, from the registry's literal values: the compiler checks them against the request. */
type RegisteredSampleFacts = (typeof languageRegistry)[number]['sampleFacts'];
const sampleFacts = new Map<string, Partial<MessageRequest>>(
  languageRegistry.map((entry): [string, RegisteredSampleFacts] => [entry.language, entry.sampleFacts]),
);

/** A scenario's example in the language's own names: nested facts merge, so a scenario keeps its own. */
export function sampleRequest(s: Scenario, tag: string): MessageRequest {
  const example = examples.get(s.id)!;
  // Sample facts in each language's own names (the language registry), over the shared example facts.
  const own = sampleFacts.get(languageVariant(tag).language) ?? {};
  const merged: Record<string, unknown> = { ...example, language: tag, phrasingSeed: 'sample' };
  for (const [key, value] of Object.entries(own)) {
    const current = merged[key];
    if (current === undefined && !(key in example) && typeof value === 'object') continue;
    merged[key] = value !== null && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  // Facts the scenario does not use stay out of its request, as in the examples.
  for (const key of Object.keys(own)) if (!(key in example)) delete merged[key];
  return merged as MessageRequest;
}
