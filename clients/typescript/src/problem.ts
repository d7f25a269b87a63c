// Errors the client throws: the service's RFC 9457 problem as a typed error, and a timeout.
import type { components } from './schema.js';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];
/** A rule a template breaks: `PUT /templates/...` and `POST /import` answer 422 with a list of them. */
export type Violation = components['schemas']['Violation'];

/** An answer of 4xx or 5xx: the problem the service sent, with one `{ pointer, message }` per bad field. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly instance: string | undefined;
  /** For validation problems: each bad field as a JSON Pointer into the request body, e.g. `/candidate/name`. */
  readonly errors: FieldError[];
  /** For an invalid template (422, `/problems/invalid-template`): every rule it breaks, with line and column for syntax. */
  readonly violations: Violation[];
  /** The `x-request-id` of the answer: quote it when reporting a failure. */
  readonly requestId: string | undefined;
  /** Seconds the service asked to wait before another try (`Retry-After`, sent with 429 and 503). */
  readonly retryAfterSeconds: number | undefined;

  constructor(readonly problem: Problem, response?: Response) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    const violations = (problem as { violations?: unknown }).violations;
    this.violations = Array.isArray(violations) ? (violations as Violation[]) : [];
    this.requestId = response?.headers.get('x-request-id') ?? undefined;
    this.retryAfterSeconds = response ? retryAfterSeconds(response.headers.get('retry-after')) : undefined;
  }

  /** The message for one field, e.g. `errorFor('/company')`, to show next to it. */
  errorFor(pointer: string): string | undefined {
    return this.errors.find((e) => e.pointer === pointer)?.message;
  }

  /** Whatever a failed answer carried: a problem document, or (from a proxy in between) anything else. */
  static from(body: unknown, response: Response): ProblemError {
    if (isProblem(body)) return new ProblemError(body, response);
    const text = typeof body === 'string' ? body.trim().slice(0, 200) : '';
    return new ProblemError(
      {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        detail: text || `The server answered ${response.status} without a problem document.`,
      },
      response,
    );
  }
}

/** The answer did not arrive within `timeoutMs`. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number, readonly url: string) {
    super(`no answer from ${url} within ${timeoutMs} ms`);
  }
}

function isProblem(body: unknown): body is Problem {
  if (body === null || typeof body !== 'object') return false;
  const p = body as Record<string, unknown>;
  return typeof p.status === 'number' && typeof p.title === 'string' && typeof p.type === 'string' && typeof p.detail === 'string';
}

/** `Retry-After` is delay-seconds or an HTTP-date (RFC 9110, 10.2.3); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
