// Requests Node rejects before Fastify sees them (a request timeout, malformed HTTP, headers too large): a
// problem+json answer like every other error, then a lingering close instead of an immediate destroy, so a client
// still writing its request reads the status. A request timeout counts only once the server has read what arrived.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { problem } from './errors.js';
import { isLingering, lingeringClose } from './lingering-close.js';

/** Node's own reference to the response in progress on a server socket, and its request. */
type ServerSocket = Socket & { _httpMessage?: { headersSent: boolean; req?: { complete: boolean } } | null };

const clientErrorStatus: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
};
const clientErrorDetail: Record<number, string> = {
  400: 'The request is not valid HTTP.',
  408: 'The request did not arrive within the time this server allows.',
  413: 'The request body is larger than this server accepts.',
  431: 'The request headers are larger than this server accepts.',
};

/**
 * Fastify's clientErrorHandler: requests Node rejects before Fastify sees them (a request timeout, malformed HTTP,
 * headers too large) get a problem+json answer and a lingering close, not an immediate destroy.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed || isLingering(socket)) return;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    whenStalled(socket as ServerSocket, Date.now() + Math.max(1000, this.server.requestTimeout), () => answer(this, err, socket));
    return;
  }
  answer(this, err, socket);
}

/**
 * Node judges a request late by the clock, in a timer that runs before the event loop reads its sockets: after the
 * server has been busy for longer than REQUEST_TIMEOUT_MS (a burst of batches), requests whose bytes have been waiting
 * in the kernel all along would get a 408. So the 408 waits for the next read of the sockets (the poll before
 * setImmediate), and for every later one while it brings more of the request, until `giveUpAt`. Node does not time
 * the request again once it has called it late: a request that then arrives whole is served as usual.
 */
function whenStalled(socket: ServerSocket, giveUpAt: number, late: () => void): void {
  let read = socket.bytesRead;
  const check = () => {
    if (socket.destroyed || isLingering(socket)) return;
    const response = socket._httpMessage;
    if (response?.headersSent || response?.req?.complete) return;
    if (socket.bytesRead > read && Date.now() < giveUpAt) {
      read = socket.bytesRead;
      setImmediate(check);
      return;
    }
    late();
  };
  setImmediate(check);
}

function answer(app: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  const status = clientErrorStatus[err.code ?? ''] ?? 400;
  app.log.debug({ err, status }, 'client error');
  // Only where no response has begun on this connection, or the client would read a corrupt answer.
  if (!socket.writable || (socket as ServerSocket)._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(problem(status, `/problems/http-${status}`, STATUS_CODES[status]!, clientErrorDetail[status]!));
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  lingeringClose(socket);
}
