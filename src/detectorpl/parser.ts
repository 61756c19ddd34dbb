// A recursive-descent parser for DetectorPL. It stops at the first syntax error
// and says what it expected and what it found, with the position inside the
// expression. Precedence, lowest first:
//   or < and < ! < comparison / in < + - < * / % < unary minus < primary
import type {
  ArithmeticOp,
  BinaryExpr,
  NumberLiteral,
  ComparisonOp,
  Expr,
  ListLiteral,
  ListRef,
  LiteralExpr,
  MembershipExpr,
} from './ast.js';
import { Lexer, SyntaxFailure, type Token } from './lexer.js';
import { clip, joinSpans, SourceText } from './source.js';
import { describe, hintFor, KEYWORDS, OPERATOR, tooLong, VALUE } from './syntax-messages.js';
import {
  MAX_EXPRESSION_CHARS,
  MAX_LIST_LITERAL_ELEMENTS,
  MAX_NESTING_DEPTH,
  type Diagnostic,
  type SourceSpan,
} from './types.js';

const COMPARISONS: readonly ComparisonOp[] = ['==', '!=', '<', '<=', '>', '>='];
const ADDITIVE: readonly ArithmeticOp[] = ['+', '-'];
const MULTIPLICATIVE: readonly ArithmeticOp[] = ['*', '/', '%'];

export interface ParseResult {
  ast?: Expr;
  diagnostics: Diagnostic[];
}

export function parseExpression(text: string): ParseResult {
  const source = new SourceText(text);
  if (text.length > MAX_EXPRESSION_CHARS) {
    return { diagnostics: [tooLong(source, text.length)] };
  }
  try {
    return { ast: new Parser(text, source).parseWhole(), diagnostics: [] };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const span = source.span(e.offset, e.length);
    return { diagnostics: [{ severity: 'error', code: e.code, message: e.message, span }] };
  }
}

class Parser {
  private readonly lexer: Lexer;
  private token: Token;
  private depth = 0;

  constructor(
    text: string,
    private readonly source: SourceText,
  ) {
    this.lexer = new Lexer(text);
    this.token = this.lexer.next();
  }

  parseWhole(): Expr {
    if (this.atEnd()) this.fail('an expression');
    const expr = this.parseOr();
    if (!this.atEnd()) {
      const after =
        this.token.kind === 'punct' && this.token.value === ')'
          ? 'end of expression (unmatched ")")'
          : null;
      this.fail(after ?? `${OPERATOR} or end of expression`);
    }
    return expr;
  }

  // ---- token helpers ----

  private span(token: Token): SourceSpan {
    return this.source.span(token.offset, token.length);
  }

  private atEnd(): boolean {
    return this.token.kind === 'eof';
  }

  private advance(): Token {
    const current = this.token;
    this.token = this.lexer.next();
    return current;
  }

  private isPunct(value: string): boolean {
    return this.token.kind === 'punct' && this.token.value === value;
  }

  private isWord(value: string): boolean {
    return this.token.kind === 'word' && this.token.value === value;
  }

  private expectPunct(value: string, expected: string): Token {
    if (!this.isPunct(value)) this.fail(expected);
    return this.advance();
  }

  private fail(expected: string): never {
    const hint = hintFor(this.token);
    const message = `expected ${expected}, found ${describe(this.token)}${hint === undefined ? '' : ` (${hint})`}`;
    throw new SyntaxFailure(message, this.token.offset, this.token.length);
  }

  /** Nesting guard: deep input is a diagnostic, never a stack overflow. */
  private nested<T>(opening: Token, parse: () => T): T {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw new SyntaxFailure(
        `expected at most ${MAX_NESTING_DEPTH} levels of nesting, found more: simplify the expression`,
        opening.offset,
        opening.length,
        'too-deep',
      );
    }
    const result = parse();
    this.depth--;
    return result;
  }

  // ---- grammar ----

  /** One left-associative level: operand { operator operand }. */
  private leftAssociative(
    operand: () => Expr,
    operatorOf: () => BinaryExpr['op'] | undefined,
  ): Expr {
    let left = operand();
    for (let op = operatorOf(); op !== undefined; op = operatorOf()) {
      const opToken = this.advance();
      left = this.binary(op, left, opToken, operand());
    }
    return left;
  }

  private binary(op: BinaryExpr['op'], left: Expr, opToken: Token, right: Expr): BinaryExpr {
    const opSpan = this.span(opToken);
    return { kind: 'binary', op, left, right, opSpan, span: joinSpans(left.span, right.span) };
  }

  /** The current token's operator when it is one of `ops`. */
  private punctOf<T extends string>(ops: readonly T[]): T | undefined {
    return this.token.kind === 'punct' ? ops.find((op) => op === this.token.value) : undefined;
  }

  private parseOr(): Expr {
    return this.leftAssociative(
      () => this.parseAnd(),
      () => (this.isWord('or') ? 'or' : undefined),
    );
  }

  private parseAnd(): Expr {
    return this.leftAssociative(
      () => this.parseNot(),
      () => (this.isWord('and') ? 'and' : undefined),
    );
  }

  private parseNot(): Expr {
    if (!this.isPunct('!')) return this.parseComparison();
    const bang = this.advance();
    const operand = this.nested(bang, () => this.parseNot());
    return { kind: 'unary', op: '!', operand, span: joinSpans(this.span(bang), operand.span) };
  }

  private parseComparison(): Expr {
    const left = this.parseAdditive();
    let result: Expr = left;
    const op = this.punctOf(COMPARISONS);
    if (op !== undefined) {
      const opToken = this.advance();
      result = this.binary(op, left, opToken, this.parseAdditive());
    } else if (this.isWord('in') || this.isWord('not')) {
      result = this.parseMembership(left);
    } else {
      return left;
    }
    if (this.punctOf(COMPARISONS) !== undefined || this.isWord('in') || this.isWord('not')) {
      this.fail(
        'and, or, ")" or end of expression (comparisons cannot be chained: combine them with and)',
      );
    }
    return result;
  }

  private parseMembership(element: Expr): MembershipExpr {
    const first = this.advance();
    const negated = first.value === 'not';
    let last = first;
    if (negated) {
      if (!this.isWord('in')) this.fail("'in' after 'not'");
      last = this.advance();
    }
    const collection = this.parseCollection(negated ? "'not in'" : "'in'");
    const opSpan = joinSpans(this.span(first), this.span(last));
    return {
      kind: 'membership',
      negated,
      element,
      collection,
      opSpan,
      span: joinSpans(element.span, collection.span),
    };
  }

  private parseCollection(after: string): ListLiteral | ListRef {
    if (this.token.kind === 'list') {
      const list = this.advance();
      return { kind: 'list', name: list.value, span: this.span(list) };
    }
    if (!this.isPunct('[')) this.fail(`a list [ … ] or a list name @name after ${after}`);
    const open = this.advance();
    const elements: LiteralExpr[] = [];
    if (!this.isPunct(']')) {
      for (;;) {
        if (elements.length >= MAX_LIST_LITERAL_ELEMENTS) {
          this.fail(
            `at most ${MAX_LIST_LITERAL_ELEMENTS} elements in a list: use a list @name for more`,
          );
        }
        elements.push(this.parseListElement());
        if (!this.isPunct(',')) break;
        this.advance();
      }
    }
    const close = this.expectPunct(']', `',' or ']' in the list`);
    return { kind: 'listLiteral', elements, span: joinSpans(this.span(open), this.span(close)) };
  }

  /** A number token, negated when a '-' token comes first (in a list literal). */
  private numberLiteral(number: Token, minus?: Token): NumberLiteral {
    const magnitude = Number(number.value);
    return {
      kind: 'number',
      value: minus ? -magnitude : magnitude,
      isInteger: !number.value.includes('.'),
      span: minus ? joinSpans(this.span(minus), this.span(number)) : this.span(number),
    };
  }

  /** List elements are literals: a string, a number (maybe negative), true or false. */
  private parseListElement(): LiteralExpr {
    const expected = 'a string, a number, true or false in the list';
    if (this.isPunct('-')) {
      const minus = this.advance();
      if (this.token.kind !== 'number') this.fail(`a number after '-' in the list`);
      return this.numberLiteral(this.advance(), minus);
    }
    const token = this.token;
    if (token.kind === 'string')
      return { kind: 'string', value: this.advance().value, span: this.span(token) };
    if (token.kind === 'number') return this.numberLiteral(this.advance());
    if (this.isWord('true') || this.isWord('false')) {
      this.advance();
      return { kind: 'boolean', value: token.value === 'true', span: this.span(token) };
    }
    return this.fail(expected);
  }

  private parseAdditive(): Expr {
    return this.leftAssociative(
      () => this.parseMultiplicative(),
      () => this.punctOf(ADDITIVE),
    );
  }

  private parseMultiplicative(): Expr {
    return this.leftAssociative(
      () => this.parseUnaryMinus(),
      () => this.punctOf(MULTIPLICATIVE),
    );
  }

  private parseUnaryMinus(): Expr {
    if (!this.isPunct('-')) return this.parsePrimary();
    const minus = this.advance();
    const operand = this.nested(minus, () => this.parseUnaryMinus());
    return { kind: 'unary', op: '-', operand, span: joinSpans(this.span(minus), operand.span) };
  }

  private parsePrimary(): Expr {
    const token = this.token;
    switch (token.kind) {
      case 'variable':
        this.advance();
        return { kind: 'variable', name: token.value, span: this.span(token) };
      case 'string':
        this.advance();
        return { kind: 'string', value: token.value, span: this.span(token) };
      case 'number':
        return this.numberLiteral(this.advance());
      case 'list':
        return this.fail(`${VALUE} (a list @name can only follow in or not in)`);
      case 'word':
        return this.parseWord(token);
      case 'punct':
        if (token.value === '(') return this.parseGroup(token);
        if (token.value === '[')
          return this.fail(`${VALUE} (a list [ … ] can only follow in or not in)`);
        return this.fail(VALUE);
      default:
        return this.fail(VALUE);
    }
  }

  private parseGroup(open: Token): Expr {
    this.advance();
    const inner = this.nested(open, () => this.parseOr());
    const close = this.expectPunct(')', `${OPERATOR} or ')'`);
    // The group's span covers its parentheses, so diagnostics point at what the author wrote.
    return { ...inner, span: joinSpans(this.span(open), this.span(close)) };
  }

  private parseWord(word: Token): Expr {
    if (word.value === 'true' || word.value === 'false') {
      this.advance();
      return { kind: 'boolean', value: word.value === 'true', span: this.span(word) };
    }
    if (KEYWORDS.has(word.value)) return this.fail(VALUE);
    this.advance();
    if (!this.isPunct('(')) {
      // Report at the word itself: a bare name is the mistake, not what follows it.
      this.token = word;
      return this.fail(VALUE);
    }
    const open = this.token;
    return this.nested(open, () => {
      this.advance();
      const args: Expr[] = [];
      if (!this.isPunct(')')) {
        for (;;) {
          args.push(this.parseOr());
          if (!this.isPunct(',')) break;
          this.advance();
        }
      }
      const close = this.expectPunct(')', `',' or ')' in the arguments of ${clip(word.value)}`);
      return {
        kind: 'call',
        name: word.value,
        nameSpan: this.span(word),
        args,
        span: joinSpans(this.span(word), this.span(close)),
      };
    });
  }
}
