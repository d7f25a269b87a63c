// English checks the content rules (src/messages/content-rules) do not make: the calques and slips of issue 18 the
// library's deny list lacks, stacked connectors, a voicemail's first sentence (who is calling and why), subjects that
// say who and which posting, a company's legal form given once and only where a formal letter gives it, and an
// interview already held never cancelled.
import { enGB, enUS } from '../../src/messages/languages/en.js';
import { ourWords, type Check } from './checks.js';
import { leftOut, uses, visible, type Rendering } from './matrix.js';

/** Phrasings a native professional would not write, each with why (the library's deny list has the others). */
export const englishDenyList: readonly [RegExp, string][] = [
  [/\bkindly request\b/i, '"kindly request" is a translated formula; a native asks, or would be grateful'],
  [/\b\p{Lu}[\p{L}'-]+ writing\./u, '"Oluwaseun writing." is not how a text says who it is from'],
  [/\bYour further message has reached me\b/, 'a calque: "I have received your message"'],
  [/\bdeclined\b[^.]*\bpreviously\b/, '"I declined ... previously" is stilted: "I have already declined"'],
  [/\bThat is all\.$/m, 'a curt last line no one says on a voicemail'],
  [/\b(?:Hello|Hi|Good (?:morning|afternoon|evening))\b[^.\n]*, it is \p{Lu}/u, '"Hello, it is Jordan Lee" translates "c\'est": "this is Jordan Lee"'],
  [/\bfor reasons of a personal nature\b/, 'officialese for "for personal reasons"'],
  [/\bwhich means cancell?ing our interview[^.]*\b(because|as|since)\b/, 'a reason after "which means cancelling" reads as the reason for cancelling'],
  [/\bI feel (bad|ill)\b/, '"I feel ill" says the writer is sick'],
  [/\b(he\/she|his\/her|s\/he)\b/i, 'English needs no gender for the writer or reader: a construction without one'],
  [/\binterest regarding\b/i, 'officialese: "your time and interest in", or "for considering me"'],
  [/\bI trust (this is clear|you (will )?understand)\b/i, 'a cold formula a careful candidate would not send: "I hope you understand", "I would be grateful if you would respect this"'],
  [/\b(make no further contact|no further contact, please)\b/i, 'curt: "Please don\'t contact me about further roles", "Please remove me from your list"'],
  [/\bThat is my final answer\b/i, 'a quiz-show line: the decision already said it is final'],
  [/(^|[.!?] )Good day\.$/m, '"Good day." is dated in both Englishes: "Goodbye.", "Have a good day."'],
  [/\b(declin\w*|turn\w* (it )?down|not (to )?accept\w*|say no)\b[^.;]*\b(although|though|unless)\b[^.]*\b(reconsider|think again|change\w*)\b/i, 'a no taken back in the same sentence ("decline it ... although I would reconsider"): the no for the offer as it stands, then a sentence of its own on what would change it'],
  [/^(?!(?:Hi|Hello|Hey|Dear)\b)\p{Lu}[\p{L}'-]+,\n/u, 'a bare first name as the greeting reads curt: "Hi Sophie," or "Dear Sophie,"'],
  [/\b(m\/f\/d|m\/w\/d|w\/m\/d|f\/m\/d|H\/F|F\/H|all genders)\b/i, 'a job-ad gender tag in prose'],
  [/\b(?:would|could|may) (?:still )?interest me\b/i, '"Other roles would interest me." reads as a note to self, not a wish: "I would be glad to hear of other roles", "I would be open to future openings"'],
  [/\bin mind for later\b/i, '"keep me in mind for later" leaves "later" hanging: "for the future"'],
  [/\babout something in (?:the )?future\b/i, 'vague: "if something else opens up in future"'],
  [/\bintroduce (?!you\b|yourself\b)\p{Lu}/u, 'an introduction says to whom: "introduce you to DeShawn McAllister", not "introduce DeShawn McAllister"'],
  [/\b(?:happy where I am|settled in my current role|settled where I am)\b/i, 'a reason the candidate never gave: timing says timing, not that they are content in a job they may not have'],
  [/\bglad\b[^.!?]*[.!?]\s+[^.!?]*\bgladly\b/i, '"glad ... gladly" in back-to-back sentences sounds clumsy, above all read aloud'],
  [/\bthis or any other (?:role|position)\b/i, '"about this or any other role" is a clumsy stack: "about other roles", "about this position or any other"'],
  [/\b(?:was|had been) no, and (?:it|that) is final\b/i, '"my answer was no, and it is final" clashes its tenses: "As I said before, my answer is no, and that is final"'],
  [/\bFinal answer\b/, '"Final answer" calls up the quiz-show catchphrase: "Final reply", "my decision is final"'],
  [/\banswering your (?:latest |last |recent |further )?calls?\b/i, 'you answer a call by picking up: a voicemail in reply is "returning your call"'],
  [/\bI would (?:appreciate|be grateful for) another (?:date|time|day)\b/i, 'a clipped request to reschedule: "I would be grateful if we could find another date", "Could we find another time?"'],
  [/\b(?:think\w*|thought) of me\b[^.!?]*[.!?]\s+[^.!?]*\b(?:thought|thinking)\b/i, '"thinking of me" then "I\'ve thought about it" repeats the word across two sentences: "On reflection"'],
  [/\bconsider\w* me\b[^.!?]*[.!?]\s+[^.!?]*\bconsidered\b/i, '"considering me" then "having considered it" repeats the word across two sentences: "On reflection"'],
  [/: the (?:role|position) (?:is not|isn't) the right fit\b/i, 'a decision and its reason glued by a colon, often repeating "role": "..., as it is not the right fit for me"'],
  [/\bit's a no to\b/i, '"it\'s a no to the role" is not how either market declines: "I\'ll pass on the role"'],
];

function hoursAhead(r: Rendering): number | null {
  const at = r.set.facts.interview?.at;
  if (!at || !uses(r.scenario, '/interview/at')) return null;
  const now = Date.parse(r.set.facts.now ?? '2026-11-29T10:00:00-05:00');
  return (Date.parse(at) - now) / 3_600_000;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const englishChecks: Check[] = [
  {
    id: 'en-closing-echoes-sign-off',
    description: 'the last sentence before the sign-off never has its first word ("Best of luck with the search." then "Best,")',
    run: ({ message, channel }) => {
      const signature = message.parts.signature;
      if (channel !== 'email' || !signature) return undefined;
      const before = message.text.slice(0, message.text.lastIndexOf(signature)).trim();
      const last = before.split(/(?<=[.!?])\s+/).pop() ?? '';
      // "All the best with the search." then "Best," echoes as much as "Best of luck ..." does.
      const word = /^\p{L}+/u.exec(signature)?.[0];
      return word && new RegExp(`\\b${word}\\b`, 'iu').test(last) ? `"${last}" then "${signature.split('\n')[0]}"` : undefined;
    },
  },
  {
    id: 'en-deny-list',
    description: 'no calque or slip of the English deny list',
    run: (r) => {
      const text = visible(r.message);
      const found = englishDenyList.find(([pattern]) => pattern.test(text));
      return found ? `${found[1]} (${found[0].exec(text)![0]})` : undefined;
    },
  },
  {
    id: 'en-stacked-connectors',
    description: 'no two causal connectors in one sentence ("because ... since")',
    run: ({ message }) => {
      for (const sentence of message.text.split(/(?<=[.!?])\s+|\n+/)) {
        if (/\b(because|since)\b[^.;:]*\b(because|since)\b/i.test(sentence)) return `stacked connectors: "${sentence}"`;
      }
      return undefined;
    },
  },
  {
    id: 'en-voicemail-first-sentence',
    description: 'a voicemail says who is calling and why in its first sentence, with the number except in a final no',
    run: ({ message, channel, set, scenario }) => {
      if (channel !== 'voicemail') return undefined;
      // The greeting ends in a comma and the opening goes on: one sentence.
      const first = `${message.parts.greeting ?? ''} ${(message.parts.opening ?? '').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]}`;
      if (!message.parts.greeting?.endsWith(',') || !message.parts.opening) return 'the greeting and the opening are not one sentence';
      const name = message.facts.candidate.name;
      if (!first.includes(name) && !/\b(this is|it's|my name is|here)\b/.test(first)) return `who is calling is not in "${first}"`;
      if (!/\b(calling|ringing|phoning|about|regarding|in reply|responding|answering|returning)\b/.test(first)) return `why is not in "${first}"`;
      const phone = set.facts.candidate.phone;
      // As the market says its own numbers ("872-555-0193" for "+1 (872) 555-0193"), or as written.
      const spoken = phone && ((message.language === 'en-GB' ? enGB : enUS).spokenNumber?.(phone) ?? phone);
      if (phone && scenario.id !== 'firm-no' && !first.includes(phone) && !first.includes(spoken!)) return 'the callback number is not in the first sentence';
      return undefined;
    },
  },
  {
    id: 'en-location-not-a-commute',
    description: 'a location given as the reason, in our words, is never a commute: the role may be remote, or abroad ("based in Germany")',
    run: ({ message, set, scenario }) => {
      const reason = set.facts.reason;
      if (reason?.code !== 'location' || !uses(scenario, '/reason/code')) return undefined;
      // The candidate's own words may name a commute; ours may not.
      const ours = reason.detail ? message.text.split(reason.detail).join(' ') : message.text;
      const found = /\b(?:commut\w*|daily journey|day to day|travel to work)\b/i.exec(ours);
      return found ? `"${found[0]}" for a location reason` : undefined;
    },
  },
  {
    id: 'en-role-before-noun',
    description: 'a role with a comma in it never stands before a noun: "my application for the Senior Manager, FP&A role", not "my Senior Manager, FP&A application"',
    run: ({ message }) => {
      const role = message.facts.role;
      if (!role) return undefined;
      for (const name of new Set([role.name, role.spoken])) {
        if (!name.includes(',')) continue;
        // "as a Senior Manager, FP&A" reads as a list too: "in the Senior Manager, FP&A role".
        const found = new RegExp(`(?:${escape(name)} (?:application|interview|process|offer|opportunity|opening|vacancy|candidacy|search|job|post)\\b|\\bas an? ${escape(name)}(?! role| position))`, 'u').exec(message.text);
        if (found) return `"${found[0]}"`;
      }
      return undefined;
    },
  },
  {
    id: 'en-legal-name-once',
    description: "the company's legal form never in a subject, and at most once in a formal or firm email or LinkedIn message",
    run: ({ message, tone, channel }) => {
      const form = message.facts.company.legalForm;
      if (!form) return undefined;
      const pattern = new RegExp(`(?<![\\p{L}])${escape(form)}(?![\\p{L}])`, 'gu');
      if (message.subject && pattern.test(message.subject)) return `legal form "${form}" in the subject`;
      const count = message.text.match(pattern)?.length ?? 0;
      const letter = (tone === 'formal' || tone === 'firm') && (channel === 'email' || channel === 'linkedin');
      return count > (letter ? 1 : 0) && `legal form "${form}" ${count} times`;
    },
  },
  {
    id: 'en-subject-facts',
    description: 'subjects carry the full name, the job reference, and at short notice the day',
    run: (r) => {
      const { message, channel, set } = r;
      if (channel !== 'email') return undefined;
      const subject = message.subject ?? '';
      const name = message.facts.candidate.name;
      if (!subject.includes(name)) return `no full name in "${subject}"`;
      if (set.facts.jobReference && !subject.includes(set.facts.jobReference)) return `no job reference in "${subject}"`;
      const ahead = hoursAhead(r);
      // Where the longer phrasings do not fit in 77 characters, a job reference keeps its place before the day:
      // "Cancellation: name, role (reference)", "Rescheduling: ..." or "Withdrawal: ...", and the text's first lines
      // say when.
      const compact = set.facts.jobReference !== undefined && /^(Cancellation|Rescheduling|Withdrawal): /.test(subject);
      if (ahead !== null && ahead > 0 && ahead < 24 && !compact && !/\b(today|tomorrow)\b/.test(subject)) return `short notice without the day in "${subject}"`;
      return undefined;
    },
  },
  {
    id: 'en-company-second-reference',
    description: 'the wish to stay in touch does not name the company again once the message has named it: "your organisation", "your team"',
    run: ({ message }) => {
      const name = message.facts.company.name;
      const door = message.parts.doorOpen;
      if (!door?.includes(name)) return undefined;
      const before = [message.parts.opening, message.parts.decision, message.parts.reason].filter(Boolean).join(' ');
      return before.includes(name) ? `"${name}" named again in "${door}"` : undefined;
    },
  },
  {
    id: 'en-withdrawal-wishes-well',
    description: 'a withdrawal or a not-a-fit message that neither keeps the door open nor refers someone ends by wishing the team well, in every channel',
    run: ({ message, scenario, set }) => {
      if (scenario.id !== 'withdraw-application' && scenario.id !== 'not-a-fit') return undefined;
      // A message that ends on staying in touch or on someone to meet looks ahead already; one that ends on the bare
      // decision or a request for deletion reads as a door shut.
      if ((set.facts.keepDoorOpen && uses(scenario, '/keepDoorOpen')) || (set.facts.referral && uses(scenario, '/referral'))) return undefined;
      return /\b(luck|wish\w*|success\w*|all the best|the search goes|(?:right|excellent|ideal) (?:person|candidate)|someone (?:great|brilliant|excellent))\b/i.test(message.text) ? undefined : 'ends without wishing them well';
    },
  },
  {
    id: 'en-reschedule-thanks',
    description: 'a formal text or call that asks to move the interview thanks the interviewer, whatever the fitting cut',
    run: ({ message, channel, tone, set, scenario }) => {
      // The formal tone, the one readers failed; the other tones' calls are still to be brought in.
      if (tone !== 'formal' || (channel !== 'sms' && channel !== 'voicemail')) return undefined;
      if (set.facts.intent !== 'reschedule' || !scenario.intents.includes('reschedule')) return undefined;
      // "I would be grateful if we could ..." asks; it does not thank.
      return /\b(thank\w*|many thanks|grateful (?:for|to you)|appreciate your)\b/i.test(message.text) ? undefined : 'asks for another date without a word of thanks';
    },
  },
  {
    id: 'en-voicemail-digits-in-breath',
    description: 'a voicemail never dictates more than five digits in one run ("9 0 0 4 1 7"): a listener cannot write them down',
    run: ({ message, channel }) => {
      if (channel !== 'voicemail') return undefined;
      // A British national first group ("0 7 7 0 0") is five; anything longer is split as the market dictates it.
      const run = /(?<!\d )(?<!\d)\d(?: \d){5,}/.exec(message.text);
      return run ? `"${run[0]}" in one breath` : undefined;
    },
  },
  {
    id: 'en-reschedule-ends-on-request',
    description: 'a formal or warm email or LinkedIn message that asks for another date ends on thanks or the request, not on the window the candidate gave',
    run: ({ message, channel, tone, set, scenario }) => {
      if ((tone !== 'formal' && tone !== 'warm') || (channel !== 'email' && channel !== 'linkedin')) return undefined;
      if (set.facts.intent !== 'reschedule' || !set.facts.availability || !scenario.intents.includes('reschedule')) return undefined;
      const signature = message.parts.signature;
      const body = signature ? message.text.slice(0, message.text.lastIndexOf(signature)) : message.text;
      const last = body.trim().split(/(?<=[.!?])\s+/).pop() ?? '';
      return /\b(?:available|free|could do|can attend|could attend)\b/.test(last) ? `ends on the window: "${last}"` : undefined;
    },
  },
  {
    id: 'en-pay-in-their-words',
    description: 'where the candidate names their pay in their own words, ours never call it "salary" unless theirs do ("the day rate is below ..." then "flexibility on salary")',
    run: ({ message, set, scenario }) => {
      const reason = set.facts.reason;
      if (reason?.code !== 'compensation' || !reason.detail || reason.disclosure !== 'specific' || !uses(scenario, '/reason/detail')) return undefined;
      if (/\bsalar(?:y|ies)\b/i.test(reason.detail)) return undefined;
      const ours = message.text.split(reason.detail).join(' ');
      return /\bsalar(?:y|ies)\b/i.test(ours) ? 'says "salary" beside the candidate\'s own words on pay' : undefined;
    },
  },
  {
    id: 'en-negotiation-no-echo',
    description: "an offer declined as it stands names the term that could move without the noun the candidate's own reason just used (\"... below my current pay. If there is any flexibility on pay\")",
    run: ({ message, set, scenario }) => {
      const reason = set.facts.reason;
      if (scenario.id !== 'decline-offer' || !set.facts.openToNegotiation || !reason?.detail || reason.disclosure !== 'specific') return undefined;
      const at = message.text.indexOf(reason.detail);
      if (at < 0) return undefined;
      const next = message.text.slice(at + reason.detail.length).split(/(?<=[.!?])\s+/)[1] ?? '';
      const terms = /\b(pay|salary|compensation|remuneration|rate|package|schedule|hours)\b/gi;
      const theirs = new Set([...reason.detail.matchAll(terms)].map((m) => m[1]!.toLowerCase()));
      const echoed = [...next.matchAll(terms)].map((m) => m[1]!.toLowerCase()).find((t) => theirs.has(t));
      return echoed ? `"${echoed}" again in "${next}"` : undefined;
    },
  },
  {
    id: 'en-short-notice-with-news',
    description: 'a written message apologises for short notice in the sentence that gives the news, not in one that only names the interview',
    run: ({ message, channel }) => {
      if (channel !== 'email' && channel !== 'linkedin') return undefined;
      const body = [message.parts.opening, message.parts.decision].filter(Boolean).join(' ');
      for (const sentence of body.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
        if (!/\b(?:short notice|so late|this late)\b/i.test(sentence) || !/\binterview\b/i.test(sentence)) continue;
        // Readers failed "Please forgive the short notice regarding the interview for ... . I am unable to attend today".
        if (!/\b(?:cancel\w*|attend\w*|make|come to|withdraw\w*|move|reschedul\w*|rearrang\w*|stepp?\w* back|won't be|will not be|can't|cannot|unable)\b/i.test(sentence)) return `an apology before the news: "${sentence}"`;
      }
      return undefined;
    },
  },
  {
    id: 'en-phone-interview-thanks',
    description: 'an interview held by phone is thanked for as a conversation, never as a meeting',
    run: ({ message, set }) => {
      if (set.facts.interview?.format !== 'phone') return undefined;
      const found = /\b(?:thank\w*|grateful|enjoyed)\b[^.!?]*\b(?:meeting (?:with )?(?:me|you)|meet (?:with )?you|our meeting (?:last|on|yesterday))\b/i.exec(message.text);
      return found ? `a phone interview thanked for as a meeting: "${found[0]}"` : undefined;
    },
  },
  {
    id: 'en-warm-referral-linked',
    description: 'a warm email, LinkedIn message or call offers the introduction with a link to what came before and says what for',
    run: ({ message, tone, channel }) => {
      const referral = message.parts.referral;
      if (!referral || tone !== 'warm' || channel === 'sms') return undefined;
      // Readers failed "DeShawn McAllister could be just the person ..." and "And I can introduce you to ..., who'd
      // be well worth a call." straight after "keep me in mind": a name out of nowhere, for nothing in particular.
      if (!/^(?:If|Also|And if|In the meantime)\b/.test(referral)) return `the introduction is tacked on: "${referral}"`;
      if (!/\b(?:role|position|candidate|fit|looking for|worth talking to)\b/.test(referral)) return `the introduction says not what for: "${referral}"`;
      return undefined;
    },
  },
  {
    id: 'en-referral-says-what-for',
    description: 'an offered introduction says what it is for (a candidate, a fit), in every tone and channel',
    run: ({ message }) => {
      const referral = message.parts.referral;
      if (!referral) return undefined;
      // Readers failed "I'd happily introduce you to Priyanka Nair-Holloway." in a text: who is she, and why?
      return /\b(?:candidate|fit|suit\w*|recommend\w*|role|position|looking for|worth talking to)\b/i.test(referral) ? undefined : `a name without what for: "${referral}"`;
    },
  },
  {
    id: 'en-detail-no-echo',
    description: "the sentence that carries the candidate's own reason does not name the post with the noun the reason starts on",
    run: ({ message, set, scenario }) => {
      const detail = set.facts.reason?.detail;
      // The withdrawal's own frames, which readers failed; the other scenarios' frames are still to be brought in.
      if (scenario.id !== 'withdraw-application') return undefined;
      if (!detail || set.facts.reason?.disclosure !== 'specific' || !uses(scenario, '/reason/detail')) return undefined;
      // Readers failed "withdraw my application for the Analyst role ... because the role would mean relocating".
      const noun = /\b(?:the|this) (role|position|job|post)\b/i.exec(detail)?.[1]?.toLowerCase();
      if (!noun) return undefined;
      const at = message.text.toLowerCase().indexOf(detail.replace(/^(?:because|as|since)\s+/i, '').replace(/[.!;,\s]+$/, '').toLowerCase());
      if (at < 0) return undefined;
      const start = Math.max(message.text.lastIndexOf('. ', at), message.text.lastIndexOf('\n', at)) + 1;
      const before = message.text.slice(start, at);
      return new RegExp(`\\b${noun}\\b`, 'i').test(before) ? `"${noun}" twice in "${before}${detail}"` : undefined;
    },
  },
  {
    id: 'en-offer-why-kept',
    description: "a cancellation for another offer says, in the candidate's own words, why they took it, in every channel but a text and in every tone but the concise",
    run: ({ message, set, scenario, channel, tone }) => {
      // A text has no room for them beside the role, the hour and the thanks; the concise tone is the shortest.
      if (channel === 'sms' || tone === 'concise') return undefined;
      const reason = set.facts.reason;
      // Every reader failed the texts that dropped "the role is based in Manchester, close to my family".
      if (scenario.id !== 'accepted-another-offer' || reason?.code !== 'another-offer' || !reason.detail) return undefined;
      if (reason.disclosure === 'general' || reason.disclosure === 'none' || leftOut(message).includes('reason')) return undefined;
      const said = reason.detail
        .replace(/^(?:because|as|since)\s+/i, '')
        .replace(/[.!;,\s]+$/, '')
        .toLowerCase();
      return message.text.toLowerCase().includes(said) ? undefined : `leaves out why the offer was taken: "${reason.detail}"`;
    },
  },
  {
    id: 'en-candidate-twice-in-a-row',
    description: 'two sentences in a row never both say "candidate" ("... be a strong candidate. / I hope you find an excellent candidate.")',
    run: (r) => {
      // A London reader failed "a strong candidate. / I hope you find an excellent candidate."
      const said = ourWords(r.message.text, r).split(/(?<=[.!?])\s+|\n+/);
      for (const word of ['candidate']) {
        const has = new RegExp(`\\b${word}\\b`, 'i');
        for (let i = 1; i < said.length; i++) if (has.test(said[i - 1]!) && has.test(said[i]!)) return `"${word}" twice in a row: "${said[i - 1]} ${said[i]}"`;
      }
      return undefined;
    },
  },
  {
    id: 'en-interview-held',
    description: 'an interview already held is never cancelled; one still ahead is never thanked for as held',
    run: (r) => {
      const ahead = hoursAhead(r);
      if (ahead === null) return undefined;
      const text = r.message.text;
      if (ahead <= 0 && /\b(cancel\w*|won't make|will not attend|can't make|unable to attend|reschedul\w*|move) (my|our|the) interview/i.test(text)) return 'cancels an interview that took place';
      if (ahead > 0 && /\b(thank you|thanks|grateful) for (meeting me|the interview(?! invit)|our interview|interviewing me)\b/i.test(text)) return 'thanks for an interview still to come';
      return undefined;
    },
  },
  {
    id: 'en-because-of-a-clause',
    description: 'a reason the candidate typed with its own verb ("the Friday in-office requirement clashes with ...") follows "because", never "because of", "due to" or "owing to"',
    run: ({ message, set, scenario }) => {
      const detail = set.facts.reason?.detail;
      if (!detail || set.facts.reason?.disclosure !== 'specific' || !uses(scenario, '/reason/detail')) return undefined;
      // A verb the reason cannot be a noun phrase with: an auxiliary, a modal, or a third-person verb after its subject.
      const verb = /\b(?:is|are|was|were|has|have|had|will|would|can|cannot|could|isn't|aren't|can't|won't|(?:the|my|our|this) (?:[\w'-]+ ){0,3}(?:clashes|conflicts|requires|means|makes|runs|falls|involves|needs))\b/i;
      if (!verb.test(detail)) return undefined;
      const said = detail.replace(/[.!;,\s]+$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      const found = new RegExp(`\\b(?:because of|due to|owing to) ${escape(said)}`, 'i').exec(message.text);
      return found ? `a clause after a connector for a noun: "${found[0]}"` : undefined;
    },
  },
];
