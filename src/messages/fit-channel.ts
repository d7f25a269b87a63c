// Fitting a text message or a voicemail to its channel: what a message can best do without gives way, one piece
// at a time, until it fits, and what went is named so the advice can say it.
import type { PartName } from './catalogue.js';
import { composeParts, layoutText, Phrasing, withReason, type Parts, type Picker } from './assemble.js';
import type { Omission } from './omissions.js';
import { privateReasons, type NormalisedRequest } from './request.js';
import { smsEncoding, type SmsEncoding } from './sms.js';
import type { CompiledCatalogue } from './templates.js';
import { withoutRecipientName, type View } from './view-model.js';

/** Where correct spelling needs UCS-2 (accents outside GSM-7), a text may run to three of its shorter segments. */
export const smsFits = (text: string): boolean => segmentsFit(smsEncoding(text));
export const segmentsFit = ({ encoding, segments }: SmsEncoding): boolean => segments <= (encoding === 'GSM-7' ? 2 : 3);

/** A voicemail someone can follow and note a number from: under 45 seconds (so 44 at most, counted in whole seconds). */
export const voicemailMaxSeconds = 45;
export const voicemailFits = (seconds: number) => seconds < voicemailMaxSeconds;

/**
 * A text past its segment limit costs the sender more and arrives in pieces, and a voicemail past 45 seconds loses
 * its listener, so what a message can best do without gives way, one at a time: first the generic closing words,
 * then the optional facts (the role, the new employer's name), then the reason (for a private one, the candidate's
 * own words first, which leave "personal reasons", then those), a referral the candidate offers, the hour of the
 * interview, the wish to stay in touch the candidate asked for, a second surname, when the candidate could come instead,
 * the recipient's name, and last the candidate's surname (`omissions` lists them in this order).
 * When the step that made it fit freed more room than it needed, the names that say who writes to whom come back
 * while the text still fits, then the facts in the reverse of the order they went, the new employer and the role
 * last. The advice names what was left out, so nothing disappears silently. A request the
 * candidate made (another date, data deletion) never gives way; the times they offer for that date can, and the
 * recruiter who reads "could we find another date?" replies with times of their own.
 */
type Step = {
  omits: Omission;
  applies: () => boolean;
  apply: () => Parts;
  /**
   * How the step is taken back once the text fits with room: the facts it removed, as the view had them before
   * fitting, and the part it dropped; `orElse` gives part of it back when the whole does not fit (the name without a
   * second surname), the first of its views that fits. A step without one stays taken (the closing).
   */
  takeBack?: { view: () => View; orElse?: () => readonly View[]; undrop?: PartName };
};

export function fitChannel(
  n: NormalisedRequest,
  catalogue: CompiledCatalogue,
  view: View,
  parts: Parts,
  picker: Picker,
  fits: (text: string) => boolean,
): { parts: Parts; leftOut: Omission[]; view: View } {
  const leftOut: Omission[] = [];
  const dropped = new Set<PartName>();
  let current = view;
  let request = n;
  let composed = parts;
  const drop = (name: PartName) => {
    dropped.add(name);
    const copy = { ...composed };
    delete copy[name];
    return copy;
  };
  // A fresh Phrasing with the same picker picks the same alternatives, so only the facts change.
  const rerender = (next: View) => {
    current = next;
    const fresh = composeParts(request, catalogue, next, new Phrasing(picker));
    for (const name of dropped) delete fresh[name];
    return fresh;
  };
  // The reason as the candidate gave it: the request's disclosure again, and the view's reason before fitting.
  const restoreReason = (): View => {
    request = { ...request, disclosure: n.disclosure };
    return { ...current, reason: view.reason };
  };
  // The view's given name is never a nickname in a formal or firm message ("Soy María del Carmen.", not "Soy Maricarmen.").
  const shortest = current.candidate.givenName;
  const shorter = n.language.helpers.withoutSecondSurname?.(n.candidate) ?? null;
  const firstGiven = n.candidate.given?.split(/\s+/)[0];
  const firstAndFamily = firstGiven && n.candidate.family && firstGiven !== n.candidate.given ? `${firstGiven} ${n.candidate.family}` : null;
  // Before the recipient's name goes, a second surname does: "Soy María del Carmen Fernández de Córdoba" still says
  // who is writing, and the greeting still greets.
  const secondSurname: Step = {
    omits: 'surname',
    applies: () => shorter !== null && current.candidate.name === n.candidate.full && shorter.length < current.candidate.name.length,
    apply: () => rerender({ ...current, candidate: { ...current.candidate, name: shorter! } }),
  };
  // Taken back, the writer's full name comes first, else the name without a second surname.
  const named = (name: string): View => ({ ...current, candidate: { ...current.candidate, name } });
  const surname: Step = {
    omits: 'surname',
    applies: () => current.candidate.name !== shortest,
    apply: () => rerender(named(shortest)),
    takeBack: {
      view: () => named(view.candidate.name),
      // …and else the first given name with the family name: a name whose second given name holds the only accent
      // outside GSM-7 ("Ana Lúcia dos Santos Meier") still signs "Ana dos Santos Meier", not "Ana".
      orElse: () =>
        [shorter, firstAndFamily]
          .filter((name): name is string => name !== null && current.candidate.name !== name && name.length > current.candidate.name.length)
          .map(named),
    },
  };
  const steps: Step[] = [
    { omits: 'closing', applies: () => Boolean(composed.closing), apply: () => drop('closing') },
    // The role goes after the niceties: it tells a recruiter with many openings which application this is.
    // It comes back last, once the rest has: "the position at Hallam & Greaves" with room to spare does not say which.
    {
      omits: 'role',
      applies: () => current.role !== null,
      apply: () => rerender({ ...current, role: null, aRole: null }),
      takeBack: { view: () => ({ ...current, role: view.role, aRole: view.aRole }) },
    },
    {
      omits: 'newEmployer',
      applies: () => current.newEmployer !== null,
      apply: () => rerender({ ...current, newEmployer: null, newEmployerWith: null }),
      takeBack: { view: () => ({ ...current, newEmployer: view.newEmployer, newEmployerWith: view.newEmployerWith }) },
    },
    // A private reason gives way by degrees: first the candidate's own words ("I woke up with a high fever"), for
    // the general words that never misstate them ("for personal reasons"), which a same-day text needs: one with no
    // reason at all reads as an excuse (readers in Stuttgart and Buenos Aires failed them). Any other reason goes
    // whole: its general words would put ours in the candidate's mouth ("the way would be too far" for a move that
    // cannot happen, "the timing isn't right" for a contract they cannot leave), which readers failed as well.
    {
      omits: 'reasonDetail',
      applies: () =>
        request.disclosure === 'specific' && current.reason.specific && request.reasonCode !== null && privateReasons.has(request.reasonCode),
      apply: () => {
        request = { ...request, disclosure: 'general' };
        return rerender(withReason(request, catalogue, current, new Phrasing(picker)));
      },
      takeBack: { view: restoreReason },
    },
    // The reason before the hour: the hour tells a recruiter with many interviews which one is off.
    // The whole reason: our clause, the candidate's own words, and the sentences written for that reason (the
    // request is read as giving none, so each piece takes its words for no reason). When the candidate would
    // reconsider if that changed, only their own words go: the reason is what the offer to talk is about.
    {
      omits: 'reason',
      applies: () =>
        request.disclosure !== 'none' &&
        (current.reason.because !== null || current.reason.specific || (request.reasonCode !== null && !current.openToNegotiation)),
      apply: () => {
        if (!current.openToNegotiation) request = { ...request, disclosure: 'none' };
        const negotiable = current.openToNegotiation && current.reason.negotiable;
        return rerender({ ...current, reason: { ...current.reason, because: null, detail: null, specific: false, negotiable } });
      },
      takeBack: { view: restoreReason },
    },
    // A referral is the candidate's own offer, the one thing in a text that helps the recruiter fill the post: it
    // outlasts our facts and the reason, which the recruiter can do without.
    { omits: 'referral', applies: () => Boolean(composed.referral), apply: () => drop('referral'), takeBack: { view: () => current, undrop: 'referral' } },
    {
      omits: 'interviewTime',
      applies: () => current.interview.upcomingWhen !== null && current.interview.upcomingWhen !== current.interview.day,
      apply: () => {
        const { day, upcomingWhenOf } = current.interview;
        // The day alone after "de", as the language contracts it ("del jueves"), where the full form had one.
        const dayOf = upcomingWhenOf === null || day === null ? null : (n.language.helpers.afterDe?.(day) ?? null);
        return rerender({ ...current, interview: { ...current.interview, upcomingWhen: day, when: day, upcomingWhenOf: dayOf } });
      },
      takeBack: { view: () => ({ ...current, interview: view.interview }) },
    },
    // The wish to stay in touch is the candidate's own choice, so it outlasts every fact of ours but the ones that
    // say who is writing, and the hour: the day still says which interview this is ("Let's keep in touch." gave way
    // to "at 10:30 am UK time" in a London reader's text and failed it). Where staying in touch is the scenario's
    // point, it stays.
    {
      omits: 'doorOpen',
      applies: () => current.keepDoorOpen && Boolean(composed.doorOpen),
      apply: () => drop('doorOpen'),
      takeBack: { view: () => current, undrop: 'doorOpen' },
    },
    secondSurname,
    // When the candidate could come instead goes after the hour (the day still names the interview) and a second
    // surname, and before the names: a formal text that reads "Bonjour, c'est Maëlle." to keep "any afternoon in the
    // week of 14 December" failed readers in Montréal, Madrid, Mexico City and Stuttgart, while the request for
    // another date stays and the recruiter answers it with times.
    {
      omits: 'availability',
      applies: () => current.availability !== null,
      apply: () => rerender({ ...current, availability: null }),
      takeBack: { view: () => ({ ...current, availability: view.availability }) },
    },
    {
      omits: 'recipientName',
      applies: () => current.recipient.personal !== null,
      apply: () => rerender(withoutRecipientName(current)),
      takeBack: { view: () => ({ ...current, recipient: view.recipient }) },
    },
    // The candidate's surname last, in every tone: a text signed with a first name alone does not say who is writing
    // to a recruiter with many candidates (readers in every market failed it), while the day the text still names, or
    // the full name, finds the interview whose hour gave way.
    surname,
  ];
  for (const step of steps) {
    if (fits(layoutText(n.channel, composed))) break;
    if (!step.applies()) continue;
    const before = layoutText(n.channel, composed);
    const saved = { view: current, request, dropped: [...dropped] };
    const next = step.apply();
    // A step that does not shorten the text (another phrasing chosen for the new facts can run longer) is undone.
    if (layoutText(n.channel, next).length >= before.length) {
      ({ view: current, request } = saved);
      dropped.clear();
      for (const name of saved.dropped) dropped.add(name);
      continue;
    }
    composed = next;
    if (!leftOut.includes(step.omits)) leftOut.push(step.omits);
  }
  // Each step takes one thing, but the one that made the text fit can free more room than it needed, above all the
  // one that takes the last letter outside GSM-7 and doubles the room (a surname "Ždralović"): what went comes back
  // in the reverse of the order it went, each while the text still fits. The names that say who writes to whom come
  // first, then the facts (a text of 170 characters that asked for another date without the times offered failed
  // readers in Vienna and Buenos Aires). A concise text too: it is the shortest tone by its words, not by facts it
  // leaves out with room to spare (a 223-character text that named no role, and a 185-character one signed "Ana"
  // after the last accent went, failed readers in Chicago and Zurich).
  const restore = (next: View, omits: Omission, stillOmitted = false) => {
    const saved = current;
    const restored = rerender(next);
    if (!fits(layoutText(n.channel, restored))) {
      current = saved;
      return false;
    }
    composed = restored;
    if (!stillOmitted && leftOut.includes(omits)) leftOut.splice(leftOut.indexOf(omits), 1);
    return true;
  };
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (!step.takeBack || !leftOut.includes(step.omits)) continue;
    const { view: whole, orElse, undrop } = step.takeBack;
    const savedRequest = request;
    if (undrop) dropped.delete(undrop);
    if (restore(whole(), step.omits)) {
      // The reason and the candidate's own words come back together: the advice no longer names either.
      if (step.omits === 'reason' || step.omits === 'reasonDetail') {
        for (const o of ['reason', 'reasonDetail'] as const) if (leftOut.includes(o)) leftOut.splice(leftOut.indexOf(o), 1);
      }
      continue;
    }
    request = savedRequest;
    if (undrop) dropped.add(undrop);
    for (const part of orElse?.() ?? []) if (restore(part, step.omits, true)) break;
  }
  // A reason that went whole took the candidate's own words with it: the advice names the reason once.
  if (leftOut.includes('reason') && leftOut.includes('reasonDetail')) leftOut.splice(leftOut.indexOf('reasonDetail'), 1);
  return { parts: composed, leftOut, view: current };
}
