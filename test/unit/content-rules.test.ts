// The content rules one by one, on messages written here rather than rendered: each rule passes a clean message and
// catches the defect it names, so none of them is a check that cannot fail; and the list of rules is public and stable.
import { describe, expect, it } from 'vitest';
import { checkMessage, contentRules, ruleList, type CheckInput, type MessageFacts, type MessageUnderCheck } from '../../src/messages/content-rules/index.js';
import { languageRegistry } from '../../src/messages/languages/index.js';
import { cases as de } from './deny-cases/de.js';
import { cases as en } from './deny-cases/en.js';
import { cases as es } from './deny-cases/es.js';
import { cases as fr } from './deny-cases/fr.js';

const denyCases = { English: en, German: de, French: fr, Spanish: es };

const facts: MessageFacts = {
  candidate: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '+1 555 0100' },
  recipient: { name: 'Priya Shah', honorific: 'ms' },
  company: 'Acme Corp',
  role: 'Data Analyst',
  interviewWhen: 'tomorrow at 3 PM',
};

const emailText = [
  'Dear Ms. Shah,',
  'Thank you for inviting me to interview for the Data Analyst position at Acme Corp. I have accepted an offer elsewhere, so I must cancel my interview tomorrow at 3 PM.',
  'I wish you every success in your search.',
  'Kind regards,\nJordan Lee\njordan.lee@example.com\n+1 555 0100',
].join('\n\n');

const email: MessageUnderCheck = {
  language: 'en-US',
  scenario: 'accepted-another-offer',
  tone: 'formal',
  channel: 'email',
  subject: 'Cancelling my Data Analyst interview: Jordan Lee',
  text: emailText,
  html: '<p>…</p>',
  parts: { greeting: 'Dear Ms. Shah,', signature: 'Kind regards,\nJordan Lee\njordan.lee@example.com\n+1 555 0100' },
  stats: { characters: emailText.length },
};

const smsText = "Hi Priya, it's Jordan Lee. I must cancel my Data Analyst interview at Acme tomorrow at 3 PM, as I have accepted another offer. Thank you for your time.";
const sms: MessageUnderCheck = { ...email, channel: 'sms', subject: undefined, html: undefined, text: smsText, parts: { greeting: 'Hi Priya,' }, stats: { characters: smsText.length } };

const voicemailText =
  'Hello Ms. Shah, this is Jordan Lee, on 555-0100. I am calling to cancel my Data Analyst interview at Acme tomorrow at 3 PM, as I have accepted another offer. ' +
  'Thank you for your time. Again, my number is 5 5 5, 0 1 0 0. Goodbye.';
const voicemail: MessageUnderCheck = { ...sms, channel: 'voicemail', text: voicemailText, parts: { greeting: 'Hello Ms. Shah,' }, stats: { characters: voicemailText.length } };

const linkedinText = 'Hi Priya,\n\nI have accepted another offer, so I need to cancel our Data Analyst interview at Acme tomorrow at 3 PM. Thank you for your time.';
const linkedin: MessageUnderCheck = { ...sms, channel: 'linkedin', tone: 'warm', text: linkedinText, stats: { characters: linkedinText.length } };

const rules = (message: MessageUnderCheck, f: MessageFacts = facts) => checkMessage({ message, facts: f } as CheckInput).map((v) => v.rule);
const withText = (m: MessageUnderCheck, from: string | RegExp, to: string): MessageUnderCheck => ({ ...m, text: m.text.replace(from, to) });

/** For every rule, a message that breaks it (and, where the facts matter, the facts). */
const cases: Record<string, () => [MessageUnderCheck, MessageFacts?]> = {
  placeholder: () => [withText(email, 'Acme Corp.', '{{company}}.')],
  'empty-slot': () => [withText(email, 'Dear Ms. Shah,', 'Dear ,')],
  'stray-punctuation': () => [withText(email, 'Thank you for', 'Thank you , for')],
  'doubled-stop': () => [withText(email, 'search.', 'search..')],
  mojibake: () => [withText(email, 'I have accepted', 'Iu2019ve accepted')],
  'sentence-capital': () => [withText(email, 'I have accepted', 'i have accepted')],
  'doubled-word': () => [withText(email, 'in your search', 'in your your search')],
  'exclamation-count': () => [withText(email, 'in your search.', 'in your search! Good luck!')],
  'exclamation-in-apology': () => [withText(email, 'in your search.', 'in your search. I am so sorry!')],
  'repeated-word': () => [withText(email, 'every success in your search.', 'every success in your search, success with the team and success ahead.')],
  'repeated-phrase': () => [withText(email, 'in your search.', 'in your search. I would like to keep in touch and will be in touch.')],
  'sms-segments': () => [withText(sms, 'Thank you for your time.', 'Thank you for your time. '.repeat(12).trim())],
  'sms-punctuation': () => [withText(sms, "it's", 'it’s')],
  'subject-outside-email': () => [{ ...sms, subject: 'Cancelling' }],
  'linkedin-shape': () => [withText(linkedin, 'Hi Priya,', 'Dear Ms. Shah,')],
  'voicemail-length': () => [withText(voicemail, 'Thank you for your time.', 'Thank you for your time and for all the care you took in arranging everything. '.repeat(6).trim())],
  'voicemail-unspeakable': () => [withText(voicemail, 'Goodbye.', 'Or write to jordan.lee@example.com. Goodbye.')],
  'voicemail-callback': () => [withText(voicemail, ', on 555-0100', '')],
  'voicemail-own-country-code': () => [
    { ...voicemail, language: 'fr-FR', text: "Bonjour Madame Shah, c'est Jordan Lee, au +33 6 12 34 56 78. J'annule notre entretien de demain. Mon numéro : plus 3 3, 6, 1 2, 3 4, 5 6, 7 8. Au revoir." },
    { ...facts, candidate: { ...facts.candidate, phone: '+33 6 12 34 56 78' } },
  ],
  'voicemail-full-name': () => [{ ...withText(voicemail, 'Hello Ms. Shah,', 'Hello Priya Shah,'), parts: { greeting: 'Hello Priya Shah,' } }],
  'subject-shape': () => [{ ...email, subject: 'cancelling my interview' }],
  'email-html': () => [{ ...email, html: undefined }],
  'candidate-named': () => [{ ...withText(email, /Jordan Lee/g, 'J. L.'), subject: 'Cancelling my Data Analyst interview' }],
  'company-named': () => [withText(email, ' at Acme Corp', '')],
  'role-named': () => [{ ...withText(email, ' for the Data Analyst position', ''), subject: 'Cancelling my interview: Jordan Lee' }],
  'greeting-name': () => [{ ...withText(email, 'Dear Ms. Shah,', 'Dear P.,'), parts: { ...email.parts, greeting: 'Dear P.,' } }],
  'interview-time': () => [withText(email, ' tomorrow at 3 PM', '')],
  'thanks-missing': () => [withText(sms, ' Thank you for your time.', '')],
  'private-detail': () => [withText(email, 'I have accepted an offer elsewhere, so', 'I have a heart condition, so'), { ...facts, reasonDetail: { text: 'I have a heart condition', shared: false } }],
  'contact-details': () => [{ ...withText(email, '\njordan.lee@example.com', ''), parts: { ...email.parts, signature: 'Kind regards,\nJordan Lee\n+1 555 0100' } }],
  'legal-form-in-prose': () => [{ ...email, tone: 'warm' }],
  'two-closings': () => [withText(email, 'Kind regards,', 'Many thanks,\n\nKind regards,')],
  'thanks-twice': () => [withText(email, 'in your search.', 'in your search. Thanks for being so helpful.')],
  'thanks-again': () => [withText(withText(email, 'Thank you for inviting me', 'I was glad to be invited'), 'in your search.', 'in your search. Thanks again.')],
  'spoken-sign-off': () => [withText(voicemail, 'Goodbye.', 'Kind regards.')],
  'greeting-missing': () => [withText(sms, 'Hi Priya, ', 'Priya, ')],
  'reason-between-decisions': () => [withText(email, 'I have accepted an offer elsewhere, so I must cancel my interview tomorrow at 3 PM.', 'I must cancel my interview tomorrow at 3 PM, since I have accepted a position elsewhere, and withdraw my application.')],
  'voicemail-written-only': () => [withText(voicemail, 'Data Analyst interview', 'Data Analyst (m/w/d) interview')],
  'deny-list': () => [withText(email, 'so I must cancel my interview', 'so I kindly ask you to cancel my interview')],
  'address-mixed': () => [
    {
      ...email,
      language: 'de-DE',
      formality: 'formal',
      subject: 'Absage: Data Analyst',
      text: 'Guten Tag Frau Shah,\n\nich sage das Gespräch morgen um 15 Uhr ab. Danke dir für deine Zeit.\n\nMit freundlichen Grüßen\nJordan Lee\njordan.lee@example.com\n+1 555 0100',
      parts: { greeting: 'Guten Tag Frau Shah,', signature: 'Mit freundlichen Grüßen\nJordan Lee\njordan.lee@example.com\n+1 555 0100' },
    },
    { ...facts, interviewWhen: 'morgen um 15 Uhr' },
  ],
};

describe('the content rules', () => {
  it('pass a clean email, text, voicemail and LinkedIn message', () => {
    expect(rules(email)).toEqual([]);
    expect(rules(sms)).toEqual([]);
    expect(rules(voicemail)).toEqual([]);
    expect(rules(linkedin)).toEqual([]);
  });

  it('each have a case here that breaks them', () => {
    expect(Object.keys(cases).sort()).toEqual(contentRules.map((r) => r.id).sort());
  });

  it.each(contentRules.map((r) => [r.id] as const))('%s catches what it names', (id) => {
    const [message, f] = cases[id]!();
    expect(rules(message, f ?? facts)).toContain(id);
  });

  it('have stable kebab-case ids, a one-line description and a severity each', () => {
    expect(new Set(ruleList.map((r) => r.id)).size).toBe(ruleList.length);
    for (const r of ruleList) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description).not.toMatch(/\n/);
      expect(['error', 'warning']).toContain(r.severity);
    }
  });

  it('say where a defect is, as a JSON Pointer into the message, where it has one place', () => {
    const [message] = cases['subject-shape']!();
    expect(checkMessage({ message, facts })).toEqual([expect.objectContaining({ rule: 'subject-shape', severity: 'error', pointer: '/subject' })]);
  });

  it('let a declined offer the candidate would still discuss be named without "declining", never as a yes', () => {
    const offer = (subject: string, open: boolean) =>
      checkMessage({ message: { ...email, scenario: 'decline-offer', subject: `${subject}: Jordan Lee` }, facts: { ...facts, ...(open && { openToNegotiation: true }) } }, { only: ['subject-shape'] }).map((v) => v.message);
    expect(offer('Your offer of the Data Analyst role', true)).toEqual([]);
    expect(offer('Your offer of the Data Analyst role', false)).toEqual(['subject could read as an acceptance']);
    expect(offer('Accepting your offer of the Data Analyst role', true)).toEqual(['subject could read as an acceptance']);
    expect(offer('The Data Analyst role', true)).toEqual(['subject could read as an acceptance']);
    expect(offer('Declining the Data Analyst offer', false)).toEqual([]);
    // "Your offer: <name>" reads as if the offer were the person.
    const subject = (line: string) =>
      checkMessage({ message: { ...email, scenario: 'decline-offer', subject: line }, facts: { ...facts, openToNegotiation: true } }, { only: ['subject-shape'] }).map((v) => v.message);
    expect(subject(`Your offer: ${facts.candidate.name} (REQ-1)`)).toEqual([expect.stringContaining('reads as if it were the offer')]);
    expect(subject(`Your offer: ${facts.role} (REQ-1) – ${facts.candidate.name}`)).toEqual([]);
    const angebot = (subject: string, open: boolean) =>
      checkMessage({ message: { ...email, language: 'de-DE', scenario: 'decline-offer', subject: `${subject}: Jordan Lee` }, facts: { ...facts, ...(open && { openToNegotiation: true }) } }, { only: ['subject-shape'] }).map((v) => v.message);
    expect(angebot('Ihr Angebot als Data Analyst', true)).toEqual([]);
    expect(angebot('Ihr Angebot als Data Analyst', false)).toEqual(['subject could read as an acceptance']);
    expect(angebot('Zusage zu Ihrem Angebot als Data Analyst', true)).toEqual(['subject could read as an acceptance']);
  });

  it('tell our words from the facts: a company named twice is not our repetition, and a fact in lower case is no sentence of ours', () => {
    const named = { ...facts, company: 'Thank You Foods' };
    const message = withText(withText(email, 'Acme Corp', 'Thank You Foods'), 'in your search.', 'in your search at Thank You Foods.');
    expect(rules(message, named)).toEqual([]);
  });

  it('read a family name with its particles as a fact, and a phone number as written as a number, not as brackets', () => {
    const particles = { ...facts, recipient: { name: 'Ana de la Cruz', honorific: 'ms' as const } };
    const dear = withText({ ...email, parts: { ...email.parts, greeting: 'Dear Ms. de la Cruz,' } }, 'Dear Ms. Shah,', 'Dear Ms. de la Cruz,');
    expect(rules(dear, particles)).toEqual([]);
    const written = { ...facts, candidate: { ...facts.candidate, phone: '(415) 555-0199' } };
    const called = withText(withText(voicemail, '555-0100', '(415) 555-0199'), '5 5 5, 0 1 0 0', '4 1 5, 5 5 5, 0 1 9 9');
    expect(rules(called, written)).toEqual([]);
    expect(rules(withText(called, 'Goodbye.', '(Pause.) Goodbye.'), written)).toContain('voicemail-written-only');
  });
});

describe('the deny lists', () => {
  const deny = (language: string, text: string, extra: Partial<MessageUnderCheck> = {}) =>
    checkMessage({ message: { ...email, channel: 'linkedin', language, ...extra, text, subject: undefined, html: undefined }, facts }, { only: ['deny-list'] }).map((v) => v.message);

  it('give a reason for every entry', () => {
    for (const entry of languageRegistry) for (const d of entry.contentWords.denyList) expect(d.reason.length, String(d.pattern)).toBeGreaterThan(20);
  });

  for (const [language, table] of Object.entries(denyCases)) {
    it(`catch the ${language} calques the native readers found, in the tones and variants where they are wrong`, () => {
      for (const [hits, variant, text, message] of table) expect(deny(variant, text, message), `${variant}: ${text}`).toHaveLength(hits);
    });
  }

  it('read the subject of an email, not only its text', () => {
    const subjectDeny = (subject: string) =>
      checkMessage({ message: { ...email, language: 'en-GB', subject, text: 'Thank you for the offer.', html: undefined }, facts }, { only: ['deny-list'] });
    expect(subjectDeny('Your offer (THA-2026-0412): Oliver Smith')).toHaveLength(1);
    expect(subjectDeny('Your offer: Senior Accountant (THA-2026-0412) – Oliver Smith')).toEqual([]);
  });
});
