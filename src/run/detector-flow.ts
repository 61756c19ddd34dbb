// The detector part of a run for one detector: plan, draft or apply it (or
// roll it back) and write its job summary section. runOneDetector never
// throws: what happened is in what it returns, so a run of many detectors
// goes on with the next one. executeDetector is the run of one detector:
// its outputs, its own sticky PR comment, and its error.
import * as core from '../runner/commands.js';
import type { AfdPort } from '../afd/port.js';
import type { Clock } from '../domain/clock.js';
import type {
  DetectorRequest,
  EffectiveMode,
  ModelVersionRef,
  Request,
} from '../domain/request.js';
import { defaultDescription } from '../detector/provenance.js';
import { newDetectorReport, type DetectorReport } from '../detector/report.js';
import { runRollback } from '../detector/rollback.js';
import { runDetector, type DetectorDeps, type DetectorRunInput } from '../detector/run-detector.js';
import { provenanceTags, type RunContext } from '../github/event.js';
import { planJson } from '../planner/index.js';
import {
  renderDetectorFailureComment,
  renderDetectorPlan,
  type DetectorFailureReport,
  type DetectorPlanReport,
} from '../report/detector-comment.js';
import { renderDetectorOutcome, renderDetectorProblems } from '../report/detector-outcome.js';
import { escapeMarkdown } from '../report/markdown.js';
import { detectorsOutput } from './detectors-output.js';
import type { GitHubPort } from './github-port.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import { bestEffort, failureSummary, writeSummary } from './summary.js';

/** What the detector flow runs with. */
export interface DetectorShell {
  afd: AfdPort;
  clock: Clock;
  signal: AbortSignal;
  github: GitHubPort | undefined;
}

/** What the detector flow gets from earlier in the run. */
export interface DetectorStart {
  retrained: ModelVersionRef | undefined;
  /** Apply only: what was reviewed on the merged pull request, looked up before any write. */
  reviewed: ReviewedPlan | undefined;
  /** Plan mode: the model's part of the plan (a new major version), added to the PR comment. */
  modelSection: string;
}

/** Where one detector ended: its report, and what its part of the PR comment shows. */
export interface DetectorRun {
  report: DetectorReport;
  /** The plan, when there is one (also after a failure later in the flow). */
  plan?: DetectorPlanReport;
  /** Why there is no plan. */
  failure?: DetectorFailureReport;
  /** What the flow threw. */
  error?: Error;
}

/** The commit planned: on a PR, GITHUB_SHA is a throw-away merge commit, so the head that was reviewed. */
export const plannedCommit = (ctx: RunContext): string => ctx.pullRequest?.headSha || ctx.sha;

/** Runs one detector's flow and writes its job summary section. Never throws. */
export async function runOneDetector(
  detector: DetectorRequest,
  request: Request,
  ctx: RunContext,
  mode: EffectiveMode,
  { afd, clock, signal, github }: DetectorShell,
  { retrained, reviewed }: DetectorStart,
): Promise<DetectorRun> {
  const report = newDetectorReport(detector.detectorId, mode);
  const planned = plannedCommit(ctx);
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
  let error: Error | undefined;
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
    error = err instanceof Error ? err : new Error(String(err));
    report.error = error.message;
  }
  const stopped = signal.aborted ? 'CANCELLED' : 'FAILED';
  const common = { runUrl: ctx.runUrl, commit: planned.slice(0, 7), region: request.region };
  if (report.diff && report.fingerprint) {
    const plan: DetectorPlanReport = {
      diff: report.diff,
      detectorId: report.detectorId,
      mode,
      status: report.status ?? (report.error ? stopped : 'PLANNED'),
      ...(report.detectorVersionId ? { proposedVersionId: report.detectorVersionId } : {}),
      ...(report.baseVersionId ? { baseVersionId: report.baseVersionId } : {}),
      ...common,
      fingerprint: report.fingerprint,
      ...(report.reviewedFingerprint ? { reviewedFingerprint: report.reviewedFingerprint } : {}),
      ...(report.proposal?.descriptionSource === 'default' ? { generatedDescription: true } : {}),
      ...(report.impact ? { impact: report.impact } : {}),
    };
    await writeSummary(renderDetectorPlan(plan, 'summary') + renderDetectorOutcome(report));
    return { report, plan, ...(error !== undefined ? { error } : {}) };
  }
  if (report.error === undefined) return { report };
  await writeSummary(failureSummary(report, report.error, stopped));
  const failure: DetectorFailureReport = {
    detectorId: report.detectorId,
    mode,
    status: stopped,
    error: report.error,
    ...common,
  };
  return { report, failure, error };
}

/** The run of one detector: as runOneDetector, then its outputs and its own PR comment; throws what the flow threw. */
export async function executeDetector(
  request: Request,
  ctx: RunContext,
  mode: EffectiveMode,
  shell: DetectorShell,
  start: DetectorStart,
): Promise<void> {
  const detector = request.detector!;
  const run = await runOneDetector(detector, request, ctx, mode, shell, start);
  const { report } = run;
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
  const pr = ctx.pullRequest;
  const { github } = shell;
  if (github && pr && request.comment && (run.plan || run.failure)) {
    const key = { detectorId: detector.detectorId, region: request.region };
    const body = run.plan
      ? renderDetectorPlan(run.plan, 'comment') +
        renderDetectorProblems(report) +
        start.modelSection
      : renderDetectorFailureComment(run.failure!);
    // A planned new major version is a change to review, even with the detector unchanged.
    // A failure only replaces the last plan on the PR; it never starts a comment.
    const changed = run.plan ? run.plan.diff.changed || start.modelSection !== '' : false;
    await bestEffort('update the pull request comment', async () => {
      const { notPosted } = await github.postComment(pr.number, key, body, changed);
      if (notPosted) await writeSummary(warningSection(notPosted));
    });
  }
  if (run.error !== undefined) throw run.error;
}

/** A GitHub problem the reader of the summary must know (e.g. the PR comment was not posted). */
export function warningSection(text: string): string {
  return `\n> [!WARNING]\n> ${escapeMarkdown(text)}\n`;
}
