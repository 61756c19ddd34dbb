// The DetectorPL parser: every documented construct parses to the tree its
// precedence implies, and every invalid expression gets one syntax error that
// says what was expected and what was found, at the right line and column.
import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_LITERAL_ELEMENTS,
  MAX_NESTING_DEPTH,
  parseExpression,
} from '../../../src/detectorpl/index.js';
import { show } from './show.js';

function parsed(text: string): string {
  const { ast, diagnostics } = parseExpression(text);
  expect(diagnostics).toEqual([]);
  return show(ast!);
}

describe('parseExpression: valid expressions', () => {
  it.each([
    // Examples of AFD's rule language reference.
    ['$example_variable < 100', '(< $example_variable 100)'],
    ['$example_list_variable in @list_name', '(in $example_list_variable @list_name)'],
    ['$variable in [5, 10, 25, 100]', '(in $variable [5 10 25 100])'],
    ['$variable != "US"', '(!= $variable "US")'],
    ['$variable == 1000', '(== $variable 1000)'],
    ['$variable_1 + $variable_2 < 10', '(< (+ $variable_1 $variable_2) 10)'],
    [
      'regex_match(".*@gmail\\.com", lowercase($email))',
      '(regex_match ".*@gmail\\\\.com" (lowercase $email))',
    ],
    ['regex_match(".*\\+1", $phone_number)', '(regex_match ".*\\\\+1" $phone_number)'],
    // Every comparison and membership operator.
    ['$a > 1', '(> $a 1)'],
    ['$a >= 1', '(>= $a 1)'],
    ['$a <= 1.5', '(<= $a 1.5)'],
    ['$a not in ["x", "y"]', '(not in $a ["x" "y"])'],
    ['$a not in @blocked', '(not in $a @blocked)'],
    ['$a in []', '(in $a [])'],
    ['$a in [-1, 2.5, true, "s"]', '(in $a [-1 2.5 true "s"])'],
    // Logic and precedence: or < and < ! < comparison < + - < * / % < unary minus.
    ['$a > 1 or $b > 2 and $c > 3', '(or (> $a 1) (and (> $b 2) (> $c 3)))'],
    ['($a > 1 or $b > 2) and $c > 3', '(and (or (> $a 1) (> $b 2)) (> $c 3))'],
    ['!$a == 1', '(! (== $a 1))'],
    ['!$a == 1 and $b', '(and (! (== $a 1)) $b)'],
    ['!!true', '(! (! true))'],
    ['!($a in @l)', '(! (in $a @l))'],
    ['$a + $b * $c - $d / 2 % 3 > 0', '(> (- (+ $a (* $b $c)) (% (/ $d 2) 3)) 0)'],
    ['$a - $b - $c == 0', '(== (- (- $a $b) $c) 0)'],
    ['-$a * 2 < -3', '(< (* (- $a) 2) (- 3))'],
    ['--$a > 0', '(> (- (- $a)) 0)'],
    ['$a + 1 in [2, 3]', '(in (+ $a 1) [2 3])'],
    ['true', 'true'],
    ['false or $flag', '(or false $flag)'],
    // Strings and escapes: Java's \" \\ \n \t \r \uXXXX; other pairs are kept for regex patterns.
    ['$s == "say \\"hi\\""', '(== $s "say \\"hi\\"")'],
    ['$s == "a\\\\b"', '(== $s "a\\\\b")'],
    ['$s == "tab\\tnl\\ncr\\r"', '(== $s "tab\\tnl\\ncr\\r")'],
    ['$s == "\\u00e9"', '(== $s "é")'],
    ['$s == "\\d+"', '(== $s "\\\\d+")'],
    ['$s == ""', '(== $s "")'],
    // Calls: any name parses (the checker decides which functions are known).
    ['lowercase($s) == "x"', '(== (lowercase $s) "x")'],
    ['isnull()', '(isnull)'],
    ['f($a, 1 + 2, $b > 3)', '(f $a (+ 1 2) (> $b 3))'],
    // Layout: newlines, tabs and CRLF are whitespace.
    ['$a > 1\r\n\tand\n$b < 2', '(and (> $a 1) (< $b 2))'],
    ['  ( ( $a ) ) == 1  ', '(== $a 1)'],
    ['$payments_model_insightscore > 900', '(> $payments_model_insightscore 900)'],
  ])('%s', (text, tree) => {
    expect(parsed(text)).toBe(tree);
  });

  it('keeps integer and decimal literals apart (AFD is Java: 10 and 10.0 are different types)', () => {
    const { ast } = parseExpression('$a == 10 or $a == 10.0');
    expect(ast?.kind === 'binary' && ast.left.kind === 'binary' && ast.left.right).toMatchObject({
      isInteger: true,
    });
    expect(ast?.kind === 'binary' && ast.right.kind === 'binary' && ast.right.right).toMatchObject({
      isInteger: false,
    });
  });

  it('gives every node the span of its text (a group includes its parentheses)', () => {
    const { ast } = parseExpression('$a == 1 and ($b > 2)');
    expect(ast?.span).toMatchObject({ offset: 0, length: 20, line: 1, column: 1 });
    expect(ast?.kind === 'binary' && ast.right.span).toMatchObject({
      offset: 12,
      length: 8,
      column: 13,
    });
  });

  it('accepts nesting up to the bound', () => {
    const depth = MAX_NESTING_DEPTH;
    expect(parseExpression(`${'('.repeat(depth)}true${')'.repeat(depth)}`).diagnostics).toEqual([]);
  });
});

describe('parseExpression: invalid expressions', () => {
  const VALUE = 'expected a value ($variable, "string", number, true, false, function(…) or "(")';
  const OPERATOR =
    'expected an operator (and, or, ==, !=, <, <=, >, >=, in, not in, +, -, *, /, %) or end of expression';
  it.each<[string, string, number, number]>([
    ['$a AND $b', `${OPERATOR}, found 'AND' (keywords are lowercase: use and)`, 1, 4],
    ['$a OR $b', "found 'OR' (keywords are lowercase: use or)", 1, 4],
    ['NOT $a in [1]', `${VALUE}, found 'NOT' (keywords are lowercase: use not)`, 1, 1],
    ['$a IN [1]', "found 'IN' (keywords are lowercase: use in)", 1, 4],
    ['TRUE', "found 'TRUE' (keywords are lowercase: use true)", 1, 1],
    ['$a = 5', `${OPERATOR}, found '=' (use == to compare)`, 1, 4],
    ['$a > 5 && $b < 3', "found '&&' (use and)", 1, 8],
    ['$a > 5 || $b < 3', "found '||' (use or)", 1, 8],
    ['$a & $b', "found '&' (use and)", 1, 4],
    ["$a == 'US'", `${VALUE}, found ''' (strings use double quotes: "…")`, 1, 7],
    ['', 'expected an expression, found end of expression', 1, 1],
    ['$a >', `${VALUE}, found end of expression`, 1, 5],
    ['$a > 5 and', `${VALUE}, found end of expression`, 1, 11],
    ['and $a', `${VALUE}, found 'and'`, 1, 1],
    ['$a > 5 $b', `${OPERATOR}, found variable $b`, 1, 8],
    ['($a > 5', "or ')', found end of expression", 1, 8],
    ['$a > 5)', 'expected end of expression (unmatched ")"), found \')\'', 1, 7],
    ['()', `${VALUE}, found ')'`, 1, 2],
    ['$a < 5 < 6', "comparisons cannot be chained: combine them with and), found '<'", 1, 8],
    ['$a == 1 in [1]', "comparisons cannot be chained: combine them with and), found 'in'", 1, 9],
    ['$a not @bad', "expected 'in' after 'not', found list @bad", 1, 8],
    ['$a not [1]', "expected 'in' after 'not', found '['", 1, 8],
    [
      '$a in',
      "expected a list [ … ] or a list name @name after 'in', found end of expression",
      1,
      6,
    ],
    ['$a in $b', "after 'in', found variable $b", 1, 7],
    ['$a not in 5', "after 'not in', found number 5", 1, 11],
    ['$a in [1, 2', "expected ',' or ']' in the list, found end of expression", 1, 12],
    ['$a in [1,, 2]', "expected a string, a number, true or false in the list, found ','", 1, 10],
    [
      '$a in [$b]',
      'expected a string, a number, true or false in the list, found variable $b',
      1,
      8,
    ],
    ['$a in [1 2]', "expected ',' or ']' in the list, found number 2", 1, 10],
    ['$a in [-"x"]', 'expected a number after \'-\' in the list, found string "x"', 1, 9],
    ['@bad == 1', '(a list @name can only follow in or not in), found list @bad', 1, 1],
    ['[1, 2] == $a', "(a list [ … ] can only follow in or not in), found '['", 1, 1],
    ['country == "US"', `${VALUE}, found 'country' (variables start with $: $country)`, 1, 1],
    ['in [1]', `${VALUE}, found 'in'`, 1, 1],
    ['$ == 1', "expected a variable name after '$' (a-z, 0-9, _), found ' '", 1, 1],
    ['@ in [1]', "expected a list name after '@' (a-z, 0-9, _), found ' '", 1, 1],
    [
      '$Amount > 5',
      "expected a variable name in lowercase (a-z, 0-9, _), found '$Amount': write $amount",
      1,
      1,
    ],
    [
      '$a in @Bad',
      "expected a list name in lowercase (a-z, 0-9, _), found '@Bad': write @bad",
      1,
      7,
    ],
    ['"abc', 'expected a closing " for the string that starts here, found end of expression', 1, 1],
    [
      '$s == "abc\\"',
      'expected a closing " for the string that starts here, found end of expression',
      1,
      7,
    ],
    [
      '$s == "ab\nc"',
      'expected a closing " for the string that starts here, found end of line',
      1,
      7,
    ],
    ['"a\\u12g4" == $b', "expected 4 hexadecimal digits after \\u, found '12g4'", 1, 3],
    ['1. > $a', "expected a digit after '.' in a number, found ' '", 1, 1],
    ['10abc > $a', "expected an operator after the number 10, found 'a'", 1, 3],
    ['1.2.3 > $a', "expected an operator after the number 1.2, found '.'", 1, 4],
    ['$a > #', `${VALUE}, found '#'`, 1, 6],
    [
      'regex_match(".*", $a',
      "expected ',' or ')' in the arguments of regex_match, found end of expression",
      1,
      21,
    ],
    [
      'regex_match(".*" $a)',
      "expected ',' or ')' in the arguments of regex_match, found variable $a",
      1,
      18,
    ],
    ['lowercase($a,) == "x"', `${VALUE}, found ')'`, 1, 14],
    ['$a > 5 and or $b', `${VALUE}, found 'or'`, 1, 12],
    ['!', `${VALUE}, found end of expression`, 1, 2],
    ['-', `${VALUE}, found end of expression`, 1, 2],
    ['$a == --', `${VALUE}, found end of expression`, 1, 9],
    ['$a >= > 1', `${VALUE}, found '>'`, 1, 7],
    ['$a > 5 and\n  $b =< 3', "found '=' (use == to compare)", 2, 6],
    ['$a > 5\r\nor $b ==', `${VALUE}, found end of expression`, 2, 9],
    ['$a > 1 and\r$b == ', `${VALUE}, found end of expression`, 2, 7],
    ['$a == "é" and $b ~ 1', `${OPERATOR}, found '~'`, 1, 18],
    ['$a == 1 😀', `${OPERATOR}, found '😀'`, 1, 9],
    [
      `${'('.repeat(MAX_NESTING_DEPTH + 1)}true${')'.repeat(MAX_NESTING_DEPTH + 1)}`,
      `expected at most ${MAX_NESTING_DEPTH} levels of nesting`,
      1,
      MAX_NESTING_DEPTH + 1,
    ],
    [
      `${'!'.repeat(MAX_NESTING_DEPTH + 1)}true`,
      'levels of nesting, found more: simplify the expression',
      1,
      MAX_NESTING_DEPTH + 1,
    ],
  ])('%j', (text, message, line, column) => {
    const { ast, diagnostics } = parseExpression(text);
    expect(ast).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain(message);
    expect(d?.message.length).toBeLessThanOrEqual(300);
    expect([d?.span.line, d?.span.column]).toEqual([line, column]);
  });

  it('refuses an expression over 4,096 characters without parsing it', () => {
    const text = `$a == "${'x'.repeat(5000)}"`;
    const { ast, diagnostics } = parseExpression(text);
    expect(ast).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: 'too-long', severity: 'error', span: { offset: 4096 } },
    ]);
  });

  it('clips user text in messages', () => {
    const { diagnostics } = parseExpression(`$a > 1 ${'b'.repeat(500)}`);
    expect(diagnostics[0]?.message).toContain('…');
    expect(diagnostics[0]?.message.length).toBeLessThan(250);
  });

  it('bounds list literals', () => {
    const list = (n: number): string =>
      `$a in [${Array.from({ length: n }, (_, i) => i).join(',')}]`;
    expect(parseExpression(list(MAX_LIST_LITERAL_ELEMENTS)).diagnostics).toEqual([]);
    const { diagnostics } = parseExpression(list(MAX_LIST_LITERAL_ELEMENTS + 1));
    expect(diagnostics[0]?.message).toBe(
      `expected at most ${MAX_LIST_LITERAL_ELEMENTS} elements in a list: use a list @name for more, found number ${MAX_LIST_LITERAL_ELEMENTS}`,
    );
  });

  it('reports nesting as a too-deep diagnostic', () => {
    const { diagnostics } = parseExpression(`${'-'.repeat(MAX_NESTING_DEPTH + 1)}1 > 0`);
    expect(diagnostics[0]?.code).toBe('too-deep');
  });
});
