// Whether this run is a fork's pull request, asked only when the inputs were
// refused (a dynamic import: every other run skips it at start-up).
import { forkPullRequestNotice, readRunContext } from '../github/event.js';
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
