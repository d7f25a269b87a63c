// Connections the kernel holds for a listening port that the process has not accepted yet, read from Linux's
// /proc/net/tcp{,6}: closing the listener while any wait resets them, so shutdown keeps it open until there are none.
import { readFileSync } from 'node:fs';

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
