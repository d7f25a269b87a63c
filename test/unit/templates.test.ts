// A broken template stops the start, naming where, instead of failing a candidate's request later; the loader
// refuses unknown keys and empty alternatives, and the dialect rewriter changes words, never Handlebars expressions.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMessageService } from '../../src/messages/service.js';
import { dialectRewriter, openLanguage } from '../../src/messages/templates.js';

/** A copy of the templates with one English file's text replaced. */
function templatesWith(file: string, from: string | RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'templates-'));
  cpSync(new URL('../../templates', import.meta.url), dir, { recursive: true });
  const path = join(dir, 'en', file);
  const source = readFileSync(path, 'utf8');
  const changed = source.replace(from, to);
  expect(changed).not.toBe(source);
  writeFileSync(path, changed);
  return dir;
}

describe('template checks at start-up', () => {
  it('starts with the committed templates, one version per spelling', () => {
    expect(createMessageService().templateVersions).toEqual(expect.arrayContaining([expect.stringMatching(/^en-US-[0-9a-f]{12}$/), expect.stringMatching(/^en-GB-[0-9a-f]{12}$/)]));
  });

  it('takes the build of the committed templates, each spelling loaded once, and compiles templates edited since', () => {
    const built = openLanguage('en');
    expect(built.map((s) => [s.orthography, s.precompiled])).toEqual([['en-US', true], ['en-GB', true]]);
    const catalogue = built[0]!.load();
    expect(catalogue.precompiled).toBe(true);
    expect(catalogue.version).toBe(built[0]!.version);
    expect(built[0]!.load()).toBe(catalogue);
    const edited = openLanguage('en', templatesWith('scenarios/firm-no.yaml', '"I would appreciate your respecting my decision."', '"I would appreciate your respecting what I have decided."'));
    expect(edited.map((s) => s.precompiled)).toEqual([false, false]);
    expect(edited[0]!.version).not.toBe(built[0]!.version);
  });

  it('refuses a template that names a field the view model lacks (strict mode), naming where', () => {
    const dir = templatesWith('scenarios/firm-no.yaml', '"I would appreciate your respecting my decision."', '"Thank you, {{candidate.nickname}}."');
    expect(() => createMessageService({ templatesDir: dir })).toThrow(/^templates for en-US\/firm-no\/formal\/email\/formal fail to render: .*"nickname" not defined/);
  });

  it('refuses a template with a Handlebars syntax error', () => {
    const dir = templatesWith('scenarios/firm-no.yaml', '"I hope you understand, and I wish you well."', '"{{#if company}}Thanks"');
    expect(() => createMessageService({ templatesDir: dir })).toThrow(/^templates for en-US\/firm-no\/closing\/warm\/email\/formal fail to compile: Parse error/);
  });

  it('refuses what our templates do not use (helpers, each, partials), and never reaches a prototype', () => {
    const each = templatesWith('scenarios/firm-no.yaml', '"I hope you understand, and I wish you well."', '"{{#each advice}}x{{/each}}"');
    expect(() => createMessageService({ templatesDir: each })).toThrow(/firm-no\/closing\/warm\/email\/formal fail to compile: unsupported block/);
    const helper = templatesWith('scenarios/firm-no.yaml', '"I hope you understand, and I wish you well."', '"{{lookup company 0}}"');
    expect(() => createMessageService({ templatesDir: helper })).toThrow(/fail to compile: unsupported expression/);
    const proto = templatesWith('scenarios/firm-no.yaml', '"I hope you understand, and I wish you well."', '"{{company.constructor}}"');
    expect(() => createMessageService({ templatesDir: proto })).toThrow(/firm-no\/warm\/email\/formal fail to render: "constructor" not defined in company\.constructor/);
  });

  it('refuses a list that offers the same alternative twice, naming where', () => {
    const dir = templatesWith('scenarios/firm-no.yaml', '- "I would appreciate your respecting this."', '- "I would be grateful if you would respect this."');
    expect(() => createMessageService({ templatesDir: dir })).toThrow(/firm-no\.yaml: closing\.firm.*: the alternative "I would be grateful if you would respect this\." appears twice/);
  });

  it('refuses an unknown key and an empty list of alternatives, naming the file', () => {
    expect(() => createMessageService({ templatesDir: templatesWith('scenarios/firm-no.yaml', /^closing:\n {2}formal:/m, 'closing:\n  formall:') })).toThrow(/firm-no\.yaml: closing: unknown key "formall"/);
    expect(() => createMessageService({ templatesDir: templatesWith('common.yaml', /^opening: ""$/m, 'opening: []') })).toThrow(/common\.yaml: opening: an empty list of alternatives/);
  });
});

describe('dialectRewriter', () => {
  const rewrite = dialectRewriter({ apologise: 'apologize', 'in future': 'in the future', cancelling: 'canceling' });

  it('rewrites whole words and phrases, keeping the case of the first letter', () => {
    expect(rewrite('I apologise. Apologise? Cancelling in future.')).toBe('I apologize. Apologize? Canceling in the future.');
    expect(rewrite('apologised, inapologise')).toBe('apologised, inapologise');
  });

  it('leaves Handlebars expressions alone', () => {
    expect(rewrite('{{#if cancelling}}cancelling{{/if}}')).toBe('{{#if cancelling}}canceling{{/if}}');
  });
});
