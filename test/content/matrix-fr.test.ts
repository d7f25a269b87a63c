// The French content matrices: fr-FR in vous and tu, fr-CA in both, each checked, its tones told apart, its address
// and typography French, its spelling checked against the fr-fr dictionary; fr-BE and fr-CH write fr-FR's words.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ourWords } from './checks.js';
import { describeMatrix } from './describe-matrix.js';
import { describeTones } from './describe-tones.js';
import { frenchFactSets } from './facts-fr.js';
import { buildMatrix, visible, type Rendering } from './matrix.js';
import { addressWords, frenchRules, frenchTones } from './rules-fr.js';
import { distinctLines, misspellings } from './spell.js';

const dictionary = createRequire(import.meta.url).resolve('@cspell/dict-fr-fr/cspell-ext.json');
const sets = frenchFactSets();

// The rotations render every alternative; seeds mix them as candidates would. Vous, the default, gets the most seeds,
// tu and fr-CA (whose words differ from fr-FR's in a few places only) the rotations and fewer seeds, to keep the
// suite within its time.
const vous = describeMatrix(frenchRules('fr-FR'), sets, 2, 'formal');
describeTones('fr-FR (vous)', vous, frenchTones);
const tu = describeMatrix(frenchRules('fr-FR'), sets, 1, 'informal');
describeTones('fr-FR (tu)', tu, frenchTones);
const canadian = [...describeMatrix(frenchRules('fr-CA'), sets, 0, 'formal'), ...describeMatrix(frenchRules('fr-CA'), sets, 0, 'informal')];

/** Everything a reader sees, facts taken out: the subject, the text and the advice. */
const seen = (r: Rendering) => ourWords([visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n'), r);
/** What the recipient reads, facts taken out (the advice speaks to the candidate, in "vous"). */
const sent = (r: Rendering) => ourWords(visible(r.message), r);

describe('French forms of address', () => {
  it('never says "tu" in a formal message, nor "vous" in an informal one', () => {
    const wrong = (matrix: readonly Rendering[], pattern: RegExp) =>
      matrix.flatMap((r) => {
        const found = pattern.exec(sent(r));
        return found ? [`${r.label}: "${found[0]}" in ${visible(r.message)}`] : [];
      });
    expect(wrong([...vous, ...canadian.filter((r) => r.label.startsWith('[fr-CA formal '))], addressWords.informal).slice(0, 10)).toEqual([]);
    expect(wrong([...tu, ...canadian.filter((r) => r.label.startsWith('[fr-CA informal '))], addressWords.formal).slice(0, 10)).toEqual([]);
  });

  it('addresses the reader in each form wherever a message speaks to them, and the two differ', () => {
    const byKey = new Map(tu.filter((r) => r.phrasing === 'rotation 0').map((r) => [`${r.set.name}|${r.scenario.id}|${r.tone}|${r.channel}`, r]));
    const found: string[] = [];
    for (const formal of vous.filter((r) => r.phrasing === 'rotation 0')) {
      const informal = byKey.get(`${formal.set.name}|${formal.scenario.id}|${formal.tone}|${formal.channel}`)!;
      // Every email and voicemail thanks or addresses its reader (unless shortened to fit); a text or a concise note
      // may not.
      const shortened = [formal, informal].some((r) => (r.message.omitted ?? []).length > 0);
      const speaks = (formal.channel === 'email' || formal.channel === 'voicemail') && formal.tone !== 'concise' && !shortened;
      if (speaks && !addressWords.formal.test(sent(formal))) found.push(`${formal.label}: no "vous"`);
      if (speaks && !addressWords.informal.test(sent(informal))) found.push(`${informal.label}: no "tu"`);
      if (addressWords.formal.test(sent(formal)) && formal.message.text === informal.message.text) found.push(`${formal.label}: same text in both forms`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("never guesses the candidate's gender or the reader's: no adjective or participle that agrees with them", () => {
    const agreeing = /(?<![\p{L}])(désolée?s?|ravie?s?|navrée?s?|reconnaissante?s?|heureux|heureuse|contraint|contrainte|obligée?|intéressée?|prête?|enchantée?|honorée?|flattée?|contactée?|informée?)(?![\p{L}])/iu;
    const found = [...vous, ...tu].flatMap((r) => {
      const hit = agreeing.exec(sent(r));
      return hit ? [`${r.label}: "${hit[0]}"`] : [];
    });
    expect(found.slice(0, 10)).toEqual([]);
  });
});

describe('French typography', () => {
  const written = [...vous, ...tu, ...canadian].filter((r) => r.channel !== 'sms');
  it('puts a no-break space before a colon and a narrow one before ; ! ?, and inside « »', () => {
    const found = written.flatMap((r) => {
      const text = seen(r);
      const bad =
        /(?<!\u00A0):(?!\/\/)/.exec(text) ?? /(?<!\u202F)[;!?]/.exec(text) ?? /«(?!\u00A0)|(?<!\u00A0)»/.exec(text) ?? /[ \u202F]:|[ \u00A0][;!?]/.exec(text);
      return bad ? [`${r.label}: "${text.slice(Math.max(0, bad.index - 20), bad.index + 5)}"`] : [];
    });
    expect(found.slice(0, 10)).toEqual([]);
    // The advice quotes with guillemets.
    expect(vous.some((r) => r.message.advice.some((a) => a.text.includes('«\u00A0raisons personnelles\u00A0»')))).toBe(true);
  });

  it('keeps texts in plain spaces, with the French space before : ! ? and no semicolon', () => {
    const found = [...vous, ...tu, ...canadian].flatMap((r) => {
      if (r.channel !== 'sms') return [];
      const text = ourWords(r.message.text, r);
      const bad = /[\u00A0\u202F;«»]/.exec(text) ?? /\S[:!?]/.exec(text);
      return bad ? [`${r.label}: "${text.slice(Math.max(0, bad.index - 20), bad.index + 5)}"`] : [];
    });
    expect(found.slice(0, 10)).toEqual([]);
  });
});

describe('French regional variants', () => {
  it('write the same words in fr-BE and fr-CH as in fr-FR, under their own tag', () => {
    for (const tag of ['fr-BE', 'fr-CH']) {
      const variant = buildMatrix(tag, sets.slice(0, 3), 0, 1, 'formal');
      const france = buildMatrix('fr-FR', sets.slice(0, 3), 0, 1, 'formal');
      expect(variant.map((r) => r.message.language)).toEqual(variant.map(() => tag));
      expect(variant.map((r) => r.message.text)).toEqual(france.map((r) => r.message.text));
    }
  });

  it('write Quebec French in fr-CA: "courriel", formats and zones as Quebec names them', () => {
    const advice = canadian.flatMap((r) => r.message.advice.map((a) => a.text));
    expect(advice.some((a) => a.includes('courriel'))).toBe(true);
    expect(advice.some((a) => /e-mail/.test(a))).toBe(false);
    const texts = canadian.map((r) => r.message.text);
    expect(texts.some((t) => t.includes('par vidéoconférence'))).toBe(true);
    expect(texts.some((t) => t.includes('en présentiel') || t.includes('en visioconférence'))).toBe(false);
    expect(texts.some((t) => t.includes('mardi à 9 h (heure de Paris)'))).toBe(true);
  });
});

describe('French spelling', () => {
  // The rotations render every phrasing; seeds only combine them, so their words add nothing to check. fr-BE and
  // fr-CH write fr-FR's words (tested above).
  it('finds no misspelling in any message or advice of fr-FR or fr-CA (cspell, fr-fr dictionary)', async () => {
    const rotations = [...vous, ...tu, ...canadian].filter((r) => r.phrasing.startsWith('rotation'));
    const text = distinctLines(rotations.map(seen));
    expect(await misspellings(text, { language: 'fr-FR', imports: [dictionary] })).toEqual([]);
    // The check itself works: misspellings in the same settings are caught.
    expect(await misspellings("Je vous remercie de votre comprehension et de votre patiance.", { language: 'fr-FR', imports: [dictionary] })).toHaveLength(2);
  }, 60_000);
});
