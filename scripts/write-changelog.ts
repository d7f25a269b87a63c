// Brings CHANGELOG.md up to date with the repository (scripts/changelog.ts): cuts the release package.json names, or
// records in Unreleased which languages' template versions have changed since the last release.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { currentTemplateVersions, currentVersions, updateChangelog } from './changelog.js';

const file = join(projectRoot(), 'CHANGELOG.md');
const before = readFileSync(file, 'utf8');
const after = updateChangelog(before, currentVersions(), currentTemplateVersions(), new Date().toISOString().slice(0, 10));
if (after === before) console.log(`${file} is up to date`);
else {
  writeFileSync(file, after);
  console.log(`wrote ${file}`);
}
