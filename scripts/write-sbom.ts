// Writes a CycloneDX SBOM of the production dependencies with npm's own `npm sbom`, from the tree the image ships:
// `npm ci --omit=dev` of the lock file in a scratch folder. (`npm sbom --omit=dev` on the full tree leaves out
// production packages that a dev dependency also uses: npm/cli#7909.) `npm run sbom [-- FILE]`, sbom.cdx.json by default.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
const file = resolve(process.argv[2] ?? join(root, 'sbom.cdx.json'));
const scratch = mkdtempSync(join(tmpdir(), 'sbom-'));
// The outer `npm run`'s settings (npm_*) would follow into the scratch folder's npm; .npmrc files still apply.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args: string[]) => execFileSync('npm', args, { cwd: scratch, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
try {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  copyFileSync(join(root, 'package-lock.json'), join(scratch, 'package-lock.json'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify(pkg));
  npm(['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  // Without the dev dependencies declared, npm sbom does not report them as missing from this tree.
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ ...pkg, devDependencies: undefined }));
  const sbom = JSON.parse(npm(['sbom', '--sbom-format=cyclonedx', '--sbom-type=application']));
  // npm names the root component after its folder; the purl and bom-ref already carry the package's name.
  sbom.metadata.component.name = pkg.name;
  writeFileSync(file, JSON.stringify(sbom, null, 2) + '\n');
  console.log(`wrote ${file}: ${sbom.components.length} components`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
