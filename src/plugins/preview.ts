// The preview page at /preview: static HTML, CSS and one script from preview/, outside the API contract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { projectRoot } from '../project-root.js';

/** Read once at start: a missing file stops the start instead of failing the first visitor. */
const files = [
  { url: '/preview', file: 'index.html', type: 'text/html; charset=utf-8' },
  { url: '/preview/preview.css', file: 'preview.css', type: 'text/css; charset=utf-8' },
  { url: '/preview/preview.js', file: 'preview.js', type: 'text/javascript; charset=utf-8' },
];

export default fp(
  async function preview(app: FastifyInstance) {
    const dir = join(projectRoot(), 'preview');
    for (const { url, file, type } of files) {
      const body = readFileSync(join(dir, file));
      // The page builds itself from /openapi.json, so it must not outlive a deploy in a cache.
      app.get(url, { schema: { hide: true } }, (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
    }
  },
  { name: 'preview' },
);
