// Typed GitHub API failures. Every message is built from the HTTP method, the
// path template, the status and GitHub's own message, never from request
// headers, so the token cannot end up in a log, summary or comment.

import { ActionError } from '../domain/errors.js';
import { findNoAnswer } from './no-answer.js';

/** The exact snippet users paste into their workflow to let the action comment. */
export const PULL_REQUESTS_WRITE_SNIPPET = '```yaml\npermissions:\n  pull-requests: write\n```';

/** A GitHub REST call failed. The caller of a comment upsert turns these into warnings. */
export class GitHubApiError extends ActionError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when no answer came back. */
    readonly status: number,
    /** e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
    readonly operation: string,
    hints: string[] = [],
  ) {
    super(message, hints);
  }
}

/** 403/404 on reading or writing the PR comment: a permission problem, typically a fork. */
export class CommentPermissionError extends GitHubApiError {
  override name = 'CommentPermissionError';
  constructor(status: number, operation: string, githubMessage: string) {
    super(
      `Could not write the pull request comment: GitHub answered ${status} (${githubMessage}) to ${operation}. ` +
        'The plan itself is unaffected. The token needs write access to pull requests; add this to the workflow or job:\n' +
        `${PULL_REQUESTS_WRITE_SNIPPET}\n` +
        'Runs triggered by a pull request from a fork always get a read-only GITHUB_TOKEN, whatever the workflow ' +
        'asks for, so they cannot comment: read the plan in the job summary instead.',
      status,
      operation,
    );
  }
}

/** GitHub kept rate-limiting us after the allowed retries; given up rather than waiting long. */
export class GitHubRateLimitError extends GitHubApiError {
  override name = 'GitHubRateLimitError';
  constructor(status: number, operation: string, githubMessage: string) {
    super(
      `GitHub rate-limited ${operation} (${status}: ${githubMessage}); gave up after the allowed retries ` +
        'instead of holding the job until the limit resets.',
      status,
      operation,
    );
  }
}

/**
 * No answer from GitHub's API (refused, not resolved, timed out): not an HTTP
 * status, so never reported as one.
 */
export class GitHubUnreachableError extends GitHubApiError {
  override name = 'GitHubUnreachableError';
  constructor(
    /** Where the action sent the request: origin and path, never credentials. */
    readonly apiUrl: string,
    readonly reason: string,
    operation: string,
  ) {
    super(
      `Could not reach GitHub's API at ${safeUrl(apiUrl)} (${reason}) for ${operation}.`,
      0,
      operation,
    );
  }
}

/** A URL without user info, query or fragment: what a message may show. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
  } catch {
    return '(an invalid GITHUB_API_URL)';
  }
}

interface HttpErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

export function isHttpError(e: unknown): e is HttpErrorLike {
  return (
    typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number'
  );
}

function githubMessage(e: HttpErrorLike): string {
  const data = e.response?.data;
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    return (data as { message: string }).message;
  }
  // Octokit appends the documentation URL with " - "; keep just the text.
  return e.message.replace(/ - https?:\/\/\S+$/, '');
}

export function isRateLimited(e: HttpErrorLike): boolean {
  if (e.status !== 403 && e.status !== 429) return false;
  return (
    e.status === 429 ||
    String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') === '0' ||
    /rate limit/i.test(githubMessage(e))
  );
}

/** Any failure of a GitHub call as a typed error whose message holds no token. */
export function toGitHubError(
  e: unknown,
  operation: string,
  commentOp: boolean,
  scrub: (text: string) => string,
  apiUrl: string,
): GitHubApiError {
  if (e instanceof GitHubApiError) return e;
  const noAnswer = findNoAnswer(e);
  if (noAnswer) return new GitHubUnreachableError(apiUrl, noAnswer.reason, operation);
  if (!isHttpError(e)) {
    const text = e instanceof Error ? e.message : String(e);
    return new GitHubApiError(scrub(`GitHub request ${operation} failed: ${text}`), 0, operation);
  }
  const msg = scrub(githubMessage(e));
  if (isRateLimited(e)) return new GitHubRateLimitError(e.status, operation, msg);
  if (commentOp && (e.status === 403 || e.status === 404))
    return new CommentPermissionError(e.status, operation, msg);
  return new GitHubApiError(
    `GitHub answered ${e.status} to ${operation}: ${msg}`,
    e.status,
    operation,
  );
}
