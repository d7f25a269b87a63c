// Security headers: OWASP's REST set on every response, and helmet's full set, with a Content-Security-Policy that
// Swagger UI at /docs and the preview run under, on HTML (pages, and an email asked for as text/html). The policies
// have no per-request part (no nonces), so helmet runs once at start-up: @fastify/helmet re-ran it on each request.
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

/**
 * What a JSON API response needs (OWASP REST Security Cheat Sheet, "Security headers"): no sniffing, no caching of
 * personal data, nothing loadable or frameable from it, HTTPS remembered. A route may set its own Cache-Control.
 */
export const apiHeaderSet: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    const pageHeaders = securityHeaderSet();
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(apiHeaderSet);
      done();
    });
    // Documents a browser renders get the full set; a route's own Cache-Control (the preview's no-cache) stays.
    app.addHook('onSend', (_request, reply, payload, done) => {
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('text/html')) reply.headers(pageHeaders);
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);
