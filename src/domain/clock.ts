// Time as the action sees it. Every delay, cap and deadline is the action's
// own (never an SDK default) and goes through a Clock, so tests can drive it.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The real clock, optionally running `scale` times faster. A scale above 1 is
 * only for running the action against the AFD emulator with its clock sped up
 * by the same factor (a local emulator's, see resolveTimeScale); against AWS it is 1.
 */
export function systemClock(scale = 1): Clock {
  const realStart = Date.now();
  return {
    now: () => (scale === 1 ? Date.now() : realStart + (Date.now() - realStart) * scale),
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason as Error);
          return;
        }
        const timer = setTimeout(
          () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          Math.max(0, ms / scale),
        );
        const onAbort = (): void => {
          clearTimeout(timer);
          reject(signal?.reason as Error);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  };
}

/** "1h 05m 12s", "6m 02s", "45s": durations in logs and summaries. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}
