// GetEventPrediction against the emulator through the real SDK: the emulator's
// own DetectorPL evaluator (both execution modes, defaults, regex whole-match,
// lists), the version it scores (named, DRAFT included, or the ACTIVE one),
// AFD's request checks, and model scores (deterministic, overridable).

import {
  CreateDetectorVersionCommand,
  CreateRuleCommand,
  GetEventPredictionCommand,
  UpdateDetectorVersionStatusCommand,
  type FraudDetectorClient,
  type GetEventPredictionCommandInput,
  type ModelVersion,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator, SeedFile } from '../../emulator/index.js';
import { clientFor, expectAfdError, start } from './emulator-helpers.js';

const DET = 'order_detector';
const T = '2026-11-20T00:00:00Z';
const MODEL = {
  modelId: 'order_model',
  modelType: 'ONLINE_FRAUD_INSIGHTS',
  modelVersionNumber: '1.0',
} satisfies ModelVersion;

const variable = (name: string, dataType: string, defaultValue: string) => ({
  name,
  dataType,
  dataSource: 'EVENT',
  defaultValue,
});

const SEED: SeedFile = {
  variables: [
    variable('amount', 'FLOAT', '0.0'),
    variable('items', 'INTEGER', '1'),
    variable('email', 'STRING', '<unknown>'),
    variable('ip', 'STRING', '<unknown>'),
    variable('vip', 'BOOLEAN', 'false'),
    variable('seen_at', 'DATETIME', '2026-01-01T00:00:00Z'),
  ],
  entityTypes: [{ name: 'customer' }],
  labels: [{ name: 'fraud' }, { name: 'legit' }],
  eventTypes: [
    {
      name: 'order',
      eventVariables: ['amount', 'items', 'email', 'ip', 'vip', 'seen_at'],
      labels: ['fraud', 'legit'],
      entityTypes: ['customer'],
    },
  ],
  lists: [{ name: 'bad_ips', variableType: 'IP_ADDRESS', elements: ['203.0.113.7'] }],
  models: [{ modelId: 'order_model', modelType: 'ONLINE_FRAUD_INSIGHTS', eventTypeName: 'order' }],
  modelVersions: [{ ...MODEL, status: 'ACTIVE' }],
  detectors: [{ detectorId: DET, eventTypeName: 'order' }],
  outcomes: [{ name: 'block' }, { name: 'review' }, { name: 'approve' }],
};

let emu: Emulator;
let client: FraudDetectorClient;

beforeEach(async () => {
  emu = await start({ seed: SEED });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

/** Creates the rules (checked by CreateRule) and a DRAFT version of them; returns its id. */
async function draft(
  rules: [ruleId: string, expression: string, outcome: string][],
  ruleExecutionMode: 'FIRST_MATCHED' | 'ALL_MATCHED' = 'FIRST_MATCHED',
): Promise<string> {
  for (const [ruleId, expression, outcome] of rules)
    await client.send(
      new CreateRuleCommand({
        detectorId: DET,
        ruleId,
        expression,
        language: 'DETECTORPL',
        outcomes: [outcome],
      }),
    );
  const created = await client.send(
    new CreateDetectorVersionCommand({
      detectorId: DET,
      rules: rules.map(([ruleId]) => ({ detectorId: DET, ruleId, ruleVersion: '1' })),
      modelVersions: [MODEL],
      ruleExecutionMode,
    }),
  );
  return created.detectorVersionId ?? '';
}

function request(
  detectorVersionId: string | undefined,
  eventVariables: Record<string, string>,
  eventId = 'fdp-test-1',
): GetEventPredictionCommandInput {
  return {
    detectorId: DET,
    ...(detectorVersionId ? { detectorVersionId } : {}),
    eventId,
    eventTypeName: 'order',
    eventTimestamp: T,
    entities: [{ entityType: 'customer', entityId: 'unknown' }],
    eventVariables,
  };
}

async function predict(
  detectorVersionId: string | undefined,
  eventVariables: Record<string, string>,
  eventId?: string,
) {
  return client.send(
    new GetEventPredictionCommand(request(detectorVersionId, eventVariables, eventId)),
  );
}

const RULES: [string, string, string][] = [
  ['big', '$amount > 100', 'block'],
  ['many', '$items >= 3', 'review'],
  ['always', '$amount >= 0', 'approve'],
];

describe('GetEventPrediction rules', () => {
  it('FIRST_MATCHED reports only the first matching rule, in the version order', async () => {
    const v = await draft(RULES);
    const out = await predict(v, { amount: '150', items: '5' });
    expect(out.ruleResults).toEqual([{ ruleId: 'big', outcomes: ['block'] }]);
    const second = await predict(v, { amount: '50', items: '5' });
    expect(second.ruleResults).toEqual([{ ruleId: 'many', outcomes: ['review'] }]);
    expect(out.externalModelOutputs).toEqual([]);
  });

  it('ALL_MATCHED reports every matching rule in order', async () => {
    const v = await draft(RULES, 'ALL_MATCHED');
    const out = await predict(v, { amount: '150', items: '5' });
    expect(out.ruleResults).toEqual([
      { ruleId: 'big', outcomes: ['block'] },
      { ruleId: 'many', outcomes: ['review'] },
      { ruleId: 'always', outcomes: ['approve'] },
    ]);
  });

  it('no matching rule is an empty ruleResults', async () => {
    const v = await draft([['big', '$amount > 100', 'block']]);
    expect((await predict(v, { amount: '5' })).ruleResults).toEqual([]);
  });

  it('a variable the event does not carry takes its default value, read as its data type', async () => {
    const v = await draft(
      [
        ['unknown_email', '$email == "<unknown>" and $items == 1 and !$vip', 'review'],
        ['other', '$amount >= 0', 'approve'],
      ],
      'ALL_MATCHED',
    );
    const out = await predict(v, { amount: '3' });
    expect(out.ruleResults?.map((r) => r.ruleId)).toEqual(['unknown_email', 'other']);
    const given = await predict(v, { amount: '3', email: 'a@example.com' });
    expect(given.ruleResults?.map((r) => r.ruleId)).toEqual(['other']);
  });

  it('reads BOOLEAN, INTEGER and DATETIME values by their data type', async () => {
    const v = await draft(
      [['typed', '$vip and $items + 1 == 3 and $seen_at > "2026-06-01T00:00:00Z"', 'review']],
      'ALL_MATCHED',
    );
    const hit = await predict(v, { vip: 'TRUE', items: '2', seen_at: '2026-07-01T10:00:00Z' });
    expect(hit.ruleResults?.map((r) => r.ruleId)).toEqual(['typed']);
    const miss = await predict(v, { vip: 'true', items: '2', seen_at: '2026-05-01T10:00:00Z' });
    expect(miss.ruleResults).toEqual([]);
  });

  it('regex_match must match the whole value (RE2J matches()), not a part of it', async () => {
    const v = await draft([['gmail', 'regex_match(".*@gmail\\.com", $email)', 'review']]);
    expect((await predict(v, { email: 'x@gmail.com' })).ruleResults).toHaveLength(1);
    expect((await predict(v, { email: 'x@gmail.com.evil.org' })).ruleResults).toEqual([]);
    // The escaped dot stays a literal dot: "gmailxcom" does not match.
    expect((await predict(v, { email: 'x@gmailxcom' })).ruleResults).toEqual([]);
  });

  it('in @list looks the value up in the list elements; in [..] compares like ==', async () => {
    const v = await draft(
      [
        ['listed', '$ip in @bad_ips', 'block'],
        ['literal', '$items in [2, 4] and lowercase($email) not in ["a@b.c"]', 'review'],
      ],
      'ALL_MATCHED',
    );
    const out = await predict(v, { ip: '203.0.113.7', items: '4', email: 'X@Y.Z' });
    expect(out.ruleResults?.map((r) => r.ruleId)).toEqual(['listed', 'literal']);
    const none = await predict(v, { ip: '203.0.113.8', items: '4', email: 'A@B.C' });
    expect(none.ruleResults).toEqual([]);
  });

  it('a rule that cannot be evaluated does not match, and the call log says why', async () => {
    const v = await draft(
      [
        ['div', '$amount / ($items - 1) > 1', 'block'],
        ['always', '$amount >= 0', 'approve'],
      ],
      'ALL_MATCHED',
    );
    const out = await predict(v, { amount: '10', items: '1' });
    expect(out.ruleResults?.map((r) => r.ruleId)).toEqual(['always']);
    expect(emu.calls.at(-1)?.notes?.join(' ')).toMatch(
      /Rule div was not evaluated.*division by zero/,
    );
  });
});

describe('GetEventPrediction versions', () => {
  it('scores a named DRAFT version, and the ACTIVE one when none is named', async () => {
    const active = await draft([['big', '$amount > 100', 'block']]);
    await client.send(
      new UpdateDetectorVersionStatusCommand({
        detectorId: DET,
        detectorVersionId: active,
        status: 'ACTIVE',
      }),
    );
    await client.send(
      new CreateRuleCommand({
        detectorId: DET,
        ruleId: 'small',
        expression: '$amount < 100',
        language: 'DETECTORPL',
        outcomes: ['approve'],
      }),
    );
    const next = await client.send(
      new CreateDetectorVersionCommand({
        detectorId: DET,
        rules: [{ detectorId: DET, ruleId: 'small', ruleVersion: '1' }],
      }),
    );
    const draftId = next.detectorVersionId;
    expect(draftId).toBe('2');
    expect((await predict(draftId, { amount: '5' })).ruleResults).toEqual([
      { ruleId: 'small', outcomes: ['approve'] },
    ]);
    expect((await predict(undefined, { amount: '500' })).ruleResults).toEqual([
      { ruleId: 'big', outcomes: ['block'] },
    ]);
  });

  it('without a version and without an ACTIVE one, or with a missing one: ResourceNotFound', async () => {
    await draft([['big', '$amount > 100', 'block']]);
    await expectAfdError(predict(undefined, { amount: '1' }), {
      name: 'ResourceNotFoundException',
      message: /no ACTIVE version/,
    });
    await expectAfdError(predict('9', { amount: '1' }), {
      name: 'ResourceNotFoundException',
      message: 'Detector version 9 of detector order_detector does not exist.',
    });
  });
});

describe('GetEventPrediction request checks', () => {
  let v: string;
  beforeEach(async () => {
    v = await draft([['big', '$amount > 100', 'block']]);
  });

  const send = (patch: Partial<GetEventPredictionCommandInput>) =>
    client.send(new GetEventPredictionCommand({ ...request(v, { amount: '1' }), ...patch }));

  it('required members, as Coral reports them', async () => {
    await expectAfdError(send({ eventVariables: undefined, entities: undefined }), {
      name: 'ValidationException',
      message:
        "2 validation errors detected: Value null at 'entities' failed to satisfy constraint: Member must not be null; Value null at 'eventVariables' failed to satisfy constraint: Member must not be null",
    });
    await expectAfdError(send({ eventVariables: {} }), {
      name: 'ValidationException',
      message:
        /'eventVariables' failed to satisfy constraint: Member must have length greater than or equal to 1/,
    });
  });

  it('the event id follows the identifier pattern; the timestamp is ISO 8601 in UTC', async () => {
    await expectAfdError(send({ eventId: 'FDP test' }), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'FDP test' at 'eventId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-z_-]+$",
    });
    await expectAfdError(send({ eventTimestamp: '2026-11-20 00:00:00' }), {
      name: 'ValidationException',
      message: /Invalid eventTimestamp '2026-11-20 00:00:00'/,
    });
    await expectAfdError(send({ eventTimestamp: '2026-11-20T00:00:00+01:00' }), {
      name: 'ValidationException',
    });
    const ok = await send({ eventTimestamp: '2026-11-20T00:00:00.123Z' });
    expect(ok.ruleResults).toEqual([]);
  });

  it('entities: at least one, of an entity type of the event type, with a valid id', async () => {
    await expectAfdError(send({ entities: [] }), {
      name: 'ValidationException',
      message: /At least one entity is required/,
    });
    await expectAfdError(send({ entities: [{ entityType: 'merchant', entityId: 'm1' }] }), {
      name: 'ValidationException',
      message: 'Entity type merchant is not an entity type of event type order (customer).',
    });
    await expectAfdError(send({ entities: [{ entityType: 'customer', entityId: 'a b' }] }), {
      name: 'ValidationException',
      message: /at 'entities.1.member.entityId' failed to satisfy constraint/,
    });
  });

  it('the event type must be the detector\u2019s; the detector must exist', async () => {
    await expectAfdError(send({ eventTypeName: 'signup' }), {
      name: 'ValidationException',
      message: 'Event type signup is not the event type of detector order_detector (order).',
    });
    await expectAfdError(send({ detectorId: 'nope' }), {
      name: 'ResourceNotFoundException',
      message: 'Detector nope does not exist.',
    });
  });

  it('every event variable is a variable of the event type, with a value of its data type', async () => {
    await expectAfdError(send({ eventVariables: { amount: '1', order_model_insightscore: '3' } }), {
      name: 'ValidationException',
      message: 'Variables [order_model_insightscore] are not variables of event type order.',
    });
    await expectAfdError(send({ eventVariables: { amount: 'ten' } }), {
      name: 'ValidationException',
      message: "Value 'ten' of variable amount is not a valid FLOAT.",
    });
  });
});

describe('GetEventPrediction model scores', () => {
  it('scores every model version of the detector version, deterministically per event', async () => {
    const v = await draft([['big', '$amount > 100', 'block']]);
    const a = await predict(v, { amount: '7' }, 'e1');
    const again = await predict(v, { amount: '7' }, 'e2');
    expect(a.modelScores).toHaveLength(1);
    expect(a.modelScores?.[0]?.modelVersion).toEqual(MODEL);
    const score = a.modelScores?.[0]?.scores?.order_model_insightscore ?? -1;
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1000);
    expect(again.modelScores).toEqual(a.modelScores);
  });

  it('a test overrides the score per model and per event id, and rules read it', async () => {
    const v = await draft([['risky', '$order_model_insightscore > 900', 'block']]);
    emu.configureModel('order_model', { score: 950, eventScores: { 'fdp-test-low': 10 } });
    const high = await predict(v, { amount: '1' }, 'fdp-test-high');
    expect(high.modelScores?.[0]?.scores).toEqual({ order_model_insightscore: 950 });
    expect(high.ruleResults).toEqual([{ ruleId: 'risky', outcomes: ['block'] }]);
    const low = await predict(v, { amount: '1' }, 'fdp-test-low');
    expect(low.modelScores?.[0]?.scores).toEqual({ order_model_insightscore: 10 });
    expect(low.ruleResults).toEqual([]);
  });

  it('the control endpoint refuses a score AFD could not return', async () => {
    const res = await fetch(`${emu.url}/_emulator/models/order_model`, {
      method: 'POST',
      body: JSON.stringify({ score: 1200 }),
    });
    expect(res.status).toBe(400);
    const ok = await fetch(`${emu.url}/_emulator/models/order_model`, {
      method: 'POST',
      body: JSON.stringify({ eventScores: { e1: 12.5 } }),
    });
    expect(ok.status).toBe(200);
  });
});
