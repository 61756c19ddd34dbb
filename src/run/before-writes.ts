// What an apply checks before its first write to AFD: the plan reviewed on the
// merged pull request (require-reviewed-plan), and the detector side of a run
// that also trains or activates a model.
import * as core from '../runner/commands.js';
import type { AfdPort } from '../afd/port.js';
import { preflightDetector } from '../detector/preflight.js';
import { newDetectorReport } from '../detector/report.js';
import type { Request } from '../domain/request.js';
import type { RunContext } from '../github/event.js';
import type { GitHubPort } from './github-port.js';
import { lookUpReviewedPlan, reviewedPlanRequired, type ReviewedPlan } from './reviewed-plan.js';
import { failureSummary, writeSummary } from './summary.js';

/**
 * On an apply: what was reviewed, before any write. With
 * require-reviewed-plan, nothing to compare with stops the run here.
 */
export async function reviewedPlanOf(
  request: Request,
  ctx: RunContext,
  github: GitHubPort | undefined,
): Promise<ReviewedPlan> {
  const key = { detectorId: request.detector!.detectorId, region: request.region };
  const reviewed: ReviewedPlan = ctx.pullRequest
    ? { unchecked: 'this run is for an open pull request, not a merge', noteworthy: false }
    : await lookUpReviewedPlan(github, ctx, key);
  if (request.requireReviewedPlan && reviewed.unchecked)
    await failBeforeWrites(request, reviewedPlanRequired(reviewed.unchecked));
  return reviewed;
}

/** The read-only checks of the detector side, before the model is trained or activated. */
export async function preflight(
  request: Request,
  ctx: RunContext,
  afd: AfdPort,
  pullNumber: number | undefined,
): Promise<void> {
  try {
    await preflightDetector(
      { afd, log: core.logger },
      {
        request: request.detector!,
        tags: [],
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        runId: ctx.runId,
        ...(pullNumber !== undefined ? { pullNumber } : {}),
      },
      request.model!,
    );
  } catch (err) {
    await failBeforeWrites(request, err);
  }
}

/** A failure before anything was written: the summary says so, then the run fails with it. */
async function failBeforeWrites(request: Request, err: unknown): Promise<never> {
  const report = newDetectorReport(request.detector!.detectorId, 'apply');
  report.notes.push(
    request.model?.retrain || request.model?.activate
      ? 'Nothing was written to AFD: the model was not retrained or activated either.'
      : 'Nothing was written to AFD.',
  );
  const error = err instanceof Error ? err.message : String(err);
  await writeSummary(failureSummary(report, error, 'FAILED'));
  throw err;
}
