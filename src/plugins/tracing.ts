// Traces, when src/tracing.ts has started OpenTelemetry: @fastify/otel's request spans, the span's ids on every log line
// of the request and as its request id, and what was rendered (scenario, tone, channel, language) as span attributes.
// Without tracing, traceRender() does nothing and no hook is added.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Tracing } from '../tracing.js';
import { bindTraceIds, callerRequestId } from './request-log.js';

/** The facts of a rendered message that a trace may carry: none of them is about a person. */
export interface RenderedFacts {
  scenario: string;
  tone: string;
  channel: string;
  language: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds a rendered message's scenario, tone, channel and language to its request's span. */
    traceRender(request: FastifyRequest, message: RenderedFacts): void;
  }
}

const kRendered = Symbol('rendered messages');
type Rendered = { [K in keyof RenderedFacts]: Set<string> } & { count: number };
type TracedRequest = FastifyRequest & { [kRendered]: Rendered | null };

export interface TracingOptions {
  tracing?: Tracing;
}

export default fp<TracingOptions>(
  async function tracing(app: FastifyInstance, { tracing }) {
    if (!tracing) {
      app.decorate('traceRender', () => undefined);
      return;
    }
    await app.register(tracing.plugin);
    app.decorateRequest(kRendered, null);

    // Right after @fastify/otel's hook has started the span (continuing the caller's traceparent, or a new trace).
    app.addHook('onRequest', (request, reply, done) => {
      const { span } = request.opentelemetry();
      if (span) {
        const { traceId, spanId } = span.spanContext();
        // A caller that sent no request id of its own finds the trace by the id it gets back.
        if (callerRequestId(request.raw) === undefined) (request as { id: string }).id = traceId;
        bindTraceIds(request, reply, { trace_id: traceId, span_id: spanId });
      }
      done();
    });

    app.decorate('traceRender', (request: FastifyRequest, { scenario, tone, channel, language }: RenderedFacts) => {
      const traced = request as TracedRequest;
      const rendered = (traced[kRendered] ??= { scenario: new Set(), tone: new Set(), channel: new Set(), language: new Set(), count: 0 });
      rendered.scenario.add(scenario);
      rendered.tone.add(tone);
      rendered.channel.add(channel);
      rendered.language.add(language);
      rendered.count++;
    });

    // Before @fastify/otel's own onSend ends the span. Each attribute lists the distinct values (one for POST
    // /messages; a batch's items may differ), so it has the same type on every span.
    app.addHook('onSend', (request, _reply, payload, done) => {
      const rendered = (request as TracedRequest)[kRendered];
      const { span } = request.opentelemetry();
      if (rendered && span) {
        span.setAttributes({
          'messages.scenario': [...rendered.scenario],
          'messages.tone': [...rendered.tone],
          'messages.channel': [...rendered.channel],
          'messages.language': [...rendered.language],
          'messages.count': rendered.count,
        });
      }
      done(null, payload);
    });
  },
  { name: 'tracing' },
);
