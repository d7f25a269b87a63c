// buildApp(config): registers plugins and routes; never listens (src/server.ts does).
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { createMessageService, type MessageService } from './messages/service.js';
import docs from './plugins/docs.js';
import errors from './plugins/errors.js';
import { validatorCompiler } from './plugins/validation.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { messageRoutes } from './routes/messages.js';

export interface AppOptions {
  /** Fastify's logger option; server.ts passes pino options, tests leave it off. */
  logger?: FastifyServerOptions['logger'];
  service?: MessageService;
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimit,
    // JSON.parse keeps "__proto__" and "constructor" as plain own keys, which the strict schemas then reject by name
    // ("/__proto__ is not a known field"), better than an anonymous parse error. No code merges raw bodies.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
  });
  const service = options.service ?? createMessageService();
  // JSON only: without this, Fastify would accept text/plain bodies and fail them as invalid JSON objects.
  app.removeContentTypeParser('text/plain');

  await app.register(errors);
  await app.register(docs);
  await app.register(async function api(scope) {
    // zod compilers only for the API: other plugins' routes carry plain JSON schemas.
    scope.setValidatorCompiler(validatorCompiler);
    scope.setSerializerCompiler(serializerCompiler);
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    await typed.register(catalogueRoutes, { service });
    await typed.register(messageRoutes, { service });
  });
  await app.ready();
  return app;
}
