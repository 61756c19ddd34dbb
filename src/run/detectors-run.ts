// A run of many detectors (a `detectors:` list without `detector-id`): each
// detector in file order, one after the other; a failure of one does not stop
// the others. Then the `detectors` output, an overview in the job summary,
// ONE sticky PR comment per pull request and region with a section per
// detector, and a failure of the step when any detector failed.
import * as core from '../runner/commands.js';
import { ActionError, CancelledError } from '../domain/errors.js';
import type { DetectorRequest, EffectiveMode, Request } from '../domain/request.js';
import type { RunContext } from '../github/event.js';
import { renderDetectorProblems } from '../report/detector-outcome.js';
import {
  renderDetectorsComment,
  type DetectorCommentSection,
} from '../report/detectors-comment.js';
import { renderDetectorsOverview } from '../report/detectors-summary.js';
import {
  plannedCommit,
  runOneDetector,
  warningSection,
  type DetectorRun,
  type DetectorShell,
  type DetectorStart,
} from './detector-flow.js';
import { detectorsOutput } from './detectors-output.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import { bestEffort, writeSummary } from './summary.js';

export interface DetectorsStart extends Omit<DetectorStart, 'reviewed'> {
  /** Apply only: what was reviewed, per detector id. */
  reviewed: ReadonlyMap<string, ReviewedPlan> | undefined;
}

export async function executeDetectors(
  request: Request,
  detectors: readonly DetectorRequest[],
  ctx: RunContext,
  mode: EffectiveMode,
  shell: DetectorShell,
  start: DetectorsStart,
): Promise<void> {
  const runs: DetectorRun[] = [];
  const notStarted: string[] = [];
  for (const detector of detectors) {
    if (shell.signal.aborted) {
      notStarted.push(detector.detectorId);
      continue;
    }
    core.info(`Detector ${detector.detectorId} (${runs.length + 1} of ${detectors.length})`);
    runs.push(
      await runOneDetector(detector, request, ctx, mode, shell, {
        ...start,
        reviewed: start.reviewed?.get(detector.detectorId),
      }),
    );
  }
  const reports = runs.map((r) => r.report);
  await bestEffort('set the outputs', () => {
    const output = detectorsOutput(reports);
    if (output) core.setOutput('detectors', output);
  });
  await writeSummary(renderDetectorsOverview(mode, reports, notStarted));
  await postDetectorsComment(request, ctx, mode, shell, runs, start.modelSection);
  const failed = runs.filter((r) => r.error !== undefined);
  if (shell.signal.aborted) {
    throw shell.signal.reason instanceof CancelledError
      ? shell.signal.reason
      : new CancelledError('Cancelled');
  }
  if (failed.length > 0) throw failedDetectors(failed, runs.length);
}

/** The step fails with every failed detector named; the others' results stand. */
function failedDetectors(failed: readonly DetectorRun[], total: number): ActionError {
  const ids = failed.map((r) => r.report.detectorId);
  return new ActionError(
    `${failed.length} of ${total} detectors failed: ${ids.join(', ')}. The other detectors were handled; the job summary says what each one did.`,
    failed.map((r) => `${r.report.detectorId}: ${r.report.error ?? 'failed'}`),
  );
}

async function postDetectorsComment(
  request: Request,
  ctx: RunContext,
  mode: EffectiveMode,
  { github }: DetectorShell,
  runs: readonly DetectorRun[],
  modelSection: string,
): Promise<void> {
  const pr = ctx.pullRequest;
  if (!github || !pr || !request.comment) return;
  const sections = runs.flatMap((run): DetectorCommentSection[] => {
    if (run.plan)
      return [{ kind: 'plan', plan: run.plan, problems: renderDetectorProblems(run.report) }];
    return run.failure ? [{ kind: 'failed', failure: run.failure }] : [];
  });
  if (sections.length === 0) return;
  const body = renderDetectorsComment({
    mode,
    region: request.region,
    commit: plannedCommit(ctx).slice(0, 7),
    runUrl: ctx.runUrl,
    sections,
    modelSection,
  });
  // Failures alone only replace the last plan on the PR; they never start a comment.
  const changed = runs.some((r) => r.plan?.diff.changed === true) || modelSection !== '';
  const key = { detectorIds: runs.map((r) => r.report.detectorId), region: request.region };
  await bestEffort('update the pull request comment', async () => {
    const { notPosted } = await github.postComment(pr.number, key, body, changed);
    if (notPosted) await writeSummary(warningSection(notPosted));
  });
}
