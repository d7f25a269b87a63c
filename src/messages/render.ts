// Renders a parsed request into a message: facts -> view model -> parts (one phrasing chosen per part by the seed)
// -> channel text, stats and advice. Each step lives in its own module; this one puts them in order.
import { adviceFor } from './advice.js';
import { composeParts, composeSubject, layoutText, messageId, Phrasing, tidy, toHtml, channelLayout, withReason, type Parts, type Picker } from './assemble.js';
import { channelStats, type Measures } from './channels.js';
import { classify } from './classification.js';
import { choose } from './phrasing.js';
import { fitChannel, segmentsFit, voicemailFits } from './fit-channel.js';
import { smsEncoding } from './sms.js';

import type { Omission } from './omissions.js';
import { factsOf, type NormalisedRequest } from './request.js';
import type { Message } from './schema.js';
import type { CompiledCatalogue } from './templates.js';
import { buildView, type View } from './view-model.js';

export { escapeHtml, subjectMaxLength, tidy, toHtml, withReason, type Picker } from './assemble.js';
export { smsFits, voicemailFits } from './fit-channel.js';
export { parseRequest, privateReasons, type NormalisedRequest } from './request.js';

/** Picks every slot's `k`-th alternative (wrapping): a few of these render every alternative of a message. */
export const rotation = (k: number): Picker => (_slot, count) => k % count;

/**
 * `picker` overrides the seed's choices (the start-up check and the tests render every alternative with it);
 * `adviceCatalogue` words the advice when the request asks for it in another language than the message's.
 */
export function renderMessage(n: NormalisedRequest, catalogue: CompiledCatalogue, picker?: Picker, adviceCatalogue: CompiledCatalogue = catalogue): Message {
  const { channel } = n;
  const pick = picker ?? ((slot: string, count: number) => choose(n.seed, slot, count));
  const phrasing = new Phrasing(pick);
  const view = withReason(n, catalogue, buildView(n), phrasing);
  let parts: Parts = composeParts(n, catalogue, view, phrasing);
  let leftOut: Omission[] = [];
  let measures: Measures | undefined;
  if (channel === 'sms') {
    const sms = lastOf(smsEncoding);
    measures = { speakingSeconds: n.language.helpers.speakingSeconds, smsEncoding: sms };
    ({ parts, leftOut } = fitChannel(n, catalogue, view, parts, pick, (s) => segmentsFit(sms(s))));
  }
  if (channel === 'voicemail') {
    const seconds = lastOf((s: string) => n.language.helpers.speakingSeconds(s));
    measures = { speakingSeconds: seconds };
    ({ parts, leftOut } = fitChannel(n, catalogue, view, parts, pick, (s) => voicemailFits(seconds(s))));
  }
  const subject = channelLayout(channel).hasSubject ? composeSubject(n, catalogue, view, phrasing) : undefined;
  return finishMessage(n, view, adviceCatalogue, {
    text: layoutText(channel, parts),
    subject,
    parts,
    leftOut,
    idSource: catalogue.version,
    choices: phrasing.choices,
    templateVersion: catalogue.version,
    template: { source: 'builtin', version: catalogue.version },
    measures,
  });
}

/**
 * A measure that remembers the last text it saw: fitting ends on the text it settled on, which is the message's text,
 * and its statistics then take that measure instead of counting the syllables or septets again.
 */
function lastOf<T>(measure: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let value: T;
  return (text) => {
    if (text !== last) {
      value = measure(text);
      last = text;
    }
    return value;
  };
}

/** What a renderer made of a request, before the parts every message shares are added. */
export interface Written {
  text: string;
  subject: string | undefined;
  parts: Parts;
  leftOut: readonly Omission[];
  /** The words' identity in the message id: our catalogue's version, or a platform's template and version. */
  idSource: string;
  choices: readonly number[];
  templateVersion: string;
  template: Message['template'];
  /** The measures fitting used, which already know the final text. */
  measures?: Measures | undefined;
}

/**
 * The message around a text, however it was written (our templates or a platform's): its id, HTML, statistics,
 * advice (worded in `words`, the advice language's catalogue), classification and facts.
 */
export function finishMessage(n: NormalisedRequest, view: View, words: CompiledCatalogue, written: Written): Message {
  const { scenario, tone, channel } = n;
  const { text, subject, parts, leftOut } = written;
  const stats = channelStats(channel, text, written.measures ?? n.language.helpers);
  const adviceCodes = adviceFor(n, view, stats, leftOut);
  // Only the shortening advice names what was left out: the list is formatted when there is one.
  const omitted = leftOut.length > 0 ? words.helpers.list(leftOut.map((o) => words.omissionWords(o, view))) : '';
  const adviceView = adviceCodes.length > 0 ? { ...view, stats, channel, leftOut: omitted } : view;
  const advice = adviceCodes.map((code) => ({ code, text: tidy(words.advice(code)(adviceView)) }));
  const facts = factsOf(n);
  return {
    id: messageId(n, { version: written.idSource, choices: written.choices, subject, text, advice: adviceCodes, leftOut, facts }),
    scenario: scenario.id,
    tone,
    channel,
    language: n.language.tag,
    ...(n.language.formality && { formality: n.formality }),
    phrasingSeed: n.seed,
    ...(subject !== undefined && { subject }),
    text,
    ...(channelLayout(channel).hasSubject && { html: toHtml(text) }),
    parts,
    ...(leftOut.length > 0 && { omitted: [...leftOut] }),
    stats,
    advice,
    templateVersion: written.templateVersion,
    template: written.template,
    classification: classify(n),
    facts,
  };
}
