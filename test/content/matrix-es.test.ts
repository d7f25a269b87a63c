// The Spanish content matrices: es-ES in both forms of address (every phrasing, with seeds), es-MX and es-419 with
// every phrasing; each told apart by tone, spell-checked with the es-ES dictionary, its forms of address kept apart,
// and its typography Spanish.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Formality } from '../../src/messages/catalogue.js';
import { ourWords } from './checks.js';
import { describeMatrix } from './describe-matrix.js';
import { describeTones } from './describe-tones.js';
import { spanishFactSets } from './facts-es.js';
import { failures, visible, type Rendering } from './matrix.js';
import { formalAddress, informalAddress, spanishRules, spanishTones } from './rules-es.js';
import { distinctLines, misspellings } from './spell.js';

type Tag = 'es-ES' | 'es-MX' | 'es-419';
const dictionary = createRequire(import.meta.url).resolve('@cspell/dict-es-es/cspell-ext.json');
/** Case- and accent-sensitive: without it cspell would take "podria" for "podría". */
const spanish = { language: 'es-ES', imports: [dictionary], caseSensitive: true };

/** Each matrix with its own tone checks: tones are compared within one form of address. */
function matrix(tag: Tag, formality: Formality, seeds: number): Rendering[] {
  const rendered = describeMatrix(spanishRules(tag), spanishFactSets(tag), seeds, formality);
  describeTones(`${tag} ${formality}`, rendered, spanishTones);
  return rendered;
}

// Rotations render every alternative; seeds mix them as candidates would. Fewer seeds where only the address or the
// clock differs keep the suite within its time.
const esFormal = matrix('es-ES', 'formal', 4);
const esInformal = matrix('es-ES', 'informal', 2);
const mxFormal = matrix('es-MX', 'formal', 0);
const latamInformal = matrix('es-419', 'informal', 0);
const all = [...esFormal, ...esInformal, ...mxFormal, ...latamInformal];

describe('Spanish spelling', () => {
  it.each([
    ['es-ES', [...esFormal, ...esInformal]],
    ['es-MX', mxFormal],
    ['es-419', latamInformal],
  ] as const)('finds no misspelling in any %s message or advice (cspell, es-ES dictionary)', async (_tag, rendered) => {
    const text = distinctLines(rendered.map((r) => [visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n')));
    expect(await misspellings(text, spanish)).toEqual([]);
    // The check itself works: a missing accent and a misspelling are caught.
    expect(await misspellings('Lamento la entrebista; no podria ir.', spanish)).toHaveLength(2);
  });
});

describe('Spanish forms of address', () => {
  const key = (r: Rendering) => `${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}|${r.phrasing}`;
  const informal = new Map(esInformal.map((r) => [key(r), r]));

  it('never uses a "tú" pronoun or verb form in a formal rendering', () => {
    expect(failures([...esFormal, ...mxFormal], (r) => informalAddress.exec(ourWords(visible(r.message), r))?.[0])).toEqual([]);
  });

  it('never uses "usted", "le" or "su" in an informal rendering', () => {
    expect(failures([...esInformal, ...latamInformal], (r) => formalAddress.exec(ourWords(visible(r.message), r))?.[0])).toEqual([]);
  });

  it('tells the two forms of address apart wherever a message addresses the reader, as most do', () => {
    const pairs = esFormal.filter((r) => r.set.facts.recipient?.name && informal.has(key(r)));
    expect(pairs.length).toBeGreaterThan(1000);
    const marks = (r: Rendering) => {
      const other = informal.get(key(r))!;
      return { formal: formalAddress.test(ourWords(r.message.text, r)), informal: informalAddress.test(ourWords(other.message.text, other)), same: other.message.text === r.message.text };
    };
    // Formal Spanish may say a thing impersonally where "tú" says "te": then the texts still differ.
    expect(failures(pairs, (r) => {
      const m = marks(r);
      return (m.formal || m.informal) && m.same && 'the same text in both forms of address';
    })).toEqual([]);
    const both = pairs.filter((r) => {
      const m = marks(r);
      return m.formal && m.informal;
    });
    expect(both.length / pairs.length).toBeGreaterThan(0.6);
  });

  it('answers with the form of address it used', () => {
    expect(esFormal.every((r) => r.message.formality === 'formal')).toBe(true);
    expect(esInformal.every((r) => r.message.formality === 'informal')).toBe(true);
  });
});

describe('Spanish typography', () => {
  const sentences = (text: string) => text.split(/(?<=[.!?:;])\s+|\n+/);

  it('opens every question with ¿ and every exclamation with ¡', () => {
    expect(
      failures(all, ({ message }) =>
        sentences(visible(message)).find((s) => (s.includes('?') && !s.includes('¿')) || (s.includes('!') && !s.includes('¡'))),
      ),
    ).toEqual([]);
  });

  it('quotes with « » only, in the messages and in the advice', () => {
    expect(
      failures(all, ({ message }) => {
        const text = [visible(message), ...message.advice.map((a) => a.text)].join('\n');
        if (/["“”„]/.test(text)) return 'straight or English quotation marks';
        return (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length && 'unbalanced « »';
      }),
    ).toEqual([]);
    expect(all.some((r) => r.message.advice.some((a) => a.text.includes('«motivos personales»')))).toBe(true);
  });

  it('closes every e-mail greeting with a colon (or an exclamation mark), and never addresses "vosotros"', () => {
    expect(
      failures(all, ({ message, channel }) => {
        if (channel === 'email' && !/[:!]$/.test(message.parts.greeting ?? '')) return `greeting: ${message.parts.greeting}`;
        return /(?<!\p{L})(vosotr[oa]s|vuestr[oa]s?|os)(?!\p{L})/iu.exec(message.text)?.[0];
      }),
    ).toEqual([]);
  });

  it('greets with the honorific only when one is given, agreeing with it', () => {
    // A recruiter may write from an agency: that reply greets with a plain "Buenos días", not the hiring team.
    const greetings = esFormal.filter((r) => r.channel === 'email' && r.tone === 'formal' && r.scenario.id !== 'decline-recruiter-outreach').map((r) => [r.set.name, r.message.parts.greeting] as const);
    expect(new Set(greetings.filter(([set]) => set === 'every optional fact').map(([, g]) => g))).toEqual(new Set(['Estimada Sra. Ruiz:']));
    expect(new Set(greetings.filter(([set]) => set === 'legal names, initials, a private detail').map(([, g]) => g))).toEqual(new Set(['Estimado Sr. Vidal:']));
    // dr has no neutral Spanish form, so it gets the neutral greeting; no recipient, the team.
    expect(new Set(greetings.filter(([set]) => set === 'accented names, short notice').map(([, g]) => g))).toEqual(new Set(['Buenos días, Íñigo Sáenz:']));
    expect(new Set(greetings.filter(([set]) => set === 'no optional fact').map(([, g]) => g))).toEqual(new Set(['Estimado equipo de selección:']));
  });
});
