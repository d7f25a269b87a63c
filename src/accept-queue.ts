// Connections the kernel holds for a listening port that the process has not accepted yet, read from Linux's
// /proc/net/tcp{,6}: closing the listener while any wait resets them, so shutdown keeps it open until there are none.
import { readFileSync } from 'node:fs';
import { setImmediate as afterPoll, setTimeout as sleep } from 'node:timers/promises';

const LISTEN = '0A';
const SYN_RECV = '03';

/**
 * The accept queue's length plus handshakes under way, for every listening socket on `port` in this network namespace;
 * undefined where /proc/net/tcp cannot be read (not Linux).
 */
export function pendingConnections(port: number): number | undefined {
  let tables: string[];
  try {
    tables = [readFileSync('/proc/net/tcp', 'latin1')];
  } catch {
    return undefined;
  }
  try {
    tables.push(readFileSync('/proc/net/tcp6', 'latin1'));
  } catch {
    // IPv6 disabled: the IPv4 table says it all
  }
  let pending = 0;
  for (const table of tables) {
    for (const line of table.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue ...; addresses are hex "ADDR:PORT".
      const fields = line.trim().split(/\s+/);
      if (fields.length < 5 || parseInt(fields[1]!.slice(fields[1]!.lastIndexOf(':') + 1), 16) !== port) continue;
      // For a listening socket rx_queue is the accept queue's current length.
      if (fields[3] === LISTEN) pending += parseInt(fields[4]!.split(':')[1]!, 16);
      else if (fields[3] === SYN_RECV) pending++;
    }
  }
  return pending;
}

/** Without /proc (not Linux): how long no new connection must arrive before the queue counts as empty. */
const quietMs = 100;

/**
 * Resolves once nothing waits in `port`'s accept queue, with 0, or with how many still wait when it gives up: past
 * `maxMs`, as soon as the queue stops shrinking, and past `hardMaxMs` in any case. `accepted` counts the connections
 * the server has accepted so far. The caller closes the listener at once, before the event loop can accept or queue
 * anything else.
 */
export async function waitForEmptyAcceptQueue(port: number, maxMs: number, accepted: () => number, hardMaxMs = Infinity): Promise<number> {
  const softDeadline = Date.now() + maxMs;
  const hardDeadline = Date.now() + hardMaxMs;
  let seen = -1;
  let previous = Infinity;
  for (;;) {
    const pending = pendingConnections(port);
    if (pending === 0) return 0;
    if (pending !== undefined && Date.now() >= hardDeadline) return pending;
    if (pending === undefined) {
      // Without /proc: once a turn of the event loop after a quiet spell has accepted nothing new.
      if (accepted() === seen) return 0;
      seen = accepted();
      await sleep(quietMs);
      await afterPoll();
      continue;
    }
    // A busy event loop can take seconds over the queue. Past the bound it goes on only while the queue shrinks, so
    // a stream of new connections that never lets up is cut off, but a burst is answered to its end.
    if (Date.now() >= softDeadline && pending >= previous) return pending;
    previous = pending;
    // Node 20 accepts one connection per turn of the event loop (measured here), so give it a turn for each.
    for (let i = 0; i < pending; i++) await afterPoll();
  }
}
