// Models and model versions: creation, training (lazy, clock-driven), retrain
// into minor versions and the training quotas (deploy/undeploy: ops-model-status.ts).

import type {
  CreateModelRequest,
  CreateModelVersionRequest,
  DescribeModelVersionsRequest,
  GetModelsRequest,
  GetModelVersionRequest,
  UpdateModelVersionRequest,
} from '@aws-sdk/client-frauddetector';
import { resourcePath, roleAccountId } from './arn.js';
import { addMs, DEFAULT_TRAINING_MS, type ServiceContext } from './context.js';
import { accessDenied, notFound, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { inListOrder } from './list-order.js';
import {
  compareModelVersions,
  formatModelVersion,
  normaliseModelVersion,
  parseModelVersion,
} from './model-version-number.js';
import { paginate } from './pagination.js';
import type {
  ExternalEventsDetail,
  IngestedEventsDetail,
  MetricsSpec,
  ModelRecord,
  ModelVersionRecord,
  Tag,
  TrainingDataSchema,
  TrainingOutcome,
} from './state.js';
import { setTags } from './tag-store.js';
import { checkTrainingSchema } from './training-schema.js';
import { completeMetrics, syntheticMetrics, trainingResults } from './training-results.js';

export const MAX_MODELS = 50;
export const MAX_VERSIONS_PER_MODEL = 200;
export const MAX_CONCURRENT_TRAININGS = 3;

export const SIMULTANEOUS_TRAINING_MESSAGE =
  'Simultaneous training for the same major version not allowed';

export function findModel(ctx: ServiceContext, modelId: string, modelType: string): ModelRecord {
  const model = ctx.state.models.find((m) => m.modelId === modelId && m.modelType === modelType);
  if (!model) throw notFound(`Model ${modelId} of type ${modelType} does not exist.`);
  return model;
}

export function findModelVersion(
  ctx: ServiceContext,
  modelId: string,
  modelType: string,
  versionNumber: string,
): ModelVersionRecord | undefined {
  const wanted = normaliseModelVersion(versionNumber);
  return ctx.state.modelVersions.find(
    (v) => v.modelId === modelId && v.modelType === modelType && v.modelVersionNumber === wanted,
  );
}

/** The version a request names, or the ResourceNotFoundException AFD answers for it. */
export function requireModelVersion(
  ctx: ServiceContext,
  input: { modelId?: string; modelType?: string; modelVersionNumber?: string },
): ModelVersionRecord {
  const v = findModelVersion(
    ctx,
    input.modelId ?? '',
    input.modelType ?? '',
    input.modelVersionNumber ?? '',
  );
  if (!v) {
    throw notFound(
      `Model version ${input.modelVersionNumber} of model ${input.modelId} (${input.modelType}) does not exist.`,
    );
  }
  return v;
}

function modelVersionArn(
  ctx: ServiceContext,
  v: { modelType: string; modelId: string; modelVersionNumber: string },
) {
  return ctx.arn(resourcePath.modelVersion(v.modelType, v.modelId, v.modelVersionNumber));
}

const modelOutput = (ctx: ServiceContext, m: ModelRecord) => ({
  modelId: m.modelId,
  modelType: m.modelType,
  description: m.description,
  eventTypeName: m.eventTypeName,
  createdTime: m.createdTime,
  lastUpdatedTime: m.lastUpdatedTime,
  arn: ctx.arn(resourcePath.model(m.modelType, m.modelId)),
});

function requireMatchingDetail(
  source: string,
  external: ExternalEventsDetail | undefined,
  ingested: IngestedEventsDetail | undefined,
): void {
  if (source === 'EXTERNAL_EVENTS') {
    if (!external)
      throw validation(
        'externalEventsDetail is required when trainingDataSource is EXTERNAL_EVENTS.',
      );
    if (ingested)
      throw validation(
        'ingestedEventsDetail is not allowed when trainingDataSource is EXTERNAL_EVENTS.',
      );
  } else {
    if (!ingested)
      throw validation(
        'ingestedEventsDetail is required when trainingDataSource is INGESTED_EVENTS.',
      );
    if (external)
      throw validation(
        'externalEventsDetail is not allowed when trainingDataSource is INGESTED_EVENTS.',
      );
  }
}

/**
 * AFD reads the training data through dataAccessRoleArn and refuses a role of
 * another account with AccessDenied (afd-api.md §4.1; the SDK's error docs
 * name "a role that is not in your account"). The caller's account is the one
 * in the emulator's ARNs (a seed's accountId wins over the option).
 */
function requireRoleInAccount(ctx: ServiceContext, external: ExternalEventsDetail | undefined) {
  if (!external) return;
  const account = roleAccountId(external.dataAccessRoleArn);
  if (account !== ctx.state.accountId) {
    throw accessDenied(
      `Amazon Fraud Detector cannot assume role ${external.dataAccessRoleArn}: the role is not in account ${ctx.state.accountId}.`,
    );
  }
}

function requireTrainingCapacity(ctx: ServiceContext, modelId: string, modelType: string): void {
  const training = ctx.state.modelVersions.filter((v) => v.status === 'TRAINING_IN_PROGRESS');
  // AFD allows one training per model; the recorded message speaks of the major
  // version, but it was returned for a second CreateModelVersion (a new major).
  if (training.some((v) => v.modelId === modelId && v.modelType === modelType)) {
    throw validation(SIMULTANEOUS_TRAINING_MESSAGE);
  }
  if (training.length >= MAX_CONCURRENT_TRAININGS) {
    throw validation(
      `You have reached the maximum number of concurrent training jobs (${MAX_CONCURRENT_TRAININGS}) for this account.`,
    );
  }
  const count = ctx.state.modelVersions.filter(
    (v) => v.modelId === modelId && v.modelType === modelType,
  ).length;
  if (count >= MAX_VERSIONS_PER_MODEL) {
    throw validation(
      `You have reached the maximum number of versions (${MAX_VERSIONS_PER_MODEL}) for model ${modelId}.`,
    );
  }
}

/** Starts a training: consumes the model's queued plan and metrics, schedules completion. */
function startTraining(
  ctx: ServiceContext,
  base: Pick<
    ModelVersionRecord,
    'modelId' | 'modelType' | 'modelVersionNumber' | 'trainingDataSource'
  > & {
    trainingDataSchema: TrainingDataSchema;
    externalEventsDetail?: ExternalEventsDetail;
    ingestedEventsDetail?: IngestedEventsDetail;
  },
  tags: Tag[] | undefined,
): ModelVersionRecord {
  const behaviour = (ctx.state.modelBehaviour[base.modelId] ??= {});
  const plan = behaviour.queue?.shift() ?? {};
  let metrics: MetricsSpec | undefined = plan.metrics;
  if (!metrics)
    metrics = Array.isArray(behaviour.metrics) ? behaviour.metrics.shift() : behaviour.metrics;
  const outcome: TrainingOutcome = plan.outcome ?? behaviour.outcome ?? 'success';
  const duration = plan.trainingDurationMs ?? behaviour.trainingDurationMs ?? DEFAULT_TRAINING_MS;
  const now = ctx.nowIso();
  const key = `${base.modelType}/${base.modelId}/${base.modelVersionNumber}`;
  const record: ModelVersionRecord = {
    ...base,
    status: 'TRAINING_IN_PROGRESS',
    createdTime: now,
    lastUpdatedTime: now,
    pending: [
      { at: addMs(now, duration), status: outcome === 'success' ? 'TRAINING_COMPLETE' : 'ERROR' },
    ],
    metrics: completeMetrics(metrics ?? {}, syntheticMetrics(ctx.options.randomSeed, key)),
    ...(outcome === 'success' ? {} : { trainingError: outcome.error }),
  };
  ctx.state.modelVersions.push(record);
  if (tags?.length)
    setTags(
      ctx,
      resourcePath.modelVersion(base.modelType, base.modelId, base.modelVersionNumber),
      tags,
    );
  return record;
}

const trainingOutput = (v: ModelVersionRecord) => ({
  modelId: v.modelId,
  modelType: v.modelType,
  modelVersionNumber: v.modelVersionNumber,
  status: v.status,
});

export const modelHandlers: Record<string, Handler> = {
  GetModels: typed<GetModelsRequest>((ctx, input) => {
    const models = inListOrder(
      ctx,
      ctx.state.models.filter(
        (m) =>
          (input.modelId === undefined || m.modelId === input.modelId) &&
          (input.modelType === undefined || m.modelType === input.modelType),
      ),
      (m) => resourcePath.model(m.modelType, m.modelId),
      (a, b) => a.modelId.localeCompare(b.modelId) || a.modelType.localeCompare(b.modelType),
    );
    if (input.modelId !== undefined && models.length === 0) {
      throw notFound(
        `Model ${input.modelId}${input.modelType ? ` of type ${input.modelType}` : ''} does not exist.`,
      );
    }
    const { page, nextToken } = paginate(
      'GetModels',
      models,
      input.maxResults,
      10,
      input.nextToken,
    );
    return { models: page.map((m) => modelOutput(ctx, m)), nextToken };
  }),

  CreateModel: typed<CreateModelRequest>((ctx, input) => {
    const modelId = input.modelId ?? '';
    const modelType = input.modelType ?? '';
    if (ctx.state.models.some((m) => m.modelId === modelId && m.modelType === modelType)) {
      throw validation(`Model ${modelId} of type ${modelType} already exists.`);
    }
    if (ctx.state.models.length >= MAX_MODELS) {
      throw validation(
        `You have reached the maximum number of models (${MAX_MODELS}) for this account.`,
      );
    }
    const now = ctx.nowIso();
    ctx.state.models.push({
      modelId,
      modelType,
      eventTypeName: input.eventTypeName ?? '',
      ...(input.description !== undefined ? { description: input.description } : {}),
      createdTime: now,
      lastUpdatedTime: now,
    });
    if (input.tags?.length)
      setTags(ctx, resourcePath.model(modelType, modelId), input.tags as Tag[]);
    return {};
  }),

  CreateModelVersion: typed<CreateModelVersionRequest>((ctx, input) => {
    const modelId = input.modelId ?? '';
    const modelType = input.modelType ?? '';
    const model = findModel(ctx, modelId, modelType);
    const source = input.trainingDataSource ?? '';
    const external = input.externalEventsDetail as ExternalEventsDetail | undefined;
    const ingested = input.ingestedEventsDetail as IngestedEventsDetail | undefined;
    requireMatchingDetail(source, external, ingested);
    requireRoleInAccount(ctx, external);
    checkTrainingSchema(ctx, model, input.trainingDataSchema as TrainingDataSchema);
    requireTrainingCapacity(ctx, modelId, modelType);
    const majors = ctx.state.modelVersions
      .filter((v) => v.modelId === modelId && v.modelType === modelType)
      .map((v) => parseModelVersion(v.modelVersionNumber).major);
    const version = formatModelVersion({ major: Math.max(0, ...majors) + 1, minor: 0 });
    const record = startTraining(
      ctx,
      {
        modelId,
        modelType,
        modelVersionNumber: version,
        trainingDataSource: source,
        trainingDataSchema: input.trainingDataSchema as TrainingDataSchema,
        ...(external ? { externalEventsDetail: external } : {}),
        ...(ingested ? { ingestedEventsDetail: ingested } : {}),
      },
      input.tags as Tag[] | undefined,
    );
    return trainingOutput(record);
  }),

  UpdateModelVersion: typed<UpdateModelVersionRequest>((ctx, input) => {
    const modelId = input.modelId ?? '';
    const modelType = input.modelType ?? '';
    findModel(ctx, modelId, modelType);
    const major = Number.parseInt(input.majorVersionNumber ?? '', 10);
    const base = findModelVersion(ctx, modelId, modelType, `${major}.0`);
    if (!base) throw notFound(`Model version ${major}.0 of model ${modelId} does not exist.`);
    const external = input.externalEventsDetail as ExternalEventsDetail | undefined;
    const ingested = input.ingestedEventsDetail as IngestedEventsDetail | undefined;
    requireMatchingDetail(base.trainingDataSource, external, ingested);
    requireRoleInAccount(ctx, external);
    requireTrainingCapacity(ctx, modelId, modelType);
    const minors = ctx.state.modelVersions
      .filter((v) => v.modelId === modelId && v.modelType === modelType)
      .map((v) => parseModelVersion(v.modelVersionNumber))
      .filter((v) => v.major === major)
      .map((v) => v.minor);
    const minor = Math.max(0, ...minors) + 1;
    if (minor > 99)
      throw validation(`Major version ${major} of model ${modelId} has no minor versions left.`);
    const record = startTraining(
      ctx,
      {
        modelId,
        modelType,
        modelVersionNumber: formatModelVersion({ major, minor }),
        trainingDataSource: base.trainingDataSource,
        trainingDataSchema: structuredClone(base.trainingDataSchema),
        ...(external ? { externalEventsDetail: external } : {}),
        ...(ingested ? { ingestedEventsDetail: ingested } : {}),
      },
      input.tags as Tag[] | undefined,
    );
    return trainingOutput(record);
  }),

  GetModelVersion: typed<GetModelVersionRequest>((ctx, input) => {
    const v = requireModelVersion(ctx, input);
    // No timestamps and no metrics here: those only come from DescribeModelVersions.
    return {
      modelId: v.modelId,
      modelType: v.modelType,
      modelVersionNumber: v.modelVersionNumber,
      trainingDataSource: v.trainingDataSource,
      trainingDataSchema: v.trainingDataSchema,
      externalEventsDetail: v.externalEventsDetail,
      ingestedEventsDetail: v.ingestedEventsDetail,
      status: v.status,
      arn: modelVersionArn(ctx, v),
    };
  }),

  DescribeModelVersions: typed<DescribeModelVersionsRequest>((ctx, input) => {
    if (input.modelId !== undefined) {
      const exists = ctx.state.models.some(
        (m) =>
          m.modelId === input.modelId &&
          (input.modelType === undefined || m.modelType === input.modelType),
      );
      if (!exists) throw notFound(`Model ${input.modelId} does not exist.`);
    }
    const wanted =
      input.modelVersionNumber === undefined
        ? undefined
        : normaliseModelVersion(input.modelVersionNumber);
    const versions = inListOrder(
      ctx,
      ctx.state.modelVersions.filter(
        (v) =>
          (input.modelId === undefined || v.modelId === input.modelId) &&
          (input.modelType === undefined || v.modelType === input.modelType) &&
          (wanted === undefined || v.modelVersionNumber === wanted),
      ),
      (v) => resourcePath.modelVersion(v.modelType, v.modelId, v.modelVersionNumber),
      (a, b) =>
        a.modelId.localeCompare(b.modelId) ||
        a.modelType.localeCompare(b.modelType) ||
        compareModelVersions(a.modelVersionNumber, b.modelVersionNumber),
    );
    const { page, nextToken } = paginate(
      'DescribeModelVersions',
      versions,
      input.maxResults,
      10,
      input.nextToken,
    );
    return {
      modelVersionDetails: page.map((v) => ({
        modelId: v.modelId,
        modelType: v.modelType,
        modelVersionNumber: v.modelVersionNumber,
        status: v.status,
        trainingDataSource: v.trainingDataSource,
        trainingDataSchema: v.trainingDataSchema,
        externalEventsDetail: v.externalEventsDetail,
        ingestedEventsDetail: v.ingestedEventsDetail,
        ...trainingResults(v),
        lastUpdatedTime: v.lastUpdatedTime,
        createdTime: v.createdTime,
        arn: modelVersionArn(ctx, v),
      })),
      nextToken,
    };
  }),
};
