// CORS for the browsers of the origins in CORS_ORIGINS only; with none configured, no CORS headers at all.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

export default fp<Pick<Config, 'corsOrigins'>>(
  async function corsPolicy(app: FastifyInstance, { corsOrigins }) {
    if (corsOrigins !== '*' && corsOrigins.length === 0) return;
    await app.register(cors, {
      origin: corsOrigins === '*' ? '*' : corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'if-none-match', 'x-request-id'],
      // Browser callers need these to retry politely and to quote a request id in a support ticket.
      exposedHeaders: ['x-request-id', 'retry-after', 'etag', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
