// Model calls: retrain (UpdateModelVersion), new major versions
// (CreateModelVersion), reads of versions and the account's deployed ones,
// and status changes.
import {
  CreateModelVersionCommand,
  DescribeModelVersionsCommand,
  GetModelVersionCommand,
  GetModelsCommand,
  UpdateModelVersionCommand,
  UpdateModelVersionStatusCommand,
} from '@aws-sdk/client-frauddetector';
import type { ModelSummary, ModelVersionDetail, ModelVersionState } from '../../domain/afd.js';
import { MODEL_TYPES, type ModelType, type ModelVersionRef } from '../../domain/request.js';
import type { NewMajorInput, RetrainInput } from '../port.js';
import {
  idText,
  required,
  sdkTraining,
  toModelVersionDetail,
  trainingStarted,
} from '../sdk-mapping.js';
import type { AfdTransport } from '../transport.js';

const DESCRIBE_MODEL_VERSIONS_PAGE = 10;
/** What counts against AFD's 5 deployed model versions per account. */
const DEPLOYED_STATUSES = new Set(['ACTIVE', 'ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);

/** How messages name a model version: "model m (TYPE) version 1.02". */
export function describeModelVersionRef(ref: ModelVersionRef): string {
  return `model ${ref.modelId} (${ref.modelType}) version ${ref.modelVersionNumber}`;
}

export async function retrainModelVersion(
  t: AfdTransport,
  input: RetrainInput,
): Promise<ModelVersionState> {
  const training = sdkTraining(input.training);
  const out = await t.call(
    {
      operation: 'UpdateModelVersion',
      resource: `model ${input.modelId} (${input.modelType}) major version ${input.majorVersionNumber}`,
      target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
    },
    () =>
      t.writeOnceClient.send(
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

export async function createModelVersion(
  t: AfdTransport,
  input: NewMajorInput,
): Promise<ModelVersionState> {
  const schema = input.trainingDataSchema;
  const out = await t.call(
    {
      operation: 'CreateModelVersion',
      resource: `model ${input.modelId} (${input.modelType})`,
      target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
    },
    () =>
      t.writeOnceClient.send(
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

export async function getModelEventType(
  t: AfdTransport,
  modelId: string,
  modelType: ModelType,
): Promise<string | undefined> {
  const out = await t.call(
    {
      operation: 'GetModels',
      resource: `model ${modelId} (${modelType})`,
      target: { kind: 'model', modelId, modelType },
    },
    () => t.client.send(new GetModelsCommand({ modelId, modelType, maxResults: 10 })),
  );
  return out.models?.find((m) => m.modelId === modelId && m.modelType === modelType)?.eventTypeName;
}

const GET_MODELS_PAGE = 10;

/** GetModels, all pages: every model of the account with the event type it learns from. */
export async function listModels(t: AfdTransport): Promise<ModelSummary[]> {
  const found = await t.allPages(
    { operation: 'GetModels', resource: 'models' },
    (nextToken) => t.client.send(new GetModelsCommand({ maxResults: GET_MODELS_PAGE, nextToken })),
    (out) => out.models,
  );
  return found.flatMap((m) =>
    m.modelId && m.modelType && m.eventTypeName
      ? [
          {
            modelId: idText(m.modelId),
            modelType: idText(m.modelType) as ModelType,
            eventTypeName: idText(m.eventTypeName),
          },
        ]
      : [],
  );
}

export async function getModelVersion(
  t: AfdTransport,
  ref: ModelVersionRef,
): Promise<ModelVersionState> {
  const out = await t.call(
    {
      operation: 'GetModelVersion',
      resource: describeModelVersionRef(ref),
      target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
    },
    () => t.client.send(new GetModelVersionCommand({ ...ref })),
  );
  return {
    modelId: idText(out.modelId ?? ref.modelId),
    modelType: idText(out.modelType ?? ref.modelType) as ModelType,
    modelVersionNumber: idText(out.modelVersionNumber ?? ref.modelVersionNumber),
    status: idText(required(out.status, 'GetModelVersion', 'status')),
    ...(out.arn ? { arn: idText(out.arn) } : {}),
  };
}

export async function describeModelVersions(
  t: AfdTransport,
  query: {
    modelId: string;
    modelType: ModelType;
    modelVersionNumber?: string;
  },
): Promise<ModelVersionDetail[]> {
  const details = await t.allPages(
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
      t.client.send(
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

export async function updateModelVersionStatus(
  t: AfdTransport,
  ref: ModelVersionRef,
  status: 'ACTIVE' | 'INACTIVE',
): Promise<void> {
  await t.call(
    {
      operation: 'UpdateModelVersionStatus',
      resource: describeModelVersionRef(ref),
      target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
    },
    () => t.writeOnceClient.send(new UpdateModelVersionStatusCommand({ ...ref, status })),
  );
}

export async function listDeployedModelVersions(t: AfdTransport): Promise<ModelVersionDetail[]> {
  const deployed: ModelVersionDetail[] = [];
  for (const modelType of MODEL_TYPES) {
    const details = await t.allPages(
      { operation: 'DescribeModelVersions', resource: `${modelType} models` },
      (nextToken) =>
        t.client.send(
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
