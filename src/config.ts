// Configuration from the environment, parsed once with zod; tests build Config objects directly.
import { isIP } from 'node:net';
import { z } from 'zod';

const int = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, message).max(max, message);
};

/** "500ms", "30s", "1m", "1h" or a bare number of milliseconds. */
const duration = z
  .string()
  .regex(/^\d+\s*(ms|s|m|h)?$/, 'must be a duration such as 500ms, 30s, 1m or 1h (a bare number is milliseconds)')
  .transform((s) => {
    const [, n, unit = 'ms'] = /^(\d+)\s*(ms|s|m|h)?$/.exec(s)!;
    return Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
  })
  .pipe(z.number().min(1, 'must be at least 1ms').max(24 * 3_600_000, 'must be at most 24h'));

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** "*" for any origin, else exact origins such as https://app.example.com (scheme, host and optional port). */
const corsOrigins = z
  .string()
  .transform(list)
  .refine((origins) => origins.every((o) => o === '*' || /^https?:\/\/[^/\s?#]+$/.test(o)), 'must be "*" or a comma-separated list of origins such as https://app.example.com')
  .transform((origins): string[] | '*' => (origins.includes('*') ? '*' : origins));

/** Fastify's trustProxy: true/false, a hop count, or a comma-separated list of addresses and CIDR ranges. */
const trustProxy = z.string().transform((s, ctx): boolean | number | string[] => {
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  if (/^\d+$/.test(s)) return Number(s);
  const entries = list(s);
  if (entries.length > 0 && entries.every((e) => isIP(e.split('/')[0]!) !== 0)) return entries;
  ctx.addIssue({ code: 'custom', message: 'must be true, false, a number of proxy hops, or a comma-separated list of IP addresses/CIDR ranges' });
  return z.NEVER;
});

/** true or false, in any case. */
const flag = z
  .string()
  .regex(/^(true|false)$/i, 'must be true or false')
  .transform((s) => s.toLowerCase() === 'true');

const ConfigSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  METRICS_PORT: int(0, 65535).optional(),
  DOCS_ENABLED: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_BUFFER_BYTES: int(16 * 1024, 256 * 1024 * 1024).default(4 * 1024 * 1024),
  BODY_LIMIT: int(1024, 10 * 1024 * 1024).default(256 * 1024),
  CORS_ORIGINS: corsOrigins.default([]),
  RATE_LIMIT_MAX: int(0, 1_000_000).default(600),
  RATE_LIMIT_WINDOW: duration.default(60_000),
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
  TRUST_PROXY: trustProxy.default(false),
  SHUTDOWN_GRACE_MS: int(100, 10 * 60_000).default(10_000),
  SHUTDOWN_DELAY_MS: int(0, 5 * 60_000).default(0),
  CONNECTION_TIMEOUT_MS: int(0, 10 * 60_000).default(30_000),
  REQUEST_TIMEOUT_MS: int(0, 10 * 60_000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: int(0, 10 * 60_000).default(72_000),
  MAX_EVENT_LOOP_DELAY_MS: int(0, 60_000).default(200),
  MAX_EVENT_LOOP_UTILIZATION: z.coerce.number({ message: 'must be a number from 0 to 1' }).min(0, 'must be a number from 0 to 1').max(1, 'must be a number from 0 to 1').default(0),
  MAX_HEAP_USED_BYTES: int(0, Number.MAX_SAFE_INTEGER).default(0),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// or postgresql:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').max(512).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').optional(),
  REQUIRE_API_KEY: flag.default(false),
  // Read again by the OpenTelemetry SDK itself (src/tracing.ts), with the other standard OTEL_* variables.
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
});

type Env = z.infer<typeof ConfigSchema>;

/** Every environment variable the service reads (README and .env.example document each). */
export const configVariables = Object.keys(ConfigSchema.shape) as (keyof Env)[];

export interface Config {
  port: number;
  host: string;
  /** A second listener, on HOST, that serves /metrics alone; /metrics then leaves the public one. Unset: one listener. */
  metricsPort?: number | undefined;
  /** Swagger UI at /docs and the preview at /preview; /openapi.json is served either way. */
  docsEnabled: boolean;
  logLevel: Env['LOG_LEVEL'];
  /** Log lines waiting for stdout are kept up to this many bytes; later ones are dropped and counted. */
  logBufferBytes: number;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Origins allowed to call the API from a browser; empty means no CORS headers at all. */
  corsOrigins: string[] | '*';
  /** Requests per client IP per window; 0 turns rate limiting off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Shared rate-limit store for several replicas; in memory (per replica) when absent. */
  redisUrl?: string | undefined;
  trustProxy: boolean | number | string[];
  /** The whole shutdown (delay included) must finish within this, or the process exits 1. */
  shutdownGraceMs: number;
  /** How long /readyz answers 503 while still serving, before the listener closes. */
  shutdownDelayMs: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Load shedding thresholds; 0 turns a check off. */
  pressure: { maxEventLoopDelayMs: number; maxEventLoopUtilization: number; maxHeapUsedBytes: number };
  /** PostgreSQL for tenants' templates, shared by replicas; unset: the SQLite file under dataDir. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file; ':memory:' keeps the store in memory (tests). */
  dataDir: string;
  /** Bearer token of the admin API under /admin; unset: no admin API. */
  adminToken?: string | undefined;
  /** Refuse /messages without an API key (401) instead of rendering our words. */
  requireApiKey: boolean;
  /** Where spans are exported with OTLP; tracing is off (and not loaded) without it. */
  otlpEndpoint?: string | undefined;
}

export class ConfigError extends Error {}

/** Values never echoed in an error message: a URL may carry a password. */
const secret = new Set(['REDIS_URL', 'DATABASE_URL', 'ADMIN_TOKEN', 'OTEL_EXPORTER_OTLP_ENDPOINT']);

function configError(name: string, value: string | undefined, message: string): ConfigError {
  const shown = secret.has(name) ? '(value hidden)' : JSON.stringify(value);
  return new ConfigError(`invalid environment variable ${name}=${shown}: ${message}`);
}

/** Reads the environment (or the given object); throws a ConfigError naming the first bad variable. */
export function createConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw configError(name, env[name], issue.message.replace(/^Invalid (input|option): /, ''));
  }
  const c = parsed.data;
  if (c.SHUTDOWN_DELAY_MS >= c.SHUTDOWN_GRACE_MS) {
    throw configError('SHUTDOWN_DELAY_MS', env.SHUTDOWN_DELAY_MS, `must be less than SHUTDOWN_GRACE_MS (${c.SHUTDOWN_GRACE_MS})`);
  }
  if (c.METRICS_PORT !== undefined && c.METRICS_PORT !== 0 && c.METRICS_PORT === c.PORT) {
    throw configError('METRICS_PORT', env.METRICS_PORT, `must differ from PORT (${c.PORT}): /metrics moves to a listener of its own`);
  }
  return {
    port: c.PORT,
    host: c.HOST,
    metricsPort: c.METRICS_PORT,
    docsEnabled: c.DOCS_ENABLED,
    logLevel: c.LOG_LEVEL,
    logBufferBytes: c.LOG_BUFFER_BYTES,
    bodyLimit: c.BODY_LIMIT,
    corsOrigins: c.CORS_ORIGINS,
    rateLimitMax: c.RATE_LIMIT_MAX,
    rateLimitWindowMs: c.RATE_LIMIT_WINDOW,
    redisUrl: c.REDIS_URL,
    trustProxy: c.TRUST_PROXY,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    shutdownDelayMs: c.SHUTDOWN_DELAY_MS,
    connectionTimeoutMs: c.CONNECTION_TIMEOUT_MS,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: c.KEEP_ALIVE_TIMEOUT_MS,
    pressure: {
      maxEventLoopDelayMs: c.MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: c.MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes: c.MAX_HEAP_USED_BYTES,
    },
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    adminToken: c.ADMIN_TOKEN,
    requireApiKey: c.REQUIRE_API_KEY,
    otlpEndpoint: c.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}

export const defaultConfig = (): Config => createConfig({});
