// The names a catalogue of templates is organised by: the pieces a scenario writes, the advice, a selection.
import { partNames, type ChannelId, type Formality, type ToneId } from './catalogue.js';

export const adviceCodes = [
  'send-now',
  'call-as-well',
  'write-as-well',
  'no-details-needed',
  'private-detail-included',
  'be-brief',
  'final-message',
  'data-deletion',
  'add-phone',
  'sms-shortened',
  'voicemail-shortened',
  'sms-unicode',
  'sms-too-long',
  'too-long',
] as const;
export type AdviceCode = (typeof adviceCodes)[number];

/** The pieces a scenario (or common.yaml) writes: the parts of the text, and the email's subject. */
export const pieceNames = [...partNames, 'subject'] as const;
export type PieceName = (typeof pieceNames)[number];

/** What chooses among a piece's texts: the tone, the channel and the form of address. */
export interface Selection {
  tone: ToneId;
  channel: ChannelId;
  formality: Formality;
}
