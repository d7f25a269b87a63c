// Configuration: defaults, parsing, and a bad value stopping the process with one line naming the variable.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../src/config.js';
import { tracingEnabled } from '../src/tracing.js';

function errorFor(env: Record<string, string>): string {
  try {
    createConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('createConfig', () => {
  it('has working defaults for every setting', () => {
    const config = createConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      corsOrigins: [],
      rateLimitMax: 600,
      rateLimitWindowMs: 60_000,
      trustProxy: false,
      shutdownGraceMs: 10_000,
      shutdownDelayMs: 0,
    });
    expect(config.redisUrl).toBeUndefined();
    expect(config.metricsPort).toBeUndefined();
    expect(config.docsEnabled).toBe(true);
    expect(config.requestTimeoutMs).toBeGreaterThan(0);
    expect(config.keepAliveTimeoutMs).toBeGreaterThan(60_000);
  });

  it('parses lists, durations and proxy trust the way operators write them', () => {
    const config = createConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://ats.example.com, http://localhost:5173',
      RATE_LIMIT_MAX: '50',
      RATE_LIMIT_WINDOW: '30s',
      TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
      SHUTDOWN_GRACE_MS: '25000',
      SHUTDOWN_DELAY_MS: '5000',
      REDIS_URL: 'redis://cache:6379/0',
    });
    expect(config).toMatchObject({
      port: 8080,
      corsOrigins: ['https://ats.example.com', 'http://localhost:5173'],
      rateLimitMax: 50,
      rateLimitWindowMs: 30_000,
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      shutdownGraceMs: 25_000,
      shutdownDelayMs: 5_000,
      redisUrl: 'redis://cache:6379/0',
    });
    expect(createConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(createConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(createConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(createConfig({ RATE_LIMIT_WINDOW: '1m' }).rateLimitWindowMs).toBe(60_000);
    expect(createConfig({ RATE_LIMIT_WINDOW: '1500' }).rateLimitWindowMs).toBe(1500);
    expect(createConfig({ METRICS_PORT: '9090' }).metricsPort).toBe(9090);
    expect(createConfig({ METRICS_PORT: '0', PORT: '0' }).metricsPort).toBe(0);
    expect(createConfig({ DOCS_ENABLED: 'false' }).docsEnabled).toBe(false);
    expect(createConfig({ DOCS_ENABLED: 'TRUE' }).docsEnabled).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(createConfig({ PORT: '', CORS_ORIGINS: ' ' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, /^invalid environment variable PORT="abc": must be a whole number from 0 to 65535$/],
    [{ PORT: '70000' }, /^invalid environment variable PORT="70000"/],
    [{ LOG_LEVEL: 'verbose' }, /^invalid environment variable LOG_LEVEL="verbose": expected one of/],
    [{ BODY_LIMIT: '10' }, /^invalid environment variable BODY_LIMIT="10"/],
    [{ CORS_ORIGINS: 'ats.example.com' }, /^invalid environment variable CORS_ORIGINS="ats.example.com": must be "\*" or/],
    [{ RATE_LIMIT_MAX: '-1' }, /^invalid environment variable RATE_LIMIT_MAX="-1"/],
    [{ RATE_LIMIT_WINDOW: '5 minutes' }, /^invalid environment variable RATE_LIMIT_WINDOW="5 minutes": must be a duration/],
    [{ TRUST_PROXY: 'yes' }, /^invalid environment variable TRUST_PROXY="yes": must be true, false/],
    [{ SHUTDOWN_GRACE_MS: '10s' }, /^invalid environment variable SHUTDOWN_GRACE_MS="10s"/],
    [{ SHUTDOWN_DELAY_MS: '20000' }, /^invalid environment variable SHUTDOWN_DELAY_MS="20000": must be less than SHUTDOWN_GRACE_MS \(10000\)$/],
    [{ METRICS_PORT: '3000' }, /^invalid environment variable METRICS_PORT="3000": must differ from PORT \(3000\)/],
    [{ METRICS_PORT: 'metrics' }, /^invalid environment variable METRICS_PORT="metrics": must be a whole number from 0 to 65535$/],
    [{ DOCS_ENABLED: 'no' }, /^invalid environment variable DOCS_ENABLED="no": must be true or false$/],
    [{ MAX_EVENT_LOOP_UTILIZATION: '2' }, /^invalid environment variable MAX_EVENT_LOOP_UTILIZATION="2": must be a number from 0 to 1$/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(errorFor(env)).toMatch(message);
  });

  it('never echoes REDIS_URL, which may carry a password', () => {
    const message = errorFor({ REDIS_URL: 'http://user:s3cret@cache:6379' });
    expect(message).toMatch(/^invalid environment variable REDIS_URL=\(value hidden\): must be a redis:\/\/ or rediss:\/\/ URL$/);
    expect(message).not.toContain('s3cret');
  });
});

describe('OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('takes an http(s) URL, never echoes one (it may carry a token), and leaves tracing off when empty', () => {
    expect(createConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability:4318' }).otlpEndpoint).toBe('http://otel-collector.observability:4318');
    expect(createConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).otlpEndpoint).toBeUndefined();
    expect(errorFor({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318?token=s3cret' })).toMatch(
      /^invalid environment variable OTEL_EXPORTER_OTLP_ENDPOINT=\(value hidden\): must be an http:\/\/ or https:\/\/ URL$/,
    );
  });

  it('turns tracing on only with an endpoint that the standard switches do not turn off', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'TRUE' })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
  });
});

describe('the server with a bad environment', () => {
  it('exits 1 with one line on stderr naming the variable, before listening', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: 'eighty', HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['invalid environment variable PORT="eighty": must be a whole number from 0 to 65535']);
    expect(run.stdout).not.toContain('listening');
  });
});
