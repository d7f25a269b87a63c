// docs/samples.md is what reviewers read: it must be exactly what the templates render today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { samplesMarkdown } from '../../scripts/samples-markdown.js';

describe('docs/samples.md', () => {
  it('is up to date with the templates (run `npm run samples` after changing them)', () => {
    const committed = readFileSync(join(projectRoot(), 'docs', 'samples.md'), 'utf8');
    expect(committed).toBe(samplesMarkdown());
  });
});
