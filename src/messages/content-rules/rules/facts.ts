// The facts where a reader looks for them: who writes, to which company, about which role and interview; the
// recipient greeted by name; private details kept private; contact details in their place; and a company's legal
// form only where a formal letter would give it.
import { findScenario } from '../../catalogue.js';
import { parsePersonName } from '../../facts/person-name.js';
import { everydayCompany } from '../../languages/helpers.js';
import { companyForms, type Reading } from '../reading.js';
import { pointers, rule } from '../rule.js';
import { omitted, uses } from './channels.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contains = (text: string, fact: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fact)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** A name's leading given names followed by one unbroken run of the names after them ("Facundo Di Pietro"). */
function shorterNames(words: string[]): string[] {
  const names: string[] = [];
  for (let given = 1; given < words.length; given++) {
    for (let from = given; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) names.push([...words.slice(0, given), ...words.slice(from, to)].join(' '));
    }
  }
  return names;
}

/** The company as prose names it: the platform's everyday form, else the language's, else any language's. */
export const everyday = (r: Reading, name: string, given?: string) => given ?? r.helpers.everydayCompany(name) ?? everydayCompany(name);

export const factRules = [
  rule('candidate-named', 'error', "A message that does not say who writes: the candidate's full name (LinkedIn shows it; an email may sign with the given name when its subject has the full name).", (r) => {
    const { channel } = r.input.message;
    const { candidate } = r.input.facts;
    if (channel === 'linkedin' || omitted(r).includes('surname') || r.visible.includes(candidate.name)) return undefined;
    // A text or a call may say the name the candidate goes by with the surname ("Kate McNamara-Ruiz" for Mary Kate).
    const words = candidate.name.split(/\s+/);
    const goesBy = candidate.preferredName ? words.slice(1).map((_, i) => `${candidate.preferredName} ${words.slice(i + 1).join(' ')}`) : [];
    if (goesBy.some((name) => r.visible.includes(name))) return undefined;
    // A language that introduces the caller by fewer names (Spanish: the given name and the first surname, "Facundo Di
    // Pietro" for "Facundo Ezequiel Di Pietro Lanusse") says a given name followed by a run of the surnames.
    if ((channel === 'sms' || channel === 'voicemail') && r.helpers.spokenName) {
      if (shorterNames(words).some((name) => r.visible.includes(name))) return undefined;
    }
    const given = candidate.preferredName ?? r.helpers.givenName(candidate.name) ?? candidate.name;
    return !(channel === 'email' && r.visible.includes(given)) && `no candidate name (${candidate.name})`;
  }),
  rule('company-named', 'error', 'A message that does not name the company it is for, by its everyday name or its legal name (only a formal letter needs the legal form, and may give it once).', (r) => {
    const { company, companyEveryday } = r.input.facts;
    const plain = everyday(r, company, companyEveryday);
    // A language that declines a company's name ("bei den Sportfreunden Köln e.V.") still names it.
    const named = (name: string) => r.visible.includes(name) || companyForms(name, r.helpers, false).some((form) => r.visible.includes(form));
    return !named(company) && !named(plain) && `no company (${plain})`;
  }),
  rule('role-named', 'error', 'A message that leaves out the role it is about, when one was given and the scenario names it (unless the channel had to leave it out, and said so).', (r) => {
    const { role } = r.input.facts;
    // French writes a title in lower case in running text ("le poste de responsable conformité").
    const named = (title: string) => r.visible.includes(title) || r.visible.includes(title.charAt(0).toLocaleLowerCase() + title.slice(1));
    return Boolean(role && uses(r, '/role') && !named(role) && !omitted(r).includes('role')) && 'no role';
  }),
  rule('greeting-name', 'error', 'A greeting that uses an initial, leaves out the recipient it was given, or ignores the name they go by.', (r) => {
    const { parts, tone, channel } = r.input.message;
    if (parts === undefined) return undefined;
    const greeting = parts.greeting ?? '';
    const at = pointers.greeting;
    if (new RegExp(`${r.words.greetingWords.source} \\p{Lu}\\.?,`, 'u').test(greeting)) return { message: `greets by an initial: ${greeting}`, pointer: at };
    const recipient = r.input.facts.recipient;
    if (!recipient?.name || omitted(r).includes('recipientName') || !uses(r, '/recipient/name')) return undefined;
    const h = r.helpers;
    const person = parsePersonName({ name: recipient.name }, r.input.message.language.startsWith('es') ? 'spanish' : 'default');
    const address = h.address(person, recipient.honorific ?? person.writtenHonorific);
    const names = [recipient.name, recipient.preferredName, person.first, address.titled, address.full].filter(Boolean) as string[];
    // A voicemail says the address as the language says it aloud ("Herr Professor van der Meulen").
    if (channel === 'voicemail' && h.spokenAddress) names.push(...names.map((n) => h.spokenAddress!(n)));
    const title = recipient.honorific && r.words.letterTitles?.[recipient.honorific];
    if (title) names.push(`${title},`);
    if (!names.some((n) => greeting.includes(n))) return { message: `greeting without the name: ${greeting}`, pointer: at };
    const personal = tone === 'warm' || tone === 'concise' || channel === 'linkedin' || channel === 'sms';
    // A language that greets by the given name with formal address (its helpers say which) never greets by a nickname then.
    const nicknameInformalOnly = h.formalGivenName !== undefined && r.input.message.formality !== 'informal';
    if (recipient.preferredName && nicknameInformalOnly && new RegExp(`(?<!\\p{L})${escape(recipient.preferredName)}(?!\\p{L})`, 'u').test(greeting)) {
      return { message: `greets by the preferred name with formal address: ${greeting}`, pointer: at };
    }
    if (recipient.preferredName && personal && !nicknameInformalOnly && !greeting.includes(recipient.preferredName)) return { message: 'ignores the preferred name', pointer: at };
    return undefined;
  }),
  rule('thanks-missing', 'error', 'A message of a scenario that must thank (accepted-another-offer, withdraw-application, decline-offer) with no thanks in it, in any channel: a text or voicemail cut to fit keeps its thanks.', (r) => {
    if (!findScenario(r.input.message.scenario)?.thanks) return undefined;
    // Only whole facts are taken out: a company called "Thank You Foods" thanks no one, but its first word is ours too.
    const text = r.facts.filter((f) => /\s/.test(f)).reduce((t, f) => t.split(f).join('X'), r.input.message.text);
    return !r.words.thanks.test(text) && 'no thanks';
  }),
  rule('interview-time', 'error', 'A message about an upcoming interview that does not say its day and time (unless a text had to leave the time out, and said so).', (r) => {
    const when = r.input.facts.interviewWhen;
    if (!when || !uses(r, '/interview/at') || r.input.message.text.includes(when) || omitted(r).includes('interviewTime')) return undefined;
    return `no "${when}"`;
  }),
  rule('private-detail', 'error', 'A private detail printed that the candidate did not ask to share.', (r) => {
    const detail = r.input.facts.reasonDetail;
    if (!detail || detail.shared) return undefined;
    const core = detail.text.replace(/^I (have|am) /, '').slice(0, 24);
    return r.visible.includes(core) && 'prints a detail nobody asked to share';
  }),
  rule('contact-details', 'error', "An email signature without the candidate's email address or phone (a final no needs neither), or an email address in a text.", (r) => {
    const { channel, scenario, parts, text } = r.input.message;
    const { email, phone } = r.input.facts.candidate;
    const signature = parts?.signature ?? text.split('\n\n').at(-1) ?? '';
    if (channel === 'email' && scenario !== 'firm-no') {
      if (email && !signature.includes(email)) return { message: 'email address missing from the signature', pointer: pointers.signature };
      if (phone && !signature.includes(phone)) return { message: 'phone missing from the signature', pointer: pointers.signature };
    }
    return channel === 'sms' && email !== undefined && text.includes(email) && 'an email address in a text';
  }),
  rule('legal-form-in-prose', 'error', "A company's legal form in a text message or in warm or concise prose, where people name a company without it.", (r) => {
    const { channel, tone } = r.input.message;
    if (channel !== 'sms' && tone !== 'warm' && tone !== 'concise') return undefined;
    const f = r.input.facts;
    const named = [
      [f.company, everyday(r, f.company, f.companyEveryday)],
      ...(f.newEmployer ? [[f.newEmployer, everyday(r, f.newEmployer, f.newEmployerEveryday)]] : []),
    ].find(([full, plain]) => full !== plain && contains(r.input.message.text, full!));
    return named && `"${named[0]}" with its legal form in a ${channel === 'sms' ? 'text' : `${tone} message`}`;
  }),
];
