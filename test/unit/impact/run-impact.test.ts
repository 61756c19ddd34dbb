// The impact step on a fake AFD (reads only): the evaluation context from
// GetVariables and GetListElements, a list read only in part, pinned rules'
// expressions from GetRules, rules that do not compile, and the failure that
// stops the run before a write.
import { describe, expect, it } from 'vitest';
import type { DetectorVersion, RuleDetail } from '../../../src/domain/afd.js';
import type { RuleTest } from '../../../src/impact/rule-tests.js';
import {
  impactFailure,
  runImpact,
  wantsImpact,
  type ImpactDeps,
  type ImpactInput,
} from '../../../src/impact/run-impact.js';

const rule = (ruleId: string, expression: string, outcomes: string[]): RuleDetail => ({
  ruleId,
  ruleVersion: '1',
  expression,
  outcomes,
});

function fakeAfd(rules: RuleDetail[], truncated = false) {
  const calls: string[] = [];
  const afd: ImpactDeps['afd'] = {
    listVariables: () => {
      calls.push('listVariables');
      return Promise.resolve([
        { name: 'ip_address', dataType: 'STRING', defaultValue: '<unknown>' },
        { name: 'amount', dataType: 'FLOAT', defaultValue: '0.0' },
      ]);
    },
    getListElements: (name) => {
      calls.push(`getListElements ${name}`);
      return Promise.resolve(
        name === 'bad_ips' ? { name, elements: ['203.0.113.7'], truncated } : undefined,
      );
    },
    listRules: () => {
      calls.push('listRules');
      return Promise.resolve(rules);
    },
  };
  return { afd, calls };
}

const test = (name: string, ip: string, outcomes: string[]): RuleTest => ({
  name,
  event: new Map([['ip_address', ip]]),
  modelScores: new Map(),
  expect: { outcomes },
});

function input(rules: RuleDetail[], tests: RuleTest[]): ImpactInput {
  const refs = rules.map(({ ruleId, ruleVersion }) => ({ ruleId, ruleVersion }));
  return {
    detectorId: 'd',
    request: { tests },
    base: undefined as DetectorVersion | undefined,
    proposal: { rules: refs, ruleExecutionMode: 'FIRST_MATCHED', modelVersions: [] },
    known: [],
    modelMetrics: new Map(),
  };
}

const log = { info: () => undefined, warning: () => undefined };

describe('runImpact', () => {
  const rules = [
    rule('bad_ip', '$ip_address in @bad_ips', ['block']),
    rule('big', '$amount > 100', ['review']),
  ];

  it('reads pinned expressions, variables and the lists the rules use, and runs the tests', async () => {
    const { afd, calls } = fakeAfd(rules);
    const report = await runImpact(
      { afd, log },
      input(rules, [test('bad', '203.0.113.7', ['block']), test('ok', '192.0.2.1', ['(none)'])]),
    );
    expect(report.tests).toMatchObject({ total: 2, passed: 2 });
    expect(calls).toEqual(['listRules', 'listVariables', 'getListElements bad_ips']);
    expect(impactFailure(report)).toBeUndefined();
  });

  it('a list read only in part makes a value not found in it uncertain, and a found one certain', async () => {
    const { afd } = fakeAfd(rules, true);
    const report = await runImpact(
      { afd, log },
      input(rules, [
        test('found', '203.0.113.7', ['block']),
        test('other', '192.0.2.1', ['(none)']),
      ]),
    );
    expect(report.partialLists).toEqual(['bad_ips']);
    expect(report.tests?.results.map((r) => r.status)).toEqual(['passed', 'uncertain']);
    expect(report.tests?.results[1]?.uncertain[0]?.reason).toContain('read only in part');
    expect(impactFailure(report)?.message).toContain('1 of 2 rule tests failed');
  });

  it('a rule that does not compile makes the tests it could decide uncertain', async () => {
    const broken = [
      rule('bad_ip', '$ip_address in @bad_ips', ['block']),
      rule('x', '$nope > 1', ['review']),
    ];
    const { afd } = fakeAfd(broken);
    const report = await runImpact(
      { afd, log },
      input(broken, [
        test('decided first', '203.0.113.7', ['block']),
        test('reaches x', '192.0.2.1', ['(none)']),
      ]),
    );
    expect(report.tests?.results.map((r) => r.status)).toEqual(['passed', 'uncertain']);
    expect(report.tests?.results[1]?.uncertain).toEqual([
      { ruleId: 'x', reason: expect.stringContaining('$nope') as string },
    ]);
  });

  it('a model swap alone reads only the rules (no catalog reads a plan-only role may lack)', async () => {
    const { afd, calls } = fakeAfd(rules);
    const model = { modelId: 'm', modelType: 'TRANSACTION_FRAUD_INSIGHTS' as const };
    const swap: ImpactInput = {
      ...input(rules, []),
      request: {},
      base: {
        detectorVersionId: '1',
        status: 'ACTIVE',
        rules: [],
        modelVersions: [{ ...model, modelVersionNumber: '1.0' }],
        externalModelEndpoints: [],
        ruleExecutionMode: 'FIRST_MATCHED',
      } as unknown as DetectorVersion,
      proposal: {
        rules: [],
        ruleExecutionMode: 'FIRST_MATCHED',
        modelVersions: [{ ...model, modelVersionNumber: '2.0' }],
      },
    };
    expect(wantsImpact(swap)).toBe(true);
    await runImpact({ afd, log }, swap);
    expect(calls.filter((c) => c !== 'listRules')).toEqual([]);
  });

  it('has nothing to do without tests, a backtest or a model version change', () => {
    expect(wantsImpact({ ...input(rules, []), request: {} })).toBe(false);
  });
});
