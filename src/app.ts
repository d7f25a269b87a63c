// buildApp(config): registers plugins and routes; never listens (src/server.ts does).
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { createMessageService, type MessageService } from './messages/service.js';
import { clientErrorHandler } from './plugins/client-errors.js';
import cors from './plugins/cors.js';
import docs from './plugins/docs.js';
import errors from './plugins/errors.js';
import health from './plugins/health.js';
import lastCall from './plugins/last-call.js';
import lingeringClose from './plugins/lingering-close.js';
import loadShedding from './plugins/load-shedding.js';
import metrics from './plugins/metrics.js';
import preview from './plugins/preview.js';
import rateLimit from './plugins/rate-limit.js';
import requestLog, { genReqId, rememberingChildLoggerFactory, RequestLogController } from './plugins/request-log.js';
import securityHeaders from './plugins/security-headers.js';
import tracingPlugin from './plugins/tracing.js';
import { validatorCompiler } from './plugins/validation.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { messageRoutes } from './routes/messages.js';
import { reasonRoutes } from './routes/reasons.js';
import { adminRoutes } from './routes/admin.js';
import { settingsRoutes } from './routes/settings.js';
import { templateRoutes } from './routes/templates.js';
import { identify } from './plugins/api-keys.js';
import { createTenancy, type Tenancy } from './tenants/tenancy.js';
import type { Tracing } from './tracing.js';

export interface AppOptions {
  /** Fastify's logger option; server.ts passes pino options, tests leave it off. */
  logger?: FastifyServerOptions['logger'];
  /** A ready-made pino logger instead (tests that read the log lines). */
  loggerInstance?: FastifyBaseLogger;
  /** Socket timeouts, set by server.ts. */
  timeouts?: Pick<FastifyServerOptions, 'connectionTimeout' | 'requestTimeout' | 'keepAliveTimeout'> & {
    http?: { headersTimeout?: number; connectionsCheckingInterval?: number };
  };
  service?: MessageService;
  /** Log lines dropped so far by a bounded log writer, for the metric. */
  logDrops?: () => number;
  /** Platforms' keys, templates and settings; made from DATABASE_URL or DATA_DIR (and closed with the app) when absent. */
  tenancy?: Tenancy;
  /** OpenTelemetry, when server.ts has started it (src/tracing.ts); absent, nothing of it is loaded. */
  tracing?: Tracing;
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: options.logger ?? false }),
    ...options.timeouts,
    bodyLimit: config.bodyLimit,
    // JSON.parse keeps "__proto__" and "constructor" as plain own keys, which the strict schemas then reject by name
    // ("/__proto__ is not a known field"), better than an anonymous parse error. No code merges raw bodies.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    // A hop count becomes the function Fastify's types ask for: trust that many proxies in front.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    genReqId,
    requestIdHeader: false,
    logController: new RequestLogController(),
    // With tracing, each request's logger is made again once its span exists, to carry the trace's ids.
    ...(options.tracing && { childLoggerFactory: rememberingChildLoggerFactory }),
    // While closing, requests on connections accepted before SIGTERM are served; last-call.ts answers later ones 503.
    return503OnClosing: false,
    // Requests Node rejects itself (timeouts, malformed HTTP) are answered as problems and closed without a reset.
    clientErrorHandler,
  }) as unknown as FastifyInstance;
  const service = options.service ?? createMessageService();
  // Catalogues load on first use, so a start is ready sooner; once listening, the rest load between requests.
  app.addHook('onListen', (done) => {
    service.warm().catch((err: unknown) => app.log.error({ err }, 'templates failed to load'));
    done();
  });
  // JSON only: without this, Fastify would accept text/plain bodies and fail them as invalid JSON objects.
  app.removeContentTypeParser('text/plain');

  // Hooks run in this order: so rate-limited and shed requests still get an id, a log line, a metric and CORS headers.
  // The request span comes first, so that everything after it, the 404 handler included, is inside it.
  await app.register(tracingPlugin, { ...(options.tracing && { tracing: options.tracing }) });
  // Where a 404 points: Swagger UI, or the document itself when DOCS_ENABLED=false.
  await app.register(errors, { docsPath: config.docsEnabled ? '/docs' : '/openapi.json' });
  await app.register(lingeringClose);
  await app.register(requestLog);
  // With METRICS_PORT, /metrics is served by a second listener (src/metrics-listener.ts), not here.
  await app.register(metrics, { route: config.metricsPort === undefined, ...(options.logDrops && { logDrops: options.logDrops }) });
  await app.register(cors, { corsOrigins: config.corsOrigins });
  await app.register(securityHeaders);
  await app.register(loadShedding, { pressure: config.pressure });
  await app.register(rateLimit, config);
  await app.register(health);
  // What SHUTDOWN_GRACE_MS leaves after SHUTDOWN_DELAY_MS, shared out between the last call and the answers under way.
  await app.register(lastCall, { budgetMs: config.shutdownGraceMs - config.shutdownDelayMs });
  await app.register(docs, { ui: config.docsEnabled });
  if (config.docsEnabled) await app.register(preview);
  // The store opens (and migrates, or retries in the background while built-in words serve) before the API exists.
  const tenancy =
    options.tenancy ??
    (await createTenancy(service, {
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      log: app.log,
      onStoreError: (operation) => app.countStoreError(operation),
    }));
  if (!options.tenancy) app.addHook('onClose', () => tenancy.close());
  app.decorateRequest('principal', null);
  // The operator's API: its own bearer token, so outside the scope that reads API keys.
  await app.register(async function admin(scope) {
    scope.setValidatorCompiler(validatorCompiler);
    scope.setSerializerCompiler(() => (data) => JSON.stringify(data));
    await scope.withTypeProvider<ZodTypeProvider>().register(adminRoutes, { tenancy, adminToken: config.adminToken, docsPath: config.docsEnabled ? '/docs' : '/openapi.json' });
  });
  await app.register(async function api(scope) {
    // zod validates the API's requests; other plugins' routes carry plain JSON schemas.
    scope.setValidatorCompiler(validatorCompiler);
    // Responses are built by typed code from the same schemas, so they are written with JSON.stringify: zod's
    // serializer re-validated every response (a tenth of a request's cost), and fast-json-stringify is slower
    // than JSON.stringify on these string-heavy messages. The tests check responses against the schemas.
    scope.setSerializerCompiler(() => (data) => JSON.stringify(data));
    // Who the request acts for: a tenant's API key, or nobody (our words).
    scope.addHook('onRequest', identify(tenancy, config.requireApiKey));
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    await typed.register(catalogueRoutes, { service, tenancy });
    await typed.register(messageRoutes, { service, tenancy });
    await typed.register(reasonRoutes, { service });
    await typed.register(templateRoutes, { tenancy });
    await typed.register(settingsRoutes, { tenancy });
  });
  await app.ready();
  return app;
}
