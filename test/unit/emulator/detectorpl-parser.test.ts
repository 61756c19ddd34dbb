// The emulator's own DetectorPL parser: every documented construct parses and
// reports what it refers to; malformed expressions fail with a reason and the
// 1-based column AFD's users need to find the mistake.
import { describe, expect, it } from 'vitest';
import { DetectorPlError } from '../../../emulator/detectorpl/lexer.js';
import { MAX_NESTING, parseRuleExpression } from '../../../emulator/detectorpl/parser.js';

const names = (refs: { name: string }[]) => refs.map((r) => r.name);

describe('valid expressions', () => {
  it.each([
    '$payments_model_insightscore > 900',
    '$a >= 1 and $b <= 2.5 or $c == "x" and $d != "y"',
    '$score < 10',
    '!($ip_address == "203.0.113.7")',
    '! $flag',
    '$flag',
    'true',
    'false or $a > 1',
    '$currency in ["USD", "EUR"]',
    '$currency not in ["USD", "EUR"]',
    '$ip_address in @known_bad_ips',
    '$ip_address not in @known_bad_ips',
    '$amount * 2 + 1 > $limit % 7 - 3 / 4',
    '-$amount < -10',
    'regex_match("^[a-z]+@example\\\\.com$", $email_address)',
    'lowercase($email_address) == "a@b.c"',
    'lowercase($billing_country) in ["us", "ca"]',
    '(($a > 1))',
    '$s == "with \\"quotes\\" inside"',
    '$a > 1\n  and\t$b < 2',
    '$x in []',
  ])('parses %s', (expression) => {
    expect(() => parseRuleExpression(expression)).not.toThrow();
  });

  it('collects every variable and list with its column', () => {
    const parsed = parseRuleExpression('$a > 1 and $ip in @bad or $b in @good and $a < 5');
    expect(parsed.variables).toEqual([
      { name: 'a', column: 1 },
      { name: 'ip', column: 12 },
      { name: 'b', column: 27 },
      { name: 'a', column: 43 },
    ]);
    expect(parsed.lists).toEqual([
      { name: 'bad', column: 19 },
      { name: 'good', column: 33 },
    ]);
  });

  it('accepts an undocumented function (AFD may know it) and records it', () => {
    const parsed = parseRuleExpression('is_weekend($event_time) and uppercase($c) == "US"');
    expect(names(parsed.unknownFunctions)).toEqual(['is_weekend', 'uppercase']);
    expect(names(parsed.variables)).toEqual(['event_time', 'c']);
  });

  it('binds "and" tighter than "or" and "!" tighter than both', () => {
    const { root } = parseRuleExpression('$a > 1 or $b > 2 and !$c');
    expect(root).toMatchObject({
      kind: 'binary',
      op: 'or',
      right: { kind: 'binary', op: 'and', right: { kind: 'unary', op: '!' } },
    });
  });
});

describe('invalid expressions', () => {
  it.each([
    ['', 'Expected an operand, found the end of the expression', 1],
    ['   ', 'Expected an operand, found the end of the expression', 4],
    ['$a >', 'Expected an operand, found the end of the expression', 5],
    ['$a > 1 and', 'Expected an operand, found the end of the expression', 11],
    ['$a = 1', 'Unexpected character "="', 4],
    ['$a > 1 && $b < 2', 'Unexpected character "&"', 8],
    ['$a > 1 AND $b < 2', 'found "AND" (keywords are lowercase: "and")', 8],
    ['$ > 1', 'Expected a variable name after "$"', 1],
    ['$a in @', 'Expected a list name after "@"', 7],
    ['$a == "open', 'Unterminated string literal', 7],
    ["$a == 'x'", 'Unexpected character "\'"', 7],
    ['$a > 1.', 'Malformed number', 6],
    ['$a > 12abc', 'Malformed number', 6],
    ['($a > 1', 'Expected ")", found the end of the expression', 8],
    ['$a > 1)', 'Expected an operator or the end of the expression, found ")"', 7],
    ['$a > 1 $b > 2', 'Expected an operator or the end of the expression, found "$b"', 8],
    ['$a in $b', 'Expected a list literal [ … ] or an @list after "in"', 7],
    ['$a not $b', 'Expected an operator or the end of the expression, found "not"', 4],
    ['$a in ["x", ]', 'Expected an operand, found "]"', 13],
    ['$a in ["x" "y"]', 'Expected "]", found "\\"y\\""', 12],
    ['$a > 1 == 2', 'Expected an operator or the end of the expression, found "=="', 8],
    ['$amount + 1', 'The expression must be a condition (true or false), not a value', 9],
    ['"text"', 'The expression must be a condition (true or false), not a value', 1],
    ['42', 'The expression must be a condition (true or false), not a value', 1],
    ['@known_bad_ips', 'The expression must be a condition (true or false), not a value', 1],
    ['["a"]', 'The expression must be a condition (true or false), not a value', 1],
    ['lowercase($a)', 'The expression must be a condition (true or false), not a value', 1],
    ['regex_match($email, "^a")', 'regex_match takes the pattern first', 13],
    ['regex_match("^a")', 'Function regex_match takes 2 arguments, got 1', 1],
    ['lowercase($a, $b) == "x"', 'Function lowercase takes 1 argument, got 2', 1],
    ['lowercase($a == "x"', 'Expected ")", found the end of the expression', 20],
    ['and $a > 1', 'Expected an operand, found "and"', 1],
    ['$a > 1 or or $b', 'Expected an operand, found "or"', 11],
    ['$a # comment', 'Unexpected character "#"', 4],
    ['$a > 1;', 'Unexpected character ";"', 7],
    ['if $a > 1', 'Unknown word "if"', 1],
    ['$a > null', 'Unknown word "null"', 6],
    ['$a >> 1', 'Expected an operand, found ">"', 5],
    ['$a in [1, 2', 'Expected "]", found the end of the expression', 12],
    ['!', 'Expected an operand, found the end of the expression', 2],
  ])('%j: %s at column %i', (expression, reason, column) => {
    let caught: unknown;
    try {
      parseRuleExpression(expression);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DetectorPlError);
    expect((caught as DetectorPlError).reason).toContain(reason);
    expect((caught as DetectorPlError).column).toBe(column);
  });
});

describe('nesting', () => {
  const parens = (n: number) => `${'('.repeat(n)}$a > 1${')'.repeat(n)}`;

  it(`accepts ${MAX_NESTING} levels and refuses one more with its column, never overflowing the stack`, () => {
    expect(() => parseRuleExpression(parens(MAX_NESTING))).not.toThrow();
    expect(() => parseRuleExpression(parens(MAX_NESTING + 1))).toThrow(
      new DetectorPlError(
        `Expression nested more than ${MAX_NESTING} levels deep`,
        MAX_NESTING + 1,
      ),
    );
    // The deepest expressions the 4096-character limit allows.
    for (const deepest of [
      parens(2040),
      `$a in [${'['.repeat(2040)}${']'.repeat(2040)}]`,
      `${'lowercase('.repeat(370)}$a${')'.repeat(370)} == "x"`,
    ]) {
      expect(() => parseRuleExpression(deepest)).toThrow(DetectorPlError);
    }
    expect(() => parseRuleExpression(`${'!'.repeat(4090)}$a`)).not.toThrow();
  });
});
