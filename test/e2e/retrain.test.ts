// The release-tag retrain flow, run as GitHub runs it: dist/index.js with
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and a real
// release.published payload, against the AFD emulator.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { DUMMY_AWS } from '../../scripts/local-runner.js';
import { webhookExample } from '../support/webhooks.js';
import { runAgainst, startScaledEmulator, visibleText, writeCalls } from './harness.js';

const release = webhookExample('release', 'published');
const RETRAIN_INPUTS = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  tags: 'team: risk',
};

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

function modelVersion(e: Emulator, number: string) {
  return e
    .snapshot()
    .modelVersions.find((v) => v.modelId === 'payments_model' && v.modelVersionNumber === number);
}

function expectNoSecrets(text: string): void {
  for (const secret of Object.values(DUMMY_AWS)) expect(text).not.toContain(secret);
}

describe('release retrain, end to end', () => {
  it('retrains, passes the gates, activates and reports outputs and a summary', async () => {
    emu = await startScaledEmulator({
      payments_model: {
        trainingDurationMs: 110 * 60_000,
        metrics: { auc: 0.941, aucLower: 0.93, aucUpper: 0.95 },
      },
    });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: {
        ...RETRAIN_INPUTS,
        'min-auc': '0.90',
        'max-auc-drop': '0.02',
        'activate-model': 'true',
      },
    });
    expect(run.stderr + run.stdout).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ modelVersionNumber: '1.03', modelVersionStatus: 'ACTIVE' });
    expect(modelVersion(emu, '1.03')?.status).toBe('ACTIVE');

    // Exactly one training was started, then activated once.
    expect(writeCalls(emu)).toEqual(['UpdateModelVersion', 'UpdateModelVersionStatus']);

    // The summary: what was done, the timeline, metrics beside the ACTIVE version, gates, next steps.
    expect(run.summary).toContain('Retrain succeeded');
    expect(run.summary).toContain('**1.03**');
    expect(run.summary).toMatch(/TRAINING_IN_PROGRESS[\s\S]*TRAINING_COMPLETE[\s\S]*ACTIVE/);
    expect(run.summary).toContain('1.02 (ACTIVE before)');
    expect(run.summary).toContain('| AUC | 0.941 |');
    expect(run.summary).toContain('0.930–0.950');
    expect(run.summary).toMatch(/min-auc.*passed/);
    expect(run.summary).toMatch(/max-auc-drop.*passed/);
    expect(run.summary).toContain('Next steps');
    // The log shows status changes with elapsed time.
    expect(run.stdout).toMatch(
      /payments_model 1\.03: TRAINING_COMPLETE after \d+h \d\dm \d\ds of training/,
    );
    expectNoSecrets(visibleText(run));
  });

  it('tags the new version with the user tags and the provenance of the run', async () => {
    emu = await startScaledEmulator({ payments_model: { trainingDurationMs: 60_000 } });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, wait: 'false' },
      env: { GITHUB_RUN_ID: '9876543210' },
    });
    expect(run.exitCode).toBe(0);
    const tags = emu.snapshot().tags;
    const key = Object.keys(tags).find((k) =>
      k.endsWith('model-version/TRANSACTION_FRAUD_INSIGHTS/payments_model/1.03'),
    );
    expect(key).toBeDefined();
    const byKey = Object.fromEntries((tags[key!] ?? []).map((t) => [t.key, t.value]));
    expect(byKey).toMatchObject({
      team: 'risk',
      'fdp:repository': 'octo-org/fraud-rules',
      'fdp:commit': '0123456789abcdef0123456789abcdef01234567',
      'fdp:run-id': '9876543210',
      'fdp:run-attempt': '1',
      'fdp:ref': (release.release as { tag_name: string }).tag_name,
    });
  });

  it('with wait: false, starts the training, sets the outputs and exits successfully', async () => {
    emu = await startScaledEmulator({ payments_model: { trainingDurationMs: 5 * 3600_000 } });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, wait: 'false' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'TRAINING_IN_PROGRESS',
    });
    expect(run.summary).toContain('Training started');
    expect(emu.calls.filter((c) => c.operation === 'GetModelVersion')).toHaveLength(0);
  });

  it("fails with AFD's data-validation messages when training ends in ERROR", async () => {
    emu = await startScaledEmulator({
      payments_model: {
        trainingDurationMs: 20 * 60_000,
        queue: [
          {
            outcome: {
              error: {
                fileLevelMessages: [
                  {
                    title: 'Insufficient fraud events',
                    content: 'The dataset has 12 fraud events; at least 400 are required.',
                    type: 'ERROR',
                  },
                ],
              },
            },
          },
        ],
      },
    });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, 'activate-model': 'true' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Training of model payments_model version 1.03 ended in ERROR',
    );
    expect(run.stdout).toContain('at least 400 are required');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\.js:\d+/);
    expect(run.outputs).toMatchObject({ modelVersionNumber: '1.03', modelVersionStatus: 'ERROR' });
    expect(run.summary).toContain('Training failed');
    expect(run.summary).toContain('Insufficient fraud events');
    expect(writeCalls(emu)).toEqual(['UpdateModelVersion']);
  });

  it('fails the quality gate without activating, and says why', async () => {
    emu = await startScaledEmulator({
      payments_model: { trainingDurationMs: 30 * 60_000, metrics: { auc: 0.871 } },
    });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, 'min-auc': '0.9', 'activate-model': 'true' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Model payments_model version 1\.03 failed its quality gate: AUC 0\.871 < min-auc 0\.9/,
    );
    expect(modelVersion(emu, '1.03')?.status).toBe('TRAINING_COMPLETE');
    expect(writeCalls(emu)).toEqual(['UpdateModelVersion']);
    expect(run.summary).toContain('Quality gate failed');
    expect(run.summary).toMatch(/min-auc.*failed/);
  });

  it('times out after timeout-minutes, leaving the training running and the outputs set', async () => {
    emu = await startScaledEmulator({ payments_model: { trainingDurationMs: 10 * 3600_000 } });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, 'timeout-minutes': '20' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Gave up waiting for training of model payments_model 1\.03: timeout-minutes reached/,
    );
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'TRAINING_IN_PROGRESS',
    });
    expect(run.summary).toContain('Timed out');
    expect(run.summary).toContain('Re-run this job');
    expect(modelVersion(emu, '1.03')?.status).toBe('TRAINING_IN_PROGRESS');
  });

  it('rejects a bad input before any AFD call, naming the input, the value and the rule', async () => {
    emu = await startScaledEmulator();
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...RETRAIN_INPUTS, 'model-id': 'Payments-Model' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*model-id.*Payments-Model.*\^\[0-9a-z_\]\+\$/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(emu.calls).toHaveLength(0);
    // The job summary says it too: the value and the pattern verbatim, as code.
    expect(run.summary).toContain('Fraud Detector Promote: an input was refused');
    expect(run.summary).toContain(
      '- Input `model-id` = `Payments-Model`: must match `^[0-9a-z_]+$` \\(lowercase letters',
    );
    expect(run.summary).toContain('Nothing was sent to AWS.');
  });
});

describe('a model in plan mode', () => {
  const MODEL_VERSION = {
    'model-id': 'payments_model',
    'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
    'model-version-number': '1.02',
    mode: 'plan',
  };

  it('reports the model version the plan uses as modelVersionNumber, and writes nothing', async () => {
    emu = await startScaledEmulator();
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: {
        ...MODEL_VERSION,
        'detector-id': 'payments_detector',
        rules:
          '- block_known_bad_ip@1\n- high_model_score@5\n- review_medium_score@1\n- approve_default@1\n',
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.02',
      detectorVersionStatus: 'PLANNED',
    });
    expect(writeCalls(emu)).toEqual([]);
  });

  it('without a detector, says in the summary that only apply retrains or activates', async () => {
    emu = await startScaledEmulator();
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...MODEL_VERSION, 'activate-model': 'true' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('nothing done in mode plan');
    expect(run.outputs).toMatchObject({ modelVersionNumber: '1.02' });
    expect(emu.calls).toHaveLength(0);
  });
});

describe('detached training (wait: false, then a later run)', () => {
  it('a later run with another run id picks up the version instead of training again, then gates, activates and promotes it', async () => {
    emu = await startScaledEmulator({
      payments_model: { trainingDurationMs: 40 * 60_000, metrics: { auc: 0.95 } },
    });
    const inputs = {
      ...RETRAIN_INPUTS,
      'min-auc': '0.9',
      'activate-model': 'true',
      'detector-id': 'payments_detector',
      promote: 'true',
    };
    const start = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { ...inputs, wait: 'false' },
      env: { GITHUB_RUN_ID: '801' },
    });
    expect(start.exitCode).toBe(0);
    expect(start.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'TRAINING_IN_PROGRESS',
    });
    // No detector version without the model it is for.
    expect(start.stdout).toMatch(/::notice::Not planning detector payments_detector yet/);
    expect(writeCalls(emu)).toEqual(['UpdateModelVersion']);

    // E.g. a scheduled workflow, later, with the same inputs.
    const later = await runAgainst(emu, {
      eventName: 'schedule',
      payload: {},
      inputs,
      env: { GITHUB_RUN_ID: '802', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
    });
    expect(later.stdout + later.stderr).not.toMatch(/::error/);
    expect(later.exitCode).toBe(0);
    expect(later.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'ACTIVE',
      detectorVersionId: '4',
      detectorVersionStatus: 'ACTIVE',
    });
    expect(writeCalls(emu).filter((op) => op === 'UpdateModelVersion')).toHaveLength(1);
    expect(later.stdout).toContain('was already trained from this data');
    expect(later.summary).toMatch(/min-auc.*passed/);
  });

  it('a version that has finished training is gated and its activation requested, then not waited for', async () => {
    emu = await startScaledEmulator({ payments_model: { activationDurationMs: 60 * 60_000 } });
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: {
        'model-id': 'payments_model',
        'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
        'model-version-number': '1.01',
        'activate-model': 'true',
        'detector-id': 'payments_detector',
        promote: 'true',
        wait: 'false',
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.01',
      modelVersionStatus: 'ACTIVATE_REQUESTED',
    });
    expect(writeCalls(emu)).toEqual(['UpdateModelVersionStatus']);
    expect(run.summary).toContain('Activation started');
    expect(run.stdout).toMatch(/::notice::Not planning detector payments_detector yet/);
  });

  it('an ACTIVE version goes into the detector version at once', async () => {
    emu = await startScaledEmulator({});
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: {
        'model-id': 'payments_model',
        'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
        'model-version-number': '1.02',
        'activate-model': 'true',
        'detector-id': 'payments_detector',
        rules:
          '- block_known_bad_ip@1\n- high_model_score@5\n- review_medium_score@1\n- approve_default@1\n',
        promote: 'true',
        wait: 'false',
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.02',
      modelVersionStatus: 'ACTIVE',
      detectorVersionId: '4',
      detectorVersionStatus: 'ACTIVE',
    });
    expect(run.stdout).not.toMatch(/Not planning detector/);
  });
});
