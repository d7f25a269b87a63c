// One parser for every render path (/messages, /variants, /batch): the language resolved once, names, companies and
// roles understood, every cross-field rule applied, defaults filled in. What it returns is all a render reads.
import {
  defaultToneFor,
  findScenario,
  usesField,
  type ChannelId,
  type Disclosure,
  type Formality,
  type Intent,
  type ReasonCode,
  type RequestField,
  type Scenario,
  type ToneId,
} from './catalogue.js';
import { checkCrossFieldRules } from './cross-field-rules.js';
import { parseCompany, type CompanyName } from './facts/company.js';
import { parsePersonName, type NameConvention, type PersonName } from './facts/person-name.js';
import { referenceCode } from './facts/reference.js';
import { cleanRole, type RoleName } from './facts/role.js';
import type { LanguageHelpers } from './languages/helpers.js';
import { languageVariant, resolveLanguage, type LanguageVariant } from './languages/index.js';
import { derivedSeed } from './phrasing.js';
import type { Facts, FieldError, MessageRequest } from './schema.js';

export const privateReasons: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['personal', 'health', 'family']);

/** The request understood, with its defaults resolved; the view model later drops the facts the scenario does not use. */
export interface NormalisedRequest {
  scenario: Scenario;
  tone: ToneId;
  channel: ChannelId;
  language: LanguageVariant;
  /** The language of the advice: the request's `adviceLanguage`, else the message's. */
  adviceLanguage: LanguageVariant;
  formality: Formality;
  seed: string;
  intent: Intent;
  /** The reason the text gives: the request's code, else the scenario's own, else `other` for a bare detail. */
  reasonCode: ReasonCode | null;
  disclosure: Disclosure;
  candidate: PersonName;
  /** Only when the scenario uses it and a name was given. */
  recipient: PersonName | null;
  referral: PersonName | null;
  company: CompanyName;
  newEmployer: CompanyName | null;
  role: RoleName | null;
  /** The job reference's code, without a label an export wrote before it ("Réf. RB-117" is "RB-117"). */
  jobReference: string | null;
  request: MessageRequest;
  nowMs: number;
}

export type Parsed = { ok: true; value: NormalisedRequest } | { ok: false; errors: FieldError[] };

const conventionOf = (language: LanguageVariant): NameConvention =>
  language.language === 'es' ? 'spanish' : language.language === 'en' ? 'english' : 'default';

/**
 * The role as the messages name it: the ad's tags off, its specialty joined as the language writes it, and, for a
 * candidate who said she is a woman, the post in the feminine where the language's titles agree.
 */
function roleOf(written: string, gender: 'f' | 'm' | undefined, h: LanguageHelpers): RoleName {
  const cleaned = cleanRole(written, gender, h.roleWithSpecialty, (items) => h.list(items));
  const write = h.roleAsWritten;
  return write ? { ...cleaned, name: write(cleaned.name, gender), spoken: write(cleaned.spoken, gender) } : cleaned;
}

/**
 * Checks what the schema cannot (how the facts fit each other and the scenario) and applies defaults. `nowMs` is
 * the server clock, used when the request gives no `now`; `fallback` the language negotiated from Accept-Language,
 * used when the body names none.
 */
export function parseRequest(request: MessageRequest, nowMs: number, fallback: LanguageVariant = languageVariant('en-US')): Parsed {
  const scenario = findScenario(request.scenario)!;
  const now = request.now ? Date.parse(request.now) : nowMs;
  const resolved = request.language ? resolveLanguage(request.language) : { ok: true as const, variant: fallback };
  if (!resolved.ok) return { ok: false, errors: [{ pointer: '/language', message: 'is not a language this service writes' }] };
  const language = resolved.variant;
  const advice = request.adviceLanguage ? resolveLanguage(request.adviceLanguage) : { ok: true as const, variant: language };
  if (!advice.ok) return { ok: false, errors: [{ pointer: '/adviceLanguage', message: 'is not a language this service writes' }] };
  const tone = request.tone ?? defaultToneFor(scenario, language.tag, language.language);

  const errors = checkCrossFieldRules({ request, scenario, tone, nowMs: now });
  if (errors.length > 0) return { ok: false, errors };

  const uses = (field: RequestField) => usesField(scenario, field);
  const reason = request.reason;
  const code = uses('/reason/code') ? reason?.code : undefined;
  const detail = uses('/reason/detail') ? reason?.detail : undefined;
  const employer = uses('/newEmployer') ? request.newEmployer : undefined;
  const reasonCode = code ?? (employer !== undefined ? 'another-offer' : undefined) ?? scenario.impliedReason ?? (detail !== undefined && uses('/reason/code') ? 'other' : null);
  // Private reasons stay private unless the candidate explicitly asks for the detail to be shared; so does a detail
  // given without a code, which may be private too.
  const disclosure = reason?.disclosure ?? (detail !== undefined && code !== undefined && !privateReasons.has(code) ? 'specific' : 'general');

  const convention = conventionOf(language);
  const recipientGiven = request.recipient && (request.recipient.name !== undefined || request.recipient.familyName !== undefined);
  const referral = uses('/referral') ? request.referral : undefined;
  const candidate = parsePersonName(uses('/candidate/preferredName') ? request.candidate : { ...request.candidate, preferredName: undefined }, convention);
  return {
    ok: true,
    value: {
      scenario,
      tone,
      channel: request.channel ?? 'email',
      language,
      adviceLanguage: advice.variant,
      formality: language.formality ? (request.formality ?? 'formal') : 'formal',
      seed: request.phrasingSeed ?? derivedSeed(candidate.full, request.recipient?.name ?? request.recipient?.familyName, request.company),
      intent: request.intent ?? 'withdraw',
      reasonCode,
      disclosure,
      candidate,
      recipient: recipientGiven && uses('/recipient/name') ? parsePersonName(request.recipient!, convention) : null,
      referral: referral === undefined ? null : parsePersonName(typeof referral === 'string' ? { name: referral } : referral, convention),
      company: parseCompany(request.company, uses('/companyLegalName') ? request.companyLegalName : undefined),
      newEmployer: employer === undefined ? null : parseCompany(employer),
      role: uses('/role') && request.role !== undefined ? roleOf(request.role, request.candidate.grammaticalGender, language.helpers) : null,
      jobReference: uses('/jobReference') && request.jobReference !== undefined ? referenceCode(request.jobReference) : null,
      request,
      nowMs: now,
    },
  };
}

const personFacts = (p: PersonName) => ({ name: p.full, givenName: p.given, familyName: p.family, preferredName: p.preferred, inferred: p.inferred });
const companyFacts = (c: CompanyName) => ({ name: c.name, legalForm: c.legalForm, legalName: c.legalName });

/** What the answer shows of the facts the text used, so a platform can see what was understood. */
export function factsOf(n: NormalisedRequest): Facts {
  const honorific = n.recipient ? (n.request.recipient?.honorific ?? n.recipient.writtenHonorific) : null;
  return {
    candidate: personFacts(n.candidate),
    recipient: n.recipient ? { ...personFacts(n.recipient), honorific: honorific ?? null, academicTitle: n.recipient.academicTitle } : null,
    referral: n.referral ? personFacts(n.referral) : null,
    company: companyFacts(n.company),
    newEmployer: n.newEmployer ? companyFacts(n.newEmployer) : null,
    role: n.role,
    jobReference: n.jobReference,
    intent: n.intent,
  };
}
