// A reader must tell the tones apart without the label, and the scenarios apart by what they say: shared by every
// language's suite, with each language's markers of reserve and warmth.
import { beforeAll, describe, expect, it } from 'vitest';
import { channelIds, toneIds } from '../../src/messages/catalogue.js';
import { failures, scenarios, visible, type Rendering } from './matrix.js';
import { expectWithinShortfall } from './shortfalls.js';
import { factWords, similarity } from './similarity.js';

export interface ToneRules {
  /** Never in formal or firm text (English contractions; "du" forms where formality is formal ...). */
  reserved: RegExp;
  /** At least one in every warm text: words of feeling. */
  warm: RegExp;
  /** Never in firm text, or in any firm-no: questions and invitations to discuss. */
  opening: RegExp;
  /** Every firm-no says its decision is final. */
  final: RegExp;
  /** Never in firm-no: offers to stay in touch, callbacks. */
  firmNoForbidden: RegExp;
}

/**
 * Two tones of one message must share under 60% of their distinct words (facts excluded): in English, a message
 * with one sentence swapped for another scores 0.68 on the median. Two scenarios in one tone and channel share
 * under 70%.
 */
const toneThreshold = 0.6;
const scenarioThreshold = 0.7;

function groupBy<K>(items: readonly Rendering[], key: (r: Rendering) => K): Rendering[][] {
  const groups = new Map<K, Rendering[]>();
  for (const r of items) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}

/** `get` gives the matrix, built on first use (in a hook, never while the test files are collected). */
export function describeTones(tag: string, get: () => readonly Rendering[], rules: ToneRules) {
  let matrix: readonly Rendering[] = [];
  let rotations: Rendering[] = [];
  let messages: Rendering[][] = [];
  beforeAll(() => {
    matrix = get();
    // One phrasing per message: tones are compared as a reader meets them, the same rotation across tones.
    rotations = matrix.filter((r) => r.phrasing.startsWith('rotation'));
    messages = groupBy(rotations, (r) => `${r.set.name}|${r.scenario.id}|${r.channel}|${r.phrasing}`);
  }, 300_000);

  describe(`${tag} tones`, () => {
    it(`keep every two tones of a message below ${toneThreshold} word-set similarity`, () => {
      const found: string[] = [];
      for (const group of messages) {
        const facts = factWords(group[0]!.set.facts, [group[0]!.set.when ?? '', ...(group[0]!.channel === 'voicemail' ? [group[0]!.set.spokenWhen ?? ''] : [])]);
        for (const a of group) {
          for (const b of group) {
            if (toneIds.indexOf(a.tone) >= toneIds.indexOf(b.tone)) continue;
            const score = similarity(a.message.text, b.message.text, facts);
            if (score >= toneThreshold) found.push(`${a.label} vs ${b.tone}: ${score.toFixed(2)}`);
          }
        }
      }
      expectWithinShortfall(tag, 'tones-apart', found);
    });

    it('make concise the shortest tone of every message, markedly so where the channel leaves room', () => {
      const found: string[] = [];
      for (const group of messages) {
        const concise = group.find((r) => r.tone === 'concise')!;
        // Compare like with like: a text that had to leave a fact out is not comparable with one that kept it.
        const others = group.filter((r) => r.tone !== 'concise' && (r.message.omitted ?? []).join() === (concise.message.omitted ?? []).join());
        if (others.length === 0) continue;
        const shortest = Math.min(...others.map((r) => r.message.stats.characters));
        // Two SMS segments squeeze every tone, a voicemail says the number twice in any tone, and a message of a
        // line or two (no facts beyond the names) has nothing to cut: there concise need only be the shortest.
        const ratio = concise.channel === 'sms' || shortest < 120 ? 1 : concise.channel === 'voicemail' ? 0.9 : 0.85;
        if (concise.message.stats.characters >= shortest * ratio) found.push(`${concise.label}: ${concise.message.stats.characters} vs ${shortest}`);
      }
      expectWithinShortfall(tag, 'concise-shortest', found);
    });

    it('keep formal and firm reserved', () => {
      expect(failures(matrix, (r) => (r.tone === 'formal' || r.tone === 'firm') && rules.reserved.exec(r.message.text)?.[0])).toEqual([]);
    });

    // A text's two segments leave little room: there the greeting by first name carries the warmth.
    it('make warm personal', () => {
      expect(failures(matrix, (r) => r.tone === 'warm' && r.channel !== 'sms' && !rules.warm.test(r.message.text) && 'no word of feeling')).toEqual([]);
    });

    it('make firm leave no opening: no question, no invitation to discuss', () => {
      expect(failures(matrix, (r) => (r.tone === 'firm' || r.scenario.id === 'firm-no') && rules.opening.exec(visible(r.message))?.[0])).toEqual([]);
    });

    it('make firm-no final in every tone, with nothing to follow up on', () => {
      expect(
        failures(matrix, (r) => {
          if (r.scenario.id !== 'firm-no') return undefined;
          if (!rules.final.test(r.message.text)) return 'not final';
          return rules.firmNoForbidden.exec(r.message.text)?.[0];
        }),
      ).toEqual([]);
    });
  });

  describe(`${tag} scenarios`, () => {
    it(`differ in substance: two scenarios in one tone and channel stay below ${scenarioThreshold} similarity`, () => {
      const found: string[] = [];
      // Fact sets where a scenario's own words carry the message; optional facts (a shared reason, a referral,
      // an apology) rightly read the same in every scenario.
      const sets = [...new Set(rotations.map((r) => r.set.name))].filter((n) => /typical|no optional/.test(n));
      for (const set of sets) {
        for (const tone of toneIds) {
          for (const channel of channelIds) {
            const group = rotations.filter((r) => r.set.name === set && r.tone === tone && r.channel === channel && r.phrasing === 'rotation 0');
            if (group.length === 0) continue;
            const facts = factWords(group[0]!.set.facts, [group[0]!.set.when ?? '', ...(group[0]!.channel === 'voicemail' ? [group[0]!.set.spokenWhen ?? ''] : [])]);
            for (const a of group) {
              for (const b of group) {
                if (scenarios.indexOf(a.scenario) >= scenarios.indexOf(b.scenario)) continue;
                const score = similarity(a.message.text, b.message.text, facts);
                if (score >= scenarioThreshold) found.push(`${a.label} vs ${b.scenario.id}: ${score.toFixed(2)}`);
              }
            }
          }
        }
      }
      expectWithinShortfall(tag, 'scenarios-apart', found);
    });
  });
}
