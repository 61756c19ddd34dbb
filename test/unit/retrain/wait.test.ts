import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../src/domain/clock.js';
import { CancelledError, WaitTimeoutError } from '../../../src/domain/errors.js';
import type { ModelVersionRef } from '../../../src/domain/request.js';
import { TRAINING_POLL } from '../../../src/retrain/backoff.js';
import { waitForModelVersion, type StatusChange } from '../../../src/retrain/wait.js';

const ref: ModelVersionRef = {
  modelId: 'm',
  modelType: 'TRANSACTION_FRAUD_INSIGHTS',
  modelVersionNumber: '1.03',
};

/** A clock whose sleep advances time instantly; records every sleep. */
function fakeClock(start = 0) {
  let t = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => t,
    sleep: (ms, signal) => {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
  return { clock, sleeps, advance: (ms: number) => (t += ms) };
}

/** A model version whose status changes at given virtual times. */
function scriptedAfd(clock: Clock, script: Array<[atMs: number, status: string]>) {
  let calls = 0;
  return {
    calls: () => calls,
    afd: {
      getModelVersion: () => {
        calls++;
        const now = clock.now();
        const status = [...script].reverse().find(([at]) => now >= at)![1];
        return Promise.resolve({ ...ref, status });
      },
    },
  };
}

const logs: string[] = [];
const log = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m) };

describe('waiting for a model version', () => {
  it('polls until training completes and records each status change once', async () => {
    const { clock } = fakeClock();
    const { afd, calls } = scriptedAfd(clock, [
      [0, 'TRAINING_IN_PROGRESS'],
      [40 * 60_000, 'TRAINING_COMPLETE'],
    ]);
    const timeline: StatusChange[] = [];
    const status = await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: (s) => s !== 'TRAINING_IN_PROGRESS',
        policy: TRAINING_POLL,
        deadline: Infinity,
        timeline,
      },
    );
    expect(status).toBe('TRAINING_COMPLETE');
    expect(timeline.map((c) => c.status)).toEqual(['TRAINING_IN_PROGRESS', 'TRAINING_COMPLETE']);
    // Without history: noticed within 5 % of the time waited (and a minute), at most about
    // one call a minute once 20 minutes have passed.
    expect(timeline[1]!.at - 40 * 60_000).toBeLessThanOrEqual(0.05 * 40 * 60_000);
    expect(calls()).toBeLessThan(100);
    expect(logs.some((l) => l.includes('TRAINING_COMPLETE after 4'))).toBe(true);
  });

  it('fails with WaitTimeoutError at the deadline, saying the version was left as it is', async () => {
    const { clock, sleeps } = fakeClock();
    const { afd } = scriptedAfd(clock, [[0, 'TRAINING_IN_PROGRESS']]);
    const err = await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: () => false,
        policy: TRAINING_POLL,
        deadline: 10 * 60_000,
        timeline: [],
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toMatch(/still TRAINING_IN_PROGRESS/);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(10 * 60_000);
  });

  it('stops at once when cancelled, with CancelledError', async () => {
    const { clock } = fakeClock();
    const { afd, calls } = scriptedAfd(clock, [[0, 'TRAINING_IN_PROGRESS']]);
    const controller = new AbortController();
    controller.abort(new Error('SIGTERM'));
    const err = await waitForModelVersion(
      { afd, clock, log, signal: controller.signal },
      {
        ref,
        activity: 'training',
        isDone: () => false,
        policy: TRAINING_POLL,
        deadline: Infinity,
        timeline: [],
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CancelledError);
    expect(calls()).toBe(1);
  });

  it('logs a heartbeat during a long unchanged wait', async () => {
    logs.length = 0;
    const { clock } = fakeClock();
    const { afd } = scriptedAfd(clock, [
      [0, 'TRAINING_IN_PROGRESS'],
      [30 * 60_000, 'TRAINING_COMPLETE'],
    ]);
    await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: (s) => s !== 'TRAINING_IN_PROGRESS',
        policy: TRAINING_POLL,
        deadline: Infinity,
        timeline: [],
      },
    );
    expect(
      logs.filter((l) => l.includes('still TRAINING_IN_PROGRESS')).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('with an expected duration, logs an ETA, polls densely only around it and notices within 15 s', async () => {
    logs.length = 0;
    const { clock, sleeps } = fakeClock(Date.parse('2024-05-01T10:00:00Z'));
    const start = clock.now();
    const finish = start + 110 * 60_000;
    const { afd, calls } = scriptedAfd(clock, [
      [0, 'TRAINING_IN_PROGRESS'],
      [finish, 'TRAINING_COMPLETE'],
    ]);
    const timeline: StatusChange[] = [];
    await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: (s) => s !== 'TRAINING_IN_PROGRESS',
        policy: TRAINING_POLL,
        deadline: Infinity,
        timeline,
        expectedDurationMs: 2 * 3600_000,
      },
    );
    expect(logs[0]).toMatch(
      /earlier versions took about 2h 00m 00s of training; expected around 12:00 UTC/,
    );
    expect(timeline[1]!.at - finish).toBeLessThanOrEqual(15_000);
    // A fixed 60 s poll would make 111 calls.
    expect(calls()).toBeLessThan(111);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(12 * 60_000);
  });

  it('counts the time from activityStartedAt when resuming a wait', async () => {
    const { clock, sleeps } = fakeClock(3600_000);
    const { afd } = scriptedAfd(clock, [
      [0, 'TRAINING_IN_PROGRESS'],
      [3600_000 + 20 * 60_000, 'TRAINING_COMPLETE'],
    ]);
    await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: (s) => s !== 'TRAINING_IN_PROGRESS',
        policy: TRAINING_POLL,
        deadline: Infinity,
        timeline: [],
        activityStartedAt: 0,
      },
    );
    // An hour in already: once a minute from the start, not 5 s.
    expect(sleeps[0]).toBe(60_000);
  });

  it('with an expected duration, still never sleeps past the deadline', async () => {
    const { clock, sleeps } = fakeClock();
    const { afd } = scriptedAfd(clock, [[0, 'TRAINING_IN_PROGRESS']]);
    const err = await waitForModelVersion(
      { afd, clock, log },
      {
        ref,
        activity: 'training',
        isDone: () => false,
        policy: TRAINING_POLL,
        deadline: 50 * 60_000,
        timeline: [],
        expectedDurationMs: 3600_000,
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toMatch(/timeout-minutes reached/);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(50 * 60_000);
  });
});
