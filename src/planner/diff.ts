// Base detector version against the proposal, field by field. Pure: rule
// expressions and training metrics are fetched by the shell (only for what
// changed; see rulesNeedingDetails) and passed in.
import type { DetectorVersion, RuleDetail, TrainingMetrics } from '../domain/afd.js';
import type { ModelVersionRef, RuleRef } from '../domain/request.js';
import { compareModelVersions } from '../domain/versions.js';
import { lcsPairs } from './lcs.js';
import {
  PLAN_SCHEMA_VERSION,
  type DetectorPlanDiff,
  type PlanModelChange,
  type PlanModelEntry,
  type PlanRuleChange,
  type PlanRuleEntry,
  type PlanRuleMove,
} from './plan-types.js';
import type { ProposedDetectorVersion } from './proposal.js';
import type { RuleResolution } from './rule-versions.js';

export { PLAN_SCHEMA_VERSION, type DetectorPlanDiff } from './plan-types.js';

export interface DiffContext {
  /** Details of the rule versions from rulesNeedingDetails (old and new). */
  rules: readonly RuleDetail[];
  /** Rules as code resolved to versions, when the request holds any. */
  ruleResolution?: RuleResolution;
  /** Keyed `${modelId}@${modelVersionNumber}`. */
  modelMetrics: ReadonlyMap<string, TrainingMetrics>;
}

export const ruleKey = (r: RuleRef): string => `${r.ruleId}@${r.ruleVersion}`;
export const modelKey = (m: ModelVersionRef): string => `${m.modelId}@${m.modelVersionNumber}`;

/** First occurrence per id; duplicates are rejected by checkProposal, not here. */
function indexById<T>(
  items: readonly T[],
  id: (t: T) => string,
): Map<string, { item: T; index: number }> {
  const map = new Map<string, { item: T; index: number }>();
  items.forEach((item, index) => {
    if (!map.has(id(item))) map.set(id(item), { item, index });
  });
  return map;
}

interface RuleDiff {
  added: PlanRuleEntry[];
  removed: PlanRuleEntry[];
  changed: PlanRuleChange[];
  moved: PlanRuleMove[];
  unchanged: number;
}

function diffRules(
  baseRules: readonly RuleRef[],
  proposed: readonly RuleRef[],
  expression: (r: RuleRef) => string | undefined,
): RuleDiff {
  const before = indexById(baseRules, (r) => r.ruleId);
  const after = indexById(proposed, (r) => r.ruleId);
  const withExpression = (r: RuleRef, index: number): PlanRuleEntry => {
    const e = expression(r);
    return {
      ruleId: r.ruleId,
      ruleVersion: r.ruleVersion,
      index,
      ...(e !== undefined ? { expression: e } : {}),
    };
  };

  const added = [...after.values()]
    .filter(({ item }) => !before.has(item.ruleId))
    .map(({ item, index }) => withExpression(item, index));
  const removed = [...before.values()]
    .filter(({ item }) => !after.has(item.ruleId))
    .map(({ item, index }) => withExpression(item, index));

  const changed: PlanRuleChange[] = [];
  for (const { item } of after.values()) {
    const old = before.get(item.ruleId)?.item;
    if (!old || old.ruleVersion === item.ruleVersion) continue;
    const from = expression(old);
    const to = expression(item);
    changed.push({
      ruleId: item.ruleId,
      from: old.ruleVersion,
      to: item.ruleVersion,
      ...(from !== undefined ? { expressionFrom: from } : {}),
      ...(to !== undefined ? { expressionTo: to } : {}),
    });
  }

  // Kept rules in base order and in proposed order; whatever is outside their
  // longest common subsequence changed its relative position.
  const keptBefore = [...before.values()]
    .filter(({ item }) => after.has(item.ruleId))
    .map(({ item }) => item.ruleId);
  const keptAfter = [...after.values()]
    .filter(({ item }) => before.has(item.ruleId))
    .map(({ item }) => item.ruleId);
  const inPlace = new Set(lcsPairs(keptBefore, keptAfter).map(([i]) => keptBefore[i]));
  const moved: PlanRuleMove[] = [];
  for (const ruleId of keptAfter) {
    if (inPlace.has(ruleId)) continue;
    moved.push({
      ruleId,
      fromIndex: before.get(ruleId)?.index ?? -1,
      toIndex: after.get(ruleId)?.index ?? -1,
    });
  }
  const changedIds = new Set(changed.map((c) => c.ruleId));
  const movedIds = new Set(moved.map((m) => m.ruleId));
  const unchanged = keptAfter.filter((id) => !changedIds.has(id) && !movedIds.has(id)).length;
  return { added, removed, changed, moved, unchanged };
}

function diffModels(
  baseModels: readonly ModelVersionRef[],
  proposed: readonly ModelVersionRef[],
  metrics: ReadonlyMap<string, TrainingMetrics>,
): DetectorPlanDiff['models'] {
  const before = indexById(baseModels, (m) => m.modelId);
  const after = indexById(proposed, (m) => m.modelId);
  const entry = (m: ModelVersionRef): PlanModelEntry => {
    const found = metrics.get(modelKey(m));
    return {
      modelId: m.modelId,
      modelType: m.modelType,
      modelVersionNumber: m.modelVersionNumber,
      ...(found ? { metrics: found } : {}),
    };
  };
  const changed: PlanModelChange[] = [];
  for (const { item } of after.values()) {
    const old = before.get(item.modelId)?.item;
    if (!old || compareModelVersions(old.modelVersionNumber, item.modelVersionNumber) === 0)
      continue;
    const metricsFrom = metrics.get(modelKey(old));
    const metricsTo = metrics.get(modelKey(item));
    changed.push({
      modelId: item.modelId,
      modelType: item.modelType,
      from: old.modelVersionNumber,
      to: item.modelVersionNumber,
      direction:
        compareModelVersions(item.modelVersionNumber, old.modelVersionNumber) > 0 ? 'up' : 'down',
      ...(metricsFrom ? { metricsFrom } : {}),
      ...(metricsTo ? { metricsTo } : {}),
    });
  }
  return {
    added: [...after.values()]
      .filter(({ item }) => !before.has(item.modelId))
      .map(({ item }) => entry(item)),
    removed: [...before.values()]
      .filter(({ item }) => !after.has(item.modelId))
      .map(({ item }) => entry(item)),
    changed,
  };
}

export function diffDetectorVersions(
  base: DetectorVersion | undefined,
  proposal: ProposedDetectorVersion,
  context: DiffContext,
): DetectorPlanDiff {
  // Versions to be created are not in AFD yet: their expression is the repository's.
  const planned = context.ruleResolution?.planned ?? [];
  const details = new Map([...context.rules, ...planned].map((r) => [ruleKey(r), r.expression]));
  const rules = diffRules(base?.rules ?? [], proposal.rules, (r) => details.get(ruleKey(r)));
  const models = diffModels(
    base?.modelVersions ?? [],
    proposal.modelVersions,
    context.modelMetrics,
  );

  const baseEndpoints = new Set(base?.externalModelEndpoints ?? []);
  const proposedEndpoints = new Set(proposal.externalModelEndpoints);
  const externalModelEndpoints = {
    added: [...proposedEndpoints].filter((e) => !baseEndpoints.has(e)),
    removed: [...baseEndpoints].filter((e) => !proposedEndpoints.has(e)),
  };

  const ruleExecutionMode =
    base?.ruleExecutionMode === proposal.ruleExecutionMode
      ? null
      : { from: base?.ruleExecutionMode ?? null, to: proposal.ruleExecutionMode };

  const counts = {
    rulesAdded: rules.added.length,
    rulesRemoved: rules.removed.length,
    rulesChanged: rules.changed.length,
    rulesMoved: rules.moved.length,
    rulesUnchanged: rules.unchanged,
    modelsAdded: models.added.length,
    modelsRemoved: models.removed.length,
    modelsChanged: models.changed.length,
    endpointsAdded: externalModelEndpoints.added.length,
    endpointsRemoved: externalModelEndpoints.removed.length,
  };

  const contentChanged =
    base === undefined ||
    ruleExecutionMode !== null ||
    Object.entries(counts).some(([name, n]) => name !== 'rulesUnchanged' && n > 0);

  // A description generated from the commit differs on every push: it is
  // written on the versions the action creates but never diffed. Only a
  // description the user set (config or input) is compared.
  const from = base?.description ?? null;
  const to = proposal.description ?? null;
  const description = from !== to && proposal.descriptionSource === 'request' ? { from, to } : null;

  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    detectorId: proposal.detectorId,
    changed: contentChanged || description !== null,
    base: { detectorVersionId: base?.detectorVersionId ?? null },
    rules,
    models,
    externalModelEndpoints,
    ruleExecutionMode,
    description,
    proposal: {
      rules: proposal.rules.map((r) => ({ ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
      ruleExecutionMode: proposal.ruleExecutionMode,
      modelVersions: proposal.modelVersions.map((m) => ({
        modelId: m.modelId,
        modelType: m.modelType,
        modelVersionNumber: m.modelVersionNumber,
      })),
      externalModelEndpoints: [...proposal.externalModelEndpoints],
      description: to,
    },
    counts,
    ...rulesAsCodeFields(context.ruleResolution),
  };
}

function rulesAsCodeFields(
  r: RuleResolution | undefined,
): Pick<DetectorPlanDiff, 'ruleVersions' | 'outcomes'> {
  if (!r) return {};
  return {
    ruleVersions: {
      create: r.creates.map((c) => ({
        ruleId: c.ruleId,
        operation: c.operation === 'create' ? 'CreateRule' : 'UpdateRuleVersion',
        ...(c.fromVersion !== undefined ? { fromVersion: c.fromVersion } : {}),
        predictedVersion: c.predictedVersion,
        outcomes: [...c.outcomes],
        contentSha256: c.contentSha256,
      })),
      metadata: r.metadata.map((m) => ({ ...m })),
    },
    outcomes: {
      create: r.outcomesToCreate.map((o) => ({
        name: o.name,
        ...(o.description !== undefined ? { description: o.description } : {}),
      })),
    },
  };
}

/**
 * The rule versions whose details (expression) the diff shows: both sides of
 * a version change, and the added and removed rules. Unchanged and merely
 * moved rules are never read.
 */
export function rulesNeedingDetails(
  base: DetectorVersion | undefined,
  proposal: ProposedDetectorVersion,
): RuleRef[] {
  const before = new Map((base?.rules ?? []).map((r) => [r.ruleId, r.ruleVersion]));
  const after = new Map(proposal.rules.map((r) => [r.ruleId, r.ruleVersion]));
  const needed = new Map<string, RuleRef>();
  const add = (ruleId: string, ruleVersion: string): void => {
    needed.set(ruleKey({ ruleId, ruleVersion }), { ruleId, ruleVersion });
  };
  for (const [ruleId, v] of after) if (before.get(ruleId) !== v) add(ruleId, v);
  for (const [ruleId, v] of before) if (after.get(ruleId) !== v) add(ruleId, v);
  return [...needed.values()];
}

/**
 * The plan as JSON for the `plan` output. Outputs share a 1 MB budget per job,
 * so when the full plan is larger the rule expressions (the only unbounded
 * part) are dropped and `expressionsOmitted` says so; the job summary still
 * carries them.
 */
export function planJson(diff: DetectorPlanDiff, maxChars = 512_000): string {
  const full = JSON.stringify(diff);
  if (full.length <= maxChars) return full;
  const slim: DetectorPlanDiff = {
    ...diff,
    rules: {
      ...diff.rules,
      added: diff.rules.added.map(({ expression: _e, ...r }) => r),
      removed: diff.rules.removed.map(({ expression: _e, ...r }) => r),
      changed: diff.rules.changed.map(({ expressionFrom: _f, expressionTo: _t, ...r }) => r),
    },
    expressionsOmitted: true,
  };
  return JSON.stringify(slim);
}
