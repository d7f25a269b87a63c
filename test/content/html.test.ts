// Email HTML: escaped, so a name can never become markup, and carrying exactly the words of the text.
import { describe, expect, it } from 'vitest';
import { scenarios, toneIds } from '../../src/messages/catalogue.js';
import { englishFactSets } from './facts-en.js';
import { applies, factsFor, now, renderOne } from './matrix.js';

const hostile = {
  candidate: { name: '<script>alert("x")</script> Lee', email: 'jordan@example.com' },
  recipient: { name: '<img src=x onerror=alert(1)>' },
  company: 'Smith & Sons <Ltd>',
  role: 'Engineer "R&D" <b>',
  referral: "Sam <i>O'Hara</i>",
  newEmployer: 'A&B <Co>',
  keepDoorOpen: true,
  now,
};

/** What a mail client shows: tags out, entities decoded, paragraphs as blank lines. */
function shownText(html: string): string {
  return html
    .replace(/<\/p>\n<p>/g, '\n\n')
    .replace(/<br>\n/g, '\n')
    .replace(/<\/?p>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&#x3D;/g, '=')
    .replace(/&amp;/g, '&');
}

describe('email HTML', () => {
  it('escapes every name, so none becomes markup', () => {
    for (const scenario of scenarios) {
      for (const tone of toneIds) {
        if (scenario.id === 'last-minute') continue;
        const m = renderOne(hostile, scenario, tone, 'email');
        const tags = m.html!.match(/<[^>]*>/g) ?? [];
        expect(new Set(tags), `${scenario.id}/${tone}`).toEqual(new Set(tags.filter((t) => ['<p>', '</p>', '<br>'].includes(t))));
        expect(m.html).not.toMatch(/<script|<img|<b>|<i>/);
      }
    }
  });

  it('carries the same words as the text', () => {
    const sets = [{ name: 'hostile names', facts: hostile, normalLength: true }, ...englishFactSets('en-US')];
    for (const set of sets) {
      for (const scenario of scenarios.filter((s) => applies(set, s))) {
        for (const tone of toneIds) {
          const m = renderOne(factsFor(set, scenario), scenario, tone, 'email');
          expect(shownText(m.html!), `${scenario.id}/${tone}`).toBe(m.text);
        }
      }
    }
  });
});
