// How long to wait between status polls. Short operations are noticed within
// seconds; multi-hour trainings are noticed within a minute. With a training's
// expected duration (from the model's history), poll-plan.ts polls densely only
// around the expected finish. Measured in docs/performance.md.

export interface BackoffPolicy {
  /** First delay, and the smallest one. */
  initialMs: number;
  /** Growth per poll (plain backoff, without elapsedFraction). */
  factor: number;
  /** Largest delay. */
  capMs: number;
  /**
   * When set, a delay is this fraction of the time waited so far
   * (but never below `initialMs`, never above `capMs`): a change is then
   * noticed within that fraction of the elapsed time. Unset: plain
   * exponential backoff by `factor`.
   */
  elapsedFraction?: number;
}

/** Training: 5 s, then 5 % of the time waited so far, at most 1 min between polls. */
export const TRAINING_POLL: BackoffPolicy = {
  initialMs: 5_000,
  factor: 1.5,
  capMs: 60_000,
  elapsedFraction: 0.05,
};
/** Activation (about 6–10 min in AWS): 5 s growing by 1.5× to 30 s. */
export const ACTIVATION_POLL: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 30_000 };

/**
 * Delay before poll number `attempt + 1` (0-based), after waiting `elapsedMs`
 * so far, never past the deadline.
 */
export function pollDelay(
  policy: BackoffPolicy,
  attempt: number,
  now: number,
  deadline: number,
  elapsedMs = 0,
): number {
  const wanted =
    policy.elapsedFraction !== undefined
      ? Math.max(policy.initialMs, policy.elapsedFraction * elapsedMs)
      : policy.initialMs * Math.pow(policy.factor, attempt);
  const delay = Math.min(policy.capMs, wanted);
  return Math.max(0, Math.min(delay, deadline - now));
}

/** The first `count` delays of a policy with no deadline: for docs and tests. */
export function pollSchedule(policy: BackoffPolicy, count: number): number[] {
  const out: number[] = [];
  let elapsed = 0;
  for (let i = 0; i < count; i++) {
    const d = pollDelay(policy, i, elapsed, Number.POSITIVE_INFINITY, elapsed);
    out.push(d);
    elapsed += d;
  }
  return out;
}
