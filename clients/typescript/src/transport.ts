// The fetch under every call: a timeout per attempt, the caller's x-request-id, and bounded retries on 429, 502, 503,
// 504 and a connection reset.
import { retryAfterSeconds, TimeoutError } from './problem.js';

export interface RetryOptions {
  /** Further attempts after the first, on 429, 502, 503, 504 and a connection reset only. Default 2; 0: no retries. */
  maxRetries?: number;
  /** The longest single wait. A `Retry-After` beyond it is not waited for: the answer is thrown. Default 10 s. */
  maxDelayMs?: number;
  /** The most all the waits of one call may add up to. Default 20 s. */
  maxTotalDelayMs?: number;
}

export interface TransportOptions {
  /** Per attempt, from sending the request to the last byte of the answer. Default 10 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** The `x-request-id` of calls that do not set one, e.g. the id of the request your server is handling. */
  requestId?: string | (() => string | undefined);
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * "Try again later" (429, 503), or a gateway that could not reach an instance or wait for it (502, 504), as during a
 * rollout; any other status would fail the same way again, or is not ours to repeat.
 */
const retryable = new Set([429, 502, 503, 504]);

/**
 * The connection was reset or closed under the request, as when an instance goes away. Node's fetch (undici) names
 * the cause's code; a browser's fetch gives no code, so there a reset is not told apart and not retried.
 */
const resets = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
const isReset = (err: unknown) => {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return err instanceof TypeError && typeof code === 'string' && resets.has(code);
};
const noBody = new Set([101, 204, 205, 304]);

/** Without a `Retry-After`: 0.5 s, 1 s, 2 s ... */
const backoffMs = (attempt: number) => 500 * 2 ** attempt;

export function createTransport(options: TransportOptions = {}): (request: Request) => Promise<Response> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = options.retry?.maxRetries ?? 2;
  const maxDelayMs = options.retry?.maxDelayMs ?? 10_000;
  const maxTotalDelayMs = options.retry?.maxTotalDelayMs ?? 20_000;
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));

  async function attempt(request: Request): Promise<Response> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([request.signal, timeout]);
    try {
      const response = await send(new Request(request, { signal }));
      // Read the whole answer inside the timeout, so a body that stalls times out like a missing answer.
      const body = noBody.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (err) {
      if (timeout.aborted && !request.signal.aborted) throw new TimeoutError(timeoutMs, request.url);
      throw err;
    }
  }

  return async function fetchWithRetries(request: Request): Promise<Response> {
    if (!request.headers.has('x-request-id')) {
      const id = typeof options.requestId === 'function' ? options.requestId() : options.requestId;
      if (id) request.headers.set('x-request-id', id);
    }
    let waited = 0;
    for (let retry = 0; ; retry++) {
      // Every operation of this API is safe to repeat (rendering has no side effects), POSTs included.
      let response: Response | undefined;
      let reset: unknown;
      try {
        response = await attempt(request.clone());
        if (!retryable.has(response.status)) return response;
      } catch (err) {
        // Timeouts and the caller's own abort are not retried; a reset is, within the same bounds as a 503.
        if (!isReset(err) || request.signal.aborted) throw err;
        reset = err;
      }
      const giveUp = () => {
        if (response) return response;
        throw reset;
      };
      if (retry >= maxRetries) return giveUp();
      const after = response && retryAfterSeconds(response.headers.get('retry-after'));
      const delay = after === undefined ? backoffMs(retry) : after * 1000;
      if (delay > maxDelayMs || waited + delay > maxTotalDelayMs) return giveUp();
      await sleep(delay, request.signal);
      waited += delay;
    }
  };
}

/** A wait the caller can still cancel with the signal it gave the call. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
