// The model part of a run: retrain, create a new major version or activate
// (apply), or say what would be done (plan, draft). It writes the model's
// outputs and summary section and hands the detector part the version to use.
import * as core from '../runner/commands.js';
import type { AfdPort } from '../afd/port.js';
import type { Clock } from '../domain/clock.js';
import {
  ActionError,
  CancelledError,
  GateFailedError,
  TrainingFailedError,
  WaitTimeoutError,
} from '../domain/errors.js';
import type { EffectiveMode, ModelVersionRef, Request } from '../domain/request.js';
import { provenanceTags, type RunContext } from '../github/event.js';
import { escapeMarkdown } from '../report/markdown.js';
import { renderRetrainSummary } from '../report/retrain-summary.js';
import { renderSchemaChange } from '../report/schema-change.js';
import { planNewMajor } from '../retrain/new-major.js';
import { newRetrainReport, type RetrainOutcome } from '../retrain/report.js';
import { runRetrain } from '../retrain/run-retrain.js';
import { bestEffort, writeSummary } from './summary.js';

export interface ModelOutcome {
  /** The model version a detector version should use. */
  ref?: ModelVersionRef;
  /** A training or an activation was started and not waited for (wait: false). */
  pending: boolean;
  /** Plan mode: what the model part would do (a new major version's schema change), for the PR comment. */
  planSection?: string;
}

/** Runs the retrain flow. */
export async function executeModel(
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
      { afd: deps.afd, clock: deps.clock, log: core.logger, signal: deps.signal },
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

function outcomeOf(err: unknown): RetrainOutcome {
  if (err instanceof TrainingFailedError) return 'training-failed';
  if (err instanceof GateFailedError) return 'gate-failed';
  if (err instanceof WaitTimeoutError) return 'timed-out';
  if (err instanceof CancelledError) return 'cancelled';
  return 'failed';
}
