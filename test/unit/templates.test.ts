// A broken template stops the start, naming where, instead of failing a candidate's request later.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMessageService } from '../../src/messages/service.js';

/** A copy of the templates with one scenario file's text replaced. */
function templatesWith(file: string, from: string | RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'templates-'));
  cpSync(new URL('../../templates', import.meta.url), dir, { recursive: true });
  const path = join(dir, 'en', 'scenarios', file);
  const source = readFileSync(path, 'utf8');
  const changed = source.replace(from, to);
  expect(changed).not.toBe(source);
  writeFileSync(path, changed);
  return dir;
}

describe('template checks at start-up', () => {
  it('starts with the committed templates', () => {
    expect(createMessageService().templateVersion).toMatch(/^en-[0-9a-f]{12}$/);
  });

  it('refuses a template that names a field the view model lacks (strict mode)', () => {
    const dir = templatesWith('firm-no.yaml', '"Thank you for respecting my decision."', '"Thank you, {{candidate.nickname}}."');
    expect(() => createMessageService({ templatesDir: dir })).toThrow(/^templates for firm-no\/formal\/email fail to render: .*"nickname" not defined/);
  });

  it('refuses a template with a Handlebars syntax error', () => {
    const dir = templatesWith('firm-no.yaml', '"Thanks for understanding, and all the best."', '"{{#if company}}Thanks"');
    expect(() => createMessageService({ templatesDir: dir })).toThrow(/^templates for firm-no\/warm\/email fail to render: Parse error/);
  });
});
