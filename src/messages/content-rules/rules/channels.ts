// Each channel's shape: a text within its segments in plain punctuation, a LinkedIn message of a few sentences
// without a letter's frame, a voicemail that can be said in time and noted down, an email subject that says what
// happened.
import { findScenario } from '../../catalogue.js';
import { dialledFromAbroad } from '../../facts/dialling.js';
import { parsePersonName } from '../../facts/person-name.js';
import { voicemailNumber } from '../../languages/helpers.js';
import { subjectMaxLength, voicemailFits } from '../../render.js';
import { smsEncoding } from '../../sms.js';
import type { Reading } from '../reading.js';
import { pointers, rule } from '../rule.js';

const uses = (r: Reading, field: string) => (findScenario(r.input.message.scenario)?.fields.uses as readonly string[] | undefined)?.includes(field) ?? false;
const omitted = (r: Reading) => r.input.message.omitted ?? [];

/** Sentences as a reader counts them: a fact's own full stops end no sentence, and a new sentence starts with a capital. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d¿¡«„"X])|\n+/u).filter((s) => /\p{L}/u.test(s)).length;
}

/** Segments of GSM-7 allowed, or of UCS-2 where the spelling needs it (as render.ts's smsFits). */
const smsLimits = { 'GSM-7': 2, 'UCS-2': 3 } as const;

export const channelRules = [
  rule('sms-segments', 'error', 'A text longer than 2 GSM-7 segments, or 3 UCS-2 segments where correct spelling needs UCS-2.', (r) => {
    if (r.input.message.channel !== 'sms') return undefined;
    const { encoding, segments } = smsEncoding(r.input.message.text);
    return segments > smsLimits[encoding] && { message: `${segments} ${encoding} segments`, pointer: pointers.text };
  }),
  rule('sms-punctuation', 'error', 'Typographic quotes, dashes, ellipses or emoji in a text: they force UCS-2 or arrive garbled.', (r) => {
    if (r.input.message.channel !== 'sms') return undefined;
    const found = /[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]|\p{Extended_Pictographic}/u.exec(r.input.message.text);
    return found && `typographic character "${found[0]}"`;
  }),
  rule('subject-outside-email', 'error', 'A subject line or HTML body on a channel that has none (SMS, LinkedIn, voicemail).', (r) => {
    const { channel, subject, html } = r.input.message;
    return channel !== 'email' && (subject !== undefined || html !== undefined) && `a subject or HTML in a ${channel} message`;
  }),
  rule('linkedin-shape', 'error', 'A LinkedIn message that is 1,000 characters or more, opens like a letter, ends with a sign-off, is not two to four sentences, or greets by full name.', (r) => {
    const { channel, parts } = r.input.message;
    if (channel !== 'linkedin') return undefined;
    if ([...r.input.message.text].length >= 1000) return 'too long';
    // A language whose LinkedIn messages sign off on lines of their own ("Viele Grüße" / name) ends with that
    // paragraph; the shape is read without it.
    const lastParagraph = r.input.message.text.split('\n\n').at(-1)!;
    const signsOff = r.words.linkedinSignOff?.test(lastParagraph) === true;
    const withoutSignOff = (s: string) => (signsOff ? s.split('\n\n').slice(0, -1).join('\n\n') : s);
    const text = withoutSignOff(r.input.message.text);
    if (r.words.letterSalutation.test(text)) return 'letter salutation';
    if (text.split('\n').some((line) => r.words.signOff.test(line.trim()))) return 'sign-off block';
    const count = sentenceCount(withoutSignOff(r.sentenceText).split('\n\n').slice(1).join(' '));
    // A one-sentence note with its sign-off on lines of its own is two lines, as short as a LinkedIn message gets.
    const lines = count + (signsOff ? 1 : 0);
    if (lines < 2 || count > 4) return `${count} sentences`;
    const recipient = r.input.facts.recipient?.name;
    const untitled = r.words.fullNameWithoutTitle && recipient && !r.helpers.address(parsePersonName({ name: recipient }), r.input.facts.recipient?.honorific ?? null).titled;
    if (recipient?.includes(' ') && !untitled && parts?.greeting?.includes(recipient)) return { message: 'greets by full name', pointer: pointers.greeting };
    return undefined;
  }),
  rule('voicemail-length', 'error', 'A voicemail script that takes 45 seconds or more to say at a calm pace.', (r) => {
    if (r.input.message.channel !== 'voicemail') return undefined;
    const seconds = r.helpers.speakingSeconds(r.input.message.text);
    return !voicemailFits(seconds) && { message: `${seconds} s`, pointer: pointers.text };
  }),
  rule('voicemail-unspeakable', 'error', 'Something a voice cannot say in a voicemail script: an email address, a link, or symbols (/ # * _ < >).', (r) => {
    if (r.input.message.channel !== 'voicemail') return undefined;
    const found = /@|https?:|www\.|[/#*_<>]/.exec(r.input.message.text);
    return found && `unspeakable "${found[0]}"`;
  }),
  rule('voicemail-callback', 'error', 'A voicemail that does not give the callback number near the start and again, slowly, at the end; or a final no that asks for a call back.', (r) => {
    const { channel, text, scenario } = r.input.message;
    const phone = r.input.facts.candidate.phone;
    if (channel !== 'voicemail' || !phone) return undefined;
    // The number as a voice first says it: as written, national where the language knows the market's numbers, or
    // as the language reads out its own country's numbers; with its country code to a recruiter in another country.
    const said = voicemailNumber(r.helpers, phone, r.input.facts.interviewTimeZone);
    const forms = [phone, said.spoken, said.slow];
    if (scenario === 'firm-no') return forms.some((p) => text.includes(p)) && 'a callback number in a final no';
    const given = forms.map((p) => text.indexOf(p)).filter((i) => i >= 0);
    if (given.length === 0 || Math.min(...given) > text.length / 3) return 'number not given at the start';
    const slow = text.lastIndexOf(said.slow);
    return slow < (text.length * 2) / 3 && 'number not repeated slowly at the end';
  }),
  rule('voicemail-own-country-code', 'error', "A voicemail that reads out the market's own country calling code (\"plus 33 ...\" in France): a number of the recipient's own country is said in national form.", (r) => {
    const code = r.helpers.callingCode;
    if (r.input.message.channel !== 'voicemail' || !code) return undefined;
    // A recruiter in another country dials the market's own numbers with the code, so there it is said.
    const phone = r.input.facts.candidate.phone;
    if (phone && dialledFromAbroad(phone, r.input.facts.interviewTimeZone)) return undefined;
    // "+33 6 ...", "plus 3 3, 6 ...", "más 3 4, 6 ..." (Spanish), "00 33 ...": the digits after the sign, pauses and
    // spaces left out.
    const pattern = new RegExp(`(?:\\+|(?<![\\p{L}])(?:plus|más)\\s|(?<!\\d)00\\s?)\\s*${code.split('').join('[\\s,]*')}(?!\\d)`, 'iu');
    const found = pattern.exec(r.input.message.text);
    return found && { message: `the country's own code read out: "${found[0]}"`, pointer: pointers.text };
  }),
  rule('voicemail-full-name', 'error', 'A formal or firm voicemail that greets the recipient by full name, as no one says on the phone.', (r) => {
    const { channel, tone, parts } = r.input.message;
    const recipient = r.input.facts.recipient?.name;
    if (channel !== 'voicemail' || (tone !== 'formal' && tone !== 'firm') || !recipient?.includes(' ')) return undefined;
    if (r.words.fullNameWithoutTitle && !r.helpers.address(parsePersonName({ name: recipient }), r.input.facts.recipient?.honorific ?? null).titled) return undefined;
    return parts?.greeting?.includes(recipient) && { message: 'greets by full name', pointer: pointers.greeting };
  }),
  rule('subject-shape', 'error', 'An email subject that is missing, over 77 characters, on more than one line, starts in lower case, leaves out the role, could read as accepting an offer, or names the candidate where the offer should be.', (r) => {
    const { channel, subject, scenario } = r.input.message;
    if (channel !== 'email') return undefined;
    const at = pointers.subject;
    if (!subject) return { message: 'no subject', pointer: at };
    if (subject.length > subjectMaxLength || /[\r\n]|^\s|\s$/.test(subject)) return { message: `bad subject (${subject.length} characters)`, pointer: at };
    const { candidate, role } = r.input.facts;
    if (!/^\p{Lu}|^\d/u.test(subject) && !subject.startsWith(candidate.name)) return { message: 'subject starts in lower case', pointer: at };
    // "Your offer: <name>" reads as if the offer were the person.
    const label = r.words.openOfferSubject?.label?.exec(subject);
    if (label && subject.slice(label.index + label[0].length).startsWith(candidate.name)) return { message: `a name right after "${label[0].trim()}" reads as if it were the offer`, pointer: at };
    // Only names too long for any phrasing to fit leave the role out, for the fallback.
    const long = (role?.length ?? 0) + candidate.name.length >= 45;
    if (role && uses(r, '/role') && !subject.includes(role) && !(long && r.words.subjectFallback.test(subject))) return { message: 'subject does not name the role', pointer: at };
    // An offer the candidate would still discuss may be named without a no, as long as nothing in it reads as a yes.
    const open = r.words.openOfferSubject;
    const openOffer = r.input.facts.openToNegotiation === true && open !== undefined && open.names.test(subject) && !open.accepts.test(subject);
    if (scenario === 'decline-offer' && !r.words.declineWords.test(subject) && !openOffer) return { message: 'subject could read as an acceptance', pointer: at };
    return undefined;
  }),
  rule('email-html', 'error', 'An email without its HTML body.', (r) => r.input.message.channel === 'email' && r.input.message.html === undefined && { message: 'no HTML', pointer: pointers.html }),
];

export { omitted, uses };
