// Virtual time for the emulator. Every asynchronous AFD transition (training,
// activation, undeploy) is computed lazily from this clock, so tests can jump
// hours ahead with advance() instead of sleeping, and a standalone emulator can
// run faster than real time.

export type ClockMode = 'manual' | 'scaled';

export interface ClockOptions {
  /** 'manual' only moves when told (deterministic tests); 'scaled' follows real time × scale. */
  mode?: ClockMode;
  /** Virtual start instant (epoch ms or ISO string). Defaults to the real time at start-up. */
  start?: number | string;
  /** Only for 'scaled': virtual milliseconds per real millisecond (1 = real time). */
  scale?: number;
}

export interface EmulatorClock {
  readonly mode: ClockMode;
  readonly scale: number;
  /** Current virtual time, epoch milliseconds. */
  now(): number;
  /** Moves virtual time forward by ms (negative values are rejected: time only moves forward this way). */
  advance(ms: number): void;
  /** Jumps virtual time to an absolute instant (epoch ms). */
  set(ms: number): void;
}

function toEpoch(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new Error(`invalid clock start: ${String(value)}`);
  return ms;
}

export function createClock(
  options: ClockOptions = {},
  realNow: () => number = Date.now,
): EmulatorClock {
  const mode = options.mode ?? 'manual';
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`invalid clock scale: ${scale}`);
  // Virtual time = base + (real elapsed since anchor) × scale; manual mode never
  // reads real time, so the anchor is irrelevant there.
  let base = toEpoch(options.start, realNow());
  let anchor = realNow();

  const now = (): number =>
    mode === 'manual' ? base : base + Math.floor((realNow() - anchor) * scale);

  return {
    mode,
    scale,
    now,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`advance() needs a non-negative number, got ${ms}`);
      base += ms;
    },
    set(ms: number): void {
      if (!Number.isFinite(ms)) throw new Error(`set() needs a finite epoch ms, got ${ms}`);
      base = ms;
      anchor = realNow();
    },
  };
}
