// The reads a detector plan is made of: the version it starts from, and the
// rule and model details the diff and the checks need. Shared by the preflight
// (before any write of the run) and the plan itself.
import type {
  DetectorVersion,
  DetectorVersionSummary,
  RuleDetail,
  TrainingMetrics,
} from '../domain/afd.js';
import { mapLimit } from '../domain/concurrency.js';
import { ActionError, AfdError } from '../domain/errors.js';
import type { EffectiveMode, ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import {
  checkProposal,
  modelKey,
  resolveBaseVersion,
  ruleKey,
  rulesNeedingDetails,
  type ProposedDetectorVersion,
  type ResolvedBase,
} from '../planner/index.js';
import { findEarlierAttempt, type EarlierAttempt } from './existing-versions.js';
import type { DetectorRunInput } from './detector-deps.js';

/** Parallel AFD reads per plan: quick, and far from provoking throttling. */
const READ_CONCURRENCY = 4;

export interface PlanBase {
  /** The version an earlier attempt of this run created (apply only). */
  earlier?: EarlierAttempt;
  base?: DetectorVersion;
}

/**
 * The version the plan starts from. Exactly once: an earlier attempt of this
 * run may have created (and promoted) the version already; plan against the
 * base it planned against, so a re-run reports the same plan and writes nothing.
 */
export async function readPlanBase(
  afd: AfdPort,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
  mode: EffectiveMode,
): Promise<PlanBase> {
  const detectorId = input.request.detectorId;
  const earlier =
    mode === 'apply' ? await findEarlierAttempt(afd, detectorId, summaries, input) : undefined;
  const resolved: ResolvedBase = earlier
    ? earlier.baseVersionId
      ? { kind: 'found', detectorVersionId: earlier.baseVersionId }
      : { kind: 'none' }
    : resolveBaseVersion(summaries, input.request.base);
  const base =
    resolved.kind === 'found'
      ? await afd.getDetectorVersion(detectorId, resolved.detectorVersionId)
      : undefined;
  return { ...(earlier ? { earlier } : {}), ...(base ? { base } : {}) };
}

export interface PlanDetails {
  /** The old and new versions of the rules that change (unchanged rules are never read). */
  rules: RuleDetail[];
  modelMetrics: Map<string, TrainingMetrics>;
  modelVersionStatuses: Map<string, string>;
}

/**
 * The reads the diff and the checks need, at most READ_CONCURRENCY at a time.
 * `notYetMade`: a model version this run will make ACTIVE before the plan is
 * written (the preflight's stand-in for the retrained version): not read,
 * taken as ACTIVE.
 */
export async function readPlanDetails(
  afd: AfdPort,
  detectorId: string,
  base: DetectorVersion | undefined,
  proposal: ProposedDetectorVersion,
  notYetMade?: ModelVersionRef,
): Promise<PlanDetails> {
  const ruleRefs = rulesNeedingDetails(base, proposal);
  const fetched = await mapLimit(ruleRefs, READ_CONCURRENCY, (r) =>
    afd.getRuleVersion(detectorId, r),
  );
  const rules = fetched.filter((r): r is RuleDetail => r !== undefined);
  const skip = notYetMade ? modelKey(notYetMade) : undefined;
  const models = uniqueModels([...(base?.modelVersions ?? []), ...proposal.modelVersions]).filter(
    (m) => modelKey(m) !== skip,
  );
  const modelDetails = await mapLimit(models, READ_CONCURRENCY, async (m) => {
    const [detail] = await afd
      .describeModelVersions({
        modelId: m.modelId,
        modelType: m.modelType,
        modelVersionNumber: m.modelVersionNumber,
      })
      .catch((err: unknown) => {
        // A model version that does not exist is a problem of the proposal, reported by the checks.
        if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException') return [];
        throw err;
      });
    return { ref: m, detail };
  });
  const modelMetrics = new Map<string, TrainingMetrics>();
  const modelVersionStatuses = new Map<string, string>();
  for (const { ref, detail } of modelDetails) {
    if (!detail) continue;
    modelMetrics.set(modelKey(ref), detail.metrics);
    modelVersionStatuses.set(modelKey(ref), detail.status);
  }
  if (skip !== undefined) modelVersionStatuses.set(skip, 'ACTIVE');
  return { rules, modelMetrics, modelVersionStatuses };
}

function uniqueModels(models: ModelVersionRef[]): ModelVersionRef[] {
  const seen = new Map<string, ModelVersionRef>();
  for (const m of models) seen.set(modelKey(m), m);
  return [...seen.values()];
}

/** The proposal's problems (rule and model versions that do not exist, quotas); empty when it can be written. */
export function proposalProblems(
  proposal: ProposedDetectorVersion,
  base: DetectorVersion | undefined,
  details: PlanDetails,
  draftCount: number,
  createsVersion: boolean,
): string[] {
  const existingRuleVersions = new Set([
    ...(base?.rules ?? []).map(ruleKey),
    ...details.rules.map(ruleKey),
  ]);
  return checkProposal(proposal, {
    existingRuleVersions,
    modelVersionStatuses: details.modelVersionStatuses,
    draftCount,
    createsVersion,
  });
}

/** All the problems at once, before anything is written. */
export function problemsError(detectorId: string, problems: readonly string[]): ActionError {
  return new ActionError(
    `The proposed version of detector ${detectorId} cannot be created:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}
