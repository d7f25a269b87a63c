// docs/samples/<tag>.md is what reviewers read: each must be exactly what the templates render today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { sampleTags, samplesMarkdown } from '../../scripts/samples-markdown.js';

describe('docs/samples', () => {
  it.each(sampleTags)('%s.md is up to date with the templates (run `npm run samples` after changing them)', (tag) => {
    const committed = readFileSync(join(projectRoot(), 'docs', 'samples', `${tag}.md`), 'utf8');
    expect(committed).toBe(samplesMarkdown(tag));
  });
});
