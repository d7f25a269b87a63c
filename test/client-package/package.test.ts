// What would be published is what is tested: the client package's generated types are current, and its `npm pack`
// tarball installs into a scratch project that type-checks a call and runs it against a live server.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helper.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkgDir = join(root, 'clients/typescript');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const scratch = mkdtempSync(join(tmpdir(), 'client-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** npm as a child of `npm test` would inherit the outer run's settings; the scratch project gets none of them. */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env: npmEnv, maxBuffer: 16 * 1024 * 1024 });

describe('client package', () => {
  it('has types generated from openapi/openapi.json (run `npm run openapi` after a contract change)', async () => {
    const out = join(scratch, 'schema.ts');
    await run(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(root, 'openapi/openapi.json'), '-o', out, '--silent']);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(pkgDir, 'src/schema.ts'), 'utf8'));
  }, 60_000);

  it('is a package a platform can install: name, version, licence, exports with types, README, public with provenance', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@decline-messages/client', type: 'module', license: expect.any(String), files: ['dist'] });
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.license).toBe('MIT');
    expect(pkg.private).toBeUndefined();
    // A scoped package is private on the registry unless it says otherwise; provenance ties it to the build that made it.
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    // Its one runtime dependency is the version the repository tests it with.
    const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toEqual({ 'openapi-fetch': rootPkg.devDependencies['openapi-fetch'] });
    expect(readFileSync(join(pkgDir, 'README.md'), 'utf8')).toMatch(/## Quick start[\s\S]*npm install @decline-messages\/client/);
  });

  describe('packed and installed into a scratch project', () => {
    let app: FastifyInstance;
    let baseUrl: string;
    const consumer = join(scratch, 'consumer');
    let files: string[] = [];

    beforeAll(async () => {
      app = await build({ rateLimitMax: 0 });
      baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      // prepack builds dist/ from the sources, as `npm publish` would.
      const { stdout } = await npm(['pack', '--json', '--pack-destination', scratch], pkgDir);
      const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
      files = packed.files.map((f: { path: string }) => f.path);
      const tarball = join(scratch, packed.filename);
      mkdirSync(consumer);
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      // openapi-fetch comes from npm's cache, filled by the repository's own install.
      await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumer);
    }, 120_000);
    afterAll(async () => app?.close());

    it('holds the built code, its types, the README and the licence, and no sources', () => {
      expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/schema.d.ts']));
      expect(files.filter((f) => f.startsWith('src/') || f.endsWith('tsconfig.json'))).toEqual([]);
    });

    it('type-checks a typed call, and rejects an ill-typed one', async () => {
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: [], strict: true, noEmit: true },
          include: ['*.ts'],
        }),
      );
      writeFileSync(
        join(consumer, 'withdraw.ts'),
        [
          "import { createClient, ProblemError, type Classification, type MessageRequest } from '@decline-messages/client';",
          '',
          "const body: MessageRequest = { scenario: 'decline-offer', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp', atsReasonId: '4471' };",
          '',
          'export async function withdraw(baseUrl: string): Promise<string> {',
          '  const client = createClient({ baseUrl, timeoutMs: 5000, retry: { maxRetries: 1 } });',
          '  try {',
          "    const message = await client.renderMessage(body, { requestId: 'consumer-1' });",
          '    const classification: Classification = message.classification;',
          '    const greenhouseType: 1 | 2 | 3 = classification.ats.greenhouse.rejectionReasonType.id;',
          '    return `${message.text}|${greenhouseType}|${classification.atsReasonId ?? ""}`;',
          '  } catch (err) {',
          '    if (err instanceof ProblemError) return err.errors.map((e) => e.pointer).join(",");',
          '    throw err;',
          '  }',
          '}',
          '',
          '// @ts-expect-error: not a scenario the contract knows',
          "export const wrong: MessageRequest = { scenario: 'ghosting', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' };",
          '',
        ].join('\n'),
      );
      // A second file leaves out a required field. Exactly that one error means the types are real: were they `any`,
      // wrong.ts would pass and the @ts-expect-error above would fail instead.
      writeFileSync(join(consumer, 'wrong.ts'), "import type { MessageRequest } from '@decline-messages/client';\nexport const w: MessageRequest = { scenario: 'decline-offer' };\n");
      const output = await run(process.execPath, [tsc, '-p', '.'], { cwd: consumer }).then(() => '', (e: { stdout: string }) => e.stdout);
      expect(output.trim().split('\n').filter((l) => /error TS/.test(l))).toEqual([expect.stringMatching(/^wrong\.ts\(2,14\): error TS2739: .*candidate, company/)]);
    }, 60_000);

    it('runs from the installed tarball against the live server', async () => {
      writeFileSync(
        join(consumer, 'run.mjs'),
        [
          "import { createClient, ProblemError } from '@decline-messages/client';",
          'const client = createClient({ baseUrl: process.argv[2] });',
          "const body = { scenario: 'decline-offer', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp', atsReasonId: '4471' };",
          'const message = await client.renderMessage(body);',
          "const problem = await client.renderMessage({ ...body, company: '' }).catch((e) => e);",
          'console.log(JSON.stringify({ text: message.text, classification: message.classification, isProblem: problem instanceof ProblemError, pointers: problem.errors.map((e) => e.pointer) }));',
        ].join('\n'),
      );
      const { stdout } = await run(process.execPath, ['run.mjs', baseUrl], { cwd: consumer });
      const out = JSON.parse(stdout);
      expect(out.text).toContain('Acme Corp');
      expect(out.classification).toMatchObject({ direction: 'candidate', stage: 'offer', atsReasonId: '4471' });
      expect(out).toMatchObject({ isProblem: true, pointers: ['/company'] });
    });
  });
});
