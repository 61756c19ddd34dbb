// What the shell needs from GitHub, over the GitHub gateway: the sticky PR
// comment and the merged PR of a push. Comment failures are warnings, never a
// failure of the plan.
import * as core from '../runner/commands.js';
import { GitHubApiError, GitHubUnreachableError, safeUrl } from '../github/errors.js';
import type { RunContext } from '../github/event.js';
import { createGitHubGateway, pickMergedPull } from '../github/gateway.js';
import {
  commentMarker,
  detectorsMarker,
  parseDetectorsMarker,
  parseMarker,
} from '../report/comment-marker.js';
import { scrubSecrets } from '../runner/scrub.js';

export interface GitHubPort {
  mergedPullFor(sha: string, baseBranch?: string): Promise<number | undefined>;
  /** Whether a PR is still open; undefined when GitHub cannot say (then nothing is deleted). */
  isPullOpen(number: number): Promise<boolean | undefined>;
  /**
   * The plan fingerprint of each detector in the action's sticky comments on a
   * PR (what was reviewed): the comment of many detectors, else the detector's
   * own; a detector with no comment has none. Or why they could not be read.
   */
  reviewedFingerprints(
    issueNumber: number,
    region: string,
    detectorIds: readonly string[],
  ): Promise<{ fingerprints: Map<string, string> } | { error: string }>;
  /** Never throws for GitHub's failures: a warning, and what the summary should say when GitHub could not be reached. */
  postComment(
    issueNumber: number,
    key: CommentKey,
    body: string,
    changed: boolean,
  ): Promise<{ notPosted?: string }>;
}

/**
 * Which sticky comment: one per detector and region for a run of one
 * detector; one per region for a run of many (a section per detector).
 */
export type CommentKey =
  { detectorId: string; region: string } | { detectorIds: readonly string[]; region: string };

const markerOf = (key: CommentKey): string =>
  'detectorIds' in key ? detectorsMarker(key.region) : commentMarker(key.detectorId, key.region);

/** Shortest wait for an answer, whatever the time scale: a loaded machine still answers a loopback request within it. */
const MIN_REQUEST_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;

/** `timeScale` > 1 only against the emulator: GitHub's retry pauses and timeouts shrink with AFD's clock. */
export function connectGitHub(token: string, ctx: RunContext, timeScale = 1): GitHubPort {
  const gateway = createGitHubGateway({
    token,
    apiUrl: ctx.apiUrl,
    owner: ctx.repository.owner,
    repo: ctx.repository.repo,
    requestTimeoutMs: Math.max(REQUEST_TIMEOUT_MS / timeScale, MIN_REQUEST_TIMEOUT_MS),
    rateLimit: { retryAfterBaseMs: 1000 / timeScale },
    // The light commands: they neutralise workflow commands in GitHub's text and scrub secrets.
    onWarning: (m) => core.warning(m),
    onInfo: (m) => core.info(m),
  });
  return {
    async mergedPullFor(sha, baseBranch) {
      return pickMergedPull(await gateway.pullsForCommit(sha), sha, baseBranch)?.number;
    },
    async isPullOpen(number) {
      try {
        return (await gateway.pullState(number)) === 'open';
      } catch (err) {
        if (err instanceof GitHubApiError) return undefined;
        throw err;
      }
    },
    async reviewedFingerprints(issueNumber, region, detectorIds) {
      try {
        const fingerprints = new Map<string, string>();
        if (detectorIds.length > 1) {
          const body = await gateway.findStickyCommentBody(issueNumber, detectorsMarker(region));
          const found = body === undefined ? undefined : parseDetectorsMarker(body)?.fingerprints;
          for (const id of detectorIds) {
            const fingerprint = found?.get(id);
            if (fingerprint !== undefined) fingerprints.set(id, fingerprint);
          }
        }
        // A detector planned on its own (one run of a matrix over detector-id) has its own comment.
        for (const id of detectorIds.filter((d) => !fingerprints.has(d))) {
          const body = await gateway.findStickyCommentBody(issueNumber, commentMarker(id, region));
          const fingerprint = body === undefined ? undefined : parseMarker(body)?.fingerprint;
          if (fingerprint !== undefined) fingerprints.set(id, fingerprint);
        }
        return { fingerprints };
      } catch (err) {
        if (err instanceof GitHubApiError) return { error: err.message };
        throw err;
      }
    },
    async postComment(issueNumber, key, body, changed) {
      try {
        const result = await gateway.upsertStickyComment({
          issueNumber,
          marker: markerOf(key),
          // The comment leaves the process like the summary: no known secret in it.
          body: scrubSecrets(body),
          // No changes and no comment yet: stay quiet rather than post "nothing to do".
          createIfMissing: changed,
        });
        core.info(
          `PR comment ${result.action}${result.url ? `: ${result.url}` : ''}${result.duplicateIds.length ? ` (older duplicates: ${result.duplicateIds.join(', ')})` : ''}`,
        );
        return {};
      } catch (err) {
        if (err instanceof GitHubUnreachableError) {
          const notPosted = `Could not reach GitHub's API at ${safeUrl(err.apiUrl)}: the PR comment was not posted (${err.reason}). The plan is in this summary.`;
          core.warning(notPosted);
          return { notPosted };
        }
        if (err instanceof GitHubApiError) {
          core.warning(err.message);
          return {};
        }
        throw err;
      }
    },
  };
}
