// Who a request acts for: `Authorization: Bearer <apiKey>` names a tenant; a key that is unknown, revoked or not one
// of ours is a 401, never an anonymous request. Without a header the built-in words serve, unless REQUIRE_API_KEY.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { problemTypes } from '../messages/problems.js';
import type { Principal, Tenancy } from '../tenants/tenancy.js';
import { problem, ProblemError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant and key of a request that sent a valid API key; null without one. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** 'required': this operation needs an API key; 'optional': our words without one (unless REQUIRE_API_KEY). */
    apiKey?: 'required' | 'optional';
  }
}

const challenge = { 'www-authenticate': 'Bearer realm="decline-messages"' };

export function unauthorized(detail: string): ProblemError {
  return new ProblemError(problem(401, problemTypes.unauthorized, 'Unauthorized', detail), challenge);
}

const bearer = /^Bearer +([^\s]+) *$/i;

/** An onRequest hook for the API's routes. */
export function identify(tenancy: Tenancy, requireApiKey: boolean) {
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const header = request.headers.authorization;
    if (header === undefined) {
      const need = request.routeOptions.config.apiKey === 'required' || requireApiKey;
      done(need ? unauthorized('This operation needs an API key: send Authorization: Bearer <apiKey>.') : undefined);
      return;
    }
    const match = bearer.exec(header);
    if (!match) {
      done(unauthorized('Send the API key as Authorization: Bearer <apiKey>.'));
      return;
    }
    tenancy.authenticate(match[1]!).then(
      (principal) => {
        if (!principal) return done(unauthorized('The API key is not valid: it is unknown, revoked or malformed.'));
        // The request's log line names the tenant and the key by its visible prefix (plugins/request-log.ts), never
        // the key itself; a child logger per request for it cost more than the rest of the key check.
        request.principal = principal;
        done();
      },
      (err: Error) => done(err),
    );
  };
}
