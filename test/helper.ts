// Builds the app for HTTP tests with a fixed clock, so relative dates are deterministic.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { defaultConfig, type Config } from '../src/config.js';
import { createMessageService } from '../src/messages/service.js';

export const fixedNow = Date.parse('2026-11-29T10:00:00-05:00');

/**
 * Load shedding is off unless a test turns it on (test/protection.test.ts): test workers share the CPU, and a
 * test that blocks its event loop for a moment would otherwise see 503s meant for an overloaded server.
 */
const noShedding: Config['pressure'] = { maxEventLoopDelayMs: 0, maxEventLoopUtilization: 0, maxHeapUsedBytes: 0 };

export async function build(overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<FastifyInstance> {
  const service = createMessageService({ clock: () => fixedNow });
  // The template store in memory unless a test names one: nothing written under ./data.
  return buildApp({ ...defaultConfig(), pressure: noShedding, dataDir: ':memory:', ...overrides }, { service, ...options });
}

/** One app per test file, closed afterwards. */
export function useApp(overrides: Partial<Config> = {}, options: AppOptions = {}): { app: FastifyInstance } {
  const holder = {} as { app: FastifyInstance };
  beforeAll(async () => {
    holder.app = await build(overrides, options);
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}

/** A complete, valid POST /messages body carrying personal data. */
export const messageBody = {
  scenario: 'accepted-another-offer',
  tone: 'warm',
  channel: 'email',
  candidate: { name: 'Priya Ramanathan', email: 'priya.r@example.com', phone: '+1 555 010 7788' },
  recipient: { name: 'Dana Whitfield' },
  company: 'Initech',
  role: 'Data Analyst',
};

/** The contract's own example: every field of POST /messages set. */
export const fullRequest = {
  scenario: 'accepted-another-offer',
  tone: 'warm',
  channel: 'email',
  language: 'en-US',
  formality: 'formal',
  phrasingSeed: 'application-48213',
  candidate: { name: 'Jordan Lee', preferredName: 'Jordan', email: 'jordan@example.com', phone: '+1 555 0100' },
  recipient: { name: 'Priya Shah', preferredName: 'Priya', honorific: 'ms', title: 'Talent Partner' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  interview: { at: '2026-12-01T15:00:00-05:00', timeZone: 'America/New_York', format: 'video' },
  reason: { code: 'another-offer', detail: 'the new role is closer to my family', disclosure: 'general' },
  newEmployer: 'Globex',
  keepDoorOpen: true,
  referral: 'Sam Rivera',
  requestNoFurtherContact: false,
  now: '2026-11-30T10:00:00-05:00',
  atsReasonId: '4471',
};
