// One error handler for the whole app: every 4xx/5xx leaves as application/problem+json (RFC 9457).
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { problemTypes, validationProblem } from '../messages/problems.js';
import type { FieldError, Problem } from '../messages/schema.js';
import { StoreUnavailableError } from '../tenants/store-unavailable.js';

/** Thrown by the validator compiler with pointers already worked out. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: FieldError[]) {
    super('request validation failed');
  }
}

/** A problem a route or hook throws, with the headers its answer needs (WWW-Authenticate, Retry-After). */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem & Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

/** The store failed: built-in words still render; this answer says when to retry. */
export function storeProblem(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    problem(503, problemTypes.storeUnavailable, 'Template store unavailable', "Platforms' templates and settings cannot be read or written just now; retry after the number of seconds in the Retry-After header. Requests without an API key still render."),
    { 'retry-after': String(retryAfterSeconds) },
  );
}

export function problem(status: number, type: string, title: string, detail: string): Problem {
  return { type, title, status, detail };
}

export function sendProblem(reply: FastifyReply, body: Problem & Record<string, unknown>): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

const byCode: Record<string, (err: FastifyError) => Problem> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    problem(400, problemTypes.malformedJson, 'Malformed JSON', 'The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    problem(400, problemTypes.malformedJson, 'Empty body', 'The request body is empty; send a JSON object.'),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    problem(413, problemTypes.payloadTooLarge, 'Payload too large', 'The request body is larger than this server accepts.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    problem(415, problemTypes.unsupportedMediaType, 'Unsupported media type', 'Send the request body as application/json.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    problem(400, problemTypes.malformedJson, 'Invalid Content-Length', 'The Content-Length header does not match the body.'),
};

// Plugins answer these by status (rate limiting, load shedding); their Retry-After header is already on the reply.
const byStatus: Record<number, (err: FastifyError) => Problem> = {
  429: (err) => problem(429, problemTypes.tooManyRequests, 'Too many requests', `${err.message}; see the Retry-After header.`),
  503: () =>
    problem(503, problemTypes.unavailable, 'Service unavailable', 'The server is too busy to take this request; retry after the number of seconds in the Retry-After header.'),
};

export function problemFromError(err: FastifyError): Problem {
  if (err instanceof RequestValidationError) return validationProblem(err.errors);
  const mapped = err.code ? byCode[err.code] : undefined;
  if (mapped) return mapped(err);
  if (err instanceof SyntaxError && err.statusCode === 400) return byCode.FST_ERR_CTP_INVALID_JSON_BODY!(err);
  const status = err.statusCode ?? 500;
  const byStatusCode = byStatus[status];
  if (byStatusCode) return byStatusCode(err);
  if (status >= 400 && status < 500) {
    // Framework and plugin 4xx messages describe the request, never internals.
    return problem(status, `/problems/http-${status}`, STATUS_CODES[status] ?? 'Client error', err.message);
  }
  return problem(500, problemTypes.internal, 'Internal server error', 'Something went wrong on our side; the error has been logged.');
}

export default fp<{ docsPath?: string }>(
  async function errors(app: FastifyInstance, { docsPath = '/docs' }) {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      if (err instanceof ProblemError) {
        reply.headers(err.headers);
        if (err.problem.status === 503) request.log.warn({ status: 503, type: err.problem.type }, 'request failed: store unavailable');
        else request.log.info({ status: err.problem.status, type: err.problem.type }, 'request rejected');
        return sendProblem(reply, err.problem);
      }
      if (err instanceof StoreUnavailableError) {
        const store = storeProblem(err.retryAfterSeconds);
        reply.headers(store.headers);
        request.log.warn({ status: 503, type: store.problem.type }, 'request failed: store unavailable');
        return sendProblem(reply, store.problem);
      }
      const body = problemFromError(err);
      // The body helps reproduce a failure; the logger redacts its personal fields.
      if (body.status >= 500 && body.status !== 503) request.log.error({ err, body: request.body }, 'request failed');
      // Shed and rate-limited requests already get their one request line; a second would add load when it hurts most.
      else if (body.status !== 429 && body.status !== 503) request.log.info({ status: body.status, type: body.type }, 'request rejected');
      return sendProblem(reply, body);
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        reply,
        problem(404, problemTypes.notFound, 'Not found', `There is no ${request.method} ${request.url.split('?')[0]}; see ${docsPath} for the API.`),
      ),
    );
  },
  { name: 'errors' },
);
