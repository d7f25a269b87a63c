// Starts src/server.ts in a child process on a free port, for tests of signals, timeouts and start-up.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  /** Every stdout line so far, parsed (pino JSON). */
  logs: Record<string, any>[];
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  stop(): void;
}

/** Starts the server (tsx by default, or a built entry such as dist/src/server.js) and waits for it to listen. */
export async function startServer(env: Record<string, string>, entry = 'src/server.ts', timeoutMs = 15_000): Promise<ServerProcess> {
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  const logs: Record<string, any>[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen within ${timeoutMs}ms: ${stderr}`)), timeoutMs);
    let buffered = '';
    child.stdout.on('data', (chunk) => {
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
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr}`));
    });
  }).catch((err) => {
    stop();
    throw err;
  });
  return { child, port, logs, exited, stop };
}
