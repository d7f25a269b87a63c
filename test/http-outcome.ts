// One HTTP request on a fresh connection, classified as a client sees it: an answer, a refusal, or a reset.
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

export type Outcome =
  | { kind: 'answered'; status: number; headers: IncomingHttpHeaders; body: string }
  | { kind: 'refused' }
  /** Sent and lost: the connection was reset or closed before a whole response arrived. */
  | { kind: 'reset'; detail: string }
  | { kind: 'error'; detail: string };

export interface Send {
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
  /** Gives up (as an error) after this long; the connection is destroyed. */
  timeoutMs?: number;
}

export function send({ port, method = 'POST', path, headers = {}, body, timeoutMs = 30_000 }: Send): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request({ host: '127.0.0.1', port, method, path, agent: false, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => settle({ kind: 'answered', status: res.statusCode!, headers: res.headers, body: text }));
      res.on('error', (e: NodeJS.ErrnoException) => settle({ kind: 'reset', detail: `response cut: ${e.code ?? e.message}` }));
    });
    // An error after the whole response arrived (the body still being written into a closed socket) changes nothing
    // for the client: it has its answer. settle() ignores it.
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') settle({ kind: 'refused' });
      else if (e.code === 'ECONNRESET' || e.code === 'EPIPE') settle({ kind: 'reset', detail: `${e.code} (${e.message})` });
      else settle({ kind: 'error', detail: e.code ?? e.message });
    });
    const timer = setTimeout(() => {
      settle({ kind: 'error', detail: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.end(body);
  });
}

export interface Tally {
  /** Answers by status code. */
  statuses: Record<number, number>;
  refused: number;
  resets: number;
  errors: string[];
  resetDetails: string[];
}

export function tally(outcomes: Outcome[]): Tally {
  const t: Tally = { statuses: {}, refused: 0, resets: 0, errors: [], resetDetails: [] };
  for (const o of outcomes) {
    if (o.kind === 'answered') t.statuses[o.status] = (t.statuses[o.status] ?? 0) + 1;
    else if (o.kind === 'refused') t.refused++;
    else if (o.kind === 'reset') {
      t.resets++;
      t.resetDetails.push(o.detail);
    } else t.errors.push(o.detail);
  }
  return t;
}

export const describeTally = (t: Tally) =>
  `${Object.entries(t.statuses).map(([s, n]) => `${n} x ${s}`).join(', ') || 'no answers'}; ${t.resets} reset; ${t.refused} refused` +
  (t.errors.length ? `; errors: ${[...new Set(t.errors)].join(', ')}` : '');

export interface Exchange {
  port: number;
  /** The request line and headers, without the blank line that ends them. */
  head: string;
  body: Buffer;
  /** Writes the body in pieces of this many bytes every `paceMs` (default: all at once). */
  pieceBytes?: number;
  paceMs?: number;
  timeoutMs?: number;
  /** Connects at once but writes nothing until this resolves, as a pool's pre-opened connection does. */
  sendWhen?: Promise<unknown>;
}

/**
 * A client that writes its whole request before it reads the answer, as many HTTP libraries do. Should the server
 * close while it is still writing, the write fails and it never reads the status: that counts as a reset. The
 * answer counts once a status line and the whole body it announces have arrived.
 */
export function writeThenRead({ port, head, body, pieceBytes = body.length, paceMs = 0, timeoutMs = 30_000, sendWhen }: Exchange): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    let writeError: NodeJS.ErrnoException | undefined;
    const settle = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(o);
    };
    const timer = setTimeout(() => settle({ kind: 'error', detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    const parse = (): Outcome | undefined => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return undefined;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      const headers: IncomingHttpHeaders = {};
      for (const line of text.slice(0, end).split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const rest = text.slice(end + 4);
      if (Buffer.byteLength(rest, 'latin1') < Number(headers['content-length'] ?? 0)) return undefined;
      return { kind: 'answered', status, headers, body: rest };
    };
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') return settle({ kind: 'refused' });
      if (writing) writeError = e;
      else settle(parse() ?? { kind: 'reset', detail: `${e.code} while reading` });
    });
    socket.on('close', () => {
      if (writeError) settle({ kind: 'reset', detail: `${writeError.code} while writing` });
      else settle(parse() ?? { kind: 'reset', detail: 'closed before a whole answer' });
    });
    // Nothing is read until the request is written, as a sequential client would.
    socket.pause();
    let writing = true;
    let offset = 0;
    const writeNext = () => {
      if (settled || socket.destroyed) return;
      const piece = body.subarray(offset, offset + pieceBytes);
      offset += piece.length;
      const last = offset >= body.length;
      socket.write(piece, (err) => {
        if (err) return;
        if (!last) return void setTimeout(writeNext, paceMs);
        writing = false;
        socket.on('data', (d: Buffer) => {
          chunks.push(d);
          // A keep-alive answer is complete without the connection closing.
          const answer = parse();
          if (answer) settle(answer);
        });
        socket.resume();
      });
    };
    const send = () => {
      if (settled || socket.destroyed) return;
      socket.write(`${head}\r\n\r\n`);
      writeNext();
    };
    if (sendWhen) void sendWhen.then(send);
    else send();
  });
}
