// What an apply checks before its first write to AFD: the detector side of a
// release run (before the model is trained), and, on a merge, the plan
// reviewed on the pull request (require-reviewed-plan).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { apiPull, startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import { pullRequestPayload, runAgainst, startScaledEmulator, writeCalls } from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eTestToken000000000000000000000002';
const PR = 42;
const RULES_FEWER = '- block_known_bad_ip@2\n- high_model_score@5\n- approve_default@1\n';
const RULES_REORDERED =
  '- high_model_score@5\n- block_known_bad_ip@2\n- review_medium_score@1\n- approve_default@1\n';

let emu: Emulator;
let gh: GitHubApi;
beforeEach(async () => {
  emu = await startScaledEmulator({
    payments_model: { trainingDurationMs: 90 * 60_000, metrics: { auc: 0.94 } },
  });
  gh = await startGitHubApi({ token: TOKEN });
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh.close();
});

const RELEASE_INPUTS = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  'activate-model': 'true',
  promote: 'true',
};

describe('a release run checks the detector before it trains the model', () => {
  it.each([
    ['a detector that does not exist', { 'detector-id': 'payments_detectr' }, /payments_detectr/],
    [
      'a base version that does not exist',
      { 'detector-id': DETECTOR, 'base-version': '9' },
      /base-version.*9.*does not exist/,
    ],
    [
      'a rule version that does not exist',
      { 'detector-id': DETECTOR, rules: '- block_known_bad_ip@7\n' },
      /Rule block_known_bad_ip version 7 does not exist/,
    ],
  ])('%s: fails naming it, with no write at all', async (_, detectorInputs, named) => {
    const run = await runAgainst(emu, {
      eventName: 'release',
      payload: webhookExample('release', 'published'),
      inputs: { ...RELEASE_INPUTS, ...detectorInputs },
    });
    expect(run.exitCode).not.toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    expect(run.stdout + run.stderr).toMatch(named);
    // The summary escapes Markdown (payments\_detector).
    expect(run.summary.replaceAll('\\', '')).toMatch(named);
    expect(run.summary).toContain('the model was not retrained or activated either');
  });
});

function mergePush(sha: string) {
  const push = webhookExample('push') as { repository: { default_branch: string } };
  const branch = push.repository.default_branch;
  return {
    branch,
    run: (inputs: Record<string, string>) =>
      runAgainst(emu, {
        eventName: 'push',
        payload: push,
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REF: `refs/heads/${branch}`,
          GITHUB_REF_NAME: branch,
          GITHUB_SHA: sha,
        },
        inputs: {
          'detector-id': DETECTOR,
          rules: RULES_REORDERED,
          promote: 'true',
          'github-token': TOKEN,
          ...inputs,
        },
      }),
  };
}

describe('a merge whose pull request cannot be looked up', () => {
  const sha = 'c'.repeat(40);

  it('says in the summary that the reviewed plan could not be checked (require-reviewed-plan: false)', async () => {
    gh.failWith(/\/commits\/[0-9a-f]+\/pulls$/, 500, { message: 'Server Error' });
    const { run } = mergePush(sha);
    const result = await run({});
    expect(result.exitCode).toBe(0);
    expect(result.summary).toMatch(/could not be checked against the one reviewed/);
    expect(result.summary).toContain('require-reviewed-plan: true');
    expect(result.stdout).toMatch(/::warning::.*could not be checked/);
    // The look-up was tried more than once before giving up.
    const lookups = gh.requests.filter((r) => /\/commits\/.*\/pulls/.test(r.path));
    expect(lookups.length).toBeGreaterThan(1);
  });

  it('with require-reviewed-plan: true, stops before any AFD write', async () => {
    gh.failWith(/\/commits\/[0-9a-f]+\/pulls$/, 500, { message: 'Server Error' });
    const { run } = mergePush(sha);
    const result = await run({ 'require-reviewed-plan': 'true' });
    expect(result.exitCode).not.toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    expect(result.stdout + result.stderr).toMatch(
      /require-reviewed-plan is true, but the plan applied cannot be compared.*could not be looked up/,
    );
    expect(result.summary).toMatch(/Nothing was written to AFD/);
  });

  it('with require-reviewed-plan: true, a pull request without a plan comment stops the run too', async () => {
    const { run, branch } = mergePush(sha);
    gh.state.pullsByCommit.set(sha, [
      apiPull({ number: PR, headSha: 'b'.repeat(40), mergeCommitSha: sha, baseRef: branch }),
    ]);
    const result = await run({ 'require-reviewed-plan': 'true' });
    expect(result.exitCode).not.toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    expect(result.stdout + result.stderr).toMatch(/PR #42 has no plan comment/);
  });

  it('with require-reviewed-plan: true, a plan that differs from the reviewed one stops before any write', async () => {
    const { run, branch } = mergePush(sha);
    // The PR reviewed one plan (a rule reordered); the merge applies another (rule v2).
    const review = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: pullRequestPayload(PR, 'opened', 'b'.repeat(40)),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_REF_NAME: `${PR}/merge`,
        GITHUB_SHA: '1'.repeat(40),
      },
      inputs: { 'detector-id': DETECTOR, rules: RULES_REORDERED, 'github-token': TOKEN },
    });
    expect(review.exitCode).toBe(0);
    gh.state.pullsByCommit.set(sha, [
      apiPull({ number: PR, headSha: 'b'.repeat(40), mergeCommitSha: sha, baseRef: branch }),
    ]);
    emu.calls.length = 0;
    const differs = await run({ 'require-reviewed-plan': 'true', rules: RULES_FEWER });
    expect(differs.exitCode).not.toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    expect(differs.stdout + differs.stderr).toMatch(/plan differs from the one reviewed on PR #42/);

    // The reviewed plan itself goes through.
    const same = await run({ 'require-reviewed-plan': 'true' });
    expect(same.stdout + same.stderr).not.toMatch(/::error/);
    expect(same.exitCode).toBe(0);
    expect(same.summary).toContain('Matches the plan reviewed on the pull request');
    expect(writeCalls(emu)).toEqual([
      'CreateDetectorVersion',
      'TagResource', // fdp:replaced-version, before the promotion
      'UpdateDetectorVersionStatus',
    ]);
  });
});
