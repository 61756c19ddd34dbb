import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_POLL,
  TRAINING_POLL,
  pollDelay,
  pollSchedule,
  type BackoffPolicy,
} from '../../../src/retrain/backoff.js';

describe('poll backoff', () => {
  it('for training: 5 s, then 5 % of the time waited, capped at 1 minute', () => {
    const s = pollSchedule(TRAINING_POLL, 200);
    expect(s.slice(0, 3)).toEqual([5_000, 5_000, 5_000]);
    expect(Math.max(...s)).toBe(60_000);
    expect(s.at(-1)).toBe(60_000);
    let elapsed = 0;
    for (let i = 0; i < s.length; i++) {
      if (i > 0) expect(s[i]).toBeGreaterThanOrEqual(s[i - 1]!);
      // Each delay is at most 5 % of the time waited (or the 5 s floor).
      expect(s[i]).toBeLessThanOrEqual(Math.max(5_000, 0.05 * elapsed) + 1e-6);
      elapsed += s[i]!;
    }
  });

  it('caps activation polls at 30 s', () => {
    expect(Math.max(...pollSchedule(ACTIVATION_POLL, 100))).toBe(30_000);
  });

  it('is plain exponential backoff without elapsedFraction', () => {
    const plain: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 120_000 };
    const s = pollSchedule(plain, 12);
    expect(s.slice(0, 4)).toEqual([5_000, 7_500, 11_250, 16_875]);
    expect(s.at(-1)).toBe(120_000);
    const fixed: BackoffPolicy = { initialMs: 60_000, factor: 1, capMs: 60_000 };
    expect(new Set(pollSchedule(fixed, 10))).toEqual(new Set([60_000]));
  });

  it('never sleeps past the deadline', () => {
    expect(pollDelay(TRAINING_POLL, 10, 1_000, 4_000, 3_600_000)).toBe(3_000);
    expect(pollDelay(TRAINING_POLL, 0, 5_000, 4_000)).toBe(0);
  });

  it('polls a 6 h training at most once a minute after the first 20 minutes', () => {
    let t = 0;
    let polls = 0;
    while (t < 6 * 3600_000) {
      t += pollDelay(TRAINING_POLL, polls, t, Infinity, t);
      polls++;
    }
    // 360 one-minute polls, plus about 70 in the first 20 minutes.
    expect(polls).toBeLessThan(440);
  });
});
