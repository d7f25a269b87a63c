// Prometheus metrics at /metrics: requests by route and status, renders by scenario/tone/channel, dropped log lines,
// Node process metrics.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import promClient from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts one rendered message; the routes call it so the domain stays free of metrics. */
    countRender(message: { scenario: string; tone: string; channel: string }): void;
    /** Counts one failed operation of the template store, by operation. */
    countStoreError(operation: string): void;
    /** The Prometheus text of every metric, for whichever listener serves /metrics. */
    scrapeMetrics(): Promise<{ contentType: string; body: string }>;
  }
}

// Rendering takes about a millisecond; the buckets resolve that range and the timeouts above it.
const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];
/** Probes and scrapes are not traffic; unknown paths have no route and are not counted either. */
const unmeasured = new Set(['/metrics', '/healthz', '/readyz']);

type Tree<T> = Map<string | number, Tree<T> | T>;

/**
 * prom-client's child for a set of label values, made once and then found by one map lookup per label: passing a
 * labels object hashed it (keys sorted, a string built) on every request.
 */
function childCache<T>(make: (...values: (string | number)[]) => T): (a: string, b: string, c: string | number) => T {
  const root: Tree<T> = new Map();
  const branch = (node: Tree<T>, key: string | number) => {
    let next = node.get(key) as Tree<T> | undefined;
    if (!next) node.set(key, (next = new Map()));
    return next;
  };
  return (a, b, c) => {
    const leaf = branch(branch(root, a), b);
    let child = leaf.get(c) as T | undefined;
    if (child === undefined) leaf.set(c, (child = make(a, b, c)));
    return child;
  };
}

export interface MetricsOptions {
  logDrops?: () => number;
  /** false: no /metrics route here, as a second listener serves it (src/metrics-listener.ts). */
  route?: boolean;
}

export default fp<MetricsOptions>(
  async function metrics(app: FastifyInstance, { logDrops, route = true }) {
    // One registry per app, so several apps in one process (tests) do not collide in prom-client's global one.
    const registry = new promClient.Registry();
    promClient.collectDefaultMetrics({ register: registry });

    // A histogram only: its _count is the request count, and a summary costs more per request.
    const durations = new promClient.Histogram({
      name: 'http_request_duration_seconds',
      help: 'Request duration in seconds, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets,
      registers: [registry],
    });
    const duration = childCache((method, route, status) => durations.labels(String(method), String(route), String(status)));
    // onResponse runs for every answer, the 429s and 503s of the protections included.
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url;
      if (route !== undefined && !unmeasured.has(route)) duration(request.method, route, reply.statusCode).observe(reply.elapsedTime / 1000);
      done();
    });

    const renders = new promClient.Counter({
      name: 'messages_rendered_total',
      help: 'Messages rendered, by scenario, tone and channel.',
      labelNames: ['scenario', 'tone', 'channel'] as const,
      registers: [registry],
    });
    const rendered = childCache((scenario, tone, channel) => renders.labels(String(scenario), String(tone), String(channel)));
    app.decorate('countRender', ({ scenario, tone, channel }: { scenario: string; tone: string; channel: string }) => {
      rendered(scenario, tone, channel).inc();
    });

    const storeErrors = new promClient.Counter({
      name: 'store_errors_total',
      help: "Failed operations of the template store (platforms' templates, keys and settings), by operation.",
      labelNames: ['operation'] as const,
      registers: [registry],
    });
    app.decorate('countStoreError', (operation: string) => {
      storeErrors.labels(operation).inc();
    });

    let countedDrops = 0;
    // Registered by its constructor and read only through collect(); no one holds it.
    // eslint-disable-next-line no-new
    new promClient.Counter({
      name: 'log_lines_dropped_total',
      help: 'Log lines dropped because stdout did not keep up and the log buffer (LOG_BUFFER_BYTES) was full.',
      registers: [registry],
      collect() {
        const dropped = logDrops?.() ?? 0;
        if (dropped > countedDrops) this.inc(dropped - countedDrops);
        countedDrops = dropped;
      },
    });

    app.decorate('scrapeMetrics', async () => ({ contentType: registry.contentType, body: await registry.metrics() }));
    if (!route) return;
    app.get(
      '/metrics',
      { schema: { hide: true }, config: { rateLimit: false, pressureHandler: () => undefined }, logLevel: 'warn' },
      async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );
  },
  { name: 'metrics' },
);
