// Runs the Dockerfile's steps without Docker (none runs here): each stage in a temporary directory, then starts
// the final stage's CMD as an unprivileged user on a read-only copy, probes it, and stops it with SIGTERM.
import { execSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
const work = mkdtempSync(join(tmpdir(), 'container-check-'));
chmodSync(work, 0o755);
const stages = new Map<string, string>();
const env: Record<string, string> = {};
let stageDir = '';
let workdir = '/';
let cmd: string[] = [];
let user = '';

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
  const args = rest.join(' ');
  switch (keyword!.toUpperCase()) {
    case 'ARG':
    case 'LABEL':
    case 'EXPOSE':
    case 'HEALTHCHECK': // probed below through the same URL
      break;
    case 'FROM': {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? 'final';
      stageDir = join(work, name);
      mkdirSync(stageDir, { recursive: true });
      stages.set(name, stageDir);
      workdir = '/';
      step(`stage ${name} (${args.split(/\s+/)[0]})`);
      break;
    }
    case 'ENV':
      for (const [, k, v] of args.matchAll(/(\w+)=(\S+)/g)) env[k!] = v!;
      break;
    case 'WORKDIR':
      workdir = args;
      mkdirSync(inStage(stageDir, '.'), { recursive: true });
      break;
    case 'COPY': {
      const from = /--from=(\S+)/.exec(args)?.[1];
      const parts = args.split(/\s+/).filter((p) => !p.startsWith('--'));
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
      step(`RUN ${args}`);
      execSync(args, { cwd: inStage(stageDir, '.'), stdio: 'inherit', env: { ...process.env, ...env } });
      break;
    case 'USER':
      user = args;
      break;
    case 'CMD':
      cmd = JSON.parse(args);
      break;
    default:
      throw new Error(`container-check does not know the Dockerfile instruction ${keyword}`);
  }
}

// The image runs as "node"; here the unprivileged user is nobody. Root keeps the files, and nobody cannot write them
// (like readOnlyRootFilesystem in deploy/kubernetes).
const app = inStage(stageDir, '.');
const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', '--'] : [];
execSync(`chmod -R a-w,a+rX ${JSON.stringify(app)}`);
step(`CMD ${cmd.join(' ')} as ${asUser.length ? 'nobody' : 'the current user'} (image: ${user})`);
const [program, ...programArgs] = [...asUser, ...cmd];
const child = spawn(program!, programArgs, {
  cwd: app,
  env: { PATH: process.env.PATH!, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (d) => (output += d));
const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

function fail(message: string): never {
  child.kill('SIGKILL');
  console.error(`container-check failed: ${message}\n${output}`);
  process.exit(1);
}

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
for (const [path, init, status] of checks) {
  const res = await fetch(base + path, init);
  console.log(`${init?.method ?? 'GET'} ${path} -> ${res.status}`);
  if (res.status !== status) fail(`${path} answered ${res.status}, expected ${status}`);
}
child.kill('SIGTERM');
const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout')]);
if (code !== 0) fail(`SIGTERM ended the server with ${code}, expected exit 0`);
console.log('SIGTERM -> exit 0');
rmSync(work, { recursive: true, force: true });
console.log('\ncontainer-check passed');
