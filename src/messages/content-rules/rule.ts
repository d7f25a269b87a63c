// The shape of a content rule: a stable id, a one-line description (the public list), a severity, and a check that
// reads a message once (see reading.ts) and names what a reader would notice.
import type { Reading } from './reading.js';
import type { Severity } from './types.js';

/** What a check finds: a message, or a message with the JSON Pointer of the part that shows it. */
export type Finding = string | { message: string; pointer?: string };

export interface ContentRule<Id extends string = string> {
  /** Stable, kebab-case: platforms and the tests name rules by it. */
  id: Id;
  /** One line: what the rule catches. */
  description: string;
  severity: Severity;
  check(r: Reading): Finding | readonly Finding[] | undefined | null | false | '';
}

export const rule = <const Id extends string>(id: Id, severity: Severity, description: string, check: ContentRule['check']): ContentRule<Id> => ({ id, severity, description, check });

/** The parts the rules point into. */
export const pointers = { text: '/text', subject: '/subject', html: '/html', stats: '/stats', greeting: '/parts/greeting', signature: '/parts/signature' } as const;
