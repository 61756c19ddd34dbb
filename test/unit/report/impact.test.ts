// How rule tests, the backtest and the operating point read in the log and the
// PR: one line when every test passes, a table of the failures otherwise, and
// text from the PR escaped.
import { describe, expect, it } from 'vitest';
import type { BacktestReport } from '../../../src/impact/backtest.js';
import type { RuleTestsReport } from '../../../src/impact/rule-tests.js';
import {
  backtestMarkdown,
  operatingPointMarkdown,
  testsLog,
  testsMarkdown,
} from '../../../src/report/impact.js';

const passing: RuleTestsReport = {
  total: 2,
  passed: 2,
  results: [],
};

const failing: RuleTestsReport = {
  total: 2,
  passed: 1,
  results: [
    {
      name: 'blocks @admin | <b>',
      status: 'failed',
      expected: { outcomes: ['block'] },
      got: { outcomes: ['(none)'], rules: [] },
      uncertain: [],
    },
  ],
};

describe('rule tests report', () => {
  it('is one line when every test passes', () => {
    expect(testsLog(passing)).toEqual(['Tests 2/2 passed']);
    expect(testsMarkdown(passing)).toBe('Tests 2/2 passed');
  });

  it('is a table of the failing tests with escaped names', () => {
    expect(testsLog(failing)).toEqual([
      'Tests 1/2 failed',
      '  ✗ blocks @admin | <b>: expected outcomes: block; got outcomes: (none); rules: (none); deciding rule (none)',
    ]);
    const md = testsMarkdown(failing);
    expect(md).toContain('| test | expected | got | deciding rule |');
    expect(md).toContain('blocks @&#8203;admin \\| &lt;b&gt;');
  });
});

describe('backtest report', () => {
  const report: BacktestReport = {
    events: 4,
    changed: 1,
    changedPercent: 25,
    transitions: [
      { base: '(none)', proposal: '(none)', count: 3, percent: 75 },
      { base: 'review', proposal: '(none)', count: 1, percent: 25 },
    ],
    ruleMatches: [{ ruleId: 'big', base: 1, proposal: 0 }],
    changedEvents: [
      {
        event: 'e2',
        base: { outcomes: ['review'], rules: ['big'] },
        proposal: { outcomes: [], rules: [] },
      },
    ],
    uncertainEvents: 0,
    unevaluable: [],
    unmeasuredModelSwaps: [{ modelId: 'pay', baseVersion: '1.0', proposalVersion: '2.0' }],
    gate: { maxChangedPercent: 10, exceeded: true },
  };

  it('shows the changed share, the gate, the transitions and the unmeasured model swap', () => {
    const md = backtestMarkdown(report);
    expect(md).toContain(
      '**Backtest**: 1 of 4 events change outcome (25.0%) ❌ more than maxChangedPercent 10%',
    );
    expect(md).toContain('only the rule changes were measured');
    expect(md).toContain('| review | \\(none\\) | 1 | 25.0% |');
    expect(md).toContain('| `big` | 1 | 0 |');
    expect(md).toContain('| e2 | review by big | \\(none\\) by \\(none\\) |');
  });
});

describe('operating point report', () => {
  it('shows base and proposal metrics and marks interpolated ones', () => {
    const md = operatingPointMarkdown([
      {
        ruleId: 'high',
        modelId: 'pay',
        op: '>',
        base: {
          modelVersion: '1.0',
          threshold: 900,
          metrics: { fpr: 0.01, tpr: 0.5, precision: 0.4, interpolated: false },
        },
        proposal: {
          modelVersion: '2.0',
          threshold: 900,
          metrics: { fpr: 0.02, tpr: 0.6, precision: 0.35, interpolated: true },
        },
      },
    ]);
    expect(md).toContain(
      '| `high` | \\$pay\\_insightscore &gt; | v1.0 at 900: FPR 0.010, TPR 0.500, precision 0.400 | v2.0 at 900: FPR 0.020, TPR 0.600, precision 0.350 \\* |',
    );
    expect(operatingPointMarkdown([])).toBe('');
  });
});
