// The GitHub gateway: the ONLY module that imports @actions/github. It knows
// the REST calls the action makes (the sticky PR comment, the PR of a pushed
// commit) and turns every failure into a typed GitHubApiError whose message
// holds no token.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { isHttpError, isRateLimited, toGitHubError, type GitHubApiError } from './errors.js';
import { DEFAULT_GITHUB_REQUEST_TIMEOUT_MS, fetchWithTimeout } from './no-answer.js';
import {
  findStickyComment,
  type CommentIdentity,
  type IssueComment,
  hasMarker,
  isOwnComment,
  sameBody,
} from './sticky.js';

export interface RateLimitPolicy {
  /** Retries after a rate-limit answer before giving up. Default 2. */
  maxRetries?: number;
  /** Never wait longer than this for one retry; a longer reset gives up at once. Default 60. */
  maxWaitSeconds?: number;
  /** Length of one "second" of retry-after, in ms. Tests shrink it; default 1000. */
  retryAfterBaseMs?: number;
}

export interface GitHubGatewayOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES /api/v3 URL, or a loopback test server. */
  apiUrl: string;
  owner: string;
  repo: string;
  rateLimit?: RateLimitPolicy;
  /**
   * Longest one request may wait for an answer (default 20 s); after one
   * timeout the rest of the run does not wait on GitHub again.
   */
  requestTimeoutMs?: number;
  /** Retries of a 5xx or an unanswered request (default 3), spaced by the retry plugin. */
  retries?: number;
  /** Default core.warning. */
  onWarning?: (message: string) => void;
  /** Default core.info. */
  onInfo?: (message: string) => void;
}

export interface UpsertStickyCommentParams {
  issueNumber: number;
  /** Prefix of the body's first line that identifies this comment (the detector comment's marker, see commentMarker). */
  marker: string;
  /** Full body; must start with `marker`. */
  body: string;
  /** False when there is nothing to report: update an existing comment, never start one. */
  createIfMissing: boolean;
}

export interface UpsertStickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  commentId?: number;
  url?: string;
  /** Ids of further copies of our comment (left by concurrent runs); not edited. */
  duplicateIds: number[];
}

export interface PullSummary {
  number: number;
  state: string;
  title: string;
  htmlUrl: string;
  merged: boolean;
  mergedAt?: string;
  mergeCommitSha?: string;
  headSha: string;
  headRef: string;
  baseRef: string;
}

export interface GitHubGateway {
  upsertStickyComment(params: UpsertStickyCommentParams): Promise<UpsertStickyCommentResult>;
  /** The body of this token's sticky comment with `marker` on an issue or PR, if there is one. */
  findStickyCommentBody(issueNumber: number, marker: string): Promise<string | undefined>;
  /** Whether a PR is open (GET /repos/{owner}/{repo}/pulls/{number}). */
  pullState(number: number): Promise<'open' | 'closed'>;
  /** PRs associated with a commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls), all pages. */
  pullsForCommit(sha: string): Promise<PullSummary[]>;
}

const OP = {
  user: 'GET /user',
  listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  pullsForCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  getPull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
} as const;

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  } catch {
    return false;
  }
}

/** @actions/github's proxy-aware fetch (typed `any` by Octokit's request options). */
function proxyFetch(): typeof globalThis.fetch {
  const fetch = actionsDefaults.request?.fetch as typeof globalThis.fetch | undefined;
  return fetch ?? globalThis.fetch;
}

/** Where the gateway's messages go, and how the token is kept out of them. */
interface GatewayReporting {
  scrub: (text: string) => string;
  warn: (message: string) => void;
  info: (message: string) => void;
}

/**
 * The Octokit client: @actions/github's (proxy support), with the retry and
 * throttling plugins tuned so a rate limit never holds a job for long.
 */
function createClient(options: GitHubGatewayOptions, reporting: GatewayReporting) {
  const { token, owner, repo } = options;
  const { scrub, warn, info } = reporting;
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const maxRetries = options.rateLimit?.maxRetries ?? 2;
  const maxWaitSeconds = options.rateLimit?.maxWaitSeconds ?? 60;
  const baseMs = options.rateLimit?.retryAfterBaseMs ?? 1000;

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      opts: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${opts.method ?? ''} ${opts.url ?? ''}`.trim();
      if (retryCount < maxRetries && retryAfter <= maxWaitSeconds) {
        info(
          `GitHub ${kind} rate limit on ${what}; retry ${retryCount + 1}/${maxRetries} in ${retryAfter}s.`,
        );
        return true;
      }
      warn(
        scrub(
          `GitHub ${kind} rate limit on ${what} (retry after ${retryAfter}s); giving up after ${retryCount} ` +
            `retr${retryCount === 1 ? 'y' : 'ies'} rather than holding the job.`,
        ),
      );
      return false;
    };

  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: 'fraud-detector-promote',
      // @actions/github's default fetch routes through a proxy chosen for
      // GITHUB_API_URL at import time; a loopback server (tests, local emulators)
      // must never go through a proxy, so talk to it directly. Either way every
      // request gets a timeout: without one a silent server holds the job for hours.
      request: {
        fetch: fetchWithTimeout(
          isLoopback(apiUrl) ? globalThis.fetch : proxyFetch(),
          options.requestTimeoutMs ?? DEFAULT_GITHUB_REQUEST_TIMEOUT_MS,
        ),
      },
      log: {
        debug: (m: string) => core.debug(scrub(m)),
        info: (m: string) => core.debug(scrub(m)),
        warn: (m: string) => warn(scrub(m)),
        error: (m: string) => warn(scrub(m)),
      },
      throttle: {
        // A key of our own: the plugin's spacing of writes is process-wide per id.
        id: `fdp-${owner}-${repo}-${Math.random().toString(36).slice(2)}`,
        retryAfterBaseValue: baseMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      retry: {
        retryAfterBaseValue: baseMs,
        retries: options.retries ?? 3,
        // 429 is the throttling plugin's business (it honours retry-after and our cap).
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
    },
    retry,
    throttling,
  );
}

export function createGitHubGateway(options: GitHubGatewayOptions): GitHubGateway {
  const { token, owner, repo } = options;
  const warn = options.onWarning ?? ((m: string) => core.warning(m));
  const info = options.onInfo ?? ((m: string) => core.info(m));
  /** Defence in depth: GitHub never echoes the token, but nothing we print may contain it. */
  const scrub = (text: string): string =>
    token.length >= 4 ? text.split(token).join('***') : text;
  const octokit = createClient(options, { scrub, warn, info });
  const toError = (e: unknown, operation: string, commentOp: boolean): GitHubApiError =>
    toGitHubError(e, operation, commentOp, scrub, options.apiUrl);

  async function call<T>(operation: string, commentOp: boolean, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toError(e, operation, commentOp);
    }
  }

  let identity: Promise<CommentIdentity> | undefined;
  function getIdentity(): Promise<CommentIdentity> {
    identity ??= (async () => {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login };
      } catch (e) {
        // An installation token (the GITHUB_TOKEN, or another GitHub App's)
        // gets 403 "Resource not accessible by integration" here. Without a
        // name, only github-actions[bot] is trusted (see find()).
        if (isHttpError(e) && !isRateLimited(e) && e.status >= 400 && e.status < 500) return {};
        throw toError(e, OP.user, true);
      }
    })();
    return identity;
  }

  let viewer: Promise<CommentIdentity> | undefined;
  /** GraphQL's viewer names installation tokens too (one more request, so only when needed). */
  function viewerLogin(): Promise<CommentIdentity> {
    viewer ??= (async () => {
      try {
        const data = await octokit.graphql<{ viewer?: { login?: string } }>(
          'query { viewer { login } }',
        );
        const login = data.viewer?.login;
        return login ? { login } : {};
      } catch {
        // Best effort: no name falls back to trusting github-actions[bot] only.
        return {};
      }
    })();
    return viewer;
  }

  async function listComments(issueNumber: number): Promise<IssueComment[]> {
    return call(OP.listComments, true, () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
    );
  }

  async function update(comment: IssueComment, body: string): Promise<UpsertStickyCommentResult> {
    const { data } = await call(OP.updateComment, true, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body }),
    );
    return { action: 'updated', commentId: data.id, url: data.html_url, duplicateIds: [] };
  }

  async function find(issueNumber: number, marker: string) {
    const [rest, comments] = await Promise.all([getIdentity(), listComments(issueNumber)]);
    let who = rest;
    // An unnamed token (an installation token) trusts github-actions[bot]. A
    // marker comment by another bot may be this token's own (another GitHub
    // App's): then, and only then, ask GraphQL who this token is.
    if (
      who.login === undefined &&
      comments.some(
        (c) => hasMarker(c.body, marker) && c.user?.type === 'Bot' && !isOwnComment(c, {}),
      )
    ) {
      who = await viewerLogin();
    }
    return findStickyComment(comments, marker, who);
  }

  async function upsertStickyComment(
    params: UpsertStickyCommentParams,
  ): Promise<UpsertStickyCommentResult> {
    const { issueNumber, marker, body, createIfMissing } = params;
    if (!hasMarker(body, marker)) {
      // A programming error: without the marker on line 1 the next run would not find it.
      throw new Error('sticky comment body must start with its marker on the first line');
    }
    const match = await find(issueNumber, marker);
    const duplicateIds = match.duplicates.map((c) => c.id);
    if (match.comment) {
      const url = match.comment.html_url;
      if (sameBody(match.comment.body, body)) {
        return {
          action: 'unchanged',
          commentId: match.comment.id,
          ...(url ? { url } : {}),
          duplicateIds,
        };
      }
      return { ...(await update(match.comment, body)), duplicateIds };
    }
    if (!createIfMissing) return { action: 'skipped', duplicateIds };

    const create = () =>
      octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
        // A POST is not idempotent: the retry plugin must not blindly repeat it.
        request: { retries: 0 },
      });
    try {
      const { data } = await create();
      return { action: 'created', commentId: data.id, url: data.html_url, duplicateIds };
    } catch (e) {
      const err = toError(e, OP.createComment, true);
      // A 5xx (or no answer) may still have created the comment: look before
      // trying once more, so a flaky moment never leaves two sticky comments.
      if (err.status !== 0 && err.status < 500) throw err;
      const again = await find(issueNumber, marker);
      if (again.comment) {
        return sameBody(again.comment.body, body)
          ? {
              action: 'created',
              commentId: again.comment.id,
              ...(again.comment.html_url ? { url: again.comment.html_url } : {}),
              duplicateIds,
            }
          : { ...(await update(again.comment, body)), duplicateIds };
      }
      const { data } = await call(OP.createComment, true, create);
      return { action: 'created', commentId: data.id, url: data.html_url, duplicateIds };
    }
  }

  async function pullsForCommit(sha: string): Promise<PullSummary[]> {
    const pulls = await call(OP.pullsForCommit, false, () =>
      octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
      }),
    );
    return pulls.map((p) => {
      const s: PullSummary = {
        number: p.number,
        state: p.state,
        title: p.title,
        htmlUrl: p.html_url,
        merged: p.merged_at != null,
        headSha: p.head.sha,
        headRef: p.head.ref,
        baseRef: p.base.ref,
      };
      if (p.merged_at) s.mergedAt = p.merged_at;
      if (p.merge_commit_sha) s.mergeCommitSha = p.merge_commit_sha;
      return s;
    });
  }

  async function findStickyCommentBody(
    issueNumber: number,
    marker: string,
  ): Promise<string | undefined> {
    return (await find(issueNumber, marker)).comment?.body ?? undefined;
  }

  async function pullState(number: number): Promise<'open' | 'closed'> {
    const pull = await call(OP.getPull, false, () =>
      octokit.rest.pulls.get({ owner, repo, pull_number: number }),
    );
    return pull.data.state === 'open' ? 'open' : 'closed';
  }

  return { upsertStickyComment, findStickyCommentBody, pullState, pullsForCommit };
}

/**
 * The PR whose merge produced `sha` on a push to `baseBranch`: the one whose
 * merge commit is `sha`, else the only merged PR into that branch. Undefined
 * for a direct push or when it is ambiguous.
 */
export function pickMergedPull(
  pulls: readonly PullSummary[],
  sha: string,
  baseBranch?: string,
): PullSummary | undefined {
  const merged = pulls.filter(
    (p) => p.merged && (baseBranch === undefined || p.baseRef === baseBranch),
  );
  const exact = merged.find((p) => p.mergeCommitSha === sha);
  if (exact) return exact;
  return merged.length === 1 ? merged[0] : undefined;
}
