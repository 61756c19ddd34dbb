// Polls a model version until its status satisfies `isDone`, backing off
// between polls, logging every status change with the elapsed time, and
// honouring the deadline and cancellation.
import type { ModelVersionStatus } from '../domain/afd.js';
import { formatDuration, type Clock } from '../domain/clock.js';
import { CancelledError, WaitTimeoutError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { pollDelay, type BackoffPolicy } from './backoff.js';

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
}

/** Waits and returns the final status; throws WaitTimeoutError or CancelledError. */
export async function waitForModelVersion(
  deps: WaitDeps,
  req: WaitRequest,
): Promise<ModelVersionStatus> {
  const { clock, log } = deps;
  const started = clock.now();
  const label = `${req.ref.modelId} ${req.ref.modelVersionNumber}`;
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
    const delay = pollDelay(req.policy, attempt, now, req.deadline);
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
