// Prometheus metrics at /metrics: requests by route and status, renders by scenario/tone/channel, Node process metrics.
import type { FastifyInstance } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import fp from 'fastify-plugin';
import promClient from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts one rendered message; the routes call it so the domain stays free of metrics. */
    countRender(message: { scenario: string; tone: string; channel: string }): void;
  }
}

// Rendering takes about a millisecond; the buckets resolve that range and the timeouts above it.
const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

export default fp<{ logDrops?: () => number }>(
  async function metrics(app: FastifyInstance, { logDrops }) {
    // One registry per app, so several apps in one process (tests) do not collide in prom-client's global one.
    const registry = new promClient.Registry();
    // fastify-metrics is CommonJS: under ESM its plugin is the module's `.default`.
    await app.register(fastifyMetrics.default, {
      promClient,
      endpoint: null,
      defaultMetrics: { enabled: true, register: registry },
      routeMetrics: {
        // A histogram only: its _count is the request count, and a summary costs more per request.
        enabled: { histogram: true, summary: false },
        routeBlacklist: ['/metrics', '/healthz', '/readyz'],
        overrides: {
          histogram: { name: 'http_request_duration_seconds', buckets, registers: [registry] },
          // Created even when disabled; kept out of the global registry all the same.
          summary: { registers: [registry] },
        },
      },
    });

    const renders = new promClient.Counter({
      name: 'messages_rendered_total',
      help: 'Messages rendered, by scenario, tone and channel.',
      labelNames: ['scenario', 'tone', 'channel'] as const,
      registers: [registry],
    });
    app.decorate('countRender', ({ scenario, tone, channel }: { scenario: string; tone: string; channel: string }) => {
      renders.inc({ scenario, tone, channel });
    });

    let countedDrops = 0;
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

    app.get(
      '/metrics',
      { schema: { hide: true }, config: { rateLimit: false, pressureHandler: () => undefined }, logLevel: 'warn' },
      async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );
  },
  { name: 'metrics' },
);
