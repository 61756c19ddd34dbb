// A checked syntax tree → closures over the per-event slots. Never JavaScript
// source (no eval, no new Function, no RegExp on user text): each node becomes a
// small function, each regex_match pattern is compiled once by re2js.
import type { CallExpr, ComparisonOp, Expr, MembershipExpr } from './ast.js';
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

const constant = (value: Value, integer = false): Compiled => ({ fn: () => value, integer });

/** One closure per operator with the common case inline (the hot path of a backtest). */
function comparison(op: ComparisonOp, l: Thunk, r: Thunk): Thunk {
  const both = (f: (a: number, b: number) => boolean): Thunk => {
    return () => {
      const a = l();
      const b = r();
      return typeof a === 'number' && typeof b === 'number' ? f(a, b) : compare(a, b, op);
    };
  };
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
    case '<':
      return both((a, b) => a < b);
    case '<=':
      return both((a, b) => a <= b);
    case '>':
      return both((a, b) => a > b);
    default:
      return both((a, b) => a >= b);
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
        if (expr.op === '!') return { fn: () => !asBoolean(operand(), "'!'"), integer: false };
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
    if (op === 'and')
      return { fn: () => asBoolean(l(), "'and'") && asBoolean(r(), "'and'"), integer: false };
    if (op === 'or')
      return { fn: () => asBoolean(l(), "'or'") || asBoolean(r(), "'or'"), integer: false };
    if (!isArithmeticOp(op)) return { fn: comparison(op, l, r), integer: false };
    const integer = left.integer && right.integer;
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
      return () => elements.has(asText(element())) !== negated;
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
    return () => {
      const v = element();
      const set = byType.get(typeof v);
      if (set) return set.has(v) !== negated;
      if (empty) return negated;
      throw new Uncertain(`'${word}' looks for a ${typeof v} in a list without ${typeof v} values`);
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
