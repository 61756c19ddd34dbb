// The shell around the flows: builds the gateway, the clock, cancellation and
// logging, runs the flows the request asks for, and always writes the outputs
// and the job summary it has, whatever happened.
import * as core from '@actions/core';
import { AfdGateway } from '../afd/gateway.js';
import { systemClock, type Clock } from '../domain/clock.js';
import { ActionError, CancelledError, GateFailedError, TrainingFailedError, WaitTimeoutError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { Request } from '../domain/request.js';
import { effectiveMode, forkPullRequestNotice, provenanceTags, readRunContext, type RunContext } from '../github/event.js';
import { renderRetrainSummary } from '../report/retrain-summary.js';
import { newRetrainReport, type RetrainOutcome, type RetrainReport } from '../retrain/report.js';
import { runRetrain } from '../retrain/run-retrain.js';
import { hasAwsCredentials, readEventPayload, readTimeScale } from './environment.js';

const coreLogger: Logger = { info: (m) => core.info(m), warning: (m) => core.warning(m) };

export async function executeRequest(request: Request): Promise<void> {
  const ctx = readRunContext(process.env, readEventPayload());
  const resolved = effectiveMode(request.mode, ctx);
  const clock = systemClock(readTimeScale());

  if (ctx.isForkPullRequest && !hasAwsCredentials()) {
    const notice = forkPullRequestNotice(ctx);
    core.notice(notice);
    await writeSummary(`## ℹ️ Fraud Detector Promote skipped\n\n${notice}\n`);
    return;
  }

  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    core.warning(`Received ${signal}: stopping; the summary says what is still running in AFD.`);
    cancel.abort(new CancelledError(`Cancelled by ${signal}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const afd = new AfdGateway({
    region: request.region,
    ...(request.endpointUrl ? { endpointUrl: request.endpointUrl } : {}),
  });
  try {
    if (request.model) {
      await executeModel(request, ctx, resolved.mode, { afd, clock, signal: cancel.signal });
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    afd.destroy();
  }
}

async function executeModel(
  request: Request,
  ctx: RunContext,
  mode: string,
  deps: { afd: AfdGateway; clock: Clock; signal: AbortSignal },
): Promise<void> {
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
    // Retraining and activation are writes; a plan never makes them.
    if (model.retrain || model.activate) {
      core.info(`mode ${mode}: not retraining or activating model ${model.modelId} (only mode apply does).`);
    }
    return;
  }
  try {
    await runRetrain(
      { afd: deps.afd, clock: deps.clock, log: coreLogger, signal: deps.signal },
      {
        model,
        tags: [...request.tags, ...provenanceTags(ctx)],
        wait: request.wait,
        deadline: deps.clock.now() + request.timeoutMinutes * 60_000,
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
    if (report.modelVersionNumber) core.setOutput('modelVersionNumber', report.modelVersionNumber);
    if (report.finalStatus) core.setOutput('modelVersionStatus', report.finalStatus);
    await writeSummary(renderRetrainSummary(report, ctx.runUrl));
  }
}

function outcomeOf(err: unknown): RetrainOutcome {
  if (err instanceof TrainingFailedError) return 'training-failed';
  if (err instanceof GateFailedError) return 'gate-failed';
  if (err instanceof WaitTimeoutError) return 'timed-out';
  if (err instanceof CancelledError) return 'cancelled';
  return 'failed';
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export type { RetrainReport };
