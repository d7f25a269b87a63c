// The en-US content matrix: every scenario, tone and channel, each English fact set, every phrasing and 20 seeds,
// its tones told apart, and its spelling American.
import { describe, expect, it } from 'vitest';
import { describeMatrix } from './describe-matrix.js';
import { describeTones } from './describe-tones.js';
import { britishOnly, englishTones } from './english.js';
import { englishFactSets } from './facts-en.js';
import { visible } from './matrix.js';
import { ourWords } from './checks.js';
import { englishRules } from './rules-en.js';
import { distinctLines, misspellings } from './spell.js';

const matrix = describeMatrix(englishRules('en-US'), englishFactSets('en-US'));
describeTones('en-US', matrix, englishTones);

describe('en-US spelling', () => {
  it('finds no misspelling, and no British spelling, in any message or advice (cspell, en_US dictionary)', async () => {
    // Our words only: the names in the facts are the candidates' and companies' own.
    const text = distinctLines(matrix.map((r) => ourWords([visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n'), r)));
    expect(await misspellings(text, { language: 'en-US', flagWords: britishOnly })).toEqual([]);
    // The check itself works: a misspelling and a British spelling in the same settings are caught.
    expect(await misspellings('I apologise for the recieved delay.', { language: 'en-US', flagWords: britishOnly })).toHaveLength(2);
  });
});
