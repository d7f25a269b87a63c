// Writes docs/samples.md (a test fails when it differs from what the templates render).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { samplesMarkdown } from './samples-markdown.js';

const file = join(projectRoot(), 'docs', 'samples.md');
mkdirSync(join(projectRoot(), 'docs'), { recursive: true });
writeFileSync(file, samplesMarkdown());
console.log(`wrote ${file}`);
