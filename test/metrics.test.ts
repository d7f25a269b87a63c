// /metrics: Prometheus text with requests by route and status, renders by scenario/tone/channel, process metrics.
import { describe, expect, it } from 'vitest';
import { messageBody, useApp } from './helper.js';

const ctx = useApp();

/** The value of one sample line, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('GET /metrics', () => {
  it('counts requests and their latency by route and status code', async () => {
    await ctx.app.inject({ method: 'POST', url: '/messages', payload: messageBody });
    await ctx.app.inject({ method: 'POST', url: '/messages', payload: messageBody });
    await ctx.app.inject({ method: 'POST', url: '/messages', payload: { scenario: 'nope' } });
    await ctx.app.inject({ url: '/messages/scenarios/firm-no' });
    const res = await ctx.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'POST', route: '/messages', status_code: '200' })).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/messages', status_code: '400' })).toBe(1);
    // Routes are labelled by their pattern, so ids in URLs do not multiply the series.
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/messages/scenarios/:id', status_code: '200' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_bucket', { route: '/messages', status_code: '200', le: '+Inf' })).toBe(2);
  });

  it('counts renders by scenario, tone and channel, including each variant and batch item', async () => {
    await ctx.app.inject({ method: 'POST', url: '/messages', payload: { ...messageBody, scenario: 'firm-no', tone: 'firm', channel: 'sms' } });
    const { tone: _tone, ...facts } = messageBody;
    await ctx.app.inject({ method: 'POST', url: '/messages/variants', payload: { ...facts, scenario: 'decline-offer', tones: ['formal', 'concise'] } });
    await ctx.app.inject({
      method: 'POST',
      url: '/messages/batch',
      payload: { items: [{ ...messageBody, scenario: 'withdraw-application', tone: 'formal', channel: 'linkedin' }, { scenario: 'bad' }] },
    });
    const text = (await ctx.app.inject({ url: '/metrics' })).body;
    expect(sample(text, 'messages_rendered_total', { scenario: 'firm-no', tone: 'firm', channel: 'sms' })).toBe(1);
    expect(sample(text, 'messages_rendered_total', { scenario: 'decline-offer', tone: 'formal', channel: 'email' })).toBe(1);
    expect(sample(text, 'messages_rendered_total', { scenario: 'decline-offer', tone: 'concise', channel: 'email' })).toBe(1);
    expect(sample(text, 'messages_rendered_total', { scenario: 'withdraw-application', tone: 'formal', channel: 'linkedin' })).toBe(1);
    expect(text).not.toContain('scenario="bad"');
  });

  it('includes Node process metrics, and leaves probes and scrapes out of the request metrics', async () => {
    await ctx.app.inject({ url: '/healthz' });
    const text = (await ctx.app.inject({ url: '/metrics' })).body;
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).not.toMatch(/route="\/(healthz|readyz|metrics)"/);
  });
});
