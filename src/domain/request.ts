// The one typed, validated request that every later stage works from.
// Parsing (src/config) produces it from the action inputs and the optional
// config file; nothing after parsing re-reads raw inputs.
import type { RuleTest } from '../impact/rule-tests.js';
import type { SourcePosition } from './errors.js';

export const MODEL_TYPES = [
  'ONLINE_FRAUD_INSIGHTS',
  'TRANSACTION_FRAUD_INSIGHTS',
  'ACCOUNT_TAKEOVER_INSIGHTS',
] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export const RULE_EXECUTION_MODES = ['FIRST_MATCHED', 'ALL_MATCHED'] as const;
export type RuleExecutionMode = (typeof RULE_EXECUTION_MODES)[number];

export const MODES = ['plan', 'draft', 'apply', 'auto', 'export'] as const;
export type Mode = (typeof MODES)[number];
/** `auto` resolved against the triggering event. `export` is no plan: it writes files, not versions. */
export type EffectiveMode = Exclude<Mode, 'auto' | 'export'>;

export interface Tag {
  key: string;
  value: string;
}

/** Where a retrain takes its data from: exactly one of the two AFD shapes. */
export type TrainingData =
  | { kind: 'external'; dataLocation: string; dataAccessRoleArn: string }
  | { kind: 'ingested'; startTime: string; endTime: string };

export const TRAINING_DATA_SOURCES = ['EXTERNAL_EVENTS', 'INGESTED_EVENTS'] as const;
export type TrainingDataSource = (typeof TRAINING_DATA_SOURCES)[number];

export const UNLABELED_EVENTS_TREATMENTS = ['IGNORE', 'FRAUD', 'LEGIT', 'AUTO'] as const;
export type UnlabeledEventsTreatment = (typeof UNLABELED_EVENTS_TREATMENTS)[number];

/** The two classes a labelMapper maps event labels to. */
export const LABEL_CLASSES = ['FRAUD', 'LEGIT'] as const;

/** What a major model version learns from: AFD's trainingDataSchema. */
export interface TrainingDataSchema {
  modelVariables: string[];
  /** Class (FRAUD / LEGIT) → the event labels that mean it; absent when no labelSchema. */
  labelMapper?: Record<string, string[]>;
  unlabeledEventsTreatment?: UnlabeledEventsTreatment;
}

/** model.newMajorVersion: CreateModelVersion's inputs. */
export interface NewMajorVersion {
  trainingDataSource: TrainingDataSource;
  trainingDataSchema: TrainingDataSchema;
  /** externalEventsDetail or ingestedEventsDetail; its kind matches trainingDataSource. */
  training: TrainingData;
}

export interface Gates {
  /** Fail unless the new version's AUC (OFI/TFI) is at least this. */
  minAuc?: number;
  /** Fail if AUC falls more than this below the model's current ACTIVE version. */
  maxAucDrop?: number;
}

export interface ModelRequest {
  modelId: string;
  modelType: ModelType;
  /** Major version to retrain (UpdateModelVersion); required when retraining. */
  majorVersionNumber?: string;
  /** Use this existing version instead of retraining. */
  modelVersionNumber?: string;
  /** Present when a retrain was asked for. */
  retrain?: TrainingData;
  /** The major version is found by this schema and source, or created (CreateModelVersion). */
  newMajorVersion?: NewMajorVersion;
  gates: Gates;
  activate: boolean;
}

export interface RuleRef {
  ruleId: string;
  ruleVersion: string;
}

/** Where a rule's expression text starts, for annotations and lint columns. */
export interface ExpressionSource {
  /** Workspace-relative path (forward slashes). */
  file: string;
  /** 1-based line and column of the expression's first character. */
  line: number;
  column: number;
  /** True when the expression is the whole file (an `expressionFile`), false when it is a config value. */
  wholeFile: boolean;
}

/** A rule whose expression lives in the repository; resolved to a version by the planner. */
export interface RuleAsCode {
  ruleId: string;
  /** As written; identity normalises line endings and outer whitespace. */
  expression: string;
  /** At least one, in order (AFD stores them as an ordered list). */
  outcomes: string[];
  /** Undefined: leave the version's description as it is. */
  description?: string;
  /** Undefined for the inline `rules` input (no file to point at). */
  source?: ExpressionSource;
  /** Where `outcomes` is written in the config file, for an outcome that does not exist. */
  outcomesAt?: SourcePosition;
}

/** A `detector.rules` item: a pinned existing version, or a rule as code. */
export type RuleSpec = RuleRef | RuleAsCode;

export function isRuleAsCode(rule: RuleSpec): rule is RuleAsCode {
  return 'expression' in rule;
}

/** An outcome the rules use: PutOutcome when missing in AFD. */
export interface OutcomeDecl {
  name: string;
  description?: string;
}

export interface ModelVersionRef {
  modelId: string;
  modelType: ModelType;
  modelVersionNumber: string;
}

/** rollback-to: the version the ACTIVE one replaced, or a version id. */
export type RollbackTarget = { kind: 'previous' } | { kind: 'id'; id: string };

export type BaseVersion = { kind: 'active' } | { kind: 'latest' } | { kind: 'id'; id: string };

/** `detector.backtest`: the events file, resolved beside the config file; streamed by the run. */
export interface BacktestRequest {
  /** Workspace-relative (forward slashes), for messages. */
  events: string;
  /** The path to read. */
  path: string;
  /** The folder the file must stay inside (GITHUB_WORKSPACE); absent in tests without one. */
  workspace?: string;
  maxChangedPercent?: number;
}

export interface DetectorRequest {
  detectorId: string;
  base: BaseVersion;
  /** Undefined: keep the base version's value. */
  rules?: RuleSpec[];
  /** Outcomes declared in the config (`detector.outcomes`). */
  outcomes?: OutcomeDecl[];
  ruleExecutionMode?: RuleExecutionMode;
  modelVersions?: ModelVersionRef[];
  externalModelEndpoints?: string[];
  description?: string;
  promote: boolean;
  /** Promote even when the ACTIVE version changed since the plan was made. */
  allowBaseChange?: boolean;
  /** After a promotion, undeploy model versions only the replaced version used. */
  undeployReplacedModel?: boolean;
  /** Delete this action's own DRAFT versions of closed or superseded PRs. */
  deleteStaleDrafts?: boolean;
  /** draft mode: send the rule tests' events to GetEventPrediction for the DRAFT and report disagreements. */
  verifyRemote?: boolean;
  /** Rule tests, run on the proposal before any write (`detector.tests` / `testsFile`). */
  tests?: RuleTest[];
  backtest?: BacktestRequest;
  /** Re-activate an existing version instead of building a proposal. */
  rollbackTo?: RollbackTarget;
  /** Retention: after a promotion or rollback, keep this many of the action's INACTIVE versions. */
  keepInactiveVersions?: number;
}

export interface Request {
  mode: Mode;
  region: string;
  endpointUrl?: string;
  model?: ModelRequest;
  /** The detector of this run; with `detectors` set, the first of them. */
  detector?: DetectorRequest;
  /**
   * Set when the config file lists more than one detector and `detector-id`
   * selects none: every one of them, in file order. See detectorsOf.
   */
  detectors?: DetectorRequest[];
  /** User tags, validated against AFD's tag constraints (≤ 200 with provenance). */
  tags: Tag[];
  wait: boolean;
  timeoutMinutes: number;
  comment: boolean;
  /**
   * An apply of detector changes must match the plan reviewed on the merged
   * pull request; when that cannot be checked, the run stops before any write.
   */
  requireReviewedPlan: boolean;
  /** Masked with core.setSecret as soon as it is read; never logged. */
  githubToken?: string;
  /** mode export: where the config file goes (workspace-relative, forward slashes); unset: the default. */
  exportPath?: string;
}

/** The detectors a run handles: every section of a `detectors:` list, or the one `detector`. */
export function detectorsOf(request: Request): DetectorRequest[] {
  return request.detectors ?? (request.detector ? [request.detector] : []);
}
