// Starts a server (src/server.ts through tsx, or the built bundle dist/server.mjs) in a child process on a
// free port, for tests of signals, timeouts and start-up, and for the load scripts and the benchmark.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** Every stdout line so far, parsed (pino JSON); empty when started with `keepLogs: false` or a `logFile`. */
  logs: Record<string, any>[];
  /** The lines of `logFile` written so far, parsed. */
  readLogFile(): Record<string, any>[];
  /** Milliseconds from spawn to /readyz answering 200. */
  readyMs: number;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Kills it outright (for clean-up after a test). */
  stop(): void;
  /** Sends a signal (SIGTERM by default) and resolves with the exit code; SIGKILL after `killAfterMs`. */
  terminate(signal?: NodeJS.Signals, killAfterMs?: number): Promise<number | string>;
}

export interface StartOptions {
  entry?: string;
  timeoutMs?: number;
  /**
   * false: stdout goes to /dev/null, as to a log shipper that always keeps up (a benchmark must not spend CPU,
   * or the server memory, on a pipe nobody reads); the port is then chosen here instead of read from the log.
   */
  keepLogs?: boolean;
  /** stdout is a pipe that nobody reads, as to a log shipper that has stalled (takes precedence over keepLogs). */
  unreadStdout?: boolean;
  /**
   * stdout goes to this file, as to a log shipper that always keeps up, and readLogFile() reads it back: the logs
   * without a test process reading a pipe (which a test busy with hundreds of clients does late). Takes precedence
   * over keepLogs.
   */
  logFile?: string;
  /** Options for node itself, before the entry (such as --cpu-prof, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
  /** Runs the server on these CPUs (taskset), so a load generator on the others does not compete with it. */
  cpus?: string;
}

let tasksetChecked: boolean | undefined;
/** Pinning is for steadier benchmark figures; without taskset the run goes on unpinned, and says so once. */
function canPin(): boolean {
  if (tasksetChecked === undefined) {
    tasksetChecked = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
    if (!tasksetChecked) console.warn('taskset is not installed, so servers run unpinned and figures are noisier; install it with: apt-get install -y util-linux');
  }
  return tasksetChecked;
}

/** Starts the server and waits until it listens and /readyz answers 200. */
export async function startServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<ServerProcess> {
  const { entry = 'src/server.ts', timeoutMs = 15_000, keepLogs = true } = options;
  const cpus = options.cpus && canPin() ? options.cpus : undefined;
  const node = [process.execPath, ...(options.nodeArgs ?? []), ...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []), entry];
  const [command, ...args] = cpus ? ['taskset', '-c', cpus, ...node] : node;
  const unread = options.unreadStdout === true;
  const { logFile } = options;
  const piped = unread || (!logFile && keepLogs);
  const chosenPort = piped && !unread ? 0 : await freePort();
  const logFd = logFile && !unread ? openSync(logFile, 'w') : undefined;
  const started = performance.now();
  const child = spawn(command!, args, {
    cwd: root,
    // The template store in memory unless a test names one: a test's server writes nothing into the checkout.
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(chosenPort), LOG_LEVEL: 'info', DATA_DIR: ':memory:', ...env },
    stdio: ['ignore', logFd ?? (piped ? 'pipe' : 'ignore'), 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  if (logFd !== undefined) closeSync(logFd);
  const readLogFile = () =>
    logFile
      ? readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, any>)
      : [];
  const logs: Record<string, any>[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const terminate = async (signal: NodeJS.Signals = 'SIGTERM', killAfterMs = 10_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(stop, killAfterMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  try {
    const port = chosenPort || await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not listen within ${timeoutMs}ms: ${stderr}`)), timeoutMs);
      let buffered = '';
      const onData = (chunk: Buffer) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          const entry = JSON.parse(line);
          logs.push(entry);
          const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(entry.msg ?? '');
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        }
      };
      child.stdout.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}) before listening: ${stderr}`));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    while ((await fetch(`${url}/readyz`).then((r) => r.status, () => 0)) !== 200) {
      if (Date.now() > deadline) throw new Error(`/readyz did not answer 200 within ${timeoutMs}ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return { child, port, url, logs, readLogFile, readyMs: performance.now() - started, exited, stop, terminate };
  } catch (err) {
    stop();
    throw err;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory of a process, from /proc. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}
