// Request ids (the caller's x-request-id, else the trace id of its W3C traceparent, else a new UUID) returned on every
// response; the trace id on every log line of the request; one log line per request.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const requestIdHeader = 'x-request-id';

// A gateway's id is kept only if it is safe to echo into headers and logs.
const safeId = /^[\w.:@/+=-]{1,128}$/;

/** The caller's own request id, when it sent one that is safe to echo. */
export function callerRequestId(req: IncomingMessage): string | undefined {
  const incoming = req.headers[requestIdHeader];
  return typeof incoming === 'string' && safeId.test(incoming) ? incoming : undefined;
}

// W3C Trace Context: version-traceId-parentId-flags, lower-case hex; version ff and all-zero ids are invalid, and
// version 00 has nothing after the flags (later versions may add fields).
const traceparentPattern = /^([\da-f]{2})-([\da-f]{32})-([\da-f]{16})-[\da-f]{2}(-|$)/;

/** The trace id of a valid W3C `traceparent` header, else undefined. */
export function traceIdOf(traceparent: string | string[] | undefined): string | undefined {
  if (typeof traceparent !== 'string' || traceparent.length > 512) return undefined;
  const match = traceparentPattern.exec(traceparent);
  if (!match || match[1] === 'ff' || (match[1] === '00' && traceparent.length !== 55)) return undefined;
  if (/^0+$/.test(match[2]!) || /^0+$/.test(match[3]!)) return undefined;
  return match[2];
}

export function genReqId(req: IncomingMessage): string {
  return callerRequestId(req) ?? traceIdOf(req.headers.traceparent) ?? randomUUID();
}

const kParent = Symbol('the logger a request logger was made from');
const kOptions = Symbol('the options it was made with');
const kTraceIds = Symbol('trace ids bound');
type RequestLogger = FastifyBaseLogger & { [kParent]?: FastifyBaseLogger; [kOptions]?: object; [kTraceIds]?: true };

const hasTraceIds = (logger: FastifyBaseLogger) => (logger as RequestLogger)[kTraceIds] === true;

/**
 * Fastify's childLoggerFactory with tracing on: the request's logger remembers what it was made from, so that
 * bindTraceIds() can make it again once the span exists (pino would repeat a binding added twice).
 */
export function rememberingChildLoggerFactory(logger: FastifyBaseLogger, bindings: object, options: object): FastifyBaseLogger {
  const child = logger.child(bindings, options) as RequestLogger;
  child[kParent] = logger;
  child[kOptions] = options;
  return child;
}

/** Makes the request's logger again with its request id and its span's trace and span ids. */
export function bindTraceIds(request: FastifyRequest, reply: FastifyReply, ids: { trace_id: string; span_id: string }): void {
  const current = request.log as RequestLogger;
  const parent = current[kParent];
  const child = (parent ? parent.child({ requestId: request.id, ...ids }, current[kOptions]) : current.child(ids)) as RequestLogger;
  child[kTraceIds] = true;
  request.log = reply.log = child;
}

/** Replaces Fastify's two lines per request ("incoming", "completed") with one that carries what operators query. */
export class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url;
    const line = {
      method: request.method,
      route: route ?? null,
      ...(route ? {} : { path: request.url.split('?')[0] }),
      ...(request.principal && { tenantId: request.principal.tenantId, keyId: `dmk_${request.principal.keyId}` }),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) request.log.error({ ...line, err: error }, 'request errored');
    else request.log.info(line, 'request completed');
  }
}

export default fp(
  async function requestLog(app: FastifyInstance) {
    app.addHook('onRequest', (request, reply, done) => {
      // With tracing on, plugins/tracing.ts has already bound the span's ids; without it, a gateway's trace id still
      // goes on every line, so its trace and these logs meet.
      if (request.headers.traceparent !== undefined && !hasTraceIds(request.log)) {
        const traceId = traceIdOf(request.headers.traceparent);
        if (traceId) request.log = reply.log = request.log.child({ trace_id: traceId });
      }
      reply.header(requestIdHeader, request.id);
      done();
    });
  },
  { name: 'request-log' },
);
