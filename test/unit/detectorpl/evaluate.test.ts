// The evaluator against AFD's documented semantics: every operator and
// function, defaults for missing variables, explicit nulls, coercion failures
// and the two execution modes. "?" marks a case where the evaluator must say it
// is uncertain (with the reason) rather than guess.
import { describe, expect, it } from 'vitest';
import {
  compileRule,
  evaluateEach,
  evaluateRule,
  evaluateRules,
  RuleBatch,
  VERDICT,
  type CompiledRule,
  type EvalContext,
} from '../../../src/detectorpl/index.js';

const ctx: EvalContext = {
  variables: new Map([
    ['amount', { dataType: 'FLOAT' as const, defaultValue: '0.0' }],
    ['count', { dataType: 'INTEGER' as const, defaultValue: '0' }],
    ['email', { dataType: 'STRING' as const, defaultValue: '<unknown>' }],
    ['country', { dataType: 'STRING' as const }],
    ['member', { dataType: 'BOOLEAN' as const, defaultValue: 'false' }],
    ['signup', { dataType: 'DATETIME' as const, defaultValue: '2020-01-01T00:00:00Z' }],
  ]),
  lists: new Map([
    ['blocked_emails', new Set(['bad@example.com', 'evil@example.com'])],
    ['codes', new Set(['10', '20', 'true'])],
  ]),
};

type Event = Record<string, string | null>;
const events = (e: Event): Map<string, string | null> => new Map(Object.entries(e));

function compile(expression: string, ruleId = 'r', outcomes: string[] = ['review']): CompiledRule {
  const { rule, diagnostics } = compileRule({ ruleId, expression, outcomes }, ctx);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return rule!;
}

/** true, false, or "?<part of the reason>". */
function evaluate(
  expression: string,
  event: Event,
  scores?: Record<string, number>,
): boolean | string {
  const match = evaluateRule(
    compile(expression),
    events(event),
    scores && new Map(Object.entries(scores)),
  );
  return match.uncertain === undefined ? match.matched : `?${match.uncertain}`;
}

describe('evaluateRule', () => {
  it.each<[string, Event, boolean | string]>([
    // Comparisons on numbers (FLOAT and INTEGER values arrive as strings).
    ['$amount > 100', { amount: '100.5' }, true],
    ['$amount > 100', { amount: '100' }, false],
    ['$amount >= 100', { amount: '100' }, true],
    ['$amount < 100', { amount: '99.99' }, true],
    ['$amount <= 100', { amount: '100.01' }, false],
    ['$amount == 100', { amount: '100.0' }, true],
    ['$amount != 100', { amount: '100' }, false],
    ['$amount == 1000', { amount: '1e3' }, true],
    ['$count == 3', { count: '3' }, true],
    ['$count == 3', { count: ' 3 ' }, true],
    ['$count > -1', { count: '-1' }, false],
    ['$amount > 0', { amount: '.5' }, true],
    ['$amount > 0', { amount: '2.5e2' }, true],
    // Strings: == and != compare exactly (case matters).
    ['$email == "a@b.com"', { email: 'a@b.com' }, true],
    ['$email == "a@b.com"', { email: 'A@b.com' }, false],
    ['$email != "a@b.com"', { email: 'x' }, true],
    ['$country == "US"', { country: 'US' }, true],
    ['$email == ""', { email: '' }, true],
    // Booleans: "true"/"false" in any case.
    ['$member == true', { member: 'TRUE' }, true],
    ['$member == true', { member: 'False' }, false],
    ['$member', { member: 'true' }, true],
    ['!$member', { member: 'true' }, false],
    ['$member != false', { member: 'true' }, true],
    // Logic: and, or, !, parentheses, short-circuit.
    ['$amount > 1 and $count > 1', { amount: '2', count: '2' }, true],
    ['$amount > 1 and $count > 1', { amount: '2', count: '0' }, false],
    ['$amount > 1 or $count > 1', { amount: '0', count: '2' }, true],
    ['$amount > 1 or $count > 1', { amount: '0', count: '0' }, false],
    ['!($amount > 1)', { amount: '0' }, true],
    ['!$amount > 1', { amount: '0' }, true],
    ['true', {}, true],
    ['false', {}, false],
    ['$amount > 1 or $count > 1 and false', { amount: '2' }, true],
    ['($amount > 1 or $count > 1) and false', { amount: '2' }, false],
    ['$amount > 1 or $country == "US"', { amount: '2' }, true],
    ['$amount > 1 and $country == "US"', { amount: '0' }, false],
    // Arithmetic.
    ['$amount + $count == 5.5', { amount: '2.5', count: '3' }, true],
    ['$amount - $count == -0.5', { amount: '2.5', count: '3' }, true],
    ['$amount * 2 == 5', { amount: '2.5' }, true],
    ['$amount / 2 == 1.25', { amount: '2.5' }, true],
    ['$count / 2 == 2', { count: '4' }, true],
    ['$count % 3 == 1', { count: '7' }, true],
    ['$amount % 2 == 0.5', { amount: '2.5' }, true],
    ['-$amount < 0', { amount: '1' }, true],
    ['--$count == 4', { count: '4' }, true],
    ['$count + 2 * 3 == 10', { count: '4' }, true],
    ['($count + 2) * 3 == 18', { count: '4' }, true],
    ['10 - 2 - 3 == 5', {}, true],
    ['$count / 2 == 3.5', { count: '7' }, '?divides two integers'],
    // A constant on either side of a comparison or an operator (compiled to one closure).
    ['100 < $amount', { amount: '100.5' }, true],
    ['100 >= $amount', { amount: '100' }, true],
    ['100 > $amount', { amount: '100' }, false],
    ['100 <= $amount', { amount: '99' }, false],
    ['$amount <= 100', { amount: '100' }, true],
    ['$amount >= 100', { amount: '99.5' }, false],
    ['"US" == $country', { country: 'US' }, true],
    ['"US" != $country', { country: 'US' }, false],
    ['$amount / 4 == 0.625', { amount: '2.5' }, true],
    ['$count / 4 == 2', { count: '8' }, true],
    ['$amount / 0 > 1', { amount: '1' }, '?division by zero'],
    ['$count % 4 == 3', { count: '7' }, true],
    ['$count - 10 == -7', { count: '3' }, true],
    ['$count + 0.5 == 3.5', { count: '3' }, true],
    // Arithmetic with a constant, compared with a constant (one closure).
    ['($amount - 10) / 4 > 1', { amount: '14.5' }, true],
    ['($amount - 10) / 4 > 1', { amount: '14' }, false],
    ['1 < ($amount - 10) / 4', { amount: '14.5' }, true],
    ['10 >= $amount + 1', { amount: '9' }, true],
    ['$count + 1 != 4', { count: '3' }, false],
    ['$amount * 2 <= 5', { amount: '2.5' }, true],
    ['$count / 2 > 1', { count: '3' }, '?divides two integers'],
    ['$count % 2 == 1', { count: '3' }, true],
    ['false and $member', { member: 'yes' }, false],
    ['true or $member', { member: 'yes' }, true],
    ['$country in ["US", 1]', { country: 'US' }, true],
    ['$count in ["US", 1]', { count: '1' }, true],
    ['$amount / $count > 1', { amount: '1', count: '0' }, '?division by zero'],
    ['$count % 0 == 1', { count: '3' }, '?division by zero'],
    // Membership: list literals by type, and lists by their (string) elements.
    ['$count in [5, 10, 25, 100]', { count: '25' }, true],
    ['$count in [5, 10, 25, 100]', { count: '26' }, false],
    ['$count not in [5, 10]', { count: '26' }, true],
    ['$amount in [2.5, 3]', { amount: '2.50' }, true],
    ['$country in ["US", "CA"]', { country: 'CA' }, true],
    ['$country not in ["US", "CA"]', { country: 'CA' }, false],
    ['$member in [true]', { member: 'true' }, true],
    ['$country in []', { country: 'CA' }, false],
    ['$country not in []', { country: 'CA' }, true],
    ['$email in @blocked_emails', { email: 'bad@example.com' }, true],
    ['$email in @blocked_emails', { email: 'good@example.com' }, false],
    ['$email not in @blocked_emails', { email: 'good@example.com' }, true],
    ['lowercase($email) in @blocked_emails', { email: 'BAD@Example.com' }, true],
    ['$count in @codes', { count: '10' }, true],
    ['$amount in @codes', { amount: '10.0' }, true],
    ['$member in @codes', { member: 'TRUE' }, true],
    ['$count in [10, "10"]', { count: '10' }, true],
    ['$country in [10, "10"]', { country: '10' }, true],
    // regex_match: RE2 syntax, the whole string must match (Java's matches()).
    ['regex_match(".*@gmail\\.com", lowercase($email))', { email: 'Joe@GMAIL.com' }, true],
    ['regex_match(".*@gmail\\.com", $email)', { email: 'joe@gmail.com.evil' }, false],
    ['regex_match("gmail", $email)', { email: 'joe@gmail.com' }, false],
    ['regex_match(".*\\+1", $country)', { country: 'tel+1' }, true],
    ['regex_match("^mystring", $email)', { email: 'mystring' }, true],
    ['regex_match("\\d{3}", $count)', { count: '123' }, true],
    ['regex_match("(?i)abc", $email)', { email: 'ABC' }, true],
    ['regex_match("a.c", $email)', { email: 'a\nc' }, false],
    // lowercase.
    ['lowercase($country) == "us"', { country: 'US' }, true],
    ['lowercase($email) == "ä"', { email: 'Ä' }, true],
    // Missing variables take the default value; explicit null is the string "null".
    ['$amount == 0', {}, true],
    ['$email == "<unknown>"', {}, true],
    ['$member == false', {}, true],
    ['$email == "null"', { email: null }, true],
    ['$country == "null"', { country: null }, true],
    ['$amount > 0', { amount: null }, '?$amount is FLOAT but its value is "null"'],
    ['$country == "US"', {}, '?$country has no value and no default value'],
    // Values that do not fit the variable's type are uncertain, not guessed.
    ['$amount > 0', { amount: 'abc' }, '?$amount is FLOAT but its value is "abc"'],
    ['$count > 0', { count: '1.5' }, '?$count is INTEGER but its value is "1.5"'],
    ['$member == true', { member: 'yes' }, '?$member is BOOLEAN but its value is "yes"'],
    ['$amount > 0', { amount: 'NaN' }, '?is FLOAT'],
    // Mixed types and unknown functions.
    [
      '$email == $amount',
      { email: '1', amount: '1' },
      '?\'==\' compares the string "1" with the number 1',
    ],
    ['$email > "a"', { email: 'b' }, '?only numbers and ISO 8601 timestamps are ordered locally'],
    ['is_fraud($email)', { email: 'x' }, '?is_fraud() is not evaluated locally'],
    ['$amount > 1 or is_fraud($email)', { amount: '2' }, true],
    // DATETIME: ISO 8601 text, ordered as instants when both sides carry a zone.
    ['$signup > "2024-01-01T00:00:00Z"', { signup: '2024-06-01T12:00:00+02:00' }, true],
    ['$signup < "2024-01-01"', { signup: '2023-12-31T23:59:59Z' }, true],
    ['$signup == "2024-01-01T00:00:00Z"', { signup: '2024-01-01T00:00:00Z' }, true],
    ['$signup < "2021-01-01T00:00:00Z"', {}, true],
    [
      '$signup > "2024-01-01T00:00:00"',
      { signup: '2024-06-01T00:00:00Z' },
      '?only numbers and ISO 8601 timestamps',
    ],
  ])('%s with %j → %s', (expression, event, expected) => {
    const got = evaluate(expression, event);
    if (typeof expected === 'string') {
      expect(typeof got === 'string' && got.startsWith('?')).toBe(true);
      expect(got).toEqual(expect.stringContaining(expected.slice(1)));
    } else {
      expect(got).toBe(expected);
    }
  });

  it('reads $<modelId>_insightscore from the model scores', () => {
    const rule = '$fraud_model_insightscore > 900';
    expect(evaluate(rule, {}, { fraud_model_insightscore: 950 })).toBe(true);
    expect(evaluate(rule, {}, { fraud_model_insightscore: 850 })).toBe(false);
    expect(evaluate(rule, {}, {})).toContain('?no model score for $fraud_model_insightscore');
    expect(evaluate(rule, { fraud_model_insightscore: '999' })).toContain('?no model score');
  });

  it('refuses to compile a rule with an unknown variable or list, or a bad regex', () => {
    const codes = (expression: string): string[] =>
      compileRule({ ruleId: 'r', expression, outcomes: ['x'] }, ctx).diagnostics.map((d) => d.code);
    expect(codes('$nope > 1')).toEqual(['unknown-variable']);
    expect(codes('$email in @nope')).toEqual(['unknown-list']);
    expect(codes('regex_match("(", $email)')).toEqual(['bad-regex']);
    expect(codes('$amount >')).toEqual(['syntax']);
    expect(
      compileRule({ ruleId: 'r', expression: '$amount > 1', outcomes: ['x'] }, ctx).rule,
    ).toBeDefined();
  });

  it('compiles a rule with a type error (AFD may already run it) and evaluates the mismatch as uncertain', () => {
    for (const [expression, reason] of [
      ['$email + 1 > 2', '\'+\' needs a number, found the string "x"'],
      [
        '$amount == "10"',
        "'==' compares the number 10 with the string \"10\": AFD's coercion is not documented",
      ],
      ['$amount and true', "'and' needs a boolean, found the number 10"],
      ['$amount + 1', 'the expression gave a number, not true or false'],
      // The same checks where a constant sits on one side (compiled to one closure).
      [
        '1 == $email',
        "'==' compares the number 1 with the string \"x\": AFD's coercion is not documented",
      ],
      [
        '$email < 5',
        '\'<\' orders the string "x" and the number 5: only numbers and ISO 8601 timestamps are ordered locally',
      ],
      [
        '5 < $email',
        '\'<\' orders the number 5 and the string "x": only numbers and ISO 8601 timestamps are ordered locally',
      ],
      ['$email * 2 > 1', '\'*\' needs a number, found the string "x"'],
      ['$email - 1 < 0', '\'-\' needs a number, found the string "x"'],
      ['$email / 2 > 1', '\'/\' needs a number, found the string "x"'],
      ['!$email', '\'!\' needs a boolean, found the string "x"'],
      ['$email and true', '\'and\' needs a boolean, found the string "x"'],
      ['false or $email', '\'or\' needs a boolean, found the string "x"'],
      ['$amount in ["10", "20"]', "'in' looks for a number in a list without number values"],
    ]) {
      const { rule, diagnostics } = compileRule(
        { ruleId: 'r', expression: expression!, outcomes: ['x'] },
        ctx,
      );
      expect(diagnostics.map((d) => d.severity)).toContain('error');
      expect(evaluateRule(rule!, events({ email: 'x', amount: '10' })).uncertain, expression).toBe(
        reason,
      );
    }
  });

  it('compiles a rule with an unknown function (a warning) and evaluates it as uncertain', () => {
    const { rule, diagnostics } = compileRule(
      { ruleId: 'r', expression: 'f($email)', outcomes: ['x'] },
      ctx,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-function']);
    expect(evaluateRule(rule!, events({})).uncertain).toContain('f() is not evaluated locally');
  });

  it('evaluates the longest left-deep expressions within the limit (no stack overflow)', () => {
    expect(evaluate(`${'1+'.repeat(2040)}1 > 2000`, {})).toBe(true);
    expect(evaluate(`${'$member or '.repeat(370)}true`, {})).toBe(true);
  });

  it('refuses rules that compileRule did not make', () => {
    expect(() =>
      evaluateRules([{ ruleId: 'fake', outcomes: [] }], 'ALL_MATCHED', events({})),
    ).toThrow(TypeError);
  });
});

describe('evaluateEach', () => {
  it('writes a verdict per rule: matched, no match, uncertain (default used when a value is missing)', () => {
    const rules = [
      compile('$amount > 100'),
      compile('$amount == 0'),
      compile('$country == "US"'),
      compile('$count == 0'),
    ];
    const verdicts = new Uint8Array(4).fill(9);
    evaluateEach(new RuleBatch(rules), events({ amount: '150' }), undefined, verdicts);
    // $country has no default: uncertain; $count takes its default 0.
    expect([...verdicts]).toEqual([
      VERDICT.matched,
      VERDICT.noMatch,
      VERDICT.uncertain,
      VERDICT.matched,
    ]);
    evaluateEach(new RuleBatch(rules), events({ country: 'US' }), undefined, verdicts);
    expect([...verdicts]).toEqual([
      VERDICT.noMatch,
      VERDICT.matched,
      VERDICT.matched,
      VERDICT.matched,
    ]);
  });

  it('refuses a verdict array too small for the positions, and rules compileRule did not make', () => {
    const batch = new RuleBatch([compile('true')], [3]);
    expect(batch.width).toBe(4);
    expect(() => evaluateEach(batch, events({}), undefined, new Uint8Array(3))).toThrow(
      /needs 4 verdicts, has 3/,
    );
    expect(() => new RuleBatch([compile('true')], [0, 1])).toThrow(/1 rules but 2 positions/);
    expect(() => new RuleBatch([{ ruleId: 'fake', outcomes: [] }])).toThrow(
      /was not made by compileRule/,
    );
  });
});

describe('evaluateRules', () => {
  const rules = [
    compile('$amount > 1000', 'big_amount', ['block']),
    compile('$email in @blocked_emails', 'blocked_email', ['block', 'notify']),
    compile('$amount > 100', 'medium_amount', ['review']),
    compile('true', 'catch_all', ['approve']),
  ];
  const run = (mode: 'FIRST_MATCHED' | 'ALL_MATCHED', e: Event) =>
    evaluateRules(rules, mode, events(e));

  it('FIRST_MATCHED: the first matching rule decides; AFD reports only that rule', () => {
    expect(run('FIRST_MATCHED', { amount: '5000', email: 'bad@example.com' })).toEqual({
      outcomes: ['block'],
      ruleResults: [{ ruleId: 'big_amount', outcomes: ['block'] }],
      uncertain: [],
    });
    expect(run('FIRST_MATCHED', { amount: '500' }).ruleResults.map((r) => r.ruleId)).toEqual([
      'medium_amount',
    ]);
    expect(run('FIRST_MATCHED', { amount: '5' }).outcomes).toEqual(['approve']);
  });

  it('ALL_MATCHED: every matching rule in order; outcomes deduplicated in first-seen order', () => {
    expect(run('ALL_MATCHED', { amount: '5000', email: 'bad@example.com' })).toEqual({
      outcomes: ['block', 'notify', 'review', 'approve'],
      ruleResults: [
        { ruleId: 'big_amount', outcomes: ['block'] },
        { ruleId: 'blocked_email', outcomes: ['block', 'notify'] },
        { ruleId: 'medium_amount', outcomes: ['review'] },
        { ruleId: 'catch_all', outcomes: ['approve'] },
      ],
      uncertain: [],
    });
  });

  it('no match: no outcomes', () => {
    const only = [compile('$amount > 1', 'a', ['x'])];
    for (const mode of ['FIRST_MATCHED', 'ALL_MATCHED'] as const) {
      expect(evaluateRules(only, mode, events({ amount: '0' }))).toEqual({
        outcomes: [],
        ruleResults: [],
        uncertain: [],
      });
    }
  });

  it('FIRST_MATCHED: an uncertain rule before the deciding one is reported; after it, it is not evaluated', () => {
    const result = run('FIRST_MATCHED', { amount: 'lots' });
    expect(result.uncertain).toEqual([
      { ruleId: 'big_amount', reason: '$amount is FLOAT but its value is "lots"' },
      { ruleId: 'medium_amount', reason: '$amount is FLOAT but its value is "lots"' },
    ]);
    expect(result.outcomes).toEqual(['approve']);
    const decided = evaluateRules(
      [compile('true', 'first', ['a']), compile('$amount > 1', 'later', ['b'])],
      'FIRST_MATCHED',
      events({ amount: 'x' }),
    );
    expect(decided.uncertain).toEqual([]);
  });

  it('ALL_MATCHED: uncertain rules are listed and the others still match', () => {
    const result = run('ALL_MATCHED', { amount: 'lots', email: 'evil@example.com' });
    expect(result.uncertain.map((u) => u.ruleId)).toEqual(['big_amount', 'medium_amount']);
    expect(result.ruleResults.map((r) => r.ruleId)).toEqual(['blocked_email', 'catch_all']);
  });

  it('evaluates each event on its own values (no state carried between events)', () => {
    expect(run('FIRST_MATCHED', { amount: '5000' }).outcomes).toEqual(['block']);
    expect(run('FIRST_MATCHED', {}).outcomes).toEqual(['approve']);
    expect(run('FIRST_MATCHED', { amount: '500' }).outcomes).toEqual(['review']);
  });

  it('hands out results the caller owns (sorting one does not change the next)', () => {
    const first = run('ALL_MATCHED', { email: 'bad@example.com' });
    first.ruleResults[0]?.outcomes.reverse();
    first.outcomes.push('mutated');
    const second = run('ALL_MATCHED', { email: 'bad@example.com' });
    expect(second.ruleResults[0]).toEqual({
      ruleId: 'blocked_email',
      outcomes: ['block', 'notify'],
    });
    expect(second.outcomes).not.toContain('mutated');
  });

  it('rules compiled against different defaults keep their own default', () => {
    const other: EvalContext = {
      ...ctx,
      variables: new Map([['amount', { dataType: 'FLOAT' as const, defaultValue: '7' }]]),
    };
    const a = compile('$amount == 0', 'a', ['a']);
    const b = compileRule(
      { ruleId: 'b', expression: '$amount == 7', outcomes: ['b'] },
      other,
    ).rule!;
    expect(evaluateRules([a, b], 'ALL_MATCHED', events({})).outcomes).toEqual(['a', 'b']);
  });
});
