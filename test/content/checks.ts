// The content rules of src/messages/content-rules applied to a matrix rendering, with the facts taken from the fact
// set as the platform sent them; and the checks only a test can make: SMS segments counted again by an independent
// package, and facts kept in texts of normal length.
import { SegmentedMessage } from 'sms-segments-calculator';
import { checkMessage, contentRules, type CheckInput, type MessageFacts, type Violation } from '../../src/messages/content-rules/index.js';
import { privateReasons } from '../../src/messages/request.js';
import { choicesFor, factsFor, leftOut, listenerZone, type Rendering } from './matrix.js';

export { contentRules };

/**
 * The facts' own strings: as the platform sent them, with what the service understood of them (names from their
 * parts, companies without legal form, roles without job-ad tags), which is what the text uses.
 */
/** The recipient's name with the academic title sent beside it ("Dr. Pieter van der Berg"), as a greeting may use it. */
function titledName(recipient: { name: string; academicTitle?: string | null }): string {
  const title = recipient.academicTitle;
  return title && !recipient.name.startsWith(title) ? `${title} ${recipient.name}` : recipient.name;
}

/** Whether the request shares the candidate's own words: asked to, or by default for a reason that is not private. */
function detailShared(r: Rendering): boolean {
  const reason = factsFor(r.set, r.scenario).reason;
  if (reason?.detail === undefined) return false;
  if (reason.disclosure !== undefined) return reason.disclosure === 'specific';
  return !privateReasons.has(reason.code ?? r.scenario.impliedReason ?? 'other');
}

export function factsOf(r: Rendering): MessageFacts {
  const f = r.set.facts;
  const understood = r.message.facts;
  const referral = understood.referral?.name;
  return {
    candidate: { ...f.candidate, name: understood.candidate.name },
    ...(understood.recipient && { recipient: { name: titledName(understood.recipient), preferredName: f.recipient?.preferredName, honorific: understood.recipient.honorific ?? undefined } }),
    company: understood.company.legalName,
    companyEveryday: understood.company.name,
    ...(understood.newEmployer && { newEmployer: understood.newEmployer.legalName, newEmployerEveryday: understood.newEmployer.name }),
    ...(understood.role && { role: r.channel === 'voicemail' ? understood.role.spoken : understood.role.name }),
    ...(referral && { referral }),
    ...(f.reason?.detail && { reasonDetail: { text: f.reason.detail, shared: detailShared(r) } }),
    ...(r.set.when && { interviewWhen: r.channel === 'voicemail' ? (r.set.spokenWhen ?? r.set.when) : r.set.when }),
    ...(listenerZone(r) && { interviewTimeZone: listenerZone(r) }),
    ...((f.recipient?.title || understood.jobReference) && { other: [f.recipient?.title, understood.jobReference].filter((x): x is string => Boolean(x)) }),
    ...(choicesFor(factsFor(r.set, r.scenario), r.scenario, r.tone).openToNegotiation === true && { openToNegotiation: true }),
  };
}

export function checkInput(r: Rendering): CheckInput {
  const m = r.message;
  return {
    message: {
      language: m.language,
      scenario: m.scenario,
      tone: m.tone,
      channel: m.channel,
      ...(m.formality && { formality: m.formality }),
      ...(m.subject !== undefined && { subject: m.subject }),
      text: m.text,
      ...(m.html !== undefined && { html: m.html }),
      parts: m.parts,
      stats: m.stats,
      ...(m.omitted && { omitted: m.omitted }),
    },
    facts: factsOf(r),
  };
}

/** Every violation of every content rule in a rendering. */
export const violationsOf = (r: Rendering): Violation[] => checkMessage(checkInput(r));

/** The facts as our words see them (replaced by "X"), for the language suites' own checks. */
export function ourWords(text: string, r: Rendering): string {
  const facts = factsOf(r);
  const strings = new Set<string>();
  const names = [facts.candidate.name, facts.candidate.preferredName, facts.recipient?.name, facts.recipient?.preferredName, facts.referral, facts.company, facts.newEmployer, facts.role, facts.interviewWhen, facts.reasonDetail?.text, facts.candidate.email, facts.candidate.phone, ...(facts.other ?? [])];
  for (const s of names) {
    if (s && s.length > 1) {
      strings.add(s);
      for (const word of s.split(/[\s,;:()]+/)) if (/^\p{Lu}.*\p{L}/u.test(word)) strings.add(word.replace(/[^\p{L}.]+$/gu, ''));
      const plain = s.replace(/,?\s+(Inc\.|Co\.|Corp|LLC|Ltd|GmbH|AG|e\.V\.|S\.A\.S\.|SARL|S\.A\.|S\.L\.|S\.A\.U\.|S\.A\.B\. de C\.V\.|S\. de R\.L\. de C\.V\.)$/, '');
      if (plain !== s) strings.add(plain);
    }
  }
  let out = text;
  for (const fact of [...strings].filter((s) => s.length > 1).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), 'X');
  }
  return out;
}

export type Check = { id: string; description: string; run: (r: Rendering) => string | undefined | false };

const counted = new Set<string>();

/** Checks only a test can make, beside the content rules. */
export const testChecks: Check[] = [
  {
    id: 'sms-reference-count',
    description: 'SMS segments and encoding as the service counts them agree with the sms-segments-calculator package',
    run: (r) => {
      // The reference counter is slow (quadratic): it counts the rotations, which hold every phrasing, each text once.
      if (r.channel !== 'sms' || !r.phrasing.startsWith('rotation') || counted.has(r.message.text)) return undefined;
      counted.add(r.message.text);
      const reference = new SegmentedMessage(r.message.text);
      const encoding = reference.encodingName === 'GSM-7' ? 'GSM-7' : 'UCS-2';
      if (r.message.stats.smsSegments !== reference.segmentsCount) return `counted ${r.message.stats.smsSegments}, reference ${reference.segmentsCount}`;
      return r.message.stats.smsEncoding !== encoding && `encoding ${r.message.stats.smsEncoding}, reference ${encoding}`;
    },
  },
  {
    id: 'facts-kept',
    description: 'keeps every fact in texts of normal length, and says what a long one left out',
    run: ({ message, set }) => {
      // The generic closing words may give way in any text; facts only when names are long.
      const facts = leftOut(message).filter((o) => o !== 'closing');
      if (set.normalLength && facts.length > 0) return `left out: ${facts.join(', ')}`;
      if (leftOut(message).length > 0 && !message.advice.some((a) => a.code === 'sms-shortened' || a.code === 'voicemail-shortened')) return 'left out without saying so';
      return undefined;
    },
  },
];
