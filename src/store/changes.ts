// How one replica learns that another changed a tenant's keys, templates or settings, so that caches are dropped
// within a second. PostgreSQL: NOTIFY after each change, LISTEN on a connection of its own (reconnected when lost,
// and every cache dropped then, since notices may have been missed). SQLite: one file on one host, whose
// `PRAGMA data_version` changes when another process commits; polled four times a second, it costs no query on the
// request path.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Database } from './database.js';

export type Change = { tenantId: string; what: 'keys' | 'templates' | 'settings'; keyId?: string } | { all: true };

const channel = 'decline_messages_changes';

export interface ChangeFeed {
  /** Tells the other replicas (this one has already dropped its own caches). Never throws. */
  announce(change: Change): Promise<void>;
  /** Starts delivering other replicas' changes to `handler`. */
  listen(handler: (change: Change) => void): void;
  close(): Promise<void>;
}

export function createChangeFeed(database: Database, { pollMs = 250, reconnectMs = 1000, onError = (_err: unknown) => {} } = {}): ChangeFeed {
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, f: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      f();
    }, ms);
    t.unref();
    timers.add(t);
  };

  if (database.kind === 'sqlite') {
    const sqlite = database.sqlite!;
    const version = () => Number((sqlite.prepare('PRAGMA data_version').get() as { data_version: number }).data_version);
    let poll: NodeJS.Timeout | undefined;
    return {
      announce: async () => undefined,
      listen(handler) {
        if (database.location === ':memory:') return;
        let seen = version();
        poll = setInterval(() => {
          try {
            const now = version();
            if (now !== seen) handler({ all: true });
            seen = now;
          } catch (err) {
            onError(err);
          }
        }, pollMs);
        poll.unref();
      },
      close: async () => {
        closed = true;
        clearInterval(poll);
      },
    };
  }

  const pool = database.pool!;
  let client: pg.Client | undefined;
  // This replica's own notices come back to it too, possibly after it has reloaded: they are skipped, or they would
  // drop a fresh cache (and, with the database down just then, a tenant's words with it).
  const origin = randomUUID();
  return {
    async announce(change) {
      try {
        await pool.query('select pg_notify($1, $2)', [channel, JSON.stringify({ ...change, origin })]);
      } catch (err) {
        onError(err);
      }
    },
    listen(handler) {
      const connect = () => {
        if (closed) return;
        const c = new pg.Client({ connectionString: (pool.options as { connectionString: string }).connectionString, connectionTimeoutMillis: 2000 });
        const retry = (err?: unknown) => {
          if (err) onError(err);
          c.removeAllListeners();
          c.on('error', () => undefined);
          c.end().catch(() => undefined);
          if (client === c) client = undefined;
          if (!closed) later(reconnectMs, connect);
        };
        c.on('error', retry);
        c.on('end', () => retry());
        c.on('notification', (message) => {
          try {
            const change = JSON.parse(message.payload ?? '') as Change & { origin?: string };
            if (change.origin !== origin) handler(change);
          } catch {
            handler({ all: true });
          }
        });
        c.connect()
          .then(() => c.query(`LISTEN ${channel}`))
          .then(() => {
            client = c;
            // Changes made while this replica was not listening were not heard: start afresh.
            handler({ all: true });
          })
          .catch(retry);
      };
      connect();
    },
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
