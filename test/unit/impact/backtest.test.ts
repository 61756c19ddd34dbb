// The backtest engine: transition table, per-rule match counts, changed events,
// the unchanged-rule dedup, score columns per side and the maxChangedPercent gate.
import { describe, expect, it, vi } from 'vitest';
import * as detectorpl from '../../../src/detectorpl/index.js';
import type { EvalContext } from '../../../src/detectorpl/index.js';
import { Backtest, type BacktestSetup, type RuleSource } from '../../../src/impact/backtest.js';

vi.mock('../../../src/detectorpl/index.js', { spy: true });

const context: EvalContext = {
  variables: new Map([
    ['amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
    ['country', { dataType: 'STRING' as const, defaultValue: 'US' }],
  ]),
  lists: new Map(),
};

const big: RuleSource = { ruleId: 'big', expression: '$amount > 100', outcomes: ['review'] };
const bigger: RuleSource = { ruleId: 'big', expression: '$amount > 500', outcomes: ['review'] };
const fr: RuleSource = { ruleId: 'fr', expression: '$country == "FR"', outcomes: ['block'] };
const score: RuleSource = {
  ruleId: 'score',
  expression: '$m_insightscore > 900',
  outcomes: ['block'],
};

function setup(base: RuleSource[], proposal: RuleSource[], extra: Partial<BacktestSetup> = {}) {
  const side = (rules: RuleSource[]) => ({
    rules,
    mode: 'ALL_MATCHED' as const,
    modelVersions: new Map<string, string>(),
  });
  return { base: side(base), proposal: side(proposal), context, ...extra };
}

function run(s: BacktestSetup, header: string[], rows: string[][]) {
  const backtest = new Backtest(s, header);
  rows.forEach((r, i) => backtest.add(r, i + 2));
  return backtest.finish();
}

describe('Backtest', () => {
  it('builds the outcome transition table, match counts and the changed events', () => {
    const report = run(
      setup([big, fr], [bigger, fr]),
      ['EVENT_ID', 'amount', 'country'],
      [
        ['e1', '50', 'US'],
        ['e2', '200', 'US'],
        ['e3', '900', 'FR'],
        ['e4', '300', 'DE'],
      ],
    );
    expect(report).toMatchObject({ events: 4, changed: 2, changedPercent: 50 });
    expect(report.transitions).toEqual([
      { base: 'review', proposal: '(none)', count: 2, percent: 50 },
      { base: '(none)', proposal: '(none)', count: 1, percent: 25 },
      { base: 'block, review', proposal: 'block, review', count: 1, percent: 25 },
    ]);
    expect(report.ruleMatches).toEqual([
      { ruleId: 'big', base: 3, proposal: 1 },
      { ruleId: 'fr', base: 1, proposal: 1 },
    ]);
    expect(report.changedEvents).toEqual([
      {
        event: 'e2',
        base: { outcomes: ['review'], rules: ['big'] },
        proposal: { outcomes: [], rules: [] },
      },
      {
        event: 'e4',
        base: { outcomes: ['review'], rules: ['big'] },
        proposal: { outcomes: [], rules: [] },
      },
    ]);
  });

  it('names an event by its row when there is no EVENT_ID column, and keeps at most 10', () => {
    const rows = Array.from({ length: 12 }, () => ['200']);
    const report = run(setup([big], [bigger]), ['amount'], rows);
    expect(report.changed).toBe(12);
    expect(report.changedEvents.map((e) => e.event)).toEqual(
      Array.from({ length: 10 }, (_, i) => `row ${i + 2}`),
    );
  });

  it('evaluates a rule that is the same on both sides once per event', () => {
    const evaluate = vi.mocked(detectorpl.evaluateEach);
    evaluate.mockClear();
    run(setup([big, fr], [bigger, fr]), ['amount', 'country'], [['1', 'FR']]);
    expect(evaluate).toHaveBeenCalledTimes(1);
    // big, fr and bigger: three distinct rules, not four.
    expect(evaluate.mock.calls[0]?.[0].size).toBe(3);
  });

  it('under FIRST_MATCHED counts only the deciding rule', () => {
    const s = setup([fr, big], [big, fr]);
    s.base.mode = 'FIRST_MATCHED';
    s.proposal.mode = 'FIRST_MATCHED';
    const report = run(s, ['amount', 'country'], [['200', 'FR']]);
    expect(report.transitions).toEqual([
      { base: 'block', proposal: 'review', count: 1, percent: 100 },
    ]);
    expect(report.ruleMatches).toEqual([
      { ruleId: 'fr', base: 1, proposal: 0 },
      { ruleId: 'big', base: 0, proposal: 1 },
    ]);
  });

  it('feeds <model>_insightscore to both sides and @<version> columns to one side each', () => {
    const versions = (v: string) => new Map([['m', v]]);
    const s = setup([score], [score]);
    s.base.modelVersions = versions('1.0');
    s.proposal.modelVersions = versions('2.0');
    const header = ['m_insightscore@1.0', 'm_insightscore@2.0'];
    const report = run(s, header, [
      ['950', '100'],
      ['100', '100'],
    ]);
    expect(report.transitions).toContainEqual({
      base: 'block',
      proposal: '(none)',
      count: 1,
      percent: 50,
    });
    expect(report.unmeasuredModelSwaps).toEqual([]);

    const shared = run(s, ['m_insightscore'], [['950']]);
    expect(shared.changed).toBe(0);
    expect(shared.unmeasuredModelSwaps).toEqual([
      { modelId: 'm', baseVersion: '1.0', proposalVersion: '2.0' },
    ]);
  });

  it('reports a side that depends on a missing score as uncertain, not as a match', () => {
    const report = run(setup([score], [score]), ['amount'], [['1']]);
    expect(report.uncertainEvents).toBe(1);
    expect(report.transitions[0]).toMatchObject({ base: '(uncertain)', proposal: '(uncertain)' });
  });

  it('fails the gate only when more than maxChangedPercent of the events change', () => {
    const rows = [['200'], ['50'], ['50'], ['50']];
    const at = run(setup([big], [bigger], { maxChangedPercent: 25 }), ['amount'], rows);
    expect(at.gate).toEqual({ maxChangedPercent: 25, exceeded: false });
    const over = run(setup([big], [bigger], { maxChangedPercent: 24.9 }), ['amount'], rows);
    expect(over.gate).toEqual({ maxChangedPercent: 24.9, exceeded: true });
  });

  it('replays a catastrophic-backtracking pattern from a PR (RE2 semantics: linear, no hang)', () => {
    // (a+)+$ against a long run of a's ending in '!' takes exponential time with a
    // backtracking engine; the evaluator's RE2 port answers without backtracking.
    const redos: RuleSource = {
      ruleId: 'redos',
      expression: 'regex_match("(a+)+$", $country)',
      outcomes: ['block'],
    };
    const report = run(setup([], [redos]), ['country'], [['a'.repeat(20_000) + '!'], ['aaa']]);
    expect(report.transitions).toEqual([
      { base: '(none)', proposal: '(none)', count: 1, percent: 50 },
      { base: '(none)', proposal: 'block', count: 1, percent: 50 },
    ]);
  });

  it('keeps a rule it cannot compile as unevaluable, every event uncertain', () => {
    const broken: RuleSource = { ruleId: 'x', expression: '$nope > 1', outcomes: ['o'] };
    const report = run(setup([big], [big, broken]), ['amount'], [['1']]);
    expect(report.unevaluable).toEqual([
      { ruleId: 'x', side: 'proposal', reason: expect.stringContaining('$nope') as string },
    ]);
    expect(report.uncertainEvents).toBe(1);
  });
});
