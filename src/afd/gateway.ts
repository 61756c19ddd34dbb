// AfdPort over the real AWS SDK. src/afd/ is the only folder that imports
// @aws-sdk/client-frauddetector: the transport (./transport.ts) sends and
// pages, the calls (./calls/, one file per kind of resource) map the
// SDK's shapes to the plain domain types, and this class is the port's face.
import type {
  DetectorVersion,
  DetectorVersionSummary,
  EventPrediction,
  EventPredictionRequest,
  EventTypeDetail,
  ListElements,
  ListMetadata,
  ModelSummary,
  ModelVersionDetail,
  ModelVersionState,
  OutcomeDetail,
  RuleDetail,
  VariableDetail,
} from '../domain/afd.js';
import type { ModelType, ModelVersionRef, RuleRef, Tag } from '../domain/request.js';
import * as catalog from './calls/catalog.js';
import * as detectors from './calls/detectors.js';
import * as models from './calls/models.js';
import * as predictions from './calls/predictions.js';
import * as rules from './calls/rules.js';
import type {
  AfdPort,
  DetectorVersionContent,
  NewMajorInput,
  RetrainInput,
  RuleVersionContent,
} from './port.js';
import { AfdTransport, type AfdGatewayOptions } from './transport.js';

export { MAX_PAGES, type AfdGatewayOptions } from './transport.js';
export { describeModelVersionRef } from './calls/models.js';
export { toModelVersionDetail } from './sdk-mapping.js';

export class AfdGateway implements AfdPort {
  private readonly t: AfdTransport;

  constructor(options: AfdGatewayOptions) {
    this.t = new AfdTransport(options);
  }

  destroy(): void {
    this.t.destroy();
  }

  // Models
  retrainModelVersion(input: RetrainInput): Promise<ModelVersionState> {
    return models.retrainModelVersion(this.t, input);
  }
  createModelVersion(input: NewMajorInput): Promise<ModelVersionState> {
    return models.createModelVersion(this.t, input);
  }
  getModelEventType(modelId: string, modelType: ModelType): Promise<string | undefined> {
    return models.getModelEventType(this.t, modelId, modelType);
  }
  listModels(): Promise<ModelSummary[]> {
    return models.listModels(this.t);
  }
  getModelVersion(ref: ModelVersionRef): Promise<ModelVersionState> {
    return models.getModelVersion(this.t, ref);
  }
  describeModelVersions(query: {
    modelId: string;
    modelType: ModelType;
    modelVersionNumber?: string;
  }): Promise<ModelVersionDetail[]> {
    return models.describeModelVersions(this.t, query);
  }
  updateModelVersionStatus(ref: ModelVersionRef, status: 'ACTIVE' | 'INACTIVE'): Promise<void> {
    return models.updateModelVersionStatus(this.t, ref, status);
  }
  listDeployedModelVersions(): Promise<ModelVersionDetail[]> {
    return models.listDeployedModelVersions(this.t);
  }

  // Detectors
  listDetectorVersions(detectorId: string): Promise<DetectorVersionSummary[]> {
    return detectors.listDetectorVersions(this.t, detectorId);
  }
  getDetectorVersion(detectorId: string, detectorVersionId: string): Promise<DetectorVersion> {
    return detectors.getDetectorVersion(this.t, detectorId, detectorVersionId);
  }
  createDetectorVersion(
    detectorId: string,
    content: DetectorVersionContent,
    tags: Tag[],
  ): Promise<{ detectorVersionId: string; status: string }> {
    return detectors.createDetectorVersion(this.t, detectorId, content, tags);
  }
  updateDetectorVersion(
    detectorId: string,
    detectorVersionId: string,
    content: DetectorVersionContent,
  ): Promise<void> {
    return detectors.updateDetectorVersion(this.t, detectorId, detectorVersionId, content);
  }
  updateDetectorVersionStatus(
    detectorId: string,
    detectorVersionId: string,
    status: 'ACTIVE' | 'INACTIVE',
  ): Promise<void> {
    return detectors.updateDetectorVersionStatus(this.t, detectorId, detectorVersionId, status);
  }
  deleteDetectorVersion(detectorId: string, detectorVersionId: string): Promise<void> {
    return detectors.deleteDetectorVersion(this.t, detectorId, detectorVersionId);
  }
  listDetectorIds(): Promise<string[]> {
    return detectors.listDetectorIds(this.t);
  }
  getDetectorEventType(detectorId: string): Promise<string | undefined> {
    return detectors.getDetectorEventType(this.t, detectorId);
  }

  // Rules
  getRuleVersion(detectorId: string, rule: RuleRef): Promise<RuleDetail | undefined> {
    return rules.getRuleVersion(this.t, detectorId, rule);
  }
  listRules(detectorId: string): Promise<RuleDetail[]> {
    return rules.listRules(this.t, detectorId);
  }
  listRuleVersions(detectorId: string, ruleId: string): Promise<RuleDetail[]> {
    return rules.listRuleVersions(this.t, detectorId, ruleId);
  }
  createRule(
    detectorId: string,
    ruleId: string,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef> {
    return rules.createRule(this.t, detectorId, ruleId, content, tags);
  }
  updateRuleVersion(
    detectorId: string,
    from: RuleRef,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef> {
    return rules.updateRuleVersion(this.t, detectorId, from, content, tags);
  }
  updateRuleMetadata(detectorId: string, rule: RuleRef, description: string): Promise<void> {
    return rules.updateRuleMetadata(this.t, detectorId, rule, description);
  }

  // Predictions
  getEventPrediction(request: EventPredictionRequest): Promise<EventPrediction> {
    return predictions.getEventPrediction(this.t, request);
  }

  // The account's shared resources, and tags
  getEventType(name: string): Promise<EventTypeDetail | undefined> {
    return catalog.getEventType(this.t, name);
  }
  listLabelNames(): Promise<string[]> {
    return catalog.listLabelNames(this.t);
  }
  putOutcome(outcome: OutcomeDetail, tags: Tag[]): Promise<void> {
    return catalog.putOutcome(this.t, outcome, tags);
  }
  listOutcomes(): Promise<OutcomeDetail[]> {
    return catalog.listOutcomes(this.t);
  }
  listVariables(): Promise<VariableDetail[]> {
    return catalog.listVariables(this.t);
  }
  listListsMetadata(): Promise<ListMetadata[]> {
    return catalog.listListsMetadata(this.t);
  }
  getListElements(name: string): Promise<ListElements | undefined> {
    return catalog.getListElements(this.t, name);
  }
  listTags(arn: string): Promise<Tag[]> {
    return catalog.listTags(this.t, arn);
  }
  tagResource(arn: string, tags: Tag[]): Promise<void> {
    return catalog.tagResource(this.t, arn, tags);
  }
  untagResource(arn: string, tagKeys: string[]): Promise<void> {
    return catalog.untagResource(this.t, arn, tagKeys);
  }
}
