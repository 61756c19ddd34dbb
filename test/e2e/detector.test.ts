// The detector flows end to end: dist/index.js with real webhook payloads,
// against the AFD emulator and a loopback GitHub API.
import { FraudDetectorClient, UpdateRuleVersionCommand } from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { DUMMY_AWS } from '../../scripts/local-runner.js';
import { apiPull, startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import {
  pullRequestPayload,
  runAgainst,
  startScaledEmulator,
  visibleText,
  writeCalls,
} from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eTestToken000000000000000000000001';
const PR = 42;
const RULES_V2 =
  '- block_known_bad_ip@2\n- high_model_score@5\n- review_medium_score@2\n- approve_default@1\n';
const RULES_REORDERED =
  '- high_model_score@5\n- block_known_bad_ip@2\n- review_medium_score@2\n- approve_default@1\n';

let emu: Emulator;
let gh: GitHubApi;
beforeEach(async () => {
  emu = await startScaledEmulator({
    payments_model: { trainingDurationMs: 90 * 60_000, metrics: { auc: 0.94 } },
  });
  gh = await startGitHubApi({ token: TOKEN });
  // A fraud analyst authored a new version of a rule: review_medium_score 2.
  const afd = new FraudDetectorClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: {
      accessKeyId: DUMMY_AWS.AWS_ACCESS_KEY_ID,
      secretAccessKey: DUMMY_AWS.AWS_SECRET_ACCESS_KEY,
    },
  });
  const rule = emu
    .snapshot()
    .rules.find((r) => r.ruleId === 'review_medium_score' && r.ruleVersion === '1')!;
  await afd.send(
    new UpdateRuleVersionCommand({
      rule: { detectorId: DETECTOR, ruleId: 'review_medium_score', ruleVersion: '1' },
      expression: '$payments_model_insightscore > 650',
      language: 'DETECTORPL',
      outcomes: rule.outcomes,
    }),
  );
  afd.destroy();
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh.close();
});

function prPayload(action: 'opened' | 'synchronize', headSha: string) {
  return pullRequestPayload(PR, action, headSha);
}

const prEnv = (sha: string) => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REF: `refs/pull/${PR}/merge`,
  GITHUB_REF_NAME: `${PR}/merge`,
  GITHUB_SHA: sha,
});

function detectorVersions() {
  return emu.snapshot().detectorVersions.filter((v) => v.detectorId === DETECTOR);
}

function tagsOf(versionId: string): Record<string, string> {
  const tags = emu.snapshot().tags;
  const key = Object.keys(tags).find((k) =>
    k.endsWith(`detector-version/${DETECTOR}/${versionId}`),
  );
  return Object.fromEntries((key ? tags[key]! : []).map((t) => [t.key, t.value]));
}

describe('pull request plan', () => {
  it('posts one sticky comment, updates it in place on the next push, and writes nothing to AFD', async () => {
    const first = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'a'.repeat(40)),
      env: prEnv('1'.repeat(40)),
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(first.stdout + first.stderr).not.toMatch(/::error|::warning/);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      changed: 'true',
      detectorVersionStatus: 'PLANNED',
      detectorVersionId: '4',
    });
    const plan = JSON.parse(first.outputs.plan!) as {
      schemaVersion: number;
      base: { detectorVersionId: string };
      rules: {
        changed: Array<{ ruleId: string; from: string; to: string; expressionTo?: string }>;
      };
    };
    expect(plan.schemaVersion).toBe(1);
    expect(plan.base.detectorVersionId).toBe('2');
    expect(plan.rules.changed).toMatchObject([
      { ruleId: 'review_medium_score', from: '1', to: '2' },
    ]);
    expect(plan.rules.changed[0]!.expressionTo).toContain('> 650');
    expect(writeCalls(emu)).toEqual([]);

    const comments = gh.state.comments.get(PR)!;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.split('\n')[0]).toMatch(
      /^<!-- fraud-detector-promote:detector=payments_detector region=us-east-1 fingerprint=[0-9a-f]{16} -->$/,
    );
    // Only what changed: not the unchanged mode, nor the description generated from the commit.
    expect(body.split('\n')[3]).toBe('Rules +0 ~1 -0');
    expect(body).toContain('```diff');
    expect(body).toContain('> 650');
    expect(first.summary).toContain('Rules +0 ~1 -0');
    const commentId = comments[0]!.id;

    // A second push reorders the rules: the same comment is edited, not a new one posted.
    const second = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('synchronize', 'b'.repeat(40)),
      env: { ...prEnv('2'.repeat(40)), GITHUB_RUN_ID: '5550001' },
      inputs: { 'detector-id': DETECTOR, rules: RULES_REORDERED, 'github-token': TOKEN },
    });
    expect(second.exitCode).toBe(0);
    const after = gh.state.comments.get(PR)!;
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(commentId);
    expect(after[0]!.body).not.toBe(body);
    expect(after[0]!.body).toMatch(/↕\s?1|moved/i);

    // A re-run of that job: the body is unchanged, so the comment is not edited.
    const patchesBefore = gh.requests.filter((r) => r.method === 'PATCH').length;
    const third = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('synchronize', 'b'.repeat(40)),
      env: { ...prEnv('2'.repeat(40)), GITHUB_RUN_ID: '5550001' },
      inputs: { 'detector-id': DETECTOR, rules: RULES_REORDERED, 'github-token': TOKEN },
    });
    expect(third.exitCode).toBe(0);
    expect(gh.requests.filter((r) => r.method === 'PATCH').length).toBe(patchesBefore);
    for (const run of [first, second, third]) {
      expect(visibleText(run)).not.toContain(TOKEN);
    }
  });

  it('posts no comment when nothing changes and none exists yet', async () => {
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'a'.repeat(40)),
      env: prEnv('1'.repeat(40)),
      inputs: { 'detector-id': DETECTOR, 'github-token': TOKEN },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', detectorVersionId: '2' });
    expect(gh.state.comments.get(PR) ?? []).toHaveLength(0);
  });

  it('a comment that cannot be written is a warning with the permissions snippet, not a failure', async () => {
    gh.failWith(/\/issues\/\d+\/comments/, 403, {
      method: 'POST',
      message: 'Resource not accessible by integration',
    });
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'a'.repeat(40)),
      env: prEnv('1'.repeat(40)),
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*pull-requests: write/);
  });
});

describe('draft mode and promotion on merge', () => {
  it('creates one DRAFT per PR, updates it on later pushes, and a merge promotes that reviewed draft', async () => {
    const draft1 = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'a'.repeat(40)),
      env: prEnv('1'.repeat(40)),
      inputs: {
        mode: 'draft',
        'detector-id': DETECTOR,
        rules: RULES_REORDERED,
        'github-token': TOKEN,
      },
    });
    expect(draft1.exitCode).toBe(0);
    expect(draft1.outputs).toMatchObject({
      detectorVersionId: '4',
      detectorVersionStatus: 'DRAFT',
    });
    expect(tagsOf('4')).toMatchObject({
      'fdp:pr': String(PR),
      'fdp:repository': 'octo-org/fraud-rules',
    });

    const draft2 = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('synchronize', 'b'.repeat(40)),
      env: prEnv('2'.repeat(40)),
      inputs: { mode: 'draft', 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(draft2.exitCode).toBe(0);
    expect(draft2.outputs).toMatchObject({
      detectorVersionId: '4',
      detectorVersionStatus: 'DRAFT',
    });
    expect(writeCalls(emu).filter((op) => op === 'CreateDetectorVersion')).toHaveLength(1);
    expect(writeCalls(emu)).toContain('UpdateDetectorVersion');
    const v4 = detectorVersions().find((v) => v.detectorVersionId === '4')!;
    expect(v4.status).toBe('DRAFT');
    expect(v4.rules.map((r) => `${r.ruleId}@${r.ruleVersion}`)).toEqual([
      'block_known_bad_ip@2',
      'high_model_score@5',
      'review_medium_score@2',
      'approve_default@1',
    ]);

    // The merge: a push to the default branch whose commit belongs to PR 42.
    const push = webhookExample('push') as { repository: { default_branch: string } };
    const branch = push.repository.default_branch;
    const mergeSha = 'c'.repeat(40);
    gh.state.pullsByCommit.set(mergeSha, [
      apiPull({ number: PR, headSha: 'b'.repeat(40), mergeCommitSha: mergeSha, baseRef: branch }),
    ]);
    emu.calls.length = 0;
    const merge = await runAgainst(emu, {
      eventName: 'push',
      payload: push,
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/heads/${branch}`,
        GITHUB_REF_NAME: branch,
        GITHUB_SHA: mergeSha,
      },
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, promote: 'true', 'github-token': TOKEN },
    });
    expect(merge.stdout + merge.stderr).not.toMatch(/::error/);
    expect(merge.exitCode).toBe(0);
    expect(merge.outputs).toMatchObject({
      detectorVersionId: '4',
      detectorVersionStatus: 'ACTIVE',
      changed: 'true',
    });
    // The map output says the same, keyed by the detector.
    expect(JSON.parse(merge.outputs.detectors!)).toEqual({
      [DETECTOR]: { detectorVersionId: '4', detectorVersionStatus: 'ACTIVE', changed: true },
    });
    // The tag first (the version it replaces, for rollback-to previous), then the promotion.
    expect(writeCalls(emu)).toEqual(['TagResource', 'UpdateDetectorVersionStatus']);
    expect(tagsOf('4')).toMatchObject({ 'fdp:replaced-version': '2' });
    const statuses = Object.fromEntries(
      detectorVersions().map((v) => [v.detectorVersionId, v.status]),
    );
    expect(statuses).toMatchObject({ '2': 'INACTIVE', '4': 'ACTIVE' });
    expect(merge.stdout).toContain('Reusing the reviewed draft 4 of PR #42');
    // What was applied is what was reviewed: the fingerprint in the PR comment matches.
    expect(merge.summary).toContain('Matches the plan reviewed on the pull request');
  });
});

describe('release: retrain, activate, create and promote in one run', () => {
  it('puts the retrained model version into a new detector version and makes it ACTIVE', async () => {
    const release = webhookExample('release', 'published');
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: release,
      inputs: {
        'model-id': 'payments_model',
        'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
        'major-version-number': '1',
        'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
        'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
        'min-auc': '0.9',
        'activate-model': 'true',
        'detector-id': DETECTOR,
        promote: 'true',
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      modelVersionNumber: '1.03',
      modelVersionStatus: 'ACTIVE',
      detectorVersionId: '4',
      detectorVersionStatus: 'ACTIVE',
      changed: 'true',
    });
    const v4 = detectorVersions().find((v) => v.detectorVersionId === '4')!;
    expect(v4.status).toBe('ACTIVE');
    expect(v4.modelVersions).toEqual([
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        modelVersionNumber: '1.03',
      },
    ]);
    expect(detectorVersions().find((v) => v.detectorVersionId === '2')!.status).toBe('INACTIVE');
    expect(writeCalls(emu)).toEqual([
      'UpdateModelVersion',
      'UpdateModelVersionStatus',
      'CreateDetectorVersion',
      'TagResource',
      'UpdateDetectorVersionStatus',
    ]);
    expect(run.summary).toContain('Retrain succeeded');
    expect(run.summary).toMatch(/payments_model.*1\.02.*1\.03/);
  });
});

describe('a plan that fails on a later push', () => {
  it('replaces the earlier plan in the sticky comment with the failure, naming the commit', async () => {
    const ok = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'a'.repeat(40)),
      env: prEnv('1'.repeat(40)),
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(ok.exitCode).toBe(0);
    const before = gh.state.comments.get(PR)!;
    expect(before).toHaveLength(1);
    expect(before[0]!.body).toContain('commit `aaaaaaa`');

    // The next push's plan cannot read AFD (its session has expired).
    emu.faults.set([{ operation: '*', kind: 'expired-token' }]);
    const failed = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('synchronize', 'c'.repeat(40)),
      env: { ...prEnv('3'.repeat(40)), GITHUB_RUN_ID: '5550009' },
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(failed.exitCode).toBe(1);
    const after = gh.state.comments.get(PR)!;
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before[0]!.id);
    const body = after[0]!.body;
    expect(body.split('\n')[0]).toBe(
      '<!-- fraud-detector-promote:detector=payments_detector region=us-east-1 fingerprint= -->',
    );
    expect(body).toContain('### ❌ Fraud Detector plan · payments_detector · FAILED');
    expect(body).toContain('No plan could be made for commit `ccccccc`');
    expect(body).toMatch(/> .*expired/i);
  });
});

describe('mode draft outside a pull request', () => {
  it('is refused before any AFD call, saying which modes fit the event', async () => {
    const run = await runAgainst(emu, {
      eventName: 'push',
      payload: webhookExample('push'),
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, mode: 'draft' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::mode draft keeps one DRAFT detector version per pull request, but this push run/,
    );
    expect(run.stdout).toMatch(/Use mode plan or apply/);
    expect(emu.calls).toHaveLength(0);
  });
});

describe('pull requests from forks', () => {
  /** A fork's PR run with no AWS credentials (GitHub withholds secrets), plus `env`. */
  const forkRun = (head: string, env: Record<string, string> = {}) => {
    const payload = prPayload('opened', head.repeat(40)) as unknown as {
      pull_request: { head: { repo: { full_name: string } } };
    };
    payload.pull_request.head.repo.full_name = 'stranger/fraud-rules-fork';
    return runAgainst(emu, {
      eventName: 'pull_request',
      payload,
      env: {
        ...prEnv('1'.repeat(40)),
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_SESSION_TOKEN: '',
        ...env,
      },
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
  };

  it('with no AWS credentials, says so plainly and exits cleanly without calling AFD', async () => {
    const run = await forkRun('a');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::notice::Pull request #42 comes from a fork/);
    expect(run.summary).toContain('comes from a fork');
    expect(emu.calls).toHaveLength(0);
    expect(gh.state.comments.get(PR) ?? []).toHaveLength(0);
  });

  it('with no AWS credentials and no region either (both come from secrets and variables), still exits cleanly', async () => {
    const run = await forkRun('b', { AWS_REGION: '', AWS_DEFAULT_REGION: '' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::notice::Pull request #42 comes from a fork/);
    expect(run.stdout).toMatch(
      /::warning::The inputs could not all be checked on this fork: .*aws-region/,
    );
    expect(run.stdout).not.toMatch(/::error/);
    expect(run.summary).toContain('comes from a fork');
    expect(emu.calls).toHaveLength(0);
  });

  it('a bad input on a pull request from this repository still fails', async () => {
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: prPayload('opened', 'c'.repeat(40)),
      env: { ...prEnv('3'.repeat(40)), AWS_REGION: '', AWS_DEFAULT_REGION: '' },
      inputs: { 'detector-id': DETECTOR, rules: RULES_V2, 'github-token': TOKEN },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'aws-region'/);
  });
});
