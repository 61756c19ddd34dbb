// Safety rails of the detector and model flows, run in-process through the
// real AfdGateway (and so the real SDK) against the emulator: races on the
// ACTIVE version, quotas that would be hit, and opt-in quota hygiene.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type SeedFile } from '../../emulator/index.js';
import { AfdGateway } from '../../src/afd/gateway.js';
import type { DetectorVersionSummary } from '../../src/domain/afd.js';
import { ActionError, AfdError } from '../../src/domain/errors.js';
import type { DetectorRequest } from '../../src/domain/request.js';
import { newDetectorReport } from '../../src/detector/report.js';
import { undeployReplacedModels } from '../../src/detector/hygiene.js';
import { runDetector } from '../../src/detector/run-detector.js';
import { checkDeployQuota } from '../../src/retrain/activation.js';
import { newRetrainReport } from '../../src/retrain/report.js';
import { runRetrain } from '../../src/retrain/run-retrain.js';
import { EXAMPLE_SEED } from '../e2e/harness.js';

const DETECTOR = 'payments_detector';
const REPO = 'octo-org/fraud-rules';
const log = { info: () => undefined, warning: () => undefined };
const exampleSeed = (): SeedFile => JSON.parse(readFileSync(EXAMPLE_SEED, 'utf8')) as SeedFile;

let emu: Emulator | undefined;
let gateway: AfdGateway | undefined;
afterEach(async () => {
  gateway?.destroy();
  await emu?.close();
  emu = gateway = undefined;
});

async function setUp(seed: SeedFile = exampleSeed()) {
  emu = await startEmulator({ seed, clock: { mode: 'manual' } });
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDTEST';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
  gateway = new AfdGateway({ region: 'us-east-1', endpointUrl: emu.url });
  return { emu, afd: gateway };
}

const writes = (e: Emulator): string[] =>
  e.calls.map((c) => c.operation).filter((op) => !/^(Get|Describe|List)/.test(op));

function detectorRequest(overrides: Partial<DetectorRequest> = {}): DetectorRequest {
  return {
    detectorId: DETECTOR,
    base: { kind: 'active' },
    rules: [
      { ruleId: 'high_model_score', ruleVersion: '5' },
      { ruleId: 'block_known_bad_ip', ruleVersion: '2' },
      { ruleId: 'review_medium_score', ruleVersion: '1' },
      { ruleId: 'approve_default', ruleVersion: '1' },
    ],
    promote: true,
    ...overrides,
  };
}

/** Another run promotes version 3 right after this run's plan has listed the versions. */
function raceAfterPlanning(e: Emulator, afd: AfdGateway): void {
  const list = afd.listDetectorVersions.bind(afd);
  let calls = 0;
  afd.listDetectorVersions = async (id: string): Promise<DetectorVersionSummary[]> => {
    if (++calls === 2) await afd.updateDetectorVersionStatus(DETECTOR, '3', 'ACTIVE');
    return list(id);
  };
  void e;
}

describe('a promotion that races another run', () => {
  it('stops with an error naming both versions instead of overwriting the other promotion', async () => {
    const { emu: e, afd } = await setUp();
    raceAfterPlanning(e, afd);
    const report = newDetectorReport(DETECTOR, 'apply');
    const err = await runDetector(
      { afd, log },
      { request: detectorRequest(), tags: [], repository: REPO, runId: '1' },
      report,
    ).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toMatch(
      /version 3 is ACTIVE now, but this run planned against 2/,
    );
    const active = e.snapshot().detectorVersions.filter((v) => v.status === 'ACTIVE');
    expect(active.map((v) => v.detectorVersionId)).toEqual(['3']);
  });

  it('promotes anyway with allow-base-change, and says so', async () => {
    const { emu: e, afd } = await setUp();
    raceAfterPlanning(e, afd);
    const warnings: string[] = [];
    const report = newDetectorReport(DETECTOR, 'apply');
    await runDetector(
      { afd, log: { info: () => undefined, warning: (m) => warnings.push(m) } },
      {
        request: detectorRequest({ allowBaseChange: true }),
        tags: [],
        repository: REPO,
        runId: '1',
      },
      report,
    );
    expect(report.status).toBe('ACTIVE');
    expect(warnings.join('\n')).toMatch(
      /version 3 is ACTIVE now, not 2 as planned; promoting 4 anyway/,
    );
    const active = e.snapshot().detectorVersions.filter((v) => v.status === 'ACTIVE');
    expect(active.map((v) => v.detectorVersionId)).toEqual(['4']);
  });
});

/** The example account with three more deployed model versions: 5 in all, AFD's quota. */
function fiveDeployedSeed(): SeedFile {
  const seed = exampleSeed();
  // Three more deployed versions of other models: 5 with payments 1.02 and signup 1.0.
  for (const [i, id] of ['m_a', 'm_b', 'm_c'].entries()) {
    seed.models = [
      ...(seed.models ?? []),
      { modelId: id, modelType: 'ONLINE_FRAUD_INSIGHTS', eventTypeName: 'payment' },
    ];
    seed.modelVersions = [
      ...(seed.modelVersions ?? []),
      {
        modelId: id,
        modelType: 'ONLINE_FRAUD_INSIGHTS',
        modelVersionNumber: '1.0',
        status: 'ACTIVE',
        trainingDataSource: 'EXTERNAL_EVENTS',
        trainingDataSchema: {
          modelVariables: ['amount'],
          labelSchema: { labelMapper: { FRAUD: ['1'], LEGIT: ['0'] } },
        },
        externalEventsDetail: {
          dataLocation: `s3://b/${i}.csv`,
          dataAccessRoleArn: 'arn:aws:iam::123456789012:role/R',
        },
      },
    ];
  }
  return seed;
}

describe('quotas are checked before any write', () => {
  it('the 100-draft quota fails the plan with the remedy, and nothing is created', async () => {
    const seed = exampleSeed();
    const drafts = Array.from({ length: 99 }, (_, i) => ({
      detectorId: DETECTOR,
      detectorVersionId: String(10 + i),
      status: 'DRAFT',
      rules: [{ detectorId: DETECTOR, ruleId: 'approve_default', ruleVersion: '1' }],
    }));
    seed.detectorVersions = [...(seed.detectorVersions ?? []), ...drafts];
    const { emu: e, afd } = await setUp(seed);
    const err = await runDetector(
      { afd, log },
      { request: detectorRequest({ promote: false }), tags: [], repository: REPO, runId: '1' },
      newDetectorReport(DETECTOR, 'apply'),
    ).catch((x: unknown) => x);
    expect((err as Error).message).toMatch(/100/);
    expect((err as Error).message).toMatch(/draft/i);
    expect(writes(e)).toEqual([]);
  });

  it('the 5-deployed-model-versions quota fails activation before UpdateModelVersionStatus', async () => {
    const seed = fiveDeployedSeed();
    const { emu: e, afd } = await setUp(seed);
    const clock = {
      now: () => e.clock.now(),
      sleep: (ms: number) => Promise.resolve(void e.clock.advance(ms)),
    };
    const report = newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        activationRequested: true,
      },
      clock.now(),
    );
    const err = await runRetrain(
      { afd, clock, log },
      {
        model: {
          modelId: 'payments_model',
          modelType: 'TRANSACTION_FRAUD_INSIGHTS',
          modelVersionNumber: '1.01',
          gates: {},
          activate: true,
        },
        tags: [],
        wait: true,
        deadline: clock.now() + 3600_000,
      },
      report,
    ).catch((x: unknown) => x);
    expect((err as Error).message).toMatch(/5 deployed model versions, AFD's quota of 5/);
    // Which detector versions hold each one: AFD undeploys only an unused one.
    expect((err as Error).message).toContain(
      'payments_model 1.02 (ACTIVE; used by payments_detector:2 (ACTIVE), payments_detector:3 (DRAFT))',
    );
    expect((err as Error).message).toContain('m_a 1.0 (ACTIVE; no detector version uses it)');
    expect((err as ActionError).hints.join(' ')).toMatch(/ACTIVE, INACTIVE or DRAFT/);
    expect((err as ActionError).hints.join(' ')).toMatch(/undeploy-replaced-model/);
    expect(writes(e)).toEqual([]);
  });

  it('the quota error still lists the deployed versions when the role may not read detectors', async () => {
    const { afd } = await setUp(fiveDeployedSeed());
    afd.listDetectorIds = () =>
      Promise.reject(new AfdError('not allowed', 'GetDetectors', 'AccessDeniedException'));
    const err = await checkDeployQuota(afd, {
      modelId: 'payments_model',
      modelType: 'TRANSACTION_FRAUD_INSIGHTS',
      modelVersionNumber: '1.01',
    }).catch((x: unknown) => x);
    expect((err as Error).message).toMatch(/5 deployed model versions, AFD's quota of 5: /);
    expect((err as Error).message).toContain('payments_model 1.02 (ACTIVE)');
    expect((err as Error).message).not.toContain('used by');
  });
});

describe('quota hygiene (opt-in)', () => {
  const V101 = {
    modelId: 'payments_model',
    modelType: 'TRANSACTION_FRAUD_INSIGHTS' as const,
    modelVersionNumber: '1.01',
  };

  /** Makes 1.01 ACTIVE again, then promotes a version that moves the detector from 1.02 to 1.01. */
  async function promoteOnto101(
    e: Emulator,
    afd: AfdGateway,
    deps: { log: { info: (m: string) => void; warning: (m: string) => void } },
    faults: Parameters<Emulator['faults']['set']>[0] = [],
  ) {
    await afd.updateModelVersionStatus(V101, 'ACTIVE');
    e.clock.advance(10 * 60_000);
    e.faults.set(faults);
    const report = newDetectorReport(DETECTOR, 'apply');
    await runDetector(
      { afd, log: deps.log },
      {
        request: detectorRequest({ undeployReplacedModel: true, modelVersions: [V101] }),
        tags: [],
        repository: REPO,
        runId: '1',
      },
      report,
    );
    return report;
  }
  const statusOf = (e: Emulator, n: string) =>
    e
      .snapshot()
      .modelVersions.find((v) => v.modelId === 'payments_model' && v.modelVersionNumber === n)
      ?.status;

  it('keeps the replaced model version deployed while detector versions use it, and says which', async () => {
    // AFD refuses to undeploy a model version that any detector version uses;
    // the replaced version (now INACTIVE) and the seed's DRAFT 3 hold 1.02.
    const { emu: e, afd } = await setUp();
    const report = await promoteOnto101(e, afd, { log });
    expect(report.status).toBe('ACTIVE');
    expect(statusOf(e, '1.01')).toBe('ACTIVE');
    expect(statusOf(e, '1.02')).toBe('ACTIVE');
    expect(e.calls.filter((c) => c.operation === 'UpdateModelVersionStatus')).toHaveLength(1);
    expect(report.notes.join(' ')).toMatch(
      /Kept model payments_model 1\.02 deployed \(undeploy-replaced-model\): detector versions payments_detector:2 \(INACTIVE\), payments_detector:3 \(DRAFT\) use it/,
    );
    expect(report.notes.join(' ')).not.toMatch(/Undeployed model/);
  });

  /** Promotes onto 1.01, then deletes the versions that hold 1.02, as a user would. */
  async function releaseHolders(e: Emulator, afd: AfdGateway) {
    await promoteOnto101(e, afd, { log });
    await afd.deleteDetectorVersion(DETECTOR, '2');
    await afd.deleteDetectorVersion(DETECTOR, '3');
  }
  const V102 = { ...V101, modelVersionNumber: '1.02' };

  it('undeploys a replaced model version that no detector version uses any more', async () => {
    const { emu: e, afd } = await setUp();
    await releaseHolders(e, afd);
    const outcome = await undeployReplacedModels({ afd, log }, [V102], [V101]);
    expect(outcome).toEqual({ undeployed: [V102], kept: [], failed: [] });
    expect(statusOf(e, '1.02')).toMatch(/^INACTIVATE_/);
  });

  it('an undeploy that AFD refuses is a warning; the run goes on', async () => {
    const { emu: e, afd } = await setUp();
    await releaseHolders(e, afd);
    e.faults.set([{ operation: 'UpdateModelVersionStatus', kind: 'expired-token', count: 1 }]);
    const warnings: string[] = [];
    const outcome = await undeployReplacedModels(
      { afd, log: { info: () => undefined, warning: (m) => warnings.push(m) } },
      [V102],
      [V101],
    );
    // Still to do: retention keeps its mark on it and tries again next time.
    expect(outcome).toEqual({ undeployed: [], kept: [], failed: [V102] });
    expect(warnings.join(' ')).toMatch(
      /Could not undeploy model payments_model 1\.02.*promotion stands/,
    );
    expect(statusOf(e, '1.02')).toBe('ACTIVE');
  });

  it('deletes only its own drafts of closed pull requests', async () => {
    const { emu: e, afd } = await setUp();
    const content = {
      rules: [{ ruleId: 'approve_default', ruleVersion: '1' }],
      modelVersions: [],
      externalModelEndpoints: [],
      ruleExecutionMode: 'FIRST_MATCHED' as const,
    };
    const mk = (tags: Array<[string, string]>) =>
      afd.createDetectorVersion(
        DETECTOR,
        content,
        tags.map(([key, value]) => ({ key, value })),
      );
    const closedPr = await mk([
      ['fdp:repository', REPO],
      ['fdp:pr', '7'],
    ]);
    const openPr = await mk([
      ['fdp:repository', REPO],
      ['fdp:pr', '8'],
    ]);
    const otherRepo = await mk([
      ['fdp:repository', 'someone/else'],
      ['fdp:pr', '7'],
    ]);
    const report = newDetectorReport(DETECTOR, 'draft');
    await runDetector(
      { afd, log },
      {
        request: detectorRequest({ promote: false, deleteStaleDrafts: true }),
        tags: [
          { key: 'fdp:repository', value: REPO },
          { key: 'fdp:pr', value: '9' },
        ],
        repository: REPO,
        runId: '1',
        pullNumber: 9,
        isPullOpen: (n) => Promise.resolve(n !== 7),
      },
      report,
    );
    const ids = e.snapshot().detectorVersions.map((v) => v.detectorVersionId);
    expect(ids).not.toContain(closedPr.detectorVersionId);
    expect(ids).toEqual(
      expect.arrayContaining([
        openPr.detectorVersionId,
        otherRepo.detectorVersionId,
        '3',
        report.detectorVersionId!,
      ]),
    );
    expect(report.notes.join(' ')).toContain(
      `Deleted stale drafts of closed pull requests: ${closedPr.detectorVersionId}`,
    );
  });
  it('a stale draft that cannot be deleted is a warning; the run goes on', async () => {
    const { emu: e, afd } = await setUp();
    const stale = await afd.createDetectorVersion(
      DETECTOR,
      {
        rules: [{ ruleId: 'approve_default', ruleVersion: '1' }],
        modelVersions: [],
        externalModelEndpoints: [],
        ruleExecutionMode: 'FIRST_MATCHED',
      },
      [
        { key: 'fdp:repository', value: REPO },
        { key: 'fdp:pr', value: '7' },
      ],
    );
    e.faults.set([{ operation: 'DeleteDetectorVersion', kind: 'expired-token', count: 1 }]);
    const warnings: string[] = [];
    const report = newDetectorReport(DETECTOR, 'draft');
    await runDetector(
      { afd, log: { info: () => undefined, warning: (m) => warnings.push(m) } },
      {
        request: detectorRequest({ promote: false, deleteStaleDrafts: true }),
        tags: [{ key: 'fdp:repository', value: REPO }],
        repository: REPO,
        runId: '1',
        pullNumber: 9,
        isPullOpen: (n) => Promise.resolve(n !== 7),
      },
      report,
    );
    expect(warnings.join(' ')).toMatch(
      new RegExp(`Could not delete stale draft ${stale.detectorVersionId} of closed PR #7`),
    );
    expect(report.status).toBe('DRAFT');
    expect(e.snapshot().detectorVersions.map((v) => v.detectorVersionId)).toContain(
      stale.detectorVersionId,
    );
  });
});

describe('a write whose answer is lost (it took effect, the connection broke)', () => {
  const manualClock = (e: Emulator) => ({
    now: () => e.clock.now(),
    sleep: (ms: number) => Promise.resolve(void e.clock.advance(ms)),
  });

  it('UpdateModelVersion is not sent again: the started training is found and carried on', async () => {
    const { emu: e, afd } = await setUp();
    e.configureModel('payments_model', { trainingDurationMs: 30 * 60_000 });
    e.faults.set([{ operation: 'UpdateModelVersion', kind: 'lost-response', count: 1 }]);
    const clock = manualClock(e);
    const infos: string[] = [];
    const report = newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        activationRequested: false,
      },
      clock.now(),
    );
    await runRetrain(
      { afd, clock, log: { info: (m) => infos.push(m), warning: (m) => infos.push(m) } },
      {
        model: {
          modelId: 'payments_model',
          modelType: 'TRANSACTION_FRAUD_INSIGHTS',
          majorVersionNumber: '1',
          retrain: {
            kind: 'external',
            dataLocation: 's3://acme-fraud-training/payments/2026-12/training.csv',
            dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTrainingData',
          },
          gates: {},
          activate: false,
        },
        tags: [],
        wait: true,
        deadline: clock.now() + 3600_000,
      },
      report,
    );
    expect(report.outcome).toBe('succeeded');
    expect(report.modelVersionNumber).toBe('1.03');
    expect(e.calls.filter((c) => c.operation === 'UpdateModelVersion')).toHaveLength(1);
    expect(e.snapshot().modelVersions.filter((v) => v.modelId === 'payments_model')).toHaveLength(
      4,
    );
    expect(infos.join('\n')).toMatch(/but version 1\.03 was started from this data/);
  });

  it('CreateDetectorVersion is not sent again, and a lost promotion answer is checked, not repeated', async () => {
    const { emu: e, afd } = await setUp();
    e.faults.set([
      { operation: 'CreateDetectorVersion', kind: 'lost-response', count: 1 },
      { operation: 'UpdateDetectorVersionStatus', kind: 'lost-response', count: 1 },
    ]);
    const report = newDetectorReport(DETECTOR, 'apply');
    await runDetector(
      { afd, log },
      {
        request: detectorRequest(),
        tags: [
          { key: 'fdp:repository', value: REPO },
          { key: 'fdp:run-id', value: '77' },
        ],
        repository: REPO,
        runId: '77',
      },
      report,
    );
    expect(report).toMatchObject({ detectorVersionId: '4', status: 'ACTIVE', promoted: true });
    expect(e.calls.filter((c) => c.operation === 'CreateDetectorVersion')).toHaveLength(1);
    expect(e.calls.filter((c) => c.operation === 'UpdateDetectorVersionStatus')).toHaveLength(1);
    expect(e.snapshot().detectorVersions.map((v) => v.detectorVersionId)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});

describe('a CreateDetectorVersion that AFD finishes after the request timed out', () => {
  it('is looked for after a pause, not created twice: the run ends with exactly one new version', async () => {
    emu = await startEmulator({ seed: exampleSeed(), clock: { mode: 'manual' } });
    const e = emu;
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIDTEST';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
    gateway = new AfdGateway({ region: 'us-east-1', endpointUrl: e.url, requestTimeoutMs: 300 });
    // AFD holds the create past the client's timeout, then makes the version anyway.
    e.faults.set([
      { operation: 'CreateDetectorVersion', kind: 'latency', latencyMs: 1_500, count: 1 },
    ]);
    const createdOnAfd = () =>
      e.calls.some((c) => c.operation === 'CreateDetectorVersion' && c.status === 200);
    const warnings: string[] = [];
    const report = newDetectorReport(DETECTOR, 'apply');
    await runDetector(
      {
        afd: gateway,
        log: { info: () => undefined, warning: (m) => warnings.push(m) },
        // The action's pause before it looks: long enough here for AFD to finish the create.
        sleep: async () => {
          while (!createdOnAfd()) await new Promise((r) => setTimeout(r, 20));
        },
      },
      {
        request: detectorRequest({ promote: false }),
        tags: [
          { key: 'fdp:repository', value: REPO },
          { key: 'fdp:run-id', value: '78' },
        ],
        repository: REPO,
        runId: '78',
      },
      report,
    );
    expect(report).toMatchObject({ detectorVersionId: '4', action: 'created' });
    expect(e.calls.filter((c) => c.operation === 'CreateDetectorVersion')).toHaveLength(1);
    expect(e.snapshot().detectorVersions.map((v) => v.detectorVersionId)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(warnings.join('\n')).not.toMatch(/nothing was created/);
  });
});

describe('a proposal that AFD would refuse is stopped before any write', () => {
  it('names a rule version that does not exist and a model version that is not ACTIVE', async () => {
    const { emu: e, afd } = await setUp();
    const err = await runDetector(
      { afd, log },
      {
        request: detectorRequest({
          rules: [
            { ruleId: 'review_medium_score', ruleVersion: '9' },
            { ruleId: 'approve_default', ruleVersion: '1' },
          ],
          modelVersions: [
            {
              modelId: 'payments_model',
              modelType: 'TRANSACTION_FRAUD_INSIGHTS',
              modelVersionNumber: '1.01',
            },
          ],
        }),
        tags: [],
        repository: REPO,
        runId: '1',
      },
      newDetectorReport(DETECTOR, 'apply'),
    ).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ActionError);
    const message = (err as Error).message;
    expect(message).toMatch(/review_medium_score.*9/);
    expect(message).toMatch(/payments_model.*1\.01.*TRAINING_COMPLETE/);
    expect(message).toContain('activate-model');
    expect(writes(e)).toEqual([]);
  });
});

describe('a reviewed plan and rules as code', () => {
  it('a merge whose only write is a rule description (UpdateRuleMetadata) is checked against the reviewed plan', async () => {
    const { emu: e, afd } = await setUp();
    const request = detectorRequest({
      rules: [
        { ruleId: 'block_known_bad_ip', ruleVersion: '2' },
        {
          ruleId: 'high_model_score',
          expression: '$payments_model_insightscore > 900',
          outcomes: ['block'],
          description: 'Changed after the review',
        },
        { ruleId: 'review_medium_score', ruleVersion: '1' },
        { ruleId: 'approve_default', ruleVersion: '1' },
      ],
    });
    e.calls.length = 0;
    const err = await runDetector(
      { afd, log },
      {
        request,
        tags: [],
        repository: REPO,
        runId: '1',
        reviewed: { pullNumber: 7, fingerprint: '0123456789abcdef' },
      },
      newDetectorReport(DETECTOR, 'apply'),
    ).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toContain('differs from the one reviewed on PR #7');
    expect(writes(e)).toEqual([]);
  });
});
