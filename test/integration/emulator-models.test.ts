// Models and model versions against the emulator through the real SDK:
// training, retraining, deploy/undeploy state machines, metrics and quotas.

import {
  CreateModelCommand,
  CreateModelVersionCommand,
  DescribeModelVersionsCommand,
  GetModelsCommand,
  GetModelVersionCommand,
  paginateDescribeModelVersions,
  paginateGetModels,
  UpdateModelVersionCommand,
  UpdateModelVersionStatusCommand,
  type FraudDetectorClient,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import {
  accountBasics,
  clientFor,
  expectAfdError,
  exampleSeed,
  MIN,
  start,
  T0,
} from './emulator-helpers.js';
import {
  DEFAULT_ACTIVATION_MS as ACTIVATE,
  DEFAULT_INACTIVATION_MS as INACTIVATE,
  DEFAULT_TRAINING_MS as TRAIN,
} from '../../emulator/context.js';

const TYPE = 'ONLINE_FRAUD_INSIGHTS';
const EXTERNAL = {
  dataLocation: 's3://bucket/training.csv',
  dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDRole',
};
const SCHEMA = {
  modelVariables: ['ip_address', 'email_address'],
  labelSchema: { labelMapper: { FRAUD: ['fraud'], LEGIT: ['legit'] } },
};
const UPDATE_STATUS_MESSAGE =
  "You may only update Model Version status to 'ACTIVE' if the current status is 'TRAINING_COMPLETE', to 'INACTIVE' if it is 'ACTIVE', and to 'TRAINING_CANCELLED' if it is 'TRAINING_IN_PROGRESS'.";

let emu: Emulator;
let client: FraudDetectorClient;

async function createModel(modelId = 'm1', modelType: string = TYPE): Promise<void> {
  await client.send(
    new CreateModelCommand({
      modelId,
      modelType: modelType as typeof TYPE,
      eventTypeName: 'signup',
    }),
  );
}

function train(modelId = 'm1') {
  return client.send(
    new CreateModelVersionCommand({
      modelId,
      modelType: TYPE,
      trainingDataSource: 'EXTERNAL_EVENTS',
      trainingDataSchema: SCHEMA,
      externalEventsDetail: EXTERNAL,
    }),
  );
}

async function status(modelVersionNumber: string, modelId = 'm1'): Promise<string | undefined> {
  const out = await client.send(
    new GetModelVersionCommand({ modelId, modelType: TYPE, modelVersionNumber }),
  );
  return out.status;
}

function setStatus(
  modelVersionNumber: string,
  s: 'ACTIVE' | 'INACTIVE' | 'TRAINING_CANCELLED',
  modelId = 'm1',
) {
  return client.send(
    new UpdateModelVersionStatusCommand({
      modelId,
      modelType: TYPE,
      modelVersionNumber,
      status: s,
    }),
  );
}

beforeEach(async () => {
  emu = await start({ seed: accountBasics() });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

describe('CreateModel / GetModels', () => {
  it('creates a model, returns {} and lists it with an ARN', async () => {
    const out = await client.send(
      new CreateModelCommand({
        modelId: 'm1',
        modelType: TYPE,
        eventTypeName: 'signup',
        description: 'd',
      }),
    );
    expect(Object.keys(out).filter((k) => k !== '$metadata')).toEqual([]);
    expect(emu.calls.at(-1)).toMatchObject({ operation: 'CreateModel', status: 200 });
    const list = await client.send(new GetModelsCommand({}));
    expect(list.models).toEqual([
      {
        modelId: 'm1',
        modelType: TYPE,
        description: 'd',
        eventTypeName: 'signup',
        createdTime: '2026-11-20T00:00:00.000Z',
        lastUpdatedTime: '2026-11-20T00:00:00.000Z',
        arn: `arn:aws:frauddetector:us-east-1:123456789012:model/${TYPE}/m1`,
      },
    ]);
    expect(list.nextToken).toBeUndefined();
  });

  it('rejects duplicates and unknown (id, type) pairs', async () => {
    await createModel();
    await expectAfdError(
      client.send(new CreateModelCommand({ modelId: 'm1', modelType: TYPE, eventTypeName: 'x' })),
      {
        name: 'ValidationException',
        message: /already exists/,
      },
    );
    await expectAfdError(client.send(new GetModelsCommand({ modelId: 'nope', modelType: TYPE })), {
      name: 'ResourceNotFoundException',
    });
  });

  it('validates the model id pattern (no hyphen) with the AWS message format', async () => {
    await expectAfdError(
      client.send(
        new CreateModelCommand({ modelId: 'bad-id', modelType: TYPE, eventTypeName: 'x' }),
      ),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'bad-id' at 'modelId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-z_]+$",
      },
    );
  });

  it('pages GetModels with legal page sizes and rejects 11', async () => {
    for (let i = 0; i < 12; i++) await createModel(`m${String(i).padStart(2, '0')}`);
    const pages: number[] = [];
    for await (const page of paginateGetModels({ client, pageSize: 5 }, {}))
      pages.push(page.models?.length ?? 0);
    expect(pages).toEqual([5, 5, 2]);
    await expectAfdError(client.send(new GetModelsCommand({ maxResults: 11 })), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '11' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 10",
    });
  });
});

describe('training', () => {
  it('trains a major version lazily from the clock, with lastUpdatedTime at completion', async () => {
    await createModel();
    const out = await train();
    expect({ ...out, $metadata: undefined }).toEqual({
      $metadata: undefined,
      modelId: 'm1',
      modelType: TYPE,
      modelVersionNumber: '1.0',
      status: 'TRAINING_IN_PROGRESS',
    });
    emu.clock.advance(TRAIN - 1);
    expect(await status('1.0')).toBe('TRAINING_IN_PROGRESS');
    // No metrics while training.
    const during = await client.send(
      new DescribeModelVersionsCommand({ modelId: 'm1', modelType: TYPE }),
    );
    expect(during.modelVersionDetails?.[0]?.trainingResult).toBeUndefined();

    emu.clock.advance(5 * 60 * MIN); // observe long after completion
    expect(await status('1.0')).toBe('TRAINING_COMPLETE');
    const d = await client.send(
      new DescribeModelVersionsCommand({
        modelId: 'm1',
        modelType: TYPE,
        modelVersionNumber: '1.0',
      }),
    );
    const detail = d.modelVersionDetails?.[0];
    expect(detail?.createdTime).toBe(new Date(T0).toISOString());
    expect(detail?.lastUpdatedTime).toBe(new Date(T0 + TRAIN).toISOString());
    const auc = detail?.trainingResult?.trainingMetrics?.auc ?? 0;
    expect(auc).toBeGreaterThanOrEqual(0.9);
    expect(auc).toBeLessThanOrEqual(0.95);
    expect(detail?.trainingResult?.trainingMetrics?.metricDataPoints).toHaveLength(201);
    expect(
      detail?.trainingResult?.variableImportanceMetrics?.logOddsMetrics?.map((m) => m.variableName),
    ).toEqual(SCHEMA.modelVariables);
    const ofi = detail?.trainingResultV2?.trainingMetricsV2?.ofi;
    expect(ofi?.modelPerformance?.auc).toBe(auc);
    expect(ofi?.modelPerformance?.uncertaintyRange?.lowerBoundValue).toBeLessThan(auc);
    expect(ofi?.modelPerformance?.uncertaintyRange?.upperBoundValue).toBeGreaterThan(auc);
    expect(detail?.trainingResultV2?.trainingMetricsV2?.tfi).toBeUndefined();
    expect(detail?.arn).toBe(
      `arn:aws:frauddetector:us-east-1:123456789012:model-version/${TYPE}/m1/1.0`,
    );
  });

  it('GetModelVersion has no timestamps or metrics', async () => {
    await createModel();
    await train();
    const out = await client.send(
      new GetModelVersionCommand({ modelId: 'm1', modelType: TYPE, modelVersionNumber: '1.00' }),
    );
    const body: Partial<typeof out> = { ...out };
    delete body.$metadata;
    expect(Object.keys(body).sort()).toEqual(
      [
        'arn',
        'externalEventsDetail',
        'modelId',
        'modelType',
        'modelVersionNumber',
        'status',
        'trainingDataSchema',
        'trainingDataSource',
      ].sort(),
    );
    expect(body.modelVersionNumber).toBe('1.0');
    await expectAfdError(
      client.send(
        new GetModelVersionCommand({ modelId: 'm1', modelType: TYPE, modelVersionNumber: '9.0' }),
      ),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('rejects a second training on the same model with the recorded message (create and update)', async () => {
    await createModel();
    await train();
    const recorded = {
      name: 'ValidationException',
      message: 'Simultaneous training for the same major version not allowed',
    };
    await expectAfdError(train(), recorded);
    await expectAfdError(
      client.send(
        new UpdateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          majorVersionNumber: '1',
          externalEventsDetail: EXTERNAL,
        }),
      ),
      recorded,
    );
  });

  it('allows at most 3 concurrent trainings per account', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await createModel(id);
    await train('a');
    await train('b');
    await train('c');
    await expectAfdError(train('d'), {
      name: 'ValidationException',
      message: /concurrent training jobs \(3\)/,
    });
    emu.clock.advance(TRAIN);
    await expect(train('d')).resolves.toMatchObject({ modelVersionNumber: '1.0' });
  });

  it('requires the detail that matches the data source', async () => {
    await createModel();
    await expectAfdError(
      client.send(
        new CreateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          trainingDataSource: 'INGESTED_EVENTS',
          trainingDataSchema: SCHEMA,
          externalEventsDetail: EXTERNAL,
        }),
      ),
      { name: 'ValidationException', message: /ingestedEventsDetail is required/ },
    );
    await expectAfdError(
      client.send(
        new CreateModelVersionCommand({
          modelId: 'ghost',
          modelType: TYPE,
          trainingDataSource: 'EXTERNAL_EVENTS',
          trainingDataSchema: SCHEMA,
          externalEventsDetail: EXTERNAL,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('refuses a dataAccessRoleArn of another account: AccessDeniedException naming the role, 403 with smithy codes', async () => {
    const FOREIGN = 'arn:aws:iam::999999999999:role/AFDRole';
    const foreign = { ...EXTERNAL, dataAccessRoleArn: FOREIGN };
    const createWith = (c: FraudDetectorClient, detail: typeof EXTERNAL) =>
      c.send(
        new CreateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          trainingDataSource: 'EXTERNAL_EVENTS',
          trainingDataSchema: SCHEMA,
          externalEventsDetail: detail,
        }),
      );
    const denied = {
      name: 'AccessDeniedException',
      message: new RegExp(`role ${FOREIGN.replace(/[/:]/g, '\\$&')}.*not in account 123456789012`),
    };

    // Default (apiref) codes: 400, like every client error in the API reference.
    await createModel();
    await expectAfdError(createWith(client, foreign), denied);
    expect(emu.snapshot().modelVersions).toEqual([]);

    const smithy = await start({ statusCodes: 'smithy', seed: accountBasics() });
    const c = clientFor(smithy);
    await c.send(
      new CreateModelCommand({ modelId: 'm1', modelType: TYPE, eventTypeName: 'signup' }),
    );
    await expectAfdError(createWith(c, foreign), { ...denied, status: 403 });
    // Retraining checks the role too.
    await createWith(c, EXTERNAL);
    smithy.clock.advance(TRAIN);
    await expectAfdError(
      c.send(
        new UpdateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          majorVersionNumber: '1',
          externalEventsDetail: foreign,
        }),
      ),
      { ...denied, status: 403 },
    );
    expect(smithy.snapshot().modelVersions.map((v) => v.modelVersionNumber)).toEqual(['1.0']);
    c.destroy();
    await smithy.close();

    // The caller's account is the emulator's (a seed's accountId wins over the default).
    emu.seed({
      ...accountBasics(),
      accountId: '111122223333',
      models: [{ modelId: 'm1', modelType: TYPE, eventTypeName: 'signup' }],
    });
    await expectAfdError(createWith(client, EXTERNAL), {
      name: 'AccessDeniedException',
      message: /role arn:aws:iam::123456789012:role\/AFDRole.*not in account 111122223333/,
    });
    await expect(
      createWith(client, {
        ...EXTERNAL,
        dataAccessRoleArn: 'arn:aws:iam::111122223333:role/AFDRole',
      }),
    ).resolves.toMatchObject({ modelVersionNumber: '1.0' });
  });

  it('reports required members first, with nested paths', async () => {
    await expectAfdError(
      client.send(
        new CreateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          trainingDataSource: 'EXTERNAL_EVENTS',
          trainingDataSchema: SCHEMA,
          externalEventsDetail: {
            dataLocation: 'http://nope',
            dataAccessRoleArn: undefined as unknown as string,
          },
        }),
      ),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value null at 'externalEventsDetail.dataAccessRoleArn' failed to satisfy constraint: Member must not be null",
      },
    );
  });

  it('retrains minor versions 1.01 … 1.10 inheriting source and schema, and validates the major', async () => {
    await createModel();
    await train();
    emu.clock.advance(TRAIN);
    const numbers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const out = await client.send(
        new UpdateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          majorVersionNumber: '1',
          externalEventsDetail: EXTERNAL,
        }),
      );
      numbers.push(out.modelVersionNumber ?? '');
      emu.clock.advance(TRAIN);
    }
    expect(numbers).toEqual([
      '1.01',
      '1.02',
      '1.03',
      '1.04',
      '1.05',
      '1.06',
      '1.07',
      '1.08',
      '1.09',
      '1.10',
    ]);
    const v = await client.send(
      new GetModelVersionCommand({ modelId: 'm1', modelType: TYPE, modelVersionNumber: '1.10' }),
    );
    expect(v.trainingDataSchema).toEqual(SCHEMA);
    expect(v.trainingDataSource).toBe('EXTERNAL_EVENTS');

    await expectAfdError(
      client.send(
        new UpdateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          majorVersionNumber: '2',
          externalEventsDetail: EXTERNAL,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    await expectAfdError(
      client.send(
        new UpdateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          majorVersionNumber: '1',
          ingestedEventsDetail: {
            ingestedEventsTimeWindow: {
              startTime: '2026-01-01T00:00:00Z',
              endTime: '2026-02-01T00:00:00Z',
            },
          },
        }),
      ),
      { name: 'ValidationException', message: /externalEventsDetail is required/ },
    );
    await expectAfdError(
      client.send(
        new UpdateModelVersionCommand({ modelId: 'm1', modelType: TYPE, majorVersionNumber: '01' }),
      ),
      {
        name: 'ValidationException',
        message:
          /at 'majorVersionNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: \^\(\[1-9\]\[0-9\]\*\)\$/,
      },
    );
  });

  it('ends a queued training in ERROR with the configured messages, then succeeds with pinned metrics', async () => {
    await createModel();
    emu.configureModel('m1', {
      trainingDurationMs: 10 * MIN,
      queue: [
        {
          outcome: {
            error: {
              fileLevelMessages: [
                { title: 'Too few fraud labels', content: 'need 400', type: 'ERROR' },
              ],
            },
          },
        },
        { metrics: { auc: 0.777, aucLower: 0.7, aucUpper: 0.8 } },
      ],
    });
    await train();
    emu.clock.advance(10 * MIN);
    expect(await status('1.0')).toBe('ERROR');
    const failed = await client.send(
      new DescribeModelVersionsCommand({
        modelId: 'm1',
        modelType: TYPE,
        modelVersionNumber: '1.0',
      }),
    );
    const d = failed.modelVersionDetails?.[0];
    expect(d?.trainingResult?.dataValidationMetrics?.fileLevelMessages?.[0]?.title).toBe(
      'Too few fraud labels',
    );
    expect(d?.trainingResult?.trainingMetrics).toBeUndefined();

    await train();
    emu.clock.advance(10 * MIN);
    const ok = await client.send(
      new DescribeModelVersionsCommand({
        modelId: 'm1',
        modelType: TYPE,
        modelVersionNumber: '2.0',
      }),
    );
    expect(ok.modelVersionDetails?.[0]?.trainingResult?.trainingMetrics?.auc).toBe(0.777);
    expect(
      ok.modelVersionDetails?.[0]?.trainingResultV2?.trainingMetricsV2?.ofi?.modelPerformance
        ?.uncertaintyRange,
    ).toEqual({
      lowerBoundValue: 0.7,
      upperBoundValue: 0.8,
    });
  });

  it('cancels a training', async () => {
    await createModel();
    await train();
    emu.clock.advance(MIN);
    await setStatus('1.0', 'TRAINING_CANCELLED');
    emu.clock.advance(60 * MIN);
    expect(await status('1.0')).toBe('TRAINING_CANCELLED');
    await expect(train()).resolves.toMatchObject({ modelVersionNumber: '2.0' });
  });

  it('same random seed gives the same synthetic AUC; another seed differs', async () => {
    const aucFor = async (randomSeed: number): Promise<number | undefined> => {
      const e = await start({ randomSeed, seed: accountBasics() });
      const c = clientFor(e);
      await c.send(
        new CreateModelCommand({ modelId: 'm1', modelType: TYPE, eventTypeName: 'signup' }),
      );
      await c.send(
        new CreateModelVersionCommand({
          modelId: 'm1',
          modelType: TYPE,
          trainingDataSource: 'EXTERNAL_EVENTS',
          trainingDataSchema: SCHEMA,
          externalEventsDetail: EXTERNAL,
        }),
      );
      e.clock.advance(TRAIN);
      const out = await c.send(new DescribeModelVersionsCommand({ modelId: 'm1' }));
      c.destroy();
      await e.close();
      return out.modelVersionDetails?.[0]?.trainingResult?.trainingMetrics?.auc;
    };
    const a = await aucFor(7);
    expect(await aucFor(7)).toBe(a);
    expect(await aucFor(8)).not.toBe(a);
  });
});

describe('deploy / undeploy', () => {
  it('walks ACTIVE → INACTIVATE_* → TRAINING_COMPLETE via the clock and rejects illegal moves with the recorded message', async () => {
    await createModel();
    await train();
    await expectAfdError(setStatus('1.0', 'ACTIVE'), {
      name: 'ValidationException',
      message: UPDATE_STATUS_MESSAGE,
    });
    emu.clock.advance(TRAIN);
    const out = await setStatus('1.0', 'ACTIVE');
    expect(Object.keys(out).filter((k) => k !== '$metadata')).toEqual([]);
    expect(await status('1.0')).toBe('ACTIVATE_REQUESTED');
    emu.clock.advance(ACTIVATE / 2);
    expect(await status('1.0')).toBe('ACTIVATE_IN_PROGRESS');
    emu.clock.advance(ACTIVATE / 2);
    expect(await status('1.0')).toBe('ACTIVE');
    await expectAfdError(setStatus('1.0', 'ACTIVE'), {
      name: 'ValidationException',
      message: UPDATE_STATUS_MESSAGE,
    });
    await expectAfdError(setStatus('1.0', 'TRAINING_CANCELLED'), {
      name: 'ValidationException',
      message: UPDATE_STATUS_MESSAGE,
    });

    await setStatus('1.0', 'INACTIVE');
    expect(await status('1.0')).toBe('INACTIVATE_REQUESTED');
    emu.clock.advance(INACTIVATE / 2);
    expect(await status('1.0')).toBe('INACTIVATE_IN_PROGRESS');
    emu.clock.advance(INACTIVATE / 2);
    expect(await status('1.0')).toBe('TRAINING_COMPLETE');
    const d = await client.send(
      new DescribeModelVersionsCommand({ modelId: 'm1', modelType: TYPE }),
    );
    expect(d.modelVersionDetails?.[0]?.lastUpdatedTime).toBe(
      new Date(T0 + TRAIN + ACTIVATE + INACTIVATE).toISOString(),
    );
  });

  it('rejects an unknown status value and unknown versions', async () => {
    await expectAfdError(
      client.send(
        new UpdateModelVersionStatusCommand({
          modelId: 'm1',
          modelType: TYPE,
          modelVersionNumber: '1.0',
          status: 'TRAINING_COMPLETE' as 'ACTIVE',
        }),
      ),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'TRAINING_COMPLETE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE, TRAINING_CANCELLED]",
      },
    );
    await expectAfdError(setStatus('1.0', 'ACTIVE', 'ghost'), {
      name: 'ResourceNotFoundException',
    });
  });

  it('counts ACTIVE and activating versions against the quota of 5 deployed versions', async () => {
    emu.seed({
      models: ['a', 'b', 'c', 'd', 'e', 'f'].map((modelId) => ({
        modelId,
        modelType: TYPE,
        eventTypeName: 'signup',
      })),
      modelVersions: ['a', 'b', 'c', 'd', 'e', 'f'].map((modelId) => ({
        modelId,
        modelType: TYPE,
        modelVersionNumber: '1.0',
        status: 'TRAINING_COMPLETE',
      })),
    });
    for (const id of ['a', 'b', 'c']) {
      await setStatus('1.0', 'ACTIVE', id);
      emu.clock.advance(ACTIVATE);
    }
    await setStatus('1.0', 'ACTIVE', 'd');
    await setStatus('1.0', 'ACTIVE', 'e'); // still activating: counts too
    await expectAfdError(setStatus('1.0', 'ACTIVE', 'f'), {
      name: 'ValidationException',
      message: /maximum number of deployed model versions \(5\)/,
    });
  });
});

describe('DescribeModelVersions', () => {
  it('filters and pages the seeded account, with per-type training results', async () => {
    emu.seed(exampleSeed());
    const all: string[] = [];
    for await (const page of paginateDescribeModelVersions({ client, pageSize: 2 }, {})) {
      expect(page.modelVersionDetails!.length).toBeLessThanOrEqual(2);
      all.push(
        ...(page.modelVersionDetails ?? []).map((d) => `${d.modelId}/${d.modelVersionNumber}`),
      );
    }
    expect(all.sort()).toEqual(
      [
        'login_model/1.0',
        'payments_model/1.0',
        'payments_model/1.01',
        'payments_model/1.02',
        'signup_model/1.0',
      ].sort(),
    );
    const tfi = await client.send(
      new DescribeModelVersionsCommand({
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        modelVersionNumber: '1.02',
      }),
    );
    const d = tfi.modelVersionDetails?.[0];
    expect(d?.status).toBe('ACTIVE');
    expect(d?.trainingResult?.trainingMetrics?.auc).toBe(0.931);
    expect(d?.trainingResultV2?.trainingMetricsV2?.tfi?.modelPerformance?.auc).toBe(0.931);
    const ati = await client.send(
      new DescribeModelVersionsCommand({ modelType: 'ACCOUNT_TAKEOVER_INSIGHTS' }),
    );
    const a = ati.modelVersionDetails?.[0];
    expect(a?.trainingResultV2?.trainingMetricsV2?.ati?.modelPerformance?.asi).toBe(0.874);
    const first = a?.trainingResultV2?.trainingMetricsV2?.ati?.metricDataPoints?.[0];
    expect(first?.threshold).toBe(0);
    expect(typeof first?.cr).toBe('number');
    expect(typeof first?.adr).toBe('number');
    expect(a?.trainingResultV2?.trainingMetricsV2?.ati?.metricDataPoints).toHaveLength(201);
    expect(a?.trainingResult?.trainingMetrics).toBeUndefined();
    await expectAfdError(client.send(new DescribeModelVersionsCommand({ modelId: 'ghost' })), {
      name: 'ResourceNotFoundException',
    });
  });
});
