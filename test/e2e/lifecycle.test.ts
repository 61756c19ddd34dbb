// Rollback (rollback-to) and retention (keep-inactive-versions) end to end:
// dist/index.js run as the runner runs it, against the AFD emulator seeded with
// the example account (payments_detector: 1 INACTIVE on model 1.01, which is
// undeployed; 2 ACTIVE on 1.02; 3 DRAFT; none of them tagged by the action).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { loadSeedFile } from '../../emulator/seed.js';
import type { ActionRun } from '../../scripts/local-runner.js';
import { apiPull, startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import {
  EXAMPLE_SEED,
  pullRequestPayload,
  runAgainst,
  startScaledEmulator,
  visibleText,
  writeCalls,
} from './harness.js';

const DETECTOR = 'payments_detector';
const TFI = 'TRANSACTION_FRAUD_INSIGHTS';

let emu: Emulator;
beforeEach(async () => {
  emu = await startScaledEmulator();
});
afterEach(async () => {
  await emu.close();
});

/** One workflow run of the action on workflow_dispatch; `runId` makes re-runs of one run. */
function dispatch(
  inputs: Record<string, string>,
  opts: { runId?: string; attempt?: string; kill?: () => boolean } = {},
): Promise<ActionRun> {
  return runAgainst(emu, {
    eventName: 'workflow_dispatch',
    payload: {},
    inputs: { mode: 'apply', 'detector-id': DETECTOR, ...inputs },
    env: {
      ...(opts.runId ? { GITHUB_RUN_ID: opts.runId } : {}),
      ...(opts.attempt ? { GITHUB_RUN_ATTEMPT: opts.attempt } : {}),
    },
    ...(opts.kill ? { kill: { signal: 'SIGKILL' as const, when: opts.kill } } : {}),
  });
}

/** A promotion that creates a new version, told apart by its description. */
async function promoteNew(description: string, extra: Record<string, string> = {}): Promise<void> {
  const run = await dispatch({ promote: 'true', description, ...extra });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
}

function statuses(): Record<string, string> {
  return Object.fromEntries(
    emu
      .snapshot()
      .detectorVersions.filter((v) => v.detectorId === DETECTOR)
      .map((v) => [v.detectorVersionId, v.status]),
  );
}

function modelStatus(version: string, modelId = 'payments_model'): string | undefined {
  return emu
    .snapshot()
    .modelVersions.find((m) => m.modelId === modelId && m.modelVersionNumber === version)?.status;
}

/** A kill condition: AFD has answered `op` with success once. */
const ok = (op: string) => (): boolean =>
  emu.calls.some((c) => c.operation === op && c.status === 200);

/**
 * One attempt of run `runId` that the runner kills (SIGKILL) as soon as
 * `reached` holds: from then on AFD sees no further request of it.
 */
async function crashedAttempt(
  inputs: Record<string, string>,
  runId: string,
  reached: () => boolean,
): Promise<void> {
  const decide = emu.faults.decide.bind(emu.faults);
  emu.faults.decide = (op) => (reached() ? { latencyMs: 0, failure: 'drop' } : decide(op));
  const killed = await dispatch(inputs, { runId, kill: reached });
  expect(killed.signal).toBe('SIGKILL');
  emu.faults.decide = decide;
}

function expectClean(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/::error/);
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
}

describe('rollback-to', () => {
  it('previous, after a promotion: re-activates the version it replaced (by the tag), verified, without creating anything', async () => {
    await promoteNew('release A');
    expect(statuses()).toMatchObject({ '2': 'INACTIVE', '4': 'ACTIVE' });
    emu.calls.length = 0;

    const run = await dispatch({ 'rollback-to': 'previous' });
    expectClean(run);
    expect(statuses()).toMatchObject({ '1': 'INACTIVE', '2': 'ACTIVE', '4': 'INACTIVE' });
    expect(run.outputs).toMatchObject({ detectorVersionId: '2', detectorVersionStatus: 'ACTIVE' });
    expect(run.stdout).toMatch(/version 4 replaced version 2 when this action promoted it/);
    expect(writeCalls(emu)).toEqual(['TagResource', 'UpdateDetectorVersionStatus']);
    expect(run.summary).toMatch(/Rolled back: existing version 2 was made ACTIVE again/);
  });

  it('in plan mode shows the diff from the ACTIVE version and writes nothing', async () => {
    await promoteNew('release A');
    emu.calls.length = 0;
    const run = await dispatch({ mode: 'plan', 'rollback-to': 'previous' });
    expectClean(run);
    expect(run.outputs).toMatchObject({ detectorVersionId: '2', detectorVersionStatus: 'PLANNED' });
    const plan = JSON.parse(run.outputs.plan!) as {
      base: { detectorVersionId: string };
      rollback: { targetVersionId: string; reason: string };
      description: { from: string; to: string } | null;
    };
    expect(plan.base.detectorVersionId).toBe('4');
    expect(plan.rollback.targetVersionId).toBe('2');
    expect(writeCalls(emu)).toEqual([]);
    expect(statuses()['4']).toBe('ACTIVE');
  });

  it('to an id whose model version was undeployed: deploys it first, then re-activates', async () => {
    expect(modelStatus('1.01')).toBe('TRAINING_COMPLETE');
    const run = await dispatch({ 'rollback-to': '1' });
    expectClean(run);
    expect(modelStatus('1.01')).toBe('ACTIVE');
    expect(statuses()).toMatchObject({ '1': 'ACTIVE', '2': 'INACTIVE' });
    expect(writeCalls(emu)).toEqual([
      'UpdateModelVersionStatus',
      'TagResource',
      'UpdateDetectorVersionStatus',
    ]);
    expect(run.summary).toMatch(/Deployed model payments\\_model 1\.01/);
  });

  it('previous without the action tags takes the most recently updated INACTIVE version, and says so', async () => {
    const run = await dispatch({ 'rollback-to': 'previous' });
    expectClean(run);
    expect(run.stdout).toMatch(/no fdp:replaced-version tag.*most recently updated INACTIVE/);
    expect(statuses()['1']).toBe('ACTIVE');
  });

  it('stops before any write when the deploy quota is full', async () => {
    const seed = loadSeedFile(EXAMPLE_SEED);
    for (const [i, id] of ['m_a', 'm_b', 'm_c'].entries()) {
      seed.models = [
        ...(seed.models ?? []),
        { modelId: id, modelType: TFI, eventTypeName: 'payment' },
      ];
      seed.modelVersions = [
        ...(seed.modelVersions ?? []),
        {
          modelId: id,
          modelType: TFI,
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
    emu.seed(seed);
    const run = await dispatch({ 'rollback-to': '1' });
    expect(run.exitCode).not.toBe(0);
    expect(visibleText(run)).toMatch(/5 deployed model versions, AFD's quota of 5/);
    expect(writeCalls(emu)).toEqual([]);
    expect(statuses()).toMatchObject({ '1': 'INACTIVE', '2': 'ACTIVE' });
  });

  it('refuses a DRAFT and an unknown version before any write', async () => {
    for (const target of ['3', '99']) {
      const run = await dispatch({ 'rollback-to': target });
      expect(run.exitCode, target).not.toBe(0);
      expect(visibleText(run)).toMatch(target === '3' ? /it is a DRAFT/ : /has no such version/);
    }
    expect(writeCalls(emu)).toEqual([]);
  });

  it('a re-run of a successful rollback to previous writes nothing and reports the same outputs', async () => {
    const first = await dispatch({ 'rollback-to': 'previous' }, { runId: '500' });
    expectClean(first);
    const writes = writeCalls(emu).length;
    const rerun = await dispatch({ 'rollback-to': 'previous' }, { runId: '500', attempt: '2' });
    expectClean(rerun);
    expect(writeCalls(emu)).toHaveLength(writes);
    // The same outputs; only the plan's reason says that this run had already done it.
    const { plan: firstPlan, ...firstRest } = first.outputs;
    const { plan: rerunPlan, ...rerunRest } = rerun.outputs;
    expect(rerunRest).toEqual(firstRest);
    const withoutReason = (p: string | undefined) => {
      const { rollback, ...rest } = JSON.parse(p!) as { rollback: { targetVersionId: string } };
      return { ...rest, target: rollback.targetVersionId };
    };
    expect(withoutReason(rerunPlan)).toEqual(withoutReason(firstPlan));
    expect(JSON.parse(rerunPlan!)).toMatchObject({
      rollback: { reason: 'an earlier attempt of this run already made it ACTIVE' },
    });
    expect(statuses()).toMatchObject({ '1': 'ACTIVE', '2': 'INACTIVE' });
  });

  it.each([
    ['the model activation was requested', ok('UpdateModelVersionStatus')],
    ['the promotion was requested', ok('UpdateDetectorVersionStatus')],
  ])('killed after %s, the re-run finishes the rollback exactly once', async (_name, reached) => {
    await crashedAttempt({ 'rollback-to': 'previous' }, '600', reached);

    const rerun = await dispatch({ 'rollback-to': 'previous' }, { runId: '600', attempt: '2' });
    expectClean(rerun);
    expect(statuses()).toMatchObject({ '1': 'ACTIVE', '2': 'INACTIVE' });
    expect(modelStatus('1.01')).toBe('ACTIVE');
    expect(rerun.outputs).toMatchObject({
      detectorVersionId: '1',
      detectorVersionStatus: 'ACTIVE',
    });
    const writes = writeCalls(emu);
    expect(writes.filter((op) => op === 'UpdateModelVersionStatus')).toHaveLength(1);
    expect(writes.filter((op) => op === 'UpdateDetectorVersionStatus')).toHaveLength(1);
  });
});

describe('keep-inactive-versions', () => {
  /** payments_model 1.0 deployed, so a version can use a model no other version uses. */
  function seedDeployedOldModel(): void {
    const seed = loadSeedFile(EXAMPLE_SEED);
    seed.modelVersions = (seed.modelVersions ?? []).map((m) =>
      m.modelId === 'payments_model' && m.modelVersionNumber === '1.0'
        ? { ...m, status: 'ACTIVE' }
        : m,
    );
    emu.seed(seed);
  }
  const ON_OLD_MODEL = `- { modelId: payments_model, modelType: ${TFI}, modelVersionNumber: "1.0" }`;
  const ON_CURRENT_MODEL = `- { modelId: payments_model, modelType: ${TFI}, modelVersionNumber: "1.02" }`;

  /** Versions 4 (on 1.0) and 5 (on 1.02), promoted one after the other: 5 ACTIVE, 4 replaced by it. */
  async function twoPromotions(): Promise<void> {
    seedDeployedOldModel();
    await promoteNew('release A', { 'model-versions': ON_OLD_MODEL });
    await promoteNew('release B', { 'model-versions': ON_CURRENT_MODEL });
    expect(statuses()).toMatchObject({ '2': 'INACTIVE', '4': 'INACTIVE', '5': 'ACTIVE' });
    emu.calls.length = 0;
  }

  it('a plan lists what retention would delete, and deletes nothing', async () => {
    await twoPromotions();
    const run = await dispatch({
      mode: 'plan',
      promote: 'true',
      description: 'release C',
      'keep-inactive-versions': '1',
    });
    expectClean(run);
    const plan = JSON.parse(run.outputs.plan!) as {
      retention: { keepInactiveVersions: number; wouldDelete: string[] };
    };
    // 5 becomes the replaced version (kept, counted); 4 is the action's own and beyond N.
    expect(plan.retention).toEqual({ keepInactiveVersions: 1, wouldDelete: ['4'] });
    expect(run.summary).toMatch(/Retention.*would delete version 4/);
    expect(writeCalls(emu)).toEqual([]);
  });

  const RELEASE_C = { promote: 'true', description: 'release C', 'keep-inactive-versions': '1' };
  const UNDEPLOYING = /^(INACTIVATE_REQUESTED|INACTIVATE_IN_PROGRESS|TRAINING_COMPLETE)$/;
  /** What retention leaves after release C: 6 ACTIVE, 5 kept, 4 deleted, 1.0 undeployed. */
  function expectRetainedAfterReleaseC(): void {
    expect(statuses()).toEqual({
      '1': 'INACTIVE',
      '2': 'INACTIVE',
      '3': 'DRAFT',
      '5': 'INACTIVE',
      '6': 'ACTIVE',
    });
    expect(modelStatus('1.0')).toMatch(UNDEPLOYING);
    expect(modelStatus('1.02')).toBe('ACTIVE');
    // Deployed and used by no detector version, but retention never freed it: not its to undeploy.
    expect(modelStatus('1.0', 'signup_model')).toBe('ACTIVE');
  }

  it('after a promotion deletes exactly the own INACTIVE versions beyond N and undeploys the freed model', async () => {
    await twoPromotions();
    const run = await dispatch(RELEASE_C);
    expectClean(run);
    // 6 ACTIVE; 5 (just replaced) kept; 4 deleted; 1 and 2 (not the action's) and the DRAFT 3
    // kept; only 4 used payments_model 1.0: it is being undeployed (to "Ready to deploy").
    expectRetainedAfterReleaseC();
    expect(writeCalls(emu).filter((op) => op === 'DeleteDetectorVersion')).toHaveLength(1);
    expect(run.summary).toMatch(/Retention deleted INACTIVE version 4\./);
    expect(run.summary).toMatch(
      /Undeployed model versions no detector version uses: payments\\_model 1\.0\./,
    );
  });

  it('a re-run after a crash right after the promotion still runs retention, exactly once', async () => {
    await twoPromotions();
    await crashedAttempt(RELEASE_C, '910', ok('UpdateDetectorVersionStatus'));
    expect(statuses()).toMatchObject({ '4': 'INACTIVE', '5': 'INACTIVE', '6': 'ACTIVE' });

    const rerun = await dispatch(RELEASE_C, { runId: '910', attempt: '2' });
    expectClean(rerun);
    expectRetainedAfterReleaseC();
    const writes = writeCalls(emu);
    expect(writes.filter((op) => op === 'CreateDetectorVersion')).toHaveLength(1);
    expect(writes.filter((op) => op === 'UpdateDetectorVersionStatus')).toHaveLength(1);
    expect(writes.filter((op) => op === 'DeleteDetectorVersion')).toHaveLength(1);
    expect(rerun.summary).toMatch(/Retention deleted INACTIVE version 4\./);
  });

  it('a re-run after a crash between deleting versions and undeploying still undeploys the freed model', async () => {
    await twoPromotions();
    await crashedAttempt(RELEASE_C, '920', ok('DeleteDetectorVersion'));
    expect(statuses()['4']).toBeUndefined();
    expect(modelStatus('1.0')).toBe('ACTIVE');

    const rerun = await dispatch(RELEASE_C, { runId: '920', attempt: '2' });
    expectClean(rerun);
    expectRetainedAfterReleaseC();
    const writes = writeCalls(emu);
    expect(writes.filter((op) => op === 'DeleteDetectorVersion')).toHaveLength(1);
    expect(writes.filter((op) => op === 'UpdateModelVersionStatus')).toHaveLength(1);
    expect(rerun.summary).toMatch(
      /Undeployed model versions no detector version uses: payments\\_model 1\.0\./,
    );

    // Decided means done: no model version is left marked for a later retention to undeploy.
    const marked = Object.entries(emu.snapshot().tags).filter(([, tags]) =>
      tags.some((t) => t.key === 'fdp:freed-by-retention'),
    );
    expect(marked).toEqual([]);
  });

  it('after a rollback keeps the version rolled back from, and a re-run deletes nothing more', async () => {
    await twoPromotions();
    const run = await dispatch(
      { 'rollback-to': '4', 'keep-inactive-versions': '1' },
      { runId: '700' },
    );
    expectClean(run);
    // 4 ACTIVE again, 5 replaced (kept); no other own INACTIVE version is left to delete.
    expect(statuses()).toMatchObject({ '4': 'ACTIVE', '5': 'INACTIVE', '2': 'INACTIVE' });
    const writes = writeCalls(emu).length;
    const rerun = await dispatch(
      { 'rollback-to': '4', 'keep-inactive-versions': '1' },
      { runId: '700', attempt: '2' },
    );
    expectClean(rerun);
    expect(writeCalls(emu)).toHaveLength(writes);
  });
});

describe('drafts after a merge', () => {
  const TOKEN = 'ghs_e2eTestToken000000000000000000000001';
  const MERGED = 42;
  const MERGE_SHA = 'c'.repeat(40);
  let gh: GitHubApi;
  beforeEach(async () => {
    gh = await startGitHubApi({ token: TOKEN });
  });
  afterEach(async () => {
    await gh.close();
  });

  /** mode draft on pull request `pr`: its one DRAFT, told apart from the ACTIVE version by `inputs`. */
  async function draftFor(pr: number, inputs: Record<string, string>): Promise<void> {
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: pullRequestPayload(pr, 'opened', 'a'.repeat(40)),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/pull/${pr}/merge`,
        GITHUB_SHA: '1'.repeat(40),
      },
      inputs: { mode: 'draft', 'detector-id': DETECTOR, 'github-token': TOKEN, ...inputs },
    });
    expectClean(run);
  }

  /** The push to the default branch that merged pull request MERGED, applied with `inputs`. */
  async function merge(inputs: Record<string, string>): Promise<ActionRun> {
    const push = webhookExample('push') as { repository: { default_branch: string } };
    const branch = push.repository.default_branch;
    gh.state.pullsByCommit.set(MERGE_SHA, [
      apiPull({
        number: MERGED,
        headSha: 'a'.repeat(40),
        mergeCommitSha: MERGE_SHA,
        baseRef: branch,
      }),
    ]);
    const run = await runAgainst(emu, {
      eventName: 'push',
      payload: push,
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/heads/${branch}`,
        GITHUB_REF_NAME: branch,
        GITHUB_SHA: MERGE_SHA,
      },
      inputs: { 'detector-id': DETECTOR, 'github-token': TOKEN, ...inputs },
    });
    expectClean(run);
    return run;
  }

  it("deletes the merged pull request's draft when the applied proposal differs from it, and the drafts of closed ones", async () => {
    const reviewed = { description: 'reviewed on the PR' };
    await draftFor(41, reviewed);
    await draftFor(MERGED, reviewed);
    await draftFor(43, reviewed);
    expect(statuses()).toMatchObject({ '4': 'DRAFT', '5': 'DRAFT', '6': 'DRAFT' });
    gh.state.pullStates.set(41, 'closed');
    gh.state.pullStates.set(43, 'open');

    // The merged content differs from the PR's draft (main changed the rule execution mode meanwhile).
    const run = await merge({
      'rule-execution-mode': 'ALL_MATCHED',
      promote: 'true',
      'keep-inactive-versions': '5',
    });
    // 7 created and ACTIVE; the drafts of the merged PR (5) and the closed one (4) deleted;
    // the open PR's draft 6 and the seeded DRAFT 3 (not the action's) kept.
    expect(statuses()).toEqual({
      '1': 'INACTIVE',
      '2': 'INACTIVE',
      '3': 'DRAFT',
      '6': 'DRAFT',
      '7': 'ACTIVE',
    });
    expect(run.summary).toMatch(
      /Deleted the drafts of closed pull requests: versions (4, 5|5, 4)\./,
    );
  });

  it("reuses the merged pull request's draft when it equals the proposal, and keeps it", async () => {
    await draftFor(MERGED, { 'rule-execution-mode': 'ALL_MATCHED' });
    emu.calls.length = 0;
    await merge({
      'rule-execution-mode': 'ALL_MATCHED',
      promote: 'true',
      'keep-inactive-versions': '5',
    });
    expect(statuses()).toMatchObject({ '2': 'INACTIVE', '4': 'ACTIVE' });
    expect(writeCalls(emu)).not.toContain('CreateDetectorVersion');
    expect(writeCalls(emu)).not.toContain('DeleteDetectorVersion');
  });

  it("deletes the merged pull request's draft when the merge changes nothing, so nothing is promoted", async () => {
    await draftFor(MERGED, { 'rule-execution-mode': 'ALL_MATCHED' });
    // Main had ALL_MATCHED reverted before the merge: the proposal is the ACTIVE version.
    const run = await merge({ promote: 'true', 'keep-inactive-versions': '5' });
    expect(run.outputs).toMatchObject({ detectorVersionId: '2', changed: 'false' });
    expect(statuses()).toEqual({ '1': 'INACTIVE', '2': 'ACTIVE', '3': 'DRAFT' });
    expect(run.summary).toMatch(/Deleted the drafts of closed pull requests: versions 4\./);
  });
});
