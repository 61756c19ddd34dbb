// The plan's JSON shape: the `plan` output and the input of every renderer.
// It is a public contract (documented in the README): add fields only, never
// rename or remove them without bumping PLAN_SCHEMA_VERSION.
import type { TrainingMetrics } from '../domain/afd.js';
import type { ModelType, ModelVersionRef, RuleExecutionMode, RuleRef } from '../domain/request.js';

export const PLAN_SCHEMA_VERSION = 1;

/** A rule present on one side only. `index` is its 0-based evaluation position. */
export interface PlanRuleEntry {
  ruleId: string;
  ruleVersion: string;
  index: number;
  expression?: string;
}

/** Same rule, another version. Expressions are present when the shell fetched them. */
export interface PlanRuleChange {
  ruleId: string;
  from: string;
  to: string;
  expressionFrom?: string;
  expressionTo?: string;
}

/** A rule whose position relative to the other kept rules changed (0-based). */
export interface PlanRuleMove {
  ruleId: string;
  fromIndex: number;
  toIndex: number;
}

export interface PlanModelEntry {
  modelId: string;
  modelType: ModelType;
  modelVersionNumber: string;
  metrics?: TrainingMetrics;
}

export interface PlanModelChange {
  modelId: string;
  modelType: ModelType;
  from: string;
  to: string;
  /** `down` is a rollback to an older model version. */
  direction: 'up' | 'down';
  metricsFrom?: TrainingMetrics;
  metricsTo?: TrainingMetrics;
}

/** A rule version the apply creates from a rule as code. */
export interface PlanRuleVersionCreate {
  ruleId: string;
  /** CreateRule (new rule id) or UpdateRuleVersion (from `fromVersion`, the highest existing). */
  operation: 'CreateRule' | 'UpdateRuleVersion';
  fromVersion?: string;
  /** Highest existing + 1, or "1": AFD assigns the number on apply. */
  predictedVersion: string;
  outcomes: string[];
  /** sha256 of (expression, language, outcomes): the `fdp:content-sha256` tag. */
  contentSha256: string;
}

/** UpdateRuleMetadata: only the description of an existing (reused) rule version changes. */
export interface PlanRuleMetadataUpdate {
  ruleId: string;
  ruleVersion: string;
  from: string | null;
  to: string;
}

export interface PlanCounts {
  rulesAdded: number;
  rulesRemoved: number;
  rulesChanged: number;
  rulesMoved: number;
  rulesUnchanged: number;
  modelsAdded: number;
  modelsRemoved: number;
  modelsChanged: number;
  endpointsAdded: number;
  endpointsRemoved: number;
}

export interface DetectorPlanDiff {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  detectorId: string;
  /** True when the proposal differs from the base; false means nothing is created. */
  changed: boolean;
  base: { detectorVersionId: string | null };
  rules: {
    added: PlanRuleEntry[];
    removed: PlanRuleEntry[];
    changed: PlanRuleChange[];
    moved: PlanRuleMove[];
    /** Rules kept with the same version and relative order. */
    unchanged: number;
  };
  models: {
    added: PlanModelEntry[];
    removed: PlanModelEntry[];
    changed: PlanModelChange[];
  };
  externalModelEndpoints: { added: string[]; removed: string[] };
  /** Null when unchanged; `from` is null when there is no base version. */
  ruleExecutionMode: { from: RuleExecutionMode | null; to: RuleExecutionMode } | null;
  /** Null when unchanged (or when only a generated description differs and nothing else does). */
  description: { from: string | null; to: string | null } | null;
  /** The full proposed version, in evaluation order: what would be created. */
  proposal: {
    rules: RuleRef[];
    ruleExecutionMode: RuleExecutionMode;
    modelVersions: ModelVersionRef[];
    externalModelEndpoints: string[];
    description: string | null;
  };
  counts: PlanCounts;
  /**
   * Rules as code only (absent otherwise): the rule versions the apply creates
   * and the descriptions it updates. Metadata updates are applied even when
   * `changed` is false (they do not change the detector version).
   */
  ruleVersions?: { create: PlanRuleVersionCreate[]; metadata: PlanRuleMetadataUpdate[] };
  /** Rules as code only: declared outcomes missing in AFD, created first (PutOutcome). */
  outcomes?: { create: { name: string; description?: string }[] };
  /** rollback-to: the proposal is this existing version, picked by this rule. */
  rollback?: { targetVersionId: string; reason: string };
  /** keep-inactive-versions, plan mode: what retention would delete after this plan is applied. */
  retention?: { keepInactiveVersions: number; wouldDelete: string[] };
  /** Rule tests on the proposal (docs/plan-schema.md#tests); absent without tests. */
  tests?: PlanTests;
  /** Backtest and operating point (docs/plan-schema.md#backtest); absent when there is neither. */
  backtest?: PlanBacktest;
  /** Set by planJson when rule expressions were dropped to fit an output budget. */
  expressionsOmitted?: boolean;
}

/** A rule test that did not pass, as the `plan` output shows it. */
export interface PlanFailedTest {
  name: string;
  status: 'failed' | 'uncertain';
  expected: { outcomes?: string[]; rules?: string[] };
  got: { outcomes: string[]; rules: string[] };
  decidingRule?: string;
  uncertain?: { ruleId: string; reason: string }[];
}

export interface PlanTests {
  total: number;
  passed: number;
  /** At most PLAN_MAX_FAILED_TESTS; `failedOmitted` counts the rest. */
  failed: PlanFailedTest[];
  failedOmitted?: number;
}

export interface PlanSideAnswer {
  outcomes: string[];
  rules: string[];
}

export interface PlanOperatingSide {
  modelVersion?: string;
  threshold: number;
  metrics?: { fpr: number; tpr: number; precision: number; interpolated: boolean };
}

export interface PlanBacktest {
  /** Absent when only the operating point is shown (no `detector.backtest`). */
  events?: number;
  changed?: number;
  changedPercent?: number;
  transitions?: { base: string; proposal: string; count: number; percent: number }[];
  /** Rules whose match count differs between base and proposal, at most PLAN_MAX_RULE_MATCHES. */
  ruleMatches?: { ruleId: string; base: number; proposal: number }[];
  ruleMatchesOmitted?: number;
  changedEvents?: { event: string; base: PlanSideAnswer; proposal: PlanSideAnswer }[];
  uncertainEvents?: number;
  unevaluable?: { ruleId: string; side: 'base' | 'proposal'; reason: string }[];
  unmeasuredModelSwaps?: { modelId: string; baseVersion?: string; proposalVersion?: string }[];
  gate?: { maxChangedPercent: number; exceeded: boolean };
  operatingPoint: {
    ruleId: string;
    modelId: string;
    op: string;
    base?: PlanOperatingSide;
    proposal: PlanOperatingSide;
  }[];
  /** Lists read only in part: evaluations that needed them may be uncertain. */
  partialLists?: string[];
}
