// The en-GB content matrix: every scenario, tone and channel, each English fact set, every phrasing and 20 seeds,
// its tones told apart, and its spelling British.
import { describe, expect, it } from 'vitest';
import { describeMatrix } from './describe-matrix.js';
import { describeTones } from './describe-tones.js';
import { americanOnly, englishTones } from './english.js';
import { englishFactSets } from './facts-en.js';
import { visible } from './matrix.js';
import { ourWords } from './checks.js';
import { englishRules } from './rules-en.js';
import { distinctLines, misspellings } from './spell.js';

const matrix = describeMatrix(englishRules('en-GB'), englishFactSets('en-GB'));
describeTones('en-GB', matrix, englishTones);

describe('en-GB spelling', () => {
  it('finds no misspelling, and no American spelling, in any message or advice (cspell, en-GB dictionary)', async () => {
    // Our words only: the names in the facts are the candidates' and companies' own.
    const text = distinctLines(matrix.map((r) => ourWords([visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n'), r)));
    expect(await misspellings(text, { language: 'en-GB', flagWords: americanOnly })).toEqual([]);
    expect(await misspellings('I apologize for the recieved delay.', { language: 'en-GB', flagWords: americanOnly })).toHaveLength(2);
  });
});
