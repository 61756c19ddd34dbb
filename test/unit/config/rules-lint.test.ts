// Rules as code are linted when the config is read, before any AWS call: a
// syntax error, an expression over AFD's limit or too many lists fails the run
// and is placed at the file, line and column the user wrote it.
import { describe, expect, it } from 'vitest';
import { lintRuleAsCode } from '../../../src/planner/rule-lint.js';
import { parse, parseError } from './helpers.js';

const CONFIG = { config: 'fraud-detector/d.yml', 'aws-region': 'us-east-1' };
const files = (rules: string, extra: Record<string, string> = {}) => ({
  files: { 'fraud-detector/d.yml': `detector:\n  detectorId: d\n  rules:\n${rules}`, ...extra },
});

describe('rules as code: lint at parse time', () => {
  it('places a syntax error of an inline expression at its config line and column', () => {
    const [p, ...rest] = parseError(
      CONFIG,
      files(`    - { ruleId: r, expression: "$amount > > 5", outcomes: [review] }\n`),
    ).problems;
    expect(rest).toEqual([]);
    expect(p?.input).toBe('detector.rules[0].expression');
    // `"` is column 32 of line 4, so the text starts at 33; the second `>` is column 11 of the expression.
    expect(p?.position).toEqual({ file: 'fraud-detector/d.yml', line: 4, column: 43 });
    expect(p?.rule).toMatch(/^rule r, expression line 1 column 11: /);
  });

  it('places an error on the second line of a block scalar', () => {
    const [p] = parseError(
      CONFIG,
      files(`    - ruleId: r
      outcomes: [review]
      expression: |
        $amount > 5
        and and $b
`),
    ).problems;
    expect(p?.position).toEqual({ file: 'fraud-detector/d.yml', line: 8, column: 13 });
    expect(p?.rule).toMatch(/^rule r, expression line 2 column 5: /);
  });

  it('places an error in an expressionFile at the line inside that file', () => {
    const [p] = parseError(
      CONFIG,
      files(`    - { ruleId: r, expressionFile: rules/r.dpl, outcomes: [review] }\n`, {
        'fraud-detector/rules/r.dpl': '$amount > 5\r\nand and $b\r\n',
      }),
    ).problems;
    expect(p?.input).toBe('detector.rules[0].expressionFile');
    expect(p?.position).toEqual({ file: 'fraud-detector/rules/r.dpl', line: 2, column: 5 });
    expect(p?.rule).toMatch(/^rule r, expression line 2 column 5: /);
  });

  it('names the rule and the column for the inline rules input (no file)', () => {
    const err = parseError({
      'aws-region': 'us-east-1',
      'detector-id': 'd',
      rules: '- { ruleId: r, expression: "$a >", outcomes: [x] }',
    });
    expect(err.problems[0]?.input).toBe('rules');
    expect(err.problems[0]?.position).toBeUndefined();
    expect(err.problems[0]?.rule).toMatch(/rule r, expression line 1 column \d+: /);
  });

  it('refuses an expression over 4,096 characters and more than 3 lists', () => {
    const long = `$a == "${'x'.repeat(4100)}"`;
    const tooLong = parseError(
      CONFIG,
      files(`    - { ruleId: r, expressionFile: r.dpl, outcomes: [x] }\n`, {
        'fraud-detector/r.dpl': long,
      }),
    ).problems;
    expect(tooLong.map((p) => p.rule).join('\n')).toMatch(/4,?096/);
    const lists = parseError(
      CONFIG,
      files(
        `    - { ruleId: r, expression: "$a in @l1 or $a in @l2 or $a in @l3 or $a in @l4", outcomes: [x] }\n`,
      ),
    ).problems;
    expect(lists.map((p) => p.rule).join('\n')).toMatch(/list/);
  });

  it('accepts a valid expression, and keeps a warning (not checked locally) out of the parse', () => {
    const req = parse(
      CONFIG,
      files(`    - { ruleId: r, expression: "somefunc($a) > 1", outcomes: [x] }\n`),
    );
    expect(req.detector?.rules).toHaveLength(1);
    const [w] = lintRuleAsCode({ ruleId: 'r', expression: 'somefunc($a) > 1', outcomes: ['x'] });
    expect(w).toMatchObject({ severity: 'warning', code: 'unknown-function' });
    expect(w?.message).toContain('not checked locally');
  });
});
