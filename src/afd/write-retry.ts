// The action's own retry of a write whose outcome is uncertain: the executors
// look at what happened before asking again (AFD has no idempotency tokens).

/** Attempts for a write the action retries itself after checking what happened. */
export const WRITE_ATTEMPTS = 8;

/** 2 s, 4 s, … capped at 64 s: the action's own backoff between write attempts. */
export const retryDelay = (attempt: number): number => 2_000 * 2 ** Math.min(attempt - 1, 5);
