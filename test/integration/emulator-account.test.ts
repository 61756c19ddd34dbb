// Account-wide resources (variables, event types, labels, entity types,
// lists, outcomes) and the checks AFD makes against them when a rule or a
// model version is saved, through the real SDK against the example account.

import {
  CreateListCommand,
  CreateModelVersionCommand,
  CreateRuleCommand,
  CreateVariableCommand,
  GetEntityTypesCommand,
  GetEventTypesCommand,
  GetLabelsCommand,
  GetListElementsCommand,
  GetListsMetadataCommand,
  GetOutcomesCommand,
  GetRulesCommand,
  GetVariablesCommand,
  paginateGetOutcomes,
  paginateGetVariables,
  PutEventTypeCommand,
  PutLabelCommand,
  PutOutcomeCommand,
  UpdateRuleMetadataCommand,
  UpdateRuleVersionCommand,
  type FraudDetectorClient,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { clientFor, expectAfdError, exampleSeed, MIN, start } from './emulator-helpers.js';

const DET = 'payments_detector';
const ARN = 'arn:aws:frauddetector:us-east-1:123456789012';

let emu: Emulator;
let client: FraudDetectorClient;

beforeEach(async () => {
  emu = await start({ seed: exampleSeed() });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

const createRule = (ruleId: string, expression: string, outcomes = ['review']) =>
  client.send(
    new CreateRuleCommand({
      detectorId: DET,
      ruleId,
      expression,
      language: 'DETECTORPL',
      outcomes,
    }),
  );

describe('variables', () => {
  it('GetVariables lists event variables and the score variable AFD makes for each model', async () => {
    const all = (await client.send(new GetVariablesCommand({}))).variables ?? [];
    expect(all.map((v) => v.name).sort()).toEqual(
      [
        'amount',
        'billing_country',
        'card_bin',
        'currency',
        'email_address',
        'ip_address',
        'login_model_insightscore',
        'payments_model_insightscore',
        'phone_number',
        'signup_model_insightscore',
        'user',
        'user_agent',
      ].sort(),
    );
    const [ip] =
      (await client.send(new GetVariablesCommand({ name: 'ip_address' }))).variables ?? [];
    expect(ip).toEqual({
      name: 'ip_address',
      dataType: 'STRING',
      dataSource: 'EVENT',
      defaultValue: '<unknown>',
      description: 'Client IP address',
      variableType: 'IP_ADDRESS',
      createdTime: '2026-08-10T09:15:22.310Z',
      lastUpdatedTime: '2026-08-10T09:15:22.310Z',
      arn: `${ARN}:variable/ip_address`,
    });
    const [score] =
      (await client.send(new GetVariablesCommand({ name: 'payments_model_insightscore' })))
        .variables ?? [];
    expect(score).toMatchObject({ dataSource: 'MODEL_SCORE', dataType: 'FLOAT' });
    await expectAfdError(client.send(new GetVariablesCommand({ name: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: 'Variable nope does not exist.',
    });
  });

  it('GetVariables pages 50–100 at a time', async () => {
    for (let i = 0; i < 50; i++) {
      await client.send(
        new CreateVariableCommand({
          name: `v${i}`,
          dataType: 'INTEGER',
          dataSource: 'EVENT',
          defaultValue: '0',
        }),
      );
    }
    const sizes: number[] = [];
    for await (const page of paginateGetVariables({ client, pageSize: 50 }, {}))
      sizes.push(page.variables?.length ?? 0);
    expect(sizes).toEqual([50, 12]);
    await expectAfdError(client.send(new GetVariablesCommand({ maxResults: 10 })), {
      name: 'ValidationException',
      message: /greater than or equal to 50/,
    });
    await expectAfdError(
      client.send(
        new CreateVariableCommand({
          name: 'amount',
          dataType: 'FLOAT',
          dataSource: 'EVENT',
          defaultValue: '0',
        }),
      ),
      { name: 'ValidationException', message: 'Variable amount already exists.' },
    );
  });
});

describe('event types, labels, entity types', () => {
  it('GetEventTypes has the recorded fields; by name or all, 5–10 a page', async () => {
    const [payment] =
      (await client.send(new GetEventTypesCommand({ name: 'payment' }))).eventTypes ?? [];
    expect(payment).toEqual({
      name: 'payment',
      description: 'Card-not-present payment at checkout',
      eventVariables: [
        'amount',
        'currency',
        'card_bin',
        'ip_address',
        'email_address',
        'billing_country',
      ],
      labels: ['1', '0'],
      entityTypes: ['customer'],
      eventIngestion: 'DISABLED',
      createdTime: '2026-08-10T09:17:45.281Z',
      lastUpdatedTime: '2026-08-10T09:17:45.281Z',
      arn: `${ARN}:event-type/payment`,
    });
    const all = await client.send(new GetEventTypesCommand({ maxResults: 5 }));
    expect(all.eventTypes?.map((e) => e.name).sort()).toEqual(['login', 'payment', 'signup']);
    await expectAfdError(client.send(new GetEventTypesCommand({ maxResults: 4 })), {
      name: 'ValidationException',
    });
    await expectAfdError(client.send(new GetEventTypesCommand({ name: 'refund' })), {
      name: 'ResourceNotFoundException',
      message: 'Event type refund does not exist.',
    });
  });

  it('GetLabels and GetEntityTypes list the account; PutLabel creates and updates', async () => {
    const labels = (await client.send(new GetLabelsCommand({}))).labels ?? [];
    expect(labels.map((l) => l.name).sort()).toEqual(['0', '1', 'ato', 'fraud', 'legit', 'ok']);
    expect(labels.find((l) => l.name === 'fraud')?.arn).toBe(`${ARN}:label/fraud`);
    emu.clock.advance(MIN);
    await client.send(new PutLabelCommand({ name: 'fraud', description: 'confirmed fraud' }));
    const [fraud] = (await client.send(new GetLabelsCommand({ name: 'fraud' }))).labels ?? [];
    expect(fraud).toMatchObject({
      description: 'confirmed fraud',
      createdTime: '2026-08-10T09:16:03.004Z',
      lastUpdatedTime: '2026-11-20T00:01:00.000Z',
    });
    const entities = (await client.send(new GetEntityTypesCommand({}))).entityTypes ?? [];
    expect(entities.map((e) => e.name).sort()).toEqual(['account', 'customer']);
  });

  it('PutEventType needs existing variables, labels and entity types, and never drops variables', async () => {
    const put = (eventVariables: string[], labels = ['1'], entityTypes = ['customer']) =>
      client.send(new PutEventTypeCommand({ name: 'refund', eventVariables, labels, entityTypes }));
    await expectAfdError(put(['amount', 'ghost']), {
      name: 'ResourceNotFoundException',
      message: 'VariableIds: [ghost] do not exist.',
    });
    await expectAfdError(put(['amount'], ['maybe']), {
      name: 'ResourceNotFoundException',
      message: 'Labels: [maybe] do not exist.',
    });
    await expectAfdError(put(['amount'], ['1'], ['robot']), {
      name: 'ResourceNotFoundException',
      message: 'EntityTypes: [robot] do not exist.',
    });
    await put(['amount', 'currency']);
    await expectAfdError(put(['amount']), {
      name: 'ValidationException',
      message: 'Variables and labels cannot be removed from event type refund: [currency].',
    });
    await put(['amount', 'currency', 'ip_address']);
    const [refund] =
      (await client.send(new GetEventTypesCommand({ name: 'refund' }))).eventTypes ?? [];
    expect(refund?.eventVariables).toEqual(['amount', 'currency', 'ip_address']);
  });
});

describe('lists and outcomes', () => {
  it('GetListsMetadata and GetListElements return the seeded list', async () => {
    const lists = await client.send(new GetListsMetadataCommand({}));
    expect(lists.lists).toEqual([
      {
        name: 'known_bad_ips',
        description: 'Addresses of known card-testing botnets',
        variableType: 'IP_ADDRESS',
        createdTime: '2026-10-20T08:10:05.552Z',
        updatedTime: '2026-10-20T08:10:05.552Z',
        arn: `${ARN}:list/known_bad_ips`,
      },
    ]);
    const elements = await client.send(new GetListElementsCommand({ name: 'known_bad_ips' }));
    expect(elements.elements).toEqual(['203.0.113.7', '198.51.100.23']);
    expect(elements.nextToken).toBeUndefined();
    await expectAfdError(client.send(new GetListElementsCommand({ name: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: 'List nope does not exist.',
    });
    await expectAfdError(
      client.send(new GetListElementsCommand({ name: 'known_bad_ips', maxResults: 10 })),
      { name: 'ValidationException', message: /greater than or equal to 500/ },
    );
  });

  it('GetOutcomes lists, finds by name and pages 50–100', async () => {
    const [block] = (await client.send(new GetOutcomesCommand({ name: 'block' }))).outcomes ?? [];
    expect(block).toMatchObject({ name: 'block', arn: `${ARN}:outcome/block` });
    await expectAfdError(client.send(new GetOutcomesCommand({ name: 'nope' })), {
      name: 'ResourceNotFoundException',
    });
    for (let i = 0; i < 55; i++) await client.send(new PutOutcomeCommand({ name: `o${i}` }));
    const sizes: number[] = [];
    for await (const page of paginateGetOutcomes({ client, pageSize: 50 }, {}))
      sizes.push(page.outcomes?.length ?? 0);
    expect(sizes).toEqual([50, 8]);
  });
});

describe('rule expressions are checked as AFD checks them', () => {
  it('every seeded rule passes the checks (UpdateRuleVersion with its own expression)', async () => {
    const seeded = exampleSeed().rules ?? [];
    expect(seeded.length).toBeGreaterThan(0);
    for (const r of seeded) {
      await client.send(
        new UpdateRuleVersionCommand({
          rule: { detectorId: r.detectorId, ruleId: r.ruleId, ruleVersion: r.ruleVersion },
          expression: r.expression,
          language: 'DETECTORPL',
          outcomes: r.outcomes,
        }),
      );
    }
  });

  it('accepts event variables, the model score, lists, functions and literals', async () => {
    await createRule(
      'rich',
      '($ip_address in @known_bad_ips or regex_match(".*@example\\\\.com", $email_address)) and lowercase($currency) not in ["usd"] and $payments_model_insightscore * 2 >= 500',
    );
    const [saved] =
      (await client.send(new GetRulesCommand({ detectorId: DET, ruleId: 'rich' }))).ruleDetails ??
      [];
    expect(saved?.expression).toMatch(/^\(\$ip_address in @known_bad_ips/);
  });

  it.each([
    [
      '$amount >',
      'Invalid rule expression: Expected an operand, found the end of the expression at column 10.',
    ],
    ['$amount = 1', 'Invalid rule expression: Unexpected character "=" at column 9.'],
    [
      '$amount + 1',
      'Invalid rule expression: The expression must be a condition (true or false), not a value at column 9.',
    ],
    ['$amount > 1 and $ghost == "x"', 'Variables [ghost] in the rule expression do not exist.'],
    [
      '$phone_number == "+1"',
      'Variables [phone_number] are not variables of event type payment, the event type of detector payments_detector.',
    ],
    [
      '$signup_model_insightscore > 900',
      'Variables [signup_model_insightscore] are not variables of event type payment, the event type of detector payments_detector.',
    ],
    ['$ip_address in @ghost_ips', 'Lists [ghost_ips] do not exist.'],
  ])('CreateRule %j is a ValidationException: %s', async (expression, message) => {
    await expectAfdError(createRule('bad', expression), { name: 'ValidationException', message });
    expect(emu.snapshot().rules.some((r) => r.ruleId === 'bad')).toBe(false);
  });

  it('allows at most 3 lists in a rule', async () => {
    for (const name of ['l_one', 'l_two', 'l_three'])
      await client.send(
        new CreateListCommand({ name, elements: ['x'], variableType: 'IP_ADDRESS' }),
      );
    const four =
      '$ip_address in @l_one or $ip_address in @l_two or $ip_address in @l_three or $ip_address in @known_bad_ips';
    await expectAfdError(createRule('lists', four), {
      name: 'ValidationException',
      message:
        'A rule can use at most 3 lists; this expression uses 4: [l_one, l_two, l_three, known_bad_ips].',
    });
    await createRule('lists', four.replace(' or $ip_address in @known_bad_ips', ''));
  });

  it('refuses an expression over 4096 characters (the API limit)', async () => {
    const long = `$amount > 1${' or $amount > 1'.repeat(300)}`;
    expect(long.length).toBeGreaterThan(4096);
    await expectAfdError(createRule('long', long), {
      name: 'ValidationException',
      message:
        /at 'expression' failed to satisfy constraint: Member must have length less than or equal to 4096/,
    });
  });

  it('checks UpdateRuleVersion the same way', async () => {
    const update = (expression: string) =>
      client.send(
        new UpdateRuleVersionCommand({
          rule: { detectorId: DET, ruleId: 'high_model_score', ruleVersion: '5' },
          expression,
          language: 'DETECTORPL',
          outcomes: ['block'],
        }),
      );
    await expectAfdError(update('$payments_model_insightscore > 900 and $user == "x"'), {
      name: 'ValidationException',
      message: /Variables \[user\] are not variables of event type payment/,
    });
    await expect(update('$payments_model_insightscore > 890')).resolves.toMatchObject({
      rule: { ruleVersion: '6' },
    });
  });

  it('accepts an undocumented function and records that it did', async () => {
    await createRule('custom_fn', 'is_disposable_email($email_address)');
    expect(emu.calls.at(-1)?.notes).toEqual([
      "DetectorPL function is_disposable_email (column 1) is not in AFD's rule language reference; accepted unchecked.",
    ]);
  });
});

describe('UpdateRuleMetadata', () => {
  it('changes only the description of one version', async () => {
    emu.clock.advance(MIN);
    await client.send(
      new UpdateRuleMetadataCommand({
        rule: { detectorId: DET, ruleId: 'high_model_score', ruleVersion: '4' },
        description: 'superseded by 5',
      }),
    );
    const versions =
      (await client.send(new GetRulesCommand({ detectorId: DET, ruleId: 'high_model_score' })))
        .ruleDetails ?? [];
    const v4 = versions.find((r) => r.ruleVersion === '4');
    expect(v4).toMatchObject({
      description: 'superseded by 5',
      expression: '$payments_model_insightscore > 910',
      lastUpdatedTime: '2026-11-20T00:01:00.000Z',
    });
    expect(versions.find((r) => r.ruleVersion === '3')?.description).toBeUndefined();
    await expectAfdError(
      client.send(
        new UpdateRuleMetadataCommand({
          rule: { detectorId: DET, ruleId: 'high_model_score', ruleVersion: '9' },
          description: 'x',
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
  });
});

describe('CreateModelVersion checks the training schema', () => {
  const train = (modelVariables: string[], labelMapper: Record<string, string[]>) =>
    client.send(
      new CreateModelVersionCommand({
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        trainingDataSource: 'EXTERNAL_EVENTS',
        trainingDataSchema: { modelVariables, labelSchema: { labelMapper } },
        externalEventsDetail: {
          dataLocation: 's3://acme-fraud-training/payments/2026-12/training.csv',
          dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTrainingRole',
        },
      }),
    );
  const LABELS = { FRAUD: ['1'], LEGIT: ['0'] };

  it('an unknown model variable is the recorded ResourceNotFoundException', async () => {
    await expectAfdError(train(['amount', 'EVENT_TIMESTAMP'], LABELS), {
      name: 'ResourceNotFoundException',
      message: 'VariableIds: [EVENT_TIMESTAMP] do not exist.',
    });
    // A variable of another event type is not one of this model's either.
    await expectAfdError(train(['amount', 'phone_number'], LABELS), {
      name: 'ResourceNotFoundException',
      message: 'VariableIds: [phone_number] do not exist.',
    });
  });

  it('labels must exist and belong to the event type', async () => {
    await expectAfdError(train(['amount'], { FRAUD: ['chargeback'], LEGIT: ['0'] }), {
      name: 'ResourceNotFoundException',
      message: 'Labels: [chargeback] do not exist.',
    });
    await expectAfdError(train(['amount'], { FRAUD: ['fraud'], LEGIT: ['0'] }), {
      name: 'ValidationException',
      message: 'Labels [fraud] are not labels of event type payment.',
    });
    await expectAfdError(train(['amount'], { BAD: ['1'] }), {
      name: 'ValidationException',
      message: 'labelMapper keys must be FRAUD or LEGIT; got [BAD].',
    });
    await expect(train(['amount', 'ip_address'], LABELS)).resolves.toMatchObject({
      modelVersionNumber: '2.0',
      status: 'TRAINING_IN_PROGRESS',
    });
  });
});

describe('snapshots', () => {
  it('carry the account resources and seed them back', async () => {
    await client.send(
      new CreateVariableCommand({
        name: 'device_id',
        dataType: 'STRING',
        dataSource: 'EVENT',
        defaultValue: '<unknown>',
      }),
    );
    const snap = emu.snapshot();
    expect(snap.variables.some((v) => v.name === 'device_id')).toBe(true);
    expect(snap.eventTypes.map((e) => e.name).sort()).toEqual(['login', 'payment', 'signup']);
    expect(snap.lists[0]?.elements).toEqual(['203.0.113.7', '198.51.100.23']);
    emu.seed(snap);
    const [device] =
      (await client.send(new GetVariablesCommand({ name: 'device_id' }))).variables ?? [];
    expect(device?.name).toBe('device_id');
  });
});
