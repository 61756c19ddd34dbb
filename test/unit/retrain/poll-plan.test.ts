import { describe, expect, it } from 'vitest';
import type { ModelVersionDetail } from '../../../src/domain/afd.js';
import { TRAINING_POLL, type BackoffPolicy } from '../../../src/retrain/backoff.js';
import {
  DENSE_POLL_MS,
  expectedTrainingDuration,
  nextPollDelay,
  pollPhase,
  type PollPlan,
} from '../../../src/retrain/poll-plan.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const BACKOFF_120: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 120_000 };
const FIXED_60: BackoffPolicy = { initialMs: 60_000, factor: 1, capMs: 60_000 };

/** Polls (the first at 0) until one at or after `finishMs`: calls and lag. */
function simulate(plan: PollPlan, finishMs: number): { calls: number; lag: number } {
  let t = 0;
  for (let attempt = 0; ; attempt++) {
    if (t >= finishMs) return { calls: attempt + 1, lag: t - finishMs };
    t += nextPollDelay(plan, { attempt, elapsedMs: t, now: t, deadline: Infinity });
  }
}

describe('poll plan', () => {
  it('names the phases around the expected finish', () => {
    const plan = { policy: TRAINING_POLL, expectedDurationMs: HOUR };
    expect(pollPhase({ policy: TRAINING_POLL }, 10 * MIN)).toBe('no-history');
    expect(pollPhase(plan, 44 * MIN)).toBe('sparse');
    expect(pollPhase(plan, 45 * MIN)).toBe('dense');
    expect(pollPhase(plan, 74 * MIN)).toBe('dense');
    expect(pollPhase(plan, 75 * MIN)).toBe('overdue');
  });

  it('polls sparsely early, lands on 0.75× expected, then every 14 s until 1.25×', () => {
    const plan = { policy: TRAINING_POLL, expectedDurationMs: 2 * HOUR };
    const times: number[] = [0];
    let t = 0;
    for (let attempt = 0; t < 2.5 * HOUR; attempt++) {
      t += nextPollDelay(plan, { attempt, elapsedMs: t, now: t, deadline: Infinity });
      times.push(t);
    }
    expect(times).toContain(90 * MIN);
    const early = times.filter((x) => x < 90 * MIN);
    expect(early.length).toBeLessThan(15);
    for (let i = 1; i < early.length; i++)
      expect(early[i]! - early[i - 1]!).toBeLessThanOrEqual(12 * MIN);
    const window = times.filter((x) => x >= 90 * MIN && x <= 150 * MIN);
    for (let i = 1; i < window.length; i++)
      expect(window[i]! - window[i - 1]!).toBeLessThanOrEqual(DENSE_POLL_MS);
  });

  it('with history, notices a finish within ±25 % of it within 15 s', () => {
    for (const e of [3 * MIN, 30 * MIN, 2 * HOUR, 6 * HOUR]) {
      const plan = { policy: TRAINING_POLL, expectedDurationMs: e };
      for (let f = 0.75; f <= 1.25; f += 0.01) {
        expect(simulate(plan, f * e).lag).toBeLessThanOrEqual(15_000);
      }
      // Fewer calls than a fixed 60 s poll when it ends well before the expected time (for
      // trainings of 30 min and more; docs/performance.md says why no schedule can do better).
      if (e < 30 * MIN) continue;
      for (const f of e >= 2 * HOUR ? [0.75, 0.8, 0.9] : [0.75, 0.8]) {
        expect(simulate(plan, f * e).calls).toBeLessThan(
          simulate({ policy: FIXED_60 }, f * e).calls,
        );
      }
    }
  });

  it('after 1.25× expected, falls back to the policy without history', () => {
    const plan = { policy: TRAINING_POLL, expectedDurationMs: HOUR };
    const at = 2 * HOUR;
    expect(nextPollDelay(plan, { attempt: 50, elapsedMs: at, now: at, deadline: Infinity })).toBe(
      60_000,
    );
  });

  it('without history, notices a change within 5 % of the elapsed time (≥ 100 s in) and ≤ 60 s', () => {
    for (const finish of [100_000, 3 * MIN, 17 * MIN, 30 * MIN, 2 * HOUR, 6 * HOUR]) {
      const { lag } = simulate({ policy: TRAINING_POLL }, finish);
      expect(lag).toBeLessThanOrEqual(Math.min(60_000, 0.05 * finish) + 1);
    }
    // The plain backoff of the same shape would be far later.
    expect(simulate({ policy: BACKOFF_120 }, 3 * MIN).lag).toBeGreaterThan(60_000);
  });

  it('never sleeps past the deadline', () => {
    const plan = { policy: TRAINING_POLL, expectedDurationMs: HOUR };
    expect(
      nextPollDelay(plan, { attempt: 3, elapsedMs: 10 * MIN, now: 1_000, deadline: 4_000 }),
    ).toBe(3_000);
    expect(
      nextPollDelay(plan, { attempt: 3, elapsedMs: 50 * MIN, now: 9_000, deadline: 4_000 }),
    ).toBe(0);
  });
});

const T0 = Date.parse('2024-05-01T00:00:00Z');
function version(
  modelVersionNumber: string,
  status: string,
  startMin: number,
  durationMin: number,
): ModelVersionDetail {
  return {
    modelId: 'm',
    modelType: 'TRANSACTION_FRAUD_INSIGHTS',
    modelVersionNumber,
    status,
    createdTime: new Date(T0 + startMin * MIN).toISOString(),
    lastUpdatedTime: new Date(T0 + (startMin + durationMin) * MIN).toISOString(),
    metrics: {},
    validationMessages: [],
  };
}

describe('expected training duration from the history', () => {
  it('is undefined without a finished training', () => {
    expect(expectedTrainingDuration([], '1')).toBeUndefined();
    expect(
      expectedTrainingDuration(
        [version('1.00', 'ERROR', 0, 10), version('1.01', 'TRAINING_IN_PROGRESS', 100, 0)],
        '1',
      ),
    ).toBeUndefined();
  });

  it('takes the median of the recent TRAINING_COMPLETE versions of the same major', () => {
    const details = [
      version('1.00', 'TRAINING_COMPLETE', 0, 100),
      version('1.01', 'TRAINING_COMPLETE', 1000, 120),
      version('1.02', 'TRAINING_COMPLETE', 2000, 110),
      version('2.00', 'TRAINING_COMPLETE', 3000, 100),
      version('1.03', 'TRAINING_IN_PROGRESS', 4000, 0),
    ];
    expect(expectedTrainingDuration(details, '1')).toBe(110 * MIN);
    expect(expectedTrainingDuration(details, '2.0')).toBe(100 * MIN);
    // No version of major 3 yet: the whole model's history.
    expect(expectedTrainingDuration(details, '3')).toBe(105 * MIN);
  });

  it('prefers never-activated versions: activation moves lastUpdatedTime', () => {
    const details = [
      version('1.00', 'ACTIVE', 0, 60 * 24 * 3), // activated three days later
      version('1.01', 'INACTIVE', 10_000, 45),
      version('1.02', 'TRAINING_COMPLETE', 20_000, 30),
    ];
    expect(expectedTrainingDuration(details, '1')).toBe(30 * MIN);
  });

  it('drops versions activated long after training, and old history', () => {
    const details = [
      version('1.00', 'ACTIVE', 0, 60),
      version('1.01', 'INACTIVE', 10_000, 60 * 24),
      version('1.02', 'ACTIVE', 20_000, 70),
    ];
    expect(expectedTrainingDuration(details, '1')).toBe(65 * MIN);
    const many = Array.from({ length: 8 }, (_, i) =>
      version(`1.0${i}`, 'TRAINING_COMPLETE', i * 1000, i < 3 ? 20 : 40),
    );
    expect(expectedTrainingDuration(many, '1')).toBe(40 * MIN);
  });
});
