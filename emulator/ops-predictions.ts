// GetEventPrediction: one event through a detector version (the one named by
// detectorVersionId, DRAFT and INACTIVE included; the ACTIVE one when none is
// named), with the emulator's own DetectorPL evaluator (detectorpl/) and
// made-up but deterministic model scores (model-scores.ts).

import type { GetEventPredictionRequest } from '@aws-sdk/client-frauddetector';
import { MODEL_SCORE_SUFFIX, modelScoreVariables } from './account-resources.js';
import type { ServiceContext } from './context.js';
import type { Environment } from './detectorpl/evaluate.js';
import { runRules, type RuleToRun } from './detectorpl/execute.js';
import { EvaluationError, fromEventText, type Value } from './detectorpl/values.js';
import { notFound, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { modelScore } from './model-scores.js';
import { checkEntities, checkEventTimestamp, eventValues } from './prediction-request.js';
import type { DetectorVersionRecord, EmulatorState, EventTypeRecord } from './state.js';

function versionToScore(
  ctx: ServiceContext,
  detectorId: string,
  versionId: string | undefined,
): DetectorVersionRecord {
  const versions = ctx.state.detectorVersions.filter((v) => v.detectorId === detectorId);
  if (versionId === undefined) {
    const active = versions.find((v) => v.status === 'ACTIVE');
    if (!active)
      throw notFound(
        `Detector ${detectorId} has no ACTIVE version; name one with detectorVersionId.`,
      );
    return active;
  }
  const version = versions.find((v) => v.detectorVersionId === versionId);
  if (!version)
    throw notFound(`Detector version ${versionId} of detector ${detectorId} does not exist.`);
  return version;
}

function eventTypeOf(state: EmulatorState, name: string): EventTypeRecord {
  const eventType = state.eventTypes.find((e) => e.name === name);
  if (!eventType) throw notFound(`Event type ${name} does not exist.`);
  return eventType;
}

function rulesOf(state: EmulatorState, version: DetectorVersionRecord): RuleToRun[] {
  return version.rules.map((ref) => {
    const rule = state.rules.find(
      (r) =>
        r.detectorId === ref.detectorId &&
        r.ruleId === ref.ruleId &&
        r.ruleVersion === ref.ruleVersion,
    );
    // A version can only be made from existing rule versions (ops-detectors.ts);
    // a seed could still name a missing one, and then that rule cannot match.
    return {
      ruleId: ref.ruleId,
      expression: rule?.expression ?? '',
      outcomes: rule?.outcomes ?? [],
    };
  });
}

function environment(
  state: EmulatorState,
  values: ReadonlyMap<string, Value | EvaluationError>,
  scores: ReadonlyMap<string, number>,
): Environment {
  return {
    variable(name) {
      const value = values.get(name) ?? scores.get(name) ?? scoreDefault(state, name);
      if (value instanceof EvaluationError) throw value;
      return value;
    },
    list(name) {
      const list = state.lists.find((l) => l.name === name);
      if (!list) throw new EvaluationError(`list @${name} does not exist`);
      return list.elements;
    },
  };
}

/** A model score variable of a model that is not in the version: its default value. */
function scoreDefault(state: EmulatorState, name: string): Value | EvaluationError {
  const variable = modelScoreVariables(state).find((v) => v.name === name);
  const value = variable && fromEventText(variable.defaultValue, variable.dataType);
  return value ?? new EvaluationError(`$${name} has no value for this event`);
}

export const predictionHandlers: Record<string, Handler> = {
  GetEventPrediction: typed<GetEventPredictionRequest>((ctx, input) => {
    const detectorId = input.detectorId ?? '';
    const eventId = input.eventId ?? '';
    const eventVariables = input.eventVariables ?? {};
    checkEventTimestamp(input.eventTimestamp ?? '');
    const state = ctx.state;
    const detector = state.detectors.find((d) => d.detectorId === detectorId);
    if (!detector) throw notFound(`Detector ${detectorId} does not exist.`);
    if (input.eventTypeName !== detector.eventTypeName)
      throw validation(
        `Event type ${input.eventTypeName ?? ''} is not the event type of detector ${detectorId} (${detector.eventTypeName}).`,
      );
    const version = versionToScore(ctx, detectorId, input.detectorVersionId);
    const eventType = eventTypeOf(state, detector.eventTypeName);
    checkEntities(input.entities ?? [], eventType);
    const values = eventValues(state, eventType, eventVariables);

    const modelScores = version.modelVersions.map((model) => ({
      modelVersion: {
        modelId: model.modelId,
        modelType: model.modelType,
        modelVersionNumber: model.modelVersionNumber,
      },
      scores: {
        [`${model.modelId}${MODEL_SCORE_SUFFIX}`]: modelScore(ctx, model, eventId, eventVariables),
      },
    }));
    const scores = new Map(modelScores.flatMap((m) => Object.entries(m.scores)));
    const { ruleResults, skipped } = runRules(
      rulesOf(state, version),
      version.ruleExecutionMode,
      environment(state, values, scores),
    );
    for (const s of skipped)
      ctx.notes.push(`Rule ${s.ruleId} was not evaluated (treated as not matched): ${s.reason}.`);
    if (version.externalModelEndpoints.length)
      ctx.notes.push('External (SageMaker) model endpoints are not emulated: no outputs.');
    // The Sept 2024 recording has externalModelOutputs as [] without external models.
    return { modelScores, ruleResults, externalModelOutputs: [] };
  }),
};
