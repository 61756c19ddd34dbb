// A checked syntax tree → closures over the per-event slots. Never JavaScript
// source (no eval, no new Function, no RegExp on user text): each node becomes a
// small function, each regex_match pattern is compiled once by re2js.
import type { ArithmeticOp, CallExpr, ComparisonOp, Expr, MembershipExpr } from './ast.js';
import { isArithmeticOp } from './ast.js';
import { asBoolean, asNumber, asText, compare, divide } from './operators.js';
import { compilePattern } from './regex.js';
import { clip } from './source.js';
import { MODEL_SCORE_SUFFIX } from './types.js';
import { readSlot, slotFor, Uncertain, type Value } from './values.js';
import type { EvalContext } from './evaluate-types.js';

export type Thunk = () => Value;

interface Compiled {
  fn: Thunk;
  /** Set when the node is a literal. */
  constant?: { value: Value };
  /** Set for `x OP c` with a number constant that needs no check of its result (not `%`, not a checked `/`). */
  byConstant?: { op: '+' | '-' | '*' | '/'; operand: Thunk; c: number };
  /** Statically an integer (INTEGER variable, integer literal, or int op int): `/` may then truncate in AFD. */
  integer: boolean;
}

/** Compiles an expression that has passed checkAst with no errors for `ctx`. */
export function compileExpr(expr: Expr, ctx: EvalContext): Thunk {
  return new Compiler(ctx).compile(expr).fn;
}

// Many rules lowercase the same value of one event: remember the last one.
let lastLowercaseInput = '';
let lastLowercaseOutput = '';
function lowercase(s: string): string {
  if (s !== lastLowercaseInput) {
    lastLowercaseInput = s;
    lastLowercaseOutput = s.toLowerCase();
  }
  return lastLowercaseOutput;
}

const constant = (value: Value, integer = false): Compiled => ({
  fn: () => value,
  integer,
  constant: { value },
});

/** `a OP b` on two numbers; callers have checked both are numbers. */
function ordered(op: '<' | '<=' | '>' | '>=', a: number, b: number): boolean {
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

/**
 * An expression compared with a constant (`$amount > 100`, `$country == "US"`,
 * `$count * 2 > 10`), the commonest rule shape: one closure with the common case
 * inline. Any other case goes through compare() as the generic path does.
 */
function versusConstant(op: ComparisonOp, read: Thunk, c: Value, readOnLeft: boolean): Thunk {
  const slow = (v: Value): boolean => (readOnLeft ? compare(v, c, op) : compare(c, v, op));
  if (op === '==' || op === '!=') {
    const negate = op === '!=';
    const type = typeof c;
    return () => {
      const v = read();
      return typeof v === type ? (v === c) !== negate : slow(v);
    };
  }
  if (typeof c !== 'number') return () => slow(read());
  // `c < $x` is `$x > c`: one closure per operator keeps each comparison monomorphic.
  const flipped = readOnLeft ? op : FLIPPED[op];
  switch (flipped) {
    case '>':
      return () => {
        const v = read();
        return typeof v === 'number' ? v > c : slow(v);
      };
    case '>=':
      return () => {
        const v = read();
        return typeof v === 'number' ? v >= c : slow(v);
      };
    case '<':
      return () => {
        const v = read();
        return typeof v === 'number' ? v < c : slow(v);
      };
    default:
      return () => {
        const v = read();
        return typeof v === 'number' ? v <= c : slow(v);
      };
  }
}

/** `x OP c` for a number constant c (`$count * 2`, `($amount - 10) / 2`): no call for the constant. */
function byConstant(op: ArithmeticOp, l: Thunk, c: number, integer: boolean): Thunk {
  switch (op) {
    case '+':
      return () => asNumber(l(), op) + c;
    case '-':
      return () => asNumber(l(), op) - c;
    case '*':
      return () => asNumber(l(), op) * c;
    default:
      // divide() decides zero divisors and inexact integer division, as the generic path does.
      if (c === 0 || op === '%' || integer) return () => divide(asNumber(l(), op), c, op, integer);
      return () => asNumber(l(), op) / c;
  }
}

/** `a OP b` is `b FLIPPED[OP] a`. */
const FLIPPED = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

/**
 * `($amount - 10) / 2 > 10`: the arithmetic and the comparison with a number in
 * one closure, so the intermediate number is never handed back from a closure
 * (a fractional result would be allocated on the heap each time).
 */
function arithmeticVersusConstant(
  op: ComparisonOp,
  arithmetic: NonNullable<Compiled['byConstant']>,
  c: number,
): Thunk {
  const { op: aop, operand, c: k } = arithmetic;
  return () => {
    const v = asNumber(operand(), aop);
    const x = aop === '+' ? v + k : aop === '-' ? v - k : aop === '*' ? v * k : v / k;
    if (op === '==') return x === c;
    if (op === '!=') return x !== c;
    return ordered(op, x, c);
  };
}

/** One closure per operator with the common case inline (the hot path of a backtest). */
function comparison(op: ComparisonOp, left: Compiled, right: Compiled): Thunk {
  if (left.byConstant && typeof right.constant?.value === 'number')
    return arithmeticVersusConstant(op, left.byConstant, right.constant.value);
  if (right.byConstant && typeof left.constant?.value === 'number')
    return arithmeticVersusConstant(FLIPPED[op], right.byConstant, left.constant.value);
  if (right.constant) return versusConstant(op, left.fn, right.constant.value, true);
  if (left.constant) return versusConstant(op, right.fn, left.constant.value, false);
  const l = left.fn;
  const r = right.fn;
  switch (op) {
    case '==':
    case '!=': {
      const negate = op === '!=';
      return () => {
        const a = l();
        const b = r();
        return typeof a === typeof b ? (a === b) !== negate : compare(a, b, op);
      };
    }
    case '>':
      return () => {
        const a = l();
        const b = r();
        return typeof a === 'number' && typeof b === 'number' ? a > b : compare(a, b, op);
      };
    case '<':
      return () => {
        const a = l();
        const b = r();
        return typeof a === 'number' && typeof b === 'number' ? a < b : compare(a, b, op);
      };
    default:
      return () => {
        const a = l();
        const b = r();
        return typeof a === 'number' && typeof b === 'number'
          ? ordered(op, a, b)
          : compare(a, b, op);
      };
  }
}

class Compiler {
  constructor(private readonly ctx: EvalContext) {}

  compile(expr: Expr): Compiled {
    switch (expr.kind) {
      case 'string':
      case 'boolean':
        return constant(expr.value);
      case 'number':
        return constant(expr.value, expr.isInteger);
      case 'variable': {
        const info = expr.name.endsWith(MODEL_SCORE_SUFFIX)
          ? undefined
          : this.ctx.variables.get(expr.name);
        const slot = slotFor(expr.name, info);
        return { fn: () => readSlot(slot), integer: info?.dataType === 'INTEGER' };
      }
      case 'unary': {
        const inner = this.compile(expr.operand);
        const operand = inner.fn;
        if (expr.op === '!')
          return {
            fn: () => {
              const v = operand();
              return typeof v === 'boolean' ? !v : !asBoolean(v, "'!'");
            },
            integer: false,
          };
        return { fn: () => -asNumber(operand(), '-'), integer: inner.integer };
      }
      case 'binary':
        return this.binary(expr);
      case 'membership':
        return { fn: this.membership(expr), integer: false };
      case 'call':
        return this.call(expr);
    }
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>): Compiled {
    const left = this.compile(expr.left);
    const right = this.compile(expr.right);
    const l = left.fn;
    const r = right.fn;
    const op = expr.op;
    // `x === true` / `x === false` first: the boolean case without a call.
    if (op === 'and')
      return {
        fn: () => {
          const a = l();
          if (a === false || !asBoolean(a, "'and'")) return false;
          const b = r();
          return b === true || asBoolean(b, "'and'");
        },
        integer: false,
      };
    if (op === 'or')
      return {
        fn: () => {
          const a = l();
          if (a === true || asBoolean(a, "'or'")) return true;
          const b = r();
          return b === true || asBoolean(b, "'or'");
        },
        integer: false,
      };
    if (!isArithmeticOp(op)) return { fn: comparison(op, left, right), integer: false };
    const integer = left.integer && right.integer;
    if (right.constant && typeof right.constant.value === 'number') {
      const c = right.constant.value;
      const fn = byConstant(op, l, c, integer);
      // A division that divide() must check (by zero, or integers) is not fused into a comparison.
      if (op === '%' || (op === '/' && (c === 0 || integer))) return { fn, integer };
      return { fn, integer, byConstant: { op, operand: l, c } };
    }
    switch (op) {
      case '+':
        return { fn: () => asNumber(l(), op) + asNumber(r(), op), integer };
      case '-':
        return { fn: () => asNumber(l(), op) - asNumber(r(), op), integer };
      case '*':
        return { fn: () => asNumber(l(), op) * asNumber(r(), op), integer };
      default:
        return { fn: () => divide(asNumber(l(), op), asNumber(r(), op), op, integer), integer };
    }
  }

  private membership(expr: MembershipExpr): Thunk {
    const element = this.compile(expr.element).fn;
    const negated = expr.negated;
    const { collection } = expr;
    if (collection.kind === 'list') {
      const elements = this.ctx.lists.get(collection.name) ?? new Set<string>();
      if (!this.ctx.partialLists?.has(collection.name))
        return () => elements.has(asText(element())) !== negated;
      const name = collection.name;
      return () => {
        if (elements.has(asText(element()))) return !negated;
        throw new Uncertain(
          `@${clip(name)} was read only in part: a value not among the elements read may still be in it`,
        );
      };
    }
    // One set per literal type: a number is looked up among the numbers only.
    const byType = new Map<string, Set<Value>>();
    for (const e of collection.elements) {
      const set = byType.get(typeof e.value) ?? new Set<Value>();
      set.add(e.value);
      byType.set(typeof e.value, set);
    }
    const empty = collection.elements.length === 0;
    const word = negated ? 'not in' : 'in';
    const other = (v: Value): boolean => {
      const set = byType.get(typeof v);
      if (set) return set.has(v) !== negated;
      if (empty) return negated;
      throw new Uncertain(`'${word}' looks for a ${typeof v} in a list without ${typeof v} values`);
    };
    // A list of strings (`$country in ["US", "CA"]`) is the usual case: no lookup by type.
    const strings = byType.get('string');
    if (!strings) return () => other(element());
    return () => {
      const v = element();
      return typeof v === 'string' ? strings.has(v) !== negated : other(v);
    };
  }

  private call(call: CallExpr): Compiled {
    if (call.name === 'regex_match' && call.args[0]?.kind === 'string' && call.args.length === 2) {
      const pattern = compilePattern(call.args[0].value);
      const subject = this.compile(call.args[1]!).fn;
      if (typeof pattern === 'string') throw new Error(pattern); // checkAst refused it first
      return { fn: () => pattern(asText(subject())), integer: false };
    }
    if (call.name === 'lowercase' && call.args.length === 1) {
      const arg = this.compile(call.args[0]!).fn;
      return { fn: () => lowercase(asText(arg())), integer: false };
    }
    const reason = `${clip(call.name)}() is not evaluated locally (only regex_match and lowercase are)`;
    return {
      fn: () => {
        throw new Uncertain(reason);
      },
      integer: false,
    };
  }
}
