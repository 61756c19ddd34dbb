// Differential test of the two DetectorPL evaluators: the action's
// (src/detectorpl: compileRule / evaluateRule) and the emulator's, reached
// through GetEventPrediction with the real SDK. Generated expressions over a
// small catalog (numbers, strings, a boolean, a list; comparisons, and / or / !,
// in, regex_match, lowercase, arithmetic) and generated events must get the
// same answer from both, rule by rule, except where the action says it cannot
// be sure ("uncertain"). Fast: all rules of a batch go into one ALL_MATCHED
// detector version, so one prediction per event answers for every rule.
import {
  CreateDetectorVersionCommand,
  CreateRuleCommand,
  GetEventPredictionCommand,
  type FraudDetectorClient,
} from '@aws-sdk/client-frauddetector';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator, SeedFile } from '../../emulator/index.js';
import {
  compileRule,
  evaluateRule,
  type CompiledRule,
  type EvalContext,
} from '../../src/detectorpl/index.js';
import { clientFor, start } from './emulator-helpers.js';

const DET = 'diff_detector';
const VARIABLES = {
  amount: { dataType: 'FLOAT', defaultValue: '0.0' },
  items: { dataType: 'INTEGER', defaultValue: '1' },
  email: { dataType: 'STRING', defaultValue: '<unknown>' },
  country: { dataType: 'STRING', defaultValue: 'US' },
  vip: { dataType: 'BOOLEAN', defaultValue: 'false' },
} as const;
const BAD_EMAILS = ['a@evil.test', 'B@EVIL.TEST', '10'];

const SEED: SeedFile = {
  variables: Object.entries(VARIABLES).map(([name, v]) => ({ name, dataSource: 'EVENT', ...v })),
  entityTypes: [{ name: 'customer' }],
  eventTypes: [
    { name: 'order', eventVariables: Object.keys(VARIABLES), entityTypes: ['customer'] },
  ],
  lists: [{ name: 'bad_emails', elements: BAD_EMAILS }],
  detectors: [{ detectorId: DET, eventTypeName: 'order' }],
  outcomes: [{ name: 'hit' }],
};

const CTX: EvalContext = {
  variables: new Map(Object.entries(VARIABLES)),
  lists: new Map([['bad_emails', new Set(BAD_EMAILS)]]),
};

// Expressions. Values are kept to what both sides can be asked about: every
// generated event value fits its variable's type (the emulator refuses others,
// as AFD validates the request).
const num: fc.Arbitrary<string> = fc.letrec<{ n: string }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('$amount', '$items'),
    fc.integer({ min: 0, max: 120 }).map(String),
    fc.constantFrom('0.5', '2.25', '10.0'),
    fc
      .tuple(tie('n'), fc.constantFrom('+', '-', '*', '/', '%'), tie('n'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('n').map((a) => `-${a}`),
  ),
})).n;

const str = fc.constantFrom(
  '$email',
  '$country',
  'lowercase($email)',
  '"US"',
  '"fr"',
  '"a@evil.test"',
);
const PATTERNS = ['.*@evil\\\\.test', '[a-z]+', 'a.*', 'US|FR', '.*', '[0-9]+'];

const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(num, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), num)
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(str, fc.constantFrom('==', '!='), str).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(str, fc.constantFrom('in', 'not in'))
      .map(([a, op]) => `${a} ${op} ["US", "FR", "a@evil.test"]`),
    fc.tuple(num, fc.constantFrom('in', 'not in')).map(([a, op]) => `${a} ${op} [1, 2, 10, 2.5]`),
    fc
      .tuple(fc.constantFrom('$email', '$country', '$items'), fc.constantFrom('in', 'not in'))
      .map(([a, op]) => `${a} ${op} @bad_emails`),
    fc
      .tuple(
        fc.constantFrom(...PATTERNS),
        fc.constantFrom('$email', '$country', 'lowercase($email)'),
      )
      .map(([p, v]) => `regex_match("${p}", ${v})`),
    fc.constantFrom('$vip', '$vip == true', 'true', 'false'),
    tie('c').map((c) => `!(${c})`),
    fc
      .tuple(tie('c'), fc.constantFrom('and', 'or'), tie('c'))
      .map(([a, op, b]) => `(${a}) ${op} (${b})`),
  ),
})).c;

const event: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    amount: fc.constantFrom('0', '1.5', '10', '99.99', '250', ' 7 '),
    items: fc.constantFrom('0', '1', '2', '10', '-3'),
    email: fc.constantFrom('a@evil.test', 'B@EVIL.TEST', 'bob@example.com', 'x', '10', 'US'),
    country: fc.constantFrom('US', 'FR', 'us', 'DE'),
    vip: fc.constantFrom('true', 'false', 'TRUE'),
  },
  { requiredKeys: [] },
);

const SEED_NUMBER = 20_261_206;
const RULES_PER_VERSION = 60;
const VERSIONS = 3;
const EVENTS = 12;

let emu: Emulator;
let client: FraudDetectorClient;

beforeAll(async () => {
  emu = await start({ seed: SEED });
  client = clientFor(emu);
});

afterAll(async () => {
  client.destroy();
  await emu.close();
});

interface Case {
  ruleId: string;
  expression: string;
  local: CompiledRule;
}

async function createVersion(cases: Case[]): Promise<string> {
  for (const c of cases)
    await client.send(
      new CreateRuleCommand({
        detectorId: DET,
        ruleId: c.ruleId,
        expression: c.expression,
        language: 'DETECTORPL',
        outcomes: ['hit'],
      }),
    );
  const out = await client.send(
    new CreateDetectorVersionCommand({
      detectorId: DET,
      rules: cases.map((c) => ({ detectorId: DET, ruleId: c.ruleId, ruleVersion: '1' })),
      ruleExecutionMode: 'ALL_MATCHED',
    }),
  );
  return out.detectorVersionId ?? '';
}

describe('DetectorPL: the action\u2019s evaluator and the emulator\u2019s agree', () => {
  it('on generated expressions and events, wherever the action is sure', async () => {
    const expressions = fc.sample(condition, {
      seed: SEED_NUMBER,
      numRuns: RULES_PER_VERSION * VERSIONS,
    });
    const events = fc.sample(event, { seed: SEED_NUMBER + 1, numRuns: EVENTS });
    const cases: Case[] = [];
    for (const [i, expression] of expressions.entries()) {
      const { rule } = compileRule({ ruleId: `r${i}`, expression, outcomes: ['hit'] }, CTX);
      // The action refuses what it cannot evaluate at all; nothing to compare.
      if (rule && expression.length <= 4096)
        cases.push({ ruleId: `r${i}`, expression, local: rule });
    }
    expect(cases.length).toBeGreaterThan(expressions.length / 2);

    const disagreements: string[] = [];
    let compared = 0;
    for (let b = 0; b < cases.length; b += RULES_PER_VERSION) {
      const batch = cases.slice(b, b + RULES_PER_VERSION);
      const version = await createVersion(batch);
      for (const [e, eventVariables] of events.entries()) {
        // AFD needs at least one variable: an empty generated event sends the defaults explicitly.
        const sent = Object.keys(eventVariables).length ? eventVariables : { country: 'US' };
        const out = await client.send(
          new GetEventPredictionCommand({
            detectorId: DET,
            detectorVersionId: version,
            eventId: `fdp-test-diff-${b}-${e}`,
            eventTypeName: 'order',
            eventTimestamp: '2024-01-01T00:00:00Z',
            entities: [{ entityType: 'customer', entityId: 'unknown' }],
            eventVariables: sent,
          }),
        );
        const remote = new Set((out.ruleResults ?? []).map((r) => r.ruleId));
        for (const c of batch) {
          const local = evaluateRule(c.local, new Map(Object.entries(sent)));
          if (local.uncertain !== undefined) continue;
          compared++;
          if (local.matched !== remote.has(c.ruleId))
            disagreements.push(
              `${c.expression} with ${JSON.stringify(sent)}: action ${local.matched}, emulator ${remote.has(c.ruleId)}`,
            );
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // Enough certain answers to mean something.
    expect(compared).toBeGreaterThan(cases.length * EVENTS * 0.4);
  }, 120_000);
});
