// The proposed detector version: the base version overridden by what the
// request asks for. Pure; the shell fetches the base and passes it in.
import type { DetectorVersion } from '../domain/afd.js';
import {
  isRuleAsCode,
  type DetectorRequest,
  type ModelVersionRef,
  type RuleExecutionMode,
  type RuleRef,
} from '../domain/request.js';

/**
 * Where the description came from. It matters because a description generated
 * from the commit differs on every push: on its own it must not count as a
 * change (or every run would create a version) nor move the fingerprint (or the
 * merge commit would never match the reviewed plan).
 */
export type DescriptionSource = 'request' | 'default' | 'base' | 'none';

export interface ProposedDetectorVersion {
  detectorId: string;
  /** Evaluation order under FIRST_MATCHED. */
  rules: RuleRef[];
  ruleExecutionMode: RuleExecutionMode;
  modelVersions: ModelVersionRef[];
  externalModelEndpoints: string[];
  description?: string;
  descriptionSource: DescriptionSource;
}

/** AFD's documented default when a version is created without a mode. */
export const DEFAULT_RULE_EXECUTION_MODE: RuleExecutionMode = 'FIRST_MATCHED';

export interface ProposalOptions {
  /** Used when the request has no description, e.g. "From abc1234 (run 42)". */
  defaultDescription?: string;
  /**
   * The request's rules with every rule as code resolved to a version
   * (resolveRulesAsCode). Required when the request holds rules as code.
   */
  resolvedRules?: readonly RuleRef[];
}

/**
 * Each field: the request's value when given, else the base version's, else
 * empty. A model retrained in this run replaces the entry with the same model
 * id wherever it is listed (the user cannot know the new version number when
 * writing the config); when no entry has that id it is appended, which is how
 * a retrained model enters a detector that did not use it yet.
 */
export function buildProposal(
  base: DetectorVersion | undefined,
  request: DetectorRequest,
  retrained?: ModelVersionRef,
  options: ProposalOptions = {},
): ProposedDetectorVersion {
  const requested = options.resolvedRules ?? request.rules;
  const rules = (requested ?? base?.rules ?? []).map((r) => {
    // A programming error, not a user's: the shell resolves rules as code first.
    if (isRuleAsCode(r)) throw new Error(`rule ${r.ruleId} is not resolved to a version`);
    return { ruleId: r.ruleId, ruleVersion: r.ruleVersion };
  });
  let modelVersions = (request.modelVersions ?? base?.modelVersions ?? []).map((m) => ({
    modelId: m.modelId,
    modelType: m.modelType,
    modelVersionNumber: m.modelVersionNumber,
  }));
  if (retrained) {
    const swapped = { ...retrained };
    modelVersions = modelVersions.some((m) => m.modelId === retrained.modelId)
      ? modelVersions.map((m) => (m.modelId === retrained.modelId ? swapped : m))
      : [...modelVersions, swapped];
  }
  const proposal: ProposedDetectorVersion = {
    detectorId: request.detectorId,
    rules,
    ruleExecutionMode:
      request.ruleExecutionMode ?? base?.ruleExecutionMode ?? DEFAULT_RULE_EXECUTION_MODE,
    modelVersions,
    externalModelEndpoints: [
      ...(request.externalModelEndpoints ?? base?.externalModelEndpoints ?? []),
    ],
    descriptionSource: 'none',
  };
  if (request.description !== undefined) {
    proposal.description = request.description;
    proposal.descriptionSource = 'request';
  } else if (options.defaultDescription !== undefined) {
    proposal.description = options.defaultDescription;
    proposal.descriptionSource = 'default';
  } else if (base?.description !== undefined) {
    proposal.description = base.description;
    proposal.descriptionSource = 'base';
  }
  return proposal;
}
