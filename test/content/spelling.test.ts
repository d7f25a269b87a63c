// Zero misspellings, by cspell in British English (cspell.json), over every rendering and every piece of advice.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';
import { describe, expect, it } from 'vitest';
import { channelIds, reasonCodes, scenarios, toneIds } from '../../src/messages/catalogue.js';
import { projectRoot } from '../../src/project-root.js';
import { matrix, now, renderOne, visible } from './fixtures.js';

function everyText(): string[] {
  const texts = matrix.map((r) => [visible(r.message), ...r.message.advice.map((a) => a.text)].join('\n'));
  // Every reason code's sentence in every tone and channel, which the fact sets alone do not reach.
  const scenario = scenarios.find((s) => s.id === 'keep-door-open')!;
  for (const code of reasonCodes) {
    for (const tone of toneIds) {
      for (const channel of channelIds) {
        texts.push(renderOne({ candidate: { name: 'Jordan Lee' }, company: 'Acme Corp', reason: { code }, now }, scenario, tone, channel).text);
      }
    }
  }
  return texts;
}

describe('spelling', () => {
  it('finds no misspelling in any message', async () => {
    const texts = everyText();
    const text = texts.join('\n\n');
    // A file in the project root, so cspell reads cspell.json and the project word list.
    const uri = pathToFileURL(join(projectRoot(), 'rendered-messages.txt')).href;
    const result = await spellCheckDocument({ uri, text, languageId: 'plaintext', locale: 'en-GB' }, { generateSuggestions: false, noConfigSearch: false }, {});
    expect(result.errors ?? []).toEqual([]);
    const found = result.issues.map((issue) => {
      const start = text.lastIndexOf('\n\n', issue.offset) + 2;
      return `"${issue.text}" in: ${text.slice(start, start + 120)}`;
    });
    expect(found).toEqual([]);
    // The check itself works: a misspelling and an American spelling in the same settings are caught.
    const control = await spellCheckDocument({ uri, text: 'I apologize for the recieved delay.', languageId: 'plaintext', locale: 'en-GB' }, { generateSuggestions: false, noConfigSearch: false }, {});
    expect(control.issues.map((i) => i.text)).toEqual(['apologize', 'recieved']);
  });
});
