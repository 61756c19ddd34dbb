// On a merge, what was reviewed: the merged pull request of the pushed commit
// and the plan fingerprint in the action's comment on it. Looked up before any
// write to AFD, so `require-reviewed-plan` can stop the run before it touches
// anything, and so a failed look-up is said plainly rather than skipped.
import { ActionError } from '../domain/errors.js';
import type { RunContext } from '../github/event.js';
import type { GitHubPort } from './github-port.js';

export interface ReviewedPlan {
  /** The merged pull request, when found. */
  pullNumber?: number;
  /** The fingerprint of the plan reviewed on it, when found. */
  fingerprint?: string;
  /** Why the applied plan cannot be compared with the reviewed one; undefined when it can. */
  unchecked?: string;
  /** Whether `unchecked` is worth a line in the summary (a look-up failed, not a plain direct push). */
  noteworthy: boolean;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * For an apply outside a pull request: what was reviewed, for each detector of
 * the run (the merged pull request is looked up once). Never throws: a
 * failure is an `unchecked` reason.
 */
export async function lookUpReviewedPlans(
  github: GitHubPort | undefined,
  ctx: RunContext,
  region: string,
  detectorIds: readonly string[],
): Promise<Map<string, ReviewedPlan>> {
  const all = (plan: ReviewedPlan): Map<string, ReviewedPlan> =>
    new Map(detectorIds.map((id) => [id, plan]));
  const pull = await mergedPull(github, ctx);
  if (!('github' in pull)) return all(pull);
  const { pullNumber } = pull;
  const found = await pull.github.reviewedFingerprints(pullNumber, region, detectorIds);
  if ('error' in found) {
    return all({
      pullNumber,
      unchecked: `the plan comment of PR #${pullNumber} could not be read: ${found.error}`,
      noteworthy: true,
    });
  }
  return new Map(
    detectorIds.map((id): [string, ReviewedPlan] => {
      const fingerprint = found.fingerprints.get(id);
      return [
        id,
        fingerprint === undefined
          ? {
              pullNumber,
              unchecked: `PR #${pullNumber} has no plan comment by this action for detector ${id} in ${region}`,
              noteworthy: true,
            }
          : { pullNumber, fingerprint, noteworthy: false },
      ];
    }),
  );
}

/** The merged pull request of the pushed commit, or why there is none to compare with. */
async function mergedPull(
  github: GitHubPort | undefined,
  ctx: RunContext,
): Promise<{ pullNumber: number; github: GitHubPort } | ReviewedPlan> {
  const commit = ctx.sha.slice(0, 7);
  if (!ctx.isDefaultBranchPush) {
    return {
      unchecked: `this ${ctx.eventName} run is not a push to the default branch, so it has no merged pull request`,
      noteworthy: false,
    };
  }
  if (!github) {
    return {
      unchecked: 'no `github-token`, so the merged pull request cannot be looked up',
      noteworthy: true,
    };
  }
  let pullNumber: number | undefined;
  try {
    pullNumber = await github.mergedPullFor(ctx.sha, ctx.defaultBranch);
  } catch (err) {
    return {
      unchecked: `the pull request of commit ${commit} could not be looked up: ${message(err)}`,
      noteworthy: true,
    };
  }
  if (pullNumber === undefined) {
    return {
      unchecked: `no merged pull request into ${ctx.defaultBranch ?? 'the default branch'} has commit ${commit} (a direct push?)`,
      noteworthy: false,
    };
  }
  return { pullNumber, github };
}

/** `require-reviewed-plan: true` and nothing to compare with: stop before any write. */
export function reviewedPlanRequired(reason: string): ActionError {
  return new ActionError(
    `require-reviewed-plan is true, but the plan applied cannot be compared with the one reviewed: ${reason}. Nothing was written to AFD.`,
    [
      'Apply through a pull request that ran this action with `comment: true` (its plan comment holds the fingerprint), on a push that merges it to the default branch, with a `github-token` that can read pull requests.',
      'To apply without a reviewed plan, run with `require-reviewed-plan: false`.',
    ],
  );
}
