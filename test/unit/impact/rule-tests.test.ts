// Rule tests: expect.outcomes compared as a set, expect.rules as the ordered
// list AFD reports (FIRST_MATCHED: the deciding rule only), no match = (none),
// and an answer the evaluator cannot be sure of fails as "uncertain".
import { describe, expect, it } from 'vitest';
import { compileRule, type CompiledRule, type EvalContext } from '../../../src/detectorpl/index.js';
import { runRuleTests, type RuleTest } from '../../../src/impact/rule-tests.js';

const ctx: EvalContext = {
  variables: new Map([
    ['ip_address', { dataType: 'STRING' as const, defaultValue: 'unknown' }],
    ['order_amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
  ]),
  lists: new Map([['bad_ips', new Set(['203.0.113.7'])]]),
};

function rules(...specs: [string, string, string[]][]): CompiledRule[] {
  return specs.map(([ruleId, expression, outcomes]) => {
    const { rule, diagnostics } = compileRule({ ruleId, expression, outcomes }, ctx);
    if (!rule) throw new Error(diagnostics.map((d) => d.message).join('; '));
    return rule;
  });
}

const detector = rules(
  ['block_known_bad_ip', '$ip_address in @bad_ips', ['block']],
  ['review_big_order', '$order_amount > 1000', ['review', 'notify']],
  ['high_score', '$payments_model_insightscore > 900', ['block']],
);

function test(
  event: Record<string, string | null>,
  expect_: RuleTest['expect'],
  modelScores: Record<string, number> = { payments_model: 0 },
): RuleTest {
  return {
    name: 't',
    event: new Map(Object.entries(event)),
    modelScores: new Map(Object.entries(modelScores)),
    expect: expect_,
  };
}

describe('runRuleTests', () => {
  it('compares outcomes as a set and rules as an ordered list', () => {
    const big = { ip_address: '203.0.113.7', order_amount: '5000' };
    const report = runRuleTests(
      [
        test(big, { outcomes: ['notify', 'review', 'block'] }),
        test(big, { rules: ['block_known_bad_ip', 'review_big_order'] }),
        test(big, { rules: ['review_big_order', 'block_known_bad_ip'] }),
      ],
      detector,
      'ALL_MATCHED',
    );
    expect(report.results.map((r) => r.status)).toEqual(['passed', 'passed', 'failed']);
    expect(report).toMatchObject({ total: 3, passed: 2 });
  });

  it('under FIRST_MATCHED reports only the deciding rule', () => {
    const event = { ip_address: '203.0.113.7', order_amount: '5000' };
    const [result] = runRuleTests(
      [test(event, { outcomes: ['block'], rules: ['block_known_bad_ip'] })],
      detector,
      'FIRST_MATCHED',
    ).results;
    expect(result).toMatchObject({
      status: 'passed',
      got: { outcomes: ['block'], rules: ['block_known_bad_ip'] },
      decidingRule: 'block_known_bad_ip',
    });
  });

  it('names no match (none), and a missing variable takes its default', () => {
    const [result] = runRuleTests(
      [test({}, { outcomes: ['(none)'], rules: [] })],
      detector,
      'FIRST_MATCHED',
    ).results;
    expect(result).toMatchObject({ status: 'passed', got: { outcomes: ['(none)'], rules: [] } });
    expect(result?.decidingRule).toBeUndefined();
  });

  it('feeds modelScores as $<modelId>_insightscore', () => {
    const [result] = runRuleTests(
      [test({}, { rules: ['high_score'] }, { payments_model: 950 })],
      detector,
      'ALL_MATCHED',
    ).results;
    expect(result?.status).toBe('passed');
  });

  it('fails as uncertain when a rule before the decision cannot be evaluated', () => {
    // No score given: the rule reading it cannot be decided, whatever the expectation.
    const [result] = runRuleTests(
      [test({}, { outcomes: ['(none)'] }, {})],
      detector,
      'ALL_MATCHED',
    ).results;
    expect(result?.status).toBe('uncertain');
    expect(result?.uncertain[0]?.ruleId).toBe('high_score');
  });

  it('under FIRST_MATCHED an uncertain rule after the deciding one does not matter', () => {
    const [result] = runRuleTests(
      [test({ ip_address: '203.0.113.7' }, { outcomes: ['block'] }, {})],
      detector,
      'FIRST_MATCHED',
    ).results;
    expect(result?.status).toBe('passed');
  });
});
