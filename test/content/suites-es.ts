// Spanish suites of its own, for every Spanish variant: usted and tú told apart wherever a message addresses its
// reader, and Spanish typography (¿ ¡, « », the colon after a letter's greeting, never "vosotros").
import { describe, expect, it } from 'vitest';
import { ourWords } from './checks.js';
import { failures, visible, type Rendering } from './matrix.js';
import { expectWithinShortfall } from './shortfalls.js';
import type { MatrixOf } from './registry.js';
import { formalAddress, informalAddress } from './rules-es.js';

const key = (r: Rendering) => `${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}|${r.phrasing}`;
const sentences = (text: string) => text.split(/(?<=[.!?:;])\s+|\n+/);

export function spanishSuites(tag: string, matrix: MatrixOf) {
  describe(`${tag}: Spanish forms of address`, () => {
    it('tells the two forms of address apart wherever a message addresses the reader, as most do', () => {
      const informal = new Map(matrix('informal').map((r) => [key(r), r]));
      const pairs = matrix('formal').filter((r) => r.set.facts.recipient?.name && informal.has(key(r)));
      expect(pairs.length).toBeGreaterThan(500);
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
      // More than 60% of the pairs mark both forms; the pairs short of that are the shortfall.
      const missing = Math.max(0, Math.floor(pairs.length * 0.6) + 1 - both.length);
      expectWithinShortfall(tag, 'address-apart', Array.from({ length: missing }, () => `${both.length} of ${pairs.length} pairs mark both forms of address`));
    });

    it('answers with the form of address it used', () => {
      expect(matrix('formal').every((r) => r.message.formality === 'formal')).toBe(true);
      expect(matrix('informal').every((r) => r.message.formality === 'informal')).toBe(true);
    });
  });

  describe(`${tag}: Spanish typography`, () => {
    const all = () => [...matrix('formal'), ...matrix('informal')];
    it('opens every question with ¿ and every exclamation with ¡', () => {
      expect(
        failures(all(), ({ message }) =>
          sentences(visible(message)).find((s) => (s.includes('?') && !s.includes('¿')) || (s.includes('!') && !s.includes('¡'))),
        ),
      ).toEqual([]);
    });

    it('quotes with « » only, in the messages and in the advice', () => {
      expect(
        failures(all(), ({ message }) => {
          const text = [visible(message), ...message.advice.map((a) => a.text)].join('\n');
          if (/["“”„]/.test(text)) return 'straight or English quotation marks';
          return (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length && 'unbalanced « »';
        }),
      ).toEqual([]);
      expect(all().some((r) => r.message.advice.some((a) => a.text.includes('«motivos personales»')))).toBe(true);
    });

    it('closes every e-mail greeting with a colon (or an exclamation mark), and never addresses "vosotros"', () => {
      expect(
        failures(all(), ({ message, channel }) => {
          if (channel === 'email' && !/[:!]$/.test(message.parts.greeting ?? '')) return `greeting: ${message.parts.greeting}`;
          return /(?<!\p{L})(vosotr[oa]s|vuestr[oa]s?|os)(?!\p{L})/iu.exec(message.text)?.[0];
        }),
      ).toEqual([]);
    });

    it('greets with the honorific only when one is given, agreeing with it', () => {
      // A recruiter may write from an agency: that reply greets with a plain "Buenos días", not the hiring team.
      const greetings = matrix('formal').filter((r) => r.channel === 'email' && r.tone === 'formal' && r.scenario.id !== 'decline-recruiter-outreach').map((r) => [r.set.name, r.message.parts.greeting] as const);
      const expected: Record<string, string> = {
        // Argentina greets by the whole family name, there most often one compound surname.
        'every optional fact': tag === 'es-AR' ? 'Estimada Sra. Ruiz Gómez:' : 'Estimada Sra. Ruiz:',
        'legal names, initials, a private detail': 'Estimado Sr. Vidal:',
        // dr has no neutral Spanish form, so it gets the neutral greeting; no recipient, the team.
        // Argentina greets the morning with "Buen día".
        'accented names, short notice': tag === 'es-AR' ? 'Buen día, Íñigo Sáenz:' : 'Buenos días, Íñigo Sáenz:',
        'no optional fact': 'Estimado equipo de selección:',
      };
      // The sets this variant's matrix renders (every set, or one per branch of the templates).
      const sets = new Set(greetings.map(([set]) => set));
      expect(sets.has('every optional fact') && sets.has('no optional fact')).toBe(true);
      for (const [set, greeting] of Object.entries(expected)) {
        if (sets.has(set)) expect(new Set(greetings.filter(([s]) => s === set).map(([, g]) => g)), set).toEqual(new Set([greeting]));
      }
    });
  });
}
