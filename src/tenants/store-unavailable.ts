// The one error the store's failures become: the routes answer it 503 with Retry-After, never 500.
export class StoreUnavailableError extends Error {
  readonly retryAfterSeconds = 5;
}
