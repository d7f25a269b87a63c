// en-US and en-GB come from one British source: they must differ exactly where templates/en/dialects.yaml and the
// Intl conventions say, and nowhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelIds, scenarios, toneIds } from '../../src/messages/catalogue.js';
import { rotation } from '../../src/messages/render.js';
import { projectRoot } from '../../src/project-root.js';
import { enGB, enUS } from '../../src/messages/languages/en.js';
import { dialectRewriter } from '../../src/messages/templates.js';
import { dialectPairs } from './english.js';
import { englishFactSets } from './facts-en.js';
import { applies, factsFor, renderOne } from './matrix.js';

const dir = join(projectRoot(), 'templates', 'en');
// The templates' text, without their comments.
const sources = [...['common.yaml', 'reasons.yaml', 'advice.yaml'], ...readdirSync(join(dir, 'scenarios')).map((f) => `scenarios/${f}`)]
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n')
  .replace(/^\s*#.*$/gm, '');

/** Every rendering of one fact set in both Englishes, with the same phrasing. */
function pairs() {
  const set = englishFactSets('en-GB')[0]!;
  return scenarios.filter((s) => applies(set, s)).flatMap((scenario) =>
    toneIds.flatMap((tone) =>
      channelIds.flatMap((channel) =>
        [0, 1, 2].map((k) => {
          const options = { picker: rotation(k) };
          const facts = factsFor(set, scenario);
          return {
            label: `${scenario.id}/${tone}/${channel}/${k}`,
            gb: renderOne(facts, scenario, tone, channel, { ...options, language: 'en-GB' }),
            us: renderOne(facts, scenario, tone, channel, { ...options, language: 'en-US' }),
          };
        }),
      ),
    ),
  );
}

/** An entry may hold punctuation ("(Ref. "): matched literally, and as a whole word where it starts or ends with one. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrase = (s: string) => new RegExp(`${/^\w/.test(s) ? '\\b' : ''}${escape(s)}${/\w$/.test(s) ? '\\b' : ''}`, 'i');

describe('en-US and en-GB', () => {
  it('use every entry of dialects.yaml somewhere in the templates', () => {
    for (const [british] of dialectPairs) {
      expect(sources, british).toMatch(new RegExp(`(?<![\\p{L}])${escape(british)}(?![\\p{L}])`, 'iu'));
    }
  });

  it('differ by the dialect words, the titles and the times, and nothing else', () => {
    const rewrite = dialectRewriter(Object.fromEntries(dialectPairs));
    // A call says the market's own numbers in national form: an American number is "555-0100" to an American and keeps
    // its "+1" for a Briton. A signature writes it as given in both.
    const phone = englishFactSets('en-GB')[0]!.facts.candidate.phone!;
    const said = (s: string) =>
      s.replace(new RegExp(`(?<= )${escape(enGB.spokenNumber!(phone))}`, 'g'), enUS.spokenNumber!(phone)).split(enGB.slowNumber(phone)).join(enUS.slowNumber(phone));
    const seen = new Set<string>();
    for (const { label, gb, us } of pairs()) {
      for (const [british, american] of dialectPairs) if (phrase(british).test(gb.text) && phrase(american).test(us.text)) seen.add(british);
      // British text, rewritten with the lexicon and given American titles and times, is the American text.
      const american = (s: string) =>
        said(rewrite(s))
          .replace(/\bMs (?=Shah)/g, 'Ms. ')
          .replace(/(\d) (am|pm)\b/g, (_, d: string, m: string) => `${d} ${m.toUpperCase()}`)
          .replace(/\bmidday\b/g, 'noon');
      // A text or voicemail right at its channel's limit may give up its closing words or referral in one English
      // and not the other ("in future" is a word shorter): then the parts both kept must still match.
      const omittedOnlyOnOneSide = [...(us.omitted ?? []), ...(gb.omitted ?? [])].filter((o) => !(us.omitted ?? []).includes(o) || !(gb.omitted ?? []).includes(o));
      if (omittedOnlyOnOneSide.length === 0) expect(us.text, label).toBe(american(gb.text));
      else {
        expect(omittedOnlyOnOneSide.every((o) => o === 'closing' || o === 'referral'), `${label}: ${omittedOnlyOnOneSide.join(', ')}`).toBe(true);
        for (const [part, text] of Object.entries(gb.parts)) {
          const other = us.parts[part as keyof typeof us.parts];
          if (other !== undefined) expect(other, `${label}: ${part}`).toBe(american(text));
        }
      }
      expect(us.language).toBe('en-US');
      expect(gb.language).toBe('en-GB');
    }
    // The commonest differences show in these renderings themselves.
    expect([...seen]).toEqual(expect.arrayContaining(['apologise', 'cancelling', 'in future']));
  });

  it('write dates the way each reads them', () => {
    const scenario = scenarios.find((s) => s.id === 'withdraw-application')!;
    const facts = { candidate: { name: 'Jordan Lee' }, company: 'Acme', interview: { at: '2026-12-14T12:00:00+00:00' }, now: '2026-11-29T10:00:00+00:00' };
    expect(renderOne(facts, scenario, 'formal', 'email', { language: 'en-GB' }).text).toContain('on Monday 14 December at midday');
    expect(renderOne(facts, scenario, 'formal', 'email', { language: 'en-US' }).text).toContain('on Monday, December 14, at noon');
  });
});
