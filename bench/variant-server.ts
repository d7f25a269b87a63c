// One server per benchmark variant: the service with no protections, with one, or with all (as buildApp composes them).
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { pino } from 'pino';
import { buildApp } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { loggerOptions } from '../src/logging.js';
import { createMessageService } from '../src/messages/service.js';
import cors from '../src/plugins/cors.js';
import docs from '../src/plugins/docs.js';
import errors from '../src/plugins/errors.js';
import health from '../src/plugins/health.js';
import loadShedding from '../src/plugins/load-shedding.js';
import metrics from '../src/plugins/metrics.js';
import rateLimit from '../src/plugins/rate-limit.js';
import requestLog, { genReqId, RequestLogController } from '../src/plugins/request-log.js';
import securityHeaders from '../src/plugins/security-headers.js';
import { validatorCompiler } from '../src/plugins/validation.js';
import { catalogueRoutes } from '../src/routes/catalogue.js';
import { messageRoutes } from '../src/routes/messages.js';
import { buildFloor } from './floor.js';


type Variant = 'bare' | 'service' | 'all' | 'all-redis' | 'request-log' | 'metrics' | 'cors' | 'security-headers' | 'load-shedding' | 'rate-limit' | 'rate-limit-redis';

// Limits high enough never to trigger: the benchmark measures the checks, not the rejections.
const config = createConfig({
  LOG_LEVEL: 'info',
  CORS_ORIGINS: 'https://ats.example.com',
  RATE_LIMIT_MAX: '1000000',
  REDIS_URL: process.env.REDIS_URL,
  MAX_HEAP_USED_BYTES: String(2 ** 40),
});
// Log lines are written in full (JSON, synchronously) but to /dev/null, not to the benchmark's terminal.
const logger = () => pino(loggerOptions(config, { pretty: false }), pino.destination({ dest: '/dev/null', sync: true }));

async function build(variant: Variant): Promise<FastifyInstance> {
  if (variant === 'bare') {
    // The reference: the benchmark's floor, Fastify parsing a JSON body and answering JSON, nothing else.
    const app = buildFloor();
    app.get('/messages/tones', async () => ({ tones: [] }));
    return app;
  }
  if (variant === 'all' || variant === 'all-redis') {
    return buildApp({ ...config, redisUrl: variant === 'all-redis' ? config.redisUrl : undefined }, { loggerInstance: logger() });
  }
  const on = (p: Variant) => variant === p;
  const app = Fastify({
    ...(on('request-log') ? { loggerInstance: logger(), logController: new RequestLogController() } : {}),
    bodyLimit: config.bodyLimit,
    genReqId,
    requestIdHeader: false,
  }) as unknown as FastifyInstance;
  const service = createMessageService();
  app.removeContentTypeParser('text/plain');
  await app.register(errors);
  if (on('request-log')) await app.register(requestLog);
  if (on('metrics')) await app.register(metrics);
  else app.decorate('countRender', () => undefined);
  if (on('cors')) await app.register(cors, { corsOrigins: config.corsOrigins });
  if (on('security-headers')) await app.register(securityHeaders);
  if (on('load-shedding')) await app.register(loadShedding, { pressure: config.pressure });
  if (on('rate-limit') || on('rate-limit-redis')) await app.register(rateLimit, { ...config, redisUrl: on('rate-limit-redis') ? config.redisUrl : undefined });
  await app.register(health, { isReady: () => true });
  await app.register(docs);
  await app.register(async function api(scope) {
    scope.setValidatorCompiler(validatorCompiler);
    scope.setSerializerCompiler(serializerCompiler);
    await scope.withTypeProvider<ZodTypeProvider>().register(catalogueRoutes, { service });
    await scope.withTypeProvider<ZodTypeProvider>().register(messageRoutes, { service });
  });
  return app;
}

const app = await build(process.argv[2] as Variant);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address() as { port: number };
process.send?.({ port: address.port });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
