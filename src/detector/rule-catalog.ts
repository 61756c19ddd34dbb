// The catalog a detector's rules are checked against (DetectorPL's `Catalog`):
// the variables of the detector's event type with their data types, the
// score variables of the models trained on that event type, and the
// account's lists. A pure mapping from AFD's answers, and a thin read that
// gathers them (each read is shared by the run: src/run/shared-reads.ts).
// Only types come from the DetectorPL library, so importing this module does
// not load the parser.
import type { AfdPort } from '../afd/port.js';
import type { ListMetadata, ModelSummary, VariableDetail } from '../domain/afd.js';
import type { Catalog, DataType, VariableInfo } from '../detectorpl/index.js';
import { isDataType, MODEL_SCORE_SUFFIX } from '../detectorpl/types.js';

/** The reads a catalog needs; a fake of these is enough to test with. */
export type RuleCatalogReads = Pick<
  AfdPort,
  'getDetectorEventType' | 'getEventType' | 'listVariables' | 'listListsMetadata' | 'listModels'
>;

export interface RuleCatalogSources {
  eventTypeName: string;
  /** GetEventTypes: the event type's variables (names). */
  eventVariables: readonly string[];
  /** GetVariables: every variable of the account, for data types and defaults. */
  variables: readonly VariableDetail[];
  lists: readonly ListMetadata[];
  models: readonly ModelSummary[];
  /** The models of the proposed detector version: a score of another model is a warning. */
  proposalModelIds: ReadonlySet<string>;
}

/** AFD sends every event variable as text: a type AFD did not state (or a new one) is text, never a number guessed. */
function variableInfo(detail: VariableDetail | undefined): VariableInfo {
  const dataType: DataType = detail && isDataType(detail.dataType) ? detail.dataType : 'STRING';
  return {
    dataType,
    ...(detail?.defaultValue !== undefined ? { defaultValue: detail.defaultValue } : {}),
  };
}

export function buildRuleCatalog(s: RuleCatalogSources): Catalog {
  const byName = new Map(s.variables.map((v) => [v.name, v]));
  const variables = new Map<string, VariableInfo>();
  for (const name of s.eventVariables) variables.set(name, variableInfo(byName.get(name)));
  // An external model's output variables are not event variables, yet rules
  // read them when the detector version calls that endpoint: accepted, typed.
  for (const v of s.variables)
    if (v.dataSource === 'EXTERNAL_MODEL_SCORE' && !variables.has(v.name))
      variables.set(v.name, variableInfo(v));
  const modelScores = new Map<string, { modelId: string; inProposal: boolean }>();
  for (const m of s.models) {
    if (m.eventTypeName !== s.eventTypeName) continue;
    modelScores.set(`${m.modelId}${MODEL_SCORE_SUFFIX}`, {
      modelId: m.modelId,
      inProposal: s.proposalModelIds.has(m.modelId),
    });
  }
  const lists = new Map(
    s.lists.map((l) => [l.name, l.variableType ? { variableType: l.variableType } : {}]),
  );
  return { variables, lists, modelScores };
}

/** The detector's catalog; undefined when AFD names no event type for it (the detector does not exist). */
export async function readRuleCatalog(
  afd: RuleCatalogReads,
  detectorId: string,
  proposalModelIds: ReadonlySet<string>,
): Promise<{ catalog: Catalog; eventTypeName: string } | undefined> {
  const eventTypeName = await afd.getDetectorEventType(detectorId);
  if (eventTypeName === undefined) return undefined;
  const [eventType, variables, lists, models] = await Promise.all([
    afd.getEventType(eventTypeName),
    afd.listVariables(),
    afd.listListsMetadata(),
    afd.listModels(),
  ]);
  const catalog = buildRuleCatalog({
    eventTypeName,
    eventVariables: eventType?.eventVariables ?? [],
    variables,
    lists,
    models,
    proposalModelIds,
  });
  return { catalog, eventTypeName };
}
