// What an apply checks before its first write to AFD: the plan reviewed on the
// merged pull request (require-reviewed-plan), and the detector side of a run
// that also trains or activates a model. Every detector of the run is checked:
// nothing is written unless all of them pass.
import * as core from '../runner/commands.js';
import type { AfdPort } from '../afd/port.js';
import { preflightDetector } from '../detector/preflight.js';
import { newDetectorReport } from '../detector/report.js';
import type { DetectorRequest, Request } from '../domain/request.js';
import type { RunContext } from '../github/event.js';
import type { GitHubPort } from './github-port.js';
import { lookUpReviewedPlans, reviewedPlanRequired, type ReviewedPlan } from './reviewed-plan.js';
import { failureSummary, writeSummary } from './summary.js';

/**
 * On an apply: what was reviewed, for each detector of the run, before any
 * write. With require-reviewed-plan, a detector with nothing to compare with
 * stops the run here.
 */
export async function reviewedPlansOf(
  request: Request,
  detectors: readonly DetectorRequest[],
  ctx: RunContext,
  github: GitHubPort | undefined,
): Promise<Map<string, ReviewedPlan>> {
  const ids = detectors.map((d) => d.detectorId);
  const reviewed: Map<string, ReviewedPlan> = ctx.pullRequest
    ? new Map(
        ids.map((id) => [
          id,
          { unchecked: 'this run is for an open pull request, not a merge', noteworthy: false },
        ]),
      )
    : await lookUpReviewedPlans(github, ctx, request.region, ids);
  if (request.requireReviewedPlan) {
    for (const [id, plan] of reviewed)
      if (plan.unchecked) await failBeforeWrites(request, id, reviewedPlanRequired(plan.unchecked));
  }
  return reviewed;
}

/** The read-only checks of one detector, before the model is trained or activated. */
export async function preflight(
  request: Request,
  detector: DetectorRequest,
  ctx: RunContext,
  afd: AfdPort,
  pullNumber: number | undefined,
): Promise<void> {
  try {
    await preflightDetector(
      { afd, log: core.logger },
      {
        request: detector,
        tags: [],
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        runId: ctx.runId,
        ...(pullNumber !== undefined ? { pullNumber } : {}),
      },
      request.model!,
    );
  } catch (err) {
    await failBeforeWrites(request, detector.detectorId, err);
  }
}

/** A failure before anything was written: the summary says so, then the run fails with it. */
async function failBeforeWrites(
  request: Request,
  detectorId: string,
  err: unknown,
): Promise<never> {
  const report = newDetectorReport(detectorId, 'apply');
  report.notes.push(
    request.model?.retrain || request.model?.activate
      ? 'Nothing was written to AFD: the model was not retrained or activated either.'
      : 'Nothing was written to AFD.',
  );
  const error = err instanceof Error ? err.message : String(err);
  await writeSummary(failureSummary(report, error, 'FAILED'));
  throw err;
}
