// pino options: JSON lines on stdout (pretty only on a TTY), with candidates' personal data redacted.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

/** Request-body fields that identify a person or reveal something private about them. */
export const personalFields = [
  'candidate.name',
  'candidate.email',
  'candidate.phone',
  'recipient.name',
  'referral',
  'reason.detail',
  // A platform's reason id can name a private reason ("health"); it is echoed, never needed in a log.
  'atsReasonId',
] as const;

export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...personalFields.map((f) => `body.${f}`),
  ...personalFields.map((f) => `body.items[*].${f}`),
];

/** pino-pretty is a dev dependency: a production image on a TTY (docker run -t) keeps JSON. */
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function loggerOptions(config: Pick<Config, 'logLevel'>, { pretty = Boolean(process.stdout.isTTY) } = {}): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: '[redacted]' },
    ...(pretty && prettyAvailable() ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  };
}

export interface LogDestination {
  stream: DestinationStream;
  /** Log lines dropped so far because stdout did not keep up. */
  dropped(): number;
}

/**
 * stdout written asynchronously (a write per request was a syscall on the request path), with a bounded buffer: when
 * stdout is slow or not read at all, lines beyond `maxBytes` are dropped and counted (log_lines_dropped_total)
 * instead of the process growing without limit or blocking. Pino flushes what is buffered when the process exits.
 */
export function logDestination(maxBytes: number): LogDestination {
  const stream = pino.destination({ dest: 1, sync: false, maxLength: maxBytes });
  let dropped = 0;
  stream.on('drop', () => {
    if (dropped++ === 0) process.stderr.write(`log lines are being dropped: stdout is not keeping up (LOG_BUFFER_BYTES=${maxBytes}); see log_lines_dropped_total\n`);
  });
  return { stream, dropped: () => dropped };
}
