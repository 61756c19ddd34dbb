// How long to wait between status polls. Short operations are noticed within
// seconds; multi-hour trainings cost few calls. Documented in the README.

export interface BackoffPolicy {
  /** First delay. */
  initialMs: number;
  /** Growth per poll. */
  factor: number;
  /** Largest delay. */
  capMs: number;
}

/** Training: 5 s, 7.5 s, 11 s … up to 2 min between polls. */
export const TRAINING_POLL: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 120_000 };
/** Activation (about 6–10 min in AWS): 5 s growing to 30 s. */
export const ACTIVATION_POLL: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 30_000 };

/** Delay before poll number `attempt` (0-based), never past the deadline. */
export function pollDelay(
  policy: BackoffPolicy,
  attempt: number,
  now: number,
  deadline: number,
): number {
  const grown = policy.initialMs * Math.pow(policy.factor, attempt);
  const delay = Math.min(policy.capMs, grown);
  return Math.max(0, Math.min(delay, deadline - now));
}

/** The first `count` delays of a policy with no deadline: for docs and tests. */
export function pollSchedule(policy: BackoffPolicy, count: number): number[] {
  return Array.from({ length: count }, (_, i) => pollDelay(policy, i, 0, Number.POSITIVE_INFINITY));
}
