// Protections: security headers, CORS, rate limiting (429) and load shedding (503), all answering problem+json.
import { describe, expect, it, vi } from 'vitest';
import { build, messageBody } from './helper.js';

describe('security headers', () => {
  it('on JSON: the OWASP REST set, a CSP that loads nothing, and no page headers', async () => {
    const app = await build();
    const answers = [
      await app.inject({ url: '/messages/tones' }),
      await app.inject({ url: '/nope' }),
      await app.inject({ method: 'POST', url: '/messages', payload: { scenario: 'nope' } }),
      await app.inject({ method: 'POST', url: '/messages', payload: messageBody }),
    ];
    for (const res of answers) {
      const at = `${res.statusCode} ${res.headers['content-type']}`;
      expect(res.headers['content-security-policy'], at).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], at).toBe('nosniff');
      expect(res.headers['x-frame-options'], at).toBe('DENY');
      expect(res.headers['strict-transport-security'], at).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by'], at).toBeUndefined();
      expect(res.headers['referrer-policy'], at).toBeUndefined();
      expect(res.headers['x-ratelimit-limit'], at).toBeUndefined();
    }
    expect(answers.slice(0, 3).map((r) => r.headers['cache-control'])).toEqual(['no-store', 'no-store', 'no-store']);
    // A message may be kept by its caller and revalidated by ETag, never by a shared cache.
    expect(answers[3]!.headers['cache-control']).toBe('private, no-cache');
    await app.close();
  });

  it('on HTML (Swagger UI, the preview, an email as text/html): helmet\'s full set, with a CSP that allows only this origin', async () => {
    const app = await build();
    const pages = [
      await app.inject({ url: '/docs/' }),
      await app.inject({ url: '/preview' }),
      await app.inject({ method: 'POST', url: '/messages', payload: messageBody, headers: { accept: 'text/html' } }),
    ];
    for (const res of pages) {
      const url = `${res.statusCode} ${res.headers['content-type']}`;
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by'], url).toBeUndefined();
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
    }
    await app.close();
  });
});

describe('CORS', () => {
  it('sends no CORS headers when CORS_ORIGINS is empty (the default)', async () => {
    const app = await build();
    const res = await app.inject({ url: '/messages/tones', headers: { origin: 'https://ats.example.com' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('allows only the configured origins, and answers their preflights', async () => {
    const app = await build({ corsOrigins: ['https://ats.example.com'] });
    const allowed = await app.inject({ url: '/messages/tones', headers: { origin: 'https://ats.example.com' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ats.example.com');
    expect(allowed.headers['access-control-expose-headers']).toContain('x-request-id');
    const other = await app.inject({ url: '/messages/tones', headers: { origin: 'https://evil.example.net' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/messages',
      headers: { origin: 'https://ats.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toContain('content-type');
    await app.close();
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json with Retry-After once a client address passes RATE_LIMIT_MAX in the window', async () => {
    const app = await build({ rateLimitMax: 3, rateLimitWindowMs: 60_000, corsOrigins: ['https://ats.example.com'] });
    const post = () => app.inject({ method: 'POST', url: '/messages', payload: messageBody, headers: { origin: 'https://ats.example.com' } });
    for (let i = 0; i < 3; i++) expect((await post()).statusCode).toBe(200);
    const res = await post();
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(res.headers['x-ratelimit-limit']).toBe('3');
    expect(res.headers['x-ratelimit-remaining']).toBe('0');
    // A browser caller can read the 429 (and its Retry-After) rather than see a CORS failure.
    expect(res.headers['access-control-allow-origin']).toBe('https://ats.example.com');
    expect(res.json()).toMatchObject({ type: '/problems/too-many-requests', title: 'Too many requests', status: 429 });
    expect(res.json().detail).toMatch(/retry in 1 minute/);
    // Another address has its own budget.
    const other = await app.inject({ method: 'POST', url: '/messages', payload: messageBody, remoteAddress: '10.1.2.3' });
    expect(other.statusCode).toBe(200);
    // Rejections show in the request metrics.
    expect((await app.inject({ url: '/metrics' })).body).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/messages",status_code="429"\} 1/);
    await app.close();
  });

  it('keys on the forwarded client address only when TRUST_PROXY says the proxy is trusted', async () => {
    const forwardedFrom = (ip: string) => ({ url: '/messages/tones', headers: { 'x-forwarded-for': ip }, remoteAddress: '10.0.0.9' });
    const trusting = await build({ rateLimitMax: 1, trustProxy: ['10.0.0.0/8'] });
    expect((await trusting.inject(forwardedFrom('203.0.113.1'))).statusCode).toBe(200);
    expect((await trusting.inject(forwardedFrom('203.0.113.2'))).statusCode).toBe(200);
    expect((await trusting.inject(forwardedFrom('203.0.113.1'))).statusCode).toBe(429);
    await trusting.close();
    // A hop count trusts that many proxies: with one, the client is the last address the gateway appended.
    const oneHop = await build({ rateLimitMax: 1, trustProxy: 1 });
    const viaGateway = (ip: string) => ({ url: '/messages/tones', headers: { 'x-forwarded-for': `198.51.100.7, ${ip}` }, remoteAddress: '10.0.0.9' });
    expect((await oneHop.inject(viaGateway('203.0.113.1'))).statusCode).toBe(200);
    expect((await oneHop.inject(viaGateway('203.0.113.2'))).statusCode).toBe(200);
    expect((await oneHop.inject(viaGateway('203.0.113.1'))).statusCode).toBe(429);
    await oneHop.close();
    // Untrusted, a client cannot escape its limit by inventing X-Forwarded-For.
    const untrusting = await build({ rateLimitMax: 1 });
    expect((await untrusting.inject(forwardedFrom('203.0.113.1'))).statusCode).toBe(200);
    expect((await untrusting.inject(forwardedFrom('203.0.113.2'))).statusCode).toBe(429);
    await untrusting.close();
  });

  it('is off with RATE_LIMIT_MAX=0', async () => {
    const app = await build({ rateLimitMax: 0 });
    const res = await app.inject({ url: '/messages/tones' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    await app.close();
  });
});

describe('load shedding', () => {
  it('answers 503 problem+json with Retry-After under pressure, while /healthz and /metrics still answer', async () => {
    // A heap limit of 1 byte is exceeded at the first sample (once a second).
    const app = await build({ pressure: { maxEventLoopDelayMs: 0, maxEventLoopUtilization: 0, maxHeapUsedBytes: 1 } });
    await vi.waitFor(() => expect(app.isUnderPressure()).toBe(true), { timeout: 5_000, interval: 100 });
    const res = await app.inject({ method: 'POST', url: '/messages', payload: messageBody });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('10');
    expect(res.json()).toMatchObject({ type: '/problems/unavailable', status: 503 });
    expect(res.json().detail).not.toMatch(/heap|memory|under-pressure/i);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(200);
    // Readiness fails too, so the orchestrator routes around this replica until it recovers.
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    await app.close();
  });

  it('sheds when the event loop lags past MAX_EVENT_LOOP_DELAY_MS', async () => {
    const app = await build({ pressure: { maxEventLoopDelayMs: 50, maxEventLoopUtilization: 0, maxHeapUsedBytes: 0 } });
    expect((await app.inject({ url: '/messages/tones' })).statusCode).toBe(200);
    // Let the delay monitor take its first sample, then block the loop as a runaway render would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const until = Date.now() + 900;
    while (Date.now() < until);
    await vi.waitFor(() => expect(app.isUnderPressure()).toBe(true), { timeout: 5_000, interval: 50 });
    expect((await app.inject({ url: '/messages/tones' })).statusCode).toBe(503);
    await app.close();
  });
});
