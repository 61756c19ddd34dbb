// lintExpression: each diagnostic code, with and without a catalog, and the
// guarantee that no input makes it throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lintExpression,
  MAX_EXPRESSION_CHARS,
  parseExpression,
  referencedNames,
  WARN_EXPRESSION_CHARS,
  type Catalog,
  type Diagnostic,
} from '../../../src/detectorpl/index.js';

const catalog: Catalog = {
  variables: new Map([
    ['order_amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
    ['item_count', { dataType: 'INTEGER' as const, defaultValue: '0' }],
    ['email_address', { dataType: 'STRING' as const, defaultValue: 'unknown' }],
    ['is_member', { dataType: 'BOOLEAN' as const, defaultValue: 'false' }],
    ['signup_time', { dataType: 'DATETIME' as const }],
  ]),
  lists: new Map([
    ['blocked_emails', { variableType: 'EMAIL_ADDRESS' }],
    ['l1', {}],
    ['l2', {}],
    ['l3', {}],
    ['l4', {}],
  ]),
  modelScores: new Map([
    ['payments_model_insightscore', { modelId: 'payments_model', inProposal: true }],
    ['old_model_insightscore', { modelId: 'old_model', inProposal: false }],
  ]),
};

const brief = (ds: Diagnostic[]): string[] =>
  ds.map((d) => `${d.severity} ${d.code} ${d.span.column}`);

describe('lintExpression', () => {
  it('accepts well-typed expressions over the catalog', () => {
    for (const text of [
      '$order_amount > 100 and $email_address in @blocked_emails',
      '$item_count * 2 + 1 >= $order_amount',
      '$is_member == true or !$is_member',
      'regex_match(".*@gmail\\.com", lowercase($email_address))',
      '$payments_model_insightscore > 900',
      '$signup_time > "2024-01-01T00:00:00Z"',
      '$order_amount in [1, 2.5, -3]',
    ]) {
      expect(lintExpression(text, catalog), text).toEqual([]);
    }
  });

  it.each<[string, string[], string]>([
    ['$order_amout > 5', ['error unknown-variable 1'], 'Did you mean $order_amount?'],
    ['$nothing_like_it > 5', ['error unknown-variable 1'], 'is not a variable of this event type'],
    [
      '$fraud_model_insightscore > 5',
      ['error unknown-variable 1'],
      'names no model of this event type',
    ],
    [
      '$old_model_insightscore > 5',
      ['warning model-score-not-in-proposal 1'],
      'old_model, which is not in this detector version',
    ],
    [
      '$email_address in @blocked_email',
      ['error unknown-list 19'],
      'Did you mean @blocked_emails?',
    ],
    [
      '$order_amount == "10"',
      ['error type-mismatch 15'],
      "'==' compares a number with a string: write the literal in the variable’s type",
    ],
    ['$email_address == 5', ['error type-mismatch 16'], 'compares a string with a number'],
    ['$is_member == "true"', ['error type-mismatch 12'], 'compares a boolean with a string'],
    ['$signup_time == 5', ['error type-mismatch 14'], 'compares a DATETIME with a number'],
    [
      '$order_amount == $email_address',
      ['warning type-mismatch 15'],
      'compares a number with a string',
    ],
    ['$is_member > true', ['error type-mismatch 12'], 'orders numbers, not booleans'],
    ['$email_address + 1 > 2', ['error type-mismatch 1'], "'+' needs a number, found a string"],
    ['-$email_address < 0', ['error type-mismatch 2'], "'-' needs a number, found a string"],
    ['$order_amount and true', ['error type-mismatch 1'], "'and' needs a boolean, found a number"],
    ['!$order_amount', ['error type-mismatch 2'], "'!' needs a boolean, found a number"],
    [
      '$order_amount in ["a", "b"]',
      ['error type-mismatch 15'],
      "'in' looks for a number in a list of string values",
    ],
    ['$order_amount', ['error not-boolean 1'], 'a rule must be a condition'],
    ['lowercase($email_address)', ['error not-boolean 1'], 'the expression is a string'],
  ])('%s', (text, codes, message) => {
    const diagnostics = lintExpression(text, catalog);
    expect(brief(diagnostics)).toEqual(codes);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain(message);
  });

  it.each<[string, string[], string]>([
    ['5 + 3', ['error not-boolean 1'], 'the expression is a number'],
    ['"abc"', ['error not-boolean 1'], 'the expression is a string'],
    ['"a" == 5', ['error type-mismatch 5'], "'==' compares a string with a number"],
    [
      'regex_match("(a", $x)',
      ['error bad-regex 13'],
      'not valid RE2 syntax: error parsing regexp: missing closing )',
    ],
    [
      `regex_match("${'a'.repeat(1001)}", $x)`,
      ['error bad-regex 13'],
      'pattern has 1001 characters; at most 1000',
    ],
    [
      'regex_match($p, $x)',
      ['error bad-arguments 13'],
      'the first argument of regex_match must be a "string" pattern',
    ],
    [
      'regex_match("a")',
      ['error bad-arguments 1'],
      'regex_match takes 2 arguments (regex_match("pattern", value)), found 1',
    ],
    ['lowercase($a, $b) == "x"', ['error bad-arguments 1'], 'lowercase takes 1 argument'],
    [
      'is_null($x)',
      ['warning unknown-function 1'],
      'is_null() is not a function this action knows (regex_match, lowercase): not checked locally',
    ],
    ['regexmatch("a", $x)', ['warning unknown-function 1'], 'Did you mean regex_match?'],
    ['uppercase($x) == "A"', ['warning unknown-function 1'], 'not checked locally'],
    [
      '$a in @l1 or $b in @l2 or $c in @l3 or $a in @l1 or $d in @l4',
      ['error too-many-lists 59'],
      '@l4 is list number 4 in this rule; AFD allows at most 3',
    ],
  ])('without a catalog: %s', (text, codes, message) => {
    const diagnostics = lintExpression(text);
    expect(brief(diagnostics)).toEqual(codes);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain(message);
  });

  it('accepts any name without a catalog', () => {
    expect(lintExpression('$anything > 1 and $x in @whatever')).toEqual([]);
  });

  it('warns from 4,000 characters and refuses above 4,096', () => {
    const sized = (n: number): string => `$a == "${'x'.repeat(n - 8)}"`;
    expect(sized(WARN_EXPRESSION_CHARS)).toHaveLength(WARN_EXPRESSION_CHARS);
    expect(brief(lintExpression(sized(WARN_EXPRESSION_CHARS - 1)))).toEqual([]);
    expect(brief(lintExpression(sized(WARN_EXPRESSION_CHARS)))).toEqual(['warning too-long 1']);
    expect(brief(lintExpression(sized(MAX_EXPRESSION_CHARS)))).toEqual(['warning too-long 1']);
    const over = lintExpression(sized(MAX_EXPRESSION_CHARS + 1));
    expect(over.map((d) => d.code)).toEqual(['too-long']);
    expect(over[0]?.message).toContain('4097 characters; AFD accepts at most 4096');
  });

  it('reports a syntax error and nothing else', () => {
    expect(brief(lintExpression('$nope AND 1', catalog))).toEqual(['error syntax 7']);
  });

  it('lists the names an expression uses, each once in order', () => {
    const { ast } = parseExpression(
      '$b in @l or regex_match("x", lowercase($a)) or $b > 1 and $c in @l',
    );
    expect(referencedNames(ast!)).toEqual({
      variables: ['b', 'a', 'c'],
      lists: ['l'],
      functions: ['regex_match', 'lowercase'],
    });
  });
});

describe('lintExpression never throws', () => {
  const TOKENS = [
    '$a',
    '$b_1',
    '@l',
    '"s"',
    '"\\u00e9"',
    '"\\',
    '1',
    '2.5',
    '-',
    '+',
    '*',
    '/',
    '%',
    '(',
    ')',
    '[',
    ']',
    ',',
    '==',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    '!',
    'and',
    'or',
    'not',
    'in',
    'true',
    'false',
    'regex_match(',
    'lowercase(',
    'f(',
    'AND',
    '&&',
    '=',
    "'",
    '\n',
    ' ',
  ];
  const check = (text: string): void => {
    const diagnostics = lintExpression(text, catalog);
    expect(Array.isArray(diagnostics)).toBe(true);
    for (const d of diagnostics) {
      expect(d.span.offset).toBeGreaterThanOrEqual(0);
      expect(d.span.offset + d.span.length).toBeLessThanOrEqual(Math.max(text.length, 0) + 1);
      expect(d.message.length).toBeLessThan(400);
    }
  };

  // Many runs, not a timing claim: room for a loaded CI machine.
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 200 });
  }, 120_000);

  it('on random token soups', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((ts) => ts.join(' '));
    fc.assert(fc.property(soup, check), { numRuns: 500 });
  });

  it('on the deepest and longest inputs within the limit', () => {
    check('('.repeat(4096));
    check('!'.repeat(4096));
    check(`${'$a + '.repeat(800)}1 > 0`);
    check(`${'$a > 1 and '.repeat(370)}true`);
    check('"'.repeat(4096));
    check('\\'.repeat(5000));
  });
});

describe('docs/detectorpl.md', () => {
  it('documents every diagnostic code the library emits', () => {
    const doc = readFileSync(new URL('../../../docs/detectorpl.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    const source = [
      'check.ts',
      'lint.ts',
      'parser.ts',
      'syntax-messages.ts',
      'lexer.ts',
      'evaluate.ts',
    ]
      .map((f) => readFileSync(new URL(`../../../src/detectorpl/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    // Codes are the first argument of error()/warning(), or a SyntaxFailure/diagnostic literal.
    const emitted = new Set(
      [
        ...source.matchAll(
          /(?:error|warning)\(\s*'([a-z-]+)'|code: '([a-z-]+)'|'(too-deep|syntax)'/g,
        ),
      ].map((m) => m[1] ?? m[2] ?? m[3]),
    );
    expect(new Set(documented)).toEqual(emitted);
  });
});
