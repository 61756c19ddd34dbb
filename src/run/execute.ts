// The shell around the flows: builds the gateway, the clock, cancellation and
// logging, runs the flows the request asks for, and always writes the outputs
// and the job summary it has, whatever happened.
// Logging, outputs and the summary go through the light workflow commands:
// @actions/core (and the ~1 MB of HTTP client it loads) is loaded only by the
// GitHub gateway, for runs that call GitHub's API.
import * as core from '../runner/commands.js';
import { AfdGateway } from '../afd/gateway.js';
import { refuseWritesAfter } from './cancellable-writes.js';
import { shareCatalogReads } from './shared-reads.js';
import { executeExport } from './execute-export.js';
import { reportForkSkip } from './fork.js';
import { systemClock } from '../domain/clock.js';
import { ActionError, CancelledError } from '../domain/errors.js';
import { detectorsOf, type Request } from '../domain/request.js';
import type { GitHubPort } from './github-port.js';
import { preflight, reviewedPlansOf } from './before-writes.js';
import { executeDetector } from './detector-flow.js';
import { executeDetectors } from './detectors-run.js';
import { executeModel, type ModelOutcome } from './model-flow.js';
import {
  effectiveMode,
  forkPullRequestNotice,
  readRunContext,
  type RunContext,
} from '../github/event.js';
import {
  environmentCredentials,
  hasAwsCredentials,
  readEventPayload,
  resolveTimeScale,
} from './environment.js';

export async function executeRequest(request: Request): Promise<void> {
  // Export writes files, not AFD versions: none of the flows below.
  if (request.mode === 'export') return executeExport(request);
  const ctx = readRunContext(
    process.env,
    readEventPayload(process.env, (m) => core.warning(m)),
  );
  const resolved = effectiveMode(request.mode, ctx);
  const detectors = detectorsOf(request);
  // Before any AWS call: a draft is found again by its pull request.
  if (resolved.mode === 'draft' && request.detector && !ctx.pullRequest) {
    throw new ActionError(
      `mode draft keeps one DRAFT detector version per pull request, but this ${ctx.eventName} run is not for a pull request.`,
      ['Use mode plan or apply on this event, or auto (plan on pull requests, apply elsewhere).'],
    );
  }
  if (detectors.some((d) => d.rollbackTo) && resolved.mode === 'draft') {
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
    const github = detectors.length ? await githubFor(request, ctx, timeScale) : undefined;
    const reviewed =
      detectors.length && resolved.mode === 'apply'
        ? await reviewedPlansOf(request, detectors, ctx, github)
        : undefined;
    // A rollback goes back to what was served; training something new in the same run would not.
    const rollbackOnly = detectors.length > 0 && detectors.every((d) => d.rollbackTo);
    let model: ModelOutcome = { pending: false };
    if (request.model && resolved.mode === 'apply') {
      // Before the model is trained or activated: a detector the plan cannot use fails now.
      for (const detector of detectors.filter((d) => !d.rollbackTo))
        await preflight(
          request,
          detector,
          ctx,
          afd,
          reviewed?.get(detector.detectorId)?.pullNumber,
        );
    }
    if (request.model && rollbackOnly) {
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
    const shell = { afd, clock, signal: cancel.signal, github };
    const start = { retrained: model.ref, modelSection: model.planSection ?? '' };
    if (detectors.length && model.pending) {
      // A detector version made now would not contain the model still training.
      core.notice(
        `Not planning ${detectors.length === 1 ? 'detector' : 'detectors'} ${detectors.map((d) => d.detectorId).join(', ')} yet: the model version is still training or activating (wait: false), and AFD puts only ACTIVE model versions into a detector version. The run that picks the finished version up plans, creates and promotes it.`,
      );
    } else if (request.detectors) {
      await executeDetectors(request, request.detectors, ctx, resolved.mode, shell, {
        ...start,
        reviewed,
      });
    } else if (request.detector) {
      await executeDetector(request, ctx, resolved.mode, shell, {
        ...start,
        reviewed: reviewed?.get(request.detector.detectorId),
      });
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    gateway.destroy();
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
  const wantsPullStates = detectorsOf(request).some(
    (d) => d.deleteStaleDrafts || d.keepInactiveVersions !== undefined,
  );
  if (!request.githubToken) {
    if (wantsComment) core.info('No github-token: the PR comment is skipped.');
    return undefined;
  }
  if (!wantsComment && !wantsMergedPull && !wantsPullStates) return undefined;
  const { connectGitHub } = await import('./github-port.js');
  return connectGitHub(request.githubToken, ctx, timeScale);
}

function credentialsOption(): {
  credentials?: NonNullable<ReturnType<typeof environmentCredentials>>;
} {
  const credentials = environmentCredentials();
  return credentials ? { credentials } : {};
}
