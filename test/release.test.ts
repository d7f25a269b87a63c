// What legal and release reviewers read: one licence named alike everywhere, and a changelog that names the versions
// the repository has, the contract's changes and the template versions of each language.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTemplateVersions, currentVersions, recordedTemplateVersions, releaseVersions, sections, templateTable, updateChangelog } from '../scripts/changelog.js';
import { writtenLanguages } from '../src/messages/languages/index.js';
import { contractVersion, openapiInfo } from '../src/openapi-info.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(read(path));

describe('licence', () => {
  it('is MIT in LICENSE, both package.json files and the OpenAPI info, as served and as committed', () => {
    const licence = read('LICENSE');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S.*\n/);
    expect(licence).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    // npm packs the LICENSE beside the client's package.json, so the client carries the same text.
    expect(read('clients/typescript/LICENSE')).toBe(licence);
    expect(json('package.json').license).toBe('MIT');
    expect(json('package-lock.json').packages[''].license).toBe('MIT');
    expect(json('clients/typescript/package.json').license).toBe('MIT');
    expect(openapiInfo.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(json('openapi/openapi.json').info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });
});

describe('versions and the changelog', () => {
  const changelog = read('CHANGELOG.md');
  const { sections: list } = sections(changelog);
  const releases = list.filter((s) => s.name !== 'Unreleased');
  const latest = releases[0]!;

  it('is up to date: the release package.json names, and the template versions served now (run `npm run changelog`)', () => {
    expect(list[0]?.name).toBe('Unreleased');
    expect(latest.name, 'no release in CHANGELOG.md names the version in package.json').toBe(json('package.json').version);
    expect(updateChangelog(changelog, currentVersions(), currentTemplateVersions(), 'not-cut-today')).toBe(changelog);
  });

  it('names in its latest release the service, contract and client versions the repository has', () => {
    const versions = { service: json('package.json').version, contract: json('openapi/openapi.json').info.version, client: json('clients/typescript/package.json').version };
    expect(releaseVersions(latest)).toEqual(versions);
    expect(versions.contract).toBe(contractVersion);
    for (const v of Object.values(versions)) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json('package-lock.json').packages[''].version).toBe(versions.service);
  });

  it('says in every release what changed in the contract and records every language\'s template versions', () => {
    for (const release of releases) {
      expect(release.date, release.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.body, release.name).toMatch(/^### Contract\n\n- \S/m);
      expect(Object.keys(recordedTemplateVersions(release) ?? {}), release.name).toEqual([...writtenLanguages]);
    }
    // Newest first.
    const newer = (a: string, b: string) => {
      const [x, y] = [a, b].map((v) => v.split(/[.-]/).map(Number));
      const i = x!.findIndex((n, k) => n !== y![k]);
      return i >= 0 && x![i]! > y![i]!;
    };
    for (let i = 1; i < releases.length; i++) expect(newer(releases[i - 1]!.name, releases[i]!.name), releases[i]!.name).toBe(true);
    expect(releases.map((r) => r.date)).toEqual([...releases.map((r) => r.date!)].sort().reverse());
  });
});

describe('npm run changelog', () => {
  const preamble = '# Changelog\n\nIntro.\n\n';
  const v010 = { service: '0.1.0', contract: '0.1.0', client: '0.1.0' };
  const first = { en: '`en-US-aaa` (en-US)', de: '`de-DE-bbb` (de-DE)' };
  const released = updateChangelog(`${preamble}## [Unreleased]\n\n### Contract\n\n- First.\n`, v010, first, '2026-12-06');

  it('cuts the release package.json names from Unreleased, with its versions and every language new', () => {
    expect(released).toBe(
      `${preamble}## [Unreleased]\n\n## [0.1.0] - 2026-12-06\n\n**Versions:** service 0.1.0, API contract 0.1.0, client 0.1.0.\n\n` +
        templateTable(first, undefined) +
        '\n### Contract\n\n- First.\n',
    );
    expect(templateTable(first, undefined)).toContain('| `de` | `de-DE-bbb` (de-DE) | new |');
    expect(updateChangelog(released, v010, first, '2026-12-07')).toBe(released);
  });

  it('records in Unreleased which languages changed since the last release, and forgets it when they change back', () => {
    const edited = { ...first, de: '`de-DE-ccc` (de-DE)' };
    const pending = updateChangelog(released, v010, edited, '2026-12-07');
    const unreleased = sections(pending).sections[0]!;
    expect(unreleased.name).toBe('Unreleased');
    expect(recordedTemplateVersions(unreleased)).toEqual(edited);
    expect(unreleased.body).toContain('| `de` | `de-DE-ccc` (de-DE) | **changed** |');
    expect(unreleased.body).toContain('| `en` | `en-US-aaa` (en-US) | unchanged |');
    expect(updateChangelog(pending, v010, edited, '2026-12-07')).toBe(pending);
    expect(updateChangelog(pending, v010, first, '2026-12-07')).toBe(released);

    const next = updateChangelog(pending.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A German greeting.\n'), { ...v010, service: '0.1.1' }, edited, '2026-12-08');
    const [fresh, cut, old] = sections(next).sections;
    expect([fresh!.name, cut!.name, cut!.date, old!.name]).toEqual(['Unreleased', '0.1.1', '2026-12-08', '0.1.0']);
    expect(fresh!.body.trim()).toBe('');
    expect(releaseVersions(cut!)).toEqual({ ...v010, service: '0.1.1' });
    expect(cut!.body).toContain('| `de` | `de-DE-ccc` (de-DE) | **changed** |');
    expect(cut!.body).toContain('### Fixed\n\n- A German greeting.');
    expect(updateChangelog(next, { ...v010, service: '0.1.1' }, edited, '2026-12-09')).toBe(next);
  });
});

describe('npm run sbom', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sbom-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** Licences a legal review of an MIT service usually approves without a case of its own. */
  const permissive = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0']);

  it('writes a CycloneDX SBOM of exactly the production dependencies the lock file pins, each under a permissive licence', async () => {
    const out = join(scratch, 'sbom.cdx.json');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    await promisify(execFile)('npx', ['tsx', 'scripts/write-sbom.ts', out], { cwd: fileURLToPath(new URL('..', import.meta.url)), env });
    const sbom = JSON.parse(readFileSync(out, 'utf8'));
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: expect.stringMatching(/^1\.\d+$/) });
    const pkg = json('package.json');
    expect(sbom.metadata.component).toMatchObject({ type: 'application', name: pkg.name, version: pkg.version, licenses: [{ license: { id: 'MIT' } }] });

    const lock = json('package-lock.json') as { packages: Record<string, { version: string; dev?: boolean }> };
    const production = new Set(Object.entries(lock.packages).filter(([path, p]) => path !== '' && !p.dev).map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version}`));
    const listed = new Set<string>(sbom.components.map((c: { group?: string; name: string; version: string }) => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`));
    expect([...listed].sort()).toEqual([...production].sort());
    for (const name of Object.keys(pkg.dependencies)) expect([...listed].some((c) => c.startsWith(`${name}@`)), name).toBe(true);

    const licences = (c: { licenses?: { license?: { id?: string }; expression?: string }[] }) => (c.licenses ?? []).map((l) => l.license?.id ?? l.expression ?? '?');
    const unapproved = sbom.components.filter((c: never) => !licences(c).some((id) => permissive.has(id))).map((c: { name: string }) => `${c.name}: ${licences(c as never).join(' ') || 'none'}`);
    expect(unapproved).toEqual([]);
  }, 120_000);
});
