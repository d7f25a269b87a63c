// Security headers (helmet), with a Content-Security-Policy that Swagger UI at /docs runs under.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(helmet, {
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
    });
  },
  { name: 'security-headers' },
);
