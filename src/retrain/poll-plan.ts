// When to poll next, given how long the wait has lasted and — for a training —
// how long this model's earlier trainings took. Pure: the wait loop and the
// benchmark (bench/waiting.ts) both use it. Figures in docs/performance.md.
//
// With an expected duration E:
//   0 … 0.75·E     sparse: each delay at least 2 % of E, at most the time
//                  waited so far and at most 10 % of E, landing exactly on 0.75·E;
//   0.75·E … 1.25·E dense: every DENSE_POLL_MS, so a finish inside ±25 % of
//                  the history is noticed within 15 s;
//   after 1.25·E   the history was wrong: the policy without history.
// Without one: the policy alone (backoff.ts: 5 % of the time waited, ≤ 1 min).
import type { ModelVersionDetail } from '../domain/afd.js';
import { pollDelay, type BackoffPolicy } from './backoff.js';

/** The dense window around the expected finish, as fractions of it. */
export const WINDOW_START = 0.75;
export const WINDOW_END = 1.25;
/** Delay inside the window: with the request time, a change is seen within 15 s. */
export const DENSE_POLL_MS = 14_000;
/** Before the window: a delay is at most this fraction of the time waited … */
export const SPARSE_ELAPSED_FRACTION = 1;
/** … at least this fraction of the expected duration … */
export const SPARSE_MIN_FRACTION = 0.02;
/** … and at most this fraction of it. */
export const SPARSE_MAX_FRACTION = 0.1;

export interface PollPlan {
  policy: BackoffPolicy;
  /** How long the activity is expected to take (ms); unset without history. */
  expectedDurationMs?: number;
}

export interface PollState {
  /** Polls made so far minus one (0 after the first poll). */
  attempt: number;
  /** How long the activity has been running (ms). */
  elapsedMs: number;
  now: number;
  deadline: number;
}

export type PollPhase = 'sparse' | 'dense' | 'overdue' | 'no-history';

export function pollPhase(plan: PollPlan, elapsedMs: number): PollPhase {
  const expected = plan.expectedDurationMs;
  if (expected === undefined || !(expected > 0)) return 'no-history';
  if (elapsedMs < WINDOW_START * expected) return 'sparse';
  if (elapsedMs < WINDOW_END * expected) return 'dense';
  return 'overdue';
}

/** Delay before the next poll, never past the deadline. */
export function nextPollDelay(plan: PollPlan, state: PollState): number {
  const { policy } = plan;
  const t = Math.max(0, state.elapsedMs);
  const expected = plan.expectedDurationMs ?? 0;
  let delay: number;
  switch (pollPhase(plan, t)) {
    case 'sparse': {
      const floor = Math.max(policy.initialMs, SPARSE_MIN_FRACTION * expected);
      const cap = Math.max(floor, DENSE_POLL_MS, SPARSE_MAX_FRACTION * expected);
      delay = clamp(SPARSE_ELAPSED_FRACTION * t, floor, cap);
      // Land exactly on the window start, without a sliver of a poll before it.
      const toWindow = WINDOW_START * expected - t;
      if (toWindow - delay < DENSE_POLL_MS) delay = toWindow;
      break;
    }
    case 'dense':
      delay = DENSE_POLL_MS;
      break;
    case 'overdue':
    case 'no-history':
      delay = pollDelay(policy, state.attempt, 0, Number.POSITIVE_INFINITY, t);
      break;
  }
  return Math.max(0, Math.min(delay, state.deadline - state.now));
}

/** Statuses of a version whose training succeeded. */
const TRAINED = new Set([
  'TRAINING_COMPLETE',
  'ACTIVATE_REQUESTED',
  'ACTIVATE_IN_PROGRESS',
  'ACTIVE',
  'INACTIVATE_REQUESTED',
  'INACTIVATE_IN_PROGRESS',
  'INACTIVE',
]);
/** Only the latest trainings: durations drift as the data grows. */
const RECENT_SAMPLES = 5;
/** Samples within this factor of the shortest are taken as untouched trainings. */
const CLUSTER_FACTOR = 1.5;

/**
 * How long a training of `majorVersionNumber` is expected to take, from the
 * created and last-updated times of the model's earlier versions; undefined
 * without usable history.
 *
 * lastUpdatedTime − createdTime is the training time only while nothing else
 * touched the version: activating or deactivating it later moves
 * lastUpdatedTime, so every sample is an upper bound. Hence: versions that
 * trained successfully, of the same major version when there are any;
 * TRAINING_COMPLETE ones (never activated) when there are any; the 5 most
 * recent; then the median of those within 1.5× of the shortest, which drops a
 * version activated days after its training.
 */
export function expectedTrainingDuration(
  details: readonly ModelVersionDetail[],
  majorVersionNumber: string,
): number | undefined {
  const samples = details.flatMap((d) => {
    if (!TRAINED.has(d.status) || !d.createdTime || !d.lastUpdatedTime) return [];
    const created = Date.parse(d.createdTime);
    const ms = Date.parse(d.lastUpdatedTime) - created;
    if (!Number.isFinite(ms) || ms <= 0) return [];
    return [{ ms, created, status: d.status, major: majorOf(d.modelVersionNumber) }];
  });
  const sameMajor = samples.filter((s) => s.major === majorOf(majorVersionNumber));
  let pool = sameMajor.length ? sameMajor : samples;
  const untouched = pool.filter((s) => s.status === 'TRAINING_COMPLETE');
  if (untouched.length) pool = untouched;
  if (!pool.length) return undefined;
  const recent = [...pool].sort((a, b) => b.created - a.created).slice(0, RECENT_SAMPLES);
  const shortest = Math.min(...recent.map((s) => s.ms));
  const cluster = recent
    .map((s) => s.ms)
    .filter((ms) => ms <= CLUSTER_FACTOR * shortest)
    .sort((a, b) => a - b);
  return median(cluster);
}

function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
