// A recursive-descent parser for DetectorPL rule expressions. It checks what
// AFD checks when a rule is saved: the expression parses, and it is a
// condition (a boolean), not a bare value. It also collects what the
// expression refers to ($variables, @lists, functions) for the existence
// checks in ops-rules.ts.
//
// Precedence, loosest first: or, and, !, comparison and (not) in, + -, * / %,
// unary minus. Keywords are lowercase, as in every example of the reference.

import { DetectorPlError, tokenize, type Token } from './lexer.js';

export type Node =
  | { kind: 'literal'; type: 'number'; value: number; column: number }
  | { kind: 'literal'; type: 'string'; value: string; column: number }
  | { kind: 'literal'; type: 'boolean'; value: boolean; column: number }
  | { kind: 'variable'; name: string; column: number }
  | { kind: 'list'; name: string; column: number }
  | { kind: 'array'; items: Node[]; column: number }
  | { kind: 'call'; name: string; args: Node[]; column: number }
  | { kind: 'unary'; op: '!' | '-'; operand: Node; column: number }
  | { kind: 'binary'; op: string; left: Node; right: Node; column: number };

export interface Reference {
  name: string;
  column: number;
}

export interface ParsedExpression {
  root: Node;
  variables: Reference[];
  lists: Reference[];
  /** Functions the reference does not document: accepted (AFD may know them) and recorded. */
  unknownFunctions: Reference[];
}

/** Documented functions and their argument counts; regex_match takes the pattern first. */
const FUNCTIONS: Record<string, number> = { regex_match: 2, lowercase: 1 };
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);
const COMPARISONS = new Set(['>', '>=', '<', '<=', '==', '!=']);
/**
 * Parentheses, list literals and calls nested deeper than this are refused.
 * AFD's own limit is unknown; this one keeps the recursive parser far from
 * the stack's end for any expression within the 4096-character limit.
 */
export const MAX_NESTING = 256;

class Parser {
  private i = 0;
  private depth = 0;
  readonly variables: Reference[] = [];
  readonly lists: Reference[] = [];
  readonly unknownFunctions: Reference[] = [];

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.i++;
    return t;
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'identifier' && t.text === word;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'operator' && t.text === op;
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) throw this.unexpected(`"${op}"`);
    this.next();
  }

  unexpected(wanted: string): DetectorPlError {
    const t = this.peek();
    const found =
      t.kind === 'end'
        ? 'the end of the expression'
        : t.kind === 'string'
          ? `"\\"${t.text}\\""`
          : `"${t.kind === 'variable' ? '$' : t.kind === 'list' ? '@' : ''}${t.text}"`;
    // "AND", "Or": a likely slip, worth naming the fix.
    const lower = t.text.toLowerCase();
    const hint =
      t.kind === 'identifier' && lower !== t.text && KEYWORDS.has(lower)
        ? ` (keywords are lowercase: "${lower}")`
        : '';
    return new DetectorPlError(`Expected ${wanted}, found ${found}${hint}`, t.column);
  }

  parseExpression(): Node {
    const root = this.or();
    if (this.peek().kind !== 'end')
      throw this.unexpected('an operator or the end of the expression');
    return root;
  }

  private binaryChain(word: string, operand: () => Node): Node {
    let left = operand();
    while (this.isWord(word)) {
      const { column } = this.next();
      left = { kind: 'binary', op: word, left, right: operand(), column };
    }
    return left;
  }

  private or(): Node {
    return this.binaryChain('or', () => this.and());
  }

  private and(): Node {
    return this.binaryChain('and', () => this.not());
  }

  private not(): Node {
    if (this.isOp('!')) {
      const { column } = this.next();
      return { kind: 'unary', op: '!', operand: this.not(), column };
    }
    return this.comparison();
  }

  private comparison(): Node {
    const left = this.additive();
    const t = this.peek();
    if (t.kind === 'operator' && COMPARISONS.has(t.text)) {
      this.next();
      return { kind: 'binary', op: t.text, left, right: this.additive(), column: t.column };
    }
    if (this.isWord('in') || (this.isWord('not') && this.isWord('in', 1))) {
      const op = this.isWord('not') ? 'not in' : 'in';
      this.next();
      if (op === 'not in') this.next();
      const right = this.peek();
      if (right.kind === 'list')
        return { kind: 'binary', op, left, right: this.primary(), column: t.column };
      if (right.kind === 'operator' && right.text === '[')
        return { kind: 'binary', op, left, right: this.primary(), column: t.column };
      throw this.unexpected(`a list literal [ … ] or an @list after "${op}"`);
    }
    return left;
  }

  private additive(): Node {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const { text, column } = this.next();
      left = { kind: 'binary', op: text, left, right: this.multiplicative(), column };
    }
    return left;
  }

  private multiplicative(): Node {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const { text, column } = this.next();
      left = { kind: 'binary', op: text, left, right: this.unary(), column };
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('-')) {
      const { column } = this.next();
      return { kind: 'unary', op: '-', operand: this.unary(), column };
    }
    return this.primary();
  }

  /** Runs `inner` one nesting level deeper, refusing to go past MAX_NESTING. */
  private nested<T>(column: number, inner: () => T): T {
    if (++this.depth > MAX_NESTING)
      throw new DetectorPlError(`Expression nested more than ${MAX_NESTING} levels deep`, column);
    try {
      return inner();
    } finally {
      this.depth--;
    }
  }

  private arguments(close: string): Node[] {
    const items: Node[] = [];
    if (this.isOp(close)) {
      this.next();
      return items;
    }
    for (;;) {
      items.push(this.or());
      if (this.isOp(',')) {
        this.next();
        continue;
      }
      this.expectOp(close);
      return items;
    }
  }

  private primary(): Node {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'literal', type: 'number', value: Number(t.text), column: t.column };
      case 'string':
        this.next();
        return { kind: 'literal', type: 'string', value: t.text, column: t.column };
      case 'variable':
        this.next();
        this.variables.push({ name: t.text, column: t.column });
        return { kind: 'variable', name: t.text, column: t.column };
      case 'list':
        this.next();
        this.lists.push({ name: t.text, column: t.column });
        return { kind: 'list', name: t.text, column: t.column };
      case 'identifier':
        return this.word(t);
      case 'operator':
        if (t.text === '(') {
          this.next();
          return this.nested(t.column, () => {
            const inner = this.or();
            this.expectOp(')');
            return inner;
          });
        }
        if (t.text === '[') {
          this.next();
          const items = this.nested(t.column, () => this.arguments(']'));
          return { kind: 'array', items, column: t.column };
        }
        throw this.unexpected('an operand');
      case 'end':
        throw this.unexpected('an operand');
    }
  }

  private word(t: Token): Node {
    if (t.text === 'true' || t.text === 'false') {
      this.next();
      return { kind: 'literal', type: 'boolean', value: t.text === 'true', column: t.column };
    }
    if (KEYWORDS.has(t.text)) throw this.unexpected('an operand');
    this.next();
    if (!this.isOp('('))
      throw new DetectorPlError(
        `Unknown word "${t.text}": variables start with "$", lists with "@", strings are in double quotes`,
        t.column,
      );
    this.next();
    const args = this.nested(t.column, () => this.arguments(')'));
    const arity = FUNCTIONS[t.text];
    if (arity === undefined) this.unknownFunctions.push({ name: t.text, column: t.column });
    else if (args.length !== arity)
      throw new DetectorPlError(
        `Function ${t.text} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`,
        t.column,
      );
    else if (
      t.text === 'regex_match' &&
      !(args[0]?.kind === 'literal' && args[0].type === 'string')
    )
      throw new DetectorPlError(
        'regex_match takes the pattern first, as a string literal: regex_match("pattern", $variable)',
        args[0]?.column ?? t.column,
      );
    return { kind: 'call', name: t.text, args, column: t.column };
  }
}

/** Whether a node can be a rule's condition: a value that is not boolean cannot. */
function isCondition(node: Node): boolean {
  switch (node.kind) {
    case 'literal':
      return node.type === 'boolean';
    case 'variable': // a BOOLEAN variable is a condition; the type is AFD's to check
      return true;
    case 'call':
      return node.name !== 'lowercase';
    case 'unary':
      return node.op === '!';
    case 'binary':
      return !['+', '-', '*', '/', '%'].includes(node.op);
    case 'list':
    case 'array':
      return false;
  }
}

/** Parses a rule expression; throws DetectorPlError (with a 1-based column) when it is not one. */
export function parseRuleExpression(source: string): ParsedExpression {
  const parser = new Parser(tokenize(source));
  const root = parser.parseExpression();
  if (!isCondition(root))
    throw new DetectorPlError(
      'The expression must be a condition (true or false), not a value',
      root.column,
    );
  return {
    root,
    variables: parser.variables,
    lists: parser.lists,
    unknownFunctions: parser.unknownFunctions,
  };
}
