// The real gateway (@actions/github + retry + throttling plugins) against the
// loopback GitHub API, asserting on what went over the wire.

import { afterEach, describe, expect, it } from 'vitest';
import {
  createGitHubGateway,
  pickMergedPull,
  type GitHubGatewayOptions,
} from '../../src/github/gateway.js';
import {
  CommentPermissionError,
  GitHubApiError,
  GitHubRateLimitError,
  GitHubUnreachableError,
  PULL_REQUESTS_WRITE_SNIPPET,
} from '../../src/github/errors.js';
import { commentMarker } from '../../src/report/comment-marker.js';
import { ActionError } from '../../src/domain/errors.js';
import {
  GITHUB_ACTIONS_BOT,
  apiPull,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions,
} from '../support/github-api.js';

const TOKEN = 'ghs_loopbackTokenThatMustNeverBePrinted0001';
const PR = 7;
const MARKER = commentMarker('payments_detector');
const body = (text: string) => `${MARKER}\n## AFD plan\n${text}`;

let api: GitHubApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setup(apiOptions: GitHubApiOptions = {}, gw: Partial<GitHubGatewayOptions> = {}) {
  api = await startGitHubApi({ token: TOKEN, ...apiOptions });
  const warnings: string[] = [];
  const infos: string[] = [];
  const gateway = createGitHubGateway({
    token: TOKEN,
    apiUrl: api.url,
    owner: 'owner',
    repo: 'repo',
    onWarning: (m) => warnings.push(m),
    onInfo: (m) => infos.push(m),
    // 1 "second" of retry-after = 10 ms, so rate-limit tests run fast.
    rateLimit: { retryAfterBaseMs: 10 },
    ...gw,
  });
  return { api, gateway, warnings, infos };
}

/** Requests that change something (a GraphQL query only reads). */
const writes = (a: GitHubApi) =>
  a.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');

describe('upsertStickyComment', () => {
  it('creates once, then updates the same comment in place', async () => {
    const { api, gateway } = await setup();
    const first = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('v1'),
      createIfMissing: true,
    });
    expect(first.action).toBe('created');
    expect(first.commentId).toBeTypeOf('number');
    expect(first.url).toMatch(/#issuecomment-\d+$/);

    const second = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('v2'),
      createIfMissing: true,
    });
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });

    const comments = api.state.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(body('v2'));
    expect(comments[0]?.user.login).toBe('github-actions[bot]');
    // The GITHUB_TOKEN's own comments are found without asking GraphQL who it is.
    expect(api.requests.some((q) => q.path === '/graphql')).toBe(false);
    expect(writes(api).map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/owner/repo/issues/${PR}/comments`,
      `PATCH /repos/owner/repo/issues/comments/${first.commentId}`,
    ]);
    expect(api.requests.every((r) => r.authorized)).toBe(true);
  });

  it('does not PATCH when the body is unchanged', async () => {
    const { api, gateway } = await setup();
    await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('same'),
      createIfMissing: true,
    });
    const before = api.requests.length;
    const again = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('same'),
      createIfMissing: true,
    });
    expect(again.action).toBe('unchanged');
    expect(api.requests.slice(before).map((r) => r.method)).not.toContain('PATCH');
    expect(writes(api)).toHaveLength(1);
  });

  it('finds its comment on page 3 of 250 comments, reading all pages with per_page=100', async () => {
    const { api, gateway } = await setup();
    api.addFillerComments(PR, 230);
    const mine = api.addComment(PR, body('old'), GITHUB_ACTIONS_BOT);
    api.addFillerComments(PR, 19);
    expect(api.state.comments.get(PR)).toHaveLength(250);

    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('new'),
      createIfMissing: true,
    });
    expect(r).toMatchObject({ action: 'updated', commentId: mine.id });
    const lists = api.requests.filter((q) => q.method === 'GET' && q.path.includes('/comments'));
    expect(lists).toHaveLength(3);
    expect(lists.every((q) => q.path.includes('per_page=100'))).toBe(true);
    expect(writes(api).map((q) => q.method)).toEqual(['PATCH']);
  });

  it('ignores a comment with the marker written by another user', async () => {
    const { api, gateway } = await setup();
    const pasted = api.addComment(PR, body('pasted by a human'));
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('mine'),
      createIfMissing: true,
    });
    expect(r.action).toBe('created');
    expect(r.commentId).not.toBe(pasted.id);
    expect(api.state.comments.get(PR)?.find((c) => c.id === pasted.id)?.body).toBe(
      body('pasted by a human'),
    );
  });

  it('ignores our own comments for another detector', async () => {
    const { api, gateway } = await setup();
    const other = api.addComment(
      PR,
      `${commentMarker('payments_detector_eu')}\nother`,
      GITHUB_ACTIONS_BOT,
    );
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('mine'),
      createIfMissing: true,
    });
    expect(r.action).toBe('created');
    expect(api.state.comments.get(PR)?.find((c) => c.id === other.id)?.body).toBe(
      `${commentMarker('payments_detector_eu')}\nother`,
    );
  });

  it('with a PAT identifies itself through GET /user and ignores the Actions bot', async () => {
    const { api, gateway } = await setup({ identity: { login: 'release-bot' } });
    api.addComment(PR, body('by the actions bot'), GITHUB_ACTIONS_BOT);
    const mine = api.addComment(PR, body('by me'), {
      login: 'release-bot',
      id: 1000001,
      type: 'User',
    });
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('updated'),
      createIfMissing: true,
    });
    expect(r).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(api.requests.some((q) => q.path === '/user')).toBe(true);
  });

  it('with another GitHub App’s token, names itself through GraphQL viewer and finds its own comment', async () => {
    const { api, gateway } = await setup({ identity: { app: 'fraud-bot' } });
    api.addComment(PR, body('by the actions bot'), GITHUB_ACTIONS_BOT);
    const mine = api.addComment(PR, body('by the app'), {
      login: 'fraud-bot[bot]',
      id: 1000002,
      type: 'Bot',
    });
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('updated'),
      createIfMissing: true,
    });
    // Without the viewer's name it would trust only github-actions[bot] and post a second comment.
    expect(r).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(api.requests.some((q) => q.path === '/graphql')).toBe(true);
  });

  it('with createIfMissing=false and no comment yet: skipped, no POST', async () => {
    const { api, gateway } = await setup();
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('no changes'),
      createIfMissing: false,
    });
    expect(r.action).toBe('skipped');
    expect(writes(api)).toEqual([]);
  });

  it('with createIfMissing=false still updates an existing comment', async () => {
    const { api, gateway } = await setup();
    const mine = api.addComment(PR, body('changes'), GITHUB_ACTIONS_BOT);
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('no changes'),
      createIfMissing: false,
    });
    expect(r).toMatchObject({ action: 'updated', commentId: mine.id });
  });

  it('reports duplicates and updates only the oldest', async () => {
    const { api, gateway } = await setup();
    const oldest = api.addComment(PR, body('a'), GITHUB_ACTIONS_BOT);
    const dup = api.addComment(PR, body('b'), GITHUB_ACTIONS_BOT);
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('c'),
      createIfMissing: true,
    });
    expect(r).toMatchObject({ action: 'updated', commentId: oldest.id, duplicateIds: [dup.id] });
    expect(api.state.comments.get(PR)?.find((c) => c.id === dup.id)?.body).toBe(body('b'));
  });

  it('403 on POST (fork / missing permission) → CommentPermissionError with the permissions snippet', async () => {
    const { api, gateway } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 403, { method: 'POST' });
    const err = await gateway
      .upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('x'),
        createIfMissing: true,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommentPermissionError);
    expect(err).toBeInstanceOf(ActionError);
    const e = err as CommentPermissionError;
    expect(e.status).toBe(403);
    expect(e.message).toContain('```yaml\npermissions:\n  pull-requests: write\n```');
    expect(e.message).toContain(PULL_REQUESTS_WRITE_SNIPPET);
    expect(e.message).toMatch(/fork/);
    expect(e.message).toContain('Resource not accessible by integration');
    expect(e.message).not.toContain(TOKEN);
    // A 403 is final: not retried.
    expect(writes(api).filter((q) => q.method === 'POST')).toHaveLength(1);
  });

  it('404 on PATCH → CommentPermissionError too', async () => {
    const { api, gateway } = await setup();
    api.addComment(PR, body('a'), GITHUB_ACTIONS_BOT);
    api.failWith(/\/issues\/comments\/\d+$/, 404);
    await expect(
      gateway.upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('b'),
        createIfMissing: true,
      }),
    ).rejects.toBeInstanceOf(CommentPermissionError);
  });

  it('a 502 on a POST that did create the comment does not create a second one', async () => {
    const { api, gateway } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 502, {
      method: 'POST',
      times: 1,
      message: 'Server Error',
      afterHandling: true,
    });
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('x'),
      createIfMissing: true,
    });
    const comments = api.state.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(r).toMatchObject({ action: 'created', commentId: comments[0]?.id });
    // Not retried blindly: one POST, then a look at the comments.
    expect(writes(api).filter((q) => q.method === 'POST')).toHaveLength(1);
  });

  it('a 502 on a POST that did not create anything is tried once more', async () => {
    const { api, gateway } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 502, {
      method: 'POST',
      times: 1,
      message: 'Server Error',
    });
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('x'),
      createIfMissing: true,
    });
    expect(r.action).toBe('created');
    expect(api.state.comments.get(PR)).toHaveLength(1);
    expect(writes(api).filter((q) => q.method === 'POST')).toHaveLength(2);
  });

  it('retries a secondary rate limit and succeeds', async () => {
    const { api, gateway, infos } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 403, {
      method: 'POST',
      times: 1,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const r = await gateway.upsertStickyComment({
      issueNumber: PR,
      marker: MARKER,
      body: body('x'),
      createIfMissing: true,
    });
    expect(r.action).toBe('created');
    expect(writes(api).filter((q) => q.method === 'POST')).toHaveLength(2);
    expect(infos.join('\n')).toMatch(/secondary rate limit.*retry 1\/2/);
  });

  it('gives up on a persistent secondary rate limit after 2 retries, with a warning', async () => {
    const { api, gateway, warnings } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 403, {
      method: 'POST',
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '1' },
    });
    const err = await gateway
      .upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('x'),
        createIfMissing: true,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRateLimitError);
    expect(err).not.toBeInstanceOf(CommentPermissionError);
    expect(writes(api).filter((q) => q.method === 'POST')).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/giving up after 2 retries/);
  });

  it('never waits an hour: a primary limit resetting in 1 h gives up at once, at real timing', async () => {
    const { api, gateway, warnings } = await setup(
      {},
      { rateLimit: {} /* production: 1 s per second */ },
    );
    api.failWith(/\/issues\/\d+\/comments$/, 403, {
      method: 'GET',
      message: 'API rate limit exceeded for installation ID 1.',
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
    });
    await expect(
      gateway.upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('x'),
        createIfMissing: true,
      }),
    ).rejects.toBeInstanceOf(GitHubRateLimitError);
    // It gave up at once instead of sleeping until the reset an hour away.
    expect(warnings.join('\n')).toMatch(
      /primary rate limit .*\(retry after \d{4}s\); giving up after 0 retries/,
    );
    expect(writes(api)).toEqual([]);
  });

  it('never puts the token in an error message', async () => {
    const { api, gateway } = await setup();
    api.failWith(/\/issues\/\d+\/comments$/, 422, {
      method: 'POST',
      message: `Validation Failed for ${TOKEN}`,
    });
    const err = await gateway
      .upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('x'),
        createIfMissing: true,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).not.toContain(TOKEN);
    expect((err as Error).message).toContain('***');
  });

  it('refuses a body without its marker on the first line', async () => {
    const { gateway } = await setup();
    await expect(
      gateway.upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: `hello\n${MARKER}`,
        createIfMissing: true,
      }),
    ).rejects.toThrow(/marker/);
  });
});

describe('pullsForCommit', () => {
  const SHA = 'c0ffee0000000000000000000000000000000001';

  it('returns the PRs of a commit and picks the merged one', async () => {
    const { api, gateway } = await setup();
    api.state.pullsByCommit.set(SHA, [
      apiPull({ number: 3, headSha: 'a'.repeat(40), merged: false }),
      apiPull({ number: 12, headSha: 'd'.repeat(40), mergeCommitSha: SHA, baseRef: 'main' }),
    ]);
    const pulls = await gateway.pullsForCommit(SHA);
    expect(pulls.map((p) => p.number)).toEqual([3, 12]);
    expect(pulls[1]).toMatchObject({
      merged: true,
      mergeCommitSha: SHA,
      headSha: 'd'.repeat(40),
      baseRef: 'main',
    });
    expect(pulls[0]?.merged).toBe(false);
    expect(pickMergedPull(pulls, SHA, 'main')?.number).toBe(12);
    expect(api.requests.at(-1)?.path).toBe(`/repos/owner/repo/commits/${SHA}/pulls?per_page=100`);
  });

  it('returns [] for a direct push', async () => {
    const { gateway } = await setup();
    expect(await gateway.pullsForCommit(SHA)).toEqual([]);
  });

  it('an unknown commit is a GitHubApiError (not a permission error)', async () => {
    const { gateway } = await setup();
    const err = await gateway.pullsForCommit('not-a-sha').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).not.toBeInstanceOf(CommentPermissionError);
    expect((err as GitHubApiError).status).toBe(422);
  });
});

describe('pickMergedPull', () => {
  const base = { state: 'closed', title: 't', htmlUrl: 'u', headRef: 'h', headSha: 'x' };
  it('prefers the merge commit, falls back to the single merged PR, else undefined', () => {
    const a = { ...base, number: 1, merged: true, mergeCommitSha: 'aaa', baseRef: 'main' };
    const b = { ...base, number: 2, merged: true, mergeCommitSha: 'bbb', baseRef: 'main' };
    expect(pickMergedPull([a, b], 'bbb')?.number).toBe(2);
    expect(pickMergedPull([a], 'zzz')?.number).toBe(1);
    expect(pickMergedPull([a, b], 'zzz')).toBeUndefined();
    expect(pickMergedPull([a], 'aaa', 'release')).toBeUndefined();
  });
});

describe('a GitHub API that does not answer', () => {
  it('a request that never gets an answer fails as "could not reach", and the next ones do not wait again', async () => {
    const { api, gateway } = await setup({}, { requestTimeoutMs: 300 });
    api.neverAnswer(/\/commits\/[0-9a-f]+\/pulls$/);
    const err = await gateway.pullsForCommit('a'.repeat(40)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubUnreachableError);
    expect((err as Error).message).toMatch(
      /^Could not reach GitHub's API at http:\/\/127\.0\.0\.1:\d+ \(no answer within 0\.3 s\)/,
    );
    expect((err as Error).message).not.toMatch(/answered 500/);
    const hung = api.requests.length;
    // GitHub held one request for the whole timeout: later ones fail at once, unsent.
    const next = await gateway.pullState(PR).catch((e: unknown) => e);
    expect(next).toBeInstanceOf(GitHubUnreachableError);
    expect(api.requests.length).toBe(hung);
  });

  it('a refused connection is "could not reach … (ECONNREFUSED)", retried, never "GitHub answered 500"', async () => {
    const { api: closed, gateway } = await setup();
    await closed.close();
    api = undefined;
    const err = await gateway
      .upsertStickyComment({
        issueNumber: PR,
        marker: MARKER,
        body: body('x'),
        createIfMissing: true,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubUnreachableError);
    expect((err as GitHubUnreachableError).reason).toBe('ECONNREFUSED');
    expect((err as Error).message).not.toContain('answered');
    expect((err as Error).message).not.toContain(TOKEN);
  });

  it('a 500 on the commit look-up is retried before it fails', async () => {
    const { api, gateway } = await setup();
    api.failWith(/\/commits\/[0-9a-f]+\/pulls$/, 500, { times: 2 });
    api.state.pullsByCommit.set('a'.repeat(40), [apiPull({ number: PR, headSha: 'b'.repeat(40) })]);
    const pulls = await gateway.pullsForCommit('a'.repeat(40));
    expect(pulls.map((p) => p.number)).toEqual([PR]);
    expect(api.requests.filter((r) => r.path.includes('/pulls')).length).toBe(3);
  });
});
