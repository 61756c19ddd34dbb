// Rule tests, backtest and operating point end to end: dist/index.js with a
// config file against the AFD emulator and a loopback GitHub API. Tests run on
// the proposal before any write; a failing test or a backtest over
// maxChangedPercent fails the step with its table in the comment and writes
// nothing; a model swap shows the operating point at the rules' thresholds.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator, SeedFile } from '../../emulator/index.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import {
  EXAMPLE_SEED,
  pullRequestRun,
  runAgainst,
  startScaledEmulator,
  writeCalls,
} from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eTestToken000000000000000000000010';
const PR = 11;
const CONFIG_PATH = 'fraud-detector/payments_detector.yml';
const CSV_PATH = 'fraud-detector/data/events.csv';

/** The ACTIVE version 2, pinned, except high_model_score as code with `threshold`. */
function config(threshold: number, extra = ''): string {
  return `detector:
  detectorId: ${DETECTOR}
  ruleExecutionMode: FIRST_MATCHED
  rules:
    - block_known_bad_ip@2
    - ruleId: high_model_score
      expression: $payments_model_insightscore > ${threshold}
      outcomes: [block]
    - review_medium_score@1
    - approve_default@1
${extra}`;
}

const PASSING_TESTS = `  tests:
    - name: known bad ip is blocked
      event: { ip_address: 203.0.113.7, amount: 10 }
      modelScores: { payments_model: 120 }
      expect: { outcomes: [block], rules: [block_known_bad_ip] }
    - name: a low score is approved
      event: { ip_address: 192.0.2.1 }
      modelScores: { payments_model: 10 }
      expect: { outcomes: [approve] }
`;

const FAILING_TESTS = `  tests:
    - name: known bad ip is blocked
      event: { ip_address: 203.0.113.7 }
      modelScores: { payments_model: 120 }
      expect: { outcomes: [block] }
    - name: score 890 goes to review
      event: { ip_address: 192.0.2.1 }
      modelScores: { payments_model: 890 }
      expect: { outcomes: [review], rules: [review_medium_score] }
`;

const EVENTS = [
  'EVENT_ID,ip_address,amount,payments_model_insightscore',
  'e1,203.0.113.7,10,100',
  'e2,192.0.2.1,20,890',
  'e3,192.0.2.1,30,950',
  'e4,192.0.2.1,40,10',
].join('\n');

let emu: Emulator;
let gh: GitHubApi;
beforeEach(async () => {
  emu = await startScaledEmulator();
  gh = await startGitHubApi({ token: TOKEN });
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh.close();
});

const pullRequest = () =>
  pullRequestRun(PR, gh.url, { head: 'b'.repeat(40), merge: '2'.repeat(40) });

function planRun(files: Record<string, string>, mode = 'plan') {
  return runAgainst(emu, {
    ...pullRequest(),
    workspaceFiles: files,
    inputs: { config: CONFIG_PATH, mode, 'github-token': TOKEN },
  });
}

const comment = (): string => gh.state.comments.get(PR)![0]!.body;

interface PlanImpact {
  tests?: { total: number; passed: number; failed: { name: string; decidingRule?: string }[] };
  backtest?: {
    events?: number;
    changed?: number;
    gate?: { exceeded: boolean };
    operatingPoint: { ruleId: string; base?: { modelVersion?: string }; proposal: unknown }[];
  };
}

describe('rule tests', () => {
  it('a failing test fails the draft run before any write, with its table in the log, the summary and the comment', async () => {
    const run = await planRun({ [CONFIG_PATH]: config(880, FAILING_TESTS) }, 'draft');
    expect(run.exitCode).toBe(1);
    expect(writeCalls(emu)).toEqual([]);
    expect(run.stdout).toContain('Tests 1/2 failed');
    expect(run.stdout).toContain('✗ score 890 goes to review');
    for (const text of [run.summary, comment()]) {
      expect(text).toContain('Tests 1/2 failed');
      expect(text).toMatch(/\| test \| expected \| got \| deciding rule \|/);
      expect(text).toContain('score 890 goes to review');
      expect(text).toContain('`high_model_score`');
      expect(text).not.toContain('known bad ip is blocked');
    }
    const plan = JSON.parse(run.outputs.plan!) as PlanImpact;
    expect(plan.tests).toMatchObject({
      total: 2,
      passed: 1,
      failed: [{ name: 'score 890 goes to review', decidingRule: 'high_model_score' }],
    });
  });

  it('passing tests are one line, and the draft is written', async () => {
    const run = await planRun({ [CONFIG_PATH]: config(880, PASSING_TESTS) }, 'draft');
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Tests 2/2 passed');
    expect(comment()).toContain('Tests 2/2 passed');
    expect(comment()).not.toMatch(/\| test \| expected/);
    expect(writeCalls(emu).length).toBeGreaterThan(0);
    const plan = JSON.parse(run.outputs.plan!) as PlanImpact;
    expect(plan.tests).toEqual({ total: 2, passed: 2, failed: [] });
  });

  it('a ReDoS pattern from the PR, in a test event and in the backtest, finishes', async () => {
    const long = `${'a'.repeat(20_000)}b`;
    const redos = `  tests:
    - name: a long address is not caught by the pattern
      event: { email_address: "${long}", ip_address: 192.0.2.1 }
      modelScores: { payments_model: 10 }
      expect: { outcomes: [approve] }
  backtest:
    events: data/events.csv
`;
    const files = {
      [CONFIG_PATH]: config(900, redos).replace(
        '  rules:\n',
        '  rules:\n    - ruleId: odd_email\n      expression: regex_match("(a+)+$", $email_address)\n      outcomes: [review]\n',
      ),
      [CSV_PATH]: `EVENT_ID,email_address,payments_model_insightscore\nx1,${long},10\n`,
    };
    const run = await planRun(files);
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Tests 1/1 passed');
    expect(run.summary).toContain('**Backtest**: 0 of 1 events change outcome');
  });
});

describe('rule tests on a release run', () => {
  it('a failing test stops the run before the model is trained: no AFD write at all', async () => {
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: webhookExample('release', 'published'),
      workspaceFiles: { [CONFIG_PATH]: config(880, FAILING_TESTS) },
      inputs: {
        config: CONFIG_PATH,
        'model-id': 'payments_model',
        'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
        'major-version-number': '1',
        'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
        'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
        'activate-model': 'true',
        promote: 'true',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(writeCalls(emu)).toEqual([]);
    expect(run.stdout).toContain('Tests 1/2 failed');
    expect(run.stdout).toContain('score 890 goes to review');
    expect(run.stdout + run.stderr).toContain('1 of 2 rule tests failed');
  });
});

describe('verify-remote', () => {
  it('draft mode sends every rule test to GetEventPrediction for the DRAFT (fdp-test- ids) and reports agreement', async () => {
    const run = await runAgainst(emu, {
      ...pullRequest(),
      workspaceFiles: { [CONFIG_PATH]: config(880, PASSING_TESTS) },
      inputs: {
        config: CONFIG_PATH,
        mode: 'draft',
        'verify-remote': 'true',
        'github-token': TOKEN,
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    const draftId = run.outputs.detectorVersionId!;
    const predictions = emu.calls.filter((c) => c.operation === 'GetEventPrediction');
    expect(predictions).toHaveLength(2);
    for (const call of predictions) {
      const req = call.request as { eventId: string; detectorVersionId?: string };
      expect(req.eventId).toMatch(/^fdp-test-/);
      expect(req.detectorVersionId).toBe(draftId);
      expect(call.status).toBe(200);
    }
    expect(run.stdout).toContain(
      `verify-remote: 2 rule test(s) sent to AFD for DRAFT ${draftId}, 0 disagreement(s).`,
    );
  });

  it('is off by default: no event goes to AFD', async () => {
    const run = await planRun({ [CONFIG_PATH]: config(880, PASSING_TESTS) }, 'draft');
    expect(run.exitCode).toBe(0);
    expect(emu.calls.filter((c) => c.operation === 'GetEventPrediction')).toEqual([]);
  });
});

describe('backtest', () => {
  const backtest = (max: number): string => `  backtest:
    events: data/events.csv
    maxChangedPercent: ${max}
`;

  it('replays the events through base and proposal and passes under maxChangedPercent', async () => {
    const run = await planRun({ [CONFIG_PATH]: config(880, backtest(50)), [CSV_PATH]: EVENTS });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    for (const text of [run.summary, comment()]) {
      expect(text).toContain('**Backtest**: 1 of 4 events change outcome (25.0%)');
      expect(text).toMatch(/\| review \| block \| 1 \| 25\.0% \|/);
      expect(text).toContain(
        '| e2 | review by review\\_medium\\_score | block by high\\_model\\_score |',
      );
      expect(text).toContain('| `high_model_score` | 1 | 2 |');
    }
    const plan = JSON.parse(run.outputs.plan!) as PlanImpact;
    expect(plan.backtest).toMatchObject({ events: 4, changed: 1, gate: { exceeded: false } });
  });

  it('more changed events than maxChangedPercent fail the draft run before any write', async () => {
    const run = await planRun(
      { [CONFIG_PATH]: config(880, backtest(10)), [CSV_PATH]: EVENTS },
      'draft',
    );
    expect(run.exitCode).toBe(1);
    expect(writeCalls(emu)).toEqual([]);
    expect(run.stdout + run.stderr).toContain('more than maxChangedPercent 10%');
    expect(comment()).toContain('❌ more than maxChangedPercent 10%');
    const plan = JSON.parse(run.outputs.plan!) as PlanImpact;
    expect(plan.backtest?.gate).toEqual({ maxChangedPercent: 10, exceeded: true });
  });
});

describe('operating point', () => {
  it('a model swap under unchanged thresholds shows FPR, TPR and precision for both versions', async () => {
    const seed = JSON.parse(readFileSync(EXAMPLE_SEED, 'utf8')) as SeedFile & {
      modelVersions: { modelId: string; modelVersionNumber: string; status: string }[];
    };
    for (const v of seed.modelVersions)
      if (v.modelId === 'payments_model' && v.modelVersionNumber === '1.01') v.status = 'ACTIVE';
    emu.seed(seed);
    const swap = `  modelVersions:
    - { modelId: payments_model, modelType: TRANSACTION_FRAUD_INSIGHTS, modelVersionNumber: "1.01" }
`;
    const run = await planRun({ [CONFIG_PATH]: config(900, swap) });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    for (const text of [run.summary, comment()]) {
      expect(text).toContain("**Model operating point** (from the versions' training metrics)");
      expect(text).toMatch(
        /\| `high_model_score` \| [^|]+ &gt; \| v1\.02 at 900: FPR [0-9.]+, TPR [0-9.]+, precision [0-9.]+ \| v1\.01 at 900: FPR [0-9.]+, TPR [0-9.]+, precision [0-9.]+ \|/,
      );
    }
    const plan = JSON.parse(run.outputs.plan!) as PlanImpact;
    expect(plan.backtest?.operatingPoint.map((r) => r.ruleId)).toEqual([
      'high_model_score',
      'review_medium_score',
      'review_medium_score',
      'approve_default',
    ]);
    expect(plan.backtest?.operatingPoint[0]?.base?.modelVersion).toBe('1.02');
  });
});
