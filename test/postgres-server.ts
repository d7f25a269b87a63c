// A real PostgreSQL for the storage tests: initdb in a temporary folder, a server on a free port of 127.0.0.1, a
// database owned by an ordinary role (row-level security binds it, as it would bind the service in production), and
// the folder removed when the tests end. initdb refuses to run as root: there it runs as the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';
import type { Prerequisite } from './prerequisites.js';

/** Debian's postgresql installs its programs under /usr/lib/postgresql/<major>/bin. */
function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors[0] && join(root, majors[0], 'bin');
}

export const postgresServer = (): Prerequisite => ({
  name: 'PostgreSQL (initdb and pg_ctl)',
  present: Boolean(process.env.TEST_DATABASE_URL) || binDir() !== undefined,
  remedy: 'install it with apt-get install -y postgresql, or set TEST_DATABASE_URL to an empty database the tests may use',
});

export interface TestPostgres {
  /** The service's URL: an ordinary role that owns the database. */
  url: string;
  /** A superuser's URL, for setting up and inspecting. */
  superuserUrl: string;
  /** Stops the server (fast shutdown) without removing its data: "the database went away". */
  stop(): void;
  /** Starts it again on the same port and data. */
  start(): void;
  /** Stops it and removes its folder. */
  destroy(): void;
}

const asRoot = userInfo().uid === 0;

function run(bin: string, program: string, args: string[]): void {
  const command = [join(bin, program), ...args];
  if (asRoot) {
    const quoted = command.map((a) => `'${a.replace(/'/g, '\'\\\'\'')}'`).join(' ');
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' });
  } else {
    execFileSync(command[0]!, command.slice(1), { stdio: 'pipe' });
  }
}

let databases = 0;

/** A fresh database on an existing server (TEST_DATABASE_URL), for machines that run one. */
async function onExistingServer(url: string): Promise<TestPostgres> {
  const name = `decline_messages_test_${process.pid}_${databases++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create role ${name} login password '${name}'`).catch(() => undefined);
  await admin.query(`create database ${name} owner ${name}`);
  await admin.end();
  const own = new URL(url);
  own.username = name;
  own.password = name;
  own.pathname = `/${name}`;
  const unsupported = () => {
    throw new Error('stopping the server needs a server the tests started (unset TEST_DATABASE_URL)');
  };
  return { url: own.toString(), superuserUrl: url, stop: unsupported, start: unsupported, destroy: () => undefined };
}

export async function startPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) return onExistingServer(process.env.TEST_DATABASE_URL);
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const dir = mkdtempSync('/tmp/decline-messages-pg-');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  else chownSync(dir, userInfo().uid, userInfo().gid);
  const port = await freePort();
  run(bin, 'initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const start = () =>
    run(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = () => run(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
  start();
  const superuserUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  await admin.query('create role service login password \'service\'');
  await admin.query('create database decline_messages owner service');
  await admin.end();
  return {
    url: `postgres://service:service@127.0.0.1:${port}/decline_messages`,
    superuserUrl: `postgres://postgres@127.0.0.1:${port}/decline_messages`,
    stop,
    start,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
