import { describe, expect, it } from 'vitest';
import {
  effectiveMode,
  forkPullRequestNotice,
  provenanceTags,
  readRunContext,
  type RunContext,
} from '../../../src/github/event.js';
import { ActionError } from '../../../src/domain/errors.js';
import { PROVENANCE_TAG_KEYS } from '../../../src/domain/provenance.js';
import { webhookExample } from '../../support/webhooks.js';

// The payloads are GitHub's examples for Codertocat/Hello-World: PR #2 from
// branch `changes` (head ec26c3e…), default branch `master`, push 6113728…,
// release 0.0.1.
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const PUSH_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
const MERGE_SHA = '1111111111111111111111111111111111111111';

function env(over: Record<string, string>): Record<string, string | undefined> {
  return {
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '8765',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    ...over,
  };
}

function prContext(
  action: 'opened' | 'synchronize',
  mutate?: (p: Record<string, unknown>) => void,
): RunContext {
  const payload = webhookExample('pull_request', action);
  mutate?.(payload);
  return readRunContext(
    env({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: MERGE_SHA,
      GITHUB_REF: 'refs/pull/2/merge',
      GITHUB_REF_NAME: '2/merge',
    }),
    payload,
  );
}

function makeFork(payload: Record<string, unknown>): void {
  const pr = payload['pull_request'] as {
    head: { repo: { full_name: string; fork: boolean; owner: { login: string } } };
  };
  pr.head.repo.full_name = 'mallory/Hello-World';
  pr.head.repo.owner.login = 'mallory';
  pr.head.repo.fork = true;
}

describe('readRunContext', () => {
  it('reads a pull_request.opened payload', () => {
    const ctx = prContext('opened');
    expect(ctx.eventName).toBe('pull_request');
    expect(ctx.action).toBe('opened');
    expect(ctx.repository).toEqual({ owner: 'Codertocat', repo: 'Hello-World' });
    expect(ctx.sha).toBe(MERGE_SHA);
    expect(ctx.pullRequest).toMatchObject({
      number: 2,
      headRepoFullName: 'Codertocat/Hello-World',
      baseRepoFullName: 'Codertocat/Hello-World',
      isFork: false,
      headSha: HEAD_SHA,
      headRef: 'changes',
      baseRef: 'master',
      merged: false,
    });
    expect(ctx.isForkPullRequest).toBe(false);
    expect(ctx.defaultBranch).toBe('master');
    expect(ctx.isDefaultBranchPush).toBe(false);
    expect(ctx.runUrl).toBe('https://github.com/Codertocat/Hello-World/actions/runs/8765');
  });

  it('reads a pull_request.synchronize payload', () => {
    const ctx = prContext('synchronize');
    expect(ctx.action).toBe('synchronize');
    expect(ctx.pullRequest?.number).toBe(2);
    expect(ctx.pullRequest?.headSha).toBe(HEAD_SHA);
  });

  it('flags a PR whose head repository is a fork', () => {
    const ctx = prContext('opened', makeFork);
    expect(ctx.pullRequest?.isFork).toBe(true);
    expect(ctx.pullRequest?.headRepoFullName).toBe('mallory/Hello-World');
    expect(ctx.isForkPullRequest).toBe(true);
  });

  it('treats a deleted head repository (null) as a fork', () => {
    const ctx = prContext('opened', (p) => {
      (p['pull_request'] as { head: { repo: unknown } }).head.repo = null;
    });
    expect(ctx.pullRequest?.headRepoFullName).toBeNull();
    expect(ctx.isForkPullRequest).toBe(true);
  });

  it('does not take head.repo.fork=true for a fork PR when head and base are the same repository', () => {
    const ctx = prContext('opened', (p) => {
      (p['pull_request'] as { head: { repo: { fork: boolean } } }).head.repo.fork = true;
    });
    expect(ctx.isForkPullRequest).toBe(false);
  });

  it('reads a push to the default branch', () => {
    const ctx = readRunContext(
      env({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: PUSH_SHA,
        GITHUB_REF: 'refs/heads/master',
        GITHUB_REF_NAME: 'master',
      }),
      pushToMaster(),
    );
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.isDefaultBranchPush).toBe(true);
    expect(ctx.refName).toBe('master');
    expect(ctx.sha).toBe(PUSH_SHA);
  });

  it('a tag push is not a default-branch push', () => {
    const payload = webhookExample('push');
    expect(payload['ref']).toBe('refs/tags/simple-tag');
    const ctx = readRunContext(
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: PUSH_SHA, GITHUB_REF: 'refs/tags/simple-tag' }),
      payload,
    );
    expect(ctx.isDefaultBranchPush).toBe(false);
    expect(ctx.refName).toBe('simple-tag');
  });

  it('reads a release.published payload', () => {
    const ctx = readRunContext(
      env({
        GITHUB_EVENT_NAME: 'release',
        GITHUB_SHA: PUSH_SHA,
        GITHUB_REF: 'refs/tags/0.0.1',
        GITHUB_REF_NAME: '0.0.1',
      }),
      webhookExample('release', 'published'),
    );
    expect(ctx.release).toEqual({
      tagName: '0.0.1',
      prerelease: false,
      draft: false,
      targetCommitish: 'master',
    });
    expect(ctx.pullRequest).toBeUndefined();
  });

  it('links a re-run to its attempt', () => {
    const ctx = readRunContext(
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: PUSH_SHA, GITHUB_RUN_ATTEMPT: '3' }),
      {},
    );
    expect(ctx.runUrl).toBe(
      'https://github.com/Codertocat/Hello-World/actions/runs/8765/attempts/3',
    );
  });

  it('fails plainly outside GitHub Actions', () => {
    expect(() => readRunContext({}, {})).toThrow(ActionError);
    expect(() => readRunContext({}, {})).toThrow(/GITHUB_REPOSITORY/);
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'a/b' }, {})).toThrow(/GITHUB_SHA/);
  });
});

function pushToMaster(): Record<string, unknown> {
  const payload = webhookExample('push');
  payload['ref'] = 'refs/heads/master';
  return payload;
}

describe('provenanceTags', () => {
  const keys = (tags: { key: string }[]) => tags.map((t) => t.key);

  it('uses exactly the documented keys', () => {
    expect(Object.values(PROVENANCE_TAG_KEYS).sort()).toEqual(
      [
        'fdp:base-version',
        'fdp:commit',
        'fdp:content-sha256',
        'fdp:pr',
        'fdp:promoted-by-run',
        'fdp:ref',
        'fdp:replaced-version',
        'fdp:repository',
        'fdp:run-attempt',
        'fdp:run-id',
      ].sort(),
    );
  });

  it('on a PR: the head commit (not the merge commit), pr-<n> and the PR number', () => {
    const tags = provenanceTags(prContext('synchronize'));
    expect(tags).toEqual([
      { key: 'fdp:repository', value: 'Codertocat/Hello-World' },
      { key: 'fdp:commit', value: HEAD_SHA },
      { key: 'fdp:run-id', value: '8765' },
      { key: 'fdp:run-attempt', value: '1' },
      { key: 'fdp:ref', value: 'pr-2' },
      { key: 'fdp:pr', value: '2' },
    ]);
  });

  it('on a release: the tag name and no PR', () => {
    const ctx = readRunContext(
      env({
        GITHUB_EVENT_NAME: 'release',
        GITHUB_SHA: PUSH_SHA,
        GITHUB_REF: 'refs/tags/0.0.1',
        GITHUB_REF_NAME: '0.0.1',
      }),
      webhookExample('release', 'published'),
    );
    const tags = provenanceTags(ctx);
    expect(tags).toContainEqual({ key: 'fdp:ref', value: '0.0.1' });
    expect(tags).toContainEqual({ key: 'fdp:commit', value: PUSH_SHA });
    expect(keys(tags)).not.toContain('fdp:pr');
  });

  it('on a push: the branch, plus the merged PR when the caller found one', () => {
    const ctx = readRunContext(
      env({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: PUSH_SHA,
        GITHUB_REF: 'refs/heads/master',
        GITHUB_REF_NAME: 'master',
      }),
      pushToMaster(),
    );
    expect(provenanceTags(ctx)).toContainEqual({ key: 'fdp:ref', value: 'master' });
    expect(keys(provenanceTags(ctx))).not.toContain('fdp:pr');
    expect(provenanceTags(ctx, { pullNumber: 42 })).toContainEqual({ key: 'fdp:pr', value: '42' });
  });

  it('keeps values within the AFD limit of 256 characters', () => {
    const ctx = readRunContext(
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: PUSH_SHA, GITHUB_REF_NAME: 'b'.repeat(300) }),
      {},
    );
    for (const t of provenanceTags(ctx)) expect(t.value.length).toBeLessThanOrEqual(256);
  });
});

describe('effectiveMode', () => {
  const push = readRunContext(
    env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: PUSH_SHA }),
    pushToMaster(),
  );
  const release = readRunContext(
    env({ GITHUB_EVENT_NAME: 'release', GITHUB_SHA: PUSH_SHA }),
    webhookExample('release', 'published'),
  );

  it('auto is plan on pull_request and pull_request_target, apply otherwise', () => {
    expect(effectiveMode('auto', prContext('opened'))).toEqual({ mode: 'plan' });
    expect(
      effectiveMode('auto', { ...prContext('opened'), eventName: 'pull_request_target' }),
    ).toEqual({ mode: 'plan' });
    expect(effectiveMode('auto', push)).toEqual({ mode: 'apply' });
    expect(effectiveMode('auto', release)).toEqual({ mode: 'apply' });
  });

  it('takes an explicit mode as asked', () => {
    expect(effectiveMode('draft', prContext('opened'))).toEqual({ mode: 'draft' });
    expect(effectiveMode('plan', push)).toEqual({ mode: 'plan' });
  });

  it('never applies or drafts from a fork PR, and says why', () => {
    const fork = prContext('opened', makeFork);
    for (const mode of ['apply', 'draft', 'auto'] as const) {
      const r = effectiveMode(mode, fork);
      expect(r.mode).toBe('plan');
      if (mode !== 'auto') expect(r.reason).toMatch(/fork.*mallory\/Hello-World/);
    }
  });

  it('has a plain fork notice', () => {
    const notice = forkPullRequestNotice(prContext('opened', makeFork));
    expect(notice).toContain('#2');
    expect(notice).toContain('mallory/Hello-World');
    expect(notice).toMatch(/no AWS credentials/);
  });
});
