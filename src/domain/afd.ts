// AFD state as the core sees it: plain data, independent of the SDK's types, so
// the planner and the renderers stay pure and testable without the SDK.
import type {
  ModelType,
  ModelVersionRef,
  RuleExecutionMode,
  RuleRef,
  Tag,
  TrainingDataSchema,
} from './request.js';

export type ModelVersionStatus =
  | 'TRAINING_IN_PROGRESS'
  | 'TRAINING_COMPLETE'
  | 'ACTIVATE_REQUESTED'
  | 'ACTIVATE_IN_PROGRESS'
  | 'ACTIVE'
  | 'INACTIVATE_REQUESTED'
  | 'INACTIVATE_IN_PROGRESS'
  | 'INACTIVE'
  | 'TRAINING_CANCELLED'
  | 'ERROR'
  // AFD declares status as a free string; keep unknown values instead of failing.
  | (string & {});

export interface ModelVersionState {
  modelId: string;
  modelType: ModelType;
  modelVersionNumber: string;
  status: ModelVersionStatus;
  arn?: string;
}

/** Training metrics of one model version, normalised across the model types. */
export interface TrainingMetrics {
  /** OFI/TFI: area under the ROC curve. */
  auc?: number;
  /** OFI/TFI: the uncertainty range of the AUC (trainingResultV2). */
  aucLower?: number;
  aucUpper?: number;
  /** ATI: account-takeover sensitivity index. */
  asi?: number;
  /**
   * OFI/TFI: the model's operating points from training (metricDataPoints), by
   * ascending threshold: events scoring at or above `threshold` are flagged.
   */
  points?: MetricPoint[];
}

/** One point of the training curve: rates are 0–1, threshold is a model score (0–1000). */
export interface MetricPoint {
  threshold: number;
  fpr: number;
  tpr: number;
  precision: number;
}

export interface DataValidationMessage {
  title?: string;
  content?: string;
  type?: string;
  fieldName?: string;
}

export interface ModelVersionDetail extends ModelVersionState {
  createdTime?: string;
  lastUpdatedTime?: string;
  metrics: TrainingMetrics;
  validationMessages: DataValidationMessage[];
  /** Where it was trained from; used to find an earlier attempt's version. */
  dataLocation?: string;
  ingestedStart?: string;
  ingestedEnd?: string;
  /** What the version's major version learns from (every minor inherits it). */
  trainingDataSource?: string;
  trainingDataSchema?: TrainingDataSchema;
}

/** GetEventTypes: what a model of this event type may learn from. */
/** GetModels: one model of the account and the event type it learns from. */
export interface ModelSummary {
  modelId: string;
  modelType: ModelType;
  eventTypeName: string;
}

export interface EventTypeDetail {
  name: string;
  eventVariables: string[];
  labels: string[];
  /** Who performs the event: GetEventPrediction refuses an entity of another type. */
  entityTypes: string[];
}

/** GetEventPrediction for one named detector version (the action sends rule tests' events). */
export interface EventPredictionRequest {
  detectorId: string;
  detectorVersionId: string;
  eventId: string;
  eventTypeName: string;
  /** ISO 8601 in UTC. */
  eventTimestamp: string;
  entity: { entityType: string; entityId: string };
  eventVariables: Record<string, string>;
}

export interface EventPrediction {
  /** The rules AFD reports as matched, in order (FIRST_MATCHED: the deciding one only). */
  ruleResults: { ruleId: string; outcomes: string[] }[];
  /** modelId → the score AFD gave the event. */
  modelScores: ReadonlyMap<string, number>;
}

export type DetectorVersionStatus = 'DRAFT' | 'ACTIVE' | 'INACTIVE' | (string & {});

export interface DetectorVersionSummary {
  detectorVersionId: string;
  status: DetectorVersionStatus;
  description?: string;
  lastUpdatedTime?: string;
}

export interface DetectorVersion {
  detectorId: string;
  detectorVersionId: string;
  status: DetectorVersionStatus;
  description?: string;
  rules: RuleRef[];
  modelVersions: ModelVersionRef[];
  externalModelEndpoints: string[];
  ruleExecutionMode: RuleExecutionMode;
  createdTime?: string;
  lastUpdatedTime?: string;
  arn?: string;
}

export interface RuleDetail extends RuleRef {
  expression: string;
  outcomes: string[];
  description?: string;
  /** DETECTORPL (AFD's only language); absent when AFD did not say. */
  language?: string;
  arn?: string;
}

/** GetVariables: one variable of the account. dataType is AFD's text (STRING, INTEGER, …). */
export interface VariableDetail {
  name: string;
  dataType: string;
  dataSource?: string;
  defaultValue?: string;
  variableType?: string;
  description?: string;
}

/** GetListsMetadata: one list of the account. */
export interface ListMetadata {
  name: string;
  variableType?: string;
}

/** GetListElements: a list's elements, bounded; truncated when AFD had more than were read. */
export interface ListElements {
  name: string;
  elements: string[];
  truncated: boolean;
}

export interface OutcomeDetail {
  name: string;
  description?: string;
}

export type { Tag };
