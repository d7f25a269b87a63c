// The second listener of METRICS_PORT: /metrics alone, so scrapes stay off the public port and its gateway route.
import Fastify, { type FastifyInstance } from 'fastify';

/** A small app serving the given app's metrics at /metrics and nothing else; src/server.ts listens with it. */
export async function buildMetricsListener(app: FastifyInstance): Promise<FastifyInstance> {
  // Scrapes are not traffic: logged only at warn, like /metrics on the public listener.
  const listener = Fastify({ loggerInstance: app.log.child({ listener: 'metrics' }, { level: 'warn' }) });
  listener.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await app.scrapeMetrics();
    return reply.type(contentType).header('cache-control', 'no-store').send(body);
  });
  await listener.ready();
  return listener;
}
