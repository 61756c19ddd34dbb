// Polls a model version until its status satisfies `isDone`, spacing the polls
// by poll-plan.ts (dense only around the expected finish when the model's
// history gives one), logging every status change with the elapsed time, and
// honouring the deadline and cancellation.
import type { ModelVersionStatus } from '../domain/afd.js';
import { formatDuration, type Clock } from '../domain/clock.js';
import { CancelledError, WaitTimeoutError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import type { BackoffPolicy } from './backoff.js';
import { DENSE_POLL_MS, nextPollDelay, WINDOW_END, WINDOW_START } from './poll-plan.js';

const PROGRESS_LOG_EVERY_MS = 5 * 60_000;

export interface StatusChange {
  status: ModelVersionStatus;
  /** Epoch ms when the action first saw this status. */
  at: number;
}

export interface WaitDeps {
  afd: Pick<AfdPort, 'getModelVersion'>;
  clock: Clock;
  log: Logger;
  signal?: AbortSignal;
}

export interface WaitRequest {
  ref: ModelVersionRef;
  /** What we are waiting for, for messages: "training", "activation". */
  activity: string;
  isDone: (status: ModelVersionStatus) => boolean;
  policy: BackoffPolicy;
  /** Epoch ms after which waiting fails. */
  deadline: number;
  /** Status changes seen so far; appended to, so a caller's report stays current. */
  timeline: StatusChange[];
  /** Counts every GetModelVersion call. */
  onPoll?: () => void;
  /**
   * How long the activity is expected to take, from the model's history
   * (expectedTrainingDuration in poll-plan.ts). Set: an ETA is logged and
   * polls are dense only around it. Unset: `policy` alone.
   */
  expectedDurationMs?: number;
  /** Epoch ms when the activity began (e.g. the version's createdTime); default: now. */
  activityStartedAt?: number;
}

/** Waits and returns the final status; throws WaitTimeoutError or CancelledError. */
export async function waitForModelVersion(
  deps: WaitDeps,
  req: WaitRequest,
): Promise<ModelVersionStatus> {
  const { clock, log } = deps;
  const started = clock.now();
  const label = `${req.ref.modelId} ${req.ref.modelVersionNumber}`;
  const activityStart = Math.min(req.activityStartedAt ?? started, started);
  const plan = {
    policy: req.policy,
    ...(req.expectedDurationMs !== undefined && req.expectedDurationMs > 0
      ? { expectedDurationMs: req.expectedDurationMs }
      : {}),
  };
  if (plan.expectedDurationMs !== undefined) {
    const e = plan.expectedDurationMs;
    const eta = new Date(activityStart + e).toISOString().slice(11, 16);
    log.info(
      `${label}: earlier versions took about ${formatDuration(e)} of ${req.activity}; expected around ${eta} UTC` +
        ` (polling every ${formatDuration(DENSE_POLL_MS)} from ${formatDuration(WINDOW_START * e)} to ${formatDuration(WINDOW_END * e)} in).`,
    );
  }
  let lastLogged = started;
  for (let attempt = 0; ; attempt++) {
    req.onPoll?.();
    const { status } = await deps.afd.getModelVersion(req.ref);
    const now = clock.now();
    const last = req.timeline[req.timeline.length - 1];
    if (!last || last.status !== status) {
      req.timeline.push({ status, at: now });
      log.info(`${label}: ${status} after ${formatDuration(now - started)} of ${req.activity}`);
      lastLogged = now;
    } else if (now - lastLogged >= PROGRESS_LOG_EVERY_MS) {
      // A heartbeat so a long wait never looks hung in the log.
      log.info(
        `${label}: still ${status} after ${formatDuration(now - started)} (${attempt + 1} polls)`,
      );
      lastLogged = now;
    }
    if (req.isDone(status)) return status;
    if (now >= req.deadline) {
      throw new WaitTimeoutError(
        `Gave up waiting for ${req.activity} of model ${label}: timeout-minutes reached after ${formatDuration(now - started)} of waiting. It is still ${status} in AFD and was left as it is.`,
        [
          'Re-run the job to resume waiting on the same version (it will not train again), or raise `timeout-minutes`.',
          'For trainings longer than a job may run, use `wait: false` and pick the version up in a later run.',
        ],
      );
    }
    const delay = nextPollDelay(plan, {
      attempt,
      elapsedMs: now - activityStart,
      now,
      deadline: req.deadline,
    });
    try {
      await clock.sleep(delay, deps.signal);
    } catch {
      throw new CancelledError(
        `Cancelled while waiting for ${req.activity} of model ${label}; it is still ${status} in AFD.`,
        ['Re-run the job to resume waiting on the same version.'],
      );
    }
  }
}
