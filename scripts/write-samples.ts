// Writes docs/samples/<tag>.md for every language variant (a test fails when one differs from what the templates render).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { sampleTags, samplesMarkdown } from './samples-markdown.js';

const dir = join(projectRoot(), 'docs', 'samples');
mkdirSync(dir, { recursive: true });
for (const tag of sampleTags) {
  const file = join(dir, `${tag}.md`);
  writeFileSync(file, samplesMarkdown(tag));
  console.log(`wrote ${file}`);
}
