// What an apply learns about the reviewed plan before its first write, for
// each way the look-up can end: found, not applicable, or failed (and whether
// a failure is worth a line in the summary).
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../../src/github/event.js';
import type { GitHubPort } from '../../../src/run/github-port.js';
import { lookUpReviewedPlans, reviewedPlanRequired } from '../../../src/run/reviewed-plan.js';

const lookUpReviewedPlan = async (github: GitHubPort | undefined, ctx: RunContext) =>
  (await lookUpReviewedPlans(github, ctx, 'us-east-1', ['payments_detector'])).get(
    'payments_detector',
  )!;
const SHA = 'c'.repeat(40);

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'push',
    repository: { owner: 'octo-org', repo: 'fraud-rules' },
    sha: SHA,
    runId: '1',
    runAttempt: '1',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runUrl: 'https://github.com/octo-org/fraud-rules/actions/runs/1',
    ref: 'refs/heads/main',
    refName: 'main',
    defaultBranch: 'main',
    isForkPullRequest: false,
    isDefaultBranchPush: true,
    ...overrides,
  };
}

function port(parts: Partial<GitHubPort>): GitHubPort {
  const unused = (): never => {
    throw new Error('not used by the look-up');
  };
  return {
    mergedPullFor: unused,
    isPullOpen: unused,
    reviewedFingerprints: unused,
    postComment: unused,
    ...parts,
  };
}

describe('lookUpReviewedPlan', () => {
  it('finds the merged pull request and the fingerprint of its plan comment', async () => {
    const github = port({
      mergedPullFor: (sha, branch) =>
        Promise.resolve(sha === SHA && branch === 'main' ? 7 : undefined),
      reviewedFingerprints: (n, region, ids) =>
        Promise.resolve({
          fingerprints: new Map(
            n === 7 && region === 'us-east-1' ? ids.map((id) => [id, 'abc']) : [],
          ),
        }),
    });
    await expect(lookUpReviewedPlan(github, context())).resolves.toEqual({
      pullNumber: 7,
      fingerprint: 'abc',
      noteworthy: false,
    });
  });

  it('a run that is not a push to the default branch has nothing to check, and says nothing', async () => {
    const plan = await lookUpReviewedPlan(
      undefined,
      context({ eventName: 'release', isDefaultBranchPush: false }),
    );
    expect(plan).toMatchObject({ noteworthy: false });
    expect(plan.unchecked).toMatch(/this release run is not a push to the default branch/);
  });

  it('a direct push (no merged pull request) is not worth a warning', async () => {
    const plan = await lookUpReviewedPlan(
      port({ mergedPullFor: () => Promise.resolve(undefined) }),
      context(),
    );
    expect(plan).toMatchObject({ noteworthy: false });
    expect(plan.unchecked).toMatch(/no merged pull request into main has commit ccccccc/);
  });

  it.each([
    ['no token', undefined, /no `github-token`/],
    [
      'a failed look-up',
      port({ mergedPullFor: () => Promise.reject(new Error('GitHub answered 502')) }),
      /pull request of commit ccccccc could not be looked up: GitHub answered 502/,
    ],
    [
      'a plan comment that cannot be read',
      port({
        mergedPullFor: () => Promise.resolve(7),
        reviewedFingerprints: () => Promise.resolve({ error: 'rate-limited' }),
      }),
      /plan comment of PR #7 could not be read: rate-limited/,
    ],
    [
      'no plan comment',
      port({
        mergedPullFor: () => Promise.resolve(7),
        reviewedFingerprints: () => Promise.resolve({ fingerprints: new Map() }),
      }),
      /PR #7 has no plan comment by this action for detector payments_detector in us-east-1/,
    ],
  ])('%s: a reason worth a warning, never a throw', async (_, github, reason) => {
    const plan = await lookUpReviewedPlan(github, context());
    expect(plan.noteworthy).toBe(true);
    expect(plan.fingerprint).toBeUndefined();
    expect(plan.unchecked).toMatch(reason);
  });
});

describe('lookUpReviewedPlans for many detectors', () => {
  it('looks up the merged pull request once; each detector has its own fingerprint, or a reason', async () => {
    let lookUps = 0;
    const github = port({
      mergedPullFor: () => {
        lookUps++;
        return Promise.resolve(7);
      },
      reviewedFingerprints: () =>
        Promise.resolve({
          fingerprints: new Map([
            ['a', 'aaa'],
            ['b', 'bbb'],
          ]),
        }),
    });
    const plans = await lookUpReviewedPlans(github, context(), 'us-east-1', ['a', 'b', 'c']);
    expect(lookUps).toBe(1);
    expect(plans.get('a')).toEqual({ pullNumber: 7, fingerprint: 'aaa', noteworthy: false });
    expect(plans.get('b')?.fingerprint).toBe('bbb');
    expect(plans.get('c')?.unchecked).toMatch(
      /PR #7 has no plan comment by this action for detector c in us-east-1/,
    );
  });
});

describe('reviewedPlanRequired', () => {
  it('says why, that nothing was written, and both ways out', () => {
    const err = reviewedPlanRequired('no `github-token`, so …');
    expect(err.message).toMatch(
      /^require-reviewed-plan is true, .*no `github-token`.*Nothing was written to AFD\.$/,
    );
    expect(err.hints.join('\n')).toMatch(/comment: true/);
    expect(err.hints.join('\n')).toMatch(/require-reviewed-plan: false/);
  });
});
