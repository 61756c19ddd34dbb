// Remote verification of rule tests against the emulator through the real
// gateway: the events reach GetEventPrediction for the DRAFT (ids fdp-test-…,
// the event type's entity type, entity id "unknown"), the scores AFD gave come
// back through the gateway, and AFD's answer agrees with the local evaluator's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { AfdGateway } from '../../src/afd/gateway.js';
import { compileRule, type CompiledRule, type EvalContext } from '../../src/detectorpl/index.js';
import { runRuleTest, type RuleTest } from '../../src/impact/rule-tests.js';
import { verifyRemote } from '../../src/impact/verify-remote.js';
import { exampleSeed, start } from './emulator-helpers.js';

let emu: Emulator;
let afd: AfdGateway;

beforeEach(async () => {
  emu = await start({ seed: exampleSeed() });
  afd = new AfdGateway({
    region: 'us-east-1',
    endpointUrl: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
});

afterEach(async () => {
  afd.destroy();
  await emu.close();
});

/** The DRAFT (version 3) of the example account's payments_detector, compiled locally. */
async function draftRules(): Promise<{ rules: CompiledRule[]; mode: 'FIRST_MATCHED' }> {
  const state = emu.snapshot();
  const ctx: EvalContext = {
    variables: new Map(
      state.variables.map((v) => [
        v.name,
        { dataType: v.dataType as 'STRING', defaultValue: v.defaultValue },
      ]),
    ),
    lists: new Map(state.lists.map((l) => [l.name, new Set(l.elements)])),
  };
  const version = await afd.getDetectorVersion('payments_detector', '3');
  const rules = version.rules.map((ref) => {
    const r = state.rules.find((x) => x.ruleId === ref.ruleId && x.ruleVersion === ref.ruleVersion);
    const { rule } = compileRule(
      { ruleId: ref.ruleId, expression: r?.expression ?? '', outcomes: r?.outcomes ?? [] },
      ctx,
    );
    if (!rule) throw new Error(`rule ${ref.ruleId} does not compile`);
    return rule;
  });
  return { rules, mode: 'FIRST_MATCHED' };
}

const ruleTest = (name: string, event: Record<string, string>): RuleTest => ({
  name,
  event: new Map(Object.entries(event)),
  modelScores: new Map([['payments_model', 0]]),
  expect: {},
});

describe('verify-remote against the emulator', () => {
  it('sends every test event to the DRAFT and finds no disagreement', async () => {
    const { rules, mode } = await draftRules();
    const eventType = await afd.getEventType('payment');
    expect(eventType?.entityTypes).toEqual(['customer']);
    // The emulator scores fdp-test-3-2 at 960 and fdp-test-3-3 at 800: AFD's
    // scores, which the local side must use in place of the tests' own 0.
    emu.configureModel('payments_model', {
      eventScores: { 'fdp-test-3-2': 960, 'fdp-test-3-3': 800, 'fdp-test-3-4': 10 },
    });
    const out = await verifyRemote(
      {
        detectorId: 'payments_detector',
        detectorVersionId: '3',
        eventTypeName: 'payment',
        entityType: eventType?.entityTypes[0] ?? '',
        tests: [
          ruleTest('bad ip', { ip_address: '198.51.100.23', amount: '10' }),
          ruleTest('high score', { ip_address: '192.0.2.1', amount: '10' }),
          ruleTest('medium score', { ip_address: '192.0.2.1', amount: '10' }),
          ruleTest('low score', { ip_address: '192.0.2.1', amount: '10' }),
        ],
        evaluate: (t) => runRuleTest(t, rules, mode),
      },
      afd,
    );
    expect(out).toEqual({ compared: 4, disagreements: [], skipped: [] });
    const sent = emu.calls.filter((c) => c.operation === 'GetEventPrediction');
    expect(sent.map((c) => (c.request as { eventId?: string }).eventId)).toEqual([
      'fdp-test-3-1',
      'fdp-test-3-2',
      'fdp-test-3-3',
      'fdp-test-3-4',
    ]);
    expect(sent[0]?.request).toMatchObject({
      detectorVersionId: '3',
      entities: [{ entityType: 'customer', entityId: 'unknown' }],
    });
  });

  it('the gateway maps AFD\u2019s answer: rule results in order and scores by model id', async () => {
    emu.configureModel('payments_model', { score: 930 });
    const prediction = await afd.getEventPrediction({
      detectorId: 'payments_detector',
      detectorVersionId: '3',
      eventId: 'fdp-test-x',
      eventTypeName: 'payment',
      eventTimestamp: '2024-01-01T00:00:00Z',
      entity: { entityType: 'customer', entityId: 'unknown' },
      eventVariables: { amount: '1' },
    });
    expect(prediction.ruleResults).toEqual([{ ruleId: 'high_model_score', outcomes: ['block'] }]);
    expect([...prediction.modelScores]).toEqual([['payments_model', 930]]);
  });
});
