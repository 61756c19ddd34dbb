// Remote verification of rule tests: AFD's answer vs the local evaluator's,
// outcomes as a set and matched rules as an ordered list; the local side uses
// the scores AFD returned; events AFD cannot take are skipped with the reason;
// a refused call stops the run.
import { describe, expect, it } from 'vitest';
import { compileRule, type CompiledRule, type EvalContext } from '../../../src/detectorpl/index.js';
import { runRuleTest, type RuleTest } from '../../../src/impact/rule-tests.js';
import {
  compareAnswers,
  eventVariablesFor,
  remoteAnswer,
  testEventId,
  verifyRemote,
  type PredictionPort,
  type PredictionRequest,
  type RemotePrediction,
} from '../../../src/impact/verify-remote.js';

describe('compareAnswers', () => {
  const cases: [string, [string[], string[]], [string[], string[]], string[]][] = [
    ['same', [['block'], ['a']], [['block'], ['a']], []],
    [
      'outcomes as a set',
      [
        ['b', 'a'],
        ['r1', 'r2'],
      ],
      [
        ['a', 'b'],
        ['r1', 'r2'],
      ],
      [],
    ],
    ['duplicate outcomes', [['a', 'a'], ['r']], [['a'], ['r']], []],
    ['other outcome', [['block'], ['r']], [['review'], ['r']], ['outcomes']],
    ['rules in another order', [['a'], ['r1', 'r2']], [['a'], ['r2', 'r1']], ['rules']],
    ['one more rule', [['a'], ['r1']], [['a'], ['r1', 'r2']], ['rules']],
    ['both', [['(none)'], []], [['block'], ['r']], ['outcomes', 'rules']],
  ];
  it.each(cases)('%s', (_name, [lo, lr], [ro, rr], differs) => {
    expect(compareAnswers({ outcomes: lo, rules: lr }, { outcomes: ro, rules: rr })).toEqual(
      differs,
    );
  });
});

describe('remoteAnswer', () => {
  it('unions the matched rules outcomes in order; no match is (none)', () => {
    const answer = remoteAnswer({
      ruleResults: [
        { ruleId: 'r1', outcomes: ['review', 'notify'] },
        { ruleId: 'r2', outcomes: ['notify', 'block'] },
      ],
      modelScores: new Map(),
    });
    expect(answer).toEqual({ outcomes: ['review', 'notify', 'block'], rules: ['r1', 'r2'] });
    expect(remoteAnswer({ ruleResults: [], modelScores: new Map() })).toEqual({
      outcomes: ['(none)'],
      rules: [],
    });
  });
});

const reasonOf = (v: Record<string, string> | { reason: string }): unknown =>
  'reason' in v ? v.reason : undefined;

describe('eventVariablesFor', () => {
  const t = (event: Record<string, string | null>): RuleTest => ({
    name: 't',
    event: new Map(Object.entries(event)),
    modelScores: new Map(),
    expect: {},
  });
  it('sends an explicit null as the text "null", as AFD reads it', () => {
    expect(eventVariablesFor(t({ a: '1', b: null }))).toEqual({ a: '1', b: 'null' });
  });
  it('cannot send an event without variables, or an empty value', () => {
    expect(reasonOf(eventVariablesFor(t({})))).toMatch(/at least one/);
    expect(reasonOf(eventVariablesFor(t({ a: '' })))).toMatch(/\$a is empty/);
  });
  it('event ids are fdp-test-<version>-<n>, valid AFD event ids', () => {
    expect(testEventId('12', 0)).toBe('fdp-test-12-1');
    expect(testEventId('12', 0)).toMatch(/^[0-9a-z_-]{1,64}$/);
  });
});

const ctx: EvalContext = {
  variables: new Map([
    ['amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
    ['price', { dataType: 'FLOAT' as const }],
  ]),
  lists: new Map(),
};
const compiled: CompiledRule[] = [
  ['high_score', '$m_insightscore > 900', 'block'],
  ['big', '$amount > 100', 'review'],
  ['priced', '$price > 1', 'review'],
].map(([ruleId = '', expression = '', outcome = '']) => {
  const { rule } = compileRule({ ruleId, expression, outcomes: [outcome] }, ctx);
  if (!rule) throw new Error(expression);
  return rule;
});

function ruleTest(name: string, event: Record<string, string>, score = 0): RuleTest {
  return {
    name,
    event: new Map(Object.entries(event)),
    modelScores: new Map([['m', score]]),
    expect: {},
  };
}

/** A fake AFD answering from a table by event variables' amount. */
function fakePort(answer: (r: PredictionRequest) => RemotePrediction | Error) {
  const requests: PredictionRequest[] = [];
  const port: PredictionPort = {
    getEventPrediction(r) {
      requests.push(r);
      const a = answer(r);
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    },
  };
  return { port, requests };
}

const input = (tests: RuleTest[]) => ({
  detectorId: 'd',
  detectorVersionId: '3',
  eventTypeName: 'order',
  entityType: 'customer',
  tests,
  evaluate: (t: RuleTest) => runRuleTest(t, compiled, 'FIRST_MATCHED'),
});

describe('verifyRemote', () => {
  it('sends each event to the DRAFT and reports where AFD disagrees', async () => {
    const { port, requests } = fakePort((r) => ({
      // AFD says "big" for 150, but also for 50 (a disagreement).
      ruleResults:
        Number(r.eventVariables.amount) >= 50 ? [{ ruleId: 'big', outcomes: ['review'] }] : [],
      modelScores: new Map([['m', 10]]),
    }));
    const out = await verifyRemote(
      input([
        ruleTest('big', { amount: '150', price: '0' }),
        ruleTest('small', { amount: '50', price: '0' }),
      ]),
      port,
    );
    expect(requests.map((r) => r.eventId)).toEqual(['fdp-test-3-1', 'fdp-test-3-2']);
    expect(requests[0]).toMatchObject({
      detectorId: 'd',
      detectorVersionId: '3',
      eventTypeName: 'order',
      eventTimestamp: '2024-01-01T00:00:00Z',
      entity: { entityType: 'customer', entityId: 'unknown' },
      eventVariables: { amount: '150', price: '0' },
    });
    expect(out.compared).toBe(2);
    expect(out.disagreements).toEqual([
      {
        test: 'small',
        eventId: 'fdp-test-3-2',
        local: { outcomes: ['(none)'], rules: [] },
        remote: { outcomes: ['review'], rules: ['big'] },
        differs: ['outcomes', 'rules'],
      },
    ]);
  });

  it('evaluates locally with the score AFD gave, not the test\u2019s own', async () => {
    const { port } = fakePort(() => ({
      ruleResults: [{ ruleId: 'high_score', outcomes: ['block'] }],
      modelScores: new Map([['m', 950]]),
    }));
    // The test says score 0; AFD scored 950, and with 950 the local answer agrees.
    const out = await verifyRemote(
      input([ruleTest('scored', { amount: '1', price: '0' }, 0)]),
      port,
    );
    expect(out).toEqual({ compared: 1, disagreements: [], skipped: [] });
  });

  it('skips what AFD cannot take or the evaluator cannot decide, and says why', async () => {
    const { port, requests } = fakePort(() => ({
      ruleResults: [],
      modelScores: new Map([['m', 1]]),
    }));
    const out = await verifyRemote(
      input([ruleTest('empty', {}), ruleTest('no price', { amount: '1' })]),
      port,
    );
    expect(requests).toHaveLength(1);
    expect(out.compared).toBe(0);
    expect(out.skipped.map((s) => s.test)).toEqual(['empty', 'no price']);
    expect(out.skipped[0]?.reason).toBe('the event has no variables: AFD needs at least one');
    expect(out.skipped[1]?.reason).toMatch(/^uncertain locally \(priced: /);
  });

  it('stops at the first refused call and reports it', async () => {
    const { port, requests } = fakePort(() => new Error('Rate exceeded'));
    const out = await verifyRemote(
      input([ruleTest('a', { amount: '1' }), ruleTest('b', { amount: '2' })]),
      port,
    );
    expect(requests).toHaveLength(1);
    expect(out.stopped).toEqual({ test: 'a', message: 'Rate exceeded' });
  });
});
