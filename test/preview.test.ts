// The preview page as served: its files, under the service's own headers, outside the API contract, linked from /docs.
// What it does in a browser is test/browser/preview.test.ts.
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { useApp } from './helper.js';

const ctx = useApp();

/** Every element of an HTML document, with its attributes. */
function elements(html: string): { tag: string; attrs: Record<string, string>; text: string }[] {
  const out: { tag: string; attrs: Record<string, string>; text: string }[] = [];
  const walk = (node: any) => {
    if (node.tagName) {
      const text = (node.childNodes ?? []).filter((c: any) => c.nodeName === '#text').map((c: any) => c.value).join('');
      out.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a: any) => [a.name, a.value])), text });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html));
  return out;
}

describe('GET /preview', () => {
  it('serves the page, its stylesheet and its script with their types, revalidated on every visit', async () => {
    const page = await ctx.app.inject({ url: '/preview' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<h1>Message preview</h1>');
    const css = await ctx.app.inject({ url: '/preview/preview.css' });
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    const js = await ctx.app.inject({ url: '/preview/preview.js' });
    expect([js.statusCode, js.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await ctx.app.inject({ url: '/preview/other.js' })).statusCode).toBe(404);
  });

  it('has the same Content-Security-Policy as Swagger UI, with no relaxation for scripts', async () => {
    const page = await ctx.app.inject({ url: '/preview' });
    const docs = await ctx.app.inject({ url: '/docs/' });
    expect(page.headers['content-security-policy']).toBe(docs.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(String(page.headers['content-security-policy']))![1];
    expect(scriptSrc).toBe("'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('loads only its own files: no inline script, style or event handler, nothing from another origin', async () => {
    const html = (await ctx.app.inject({ url: '/preview' })).body;
    const all = elements(html);
    const scripts = all.filter((e) => e.tag === 'script');
    expect(scripts).toEqual([{ tag: 'script', attrs: { type: 'module', src: 'preview/preview.js' }, text: '' }]);
    expect(all.filter((e) => e.tag === 'style')).toEqual([]);
    for (const { tag, attrs } of all) {
      for (const name of Object.keys(attrs)) expect(`${tag} ${name}`).not.toMatch(/ (on\w+|style)$/);
      for (const url of [attrs.src, attrs.href].filter(Boolean)) expect(url, tag).not.toMatch(/^(https?:)?\/\//);
    }
  });

  it('never puts text into the page as markup', async () => {
    // Everything the page shows is built with createElement and text nodes; the email HTML goes through an allowlist.
    const js = (await ctx.app.inject({ url: '/preview/preview.js' })).body;
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it('stays out of the API contract, and the contract links to it', async () => {
    const doc = (await ctx.app.inject({ url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/preview'))).toEqual([]);
    expect(doc.info.description).toContain('(/preview)');
  });
});
