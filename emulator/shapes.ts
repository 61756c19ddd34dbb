// Input shapes of the implemented operations, transcribed from botocore's
// frauddetector service-2.json (2019-11-15). validation.ts interprets them.

import type { Shape, StructureShape } from './validation.js';

const str = (min?: number, max?: number, pattern?: string): Shape => ({
  type: 'string',
  min,
  max,
  // Unicode mode only where the model uses \p{..} classes: it rejects the
  // model's other identity escapes such as "\:".
  ...(pattern
    ? { pattern: new RegExp(pattern, pattern.includes('\\p{') ? 'u' : ''), patternText: pattern }
    : {}),
});
const enumOf = (...values: string[]): Shape => ({ type: 'string', enum: values });
const int = (min: number, max: number): Shape => ({ type: 'integer', min, max });
const list = (member: Shape, min?: number, max?: number): Shape => ({
  type: 'list',
  member,
  min,
  max,
});
const struct = (members: Record<string, Shape>, required: string[] = []): StructureShape => ({
  type: 'structure',
  members,
  required,
});

export const MODEL_TYPES = [
  'ONLINE_FRAUD_INSIGHTS',
  'TRANSACTION_FRAUD_INSIGHTS',
  'ACCOUNT_TAKEOVER_INSIGHTS',
] as const;

const identifier = str(1, 64, '^[0-9a-z_-]+$');
const modelIdentifier = str(1, 64, '^[0-9a-z_]+$');
const wholeNumberVersionString = str(1, 5, '^([1-9][0-9]*)$');
const floatVersionString = str(3, 7, '^[1-9][0-9]{0,3}\\.[0-9]{1,2}$');
const description = str(1, 128);
const time = str(11, 30);
const fraudDetectorArn = str(
  1,
  256,
  '^arn\\:aws[a-z-]{0,15}\\:frauddetector\\:[a-z0-9-]{3,20}\\:[0-9]{12}\\:[^\\s]{2,128}$',
);
const iamRoleArn = str(
  1,
  256,
  '^arn\\:aws[a-z-]{0,15}\\:iam\\:\\:[0-9]{12}\\:role\\/[^\\s]{2,64}$',
);
const s3BucketLocation = str(1, 512, '^s3:\\/\\/(.+)$');
const modelType = enumOf(...MODEL_TYPES);
const tagKey = str(1, 128, '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$');
const tag = struct({ key: tagKey, value: str(0, 256) }, ['key', 'value']);
const tagList = list(tag, 0, 200);
const nextToken = str();
const ruleRef = struct(
  { detectorId: identifier, ruleId: identifier, ruleVersion: wholeNumberVersionString },
  ['detectorId', 'ruleId', 'ruleVersion'],
);
const modelVersionRef = struct(
  {
    modelId: modelIdentifier,
    modelType,
    modelVersionNumber: floatVersionString,
    arn: fraudDetectorArn,
  },
  ['modelId', 'modelType', 'modelVersionNumber'],
);
const externalEventsDetail = struct(
  { dataLocation: s3BucketLocation, dataAccessRoleArn: iamRoleArn },
  ['dataLocation', 'dataAccessRoleArn'],
);
const ingestedEventsDetail = struct(
  {
    ingestedEventsTimeWindow: struct({ startTime: time, endTime: time }, ['startTime', 'endTime']),
  },
  ['ingestedEventsTimeWindow'],
);
const ruleExecutionMode = enumOf('ALL_MATCHED', 'FIRST_MATCHED');
const language = enumOf('DETECTORPL');
const ruleExpression = str(1, 4096);
const listName = str(1, 64, '^[0-9a-z_]+$');

const entity = struct({ entityType: str(), entityId: str(1, 256, '^[0-9A-Za-z_.@+-]+$') }, [
  'entityType',
  'entityId',
]);

export const INPUT_SHAPES: Record<string, StructureShape> = {
  GetEventPrediction: struct(
    {
      detectorId: str(),
      detectorVersionId: wholeNumberVersionString,
      // The API model says only "string"; the user guide ("Fraud predictions")
      // requires EVENT_ID to match ^[0-9a-z_-]+$, the identifier pattern AFD
      // stores predictions under (EventPredictionSummary.eventId: 1–64).
      eventId: identifier,
      eventTypeName: str(),
      entities: list(entity),
      eventTimestamp: str(10, 30),
      eventVariables: { type: 'map', key: str(1, 64), value: str(1, 8192), min: 1 },
      externalModelEndpointDataBlobs: {
        type: 'map',
        key: str(1, 63, '^[0-9A-Za-z_-]+$'),
        value: struct({ byteBuffer: str(), contentType: str(1, 1024) }),
      },
    },
    ['detectorId', 'eventId', 'eventTypeName', 'entities', 'eventTimestamp', 'eventVariables'],
  ),
  GetModels: struct({ modelId: modelIdentifier, modelType, nextToken, maxResults: int(1, 10) }),
  CreateModel: struct(
    { modelId: modelIdentifier, modelType, description, eventTypeName: str(), tags: tagList },
    ['modelId', 'modelType', 'eventTypeName'],
  ),
  CreateModelVersion: struct(
    {
      modelId: modelIdentifier,
      modelType,
      trainingDataSource: enumOf('EXTERNAL_EVENTS', 'INGESTED_EVENTS'),
      trainingDataSchema: struct(
        {
          modelVariables: list(str()),
          labelSchema: struct({
            labelMapper: { type: 'map', key: str(), value: list(str()) },
            unlabeledEventsTreatment: enumOf('IGNORE', 'FRAUD', 'LEGIT', 'AUTO'),
          }),
        },
        ['modelVariables'],
      ),
      externalEventsDetail,
      ingestedEventsDetail,
      tags: tagList,
    },
    ['modelId', 'modelType', 'trainingDataSource', 'trainingDataSchema'],
  ),
  UpdateModelVersion: struct(
    {
      modelId: modelIdentifier,
      modelType,
      majorVersionNumber: wholeNumberVersionString,
      externalEventsDetail,
      ingestedEventsDetail,
      tags: tagList,
    },
    ['modelId', 'modelType', 'majorVersionNumber'],
  ),
  GetModelVersion: struct(
    { modelId: modelIdentifier, modelType, modelVersionNumber: floatVersionString },
    ['modelId', 'modelType', 'modelVersionNumber'],
  ),
  DescribeModelVersions: struct({
    modelId: modelIdentifier,
    modelVersionNumber: floatVersionString,
    modelType,
    nextToken,
    maxResults: int(1, 10),
  }),
  UpdateModelVersionStatus: struct(
    {
      modelId: modelIdentifier,
      modelType,
      modelVersionNumber: floatVersionString,
      status: enumOf('ACTIVE', 'INACTIVE', 'TRAINING_CANCELLED'),
    },
    ['modelId', 'modelType', 'modelVersionNumber', 'status'],
  ),
  PutDetector: struct(
    { detectorId: identifier, description, eventTypeName: identifier, tags: tagList },
    ['detectorId', 'eventTypeName'],
  ),
  GetDetectors: struct({ detectorId: identifier, nextToken, maxResults: int(5, 10) }),
  DescribeDetector: struct({ detectorId: identifier, nextToken, maxResults: int(1000, 2500) }, [
    'detectorId',
  ]),
  GetDetectorVersion: struct(
    { detectorId: identifier, detectorVersionId: wholeNumberVersionString },
    ['detectorId', 'detectorVersionId'],
  ),
  CreateDetectorVersion: struct(
    {
      detectorId: identifier,
      description,
      externalModelEndpoints: list(str()),
      rules: list(ruleRef),
      modelVersions: list(modelVersionRef),
      ruleExecutionMode,
      tags: tagList,
    },
    ['detectorId', 'rules'],
  ),
  UpdateDetectorVersion: struct(
    {
      detectorId: identifier,
      detectorVersionId: wholeNumberVersionString,
      externalModelEndpoints: list(str()),
      rules: list(ruleRef),
      description,
      modelVersions: list(modelVersionRef),
      ruleExecutionMode,
    },
    ['detectorId', 'detectorVersionId', 'externalModelEndpoints', 'rules'],
  ),
  UpdateDetectorVersionStatus: struct(
    {
      detectorId: identifier,
      detectorVersionId: wholeNumberVersionString,
      status: enumOf('DRAFT', 'ACTIVE', 'INACTIVE'),
    },
    ['detectorId', 'detectorVersionId', 'status'],
  ),
  UpdateDetectorVersionMetadata: struct(
    { detectorId: identifier, detectorVersionId: wholeNumberVersionString, description },
    ['detectorId', 'detectorVersionId', 'description'],
  ),
  DeleteDetectorVersion: struct(
    { detectorId: identifier, detectorVersionId: wholeNumberVersionString },
    ['detectorId', 'detectorVersionId'],
  ),
  PutOutcome: struct({ name: identifier, description, tags: tagList }, ['name']),
  CreateRule: struct(
    {
      ruleId: identifier,
      detectorId: identifier,
      description,
      expression: ruleExpression,
      language,
      outcomes: list(str(), 1),
      tags: tagList,
    },
    ['ruleId', 'detectorId', 'expression', 'language', 'outcomes'],
  ),
  UpdateRuleVersion: struct(
    {
      rule: ruleRef,
      description,
      expression: ruleExpression,
      language,
      outcomes: list(str(), 1),
      tags: tagList,
    },
    ['rule', 'expression', 'language', 'outcomes'],
  ),
  GetRules: struct(
    {
      ruleId: identifier,
      detectorId: identifier,
      ruleVersion: wholeNumberVersionString,
      nextToken,
      maxResults: int(50, 100),
    },
    ['detectorId'],
  ),
  UpdateRuleMetadata: struct({ rule: ruleRef, description }, ['rule', 'description']),
  GetOutcomes: struct({ name: identifier, nextToken, maxResults: int(50, 100) }),
  GetVariables: struct({ name: str(), nextToken, maxResults: int(50, 100) }),
  CreateVariable: struct(
    {
      name: str(),
      dataType: enumOf('STRING', 'INTEGER', 'FLOAT', 'BOOLEAN', 'DATETIME'),
      dataSource: enumOf('EVENT', 'MODEL_SCORE', 'EXTERNAL_MODEL_SCORE'),
      defaultValue: str(),
      description: str(),
      variableType: str(),
      tags: tagList,
    },
    ['name', 'dataType', 'dataSource', 'defaultValue'],
  ),
  GetEventTypes: struct({ name: identifier, nextToken, maxResults: int(5, 10) }),
  PutEventType: struct(
    {
      name: identifier,
      description,
      eventVariables: list(str(), 1),
      labels: list(str()),
      entityTypes: list(str(), 1),
      eventIngestion: enumOf('ENABLED', 'DISABLED'),
      tags: tagList,
    },
    ['name', 'eventVariables', 'entityTypes'],
  ),
  GetLabels: struct({ name: str(), nextToken, maxResults: int(10, 50) }),
  PutLabel: struct({ name: str(), description, tags: tagList }, ['name']),
  GetEntityTypes: struct({ name: identifier, nextToken, maxResults: int(5, 10) }),
  PutEntityType: struct({ name: identifier, description, tags: tagList }, ['name']),
  GetListsMetadata: struct({ name: listName, nextToken, maxResults: int(5, 50) }),
  GetListElements: struct({ name: listName, nextToken, maxResults: int(500, 5000) }, ['name']),
  CreateList: struct(
    {
      name: listName,
      elements: list(str(1, 320), 0, 100000),
      variableType: str(1, 64, '^[A-Z_]{1,64}$'),
      description,
      tags: tagList,
    },
    ['name'],
  ),
  TagResource: struct({ resourceARN: fraudDetectorArn, tags: tagList }, ['resourceARN', 'tags']),
  UntagResource: struct({ resourceARN: fraudDetectorArn, tagKeys: list(tagKey, 0, 50) }, [
    'resourceARN',
    'tagKeys',
  ]),
  ListTagsForResource: struct(
    { resourceARN: fraudDetectorArn, nextToken, maxResults: int(50, 50) },
    ['resourceARN'],
  ),
};
