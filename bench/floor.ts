// The floor: a bare Fastify app with one POST route that parses the same JSON body and returns a constant JSON
// of the size of a typical rendered message. Nothing can be faster on this framework and machine.
import { pathToFileURL } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';

export function buildFloor(responseBytes = 2400): FastifyInstance {
  const constant = { id: 'floor', text: 'x'.repeat(Math.max(0, responseBytes - 40)), ok: true };
  const app = Fastify({ logger: false });
  app.post('/messages', async () => constant);
  app.get('/readyz', async () => ({ status: 'ready' }));
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const app = buildFloor(Number(process.env.FLOOR_RESPONSE_BYTES ?? 2400));
  const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
  // The same line the service logs, so one helper starts either.
  process.stdout.write(JSON.stringify({ msg: `Server listening at ${address}` }) + '\n');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void app.close().then(() => process.exit(0)));
}
