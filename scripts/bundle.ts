// Bundles the built server into one file, dist/server.mjs, which the Dockerfile and `npm start` run: resolving and
// compiling hundreds of small modules (zod alone has dozens) was a third of the time from spawn to ready.
import { build } from 'esbuild';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
await build({
  entryPoints: [join(root, 'dist', 'src', 'server.js')],
  outfile: join(root, 'dist', 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // Loaded from node_modules at run time: files they read beside their own code (Swagger UI's static assets, pino's
  // transport worker), optional or lazily loaded (Redis, pino-pretty, OpenTelemetry only with an OTLP endpoint), or
  // only for templates edited after a build.
  external: ['@fastify/swagger-ui', 'pino', 'pino-pretty', 'ioredis', 'handlebars', 'yaml', '@opentelemetry/sdk-node', '@fastify/otel'],
  // CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`bundled the server into ${join(root, 'dist', 'server.mjs')}`);
