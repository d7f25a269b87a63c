// The advice given with a message: what the scenario always says, what the facts call for, and what fitting the
// channel cost. Codes only; each language's advice.yaml words them.
import type { ChannelStats } from './channels.js';
import type { Omission } from './omissions.js';
import type { NormalisedRequest } from './request.js';
import type { AdviceCode } from './templates.js';
import type { View } from './view-model.js';
import { segmentsFit, voicemailFits } from './fit-channel.js';

export function adviceFor(n: NormalisedRequest, view: View, stats: ChannelStats, leftOut: readonly Omission[]): AdviceCode[] {
  const { scenario, channel } = n;
  const codes: AdviceCode[] = [];
  if (scenario.advice.includes('send-now') || view.newEmployer !== null) codes.push('send-now');
  if (view.shortNotice) codes.push(channel === 'voicemail' ? 'write-as-well' : 'call-as-well');
  // A private detail that fitting a text or call left out is not in the message: it stays as private as `general`.
  const detailShown = view.reason.specific && !leftOut.includes('reasonDetail') && !leftOut.includes('reason');
  if (view.reason.private && detailShown) codes.push('private-detail-included');
  else if (view.reason.private) codes.push('no-details-needed');
  if (scenario.advice.includes('final-message')) codes.push('final-message');
  else if (scenario.advice.includes('be-brief')) codes.push('be-brief');
  if (view.dataDeletion) codes.push('data-deletion');
  // A voicemail is for calling back: without a number, the candidate should add one (a final no asks for no call).
  if (channel === 'voicemail' && view.candidate.phone === null && !scenario.advice.includes('final-message')) codes.push('add-phone');
  if (leftOut.length > 0) codes.push(channel === 'sms' ? 'sms-shortened' : 'voicemail-shortened');
  if (stats.smsEncoding === 'UCS-2') codes.push('sms-unicode');
  if (stats.smsEncoding !== undefined && !segmentsFit({ encoding: stats.smsEncoding, segments: stats.smsSegments! })) codes.push('sms-too-long');
  if (channel === 'linkedin' && stats.characters >= 1000) codes.push('too-long');
  if (stats.speakingSeconds !== undefined && !voicemailFits(stats.speakingSeconds)) codes.push('too-long');
  return codes;
}
