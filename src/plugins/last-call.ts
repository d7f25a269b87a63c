// Closing the listener without resetting anyone: at shutdown the listener stays open until the kernel's accept queue
// is empty, connections accepted meanwhile get a 503 to retry elsewhere, and connections that never sent a request
// are closed gently once they have had time to send one, rather than holding the shutdown until its grace runs out.
// Past half of the time left, every request that starts gets the 503, so a busy server finishes before the grace.
import type { AddressInfo, Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { waitForEmptyAcceptQueue } from '../accept-queue.js';
import { problemTypes } from '../messages/problems.js';
import { problem, sendProblem } from './errors.js';
import { lingeringClose } from './lingering-close.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers the connections the kernel has queued (503), then closes the listener; later calls wait for the first. */
    stopAccepting(): Promise<void>;
  }
  interface FastifyContextConfig {
    /** Per route: answered as usual on a connection accepted during the last call (the probes). */
    servedAtLastCall?: boolean;
  }
}

/** A connection that has sent nothing yet may still send its request for this long after it was accepted. */
export const firstRequestWaitMs = 1000;
export const lastCallRetryAfterSeconds = 1;

const kAcceptedAt = Symbol('accepted at');
const kLastCall = Symbol('accepted during the last call');
type TrackedSocket = Socket & { [kAcceptedAt]: number; [kLastCall]?: true };

export interface LastCallOptions {
  /**
   * From stopAccepting() to the forced exit: what SHUTDOWN_GRACE_MS leaves after SHUTDOWN_DELAY_MS. Past half of it,
   * the listener stays open only while the accept queue still shrinks and every request that starts gets the 503;
   * past three quarters it closes whatever is queued; the last quarter is for the answers under way.
   */
  budgetMs: number;
}

export default fp<LastCallOptions>(
  async function lastCall(app: FastifyInstance, { budgetMs }) {
    let lastCallOpen = false;
    /** When requests stop being served at all (0: not shutting down). */
    let lastOrdersAt = 0;
    let accepted = 0;
    // Open connections, so that shutdown can find those that never sent a byte: Node counts them neither idle nor
    // done, and after the listener closes nothing else would close them before SHUTDOWN_GRACE_MS runs out.
    const open = new Set<TrackedSocket>();
    app.server.on('connection', (socket: TrackedSocket) => {
      accepted++;
      socket[kAcceptedAt] = Date.now();
      if (lastCallOpen) socket[kLastCall] = true;
      open.add(socket);
      socket.once('close', () => open.delete(socket));
    });

    app.addHook('onRequest', (request, reply, done) => {
      const socket = request.raw.socket as TrackedSocket | undefined;
      // A cold server busy with a burst can have seconds of requests waiting in its sockets at SIGTERM; serving them
      // all could outlast SHUTDOWN_GRACE_MS, and the exit would then cut every one still unanswered.
      const tooLate = lastOrdersAt !== 0 && Date.now() >= lastOrdersAt;
      if ((socket?.[kLastCall] !== true && !tooLate) || request.routeOptions.config.servedAtLastCall) return done();
      reply.header('retry-after', String(lastCallRetryAfterSeconds)).header('connection', 'close');
      sendProblem(reply, problem(503, problemTypes.unavailable, 'Shutting down', 'This instance is shutting down; send the request again, and it will go to another one.'));
    });

    function closeSilentConnections() {
      const now = Date.now();
      const due: TrackedSocket[] = [];
      for (const socket of open) {
        if (socket.bytesRead > 0) open.delete(socket);
        else if (now - socket[kAcceptedAt] >= firstRequestWaitMs) due.push(socket);
      }
      // bytesRead counts what the process has read, not what clients sent: a server busy for seconds (a burst of
      // batches) has not read what arrived meanwhile. So a connection is silent only if it still has read nothing
      // after a poll of the sockets that began after its wait ran out (setImmediate runs after this turn's poll).
      if (due.length > 0) {
        setImmediate(() => {
          for (const socket of due) if (socket.bytesRead === 0 && !socket.destroyed) lingeringClose(socket);
        });
      }
    }

    let sweeper: NodeJS.Timeout | undefined;
    async function lastCallThenClose() {
      app.startDraining();
      if (!app.server.listening) return;
      lastCallOpen = true;
      const started = Date.now();
      lastOrdersAt = started + Math.floor(budgetMs / 2);
      const acceptedBefore = accepted;
      const port = (app.server.address() as AddressInfo).port;
      const left = await waitForEmptyAcceptQueue(port, Math.floor(budgetMs / 2), () => accepted, Math.floor((budgetMs * 3) / 4));
      if (left > 0) app.log.warn({ pending: left }, 'closing the listener with connections still queued');
      // Synchronously after the last look at the queue, before the event loop can accept or queue anything else.
      // Node also closes the idle keep-alive connections here; Fastify's own close then waits for the rest.
      app.server.close();
      app.log.info({ lastCallMs: Date.now() - started, connectionsAtLastCall: accepted - acceptedBefore }, 'listener closed');
      // Responses in flight end with Connection: close; keep-alive connections that go idle meanwhile are closed here.
      sweeper = setInterval(() => {
        app.server.closeIdleConnections();
        closeSilentConnections();
      }, 100).unref();
    }
    let stopping: Promise<void> | undefined;
    app.decorate('stopAccepting', () => (stopping ??= lastCallThenClose()));
    // server.ts calls stopAccepting() before close(): Fastify times each preClose hook out after its pluginTimeout
    // (10 s), which a busy last call could pass. Anyone else closing the app gets the same, within that time.
    app.addHook('preClose', () => app.stopAccepting());
    app.addHook('onClose', (_instance, done) => {
      clearInterval(sweeper);
      done();
    });
  },
  // Its 503 after SIGTERM is logged with the request's id and carries the security headers.
  { name: 'last-call', dependencies: ['health', 'request-log', 'security-headers'] },
);
