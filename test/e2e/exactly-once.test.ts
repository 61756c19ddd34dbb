// Exactly once under re-runs, crashes, faults and races: the full release flow
// (retrain → activate → create detector version → promote) run as GitHub runs
// it, against the emulator's fault injection and sped-up clock.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { DUMMY_AWS } from '../../scripts/local-runner.js';
import { webhookExample } from '../support/webhooks.js';
import { runAgainst, startScaledEmulator, visibleText, writeCalls } from './harness.js';

const DETECTOR = 'payments_detector';
const release = webhookExample('release', 'published');
const FULL_RELEASE = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  'min-auc': '0.9',
  'activate-model': 'true',
  'detector-id': DETECTOR,
  promote: 'true',
};
const MODEL = { payments_model: { trainingDurationMs: 100 * 60_000, metrics: { auc: 0.94 } } };

/** The AFD state that matters, without timestamps. */
function afdState(e: Emulator) {
  const s = e.snapshot();
  return {
    modelVersions: s.modelVersions
      .filter((v) => v.modelId === 'payments_model')
      .map((v) => `${v.modelVersionNumber} ${v.status}`)
      .sort(),
    detectorVersions: s.detectorVersions
      .filter((v) => v.detectorId === DETECTOR)
      .map((v) => ({
        id: v.detectorVersionId,
        status: v.status,
        rules: v.rules.map((r) => `${r.ruleId}@${r.ruleVersion}`),
        models: v.modelVersions.map((m) => `${m.modelId}@${m.modelVersionNumber}`),
      }))
      .sort((a, b) => Number(a.id) - Number(b.id)),
  };
}

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

let uninterrupted: ReturnType<typeof afdState>;
let uninterruptedOutputs: Record<string, string>;
beforeAll(async () => {
  const e = await startScaledEmulator(MODEL);
  const run = await runAgainst(e, {
    eventName: 'release',
    payload: release,
    inputs: FULL_RELEASE,
    env: { GITHUB_RUN_ID: '100' },
  });
  expect(run.exitCode, run.stdout).toBe(0);
  uninterrupted = afdState(e);
  uninterruptedOutputs = run.outputs;
  await e.close();
  expect(uninterrupted.modelVersions).toContain('1.03 ACTIVE');
});

describe('re-runs', () => {
  it('a re-run after success writes nothing and reports the same outputs', async () => {
    emu = await startScaledEmulator(MODEL);
    const first = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: FULL_RELEASE,
      env: { GITHUB_RUN_ID: '200' },
    });
    expect(first.exitCode).toBe(0);
    const writesBefore = writeCalls(emu).length;
    const rerun = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: FULL_RELEASE,
      env: { GITHUB_RUN_ID: '200', GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.stdout + rerun.stderr).not.toMatch(/::error/);
    expect(rerun.exitCode).toBe(0);
    expect(writeCalls(emu).length).toBe(writesBefore);
    expect(rerun.outputs).toEqual(first.outputs);
    expect(afdState(emu)).toEqual(uninterrupted);
  });
});

/** Step boundaries of the full release flow: the call after which the runner dies. */
type Calls = Emulator['calls'];
const ok = (calls: Calls, op: string): number =>
  calls.filter((c) => c.operation === op && c.status === 200).length;
/** The index of the first successful call of `op`, or -1. */
const firstOk = (calls: Calls, op: string): number =>
  calls.findIndex((c) => c.operation === op && c.status === 200);
const okAfter = (calls: Calls, op: string, after: string): number => {
  const start = firstOk(calls, after);
  return start < 0
    ? 0
    : calls.slice(start + 1).filter((c) => c.operation === op && c.status === 200).length;
};

/** Step boundaries of the full release flow, in order: the runner dies right after each. */
const BOUNDARIES: Array<[name: string, reached: (calls: Calls) => boolean]> = [
  ['the look for an earlier training', (c) => ok(c, 'DescribeModelVersions') >= 1],
  ['training started', (c) => ok(c, 'UpdateModelVersion') >= 1],
  ['the training history read', (c) => ok(c, 'DescribeModelVersions') >= 2],
  ['mid training wait', (c) => ok(c, 'GetModelVersion') >= 3],
  ['metrics read', (c) => okAfter(c, 'DescribeModelVersions', 'GetModelVersion') >= 1],
  ['activation requested', (c) => ok(c, 'UpdateModelVersionStatus') >= 1],
  ['mid activation wait', (c) => okAfter(c, 'GetModelVersion', 'UpdateModelVersionStatus') >= 1],
  ['detector versions listed', (c) => ok(c, 'DescribeDetector') >= 1],
  ['detector version created', (c) => ok(c, 'CreateDetectorVersion') >= 1],
  [
    'the re-read before promotion',
    (c) => okAfter(c, 'DescribeDetector', 'CreateDetectorVersion') >= 1,
  ],
  ['promotion requested', (c) => ok(c, 'UpdateDetectorVersionStatus') >= 1],
];

describe('the runner is killed (SIGKILL) at each step boundary, then the job is re-run', () => {
  it.each(BOUNDARIES)(
    'after %s: the final state equals an uninterrupted run, with no duplicates',
    async (_name, boundary) => {
      emu = await startScaledEmulator(MODEL);
      const e = emu;
      const reached = (): boolean => boundary(e.calls);
      // From the boundary on, AFD never sees another request of this attempt:
      // the runner dies exactly there.
      const decide = e.faults.decide.bind(e.faults);
      e.faults.decide = (op) => (reached() ? { latencyMs: 0, failure: 'drop' } : decide(op));
      const killed = await runAgainst(e, {
        eventName: 'release',
        payload: release,
        inputs: FULL_RELEASE,
        env: { GITHUB_RUN_ID: '300' },
        kill: { signal: 'SIGKILL', when: reached },
      });
      expect(killed.signal).toBe('SIGKILL');
      e.faults.decide = decide;

      const rerun = await runAgainst(e, {
        eventName: 'release',
        payload: release,
        inputs: FULL_RELEASE,
        env: { GITHUB_RUN_ID: '300', GITHUB_RUN_ATTEMPT: '2' },
      });
      expect(rerun.stdout + rerun.stderr).not.toMatch(/::error/);
      expect(rerun.exitCode).toBe(0);
      expect(afdState(e)).toEqual(uninterrupted);
      expect(rerun.outputs).toMatchObject({
        modelVersionNumber: uninterruptedOutputs.modelVersionNumber,
        detectorVersionId: uninterruptedOutputs.detectorVersionId,
        detectorVersionStatus: 'ACTIVE',
      });
      // One training and one detector version in all, across both attempts.
      expect(writeCalls(e).filter((op) => op === 'UpdateModelVersion')).toHaveLength(1);
      expect(writeCalls(e).filter((op) => op === 'CreateDetectorVersion')).toHaveLength(1);
    },
  );
});

describe('faults on every operation', () => {
  it('with 30 % throttling, 10 % 500s, dropped connections and latency, the flow finishes exactly once', async () => {
    emu = await startScaledEmulator(MODEL);
    emu.faults.set([
      { operation: '*', kind: 'throttle', probability: 0.3 },
      { operation: '*', kind: 'internal', probability: 0.1 },
      { operation: '*', kind: 'drop', probability: 0.05 },
      { operation: '*', kind: 'latency', probability: 0.2, latencyMs: 30 },
    ]);
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      // The SDK's own retry delays are real time, and at the test's 3000× clock
      // every real second is 50 emulated minutes: give the wait room.
      inputs: { ...FULL_RELEASE, 'timeout-minutes': '4320' },
      env: { GITHUB_RUN_ID: '400' },
      timeoutMs: 60_000,
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(afdState(emu)).toEqual(uninterrupted);
    expect(emu.calls.some((c) => c.fault === 'throttle')).toBe(true);
    expect(emu.calls.some((c) => c.fault === 'internal')).toBe(true);
    const text = visibleText(run);
    for (const secret of Object.values(DUMMY_AWS)) expect(text).not.toContain(secret);
  }, 90_000);
});

describe('races', () => {
  it('two concurrent promotions on one detector end with exactly one ACTIVE version and no silent overwrite', async () => {
    emu = await startScaledEmulator(MODEL);
    // Both runs must have planned against the same ACTIVE version before either
    // writes: hold the creates until both have arrived, or a slow process start
    // turns the race into two runs one after the other.
    emu.faults.set([{ operation: 'CreateDetectorVersion', kind: 'barrier', count: 2 }]);
    const detectorOnly = (rules: string) => ({ 'detector-id': DETECTOR, rules, promote: 'true' });
    const push = webhookExample('push');
    const [a, b] = await Promise.all([
      runAgainst(emu, {
        eventName: 'push',
        payload: push,
        inputs: detectorOnly(
          '- high_model_score@5\n- block_known_bad_ip@2\n- review_medium_score@1\n- approve_default@1\n',
        ),
        env: { GITHUB_RUN_ID: '501' },
      }),
      runAgainst(emu, {
        eventName: 'push',
        payload: push,
        inputs: detectorOnly(
          '- block_known_bad_ip@1\n- high_model_score@5\n- review_medium_score@1\n- approve_default@1\n',
        ),
        env: { GITHUB_RUN_ID: '502' },
      }),
    ]);
    const versions = afdState(emu).detectorVersions;
    expect(versions.filter((v) => v.status === 'ACTIVE')).toHaveLength(1);
    const active = versions.find((v) => v.status === 'ACTIVE')!.id;
    const runs = [a, b];
    const winners = runs.filter((r) => r.exitCode === 0 && r.outputs.detectorVersionId === active);
    expect(winners).toHaveLength(1);
    const loser = runs.find((r) => r !== winners[0])!;
    // The other run either failed naming the versions, or the winner's summary says what it replaced.
    const loserFailedClearly =
      loser.exitCode === 1 &&
      /::error::Detector payments_detector|::error::Promotion of detector|::error::AFD/.test(
        loser.stdout,
      );
    const winnerSaidSo = /promoted by another run at the same time/.test(winners[0]!.summary);
    expect(
      loserFailedClearly || winnerSaidSo,
      JSON.stringify({
        versions,
        runs: runs.map((r) => [r.exitCode, r.stdout, r.summary.slice(-400)]),
      }),
    ).toBe(true);
  });
});

describe('cancellation', () => {
  it('SIGTERM while waiting stops at once, writes the summary, and says what is still running in AFD', async () => {
    emu = await startScaledEmulator({ payments_model: { trainingDurationMs: 5 * 3600_000 } });
    const e = emu;
    const run = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: FULL_RELEASE,
      env: { GITHUB_RUN_ID: '600' },
      kill: {
        signal: 'SIGTERM',
        when: () => e.calls.filter((c) => c.operation === 'GetModelVersion').length >= 2,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Cancelled while waiting for training of model payments_model 1\.03; it is still TRAINING_IN_PROGRESS/,
    );
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'TRAINING_IN_PROGRESS',
    });
    expect(run.summary).toContain('Cancelled');
    expect(run.summary).toContain('Re-run this job to resume');
    expect(writeCalls(e)).toEqual(['UpdateModelVersion']);
  });
});

describe('cancellation in the detector phase', () => {
  it('SIGTERM while the detector is being planned: no detector version is created or promoted', async () => {
    emu = await startScaledEmulator(MODEL);
    const e = emu;
    // The base version's read is slow, so the signal arrives mid-plan.
    e.faults.set([{ operation: 'GetDetectorVersion', kind: 'latency', latencyMs: 1_500 }]);
    const run = await runAgainst(e, {
      eventName: 'push',
      payload: webhookExample('push'),
      inputs: {
        'detector-id': DETECTOR,
        rules:
          '- high_model_score@5\n- block_known_bad_ip@2\n- review_medium_score@1\n- approve_default@1\n',
        promote: 'true',
      },
      env: { GITHUB_RUN_ID: '650' },
      kill: {
        signal: 'SIGTERM',
        when: () => e.calls.some((c) => c.operation === 'GetDetectorVersion'),
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::warning::Received SIGTERM/);
    expect(run.stdout).toMatch(/::error::.*Cancelled by SIGTERM/);
    expect(writeCalls(e)).toEqual([]);
    expect(afdState(e).detectorVersions.filter((v) => v.status === 'ACTIVE')).toHaveLength(1);
    expect(run.summary).toMatch(/### ⏹️ Fraud Detector apply · payments_detector · CANCELLED/);
    expect(run.summary).toContain('The run was cancelled');
    expect(run.summary).not.toContain('Applied to Amazon Fraud Detector');
  });
});

describe('credentials that expire during a long wait', () => {
  it('fail with a plain explanation, keep the outputs and summary, and the re-run resumes the same training', async () => {
    emu = await startScaledEmulator({
      payments_model: { trainingDurationMs: 3 * 3600_000, metrics: { auc: 0.94 } },
    });
    const e = emu;
    // The one-hour session ends while the action is still polling the training.
    const decide = e.faults.decide.bind(e.faults);
    e.faults.decide = (op) =>
      e.calls.filter((c) => c.operation === 'GetModelVersion').length > 3
        ? { latencyMs: 0, failure: 'expired-token' }
        : decide(op);
    const expired = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: FULL_RELEASE,
      env: { GITHUB_RUN_ID: '900' },
    });
    expect(expired.exitCode).toBe(1);
    expect(expired.stdout).toMatch(
      /::error::GetModelVersion for model payments_model .* the AWS credentials have expired/,
    );
    expect(expired.stdout).toContain('role-duration-seconds');
    expect(expired.stdout + expired.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(expired.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'TRAINING_IN_PROGRESS',
    });
    expect(expired.summary).toContain('role-duration-seconds');

    e.faults.decide = decide;
    const rerun = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: FULL_RELEASE,
      env: { GITHUB_RUN_ID: '900', GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      detectorVersionStatus: 'ACTIVE',
    });
    expect(writeCalls(e).filter((op) => op === 'UpdateModelVersion')).toHaveLength(1);
  });
});
