// Checks a proposal against AFD's rules before anything is written, so a bad
// proposal fails with an explanation instead of a ValidationException halfway
// through a run.
import type { ProposedDetectorVersion } from './proposal.js';
import { modelKey, ruleKey } from './diff.js';

/** AFD quota: models per detector version, external model endpoints included. */
export const MAX_MODELS_PER_DETECTOR_VERSION = 10;
/** AFD quota: DRAFT versions per detector. */
export const MAX_DRAFT_VERSIONS = 100;

export interface ProposalFacts {
  /** `${ruleId}@${ruleVersion}` of every rule version that exists in the detector. */
  existingRuleVersions: ReadonlySet<string>;
  /** `${modelId}@${modelVersionNumber}` → status; absent means it does not exist. */
  modelVersionStatuses: ReadonlyMap<string, string>;
  /** DRAFT versions the detector has now. */
  draftCount: number;
  /** False when the run updates an existing draft instead of creating a version. */
  createsVersion?: boolean;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Problems in plain words; empty means the proposal can be written. */
export function checkProposal(proposal: ProposedDetectorVersion, facts: ProposalFacts): string[] {
  const problems: string[] = [];
  const detector = proposal.detectorId;

  for (const id of duplicates(proposal.rules.map((r) => r.ruleId))) {
    problems.push(
      `Rule ${id} is listed more than once; a detector version can use each rule once.`,
    );
  }
  for (const rule of proposal.rules) {
    if (!facts.existingRuleVersions.has(ruleKey(rule))) {
      problems.push(
        `Rule ${rule.ruleId} version ${rule.ruleVersion} does not exist in detector ${detector}.`,
      );
    }
  }

  for (const id of duplicates(proposal.modelVersions.map((m) => m.modelId))) {
    problems.push(
      `Model ${id} is listed more than once; a detector version can use one version of each model.`,
    );
  }
  for (const model of proposal.modelVersions) {
    const name = `${model.modelId} ${model.modelVersionNumber}`;
    const status = facts.modelVersionStatuses.get(modelKey(model));
    if (status === undefined) {
      problems.push(`Model version ${name} (${model.modelType}) does not exist.`);
    } else if (status !== 'ACTIVE') {
      problems.push(
        `Model version ${name} is ${status}, not ACTIVE; AFD only accepts ACTIVE model versions in a detector version. ` +
          `Set 'activate-model: true' to activate it in this run, or activate it in AFD first.`,
      );
    }
  }

  const models = proposal.modelVersions.length + proposal.externalModelEndpoints.length;
  if (models > MAX_MODELS_PER_DETECTOR_VERSION) {
    problems.push(
      `The proposal uses ${models} models (${proposal.modelVersions.length} model versions and ` +
        `${proposal.externalModelEndpoints.length} external model endpoints); AFD allows at most ` +
        `${MAX_MODELS_PER_DETECTOR_VERSION} per detector version.`,
    );
  }

  if ((facts.createsVersion ?? true) && facts.draftCount >= MAX_DRAFT_VERSIONS) {
    problems.push(
      `Detector ${detector} already has ${facts.draftCount} DRAFT versions, AFD's quota is ${MAX_DRAFT_VERSIONS}; ` +
        `delete old drafts (DeleteDetectorVersion) before creating another.`,
    );
  }
  return problems;
}
