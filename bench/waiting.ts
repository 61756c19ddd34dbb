// Benchmark 2: waiting for a training (3 min, 30 min, 2 h, 6 h) and an
// activation (~6 min). The real code path — AfdGateway → the emulator over
// HTTP, waitForModelVersion, poll-plan.ts — with the emulator's manual clock:
// the action's Clock sleeps by advancing the emulator's clock, so hours pass
// in milliseconds and the lag is exact. Beside two baselines run the same way:
// a fixed 60 s poll (AWS's samples) and exponential backoff capped at 120 s.
import { startEmulator, type Emulator, type SeedFile } from '../emulator/index.js';
import { AfdGateway } from '../src/afd/gateway.js';
import type { ModelVersionStatus } from '../src/domain/afd.js';
import type { Clock } from '../src/domain/clock.js';
import type { ModelVersionRef } from '../src/domain/request.js';
import { ACTIVATION_POLL, TRAINING_POLL, type BackoffPolicy } from '../src/retrain/backoff.js';
import { expectedTrainingDuration } from '../src/retrain/poll-plan.js';
import { waitForModelVersion, type StatusChange } from '../src/retrain/wait.js';
import { human, median, printTable, ratio } from './lib.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const START = Date.parse('2027-01-04T09:00:00Z');
const MODEL = 'bench_model';
const TYPE = 'TRANSACTION_FRAUD_INSIGHTS' as const;

export const FIXED_60: BackoffPolicy = { initialMs: 60_000, factor: 1, capMs: 60_000 };
export const BACKOFF_120: BackoffPolicy = { initialMs: 5_000, factor: 1.5, capMs: 120_000 };

type Strategy = 'history-aware' | 'no history' | 'fixed 60 s' | 'backoff ≤ 120 s';
const STRATEGIES: Strategy[] = ['history-aware', 'no history', 'fixed 60 s', 'backoff ≤ 120 s'];
/** Actual training time as a fraction of the history's (all within ±25 %) … */
const FACTORS = [0.8, 0.9, 1.0, 1.1, 1.2];
/** … plus an offset, so the change does not fall on a baseline's 60 s grid. */
const offset = (i: number): number => (7 + 23 * i) * 1000;

/** A model whose three earlier trainings took 0.95×, 1× and 1.05× `typical`. */
function seedFor(typical: number): SeedFile {
  const schema = {
    modelVariables: ['amount', 'ip_address'],
    labelSchema: { labelMapper: { FRAUD: ['1'], LEGIT: ['0'] } },
  };
  const external = {
    dataLocation: 's3://bench/training.csv',
    dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTraining',
  };
  const earlier = [0.95, 1.0, 1.05].map((f, i) => {
    const created = START - (3 - i) * 7 * 24 * HOUR;
    return {
      modelId: MODEL,
      modelType: TYPE,
      modelVersionNumber: `1.0${i}`,
      status: 'TRAINING_COMPLETE',
      trainingDataSource: 'EXTERNAL_EVENTS',
      trainingDataSchema: schema,
      externalEventsDetail: external,
      createdTime: new Date(created).toISOString(),
      lastUpdatedTime: new Date(created + Math.round(f * typical)).toISOString(),
    };
  });
  return {
    models: [{ modelId: MODEL, modelType: TYPE, eventTypeName: 'payment' }],
    modelVersions: earlier,
  };
}

/** The action's Clock, driven by the emulator's manual clock: sleeping advances it. */
function emulatorClock(emu: Emulator): Clock {
  return {
    now: () => emu.clock.now(),
    sleep: (ms) => {
      emu.clock.advance(Math.max(0, Math.round(ms)));
      return Promise.resolve();
    },
  };
}

interface Outcome {
  calls: number;
  lagMs: number;
  /** Elapsed time when the change happened. */
  actualMs: number;
}

async function waitOnce(
  emu: Emulator,
  afd: AfdGateway,
  opts: {
    policy: BackoffPolicy;
    activity: 'training' | 'activation';
    isDone: (s: ModelVersionStatus) => boolean;
    ref: ModelVersionRef;
    changeAt: number;
    target: ModelVersionStatus;
    expectedDurationMs?: number;
  },
): Promise<Outcome> {
  const before = emu.calls.length;
  const started = emu.clock.now();
  const timeline: StatusChange[] = [];
  await waitForModelVersion(
    { afd, clock: emulatorClock(emu), log: { info: () => {}, warning: () => {} } },
    {
      ref: opts.ref,
      activity: opts.activity,
      isDone: opts.isDone,
      policy: opts.policy,
      deadline: started + 24 * HOUR,
      timeline,
      ...(opts.expectedDurationMs !== undefined
        ? { expectedDurationMs: opts.expectedDurationMs }
        : {}),
    },
  );
  const seen = timeline.find((c) => c.status === opts.target);
  if (!seen) throw new Error(`never saw ${opts.target}`);
  const calls = emu.calls.slice(before).filter((c) => c.operation === 'GetModelVersion').length;
  return { calls, lagMs: seen.at - opts.changeAt, actualMs: opts.changeAt - started };
}

async function trainingRun(
  emu: Emulator,
  afd: AfdGateway,
  typical: number,
  factor: number,
  strategy: Strategy,
  extraMs: number,
): Promise<Outcome> {
  emu.clock.set(START);
  emu.seed(seedFor(typical));
  const duration = Math.round(factor * typical) + extraMs;
  emu.configureModel(MODEL, { trainingDurationMs: duration });
  const started = await afd.retrainModelVersion({
    modelId: MODEL,
    modelType: TYPE,
    majorVersionNumber: '1',
    training: {
      kind: 'external',
      dataLocation: 's3://bench/training.csv',
      dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTraining',
    },
    tags: [],
  });
  // What run-retrain.ts does: the model's history gives the expected duration.
  const expected =
    strategy === 'history-aware'
      ? expectedTrainingDuration(
          await afd.describeModelVersions({ modelId: MODEL, modelType: TYPE }),
          '1',
        )
      : undefined;
  if (strategy === 'history-aware' && expected === undefined) throw new Error('no history found');
  return waitOnce(emu, afd, {
    policy:
      strategy === 'fixed 60 s'
        ? FIXED_60
        : strategy === 'backoff ≤ 120 s'
          ? BACKOFF_120
          : TRAINING_POLL,
    activity: 'training',
    isDone: (s) => s !== 'TRAINING_IN_PROGRESS',
    ref: { modelId: MODEL, modelType: TYPE, modelVersionNumber: started.modelVersionNumber },
    changeAt: emu.clock.now() + duration,
    target: 'TRAINING_COMPLETE',
    ...(expected !== undefined ? { expectedDurationMs: expected } : {}),
  });
}

async function activationRun(
  emu: Emulator,
  afd: AfdGateway,
  duration: number,
  strategy: Strategy,
): Promise<Outcome> {
  emu.clock.set(START);
  const seed = seedFor(HOUR);
  emu.seed(seed);
  emu.configureModel(MODEL, { activationDurationMs: duration });
  const ref = { modelId: MODEL, modelType: TYPE, modelVersionNumber: '1.02' };
  await afd.updateModelVersionStatus(ref, 'ACTIVE');
  return waitOnce(emu, afd, {
    policy:
      strategy === 'fixed 60 s'
        ? FIXED_60
        : strategy === 'backoff ≤ 120 s'
          ? BACKOFF_120
          : ACTIVATION_POLL,
    activity: 'activation',
    isDone: (s) => s === 'ACTIVE' || s === 'ERROR' || s === 'TRAINING_COMPLETE' || s === 'INACTIVE',
    ref,
    changeAt: emu.clock.now() + duration,
    target: 'ACTIVE',
  });
}

const sec = (v: number): string => `${(v / 1000).toFixed(0)} s`;

export interface WaitingResult {
  rows: { what: string; strategy: Strategy; outcomes: Outcome[] }[];
}

export async function benchWaiting(): Promise<WaitingResult> {
  const emu = await startEmulator({ clock: { mode: 'manual', start: START } });
  const afd = new AfdGateway({ region: 'us-east-1', endpointUrl: emu.url, maxAttempts: 1 });
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const rows: WaitingResult['rows'] = [];
  try {
    for (const typical of [3 * MIN, 30 * MIN, 2 * HOUR, 6 * HOUR]) {
      for (const strategy of STRATEGIES) {
        const outcomes: Outcome[] = [];
        for (const [i, f] of FACTORS.entries())
          outcomes.push(await trainingRun(emu, afd, typical, f, strategy, offset(i)));
        rows.push({ what: `training ${human(typical)}`, strategy, outcomes });
      }
    }
    for (const strategy of STRATEGIES.filter((s) => s !== 'no history')) {
      const outcomes: Outcome[] = [];
      for (const [i, d] of [5 * MIN, 6 * MIN, 7 * MIN].entries())
        outcomes.push(await activationRun(emu, afd, d + offset(i), strategy));
      rows.push({ what: 'activation ~6 min', strategy, outcomes });
    }
  } finally {
    afd.destroy();
    await emu.close();
  }

  const table: (string | number)[][] = [];
  for (const r of rows) {
    const fixed = rows.find((x) => x.what === r.what && x.strategy === 'fixed 60 s')!;
    const backoff = rows.find((x) => x.what === r.what && x.strategy === 'backoff ≤ 120 s')!;
    const calls = r.outcomes.map((o) => o.calls);
    const lags = r.outcomes.map((o) => o.lagMs);
    const lagShare = r.outcomes.map((o) => o.lagMs / o.actualMs);
    table.push([
      r.what,
      r.what.startsWith('activation') && r.strategy === 'history-aware'
        ? 'action (5 s ×1.5 ≤ 30 s)'
        : r.strategy,
      calls.join(' / '),
      median(calls),
      ratio(median(calls) / median(fixed.outcomes.map((o) => o.calls))),
      ratio(median(calls) / median(backoff.outcomes.map((o) => o.calls))),
      lags.map(sec).join(' / '),
      sec(median(lags)),
      `${(100 * Math.max(...lagShare)).toFixed(1)} %`,
    ]);
  }
  printTable(
    `2. Waiting: GetModelVersion calls and detection lag (one run per actual time: ${FACTORS.join('/')}× the history's median for trainings, 5/6/7 min for activation, each + 7…99 s)`,
    [
      '',
      'strategy',
      'calls per run',
      'median',
      '× fixed 60',
      '× backoff',
      'lag per run',
      'median lag',
      'max lag / elapsed',
    ],
    table,
  );
  return { rows };
}
