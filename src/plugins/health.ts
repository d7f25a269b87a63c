// Probes: /healthz (the process answers) and /readyz (not draining), outside the API docs. The message service,
// templates compiled and checked, exists before the app is built, so a listening app is ready until it drains.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { problemTypes } from '../messages/problems.js';
import { problem, sendProblem } from './errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Turns /readyz to 503 and closes each keep-alive connection after its next response. */
    startDraining(): void;
    readonly draining: boolean;
  }
}

// Probes are cheap and must answer when the API is shedding load or rate limiting: the orchestrator decides with them.
const probeConfig = { rateLimit: false as const, pressureHandler: () => undefined, servedAtLastCall: true };

export default fp(
  async function health(app: FastifyInstance) {
    let draining = false;
    app.decorate('draining', { getter: () => draining });
    app.decorate('startDraining', () => {
      if (draining) return;
      draining = true;
      // Keep-alive clients (a gateway's pool) move to other replicas instead of racing the closing listener.
      app.server.prependListener('request', (_req, res) => {
        res.shouldKeepAlive = false;
      });
    });
    const schema = { hide: true, response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } };

    app.get('/healthz', { schema, config: probeConfig, logLevel: 'warn' }, async () => ({ status: 'ok' }));

    app.get('/readyz', { schema, config: { rateLimit: false, servedAtLastCall: true }, logLevel: 'warn' }, async (_request, reply) => {
      if (draining) {
        reply.header('retry-after', '5');
        return sendProblem(reply, problem(503, problemTypes.unavailable, 'Shutting down', 'This instance is draining before it stops; send requests to another one.'));
      }
      return { status: 'ready' };
    });
  },
  { name: 'health' },
);
