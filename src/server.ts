// Starts the service: config -> logger -> buildApp -> listen, with timeouts and a graceful close on signals.
import { setTimeout as sleep } from 'node:timers/promises';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, createConfig, type Config } from './config.js';
import { logDestination, loggerOptions } from './logging.js';
import { buildMetricsListener } from './metrics-listener.js';
import { startTracing } from './tracing.js';

/** How long shutdown waits for the last spans to reach the collector. */
const spanFlushMs = 1000;

function configOrExit(): Config {
  try {
    return createConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      // One line, naming the variable, and no stack: the operator fixes the environment, not the code.
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main() {
  const config = configOrExit();
  const options = loggerOptions(config);
  // pino-pretty (a TTY in development) writes through its own transport; JSON goes through the bounded writer.
  const destination = options.transport ? undefined : logDestination(config.logBufferBytes);
  // OTEL_EXPORTER_OTLP_ENDPOINT: spans exported with OTLP; unset, the OpenTelemetry SDK is not even loaded.
  const tracing = await startTracing();
  const app = await buildApp(config, {
    ...(tracing && { tracing }),
    logger: destination ? { ...options, stream: destination.stream } : options,
    ...(destination && { logDrops: destination.dropped }),
    timeouts: {
      // Idle sockets (a client that stops reading or writing) are dropped after this.
      connectionTimeout: config.connectionTimeoutMs,
      // The whole request, headers and body, must arrive within this (a slow upload gets 408).
      requestTimeout: config.requestTimeoutMs,
      // Longer than the gateway's idle timeout, so the gateway closes first and never reuses a socket we closed.
      keepAliveTimeout: config.keepAliveTimeoutMs,
      http: {
        ...(config.requestTimeoutMs > 0 ? { headersTimeout: config.requestTimeoutMs } : {}),
        // Node looks for expired requests every 30s by default; check often enough to enforce REQUEST_TIMEOUT_MS.
        connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(config.requestTimeoutMs / 4))),
      },
    },
  });

  // METRICS_PORT: /metrics on a listener of its own, up before the public one and closed after it, so a scrape
  // still sees a draining instance.
  const metricsListener = config.metricsPort === undefined ? undefined : await buildMetricsListener(app);

  // Past the grace period close-with-grace exits 1: in-flight work is abandoned rather than the pod killed mid-way.
  closeWithGrace({ delay: config.shutdownGraceMs, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal, delayMs: config.shutdownDelayMs }, 'draining');
    app.startDraining();
    // /readyz answers 503 for this long while still serving, so the gateway stops routing here first.
    if (config.shutdownDelayMs > 0 && !err) await sleep(config.shutdownDelayMs);
    // Connections the kernel has queued are answered (503) before the listener closes (plugins/last-call.ts).
    await app.stopAccepting();
    // In-flight requests finish; then onClose hooks (Redis) run.
    await app.close();
    await metricsListener?.close();
    // The last requests' spans, still in the exporter's buffer: a second at most, so a collector that is down does
    // not keep the process until SHUTDOWN_GRACE_MS ends it with exit 1.
    await tracing?.shutdown(spanFlushMs).catch((err: unknown) => app.log.warn({ err }, 'spans not exported at shutdown'));
    app.log.info('closed');
  });

  // Which runtime serves is the first thing to check after an upgrade; /metrics says it too (nodejs_version_info).
  app.log.info({ node: process.version }, `starting on Node.js ${process.version}`);
  if (metricsListener) {
    const address = await metricsListener.listen({ port: config.metricsPort, host: config.host });
    app.log.info({ listener: 'metrics' }, `serving /metrics at ${address}/metrics`);
  }
  await app.listen({ port: config.port, host: config.host });
}

await main();
