import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_POLL,
  TRAINING_POLL,
  pollDelay,
  pollSchedule,
} from '../../../src/retrain/backoff.js';

describe('poll backoff', () => {
  it('starts at 5 s and grows by 1.5× to a 2-minute cap for training', () => {
    const s = pollSchedule(TRAINING_POLL, 12);
    expect(s.slice(0, 4)).toEqual([5_000, 7_500, 11_250, 16_875]);
    expect(Math.max(...s)).toBe(120_000);
    expect(s.at(-1)).toBe(120_000);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThanOrEqual(s[i - 1]!);
  });

  it('caps activation polls at 30 s', () => {
    expect(Math.max(...pollSchedule(ACTIVATION_POLL, 20))).toBe(30_000);
  });

  it('never sleeps past the deadline', () => {
    expect(pollDelay(TRAINING_POLL, 10, 1_000, 4_000)).toBe(3_000);
    expect(pollDelay(TRAINING_POLL, 0, 5_000, 4_000)).toBe(0);
  });

  it('costs few calls for a 6 h training: under 200 polls', () => {
    let t = 0;
    let polls = 0;
    while (t < 6 * 3600_000) {
      t += pollDelay(TRAINING_POLL, polls, t, Infinity);
      polls++;
    }
    expect(polls).toBeLessThan(200);
  });
});
