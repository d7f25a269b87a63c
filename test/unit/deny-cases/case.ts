import type { MessageUnderCheck } from '../../../src/messages/content-rules/index.js';

/** Deny-list entries a text must trip, the variant it is written in, the text, and what else of the message matters. */
export type DenyCase = [hits: number, variant: string, text: string, message?: Partial<MessageUnderCheck>];
