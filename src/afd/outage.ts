// Patience with an AFD that answered earlier in the run and now cannot be
// reached at all: a read pauses and tries again for a bounded time instead of
// failing a long wait at once.
import { AfdError } from '../domain/errors.js';

/**
 * How long a read waits (in pauses between tries) for an AFD that answered
 * earlier in the run and now cannot be reached: a network blip or a DNS
 * hiccup must not fail a two-hour wait. The first call of a run gets no
 * patience: an endpoint never reached is a configuration error.
 */
const OUTAGE_PATIENCE_MS = 3 * 60_000;
const OUTAGE_MAX_PAUSE_MS = 30_000;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** A connection error that says the endpoint is not there (rather than a broken request). */
export function isUnreachable(err: AfdError): boolean {
  return UNREACHABLE_CODES.has(err.awsErrorName);
}

export interface OutageWait {
  sleep: (ms: number) => Promise<void>;
  say?: (message: string) => void;
  endpoint?: string;
}

/**
 * One pause of a read waiting for AFD; returns the time waited so far, or
 * throws once the patience is spent. Pauses: 2 s doubling to 30 s.
 */
export async function waitOutOutage(
  err: AfdError,
  waited: number,
  { sleep, say, endpoint }: OutageWait,
): Promise<number> {
  const minutes = OUTAGE_PATIENCE_MS / 60_000;
  if (waited >= OUTAGE_PATIENCE_MS) {
    throw new AfdError(
      `AFD${endpoint ? ` at ${endpoint}` : ''} could not be reached for ${err.operation} (${err.awsErrorName}) for ${minutes} min, though it answered earlier in this run.`,
      err.operation,
      err.awsErrorName,
      ['Re-run the job when AFD can be reached again: it resumes where it stopped.'],
    );
  }
  if (waited === 0) {
    say?.(`AFD could not be reached (${err.awsErrorName}); retrying for up to ${minutes} min.`);
  }
  const pause = Math.min(
    2_000 * 2 ** Math.floor(Math.log2(waited / 2_000 + 1)),
    OUTAGE_MAX_PAUSE_MS,
  );
  await sleep(pause);
  return waited + pause;
}
