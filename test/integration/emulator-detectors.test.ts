// Detectors, detector versions, rules, outcomes and tags against the emulator
// (seeded with the example account) through the real SDK.

import {
  CreateDetectorVersionCommand,
  CreateRuleCommand,
  DeleteDetectorVersionCommand,
  DescribeDetectorCommand,
  GetDetectorsCommand,
  GetDetectorVersionCommand,
  GetRulesCommand,
  ListTagsForResourceCommand,
  paginateGetDetectors,
  paginateGetRules,
  paginateListTagsForResource,
  PutDetectorCommand,
  PutOutcomeCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDetectorVersionCommand,
  UpdateDetectorVersionMetadataCommand,
  UpdateDetectorVersionStatusCommand,
  UpdateModelVersionStatusCommand,
  UpdateRuleVersionCommand,
  type FraudDetectorClient,
  type ModelVersion,
  type Rule,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { clientFor, expectAfdError, exampleSeed, MIN, start, T0 } from './emulator-helpers.js';

const DET = 'payments_detector';
const ARN = 'arn:aws:frauddetector:us-east-1:123456789012';
const rule = (ruleId: string, ruleVersion: string): Rule => ({
  detectorId: DET,
  ruleId,
  ruleVersion,
});
const PAYMENTS_102: ModelVersion = {
  modelId: 'payments_model',
  modelType: 'TRANSACTION_FRAUD_INSIGHTS',
  modelVersionNumber: '1.02',
};
const RULES = [
  rule('block_known_bad_ip', '2'),
  rule('high_model_score', '5'),
  rule('approve_default', '1'),
];

let emu: Emulator;
let client: FraudDetectorClient;

async function dvStatus(detectorVersionId: string): Promise<string | undefined> {
  return (await client.send(new GetDetectorVersionCommand({ detectorId: DET, detectorVersionId })))
    .status;
}

beforeEach(async () => {
  emu = await start({ seed: exampleSeed() });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

describe('detectors', () => {
  it('PutDetector creates and updates; GetDetectors lists, filters and pages', async () => {
    await client.send(
      new PutDetectorCommand({
        detectorId: 'signup_detector',
        eventTypeName: 'signup',
        description: 'v1',
      }),
    );
    emu.clock.advance(MIN);
    await client.send(
      new PutDetectorCommand({
        detectorId: 'signup_detector',
        eventTypeName: 'signup',
        description: 'v2',
      }),
    );
    const one = await client.send(new GetDetectorsCommand({ detectorId: 'signup_detector' }));
    expect(one.detectors).toEqual([
      {
        detectorId: 'signup_detector',
        description: 'v2',
        eventTypeName: 'signup',
        createdTime: new Date(T0).toISOString(),
        lastUpdatedTime: new Date(T0 + MIN).toISOString(),
        arn: `${ARN}:detector/signup_detector`,
      },
    ]);
    await expectAfdError(
      client.send(
        new PutDetectorCommand({ detectorId: 'signup_detector', eventTypeName: 'login' }),
      ),
      {
        name: 'ValidationException',
      },
    );
    for (let i = 0; i < 10; i++)
      await client.send(new PutDetectorCommand({ detectorId: `d${i}`, eventTypeName: 'e' }));
    const sizes: number[] = [];
    for await (const page of paginateGetDetectors({ client, pageSize: 5 }, {}))
      sizes.push(page.detectors?.length ?? 0);
    expect(sizes).toEqual([5, 5, 2]);
    await expectAfdError(client.send(new GetDetectorsCommand({ maxResults: 4 })), {
      name: 'ValidationException',
      message:
        /Value '4' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 5/,
    });
    await expectAfdError(client.send(new GetDetectorsCommand({ detectorId: 'ghost' })), {
      name: 'ResourceNotFoundException',
    });
  });

  it('DescribeDetector summarises versions and validates its 1000–2500 page size', async () => {
    const out = await client.send(new DescribeDetectorCommand({ detectorId: DET }));
    expect(out.arn).toBe(`${ARN}:detector/${DET}`);
    // AFD documents no summary order (the emulator scrambles it): sort here.
    expect(
      out.detectorVersionSummaries
        ?.map((s) => [s.detectorVersionId, s.status])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      ['1', 'INACTIVE'],
      ['2', 'ACTIVE'],
      ['3', 'DRAFT'],
    ]);
    expect(out.nextToken).toBeUndefined();
    await expectAfdError(
      client.send(new DescribeDetectorCommand({ detectorId: DET, maxResults: 100 })),
      {
        name: 'ValidationException',
        message: /greater than or equal to 1000/,
      },
    );
    await expectAfdError(client.send(new DescribeDetectorCommand({ detectorId: 'BAD ID!' })), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'BAD ID!' at 'detectorId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-z_-]+$",
    });
  });

  it('DescribeDetector pages 2600 seeded versions at 1000 per page', async () => {
    const seed = exampleSeed();
    seed.detectorVersions = Array.from({ length: 2600 }, (_, i) => ({
      detectorId: DET,
      detectorVersionId: String(i + 1),
      status: 'INACTIVE',
    }));
    emu.seed(seed);
    const ids: string[] = [];
    let nextToken: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await client.send(
        new DescribeDetectorCommand({ detectorId: DET, maxResults: 1000, nextToken }),
      );
      sizes.push(page.detectorVersionSummaries?.length ?? 0);
      ids.push(...(page.detectorVersionSummaries ?? []).map((s) => s.detectorVersionId ?? ''));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(sizes).toEqual([1000, 1000, 600]);
    // Every version exactly once across the pages, whatever the order.
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 2600 }, (_, i) => i + 1),
    );
  });
});

describe('detector versions', () => {
  it('creates DRAFT with max+1, never reusing ids, defaulting to FIRST_MATCHED', async () => {
    const out = await client.send(
      new CreateDetectorVersionCommand({
        detectorId: DET,
        rules: RULES,
        modelVersions: [PAYMENTS_102],
        tags: [{ key: 'k', value: 'v' }],
      }),
    );
    expect({ ...out, $metadata: undefined }).toEqual({
      $metadata: undefined,
      detectorId: DET,
      detectorVersionId: '4',
      status: 'DRAFT',
    });
    await client.send(
      new DeleteDetectorVersionCommand({ detectorId: DET, detectorVersionId: '4' }),
    );
    const again = await client.send(
      new CreateDetectorVersionCommand({ detectorId: DET, rules: RULES }),
    );
    expect(again.detectorVersionId).toBe('5');
    const v = await client.send(
      new GetDetectorVersionCommand({ detectorId: DET, detectorVersionId: '5' }),
    );
    expect(v.ruleExecutionMode).toBe('FIRST_MATCHED');
    expect(v.rules).toEqual(RULES);
    expect(v.modelVersions).toEqual([]);
    expect(v.arn).toBe(`${ARN}:detector-version/${DET}/5`);
  });

  it('rejects non-ACTIVE, foreign and >10 models as ValidationException, missing ones as ResourceNotFoundException', async () => {
    await expectAfdError(
      client.send(
        new CreateDetectorVersionCommand({
          detectorId: DET,
          rules: RULES,
          modelVersions: [{ ...PAYMENTS_102, modelVersionNumber: '1.01' }],
        }),
      ),
      { name: 'ValidationException', message: /must be in status ACTIVE; it is TRAINING_COMPLETE/ },
    );
    await expectAfdError(
      client.send(
        new CreateDetectorVersionCommand({
          detectorId: DET,
          rules: RULES,
          modelVersions: [{ ...PAYMENTS_102, modelVersionNumber: '7.0' }],
        }),
      ),
      {
        name: 'ResourceNotFoundException',
        message: /payments_model .* version 7\.0 does not exist/,
      },
    );
    await expectAfdError(
      client.send(
        new CreateDetectorVersionCommand({
          detectorId: DET,
          rules: [rule('high_model_score', '9')],
        }),
      ),
      { name: 'ResourceNotFoundException', message: /high_model_score version 9 does not exist/ },
    );
    await expectAfdError(
      client.send(
        new CreateDetectorVersionCommand({
          detectorId: DET,
          rules: [{ ...rule('x', '1'), detectorId: 'other' }],
        }),
      ),
      { name: 'ValidationException', message: /belongs to detector other/ },
    );
    await expectAfdError(
      client.send(
        new CreateDetectorVersionCommand({
          detectorId: DET,
          rules: RULES,
          externalModelEndpoints: Array.from({ length: 10 }, (_, i) => `endpoint-${i}`),
          modelVersions: [PAYMENTS_102],
        }),
      ),
      { name: 'ValidationException', message: /at most 10 models/ },
    );
    await expectAfdError(
      client.send(new CreateDetectorVersionCommand({ detectorId: 'ghost', rules: [] })),
      {
        name: 'ResourceNotFoundException',
      },
    );
  });

  it('enforces the 100 DRAFT versions quota', async () => {
    for (let i = 0; i < 99; i++)
      await client.send(new CreateDetectorVersionCommand({ detectorId: DET, rules: RULES }));
    await expectAfdError(
      client.send(new CreateDetectorVersionCommand({ detectorId: DET, rules: RULES })),
      {
        name: 'ValidationException',
        message: /maximum number of draft versions \(100\)/,
      },
    );
  });

  it('UpdateDetectorVersion edits DRAFTs wholesale, requires rules and externalModelEndpoints, and conflicts otherwise', async () => {
    await client.send(
      new UpdateDetectorVersionCommand({
        detectorId: DET,
        detectorVersionId: '3',
        rules: [rule('approve_default', '1')],
        externalModelEndpoints: [],
        ruleExecutionMode: 'ALL_MATCHED',
      }),
    );
    const v = await client.send(
      new GetDetectorVersionCommand({ detectorId: DET, detectorVersionId: '3' }),
    );
    expect(v.rules).toEqual([rule('approve_default', '1')]);
    expect(v.modelVersions).toEqual([]);
    expect(v.ruleExecutionMode).toBe('ALL_MATCHED');
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionCommand({
          detectorId: DET,
          detectorVersionId: '3',
          rules: [],
        } as never),
      ),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value null at 'externalModelEndpoints' failed to satisfy constraint: Member must not be null",
      },
    );
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionCommand({
          detectorId: DET,
          detectorVersionId: '2',
          rules: RULES,
          externalModelEndpoints: [],
        }),
      ),
      { name: 'ConflictException', message: /only DRAFT versions can be updated/ },
    );
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionCommand({
          detectorId: DET,
          detectorVersionId: '99',
          rules: RULES,
          externalModelEndpoints: [],
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('UpdateDetectorVersion without ruleExecutionMode or description resets them to FIRST_MATCHED and none', async () => {
    const { detectorVersionId } = await client.send(
      new CreateDetectorVersionCommand({
        detectorId: DET,
        rules: RULES,
        description: 'canary',
        ruleExecutionMode: 'ALL_MATCHED',
      }),
    );
    const id = detectorVersionId ?? '';
    const get = () =>
      client.send(new GetDetectorVersionCommand({ detectorId: DET, detectorVersionId: id }));
    // The update is the whole new content: nothing is carried over from the old one.
    await client.send(
      new UpdateDetectorVersionCommand({
        detectorId: DET,
        detectorVersionId: id,
        rules: RULES,
        externalModelEndpoints: [],
      }),
    );
    const v = await get();
    expect(v.ruleExecutionMode).toBe('FIRST_MATCHED');
    expect(v.description).toBeUndefined();
    const summaries = (await client.send(new DescribeDetectorCommand({ detectorId: DET })))
      .detectorVersionSummaries;
    expect(summaries?.find((x) => x.detectorVersionId === id)).not.toHaveProperty('description');
    // Values that are sent are still taken.
    await client.send(
      new UpdateDetectorVersionCommand({
        detectorId: DET,
        detectorVersionId: id,
        rules: RULES,
        externalModelEndpoints: [],
        description: 'second',
        ruleExecutionMode: 'ALL_MATCHED',
      }),
    );
    expect(await get()).toMatchObject({ ruleExecutionMode: 'ALL_MATCHED', description: 'second' });
  });

  it('UpdateDetectorVersion naming a missing rule or model version is ResourceNotFoundException (404 with smithy codes)', async () => {
    const smithy = await start({ seed: exampleSeed(), statusCodes: 'smithy' });
    const c = clientFor(smithy);
    const update = (content: { rules: Rule[]; modelVersions?: ModelVersion[] }) =>
      c.send(
        new UpdateDetectorVersionCommand({
          detectorId: DET,
          detectorVersionId: '3',
          externalModelEndpoints: [],
          ...content,
        }),
      );
    await expectAfdError(update({ rules: [rule('approve_default', '7')] }), {
      name: 'ResourceNotFoundException',
      status: 404,
      message: `Rule approve_default version 7 does not exist in detector ${DET}.`,
    });
    await expectAfdError(
      update({ rules: RULES, modelVersions: [{ ...PAYMENTS_102, modelVersionNumber: '1.09' }] }),
      {
        name: 'ResourceNotFoundException',
        status: 404,
        message: /payments_model \(TRANSACTION_FRAUD_INSIGHTS\) version 1\.09 does not exist/,
      },
    );
    await expectAfdError(
      c.send(
        new CreateDetectorVersionCommand({ detectorId: DET, rules: [rule('no_such_rule', '1')] }),
      ),
      { name: 'ResourceNotFoundException', status: 404 },
    );
    // Nothing was written by the refused calls.
    expect(smithy.snapshot().detectorVersions.map((v) => v.detectorVersionId)).toEqual([
      '1',
      '2',
      '3',
    ]);
    c.destroy();
    await smithy.close();
  });

  it('activating a DRAFT demotes the ACTIVE version; illegal moves are rejected', async () => {
    await client.send(
      new UpdateDetectorVersionStatusCommand({
        detectorId: DET,
        detectorVersionId: '3',
        status: 'ACTIVE',
      }),
    );
    expect(await dvStatus('3')).toBe('ACTIVE');
    expect(await dvStatus('2')).toBe('INACTIVE');
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionStatusCommand({
          detectorId: DET,
          detectorVersionId: '3',
          status: 'DRAFT',
        }),
      ),
      { name: 'ValidationException' },
    );
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionStatusCommand({
          detectorId: DET,
          detectorVersionId: '3',
          status: 'ACTIVE',
        }),
      ),
      { name: 'ValidationException' },
    );
    await client.send(
      new UpdateDetectorVersionStatusCommand({
        detectorId: DET,
        detectorVersionId: '3',
        status: 'INACTIVE',
      }),
    );
    // Rollback: INACTIVE → ACTIVE is allowed.
    await client.send(
      new UpdateDetectorVersionStatusCommand({
        detectorId: DET,
        detectorVersionId: '2',
        status: 'ACTIVE',
      }),
    );
    expect(await dvStatus('2')).toBe('ACTIVE');
    // Version 1 uses payments_model 1.01, which is not deployed any more.
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionStatusCommand({
          detectorId: DET,
          detectorVersionId: '1',
          status: 'ACTIVE',
        }),
      ),
      { name: 'ValidationException', message: /must be in status ACTIVE/ },
    );
  });

  it('with demoteOnActivate=false a second activation is a ConflictException (smithy status 409)', async () => {
    const strict = await start({
      seed: exampleSeed(),
      demoteOnActivate: false,
      statusCodes: 'smithy',
    });
    const c = clientFor(strict);
    await expectAfdError(
      c.send(
        new UpdateDetectorVersionStatusCommand({
          detectorId: DET,
          detectorVersionId: '3',
          status: 'ACTIVE',
        }),
      ),
      { name: 'ConflictException', status: 409 },
    );
    c.destroy();
    await strict.close();
  });

  it('metadata updates work in any status; ACTIVE versions cannot be deleted', async () => {
    await client.send(
      new UpdateDetectorVersionMetadataCommand({
        detectorId: DET,
        detectorVersionId: '2',
        description: 'prod',
      }),
    );
    const summaries = (await client.send(new DescribeDetectorCommand({ detectorId: DET })))
      .detectorVersionSummaries;
    expect(summaries?.find((s) => s.detectorVersionId === '2')?.description).toBe('prod');
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionMetadataCommand({
          detectorId: DET,
          detectorVersionId: '2',
          description: '',
        }),
      ),
      {
        name: 'ValidationException',
        message:
          /at 'description' failed to satisfy constraint: Member must have length greater than or equal to 1/,
      },
    );
    await expectAfdError(
      client.send(
        new UpdateDetectorVersionMetadataCommand({
          detectorId: DET,
          detectorVersionId: '42',
          description: 'x',
        }),
      ),
      { name: 'ValidationException', message: /does not exist/ },
    );
    await expectAfdError(
      client.send(new DeleteDetectorVersionCommand({ detectorId: DET, detectorVersionId: '2' })),
      {
        name: 'ConflictException',
      },
    );
    await client.send(
      new DeleteDetectorVersionCommand({ detectorId: DET, detectorVersionId: '1' }),
    );
    await expectAfdError(
      client.send(new GetDetectorVersionCommand({ detectorId: DET, detectorVersionId: '1' })),
      {
        name: 'ResourceNotFoundException',
      },
    );
  });

  it('refuses to undeploy a model version that any detector version uses, ACTIVE, INACTIVE or DRAFT', async () => {
    // AFD's user guide ("Delete a model or model version"): in use by any
    // detector version means it cannot be undeployed. The seed's 1.02 is in
    // version 2 (ACTIVE) and version 3 (DRAFT).
    const undeploy = () =>
      client.send(
        new UpdateModelVersionStatusCommand({
          ...PAYMENTS_102,
          modelType: 'TRANSACTION_FRAUD_INSIGHTS',
          status: 'INACTIVE',
        }),
      );
    await expectAfdError(undeploy(), {
      name: 'ConflictException',
      message:
        'Model version 1.02 is used by detector versions payments_detector:2, payments_detector:3. Remove it from those detector versions (or delete them) before undeploying it.',
    });
    await client.send(
      new UpdateDetectorVersionStatusCommand({
        detectorId: DET,
        detectorVersionId: '2',
        status: 'INACTIVE',
      }),
    );
    // An INACTIVE user holds it as firmly as an ACTIVE one.
    await expectAfdError(undeploy(), {
      name: 'ConflictException',
      message: /payments_detector:2, payments_detector:3\./,
    });
    await client.send(
      new DeleteDetectorVersionCommand({ detectorId: DET, detectorVersionId: '3' }),
    );
    await expectAfdError(undeploy(), {
      name: 'ConflictException',
      message: /used by detector versions payments_detector:2\./,
    });
    await client.send(
      new DeleteDetectorVersionCommand({ detectorId: DET, detectorVersionId: '2' }),
    );
    await expect(undeploy()).resolves.toBeDefined();
    emu.clock.advance(4 * MIN);
    expect(emu.snapshot().modelVersions.find((v) => v.modelVersionNumber === '1.02')?.status).toBe(
      'TRAINING_COMPLETE',
    );
  });
});

describe('rules and outcomes', () => {
  it('CreateRule validates detector, duplicates and outcomes as ValidationException', async () => {
    const base = {
      detectorId: DET,
      expression: '$amount > 1',
      language: 'DETECTORPL' as const,
      outcomes: ['block'],
    };
    const out = await client.send(new CreateRuleCommand({ ...base, ruleId: 'new_rule' }));
    expect(out.rule).toEqual({ detectorId: DET, ruleId: 'new_rule', ruleVersion: '1' });
    await expectAfdError(client.send(new CreateRuleCommand({ ...base, ruleId: 'new_rule' })), {
      name: 'ValidationException',
      message: /already exists/,
    });
    await expectAfdError(
      client.send(new CreateRuleCommand({ ...base, ruleId: 'r2', detectorId: 'ghost' })),
      {
        name: 'ValidationException',
        message: /Detector ghost does not exist/,
      },
    );
    await expectAfdError(
      client.send(new CreateRuleCommand({ ...base, ruleId: 'r3', outcomes: ['nope'] })),
      {
        name: 'ValidationException',
        message: /Outcomes \[nope\] do not exist/,
      },
    );
    await client.send(new PutOutcomeCommand({ name: 'nope', description: 'now it exists' }));
    await expect(
      client.send(new CreateRuleCommand({ ...base, ruleId: 'r3', outcomes: ['nope'] })),
    ).resolves.toBeDefined();
    await expectAfdError(
      client.send(new CreateRuleCommand({ ...base, ruleId: 'r4', outcomes: [] })),
      {
        name: 'ValidationException',
        message:
          /at 'outcomes' failed to satisfy constraint: Member must have length greater than or equal to 1/,
      },
    );
  });

  it('UpdateRuleVersion creates max+1 and 404s an unknown base', async () => {
    const out = await client.send(
      new UpdateRuleVersionCommand({
        rule: rule('high_model_score', '2'),
        expression: '$payments_model_insightscore > 880',
        language: 'DETECTORPL',
        outcomes: ['block'],
      }),
    );
    expect(out.rule).toEqual(rule('high_model_score', '6'));
    await expectAfdError(
      client.send(
        new UpdateRuleVersionCommand({
          rule: rule('high_model_score', '60'),
          expression: 'x',
          language: 'DETECTORPL',
          outcomes: ['block'],
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('GetRules filters by rule and version, returns [] for unknown rules, and pages at 50', async () => {
    const hms = await client.send(
      new GetRulesCommand({ detectorId: DET, ruleId: 'high_model_score' }),
    );
    expect(hms.ruleDetails?.map((r) => Number(r.ruleVersion)).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    const one = await client.send(
      new GetRulesCommand({ detectorId: DET, ruleId: 'high_model_score', ruleVersion: '5' }),
    );
    expect(one.ruleDetails).toEqual([
      expect.objectContaining({
        expression: '$payments_model_insightscore > 900',
        arn: `${ARN}:rule/${DET}/high_model_score/5`,
        language: 'DETECTORPL',
      }),
    ]);
    expect(
      (await client.send(new GetRulesCommand({ detectorId: DET, ruleId: 'unknown' }))).ruleDetails,
    ).toEqual([]);
    await expectAfdError(client.send(new GetRulesCommand({ detectorId: 'ghost' })), {
      name: 'ResourceNotFoundException',
    });
    await expectAfdError(client.send(new GetRulesCommand({ detectorId: DET, maxResults: 10 })), {
      name: 'ValidationException',
      message: /greater than or equal to 50/,
    });
    for (let i = 0; i < 60; i++) {
      await client.send(
        new UpdateRuleVersionCommand({
          rule: rule('approve_default', '1'),
          expression: `$amount > ${i}`,
          language: 'DETECTORPL',
          outcomes: ['approve'],
        }),
      );
    }
    const sizes: number[] = [];
    for await (const page of paginateGetRules({ client, pageSize: 50 }, { detectorId: DET }))
      sizes.push(page.ruleDetails?.length ?? 0);
    expect(sizes).toEqual([50, 20]); // the seed's 10 rule versions and the 60 new ones
  });
});

describe('tags', () => {
  it('tags every versioned resource separately and 404s unknown ARNs', async () => {
    const dv2 = `${ARN}:detector-version/${DET}/2`;
    const rule5 = `${ARN}:rule/${DET}/high_model_score/5`;
    const mv = `${ARN}:model-version/TRANSACTION_FRAUD_INSIGHTS/payments_model/1.02`;
    await client.send(
      new TagResourceCommand({ resourceARN: rule5, tags: [{ key: 'owner', value: 'risk' }] }),
    );
    await client.send(
      new TagResourceCommand({ resourceARN: mv, tags: [{ key: 'git-sha', value: 'abc' }] }),
    );
    expect(
      (await client.send(new ListTagsForResourceCommand({ resourceARN: rule5 }))).tags,
    ).toEqual([{ key: 'owner', value: 'risk' }]);
    expect(
      (
        await client.send(
          new ListTagsForResourceCommand({ resourceARN: `${ARN}:rule/${DET}/high_model_score/4` }),
        )
      ).tags,
    ).toEqual([]);
    expect((await client.send(new ListTagsForResourceCommand({ resourceARN: mv }))).tags).toEqual([
      { key: 'git-sha', value: 'abc' },
      { key: 'managed-by', value: 'fraud-detector-promote' },
    ]);
    expect((await client.send(new ListTagsForResourceCommand({ resourceARN: dv2 }))).tags).toEqual([
      { key: 'git-sha', value: '4f1c2e9' },
    ]);
    await client.send(new UntagResourceCommand({ resourceARN: mv, tagKeys: ['git-sha'] }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceARN: mv }))).tags).toEqual([
      { key: 'managed-by', value: 'fraud-detector-promote' },
    ]);
    await expectAfdError(
      client.send(new ListTagsForResourceCommand({ resourceARN: `${ARN}:detector/ghost` })),
      {
        name: 'ResourceNotFoundException',
      },
    );
    await expectAfdError(
      client.send(
        new ListTagsForResourceCommand({
          resourceARN: `arn:aws:frauddetector:us-east-1:999999999999:detector/${DET}`,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    await expectAfdError(
      client.send(new ListTagsForResourceCommand({ resourceARN: 'not-an-arn' })),
      {
        name: 'ValidationException',
        message:
          /at 'resourceARN' failed to satisfy constraint: Member must satisfy regular expression pattern/,
      },
    );
  });

  it('validates tag keys (unicode), counts, and the fixed ListTagsForResource page size of 50', async () => {
    const det = `${ARN}:detector/${DET}`;
    await client.send(
      new TagResourceCommand({ resourceARN: det, tags: [{ key: 'équipe:paiements', value: '' }] }),
    );
    await expectAfdError(
      client.send(
        new TagResourceCommand({ resourceARN: det, tags: [{ key: 'bad key!', value: 'x' }] }),
      ),
      {
        name: 'ValidationException',
        message:
          /at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern/,
      },
    );
    await expectAfdError(
      client.send(
        new UntagResourceCommand({
          resourceARN: det,
          tagKeys: Array.from({ length: 51 }, (_, i) => `k${i}`),
        }),
      ),
      {
        name: 'ValidationException',
        message:
          /at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50/,
      },
    );
    await client.send(
      new TagResourceCommand({
        resourceARN: det,
        tags: Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
      }),
    );
    await expectAfdError(
      client.send(
        new TagResourceCommand({
          resourceARN: det,
          tags: Array.from({ length: 80 }, (_, i) => ({ key: `z${i}`, value: 'v' })),
        }),
      ),
      { name: 'ValidationException', message: /at most 200 tags/ },
    );
    await expectAfdError(
      client.send(new ListTagsForResourceCommand({ resourceARN: det, maxResults: 10 })),
      {
        name: 'ValidationException',
      },
    );
    const sizes: number[] = [];
    for await (const page of paginateListTagsForResource(
      { client, pageSize: 50 },
      { resourceARN: det },
    ))
      sizes.push(page.tags?.length ?? 0);
    expect(sizes).toEqual([50, 50, 23]); // 2 seeded + 1 + 120
  });
});
