// Typed GitHub API failures. Every message is built from the HTTP method, the
// path template, the status and GitHub's own message, never from request
// headers, so the token cannot end up in a log, summary or comment.

import { ActionError } from '../domain/errors.js';

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
