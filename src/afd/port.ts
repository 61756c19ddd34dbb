// The AFD operations the executors need, as plain data in and out. The real
// implementation is AfdGateway (src/afd/ is the only folder that imports the AWS SDK);
// unit tests use in-memory fakes of this interface.
import type {
  EventPrediction,
  EventPredictionRequest,
  EventTypeDetail,
  DetectorVersion,
  ListElements,
  ListMetadata,
  ModelSummary,
  VariableDetail,
  DetectorVersionSummary,
  ModelVersionDetail,
  ModelVersionState,
  OutcomeDetail,
  RuleDetail,
} from '../domain/afd.js';
import type {
  ModelType,
  ModelVersionRef,
  RuleExecutionMode,
  RuleRef,
  Tag,
  TrainingData,
  TrainingDataSchema,
  TrainingDataSource,
} from '../domain/request.js';

export interface RetrainInput {
  modelId: string;
  modelType: ModelType;
  majorVersionNumber: string;
  training: TrainingData;
  tags: Tag[];
}

export interface NewMajorInput {
  modelId: string;
  modelType: ModelType;
  trainingDataSource: TrainingDataSource;
  trainingDataSchema: TrainingDataSchema;
  training: TrainingData;
  tags: Tag[];
}

export interface DetectorVersionContent {
  rules: RuleRef[];
  modelVersions: ModelVersionRef[];
  externalModelEndpoints: string[];
  ruleExecutionMode: RuleExecutionMode;
  description?: string;
}

/** A rule version to write (CreateRule or UpdateRuleVersion); language is always DETECTORPL. */
export interface RuleVersionContent {
  expression: string;
  outcomes: string[];
  description?: string;
}

export interface AfdPort {
  /** UpdateModelVersion: starts training a new minor version. Not idempotent. */
  retrainModelVersion(input: RetrainInput): Promise<ModelVersionState>;
  /** CreateModelVersion: starts training the next major version. Not idempotent. */
  createModelVersion(input: NewMajorInput): Promise<ModelVersionState>;
  /** GetModels for one model: the event type it learns from; undefined when no such model. */
  getModelEventType(modelId: string, modelType: ModelType): Promise<string | undefined>;
  /** GetModels, all pages: every model with its event type (the model score variables a rule may use). */
  listModels(): Promise<ModelSummary[]>;
  /** GetEventTypes for one event type; undefined when it does not exist. */
  getEventType(name: string): Promise<EventTypeDetail | undefined>;
  /** GetLabels, all pages: the names of every label in the account. */
  listLabelNames(): Promise<string[]>;
  getModelVersion(ref: ModelVersionRef): Promise<ModelVersionState>;
  /** DescribeModelVersions, all pages; with a version number, that one only. */
  describeModelVersions(query: {
    modelId: string;
    modelType: ModelType;
    modelVersionNumber?: string;
  }): Promise<ModelVersionDetail[]>;
  updateModelVersionStatus(ref: ModelVersionRef, status: 'ACTIVE' | 'INACTIVE'): Promise<void>;
  /** Every model version of the account that is deployed or deploying (the quota is 5). */
  listDeployedModelVersions(): Promise<ModelVersionDetail[]>;
  listTags(arn: string): Promise<Tag[]>;

  /** DescribeDetector, all pages (1000–2500 per page). */
  listDetectorVersions(detectorId: string): Promise<DetectorVersionSummary[]>;
  getDetectorVersion(detectorId: string, detectorVersionId: string): Promise<DetectorVersion>;
  createDetectorVersion(
    detectorId: string,
    content: DetectorVersionContent,
    tags: Tag[],
  ): Promise<{ detectorVersionId: string; status: string }>;
  updateDetectorVersion(
    detectorId: string,
    detectorVersionId: string,
    content: DetectorVersionContent,
  ): Promise<void>;
  updateDetectorVersionStatus(
    detectorId: string,
    detectorVersionId: string,
    status: 'ACTIVE' | 'INACTIVE',
  ): Promise<void>;
  /** DeleteDetectorVersion (DRAFT or INACTIVE only). */
  deleteDetectorVersion(detectorId: string, detectorVersionId: string): Promise<void>;
  /** GetDetectors, all pages: the ids of every detector in the account. */
  listDetectorIds(): Promise<string[]>;
  /** GetDetectors for one detector: its event type; undefined when it does not exist. */
  getDetectorEventType(detectorId: string): Promise<string | undefined>;
  /** GetRules for one rule version; undefined when it does not exist. */
  getRuleVersion(detectorId: string, rule: RuleRef): Promise<RuleDetail | undefined>;
  /** GetRules for a whole detector, all pages (50–100 per page). */
  listRules(detectorId: string): Promise<RuleDetail[]>;
  tagResource(arn: string, tags: Tag[]): Promise<void>;
  /** UntagResource: removes the tags with these keys (a key the resource lacks is no error). */
  untagResource(arn: string, tagKeys: string[]): Promise<void>;

  /** CreateRule: version "1" of a new rule id. Not idempotent. */
  createRule(
    detectorId: string,
    ruleId: string,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef>;
  /** UpdateRuleVersion from `from` (the highest version): the next version. Not idempotent. */
  updateRuleVersion(
    detectorId: string,
    from: RuleRef,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef>;
  /** UpdateRuleMetadata: only the description of one version. */
  updateRuleMetadata(detectorId: string, rule: RuleRef, description: string): Promise<void>;
  /** GetRules for one rule id, all versions; empty when the rule does not exist. */
  listRuleVersions(detectorId: string, ruleId: string): Promise<RuleDetail[]>;
  /** PutOutcome: creates (or updates) an outcome. */
  putOutcome(outcome: OutcomeDetail, tags: Tag[]): Promise<void>;
  /** GetOutcomes, all pages. */
  listOutcomes(): Promise<OutcomeDetail[]>;
  /**
   * GetEventPrediction for a named detector version (DRAFT included). A read:
   * it changes no resource, though AFD may store the prediction under the event id.
   */
  getEventPrediction(request: EventPredictionRequest): Promise<EventPrediction>;
  /** GetVariables, all pages: every variable with its data type and default value. */
  listVariables(): Promise<VariableDetail[]>;
  /** GetListsMetadata, all pages. */
  listListsMetadata(): Promise<ListMetadata[]>;
  /** GetListElements, bounded; undefined when the list does not exist. */
  getListElements(name: string): Promise<ListElements | undefined>;
}
