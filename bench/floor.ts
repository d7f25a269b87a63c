// The floor: a bare Fastify app with one POST route that parses the same JSON body and returns a constant JSON
// of the size of a typical rendered message. Nothing can be faster on this framework and machine.
import Fastify from 'fastify';

const size = Number(process.env.FLOOR_RESPONSE_BYTES ?? 2400);
const filler = 'x'.repeat(Math.max(0, size - 40));
const constant = { id: 'floor', text: filler, ok: true };

const app = Fastify({ logger: false });
app.post('/messages', async () => constant);
app.get('/readyz', async () => ({ status: 'ready' }));

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(`listening ${address}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void app.close().then(() => process.exit(0)));
