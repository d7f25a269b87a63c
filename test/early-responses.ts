// Early answers under load: requests answered before their body was read (413 by Content-Length, 413 while
// streaming, 415, 408 for a body that comes too slowly), sent by clients that write the whole request before they
// read, while other traffic keeps the server busy. Did each client read its status, or was it reset while writing?
import autocannon from 'autocannon';
import { tally, writeThenRead, type Outcome, type Tally } from './http-outcome.js';
import type { ServerProcess } from './server-process.js';

export type EarlyKind = '413 by length' | '413 streamed' | '415' | '408';
/**
 * The server these run against: a 1 s request timeout for the 408, and neither rate limiting nor load shedding, whose
 * 429s and 503s (early answers too) would take the place of the statuses counted here on a busy machine.
 */
export const quietServer = { REQUEST_TIMEOUT_MS: '1000', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' };

export const expectedStatus: Record<EarlyKind, number> = { '413 by length': 413, '413 streamed': 413, 415: 415, 408: 408 };

const big = Buffer.alloc(3 * 1024 * 1024, 'a');
const chunked = Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from('\r\n0\r\n\r\n')]);
const small = Buffer.alloc(200 * 1024, 'a');
const post = (headers: string) => `POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}`;
// About 12 MB/s, as over a real network: on loopback a 3 MiB body would otherwise sit in kernel buffers at once, and
// the client would be done writing before the server could close on it.
const paced = { pieceBytes: 64 * 1024, paceMs: 5 };

/** One client of the kind; the 408 needs a server started with REQUEST_TIMEOUT_MS well under 2.5 s. */
export function early(kind: EarlyKind, port: number): Promise<Outcome> {
  switch (kind) {
    case '413 by length':
      return writeThenRead({ port, head: post(`Content-Type: application/json\r\nContent-Length: ${big.length}`), body: big, ...paced });
    case '413 streamed':
      // No Content-Length: the server finds out only once the limit is passed.
      return writeThenRead({ port, head: post('Content-Type: application/json\r\nTransfer-Encoding: chunked'), body: chunked, ...paced });
    case '415':
      return writeThenRead({ port, head: post(`Content-Type: text/plain\r\nContent-Length: ${big.length}`), body: big, ...paced });
    case '408':
      // 200 KiB (under BODY_LIMIT) at 80 KiB/s: still writing, for another second or so, when the request times out.
      return writeThenRead({ port, head: post(`Content-Type: application/json\r\nContent-Length: ${small.length}`), body: small, pieceBytes: 4096, paceMs: 50 });
  }
}

/** Runs `rounds` rounds of `perKind` concurrent clients of each kind while 20 other connections render messages. */
export async function earlyResponsesUnderLoad(server: ServerProcess, kinds: EarlyKind[], rounds: number, perKind: number): Promise<Record<EarlyKind, Tally>> {
  const body = JSON.stringify({ scenario: 'firm-no', candidate: { name: 'Jordan Lee' }, company: 'Acme Corp' });
  const background = autocannon({ url: `${server.url}/messages`, connections: 20, duration: 600, method: 'POST', headers: { 'content-type': 'application/json' }, body }, () => undefined);
  const outcomes = Object.fromEntries(kinds.map((k) => [k, [] as Outcome[]])) as Record<EarlyKind, Outcome[]>;
  try {
    for (let round = 0; round < rounds; round++) {
      await Promise.all(kinds.flatMap((kind) => Array.from({ length: perKind }, () => early(kind, server.port).then((o) => outcomes[kind].push(o)))));
    }
  } finally {
    background.stop();
  }
  return Object.fromEntries(kinds.map((k) => [k, tally(outcomes[k])])) as Record<EarlyKind, Tally>;
}
