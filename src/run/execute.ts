// The shell around the flows: builds the gateway, the clock, cancellation and
// logging, runs the flows the request asks for, and always writes the outputs
// and the job summary it has, whatever happened.
// Logging, outputs and the summary go through the light workflow commands:
// @actions/core (and the ~1 MB of HTTP client it loads) is loaded only by the
// GitHub gateway, for runs that call GitHub's API.
import * as core from '../runner/commands.js';
import { AfdGateway } from '../afd/gateway.js';
import type { AfdPort } from '../afd/port.js';
import { refuseWritesAfter } from './cancellable-writes.js';
import { shareCatalogReads } from './shared-reads.js';
import { defaultDescription } from '../detector/provenance.js';
import { executeExport } from './execute-export.js';
import { reportForkSkip } from './fork.js';
import { systemClock, type Clock } from '../domain/clock.js';
import {
  ActionError,
  CancelledError,
  GateFailedError,
  TrainingFailedError,
  WaitTimeoutError,
} from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { EffectiveMode, ModelVersionRef, Request } from '../domain/request.js';
import { newDetectorReport, type DetectorReport } from '../detector/report.js';
import { runRollback } from '../detector/rollback.js';
import { runDetector, type DetectorDeps, type DetectorRunInput } from '../detector/run-detector.js';
import { planJson } from '../planner/index.js';
import { renderDetectorFailureComment, renderDetectorPlan } from '../report/detector-comment.js';
import { renderDetectorOutcome, renderDetectorProblems } from '../report/detector-outcome.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { GitHubPort } from './github-port.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import { preflight, reviewedPlanOf } from './before-writes.js';
import { detectorsOutput } from './detectors-output.js';
import { bestEffort, failureSummary, writeSummary } from './summary.js';
import {
  effectiveMode,
  forkPullRequestNotice,
  provenanceTags,
  readRunContext,
  type RunContext,
} from '../github/event.js';
import { renderRetrainSummary } from '../report/retrain-summary.js';
import { newRetrainReport, type RetrainOutcome, type RetrainReport } from '../retrain/report.js';
import { planNewMajor } from '../retrain/new-major.js';
import { runRetrain } from '../retrain/run-retrain.js';
import { renderSchemaChange } from '../report/schema-change.js';
import {
  environmentCredentials,
  hasAwsCredentials,
  readEventPayload,
  resolveTimeScale,
} from './environment.js';

const coreLogger: Logger = {
  info: (m) => core.info(m),
  // A warning about a repository file (a rule's line) is annotated there.
  warning: (m, at) =>
    core.warning(
      m,
      at
        ? { file: at.file, startLine: at.line, ...(at.column ? { startColumn: at.column } : {}) }
        : {},
    ),
};

export async function executeRequest(request: Request): Promise<void> {
  // Export writes files, not AFD versions: none of the flows below.
  if (request.mode === 'export') return executeExport(request);
  const ctx = readRunContext(
    process.env,
    readEventPayload(process.env, (m) => core.warning(m)),
  );
  const resolved = effectiveMode(request.mode, ctx);
  // Before any AWS call: a draft is found again by its pull request.
  if (resolved.mode === 'draft' && request.detector && !ctx.pullRequest) {
    throw new ActionError(
      `mode draft keeps one DRAFT detector version per pull request, but this ${ctx.eventName} run is not for a pull request.`,
      ['Use mode plan or apply on this event, or auto (plan on pull requests, apply elsewhere).'],
    );
  }
  if (request.detector?.rollbackTo && resolved.mode === 'draft') {
    throw new ActionError(
      'rollback-to re-activates an existing detector version; mode draft never activates anything.',
      ['Use mode plan to see the rollback, or apply to make it.'],
    );
  }
  const timeScale = await resolveTimeScale(request.endpointUrl, { warn: (m) => core.warning(m) });
  if (timeScale !== 1)
    core.info(
      `Waiting in step with the local AFD emulator at ${request.endpointUrl ?? ''}: its clock runs ${timeScale}× real time.`,
    );
  const clock = systemClock(timeScale);

  if (ctx.isForkPullRequest && !hasAwsCredentials()) {
    await reportForkSkip(forkPullRequestNotice(ctx));
    return;
  }

  // Before anything is armed: credentials that cannot be sent fail the run here.
  const credentials = credentialsOption();
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    core.warning(`Received ${signal}: stopping; the summary says what is still running in AFD.`);
    cancel.abort(new CancelledError(`Cancelled by ${signal}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const gateway = new AfdGateway({
    region: request.region,
    sleep: (ms) => clock.sleep(ms, cancel.signal),
    onOutage: (m) => core.warning(m),
    ...credentials,
    ...(request.endpointUrl ? { endpointUrl: request.endpointUrl } : {}),
  });
  const afd = shareCatalogReads(refuseWritesAfter(gateway, cancel.signal));
  if (resolved.reason) core.notice(resolved.reason);
  try {
    const github = request.detector ? await githubFor(request, ctx, timeScale) : undefined;
    const reviewed =
      request.detector && resolved.mode === 'apply'
        ? await reviewedPlanOf(request, ctx, github)
        : undefined;
    let model: ModelOutcome = { pending: false };
    if (
      request.model &&
      request.detector &&
      !request.detector.rollbackTo &&
      resolved.mode === 'apply'
    ) {
      // Before the model is trained or activated: a detector the plan cannot use fails now.
      await preflight(request, ctx, afd, reviewed?.pullNumber);
    }
    if (request.model && request.detector?.rollbackTo) {
      // A rollback goes back to what was served; training something new in the same run would not.
      core.warning(
        `rollback-to: the model section (${request.model.modelId}) is ignored in this run; the rollback target keeps the model versions it has.`,
      );
    } else if (request.model) {
      model = await executeModel(request, ctx, resolved.mode, {
        afd,
        clock,
        signal: cancel.signal,
      });
    }
    if (request.detector && model.pending) {
      // A detector version made now would not contain the model still training.
      core.notice(
        `Not planning detector ${request.detector.detectorId} yet: the model version is still training or activating (wait: false), and AFD puts only ACTIVE model versions into a detector version. The run that picks the finished version up plans, creates and promotes it.`,
      );
    } else if (request.detector) {
      await executeDetector(
        request,
        ctx,
        resolved.mode,
        { afd, clock, signal: cancel.signal, github },
        { retrained: model.ref, reviewed, modelSection: model.planSection ?? '' },
      );
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    gateway.destroy();
  }
}

/** What the detector flow runs with. */
interface DetectorShell {
  afd: AfdPort;
  clock: Clock;
  signal: AbortSignal;
  github: GitHubPort | undefined;
}

interface ModelOutcome {
  /** The model version a detector version should use. */
  ref?: ModelVersionRef;
  /** A training or an activation was started and not waited for (wait: false). */
  pending: boolean;
  /** Plan mode: what the model part would do (a new major version's schema change), for the PR comment. */
  planSection?: string;
}

/** Runs the retrain flow. */
async function executeModel(
  request: Request,
  ctx: RunContext,
  mode: EffectiveMode,
  deps: { afd: AfdPort; clock: Clock; signal: AbortSignal },
): Promise<ModelOutcome> {
  const model = request.model!;
  const report = newRetrainReport(
    {
      modelId: model.modelId,
      modelType: model.modelType,
      ...(model.majorVersionNumber ? { majorVersionNumber: model.majorVersionNumber } : {}),
      ...(model.retrain ? { training: model.retrain } : {}),
      activationRequested: model.activate,
    },
    deps.clock.now(),
  );
  if (mode === 'plan' || mode === 'draft') {
    // A new major version: the same checks and decision as apply, without the write.
    const newMajor = model.newMajorVersion
      ? renderSchemaChange({
          modelId: model.modelId,
          ...(await planNewMajor(deps.afd, model, model.newMajorVersion)),
        })
      : undefined;
    if (newMajor) await writeSummary(newMajor);
    // Retraining and activation are writes; a plan never makes them.
    if (model.retrain || model.activate || newMajor) {
      core.info(
        `mode ${mode}: not retraining or activating model ${model.modelId} (only mode apply does).`,
      );
    }
    // The version the proposal uses is the model version of this run.
    if (model.modelVersionNumber && !model.retrain)
      core.setOutput('modelVersionNumber', model.modelVersionNumber);
    if (!request.detector)
      await writeSummary(
        `## ℹ️ Model ${escapeMarkdown(model.modelId)}: nothing done in mode ${mode}\n\nRetraining and activation are writes to AFD; only mode \`apply\` makes them.\n`,
      );
    return model.modelVersionNumber && !model.retrain
      ? {
          pending: false,
          ref: {
            modelId: model.modelId,
            modelType: model.modelType,
            modelVersionNumber: model.modelVersionNumber,
          },
        }
      : { pending: false, ...(newMajor ? { planSection: newMajor } : {}) };
  }
  try {
    await runRetrain(
      { afd: deps.afd, clock: deps.clock, log: coreLogger, signal: deps.signal },
      {
        model,
        tags: [...request.tags, ...provenanceTags(ctx)],
        wait: request.wait,
        deadline: deps.clock.now() + request.timeoutMinutes * 60_000,
        provenance: {
          repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
          runId: ctx.runId,
        },
      },
      report,
    );
  } catch (err) {
    report.outcome = outcomeOf(err);
    report.error = err instanceof Error ? err.message : String(err);
    if (err instanceof ActionError) report.hints = err.hints;
    throw err;
  } finally {
    report.finishedAt = deps.clock.now();
    await bestEffort('set the outputs', () => {
      if (report.modelVersionNumber)
        core.setOutput('modelVersionNumber', report.modelVersionNumber);
      if (report.finalStatus) core.setOutput('modelVersionStatus', report.finalStatus);
    });
    await writeSummary(renderRetrainSummary(report, ctx.runUrl));
  }
  // Only a version that finished (and passed its gates) goes into a detector version.
  if (report.outcome === 'started') return { pending: true };
  return report.outcome === 'succeeded' && report.modelVersionNumber
    ? {
        pending: false,
        ref: {
          modelId: model.modelId,
          modelType: model.modelType,
          modelVersionNumber: report.modelVersionNumber,
        },
      }
    : { pending: false };
}

/** What the detector flow gets from earlier in the run. */
interface DetectorStart {
  retrained: ModelVersionRef | undefined;
  /** Apply only: what was reviewed on the merged pull request, looked up before any write. */
  reviewed: ReviewedPlan | undefined;
  /** Plan mode: the model's part of the plan (a new major version), added to the PR comment. */
  modelSection: string;
}

async function executeDetector(
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
      { afd, log: coreLogger, sleep: (ms) => clock.sleep(ms, signal) },
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

/** The GitHub client, loaded only when this run talks to GitHub; its pauses shrink with a local emulator's clock. */
async function githubFor(
  request: Request,
  ctx: RunContext,
  timeScale: number,
): Promise<GitHubPort | undefined> {
  const wantsComment = ctx.pullRequest !== undefined && request.comment;
  const wantsMergedPull = ctx.isDefaultBranchPush;
  const wantsPullStates =
    request.detector?.deleteStaleDrafts === true ||
    request.detector?.keepInactiveVersions !== undefined;
  if (!request.githubToken) {
    if (wantsComment) core.info('No github-token: the PR comment is skipped.');
    return undefined;
  }
  if (!wantsComment && !wantsMergedPull && !wantsPullStates) return undefined;
  const { connectGitHub } = await import('./github-port.js');
  return connectGitHub(request.githubToken, ctx, timeScale);
}

function outcomeOf(err: unknown): RetrainOutcome {
  if (err instanceof TrainingFailedError) return 'training-failed';
  if (err instanceof GateFailedError) return 'gate-failed';
  if (err instanceof WaitTimeoutError) return 'timed-out';
  if (err instanceof CancelledError) return 'cancelled';
  return 'failed';
}

export type { RetrainReport };

function credentialsOption(): {
  credentials?: NonNullable<ReturnType<typeof environmentCredentials>>;
} {
  const credentials = environmentCredentials();
  return credentials ? { credentials } : {};
}

/** A GitHub problem the reader of the summary must know (e.g. the PR comment was not posted). */
function warningSection(text: string): string {
  return `\n> [!WARNING]\n> ${escapeMarkdown(text)}\n`;
}
