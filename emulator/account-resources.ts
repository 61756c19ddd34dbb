// Lookups over the account-wide resources that rules and models refer to:
// variables (including the score variable AFD makes for each model), event
// types, labels and lists. Shared by the listing operations and the checks.

import type { EmulatorState, VariableRecord } from './state.js';

/** AFD names a model's score variable after the model, e.g. $payments_model_insightscore. */
export const MODEL_SCORE_SUFFIX = '_insightscore';

/**
 * The score variables of the account's models. AFD creates one per model
 * (afd-api.md §4.1, used in rules as `$<modelId>_insightscore`), and the
 * DataSource enum has MODEL_SCORE for them; they are derived here from the
 * models rather than stored, so a snapshot cannot disagree with its models.
 * The data type and default value are an inference (scores are floats 0–1000).
 */
export function modelScoreVariables(state: EmulatorState): VariableRecord[] {
  const seen = new Set<string>();
  const out: VariableRecord[] = [];
  for (const m of state.models) {
    const name = `${m.modelId}${MODEL_SCORE_SUFFIX}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      name,
      dataType: 'FLOAT',
      dataSource: 'MODEL_SCORE',
      defaultValue: '0.0',
      description: `Score of model ${m.modelId}`,
      createdTime: m.createdTime,
      lastUpdatedTime: m.lastUpdatedTime,
    });
  }
  return out;
}

/** Every variable of the account: the stored ones and the models' score variables. */
export function allVariables(state: EmulatorState): VariableRecord[] {
  const stored = new Set(state.variables.map((v) => v.name));
  return [...state.variables, ...modelScoreVariables(state).filter((v) => !stored.has(v.name))];
}

/**
 * Variables a rule of a detector on `eventTypeName` may use: the event
 * type's variables and the score variables of the models trained on it.
 */
export function variablesOfEventType(state: EmulatorState, eventTypeName: string): Set<string> {
  const names = new Set(state.eventTypes.find((e) => e.name === eventTypeName)?.eventVariables);
  for (const m of state.models)
    if (m.eventTypeName === eventTypeName) names.add(`${m.modelId}${MODEL_SCORE_SUFFIX}`);
  return names;
}

/** The names in `wanted` (deduplicated, in first-use order) that fail `has`. */
export function missing(wanted: Iterable<string>, has: (name: string) => boolean): string[] {
  return [...new Set(wanted)].filter((name) => !has(name));
}
