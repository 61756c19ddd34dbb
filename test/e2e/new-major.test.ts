// model.newMajorVersion end to end: dist/index.js with a config file, against
// the AFD emulator (which checks CreateModelVersion's schema as AFD does) and a
// loopback GitHub API for the pull request comment.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { exampleConfigFiles } from '../support/examples.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import { runAgainst, startScaledEmulator, writeCalls } from './harness.js';

const CONFIG_PATH = 'fraud-detector/payments.yml';
/** The config of examples/workflows/model-schema.yml, where that workflow reads it. */
const EXAMPLE_CONFIG = 'fraud-detector/payments-model.yml';
const TOKEN = 'ghs_e2eTestToken000000000000000000000002';
const PR = 77;
const MODEL = { payments_model: { trainingDurationMs: 100 * 60_000, metrics: { auc: 0.95 } } };

/** The seeded major version 1 learns from six variables; version 2 drops billing_country. */
function config(variables = '[amount, currency, card_bin, ip_address, email_address]'): string {
  return `model:
  modelId: payments_model
  modelType: TRANSACTION_FRAUD_INSIGHTS
  newMajorVersion:
    trainingDataSource: EXTERNAL_EVENTS
    trainingDataSchema:
      modelVariables: ${variables}
      labelSchema: { labelMapper: { FRAUD: ["1"], LEGIT: ["0"] }, unlabeledEventsTreatment: IGNORE }
    externalEventsDetail:
      dataLocation: s3://acme-fraud-training/payments/2026-12/training.csv
      dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData
  gates: { minAuc: 0.9 }
  activate: true
detector:
  detectorId: payments_detector
  promote: true
`;
}

let emu: Emulator | undefined;
let gh: GitHubApi | undefined;
afterEach(async () => {
  await emu?.close();
  await gh?.close();
  emu = undefined;
  gh = undefined;
});

const release = webhookExample('release', 'published');

function payments(e: Emulator) {
  const s = e.snapshot();
  return {
    versions: s.modelVersions
      .filter((v) => v.modelId === 'payments_model')
      .map((v) => `${v.modelVersionNumber} ${v.status}`)
      .sort(),
    activeDetector: s.detectorVersions
      .filter((v) => v.detectorId === 'payments_detector' && v.status === 'ACTIVE')
      .map((v) => v.modelVersions.map((m) => `${m.modelId}@${m.modelVersionNumber}`)),
  };
}

describe('a new major model version', () => {
  it('is created once: the runner dies right after CreateModelVersion, and the re-run carries on with 2.0', async () => {
    emu = await startScaledEmulator(MODEL);
    const e = emu;
    const created = (): boolean =>
      e.calls.some((c) => c.operation === 'CreateModelVersion' && c.status === 200);
    // From then on AFD never sees another request of this attempt: the runner dies there.
    const decide = e.faults.decide.bind(e.faults);
    e.faults.decide = (op) => (created() ? { latencyMs: 0, failure: 'drop' } : decide(op));
    const killed = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: { config: CONFIG_PATH },
      workspaceFiles: { [CONFIG_PATH]: config() },
      env: { GITHUB_RUN_ID: '800' },
      kill: { signal: 'SIGKILL', when: created },
    });
    expect(killed.signal).toBe('SIGKILL');
    e.faults.decide = decide;

    const rerun = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: { config: CONFIG_PATH },
      workspaceFiles: { [CONFIG_PATH]: config() },
      env: { GITHUB_RUN_ID: '800', GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.stdout + rerun.stderr).not.toMatch(/::error/);
    expect(rerun.exitCode).toBe(0);
    expect(writeCalls(e).filter((op) => op === 'CreateModelVersion')).toHaveLength(1);
    expect(writeCalls(e)).not.toContain('UpdateModelVersion');
    expect(payments(e).versions).toContain('2.0 ACTIVE');
    expect(payments(e).activeDetector).toEqual([['payments_model@2.0']]);
    expect(rerun.outputs).toMatchObject({
      modelVersionNumber: '2.0',
      modelVersionStatus: 'ACTIVE',
      detectorVersionStatus: 'ACTIVE',
    });
    // Gated against the ACTIVE version of major 1; the schema change is in the summary.
    expect(rerun.summary).toContain('1.02 (ACTIVE before)');
    expect(rerun.summary).toContain('| variables removed | `billing_country` |');
    expect(rerun.summary).toContain('already has this schema and data source');

    // A later run with the same config finds major version 2 by its schema: nothing new.
    const later = await runAgainst(e, {
      eventName: 'release',
      payload: release,
      inputs: { config: CONFIG_PATH },
      workspaceFiles: { [CONFIG_PATH]: config() },
      env: { GITHUB_RUN_ID: '801' },
    });
    expect(later.exitCode).toBe(0);
    expect(writeCalls(e).filter((op) => op === 'CreateModelVersion')).toHaveLength(1);
    expect(later.outputs).toMatchObject({ modelVersionNumber: '2.0' });
  });

  it('a CreateModelVersion whose answer is lost is found by its schema, not sent again', async () => {
    emu = await startScaledEmulator(MODEL);
    emu.faults.set([{ operation: 'CreateModelVersion', kind: 'lost-response', count: 1 }]);
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { config: CONFIG_PATH },
      workspaceFiles: { [CONFIG_PATH]: config() },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu).filter((op) => op === 'CreateModelVersion')).toHaveLength(1);
    expect(run.stdout).toContain('but version 2.0 has this schema; carrying on with it');
    expect(payments(emu).versions.filter((v) => v.startsWith('2.'))).toEqual(['2.0 ACTIVE']);
  });

  it('a schema naming a variable the event type does not have is refused before any write', async () => {
    emu = await startScaledEmulator(MODEL);
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: { config: CONFIG_PATH },
      workspaceFiles: { [CONFIG_PATH]: config('[amount, EVENT_TIMESTAMP, ip_address]') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::model\.newMajorVersion for model payments_model cannot be trained; nothing was created:.*modelVariables: EVENT_TIMESTAMP is not a variable of event type payment/s,
    );
    expect(writeCalls(emu)).toEqual([]);
  });

  it('the pull request plan of the shipped example shows the schema change in the summary and the comment, and creates nothing', async () => {
    emu = await startScaledEmulator(MODEL);
    gh = await startGitHubApi({ token: TOKEN });
    const payload = webhookExample('pull_request', 'opened') as {
      number: number;
      pull_request: { number: number; head: { sha: string } };
    };
    payload.number = PR;
    payload.pull_request.number = PR;
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload,
      // examples/workflows/model-schema.yml with its config, as a user copies them.
      inputs: { config: EXAMPLE_CONFIG, 'github-token': TOKEN },
      workspaceFiles: exampleConfigFiles(),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_REF_NAME: `${PR}/merge`,
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    for (const text of [run.summary, gh.state.comments.get(PR)?.[0]?.body ?? '']) {
      expect(text).toContain(
        'Training schema of model `payments_model`: would create major version 2.0 \\(CreateModelVersion\\)',
      );
      expect(text).toContain('Compared with version `1.02` (ACTIVE): +0 −1 variables.');
      expect(text).toContain('| variables removed | `billing_country` |');
    }
  });
});
