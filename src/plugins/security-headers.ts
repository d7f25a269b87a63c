// Security headers from helmet, with a Content-Security-Policy that Swagger UI at /docs runs under. The policy has
// no per-request part (no nonces), so helmet runs once at start-up and every response gets the same header set:
// @fastify/helmet re-ran helmet on each request, about a fifth of a render's cost.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      // Swagger UI loads its own scripts and styles from /docs, sets inline styles and draws data: SVG icons.
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      // TLS ends at the gateway: upgrading would break /docs reached over plain HTTP (port-forward, local runs).
      'upgrade-insecure-requests': null,
    },
  },
  frameguard: { action: 'deny' },
  // Nothing here is embedded cross-origin, and the API is read by servers and Swagger UI only.
  crossOriginResourcePolicy: { policy: 'same-site' },
};

/** The headers helmet sets with these options, computed by running it once against a recording response. */
export function securityHeaderSet(options: HelmetOptions = helmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as IncomingMessage, res, (err?: unknown) => (failure = err));
  if (failure) throw failure;
  return headers;
}

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    const headers = securityHeaderSet();
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  },
  { name: 'security-headers' },
);
