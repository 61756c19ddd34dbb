// The detector part of a run for one detector: plan, draft or apply it (or
// roll it back), then write its outputs, its job summary section and its
// sticky PR comment, whatever happened.
import * as core from '../runner/commands.js';
import type { AfdPort } from '../afd/port.js';
import type { Clock } from '../domain/clock.js';
import type { EffectiveMode, ModelVersionRef, Request } from '../domain/request.js';
import { defaultDescription } from '../detector/provenance.js';
import { newDetectorReport, type DetectorReport } from '../detector/report.js';
import { runRollback } from '../detector/rollback.js';
import { runDetector, type DetectorDeps, type DetectorRunInput } from '../detector/run-detector.js';
import { provenanceTags, type RunContext } from '../github/event.js';
import { planJson } from '../planner/index.js';
import { renderDetectorFailureComment, renderDetectorPlan } from '../report/detector-comment.js';
import { renderDetectorOutcome, renderDetectorProblems } from '../report/detector-outcome.js';
import { escapeMarkdown } from '../report/markdown.js';
import { detectorsOutput } from './detectors-output.js';
import type { GitHubPort } from './github-port.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import { bestEffort, failureSummary, writeSummary } from './summary.js';

export /** What the detector flow runs with. */
interface DetectorShell {
  afd: AfdPort;
  clock: Clock;
  signal: AbortSignal;
  github: GitHubPort | undefined;
}

export /** What the detector flow gets from earlier in the run. */
interface DetectorStart {
  retrained: ModelVersionRef | undefined;
  /** Apply only: what was reviewed on the merged pull request, looked up before any write. */
  reviewed: ReviewedPlan | undefined;
  /** Plan mode: the model's part of the plan (a new major version), added to the PR comment. */
  modelSection: string;
}

export async function executeDetector(
  request: Request,
  ctx: RunContext,
  mode: EffectiveMode,
  { afd, clock, signal, github }: DetectorShell,
  { retrained, reviewed, modelSection }: DetectorStart,
): Promise<void> {
  const detector = request.detector!;
  const report = newDetectorReport(detector.detectorId, mode);
  // On a PR, GITHUB_SHA is a throw-away merge commit; name the head that was reviewed.
  const planned = ctx.pullRequest?.headSha || ctx.sha;
  const commentKey = { detectorId: detector.detectorId, region: request.region };
  // On a push to the default branch, the merged PR's draft may be the reviewed version.
  const pullNumber = ctx.pullRequest?.number ?? reviewed?.pullNumber;
  if (reviewed?.fingerprint) report.reviewedFingerprint = reviewed.fingerprint;
  if (reviewed?.unchecked && reviewed.noteworthy) {
    const note = `The plan applied could not be checked against the one reviewed: ${reviewed.unchecked}. Set \`require-reviewed-plan: true\` to make this a failure.`;
    core.warning(note);
    report.notes.push(note);
  }
  const tags = [
    ...request.tags,
    ...provenanceTags(ctx, pullNumber !== undefined ? { pullNumber } : {}),
  ];
  // rollback-to replaces the proposal with an existing version; the rest (outputs, summary, comment) is shared.
  const deadline = clock.now() + request.timeoutMinutes * 60_000;
  const flow = detector.rollbackTo
    ? (deps: DetectorDeps, input: DetectorRunInput, r: DetectorReport): Promise<void> =>
        runRollback(deps, { clock, signal, deadline }, input, r)
    : runDetector;
  try {
    await flow(
      { afd, log: core.logger, sleep: (ms) => clock.sleep(ms, signal) },
      {
        request: detector,
        ...(retrained ? { retrained } : {}),
        tags,
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        runId: ctx.runId,
        ...(pullNumber !== undefined ? { pullNumber } : {}),
        ...(github ? { isPullOpen: (n: number) => github.isPullOpen(n) } : {}),
        ...(request.requireReviewedPlan && reviewed?.fingerprint && pullNumber !== undefined
          ? { reviewed: { pullNumber, fingerprint: reviewed.fingerprint } }
          : {}),
        ...(pullNumber !== undefined && !ctx.pullRequest ? { pullMerged: true } : {}),
        defaultDescription: defaultDescription(
          `${ctx.repository.owner}/${ctx.repository.repo}`,
          planned,
        ),
      },
      report,
    );
  } catch (err) {
    report.error = err instanceof Error ? err.message : String(err);
    throw err;
  } finally {
    await bestEffort('set the outputs', () => {
      if (report.detectorVersionId) core.setOutput('detectorVersionId', report.detectorVersionId);
      if (report.status) core.setOutput('detectorVersionStatus', report.status);
      if (report.diff) {
        core.setOutput('changed', String(report.diff.changed));
        core.setOutput('plan', planJson(report.diff));
      }
      const detectors = detectorsOutput([report]);
      if (detectors) core.setOutput('detectors', detectors);
    });
    const stopped = signal.aborted ? 'CANCELLED' : 'FAILED';
    if (report.diff && report.fingerprint) {
      const view = {
        diff: report.diff,
        detectorId: report.detectorId,
        mode,
        status: report.status ?? (report.error ? stopped : 'PLANNED'),
        ...(report.detectorVersionId ? { proposedVersionId: report.detectorVersionId } : {}),
        ...(report.baseVersionId ? { baseVersionId: report.baseVersionId } : {}),
        runUrl: ctx.runUrl,
        commit: planned.slice(0, 7),
        region: request.region,
        fingerprint: report.fingerprint,
        ...(report.reviewedFingerprint ? { reviewedFingerprint: report.reviewedFingerprint } : {}),
        ...(report.proposal?.descriptionSource === 'default' ? { generatedDescription: true } : {}),
      };
      await writeSummary(renderDetectorPlan(view, 'summary') + renderDetectorOutcome(report));
      const pr = ctx.pullRequest;
      if (github && pr && request.comment) {
        const diff = report.diff;
        await bestEffort('update the pull request comment', async () => {
          const { notPosted } = await github.postComment(
            pr.number,
            commentKey,
            renderDetectorPlan(view, 'comment') + renderDetectorProblems(report) + modelSection,
            // A planned new major version is a change to review, even with the detector unchanged.
            diff.changed || modelSection !== '',
          );
          if (notPosted) await writeSummary(warningSection(notPosted));
        });
      }
    } else if (report.error) {
      const pr = ctx.pullRequest;
      const error = report.error;
      let notPosted: string | undefined;
      // The last plan on the PR no longer holds: replace it (never start a comment for this).
      if (github && pr && request.comment) {
        await bestEffort('update the pull request comment', async () => {
          ({ notPosted } = await github.postComment(
            pr.number,
            commentKey,
            renderDetectorFailureComment({
              detectorId: report.detectorId,
              mode,
              status: stopped,
              error,
              commit: planned.slice(0, 7),
              runUrl: ctx.runUrl,
              region: request.region,
            }),
            false,
          ));
        });
      }
      await writeSummary(
        failureSummary(report, error, stopped) + (notPosted ? warningSection(notPosted) : ''),
      );
    }
  }
}

/** A GitHub problem the reader of the summary must know (e.g. the PR comment was not posted). */
function warningSection(text: string): string {
  return `\n> [!WARNING]\n> ${escapeMarkdown(text)}\n`;
}
