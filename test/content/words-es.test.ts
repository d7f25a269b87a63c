// Spanish words as a recruiter of each market reads them: the three choices (another date, "unless the pay or the
// hours changed", delete my data) through every content check, and the defects of issues 16, 17 and 18 that a rule
// can catch: calques, forms of address, organisations and their articles, job-ad tags, scripts for the ear, subjects
// at short notice, the hour of the day in the greeting, and words that agree with the candidate only when told how.
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds, type ChannelId, type Formality, type Scenario, type ToneId } from '../../src/messages/catalogue.js';
import { esAR, esES, esMX } from '../../src/messages/languages/es.js';
import { rotation } from '../../src/messages/render.js';
import { ourWords, testChecks, violationsOf } from './checks.js';
import { spanishChoiceSets, spanishFactSets } from './facts-es.js';
import { expectWithinShortfall } from './shortfalls.js';
import { applies, factsFor, leftOut, readerHour, renderOne, visible, type FactSet, type Rendering } from './matrix.js';

type Tag = 'es-ES' | 'es-MX' | 'es-AR';
const tags: readonly Tag[] = ['es-ES', 'es-MX', 'es-AR'];
const formalities: readonly Formality[] = ['formal', 'informal'];
const phrasings = [
  ...[0, 1, 2].map((k) => ({ phrasing: `rotation ${k}`, options: { picker: rotation(k) } })),
  ...['seed-0', 'seed-1'].map((seed) => ({ phrasing: seed, options: { seed } })),
];

function render(set: FactSet, scenario: Scenario, tone: ToneId, channel: ChannelId, tag: Tag, formality: Formality, phrasing: (typeof phrasings)[number]): Rendering {
  const message = renderOne(factsFor(set, scenario), scenario, tone, channel, { language: tag, formality, ...phrasing.options });
  return { set, scenario, tone, channel, phrasing: phrasing.phrasing, formality, message, label: `[${tag} ${formality} ${set.name}, ${phrasing.phrasing}] ${scenario.id} / ${tone} / ${channel}` };
}

/** Every choice set in every scenario that takes it, every tone it allows, channel, form of address and phrasing. */
const choices = tags.flatMap((tag) =>
  spanishChoiceSets(tag).flatMap((set) =>
    set.scenarios.flatMap((id) => {
      const scenario = scenarios.find((s) => s.id === id)!;
      // A firm tone leaves no opening: openToNegotiation is refused with it (tested in test/api).
      const tones = toneIds.filter((tone) => !(tone === 'firm' && set.facts.openToNegotiation));
      return formalities.flatMap((formality) =>
        tones.flatMap((tone) => channelIds.flatMap((channel) => phrasings.map((p) => ({ tag, rendering: render(set, scenario, tone, channel, tag, formality, p) })))),
      );
    }),
  ),
);

/** The general sets in each scenario's default tone (what a platform sends when it names none), one phrasing each. */
const defaults = tags.flatMap((tag) =>
  spanishFactSets(tag).flatMap((set) =>
    scenarios
      .filter((scenario) => applies(set, scenario))
      .flatMap((scenario) =>
        channelIds.flatMap((channel) =>
          phrasings.slice(0, 3).map((p) => {
            const message = renderOne(factsFor(set, scenario), scenario, undefined as unknown as ToneId, channel, { language: tag, ...p.options });
            return { tag, rendering: { set, scenario, tone: message.tone, channel, phrasing: p.phrasing, message, label: `[${tag} ${set.name}, ${p.phrasing}] ${scenario.id} / ${message.tone} / ${channel}` } as Rendering };
          }),
        ),
      ),
  ),
);

const all = [...choices, ...defaults];
const failures = (items: readonly { rendering: Rendering }[], fail: (r: Rendering) => string | false | undefined) =>
  items.flatMap(({ rendering: r }) => {
    const why = fail(r);
    return why ? [`${r.label}: ${why}\n${visible(r.message)}`] : [];
  }).slice(0, 12);

describe('the three choices, through every Spanish content check', () => {
  for (const tag of tags) {
    it(`passes every content rule and test check in ${tag}`, () => {
      const found = choices
        .filter((c) => c.tag === tag)
        .flatMap(({ rendering }) => [
          ...violationsOf(rendering).map((v) => `${v.rule}: ${v.message}`),
          ...testChecks.flatMap((check) => {
            const why = check.run(rendering);
            return why ? [`${check.id}: ${why}`] : [];
          }),
        ].map((why) => `${rendering.label} ${why}\n${visible(rendering.message)}`));
      expectWithinShortfall(`${tag} choices`, 'choice-rules', found);
    });
  }

  it('says why the candidate took the other offer, after the new employer, or names it as left out', () => {
    const found = failures(
      choices.filter(({ rendering: r }) => r.scenario.id === 'accepted-another-offer' && r.set.facts.reason?.code === 'another-offer'),
      (r) => {
        const detail = r.set.facts.reason!.detail!;
        if (r.message.text.includes(detail)) return false;
        return !leftOut(r.message).includes('reason') && 'the candidate\'s reason for taking the offer is missing, and the advice does not say so';
      },
    );
    expect(found).toEqual([]);
  });

  it('asks for another date, says when the candidate could come, and keeps the application', () => {
    const reschedule = choices.filter(({ rendering: r }) => r.set.facts.intent === 'reschedule');
    expect(reschedule.length).toBeGreaterThan(100);
    expect(failures(reschedule, (r) => {
      const text = visible(r.message);
      if (!/otra fecha|nueva fecha|otro momento|otro día|cambiar la fecha|cambiarla de fecha|cambiamos (?:de|la) fecha|aplazar|reprogramar|(?:le|te) parece bien|(?:le|te) va bien|propon\p{L}* hora|qué hora (?:le|te) (?:va|viene)|(?:pasarla|moverla|dejarla|cambiarla|aplazarla|la pasamos|la dejamos) para|¿podría ser |¿podemos cambiarla\?|¿la (?:cambiamos|movemos)\?/iu.test(text)) return 'asks for no other date';
      const availability = r.set.facts.availability;
      // Fitting a text may leave the times out, and says so; the request for another date stays.
      if (availability && !text.includes(availability) && !(r.message.omitted ?? []).includes('availability')) return 'drops the availability';
      if (/retir|abandon|dejo el proceso|me bajo|candidatura retirada/i.test(ourWords(text, r))) return 'withdraws';
      if (r.channel === 'email' && !/aplaz|reprogram|otra fecha|nueva fecha|cambio de fecha/i.test(r.message.subject ?? '')) return `subject does not ask for another date: ${r.message.subject}`;
      return undefined;
    })).toEqual([]);
  });

  it('declines an offer and says what would change the answer, even where the reason gives way', () => {
    const negotiation = choices.filter(({ rendering: r }) => r.set.facts.openToNegotiation);
    expect(negotiation.length).toBeGreaterThan(100);
    expect(failures(negotiation, (r) => {
      const text = r.message.text;
      if (!/reconsider|lo pensaría|volver\p{L}* a (hablarlo|valorar)|lo hablamos|podemos hablarlo|lo vemos|hablemos|me encantaría hablarlo/iu.test(text)) return 'no opening for other terms';
      const words = r.set.facts.reason?.code === 'compensation' ? /salari|sueldo|retribuci|económic/i : /horari|jornada/i;
      if (!words.test(text)) return 'does not say what would have to change';
      return undefined;
    })).toEqual([]);
  });

  it('asks for the data to be deleted, in words that fit Spain and Latin America alike', () => {
    const deletion = choices.filter(({ rendering: r }) => r.set.facts.requestDataDeletion);
    expect(deletion.length).toBeGreaterThan(300);
    expect(failures(deletion, (r) => {
      const text = ourWords(r.message.text, r);
      if (!/datos/.test(text) || !/(borr|elimin|supr)/i.test(text)) return 'no request to delete the data';
      if (/RGPD|GDPR|LFPDPPP|ARCO|ley/i.test(text)) return 'names a law that does not apply in every market';
      return undefined;
    })).toEqual([]);
  });
});

describe('a formal Spanish text says who writes and is courteous', () => {
  // The eighth reading: a text signed "Begoña" or "Ana Lucía" does not tell a recruiter with forty candidates who is
  // writing, and a formal text with no thanks, regret or apology reads as curt. Our words make room for the surname.
  const courtesy = /(?<!\p{L})(?:gracias|agradec\p{L}*|lament\p{L}*|siento|disculp\p{L}*|perd[oó]n\p{L}*)(?!\p{L})/iu;
  const texts = defaults.filter(({ rendering: r }) => r.channel === 'sms' && r.set.normalLength && r.tone === 'formal');

  it('covers the formal default texts of every market', () => {
    expect(new Set(texts.map((t) => t.tag)).size).toBe(tags.length);
  });

  it('never leaves out the candidate\'s surname in a text of normal length', () => {
    expect(failures(texts, (r) => (r.message.omitted ?? []).includes('surname') && 'left out the surname')).toEqual([]);
  });

  it('thanks, regrets or apologises in every formal text', () => {
    expect(failures(texts, (r) => !courtesy.test(r.message.text) && 'no courtesy word')).toEqual([]);
  });
});

describe('Spanish words a native reader would not send', () => {
  // Issue 18: calques from English and French, peninsular forms a Mexican reader finds stiff, and slips; the content
  // rules' deny list has the rest (and "le ruego" in Latin America only: neither market's writers need it).
  const calques = new RegExp(
    `(?<!\\p{L})(${[
      'declin[eé]', 'de el', 'le ruego', 'le saluda',
      'con gratitud', 'vosotr\\p{L}*', 'os', 'coger', 'vale', 'agendar', 'platicar', 'aplicar a', 'aplicaci[oó]n', 'posici[oó]n',
      'cuente conmigo', 'pena', 'en orden a', 'estaré encantad[oa]', 'quedo atent[oa]', 'en base a', 'a nivel de',
    ].join('|')})(?!\\p{L})`,
    'iu',
  );

  it('uses none of the calques or regional slips of issue 18', () => {
    expect(failures(all, (r) => calques.exec(ourWords(visible(r.message), r))?.[0])).toEqual([]);
  });

  it('says sorry once: no regret stacked on another in the next sentence', () => {
    const regret = /(?<!\p{L})(siento|lamento|disculp\p{L}*|perd[oó]n\p{L}*)(?!\p{L})[^.!?]*[.!?:]\s*(siento|lamento|disculp|perd[oó]n|lo siento)/iu;
    expect(failures(all, (r) => regret.exec(ourWords(r.message.text, r))?.[0])).toEqual([]);
  });

  it('gives an organisation its article', () => {
    expect(failures(all, (r) => {
      if (/(?<![\p{L}])(en|de|a|con|para|sobre|por) (Asociación|Fundación|Universidad|Hospital)\b/u.test(r.message.text)) return 'an organisation without its article';
      return undefined;
    })).toEqual([]);
  });

  it('never prints a job-ad gender tag, and never says the Spanish "/a" aloud', () => {
    expect(failures(all, (r) => {
      if (/\((H\/M|M\/F|H\/F|M\/H)\)/.test(visible(r.message))) return 'a gender tag';
      if (r.channel === 'voicemail' && /\p{L}\/(a|o)\b/u.test(r.message.text)) return 'a written-only form read aloud';
      return undefined;
    })).toEqual([]);
  });

  // Argentina greets by the whole family name, there most often one compound surname ("Lic. Sáenz Peña").
  it('greets a doctor as "Dra. Ochoa", a formal reader by one surname, and never by both, outside Argentina', () => {
    const doctor = all.filter(({ rendering: r }) => r.set.name.startsWith('a doctor') && r.channel === 'email' && (r.tone === 'formal' || r.tone === 'firm') && r.formality !== 'informal');
    const argentine = ({ tag }: { tag: string }) => tag === 'es-AR';
    expect(doctor.filter(argentine).length).toBeGreaterThan(0);
    expect(doctor.filter((r) => !argentine(r)).length).toBeGreaterThan(0);
    expect(failures(doctor.filter((r) => !argentine(r)), (r) => (r.message.parts.greeting === 'Estimada Dra. Ochoa:' ? undefined : `greets ${r.message.parts.greeting}`))).toEqual([]);
    expect(failures(doctor.filter(argentine), (r) => (r.message.parts.greeting === 'Estimada Dra. Ochoa Serrano:' ? undefined : `greets ${r.message.parts.greeting}`))).toEqual([]);
    expect(failures(all.filter((r) => !argentine(r)), (r) => {
      const greeting = r.message.parts.greeting ?? '';
      return /Ruiz Gómez|Ochoa Serrano|Villarreal Cantú|Pastor Gil/.test(greeting) && `both surnames: ${greeting}`;
    })).toEqual([]);
  });

  it('says "buenos días" in the morning and "buenas tardes" after lunch, by the clock where the recruiter reads it', () => {
    expect(failures(all, (r) => {
      const tag = r.label.slice(1, 6) as Tag;
      if (!r.set.facts.now) return undefined;
      const hour = readerHour(r);
      const { afternoon, evening } = (tag === 'es-ES' ? esES : tag === 'es-AR' ? esAR : esMX).dayparts;
      const greeting = (r.message.parts.greeting ?? '').toLowerCase();
      if (hour >= afternoon && /buenos días/.test(greeting)) return `"buenos días" at ${hour}:00`;
      if (hour < afternoon && /buenas (tardes|noches)/.test(greeting)) return `"buenas tardes" at ${hour}:00`;
      if (hour >= afternoon && hour < evening && /buenas noches/.test(greeting)) return `"buenas noches" at ${hour}:00`;
      return undefined;
    })).toEqual([]);
  });

  it('greets by the time of day only when a clock says it: with none known, a neutral opener', () => {
    // Readers in Mexico City failed "Buenos días" at 17:40 in a decline-offer, an outreach reply and a firm no that
    // carry no zone: with no interview, no candidate zone and no offset in `now`, nothing tells morning from evening.
    const unclocked = (set: FactSet): FactSet => {
      const { now: _now, interview, candidate, ...facts } = set.facts;
      const { timeZone: _zone, ...person } = candidate;
      const { at: _at, timeZone: _interviewZone, ...rest } = interview ?? {};
      return { ...set, when: undefined, facts: { ...facts, candidate: person, ...(interview && { interview: rest }) } };
    };
    const rendered = tags.flatMap((tag) =>
      spanishFactSets(tag).flatMap((set) =>
        scenarios
          .filter((scenario) => applies(set, scenario) && scenario.id !== 'last-minute') // it needs its interview's time
          .flatMap((scenario) =>
            toneIds.flatMap((tone) =>
              channelIds.flatMap((channel) =>
                formalities.flatMap((formality) =>
                  phrasings.slice(0, 3).map((p) => ({ tag, rendering: render(unclocked(set), scenario, tone, channel, tag, formality, p) })),
                ),
              ),
            ),
          ),
      ),
    );
    expect(rendered.length).toBeGreaterThan(1000);
    expect(failures(rendered, (r) => {
      const opening = `${r.message.parts.greeting ?? ''} ${r.message.text.split('\n')[0]!}`;
      return /buen(os|as?) (d[ií]as?|tardes|noches)/i.exec(opening)?.[0];
    })).toEqual([]);
  }, 120_000);

  it('writes scripts for the ear: who is calling in the first paragraph, no bracket read aloud', () => {
    // A greeting and a spoken sign-off are the content rules' (greeting-missing, spoken-sign-off).
    expect(failures(all, (r) => {
      if (r.channel === 'voicemail') {
        const text = r.message.text;
        if (/[()]/.test(text)) return 'a bracket read aloud';
        const first = text.split('\n\n')[0]!;
        if (!first.includes(r.set.facts.candidate.name!.split(' ')[0]!)) return 'does not say who is calling first';
      }
      return undefined;
    })).toEqual([]);
  });

  it('writes email subjects as noun phrases, never as a first-person verb', () => {
    // Readers in every market failed "Cancelo la entrevista: <nombre>": a subject names the matter ("Cancelación de la
    // entrevista", "Retiro de candidatura", "Respuesta a la oferta"), as Spanish professionals write it.
    const verb = /^(?:[^:]+: )?(?:cancelo|retiro (?:mi|por)|me retiro|me despido|declino|no acepto|no me interesa|no continúo|no podré|siento|lo siento: cancelo|he aceptado|acepté|solicito)(?!\p{L})/iu;
    expect(failures(all, (r) => (r.channel === 'email' && verb.test(r.message.subject ?? '') ? `verb subject: ${r.message.subject}` : undefined))).toEqual([]);
  });

  it('says cancel and today or tomorrow in the subject of an interview cancelled at short notice', () => {
    const short = all.filter(({ rendering: r }) => r.channel === 'email' && /^(hoy|mañana)/.test(r.set.when ?? '') && ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit'].includes(r.scenario.id));
    expect(short.length).toBeGreaterThan(50);
    expect(failures(short, (r) => {
      const subject = r.message.subject ?? '';
      if (!/cancel|aplaz|reprogram|anul/i.test(subject)) return `subject without cancel: ${subject}`;
      if (!/\b(hoy|mañana)\b/i.test(subject) && !/^Aplazar|^Cancelación/.test(subject)) return `subject without the day: ${subject}`;
      return undefined;
    })).toEqual([]);
  });

  it('agrees with the candidate only when told how, and needs no agreement otherwise', () => {
    // A participle after "haber" agrees with nothing ("me ha encantado").
    const haber = '(?<!(?:he|ha|han|hemos|había|habría) )';
    const masculine = new RegExp(`${haber}(?<!\\p{L})(agradecido|encantado|interesado|dispuesto|contento|convencido|obligado)(?!\\p{L})`, 'iu');
    const feminine = new RegExp(`${haber}(?<!\\p{L})(agradecida|encantada|interesada|dispuesta|contenta|convencida|obligada)(?!\\p{L})`, 'iu');
    expect(failures(all, (r) => {
      const text = ourWords(r.message.text, r);
      const gender = r.set.facts.candidate.grammaticalGender;
      if (gender !== 'm' && masculine.test(text)) return `masculine: ${masculine.exec(text)![0]}`;
      if (gender !== 'f' && feminine.test(text)) return `feminine: ${feminine.exec(text)![0]}`;
      return undefined;
    })).toEqual([]);
    // And where Spanish needs it, it agrees: the warm thanks for an offer.
    const warmOffer = choices.filter(({ rendering: r }) => r.scenario.id === 'decline-offer' && r.tone === 'warm' && r.channel === 'email');
    const agreeing = warmOffer.filter(({ rendering: r }) => /agradecid[oa]/.test(r.message.text));
    expect(agreeing.length).toBeGreaterThan(0);
    expect(failures(agreeing, (r) => (r.set.facts.candidate.grammaticalGender === 'm' ? !/agradecido/.test(r.message.text) : !/agradecida/.test(r.message.text)) && 'wrong agreement')).toEqual([]);
  });
});
