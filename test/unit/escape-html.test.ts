// The HTML of an email escapes exactly as Handlebars does, though Handlebars is no longer loaded at run time.
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml } from '../../src/messages/render.js';

describe('escapeHtml', () => {
  it('agrees with Handlebars.escapeExpression on every character it escapes and on random text', () => {
    const alphabet = [...'&<>"\'`=abc ÄéÑ \u00A0—“”/\\'];
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(escapeHtml(text), JSON.stringify(text)).toBe(Handlebars.escapeExpression(text));
    }
  });

  it('leaves no markup of a name in the HTML', () => {
    expect(toHtml('Dear <b>Sam</b> & "Co"\n\nBye')).toBe('<p>Dear &lt;b&gt;Sam&lt;/b&gt; &amp; &quot;Co&quot;</p>\n<p>Bye</p>');
  });
});
