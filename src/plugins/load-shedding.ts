// Load shedding: while the event loop lags (or heap passes a limit), answer 503 with Retry-After instead of queueing.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Per route: return undefined to serve the request even under pressure (probes, metrics). */
    pressureHandler?: (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => void;
  }
}

export const retryAfterSeconds = 10;

export default fp<Pick<Config, 'pressure'>>(
  async function loadShedding(app: FastifyInstance, { pressure }) {
    await app.register(underPressure, {
      maxEventLoopDelay: pressure.maxEventLoopDelayMs,
      maxEventLoopUtilization: pressure.maxEventLoopUtilization,
      maxHeapUsedBytes: pressure.maxHeapUsedBytes,
      // The spread of one second's samples rather than the lifetime average, so pressure ends when the load does.
      eventLoopUtilizationMode: 'interval',
      retryAfter: retryAfterSeconds,
    });
  },
  // A shed request still gets its id, log line, CORS and security headers: their onRequest hooks must run first.
  { name: 'load-shedding', dependencies: ['request-log', 'cors', 'security-headers'] },
);
