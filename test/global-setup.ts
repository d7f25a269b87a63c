// Before the suite: precompile the templates (as `npm run build` does), so that each test worker loads them
// instead of compiling thousands of Handlebars templates on its own.
// Skipped when every variant's build is of the templates as they are now and newer than the code that compiles them,
// so that `vitest list` and reruns start at once.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageVariants } from '../src/messages/languages/index.js';
import { catalogueFormat, languageHash } from '../src/messages/template-source.js';
import { builtFile, defaultTemplatesDir, manifestFile } from '../src/messages/templates.js';
import { projectRoot } from '../src/project-root.js';

/** The newest change to the code a build depends on: the domain's sources and the build script. */
function codeChanged(): number {
  const root = projectRoot();
  const files = [join(root, 'scripts', 'precompile-templates.ts'), ...readdirSync(join(root, 'src', 'messages'), { recursive: true, encoding: 'utf8' }).map((f) => join(root, 'src', 'messages', f))];
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Whether a build's header names this format and version (scripts/precompile-templates.ts writes it first). */
function current(tag: string, language: string, changed: number): boolean {
  const file = builtFile(tag);
  if (!existsSync(file) || statSync(file).mtimeMs < changed) return false;
  const version = `${tag}-${languageHash(language as never, defaultTemplatesDir())}`;
  const head = readFileSync(file, 'utf8').slice(0, 4096);
  // A start reads the manifest to know the build is current without loading it.
  const listed = existsSync(manifestFile()) && readFileSync(manifestFile(), 'utf8').includes(`"${tag}": "${version}"`);
  return listed && head.includes(`"format":${catalogueFormat},`) && head.includes(`"version":"${version}"`);
}

export default function setup() {
  const changed = codeChanged();
  if (languageVariants.every((v) => current(v.orthography, v.language, changed))) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/precompile-templates.ts'], { stdio: 'ignore' });
}
