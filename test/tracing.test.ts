// Traces a gateway can follow: with OTEL_EXPORTER_OTLP_ENDPOINT, the real server exports its spans with OTLP to a
// receiver this test starts; they continue the caller's traceparent (or start a trace), carry the route, status and
// what was rendered, and no personal fact; the trace id is on every log line and is the request id the caller did
// not send. Without the variable, nothing of OpenTelemetry is loaded, and a caller's trace id still reaches the logs.
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullRequest } from './helper.js';
import { startServer, type ServerProcess } from './server-process.js';

// These servers are about traces, not load: a first request on a busy machine must not be shed (a clean-clone run
// got a 503 here once), as test/early-responses.ts and the store tests also set.
const steady = { MAX_EVENT_LOOP_DELAY_MS: '0' };

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
  status?: { code?: number; message?: string };
}

const plain = (v: OtlpValue): unknown =>
  v.arrayValue ? (v.arrayValue.values ?? []).map(plain) : (v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : v.boolValue));
const attributesOf = (span: OtlpSpan) => Object.fromEntries((span.attributes ?? []).map((a) => [a.key, plain(a.value)]));

// Everything personal the requests below carry: none of it may reach a span, in any form.
const personal = {
  name: 'Jordan Lee',
  preferred: 'Jordito',
  email: 'jordan.lee@example.com',
  phone: '+1 555 0142',
  recipient: 'Priya Shah',
  referral: 'Sam Rivera',
  detail: 'my partner starts a new job in Lisbon',
  atsReasonId: 'ats-reason-7781',
  company: 'Umbrella Analytics',
  newEmployer: 'Globex Dynamics',
};
const withPersonalData = {
  ...fullRequest,
  candidate: { name: personal.name, preferredName: personal.preferred, email: personal.email, phone: personal.phone },
  recipient: { ...fullRequest.recipient, name: personal.recipient, preferredName: 'Priya' },
  company: personal.company,
  newEmployer: personal.newEmployer,
  referral: personal.referral,
  reason: { code: 'another-offer', detail: personal.detail, disclosure: 'specific' },
  atsReasonId: personal.atsReasonId,
};

const gatewayTrace = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7' };

async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  await res.arrayBuffer();
  return res;
}

describe('with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  const exports: { path: string; contentType: string; body: Buffer }[] = [];
  let receiver: Server;
  let server: ServerProcess;
  const spans: OtlpSpan[] = [];
  let resource: Record<string, unknown> = {};
  const answers: Record<string, Response> = {};

  beforeAll(async () => {
    // An OTLP/HTTP receiver, as a collector would run beside the service.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        exports.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    server = await startServer({ ...steady, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' });
    const { url } = server;

    const traceparent = `00-${gatewayTrace.traceId}-${gatewayTrace.parentId}-01`;
    answers.continued = await post(url, '/messages', withPersonalData, { traceparent });
    answers.started = await post(url, '/messages', withPersonalData);
    answers.ownId = await post(url, '/messages', withPersonalData, { traceparent, 'x-request-id': 'gateway-req-1' });
    answers.batch = await post(url, '/messages/batch', {
      items: [withPersonalData, { ...withPersonalData, language: 'de-DE', channel: 'sms', tone: 'concise' }, { ...withPersonalData, candidate: { email: personal.email } }],
    });
    answers.variants = await post(url, '/messages/variants', { ...withPersonalData, tones: undefined, tone: undefined });
    // A JSON syntax error's message quotes the body; a bad field's value is personal too.
    answers.malformed = await post(url, '/messages', `{"candidate": {"name": "${personal.name}", "email": "${personal.email}"`);
    answers.invalid = await post(url, '/messages', { ...withPersonalData, candidate: { name: personal.name, email: `${personal.name} at home` } });
    answers.notFound = await fetch(`${url}/nowhere?name=${encodeURIComponent(personal.name)}`);
    answers.probe = await fetch(`${url}/healthz`);

    // The spans still buffered are exported at shutdown.
    expect(await server.terminate()).toBe(0);
    receiver.close();
    for (const e of exports.filter((x) => x.path === '/v1/traces')) {
      const data = JSON.parse(e.body.toString('utf8'));
      for (const rs of data.resourceSpans ?? []) {
        resource = Object.fromEntries((rs.resource?.attributes ?? []).map((a: { key: string; value: OtlpValue }) => [a.key, plain(a.value)]));
        for (const ss of rs.scopeSpans ?? []) spans.push(...(ss.spans ?? []));
      }
    }
  }, 60_000);

  afterAll(() => {
    server?.stop();
    receiver?.close();
  });

  const requestSpan = (traceId: string) => spans.find((s) => s.traceId === traceId && s.kind === 2);
  const logsOf = (requestId: string) => server.logs.filter((l) => l.requestId === requestId);

  it('continues the caller\'s trace: the request span is a child of its traceparent, and the trace id is the request id', () => {
    expect(answers.continued!.status).toBe(200);
    expect(answers.continued!.headers.get('x-request-id')).toBe(gatewayTrace.traceId);
    const span = requestSpan(gatewayTrace.traceId)!;
    expect(span).toBeDefined();
    expect(span.parentSpanId).toBe(gatewayTrace.parentId);
    expect(span.name).toBe('POST /messages');
    expect(attributesOf(span)).toMatchObject({
      'http.route': '/messages',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
      'messages.scenario': ['accepted-another-offer'],
      'messages.tone': ['warm'],
      'messages.channel': ['email'],
      'messages.language': ['en-US'],
      'messages.count': 1,
    });
    // Every line of the request names the trace and the span.
    const lines = logsOf(gatewayTrace.traceId);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ trace_id: gatewayTrace.traceId, span_id: span.spanId });
    expect(resource['service.name']).toBe('decline-messages');
  });

  it('starts a trace for a caller that sends none, and returns its id as the request id', () => {
    const id = answers.started!.headers.get('x-request-id')!;
    expect(id).toMatch(/^[\da-f]{32}$/);
    const span = requestSpan(id)!;
    expect(span).toBeDefined();
    expect(span.parentSpanId ?? '').toBe('');
    for (const line of logsOf(id)) expect(line).toMatchObject({ trace_id: id, span_id: span.spanId });
  });

  it('keeps a caller\'s own x-request-id, with the trace id beside it on the log lines', () => {
    expect(answers.ownId!.headers.get('x-request-id')).toBe('gateway-req-1');
    const lines = logsOf('gateway-req-1');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.trace_id).toBe(gatewayTrace.traceId);
  });

  it('lists what a batch and the variants rendered, each distinct value once', () => {
    const batch = attributesOf(requestSpan(answers.batch!.headers.get('x-request-id')!)!);
    expect(batch).toMatchObject({ 'http.route': '/messages/batch', 'http.response.status_code': 200, 'messages.count': 2 });
    expect(batch['messages.language']).toEqual(['en-US', 'de-DE']);
    expect(batch['messages.channel']).toEqual(['email', 'sms']);
    const variants = attributesOf(requestSpan(answers.variants!.headers.get('x-request-id')!)!);
    expect(variants['messages.tone']).toEqual(expect.arrayContaining(['formal', 'warm', 'concise', 'firm']));
    expect(variants['messages.scenario']).toEqual(['accepted-another-offer']);
  });

  it('traces refused requests with their status, and leaves probes out', () => {
    for (const name of ['malformed', 'invalid'] as const) {
      expect(answers[name]!.status).toBe(400);
      const span = requestSpan(answers[name]!.headers.get('x-request-id')!)!;
      expect(attributesOf(span)['http.response.status_code']).toBe(400);
      // Failed, without the error's message, which can quote the body.
      expect(span.status).toEqual({ code: 2 });
    }
    const notFound = attributesOf(requestSpan(answers.notFound!.headers.get('x-request-id')!)!);
    expect(notFound).toMatchObject({ 'http.response.status_code': 404, 'url.path': '/nowhere' });
    expect(spans.some((s) => attributesOf(s)['http.route'] === '/healthz' || attributesOf(s)['url.path'] === '/healthz')).toBe(false);
  });

  it('exports no name, contact, reason detail or other personal fact in any span', () => {
    expect(spans.length).toBeGreaterThanOrEqual(9);
    const exported = exports.map((e) => e.body.toString('utf8')).join('\n');
    for (const [what, value] of Object.entries(personal)) {
      expect(exported.includes(value), `${what} exported`).toBe(false);
      expect(exported.includes(JSON.stringify(value).slice(1, -1)), `${what} exported`).toBe(false);
    }
    // Nor any part of a name (a JSON parser quotes pieces of the body).
    for (const piece of ['Jordan', 'Priya', 'Lisbon', 'Umbrella', 'Globex']) expect(exported.includes(piece), piece).toBe(false);
  });
});

describe('with a collector that does not answer', () => {
  it('still exits 0 at SIGTERM, well within SHUTDOWN_GRACE_MS, saying the last spans were not exported', async () => {
    // Accepts the exporter's connection and never answers, as a collector that hangs or a dropped route does.
    const silent = createTcpServer(() => undefined);
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const server = await startServer({ ...steady, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, SHUTDOWN_GRACE_MS: '10000' });
    try {
      expect((await post(server.url, '/messages', withPersonalData)).status).toBe(200);
      const signalledAt = Date.now();
      expect(await server.terminate()).toBe(0);
      expect(Date.now() - signalledAt).toBeLessThan(5000);
      // Exit 0 says the shutdown ran to its end: past SHUTDOWN_GRACE_MS close-with-grace exits 1.
      expect(server.logs.some((l) => l.msg === 'spans not exported at shutdown')).toBe(true);
    } finally {
      server.stop();
      silent.close();
    }
  }, 60_000);
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('loads nothing of OpenTelemetry, and still puts a caller\'s trace id in the request id and the logs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imports-'));
    const record = join(dir, 'imports.txt');
    const server = await startServer({ ...steady, RECORD_IMPORTS: record }, { nodeArgs: ['--import', './test/fixtures/record-imports.mjs'] });
    try {
      const traceparent = `00-${gatewayTrace.traceId}-${gatewayTrace.parentId}-01`;
      const res = await post(server.url, '/messages', withPersonalData, { traceparent });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(gatewayTrace.traceId);
      const ignored = await post(server.url, '/messages', withPersonalData, { traceparent: `00-${'0'.repeat(32)}-${gatewayTrace.parentId}-01` });
      expect(ignored.headers.get('x-request-id')).toMatch(/^[\da-f]{8}-/);
      expect(await server.terminate()).toBe(0);
      const lines = server.logs.filter((l) => l.requestId === gatewayTrace.traceId);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.trace_id).toBe(gatewayTrace.traceId);
      const imported = readFileSync(record, 'utf8').split('\n');
      expect(imported).toContain('fastify');
      expect(imported.filter((s) => /^@opentelemetry\/sdk|^@opentelemetry\/exporter|^@fastify\/otel/.test(s))).toEqual([]);
    } finally {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
