// The emulator's account state. It is kept in its JSON-serialisable form (ISO
// time strings, plain arrays) so snapshot() is a deep copy and a snapshot can be
// fed straight back in as a seed.

export interface Tag {
  key: string;
  value: string;
}

export interface FileValidationMessage {
  title?: string;
  content?: string;
  type?: string;
}
export interface FieldValidationMessage extends FileValidationMessage {
  fieldName?: string;
  identifier?: string;
}

export interface TrainingError {
  fileLevelMessages?: FileValidationMessage[];
  fieldLevelMessages?: FieldValidationMessage[];
}

/** Training metrics a model version reports once trained (unset members are synthesised). */
export interface MetricsSpec {
  auc?: number;
  aucLower?: number;
  aucUpper?: number;
  /** ACCOUNT_TAKEOVER_INSIGHTS only. */
  asi?: number;
}

export type TrainingOutcome = 'success' | { error: TrainingError };

/** One planned training, consumed front-first from ModelBehaviour.queue. */
export interface TrainingPlan {
  outcome?: TrainingOutcome;
  metrics?: MetricsSpec;
  trainingDurationMs?: number;
}

export interface ModelBehaviour {
  /** Default 50 minutes (as recorded). */
  trainingDurationMs?: number;
  /** Default 10 minutes (as recorded), half in ACTIVATE_REQUESTED and half in ACTIVATE_IN_PROGRESS. */
  activationDurationMs?: number;
  /** Default 4 minutes, split like activation. */
  inactivationDurationMs?: number;
  /** Outcome of every training without a queued plan. Default 'success'. */
  outcome?: TrainingOutcome;
  /** Metrics for new versions; a list is consumed one entry per new version. */
  metrics?: MetricsSpec | MetricsSpec[];
  /** Plans for the next trainings, consumed one per CreateModelVersion/UpdateModelVersion. */
  queue?: TrainingPlan[];
  /** GetEventPrediction score (0–1000) of this model for every event; default: derived from the event (model-scores.ts). */
  score?: number;
  /** GetEventPrediction score per eventId; wins over `score`. */
  eventScores?: Record<string, number>;
}

export interface PendingTransition {
  /** ISO time at which the version enters `status`. */
  at: string;
  status: string;
}

export interface ModelRecord {
  modelId: string;
  modelType: string;
  eventTypeName: string;
  description?: string;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface ExternalEventsDetail {
  dataLocation: string;
  dataAccessRoleArn: string;
}
export interface IngestedEventsDetail {
  ingestedEventsTimeWindow: { startTime: string; endTime: string };
}
export interface TrainingDataSchema {
  modelVariables: string[];
  labelSchema?: { labelMapper?: Record<string, string[]>; unlabeledEventsTreatment?: string };
}

export interface ModelVersionRecord {
  modelId: string;
  modelType: string;
  modelVersionNumber: string;
  status: string;
  trainingDataSource: string;
  trainingDataSchema: TrainingDataSchema;
  externalEventsDetail?: ExternalEventsDetail;
  ingestedEventsDetail?: IngestedEventsDetail;
  createdTime: string;
  lastUpdatedTime: string;
  /** Scheduled asynchronous transitions, applied lazily when the clock passes `at`. */
  pending: PendingTransition[];
  /** Metrics reported once training completed. */
  metrics: MetricsSpec;
  /** Set when the training ends (or ended) in ERROR. */
  trainingError?: TrainingError;
}

export interface DetectorRecord {
  detectorId: string;
  eventTypeName: string;
  description?: string;
  createdTime: string;
  lastUpdatedTime: string;
  /** Highest detector version id ever issued: ids are never reused after a delete. */
  highestVersionId: number;
}

export interface RuleRef {
  detectorId: string;
  ruleId: string;
  ruleVersion: string;
}
export interface ModelVersionRef {
  modelId: string;
  modelType: string;
  modelVersionNumber: string;
  arn?: string;
}

export interface DetectorVersionRecord {
  detectorId: string;
  detectorVersionId: string;
  status: string;
  description?: string;
  rules: RuleRef[];
  modelVersions: ModelVersionRef[];
  externalModelEndpoints: string[];
  ruleExecutionMode: string;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface RuleRecord {
  detectorId: string;
  ruleId: string;
  ruleVersion: string;
  expression: string;
  language: string;
  outcomes: string[];
  description?: string;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface OutcomeRecord {
  name: string;
  description?: string;
  createdTime: string;
  lastUpdatedTime: string;
}

/** Account-wide resources (variables, event types, labels, entity types, lists) used by rules and models. */
export interface VariableRecord {
  name: string;
  /** STRING | INTEGER | FLOAT | BOOLEAN | DATETIME */
  dataType: string;
  /** EVENT | MODEL_SCORE | EXTERNAL_MODEL_SCORE */
  dataSource: string;
  defaultValue: string;
  description?: string;
  /** e.g. IP_ADDRESS, EMAIL_ADDRESS, PRICE, NUMERIC, CATEGORICAL, FREE_FORM_TEXT */
  variableType?: string;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface EventTypeRecord {
  name: string;
  description?: string;
  eventVariables: string[];
  labels: string[];
  entityTypes: string[];
  /** ENABLED | DISABLED | PARTIALLY_ENABLED */
  eventIngestion: string;
  createdTime: string;
  lastUpdatedTime: string;
}

/** Labels and entity types carry the same fields. */
export interface NamedRecord {
  name: string;
  description?: string;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface ListRecord {
  name: string;
  description?: string;
  variableType?: string;
  elements: string[];
  createdTime: string;
  /** AFD calls it updatedTime on lists (AllowDenyList), lastUpdatedTime elsewhere. */
  updatedTime: string;
}

export interface EmulatorState {
  accountId: string;
  region: string;
  /** Virtual time of the snapshot (ignored when seeding unless the clock has no start). */
  now?: string;
  models: ModelRecord[];
  modelVersions: ModelVersionRecord[];
  detectors: DetectorRecord[];
  detectorVersions: DetectorVersionRecord[];
  rules: RuleRecord[];
  outcomes: OutcomeRecord[];
  variables: VariableRecord[];
  eventTypes: EventTypeRecord[];
  labels: NamedRecord[];
  entityTypes: NamedRecord[];
  lists: ListRecord[];
  /** Tags per resource, keyed by the ARN resource part, e.g. "detector/payments_detector". */
  tags: Record<string, Tag[]>;
  modelBehaviour: Record<string, ModelBehaviour>;
}

type Seeded<T, Optional extends keyof T> = Omit<T, Optional> & Partial<Pick<T, Optional>>;

/** A seed file: the snapshot format with times, pending transitions and bookkeeping optional. */
export interface SeedFile {
  accountId?: string;
  region?: string;
  now?: string;
  models?: Seeded<ModelRecord, 'createdTime' | 'lastUpdatedTime'>[];
  modelVersions?: Seeded<
    ModelVersionRecord,
    | 'createdTime'
    | 'lastUpdatedTime'
    | 'pending'
    | 'metrics'
    | 'trainingDataSource'
    | 'trainingDataSchema'
  >[];
  detectors?: Seeded<DetectorRecord, 'createdTime' | 'lastUpdatedTime' | 'highestVersionId'>[];
  detectorVersions?: Seeded<
    DetectorVersionRecord,
    | 'createdTime'
    | 'lastUpdatedTime'
    | 'rules'
    | 'modelVersions'
    | 'externalModelEndpoints'
    | 'ruleExecutionMode'
  >[];
  rules?: Seeded<RuleRecord, 'createdTime' | 'lastUpdatedTime' | 'language'>[];
  outcomes?: Seeded<OutcomeRecord, 'createdTime' | 'lastUpdatedTime'>[];
  variables?: Seeded<VariableRecord, 'createdTime' | 'lastUpdatedTime'>[];
  eventTypes?: Seeded<
    EventTypeRecord,
    'createdTime' | 'lastUpdatedTime' | 'labels' | 'entityTypes' | 'eventIngestion'
  >[];
  labels?: Seeded<NamedRecord, 'createdTime' | 'lastUpdatedTime'>[];
  entityTypes?: Seeded<NamedRecord, 'createdTime' | 'lastUpdatedTime'>[];
  lists?: Seeded<ListRecord, 'createdTime' | 'updatedTime' | 'elements'>[];
  /** Keyed by resource part ("detector/x") or full ARN. */
  tags?: Record<string, Tag[]>;
  modelBehaviour?: Record<string, ModelBehaviour>;
}

export function emptyState(accountId: string, region: string): EmulatorState {
  return {
    accountId,
    region,
    models: [],
    modelVersions: [],
    detectors: [],
    detectorVersions: [],
    rules: [],
    outcomes: [],
    variables: [],
    eventTypes: [],
    labels: [],
    entityTypes: [],
    lists: [],
    tags: {},
    modelBehaviour: {},
  };
}
