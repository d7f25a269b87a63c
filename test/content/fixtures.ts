// Fact sets for the content suite, and the whole scenario x tone x channel matrix rendered once per set.
import { channelIds, scenarios, toneIds, type ChannelId, type Scenario, type ToneId } from '../../src/messages/catalogue.js';
import { MessageRequestSchema, type Message, type MessageRequest } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

export const now = '2026-11-29T10:00:00-05:00';
export const service = createMessageService({ clock: () => Date.parse(now) });

type Facts = Omit<MessageRequest, 'scenario' | 'tone' | 'channel'>;

export interface FactSet {
  name: string;
  facts: Facts;
  /** The interview's time as the text should say it, when one is given and still ahead. */
  when?: string;
  /** Realistic input: every text keeps every fact (long names may make an SMS leave some out, and say so). */
  normalLength: boolean;
}

export const factSets: readonly FactSet[] = [
  {
    name: 'every optional fact',
    normalLength: false,
    when: 'tomorrow at 3 pm',
    facts: {
      candidate: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
      recipient: { name: 'Priya Shah', title: 'Talent Partner' },
      company: 'Acme Corp',
      role: 'Data Analyst',
      interview: { at: '2026-11-30T15:00:00-05:00', format: 'video' },
      reason: { code: 'family', detail: 'I need to stay close to home for my family this year', disclosure: 'specific' },
      newEmployer: 'Globex',
      keepDoorOpen: true,
      referral: 'Sam Rivera',
      requestNoFurtherContact: true,
      now,
    },
  },
  {
    name: 'no optional fact',
    normalLength: true,
    facts: { candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' },
  },
  {
    name: 'typical',
    normalLength: true,
    when: 'on Wednesday at 10 am',
    facts: {
      candidate: { name: 'Maria Fernandes', email: 'maria.fernandes@example.com', phone: '+1 415 555 0134' },
      recipient: { name: 'Tom Becker' },
      company: 'Northwind Health',
      role: 'Senior Data Engineer',
      interview: { at: '2026-12-02T10:00:00-08:00', format: 'video' },
      reason: { code: 'compensation' },
      keepDoorOpen: true,
      now,
    },
  },
  {
    // Accents inside GSM-7, apostrophes, an ampersand, an honorific, an acronym role, an interview later today.
    name: 'awkward names, short notice',
    normalLength: true,
    when: 'today at 4:30 pm',
    facts: {
      candidate: { name: "Renée O'Brien-Müller", email: 'renee@example.org' },
      recipient: { name: 'Dr. José Muñoz' },
      company: "Ben & Jerry's",
      role: 'MBA Intern',
      interview: { at: '2026-11-29T16:30:00-05:00', format: 'phone' },
      reason: { code: 'family', disclosure: 'general' },
      newEmployer: 'Société Générale',
      keepDoorOpen: false,
      referral: "Dara O'Neill",
      now,
    },
  },
  {
    name: 'long names, every optional fact',
    normalLength: false,
    when: 'on Thursday at 9:30 am',
    facts: {
      candidate: {
        name: 'Alexandra Montgomery-Whitfield',
        email: 'alexandra.montgomery-whitfield@example.co.uk',
        phone: '+44 20 7946 0958',
      },
      recipient: { name: 'Christopher Abernathy', title: 'Senior Talent Acquisition Partner' },
      company: 'Hargreaves Lansdown & Partners',
      role: 'Senior Product Marketing Manager',
      interview: { at: '2026-12-03T09:30:00+00:00', format: 'onsite' },
      reason: { code: 'family', detail: 'my family is relocating abroad early next year', disclosure: 'specific' },
      newEmployer: 'Northwind Traders',
      keepDoorOpen: true,
      referral: 'Maximilian Oyelaran',
      requestNoFurtherContact: true,
      now: '2026-11-29T15:00:00+00:00',
    },
  },
  {
    name: 'interview already held',
    normalLength: true,
    facts: {
      candidate: { name: 'Jordan Lee', phone: '+1 555 0100' },
      recipient: { name: 'Priya Shah' },
      company: 'Acme Corp',
      role: 'UX Designer',
      interview: { at: '2026-11-26T11:00:00-05:00', format: 'onsite' },
      reason: { code: 'compensation', disclosure: 'general' },
      keepDoorOpen: true,
      now,
    },
  },
];

export interface Rendering {
  set: FactSet;
  scenario: Scenario;
  tone: ToneId;
  channel: ChannelId;
  message: Message;
  label: string;
}

/** Validates like the API does, then renders; throws on a request the service refuses. */
export function renderOne(facts: Facts, scenario: Scenario, tone: ToneId, channel: ChannelId): Message {
  const request = MessageRequestSchema.parse({ ...facts, scenario: scenario.id, tone, channel });
  const result = service.render(request);
  if (!result.ok) throw new Error(`${scenario.id}/${tone}/${channel}: ${JSON.stringify(result.errors)}`);
  return result.message;
}

/** Whether a set applies to a scenario: an interview that has happened cannot be cancelled as upcoming. */
export function applies(set: FactSet, scenario: Scenario): boolean {
  const at = set.facts.interview?.at;
  const past = at !== undefined && Date.parse(at) <= Date.parse(set.facts.now ?? now);
  return !(past && scenario.interviewTiming === 'upcoming');
}

export const matrix: readonly Rendering[] = factSets.flatMap((set) =>
  scenarios.filter((scenario) => applies(set, scenario)).flatMap((scenario) =>
    toneIds.flatMap((tone) =>
      channelIds.map((channel) => ({
        set,
        scenario,
        tone,
        channel,
        message: renderOne(set.facts, scenario, tone, channel),
        label: `[${set.name}] ${scenario.id} / ${tone} / ${channel}`,
      })),
    ),
  ),
);

/** Everything a reader sees: the subject (email only) and the text. */
export function visible(m: Message): string {
  return m.subject ? `${m.subject}\n${m.text}` : m.text;
}

export function uses(scenario: Scenario, field: string): boolean {
  return (scenario.fields.uses as readonly string[]).includes(field);
}

export function leftOut(m: Message): string {
  return m.advice.find((a) => a.code === 'sms-shortened')?.text ?? '';
}
