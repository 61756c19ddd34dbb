// A fork's pull request without AWS credentials: what the run says and writes
// when it skips, whether its inputs were valid (execute.ts) or refused because
// the fork got none of the workflow's secrets and variables (main.ts, which
// loads this only then).
import { forkPullRequestNotice, readRunContext } from '../github/event.js';
import * as core from '../runner/commands.js';
import { readEventPayload } from './environment.js';

/** The fork notice when this is a fork's pull request (the caller checks the credentials). */
export function forkPullRequestWithoutCredentials(): string | undefined {
  try {
    const ctx = readRunContext(process.env, readEventPayload());
    return ctx.isForkPullRequest ? forkPullRequestNotice(ctx) : undefined;
  } catch {
    return undefined;
  }
}

/** The notice and the job summary of a skipped fork run; the run then exits cleanly. */
export async function reportForkSkip(notice: string): Promise<void> {
  core.notice(notice);
  // Outside Actions there is no summary file: the notice above is the report.
  await core
    .appendSummary(`## ℹ️ Fraud Detector Promote skipped\n\n${notice}\n`)
    .catch(() => undefined);
}
