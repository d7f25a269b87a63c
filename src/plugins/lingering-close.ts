// Early answers (413, 415, 408, 429, 503, ...) sent before the request body was read close the connection
// gracefully, as nginx's lingering_close does: the answer goes out, what the client still sends is read and
// dropped for a bounded time, and only then is the socket closed, so a client still writing reads the status
// instead of a reset.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Bounds on lingering: in total, without a byte from the client, and in bytes read and dropped. A 3 MiB body at
 * 1 MB/s, a slow but real upload, still ends inside them.
 */
export const lingerLimits = { totalMs: 5000, idleMs: 1000, bytes: 16 * 1024 * 1024 };

const kLingering = Symbol('lingering');
type LingeringSocket = Socket & { [kLingering]?: true };

export const isLingering = (socket: Socket) => (socket as LingeringSocket)[kLingering] === true;

/** Half-closes after what has been written, then drops what the client still sends until it closes or a bound is hit. */
export function lingeringClose(socket: Socket): void {
  if (socket.destroyed || isLingering(socket)) return;
  (socket as LingeringSocket)[kLingering] = true;
  let read = 0;
  let lastReadAt = Date.now();
  const close = () => socket.destroy();
  const drop = (chunk: Buffer) => {
    read += chunk.length;
    lastReadAt = Date.now();
    if (read > lingerLimits.bytes) close();
  };
  // A 'data' listener takes the socket back from Node's HTTP parser; removing the parser's own listeners then stops
  // it from reading further requests on a connection that is closing.
  socket.on('data', drop);
  for (const listener of socket.listeners('data')) if (listener !== drop) socket.removeListener('data', listener as never);
  // The client has sent everything and read the answer: nothing is left that a close could reset.
  socket.once('end', close);
  let total: NodeJS.Timeout | undefined;
  let idle: NodeJS.Timeout | undefined;
  // Timers run before the event loop reads sockets: after a busy spell the idle bound would fire with the client's
  // bytes still unread. So it looks again once a turn of the loop has read them.
  const checkIdle = () =>
    setImmediate(() => {
      const quietFor = Date.now() - lastReadAt;
      if (quietFor >= lingerLimits.idleMs) close();
      else idle = setTimeout(checkIdle, lingerLimits.idleMs - quietFor).unref();
    });
  // The bounds start once the answer and the FIN are written: closing earlier would drop the answer itself.
  const startBounds = () => {
    lastReadAt = Date.now();
    total = setTimeout(close, lingerLimits.totalMs).unref();
    idle = setTimeout(checkIdle, lingerLimits.idleMs).unref();
  };
  socket.once('close', () => {
    clearTimeout(total);
    clearTimeout(idle);
  });
  if (socket.writableFinished) startBounds();
  else socket.once('finish', startBounds);
  socket.end();
  socket.resume();
}

/** Node calls destroySoon() after a response marked Connection: close; on these sockets it lingers instead. */
function lingerInsteadOfDestroy(this: Socket) {
  lingeringClose(this);
}

const hasBody = (raw: IncomingMessage) => raw.headers['content-length'] !== undefined || raw.headers['transfer-encoding'] !== undefined;

export default fp(
  async function lingeringCloses(app: FastifyInstance) {
    app.addHook('onSend', (request, reply, payload, done) => {
      const raw = request.raw;
      // complete: Node has the whole body. (Injected requests have no such property and no socket to close.)
      if (raw.complete === false && hasBody(raw)) {
        // Keeping the connection would mean reading a body of any size just to reach the next request.
        reply.header('connection', 'close');
        raw.socket.destroySoon = lingerInsteadOfDestroy;
      }
      done(null, payload);
    });
  },
  { name: 'lingering-close' },
);
