// Rate limiting per client IP (the forwarded one behind TRUST_PROXY): in memory, or shared through Redis.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { hash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

type Options = Pick<Config, 'rateLimitMax' | 'rateLimitWindowMs' | 'redisUrl'>;

export default fp<Options>(
  async function rateLimiting(app: FastifyInstance, { rateLimitMax, rateLimitWindowMs, redisUrl }) {
    if (rateLimitMax === 0) return;
    // Short timeouts and no offline queue: a slow or absent Redis must not hold requests.
    // Loaded only when used: ioredis is a fifth of the start-up time of a replica that counts in memory.
    const redis = redisUrl
      ? new (await import('ioredis')).Redis(redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true })
      : undefined;
    if (redis) {
      // ioredis reports every failed reconnect; log the changes of state only.
      let reachable = true;
      redis.on('error', (err: Error) => {
        if (reachable) app.log.warn({ err: err.message }, 'rate limiting: Redis unreachable, requests are not limited meanwhile');
        reachable = false;
      });
      redis.on('ready', () => {
        if (!reachable) app.log.info('rate limiting: Redis reachable again');
        reachable = true;
      });
      await redis.connect().catch(() => undefined);
      app.addHook('onClose', async () => {
        redis.disconnect();
      });
    }
    await app.register(rateLimit, {
      max: rateLimitMax,
      // Per API key when a request sends one (a hash of it: no key is kept in memory or Redis), else per address.
      // The key is counted before it is checked, so made-up keys get their own buckets, not a valid key's.
      keyGenerator: (request) => {
        const authorization = request.headers.authorization;
        return authorization ? `key:${hash('sha256', authorization, 'base64url').slice(0, 22)}` : request.ip;
      },
      timeWindow: rateLimitWindowMs,
      ...(redis ? { redis, nameSpace: 'decline-messages:rate-limit:' } : {}),
      // If the shared store fails, serve rather than fail every request.
      skipOnError: true,
      // The x-ratelimit-* headers inform when a client is refused (with Retry-After); on every other response they
      // were three headers a request that no caller acts on.
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    });
  },
  // A refused request still gets its id, log line, CORS and security headers: their onRequest hooks must run first.
  { name: 'rate-limit', dependencies: ['request-log', 'cors', 'security-headers'] },
);
