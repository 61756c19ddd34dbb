// The only module that imports @aws-sdk/client-frauddetector. It maps the
// SDK's shapes to the plain domain types, pages through lists with the page
// sizes AFD actually accepts, and turns SDK failures into AfdErrors.
import {
  CreateModelVersionCommand,
  GetEventTypesCommand,
  GetLabelsCommand,
  GetModelsCommand,
  DeleteDetectorVersionCommand,
  DescribeDetectorCommand,
  GetDetectorsCommand,
  DescribeModelVersionsCommand,
  FraudDetectorClient,
  GetDetectorVersionCommand,
  GetModelVersionCommand,
  GetRulesCommand,
  CreateRuleCommand,
  GetOutcomesCommand,
  PutOutcomeCommand,
  UpdateRuleMetadataCommand,
  UpdateRuleVersionCommand,
  ListTagsForResourceCommand,
  CreateDetectorVersionCommand,
  TagResourceCommand,
  UpdateDetectorVersionCommand,
  UpdateDetectorVersionStatusCommand,
  UpdateModelVersionCommand,
  UpdateModelVersionStatusCommand,
  type ModelVersionDetail as SdkModelVersionDetail,
  type RuleDetail as SdkRuleDetail,
} from '@aws-sdk/client-frauddetector';
import { createHash } from 'node:crypto';
import type {
  EventTypeDetail,
  DetectorVersion,
  DetectorVersionSummary,
  ModelVersionDetail,
  ModelVersionState,
  OutcomeDetail,
  RuleDetail,
  TrainingMetrics,
  MetricPoint,
  DataValidationMessage,
} from '../domain/afd.js';
import {
  MODEL_TYPES,
  type ModelType,
  type ModelVersionRef,
  type RuleExecutionMode,
  type RuleRef,
  type Tag,
  type TrainingData,
} from '../domain/request.js';
import { AfdError } from '../domain/errors.js';
import { AFD_TEXT_CAPS, MAX_VALIDATION_MESSAGES, capText } from '../domain/text.js';
import { translateAwsError, type CallContext } from './errors.js';
import { isUnreachable, waitOutOutage } from './outage.js';
import type {
  AfdPort,
  DetectorVersionContent,
  NewMajorInput,
  RetrainInput,
  RuleVersionContent,
} from './port.js';

export interface AfdGatewayOptions {
  region: string;
  endpointUrl?: string;
  /** SDK attempts per call (it retries throttling and 5xx). */
  maxAttempts?: number;
  /** Called for every AFD request, for logging and tests. */
  onCall?: (operation: string) => void;
  /**
   * Read patience: when set, a read (Get/Describe/List) that still fails with
   * a retryable error after the SDK's attempts is tried again after this
   * sleep, a few times. Reads are idempotent; one bad minute must not fail a
   * two-hour run.
   */
  sleep?: (ms: number) => Promise<void>;
  /** Said when AFD, reached earlier in the run, cannot be reached and a read waits for it. */
  onOutage?: (message: string) => void;
  /** Static credentials; when absent, the SDK's default provider chain finds them. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * Longest one HTTP request may take before it fails as a TimeoutError
   * (default 60 s; AFD answers in well under a second). Without it a hung
   * connection would hold the run past timeout-minutes.
   */
  requestTimeoutMs?: number;
  /** Pages of one list before it is refused as endless (default MAX_PAGES). */
  maxPages?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 10_000;

const READ_PATIENCE_ROUNDS = 4;

/** DescribeDetector refuses pages below 1000; take the largest to make fewest calls. */
const DESCRIBE_DETECTOR_PAGE = 2500;
const GET_RULES_PAGE = 100;
const GET_OUTCOMES_PAGE = 100;
const DESCRIBE_MODEL_VERSIONS_PAGE = 10;
const LIST_TAGS_PAGE = 50;
const GET_DETECTORS_PAGE = 10;
/**
 * Pages of one list before the gateway gives up: 1,000 pages is millions of
 * items, far past any real account. An endpoint that never stops sending a
 * nextToken (or sends one it sent before) must not hold the run forever.
 */
export const MAX_PAGES = 1_000;
const GET_LABELS_PAGE = 50;
/** What counts against AFD's 5 deployed model versions per account. */
const DEPLOYED_STATUSES = new Set(['ACTIVE', 'ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);

/** How messages name a model version: "model m (TYPE) version 1.02". */
export function describeModelVersionRef(ref: ModelVersionRef): string {
  return `model ${ref.modelId} (${ref.modelType}) version ${ref.modelVersionNumber}`;
}

export class AfdGateway implements AfdPort {
  private readonly client: FraudDetectorClient;
  /**
   * For calls that create something or change a status. AFD has no
   * idempotency tokens, so the SDK must not retry these blindly (a retried
   * UpdateModelVersion could start a second training; a repeated status
   * request is refused once it took effect); the executors retry after
   * checking what happened.
   */
  private writeOnce: FraudDetectorClient | undefined;
  private readonly clientConfig: ConstructorParameters<typeof FraudDetectorClient>[0];
  private readonly endpoint: string | undefined;
  private readonly region: string;
  private readonly onCall: ((operation: string) => void) | undefined;
  private readonly sleep: ((ms: number) => Promise<void>) | undefined;
  private readonly onOutage: ((message: string) => void) | undefined;
  /** Whether AFD answered anything (even an error) in this run. */
  private reached = false;
  private readonly maxPages: number;

  constructor(options: AfdGatewayOptions) {
    this.endpoint = options.endpointUrl;
    this.region = options.region;
    this.onCall = options.onCall;
    this.sleep = options.sleep;
    this.onOutage = options.onOutage;
    this.maxPages = options.maxPages ?? MAX_PAGES;
    const common = {
      region: options.region,
      ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // The SDK sets no request timeout by default, and without
      // throwOnRequestTimeout it only logs one. A timed-out read is retried like
      // a dropped connection; a timed-out write is reconciled by its executor.
      requestHandler: {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        throwOnRequestTimeout: true,
      },
    };
    // Reads are idempotent: give throttling room before an error surfaces.
    this.client = new FraudDetectorClient({ ...common, maxAttempts: options.maxAttempts ?? 6 });
    this.clientConfig = common;
  }

  /** Created on first use: a plan run never writes, and start-up time counts. */
  private get writeOnceClient(): FraudDetectorClient {
    this.writeOnce ??= new FraudDetectorClient({ ...this.clientConfig, maxAttempts: 1 });
    return this.writeOnce;
  }

  destroy(): void {
    this.client.destroy();
    this.writeOnce?.destroy();
  }

  /** Sends one command; failures become AfdErrors naming the resource. */
  private async call<T>(ctx: CallContext, send: () => Promise<T>): Promise<T> {
    const isRead = /^(Get|Describe|List)/.test(ctx.operation);
    let outageWaited = 0;
    for (let round = 0; ; round++) {
      this.onCall?.(ctx.operation);
      try {
        const out = await send();
        this.reached = true;
        return out;
      } catch (err) {
        const translated = translateAwsError(err, {
          ...ctx,
          region: this.region,
          ...(this.endpoint ? { endpoint: this.endpoint } : {}),
        });
        const unreachable = isUnreachable(translated);
        if (isRead && this.sleep && unreachable && this.reached) {
          outageWaited = await waitOutOutage(translated, outageWaited, {
            sleep: this.sleep,
            ...(this.onOutage ? { say: this.onOutage } : {}),
            ...(this.endpoint ? { endpoint: this.endpoint } : {}),
          });
          continue;
        }
        if (!unreachable) this.reached = true;
        if (!isRead || !this.sleep || !translated.retryable || round >= READ_PATIENCE_ROUNDS) {
          throw translated;
        }
        await this.sleep(2_000 * 2 ** round);
      }
    }
  }

  /**
   * Every item of a paginated list. AFD ends a list by omitting nextToken (or
   * sending ""); an undefined nextToken is left out of the request by the SDK.
   */
  private async allPages<Out extends { nextToken?: string | undefined }, Item>(
    ctx: CallContext,
    send: (nextToken: string | undefined) => Promise<Out>,
    items: (out: Out) => Item[] | undefined,
  ): Promise<Item[]> {
    const all: Item[] = [];
    const seen = new Set<string>();
    let nextToken: string | undefined;
    for (let page = 1; ; page++) {
      const out = await this.call(ctx, () => send(nextToken));
      // A loop, not push(...items): a spread of 200,000 items overflows the call stack.
      for (const item of items(out) ?? []) all.push(item);
      nextToken = out.nextToken || undefined;
      if (!nextToken) return all;
      // A digest: the set must not grow with a hostile token's size.
      const key = createHash('sha256').update(nextToken).digest('base64');
      if (seen.has(key) || page >= this.maxPages) {
        const why = seen.has(key)
          ? 'sent a nextToken it had sent before'
          : `still had more after ${this.maxPages} pages`;
        throw new AfdError(
          `${ctx.operation}${ctx.resource ? ` for ${ctx.resource}` : ''}: the endpoint ${why}; stopped reading the list, which would never end.`,
          ctx.operation,
          'EndlessPagination',
          [
            'AFD ends every list. Check `endpoint-url`: it should be Amazon Fraud Detector (or an emulator of it).',
          ],
        );
      }
      seen.add(key);
    }
  }

  async retrainModelVersion(input: RetrainInput): Promise<ModelVersionState> {
    const training = sdkTraining(input.training);
    const out = await this.call(
      {
        operation: 'UpdateModelVersion',
        resource: `model ${input.modelId} (${input.modelType}) major version ${input.majorVersionNumber}`,
        target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
      },
      () =>
        this.writeOnceClient.send(
          new UpdateModelVersionCommand({
            modelId: input.modelId,
            modelType: input.modelType,
            majorVersionNumber: input.majorVersionNumber,
            ...training,
            ...(input.tags.length ? { tags: input.tags } : {}),
          }),
        ),
    );
    return trainingStarted('UpdateModelVersion', out, input);
  }

  async createModelVersion(input: NewMajorInput): Promise<ModelVersionState> {
    const schema = input.trainingDataSchema;
    const out = await this.call(
      {
        operation: 'CreateModelVersion',
        resource: `model ${input.modelId} (${input.modelType})`,
        target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
      },
      () =>
        this.writeOnceClient.send(
          new CreateModelVersionCommand({
            modelId: input.modelId,
            modelType: input.modelType,
            trainingDataSource: input.trainingDataSource,
            trainingDataSchema: {
              modelVariables: schema.modelVariables,
              ...(schema.labelMapper
                ? {
                    labelSchema: {
                      labelMapper: schema.labelMapper,
                      ...(schema.unlabeledEventsTreatment
                        ? { unlabeledEventsTreatment: schema.unlabeledEventsTreatment }
                        : {}),
                    },
                  }
                : {}),
            },
            ...sdkTraining(input.training),
            ...(input.tags.length ? { tags: input.tags } : {}),
          }),
        ),
    );
    return trainingStarted('CreateModelVersion', out, input);
  }

  async getModelEventType(modelId: string, modelType: ModelType): Promise<string | undefined> {
    const out = await this.call(
      {
        operation: 'GetModels',
        resource: `model ${modelId} (${modelType})`,
        target: { kind: 'model', modelId, modelType },
      },
      () => this.client.send(new GetModelsCommand({ modelId, modelType, maxResults: 10 })),
    );
    return out.models?.find((m) => m.modelId === modelId && m.modelType === modelType)
      ?.eventTypeName;
  }

  async getEventType(name: string): Promise<EventTypeDetail | undefined> {
    const out = await this.call(
      { operation: 'GetEventTypes', resource: `event type ${name}` },
      () => this.client.send(new GetEventTypesCommand({ name })),
    ).catch((err: unknown) => {
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException')
        return { eventTypes: [] };
      throw err;
    });
    const found = out.eventTypes?.find((e) => e.name === name);
    return found
      ? { name, eventVariables: found.eventVariables ?? [], labels: found.labels ?? [] }
      : undefined;
  }

  async listLabelNames(): Promise<string[]> {
    const labels = await this.allPages(
      { operation: 'GetLabels', resource: 'labels' },
      (nextToken) =>
        this.client.send(new GetLabelsCommand({ maxResults: GET_LABELS_PAGE, nextToken })),
      (out) => out.labels,
    );
    return labels.flatMap((l) => (l.name ? [l.name] : []));
  }

  async getModelVersion(ref: ModelVersionRef): Promise<ModelVersionState> {
    const out = await this.call(
      {
        operation: 'GetModelVersion',
        resource: describeModelVersionRef(ref),
        target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
      },
      () => this.client.send(new GetModelVersionCommand({ ...ref })),
    );
    return {
      modelId: idText(out.modelId ?? ref.modelId),
      modelType: idText(out.modelType ?? ref.modelType) as ModelType,
      modelVersionNumber: idText(out.modelVersionNumber ?? ref.modelVersionNumber),
      status: idText(required(out.status, 'GetModelVersion', 'status')),
      ...(out.arn ? { arn: idText(out.arn) } : {}),
    };
  }

  async describeModelVersions(query: {
    modelId: string;
    modelType: ModelType;
    modelVersionNumber?: string;
  }): Promise<ModelVersionDetail[]> {
    const details = await this.allPages(
      {
        operation: 'DescribeModelVersions',
        resource: `model ${query.modelId} (${query.modelType})${query.modelVersionNumber ? ` version ${query.modelVersionNumber}` : ''}`,
        target: {
          kind: query.modelVersionNumber ? 'modelVersion' : 'model',
          modelId: query.modelId,
          modelType: query.modelType,
        },
      },
      (nextToken) =>
        this.client.send(
          new DescribeModelVersionsCommand({
            ...query,
            maxResults: DESCRIBE_MODEL_VERSIONS_PAGE,
            nextToken,
          }),
        ),
      (out) => out.modelVersionDetails,
    );
    return details.map(toModelVersionDetail);
  }

  async updateModelVersionStatus(
    ref: ModelVersionRef,
    status: 'ACTIVE' | 'INACTIVE',
  ): Promise<void> {
    await this.call(
      {
        operation: 'UpdateModelVersionStatus',
        resource: describeModelVersionRef(ref),
        target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
      },
      () => this.writeOnceClient.send(new UpdateModelVersionStatusCommand({ ...ref, status })),
    );
  }

  async listDeployedModelVersions(): Promise<ModelVersionDetail[]> {
    const deployed: ModelVersionDetail[] = [];
    for (const modelType of MODEL_TYPES) {
      const details = await this.allPages(
        { operation: 'DescribeModelVersions', resource: `${modelType} models` },
        (nextToken) =>
          this.client.send(
            new DescribeModelVersionsCommand({
              modelType,
              maxResults: DESCRIBE_MODEL_VERSIONS_PAGE,
              nextToken,
            }),
          ),
        (out) => out.modelVersionDetails,
      );
      for (const d of details)
        if (DEPLOYED_STATUSES.has(d.status ?? '')) deployed.push(toModelVersionDetail(d));
    }
    return deployed;
  }

  async listTags(arn: string): Promise<Tag[]> {
    const tags = await this.allPages(
      { operation: 'ListTagsForResource', resource: arn },
      (nextToken) =>
        this.client.send(
          new ListTagsForResourceCommand({
            resourceARN: arn,
            maxResults: LIST_TAGS_PAGE,
            nextToken,
          }),
        ),
      (out) => out.tags,
    );
    return tags.map((t) => ({ key: idText(t.key), value: idText(t.value) }));
  }

  async tagResource(arn: string, tags: Tag[]): Promise<void> {
    await this.call({ operation: 'TagResource', resource: arn }, () =>
      this.client.send(new TagResourceCommand({ resourceARN: arn, tags })),
    );
  }

  async listDetectorVersions(detectorId: string): Promise<DetectorVersionSummary[]> {
    const summaries = await this.allPages(
      {
        operation: 'DescribeDetector',
        resource: `detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
      },
      (nextToken) =>
        this.client.send(
          new DescribeDetectorCommand({
            detectorId,
            maxResults: DESCRIBE_DETECTOR_PAGE,
            nextToken,
          }),
        ),
      (out) => out.detectorVersionSummaries,
    );
    return summaries.map((s) => ({
      detectorVersionId: idText(s.detectorVersionId),
      status: idText(s.status),
      ...(s.description ? { description: descriptionText(s.description) } : {}),
      ...(s.lastUpdatedTime ? { lastUpdatedTime: idText(s.lastUpdatedTime) } : {}),
    }));
  }

  async getDetectorVersion(
    detectorId: string,
    detectorVersionId: string,
  ): Promise<DetectorVersion> {
    const out = await this.call(
      {
        operation: 'GetDetectorVersion',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorVersion', detectorId },
      },
      () => this.client.send(new GetDetectorVersionCommand({ detectorId, detectorVersionId })),
    );
    return {
      detectorId,
      detectorVersionId,
      status: idText(out.status),
      ...(out.description ? { description: descriptionText(out.description) } : {}),
      rules: (out.rules ?? []).map((r) => ({
        ruleId: idText(r.ruleId),
        ruleVersion: idText(r.ruleVersion),
      })),
      modelVersions: (out.modelVersions ?? []).map((m) => ({
        modelId: idText(m.modelId),
        modelType: idText(m.modelType) as ModelType,
        modelVersionNumber: idText(m.modelVersionNumber),
      })),
      externalModelEndpoints: (out.externalModelEndpoints ?? []).map(idText),
      ruleExecutionMode: idText(out.ruleExecutionMode ?? 'FIRST_MATCHED') as RuleExecutionMode,
      ...(out.createdTime ? { createdTime: idText(out.createdTime) } : {}),
      ...(out.lastUpdatedTime ? { lastUpdatedTime: idText(out.lastUpdatedTime) } : {}),
      ...(out.arn ? { arn: idText(out.arn) } : {}),
    };
  }

  async createDetectorVersion(
    detectorId: string,
    content: DetectorVersionContent,
    tags: Tag[],
  ): Promise<{ detectorVersionId: string; status: string }> {
    const out = await this.call(
      {
        operation: 'CreateDetectorVersion',
        resource: `detector ${detectorId}`,
        target: { kind: 'detectorContent', detectorId },
      },
      () =>
        this.writeOnceClient.send(
          new CreateDetectorVersionCommand({
            detectorId,
            ...sdkContent(detectorId, content),
            ...(tags.length ? { tags } : {}),
          }),
        ),
    );
    return {
      detectorVersionId: idText(
        required(out.detectorVersionId, 'CreateDetectorVersion', 'detectorVersionId'),
      ),
      status: idText(out.status ?? 'DRAFT'),
    };
  }

  async updateDetectorVersion(
    detectorId: string,
    detectorVersionId: string,
    content: DetectorVersionContent,
  ): Promise<void> {
    await this.call(
      {
        operation: 'UpdateDetectorVersion',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorContent', detectorId },
      },
      () =>
        this.client.send(
          // AFD requires rules and externalModelEndpoints here even when empty;
          // sdkContent always sends both.
          new UpdateDetectorVersionCommand({
            detectorId,
            detectorVersionId,
            ...sdkContent(detectorId, content),
          }),
        ),
    );
  }

  async updateDetectorVersionStatus(
    detectorId: string,
    detectorVersionId: string,
    status: 'ACTIVE' | 'INACTIVE',
  ): Promise<void> {
    await this.call(
      {
        operation: 'UpdateDetectorVersionStatus',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorVersion', detectorId },
      },
      () =>
        this.writeOnceClient.send(
          new UpdateDetectorVersionStatusCommand({ detectorId, detectorVersionId, status }),
        ),
    );
  }

  async deleteDetectorVersion(detectorId: string, detectorVersionId: string): Promise<void> {
    // The read client retries a delete whose answer was lost; the retry then
    // finds nothing to delete, which is the outcome asked for.
    try {
      await this.call(
        {
          operation: 'DeleteDetectorVersion',
          resource: `detector ${detectorId} version ${detectorVersionId}`,
          target: { kind: 'detectorVersion', detectorId },
        },
        () => this.client.send(new DeleteDetectorVersionCommand({ detectorId, detectorVersionId })),
      );
    } catch (err) {
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException') return;
      throw err;
    }
  }

  async listDetectorIds(): Promise<string[]> {
    const detectors = await this.allPages(
      { operation: 'GetDetectors', resource: 'detectors' },
      (nextToken) =>
        this.client.send(new GetDetectorsCommand({ maxResults: GET_DETECTORS_PAGE, nextToken })),
      (out) => out.detectors,
    );
    return detectors.flatMap((d) => (d.detectorId ? [idText(d.detectorId)] : []));
  }

  async getRuleVersion(detectorId: string, rule: RuleRef): Promise<RuleDetail | undefined> {
    const out = await this.call(
      {
        operation: 'GetRules',
        resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
        target: { kind: 'rule', detectorId },
      },
      () =>
        this.client.send(
          new GetRulesCommand({
            detectorId,
            ruleId: rule.ruleId,
            ruleVersion: rule.ruleVersion,
            maxResults: GET_RULES_PAGE,
          }),
        ),
    ).catch((err: unknown) => {
      // AWS's own samples expect an empty list for an unknown rule; answer the
      // same if AFD says ResourceNotFound instead, so the plan's checks report it.
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException') {
        return { ruleDetails: [] };
      }
      throw err;
    });
    const found = (out.ruleDetails ?? []).find(
      (r) => r.ruleId === rule.ruleId && r.ruleVersion === rule.ruleVersion,
    );
    return found ? toRuleDetail(found) : undefined;
  }

  async createRule(
    detectorId: string,
    ruleId: string,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef> {
    const out = await this.call(
      { operation: 'CreateRule', resource: `rule ${ruleId} of detector ${detectorId}` },
      () =>
        this.writeOnceClient.send(
          new CreateRuleCommand({
            detectorId,
            ruleId,
            ...ruleContent(content),
            ...(tags.length ? { tags } : {}),
          }),
        ),
    );
    return {
      ruleId,
      ruleVersion: required(out.rule?.ruleVersion, 'CreateRule', 'rule.ruleVersion'),
    };
  }

  async updateRuleVersion(
    detectorId: string,
    from: RuleRef,
    content: RuleVersionContent,
    tags: Tag[],
  ): Promise<RuleRef> {
    const out = await this.call(
      {
        operation: 'UpdateRuleVersion',
        resource: `rule ${from.ruleId} version ${from.ruleVersion} of detector ${detectorId}`,
      },
      () =>
        this.writeOnceClient.send(
          new UpdateRuleVersionCommand({
            rule: { detectorId, ruleId: from.ruleId, ruleVersion: from.ruleVersion },
            ...ruleContent(content),
            ...(tags.length ? { tags } : {}),
          }),
        ),
    );
    return {
      ruleId: from.ruleId,
      ruleVersion: required(out.rule?.ruleVersion, 'UpdateRuleVersion', 'rule.ruleVersion'),
    };
  }

  async updateRuleMetadata(detectorId: string, rule: RuleRef, description: string): Promise<void> {
    // Setting a description twice is harmless: the read client may retry it.
    await this.call(
      {
        operation: 'UpdateRuleMetadata',
        resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
      },
      () =>
        this.client.send(
          new UpdateRuleMetadataCommand({
            rule: { detectorId, ruleId: rule.ruleId, ruleVersion: rule.ruleVersion },
            description,
          }),
        ),
    );
  }

  async listRuleVersions(detectorId: string, ruleId: string): Promise<RuleDetail[]> {
    const rules = await this.allPages(
      { operation: 'GetRules', resource: `rule ${ruleId} of detector ${detectorId}` },
      (nextToken) =>
        this.client.send(
          new GetRulesCommand({ detectorId, ruleId, maxResults: GET_RULES_PAGE, nextToken }),
        ),
      (out) => out.ruleDetails,
    );
    return rules.filter((r) => r.ruleId === ruleId).map(toRuleDetail);
  }

  async putOutcome(outcome: OutcomeDetail, tags: Tag[]): Promise<void> {
    // PutOutcome creates or updates: repeating it is harmless, so the read client may retry it.
    await this.call({ operation: 'PutOutcome', resource: `outcome ${outcome.name}` }, () =>
      this.client.send(
        new PutOutcomeCommand({
          name: outcome.name,
          ...(outcome.description ? { description: outcome.description } : {}),
          ...(tags.length ? { tags } : {}),
        }),
      ),
    );
  }

  async listOutcomes(): Promise<OutcomeDetail[]> {
    const outcomes = await this.allPages(
      { operation: 'GetOutcomes', resource: 'outcomes' },
      (nextToken) =>
        this.client.send(new GetOutcomesCommand({ maxResults: GET_OUTCOMES_PAGE, nextToken })),
      (out) => out.outcomes,
    );
    return outcomes.flatMap((o) =>
      o.name ? [{ name: o.name, ...(o.description ? { description: o.description } : {}) }] : [],
    );
  }

  async listRules(detectorId: string): Promise<RuleDetail[]> {
    const rules = await this.allPages(
      {
        operation: 'GetRules',
        resource: `rules of detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
      },
      (nextToken) =>
        this.client.send(
          new GetRulesCommand({ detectorId, maxResults: GET_RULES_PAGE, nextToken }),
        ),
      (out) => out.ruleDetails,
    );
    return rules.map(toRuleDetail);
  }
}

/** The answer of UpdateModelVersion and CreateModelVersion: the version whose training started. */
function trainingStarted(
  operation: string,
  out: { modelId?: string; modelType?: string; modelVersionNumber?: string; status?: string },
  input: { modelId: string; modelType: ModelType },
): ModelVersionState {
  return {
    modelId: idText(out.modelId ?? input.modelId),
    modelType: idText(out.modelType ?? input.modelType) as ModelType,
    modelVersionNumber: idText(required(out.modelVersionNumber, operation, 'modelVersionNumber')),
    status: idText(out.status ?? 'TRAINING_IN_PROGRESS'),
  };
}

/** externalEventsDetail or ingestedEventsDetail, as AFD names them. */
function sdkTraining(training: TrainingData) {
  return training.kind === 'external'
    ? {
        externalEventsDetail: {
          dataLocation: training.dataLocation,
          dataAccessRoleArn: training.dataAccessRoleArn,
        },
      }
    : {
        ingestedEventsDetail: {
          ingestedEventsTimeWindow: { startTime: training.startTime, endTime: training.endTime },
        },
      };
}

function sdkContent(detectorId: string, content: DetectorVersionContent) {
  return {
    rules: content.rules.map((r) => ({ detectorId, ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
    externalModelEndpoints: content.externalModelEndpoints,
    modelVersions: content.modelVersions.map((m) => ({
      modelId: m.modelId,
      modelType: m.modelType,
      modelVersionNumber: m.modelVersionNumber,
    })),
    ruleExecutionMode: content.ruleExecutionMode,
    ...(content.description ? { description: content.description } : {}),
  };
}

function ruleContent(content: RuleVersionContent) {
  return {
    expression: content.expression,
    language: 'DETECTORPL' as const,
    outcomes: content.outcomes,
    ...(content.description ? { description: content.description } : {}),
  };
}

function required<T>(value: T | undefined, operation: string, field: string): T {
  if (value === undefined || value === null || value === '') {
    throw translateAwsError(new Error(`the response has no ${field}`), { operation });
  }
  return value;
}

/** An id, version, status, enum, ARN or tag from AFD, capped (see AFD_TEXT_CAPS). */
function idText(text: string | undefined): string {
  return capText(text ?? '', AFD_TEXT_CAPS.id);
}

function descriptionText(text: string): string {
  return capText(text, AFD_TEXT_CAPS.description);
}

function toRuleDetail(r: SdkRuleDetail): RuleDetail {
  return {
    ruleId: idText(r.ruleId),
    ruleVersion: idText(r.ruleVersion),
    expression: capText(r.expression ?? '', AFD_TEXT_CAPS.expression),
    outcomes: (r.outcomes ?? []).map(idText),
    ...(r.description ? { description: descriptionText(r.description) } : {}),
    ...(r.language ? { language: idText(r.language) } : {}),
    ...(r.arn ? { arn: idText(r.arn) } : {}),
  };
}

/** AFD's answer is untrusted: finite numbers only, at most MAX_METRIC_POINTS, by threshold. */
const MAX_METRIC_POINTS = 2000;
function metricPoints(
  raw:
    readonly { fpr?: number; tpr?: number; precision?: number; threshold?: number }[] | undefined,
): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (const p of (raw ?? []).slice(0, MAX_METRIC_POINTS)) {
    const { fpr, tpr, precision, threshold } = p;
    if ([fpr, tpr, precision, threshold].every((n) => typeof n === 'number' && Number.isFinite(n)))
      points.push({ fpr: fpr!, tpr: tpr!, precision: precision!, threshold: threshold! });
  }
  return points.sort((a, b) => a.threshold - b.threshold);
}

export function toModelVersionDetail(d: SdkModelVersionDetail): ModelVersionDetail {
  const v2 = d.trainingResultV2;
  const perf =
    v2?.trainingMetricsV2?.ofi?.modelPerformance ?? v2?.trainingMetricsV2?.tfi?.modelPerformance;
  const metrics: TrainingMetrics = {};
  const auc = perf?.auc ?? d.trainingResult?.trainingMetrics?.auc;
  if (auc !== undefined) metrics.auc = auc;
  if (perf?.uncertaintyRange) {
    metrics.aucLower = perf.uncertaintyRange.lowerBoundValue;
    metrics.aucUpper = perf.uncertaintyRange.upperBoundValue;
  }
  const asi = v2?.trainingMetricsV2?.ati?.modelPerformance?.asi;
  if (asi !== undefined) metrics.asi = asi;
  const points = metricPoints(
    v2?.trainingMetricsV2?.ofi?.metricDataPoints ??
      v2?.trainingMetricsV2?.tfi?.metricDataPoints ??
      d.trainingResult?.trainingMetrics?.metricDataPoints,
  );
  if (points.length) metrics.points = points;

  const validation = v2?.dataValidationMetrics ?? d.trainingResult?.dataValidationMetrics;
  const message = (m: {
    title?: string | undefined;
    content?: string | undefined;
    type?: string | undefined;
    fieldName?: string | undefined;
  }): DataValidationMessage => ({
    ...(m.title ? { title: capText(m.title, AFD_TEXT_CAPS.message) } : {}),
    ...(m.content ? { content: capText(m.content, AFD_TEXT_CAPS.message) } : {}),
    ...(m.type ? { type: idText(m.type) } : {}),
    ...(m.fieldName ? { fieldName: idText(m.fieldName) } : {}),
  });
  const validationMessages = [
    ...(validation?.fileLevelMessages ?? []),
    ...(validation?.fieldLevelMessages ?? []),
  ]
    .slice(0, MAX_VALIDATION_MESSAGES)
    .map(message);
  const window = d.ingestedEventsDetail?.ingestedEventsTimeWindow;
  return {
    modelId: idText(d.modelId),
    modelType: idText(d.modelType) as ModelType,
    modelVersionNumber: idText(d.modelVersionNumber),
    status: idText(d.status),
    ...(d.arn ? { arn: idText(d.arn) } : {}),
    ...(d.createdTime ? { createdTime: idText(d.createdTime) } : {}),
    ...(d.lastUpdatedTime ? { lastUpdatedTime: idText(d.lastUpdatedTime) } : {}),
    metrics,
    validationMessages,
    ...(d.externalEventsDetail?.dataLocation
      ? { dataLocation: idText(d.externalEventsDetail.dataLocation) }
      : {}),
    ...(window
      ? {
          ingestedStart: window.startTime === undefined ? undefined : idText(window.startTime),
          ingestedEnd: window.endTime === undefined ? undefined : idText(window.endTime),
        }
      : {}),
    ...(d.trainingDataSource ? { trainingDataSource: d.trainingDataSource } : {}),
    ...(d.trainingDataSchema
      ? {
          trainingDataSchema: {
            modelVariables: d.trainingDataSchema.modelVariables ?? [],
            ...(d.trainingDataSchema.labelSchema?.labelMapper
              ? { labelMapper: d.trainingDataSchema.labelSchema.labelMapper }
              : {}),
            ...(d.trainingDataSchema.labelSchema?.unlabeledEventsTreatment
              ? {
                  unlabeledEventsTreatment:
                    d.trainingDataSchema.labelSchema.unlabeledEventsTreatment,
                }
              : {}),
          },
        }
      : {}),
  };
}
