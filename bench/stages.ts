// In-process cost of the request's stages, in CPU microseconds per request, for the benchmark's breakdown: each
// stage timed alone over the same bodies the load uses, and the whole app through Fastify's inject beside a floor
// app through inject, so what the hooks and the framework add shows as the difference.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import { projectRoot } from '../src/project-root.js';

// The built code (npm run bench builds first), which is what production runs; tsx's transform would add its own cost.
const built = <T>(path: string): Promise<T> => import(pathToFileURL(join(projectRoot(), 'dist', path)).href) as Promise<T>;
const { buildApp } = await built<typeof import('../src/app.js')>('src/app.js');
const { createConfig } = await built<typeof import('../src/config.js')>('src/config.js');
const { loggerOptions } = await built<typeof import('../src/logging.js')>('src/logging.js');
const { MessageRequestSchema } = await built<typeof import('../src/messages/schema.js')>('src/messages/schema.js');
const { createMessageService } = await built<typeof import('../src/messages/service.js')>('src/messages/service.js');
const { zodValidator } = await built<typeof import('../src/plugins/validation.js')>('src/plugins/validation.js');
const { buildFloor } = await built<typeof import('./floor.js')>('bench/floor.js');

/** CPU microseconds per call of `step` over `items`, repeated for about `ms` after a warm-up. */
function cpuMicros<T>(items: readonly T[], ms: number, step: (item: T) => unknown): number {
  for (let i = 0; i < Math.min(items.length * 2, 5000); i++) step(items[i % items.length]!);
  const start = process.cpuUsage();
  const wall = performance.now();
  let n = 0;
  while (performance.now() - wall < ms) for (let k = 0; k < 50; k++) step(items[n++ % items.length]!);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

async function injectMicros(app: FastifyInstance, bodies: readonly string[], ms: number): Promise<number> {
  const send = (body: string) => app.inject({ method: 'POST', url: '/messages', headers: { 'content-type': 'application/json' }, payload: body });
  for (let i = 0; i < 2000; i++) await send(bodies[i % bodies.length]!);
  const start = process.cpuUsage();
  const wall = performance.now();
  let n = 0;
  while (performance.now() - wall < ms) await Promise.all(Array.from({ length: 20 }, () => send(bodies[n++ % bodies.length]!)));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

export interface Stages {
  parse: number;
  validate: number;
  render: number;
  serialize: number;
  /** Render alone per language variant, over that variant's share of the bodies (the budget: 50 µs). */
  renderByLanguage: Record<string, number>;
  /** The service through inject, minus the floor through inject: every hook, header, negotiation and stage above. */
  appOverFloor: number;
}

export async function measureStages(bodies: readonly string[], ms: number): Promise<Stages> {
  const service = createMessageService();
  const parsed = bodies.map((b) => JSON.parse(b) as unknown);
  const validate = zodValidator(MessageRequestSchema);
  const valid = parsed.map((p) => (validate(p) as { value: any }).value);
  const messages = valid.map((v) => {
    const r = service.render(v);
    if (!r.ok) throw new Error(`a benchmark body does not render: ${JSON.stringify(r.errors)}`);
    return r.message;
  });
  const stages = {
    parse: cpuMicros(bodies, ms, (b) => JSON.parse(b)),
    validate: cpuMicros(parsed, ms, validate),
    render: cpuMicros(valid, ms, (v) => service.render(v)),
    serialize: cpuMicros(messages, ms, (m) => JSON.stringify(m)),
  };
  const tags = [...new Set(valid.map((v) => v.language as string))];
  const renderByLanguage = Object.fromEntries(
    tags.map((tag) => [tag, cpuMicros(valid.filter((v) => v.language === tag), ms / 4, (v) => service.render(v))]),
  );
  // Production settings, logging at info to /dev/null, so the log line's cost is in the figure.
  const config = createConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000', DATA_DIR: ':memory:' });
  const logger = pino(loggerOptions(config, { pretty: false }), pino.destination({ dest: '/dev/null', sync: true }));
  const app = await buildApp(config, { service, loggerInstance: logger as unknown as FastifyBaseLogger });
  const floor = buildFloor();
  await floor.ready();
  const appMicros = await injectMicros(app, bodies, ms);
  const floorMicros = await injectMicros(floor, bodies, ms);
  await Promise.all([app.close(), floor.close()]);
  return { ...stages, renderByLanguage, appOverFloor: appMicros - floorMicros };
}
