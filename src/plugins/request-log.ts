// Request ids (the caller's x-request-id, else a new UUID) returned on every response, and one log line per request.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const requestIdHeader = 'x-request-id';

// A gateway's id is kept only if it is safe to echo into headers and logs.
const safeId = /^[\w.:@/+=-]{1,128}$/;

export function genReqId(req: IncomingMessage): string {
  const incoming = req.headers[requestIdHeader];
  return typeof incoming === 'string' && safeId.test(incoming) ? incoming : randomUUID();
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
      reply.header(requestIdHeader, request.id);
      done();
    });
  },
  { name: 'request-log' },
);
