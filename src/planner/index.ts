// The detector-version planner: pure functions from AFD state and the request
// to a proposal, its diff, its problems and its fingerprint.
export { resolveBaseVersion, type ResolvedBase } from './base.js';
export {
  buildProposal,
  DEFAULT_RULE_EXECUTION_MODE,
  type DescriptionSource,
  type ProposalOptions,
  type ProposedDetectorVersion,
} from './proposal.js';
export {
  diffDetectorVersions,
  modelKey,
  planJson,
  ruleKey,
  rulesNeedingDetails,
  type DiffContext,
} from './diff.js';
export * from './plan-types.js';
export {
  checkProposal,
  MAX_DRAFT_VERSIONS,
  MAX_MODELS_PER_DETECTOR_VERSION,
  type ProposalFacts,
} from './check.js';
export { canonicalJson, planFingerprint } from './fingerprint.js';
export {
  normaliseExpression,
  resolveRulesAsCode,
  ruleContentSha256,
  RULE_LANGUAGE,
  sameIdentity,
  type RuleMetadataUpdate,
  type RuleResolution,
  type RuleVersionCreate,
} from './rule-versions.js';
