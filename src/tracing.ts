// OpenTelemetry traces, only when an OTLP endpoint is configured: the SDK and @fastify/otel are imported here and
// nowhere else, so without OTEL_EXPORTER_OTLP_ENDPOINT nothing of them is loaded and requests pay nothing for them.
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import type { Span } from '@opentelemetry/api';

export interface Tracing {
  /** @fastify/otel's plugin: registered before any other, so that every route and the 404 handler get a span. */
  plugin: FastifyPluginCallback;
  /**
   * Exports the spans still buffered and stops; call it once the server has closed. Rejects after `maxMs`: an OTLP
   * export waits 10 s for a collector that does not answer, which would use up the shutdown's grace.
   */
  shutdown(maxMs: number): Promise<void>;
}

/** The service's name in traces unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES names it. */
export const defaultServiceName = 'decline-messages';

/** Probes and scrapes are not traffic (the metrics leave them out too); a span for each would bury the requests. */
const untraced = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Tracing is on when an OTLP endpoint is set (for all signals or for traces) and the standard switches do not turn it
 * off: OTEL_SDK_DISABLED=true, or OTEL_TRACES_EXPORTER=none.
 */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return false;
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  return !(env.OTEL_TRACES_EXPORTER ?? '').split(',').some((e) => e.trim() === 'none');
}

/**
 * Keeps errors' messages out of a span's status, as recordExceptions: false keeps them out of its events: a message
 * can quote the request (a JSON syntax error quotes the body). The status still says the request failed.
 */
function withoutErrorMessages(span: Span) {
  const setStatus = span.setStatus.bind(span);
  span.setStatus = (status) => setStatus({ code: status.code });
}

/** The request span's name and a path without its query string, which a client could fill with anything. */
function nameRequestSpan(span: Span, request: FastifyRequest) {
  withoutErrorMessages(span);
  const route = request.routeOptions.url;
  span.updateName(route ? `${request.method} ${route}` : request.method);
  span.setAttribute('url.path', request.url.split('?', 1)[0]!);
}

/**
 * Starts the OpenTelemetry SDK (OTLP exporter, W3C trace context, batch export, the standard OTEL_* variables) with
 * @fastify/otel, or returns undefined when tracing is off. The SDK reads process.env itself, so this reads it too.
 */
export async function startTracing(): Promise<Tracing | undefined> {
  const env = process.env;
  if (!tracingEnabled(env)) return undefined;
  const [{ NodeSDK }, { FastifyOtelInstrumentation }] = await Promise.all([import('@opentelemetry/sdk-node'), import('@fastify/otel')]);
  const instrumentation = new FastifyOtelInstrumentation({
    // One span per request: a span for each of the dozen hooks, or for the handler, would cost more than it tells.
    instrumentHooks: false,
    instrumentHandler: false,
    // An exception's message can quote the request (a JSON syntax error quotes the body): none goes into a span.
    recordExceptions: false,
    ignorePaths: (route: { url: string }) => untraced.has(route.url.split('?', 1)[0]!),
    requestHook: nameRequestSpan,
  });
  const named = Boolean(env.OTEL_SERVICE_NAME) || /(^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  const sdk = new NodeSDK({
    ...(named ? {} : { serviceName: defaultServiceName }),
    instrumentations: [instrumentation],
    // Traces only: metrics stay on /metrics for Prometheus, and logs on stdout.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return {
    plugin: instrumentation.plugin(),
    shutdown: (maxMs) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`spans not exported within ${maxMs} ms`)), maxMs);
        sdk.shutdown().then(resolve, reject).finally(() => clearTimeout(timer));
      }),
  };
}
