// What environment-dependent tests need from the machine, checked before they run: a missing prerequisite is one line
// naming it and how to get it, which skips those tests elsewhere and fails them in CI (CI=true), never a crash.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export interface Prerequisite {
  /** What is needed, as a person would name it. */
  name: string;
  present: boolean;
  /** What to do about it, e.g. the apt-get command. */
  remedy: string;
}

/** Many CI systems set CI=true (some CI=1); there every test must run. */
export const inCi = /^(true|1)$/i.test(process.env.CI ?? '');

/** A program on PATH that answers `--version`; spawnSync reports a missing one instead of throwing. */
const runs = (program: string) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0;

export const redisServer = (): Prerequisite => ({
  name: 'redis-server',
  present: Boolean(process.env.REDIS_URL) || runs('redis-server'),
  remedy: 'install it with apt-get install -y redis-server, or set REDIS_URL to a Redis the tests may use',
});

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromium = (): Prerequisite => ({
  name: `chromium at ${chromiumPath}`,
  present: existsSync(chromiumPath),
  remedy: 'install it with apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium binary',
});

/** Prometheus's own rule checker and unit-test runner, for deploy/monitoring's alerting rules. */
export const promtool = (): Prerequisite => ({
  name: 'promtool',
  present: runs('promtool'),
  remedy: 'install it with apt-get install -y prometheus (Debian ships promtool with the server)',
});

/** The service reads its accept queue from /proc/net/tcp at shutdown; elsewhere it falls back to a quiet period. */
export const linuxProc = (): Prerequisite => ({
  name: '/proc/net/tcp',
  present: existsSync('/proc/net/tcp'),
  remedy: 'run these tests on Linux, whose kernel provides it',
});

/** An error that is its own one-line message: the report shows no stack for a machine that lacks something. */
class MissingPrerequisite extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Missing prerequisite';
    this.stack = `${this.name}: ${message}`;
  }
}

/** describe(), when the machine has what the tests need; else one line, and the tests skipped (or failed in CI). */
export function describeWith(prerequisite: Prerequisite, name: string, tests: () => void): void {
  if (prerequisite.present) {
    describe(name, tests);
    return;
  }
  const line = `${prerequisite.name} is missing, so "${name}" cannot run: ${prerequisite.remedy}`;
  if (inCi) {
    describe(name, () => it(`needs ${prerequisite.name}`, () => {
      throw new MissingPrerequisite(line);
    }));
  } else {
    console.warn(`skipped: ${line}`);
    describe.skip(name, tests);
  }
}
