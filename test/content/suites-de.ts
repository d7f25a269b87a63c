// German suites of its own, for every German variant: Sie and du told apart where a message addresses its reader,
// greetings by the conventions of each, German typography and times; de-CH's Swiss spelling; and the German word
// checks the content rules lack (test/content/checks-de.ts).
import { describe, expect, it } from 'vitest';
import { ourWords } from './checks.js';
import { germanWordChecks } from './checks-de.js';
import { failures, visible, type Rendering } from './matrix.js';
import type { MatrixOf } from './registry.js';
import { formalAddress, informalAddress } from './rules-de.js';

const key = (r: Rendering) => `${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}|${r.phrasing}`;

export function germanSuites(tag: string, matrix: MatrixOf) {
  describe(`${tag}: German words`, () => {
    for (const check of germanWordChecks(tag)) {
      it(check.name, () => {
        expect(failures([...matrix('formal'), ...matrix('informal')], check.run)).toEqual([]);
      });
    }
  });

  describe(`${tag}: German forms of address`, () => {
    it('addresses the reader as du wherever the Sie message addresses them, and always differs by email', () => {
      const formal = matrix('formal');
      const du = new Map(matrix('informal').map((r) => [key(r), r]));
      const problems: string[] = [];
      for (const r of formal) {
        const other = du.get(key(r));
        if (!other) continue;
        // Like with like: a text that had to leave the role out says for whom a referral is meant ("… empfehle ich
        // Ihnen …"), one that kept it needs no pronoun.
        const same = (other.message.omitted ?? []).join() === (r.message.omitted ?? []).join();
        const sie = formalAddress.test(ourWords(r.message.text, r));
        if (same && sie && !informalAddress.test(ourWords(other.message.text, other))) problems.push(`${other.label}: no du where the Sie text has Sie`);
        if (r.channel === 'email' && r.message.text === other.message.text) problems.push(`${r.label}: the same text in Sie and du`);
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(formal.every((r) => r.message.formality === 'formal') && matrix('informal').every((r) => r.message.formality === 'informal')).toBe(true);
    });

    it('greets with the conventions of each form: Sehr geehrte Frau for Sie with ms, a first name for du', () => {
      const every = (m: readonly Rendering[]) => m.find((r) => r.set.name === 'every optional fact' && r.scenario.id === 'decline-offer' && r.tone === 'formal' && r.channel === 'email')!;
      expect(every(matrix('formal')).message.parts.greeting).toBe('Sehr geehrte Frau Weber,');
      // Germany and Austria set the name off from "Hallo" with a comma (Duden); Swiss letters write none.
      expect(every(matrix('informal')).message.parts.greeting).toBe(tag === 'de-CH' ? 'Hallo Sabine,' : 'Hallo, Sabine,');
      // After the greeting's comma a German letter goes on in lower case.
      for (const r of [...matrix('formal'), ...matrix('informal')].filter((x) => x.channel === 'email' || x.channel === 'linkedin')) {
        const body = r.message.text.split('\n\n')[1] ?? '';
        expect(/^(\p{Ll}|Ihr|Ihnen|Sie\b)/u.test(body), `${r.label}: ${body.slice(0, 40)}`).toBe(true);
      }
    });
  });

  describe(`${tag}: German typography`, () => {
    it('uses no English quotation marks or 12-hour times in any message, and German ones in the advice', () => {
      const all = [...matrix('formal'), ...matrix('informal')];
      const english = all.filter((r) => /["“”]|\d ?(AM|PM|am|pm)\b|\d\.\d{2} Uhr/u.test(r.message.text));
      expect(english.map((r) => r.label).slice(0, 10)).toEqual([]);
      const quoted = all.flatMap((r) => r.message.advice.map((a) => a.text)).filter((t) => /[„“"]/.test(t));
      expect(quoted.length).toBeGreaterThan(0);
      expect(quoted.every((t) => /„[^“"]+“/.test(t) && !t.includes('"'))).toBe(true);
    });
  });

  if (tag === 'de-CH') {
    describe('de-CH: Swiss spelling', () => {
      it('writes ss, never ß, in our words (a name keeps its ß)', () => {
        const swiss = [...matrix('formal'), ...matrix('informal')];
        const sharp = swiss.filter((r) => ourWords(visible(r.message), r).includes('ß'));
        expect(sharp.map((r) => `${r.label}: ${/\S*ß\S*/.exec(ourWords(visible(r.message), r))![0]}`).slice(0, 10)).toEqual([]);
        expect(swiss.some((r) => visible(r.message).includes('Jürgen Groß'))).toBe(true);
      });
    });
  }
}
