// The emulator's DetectorPL evaluator: walks the parser's tree (parser.ts) for
// one event. Independent of the action's evaluator (src/detectorpl), so the
// differential test between the two catches a bug in either.
//
// Semantics from AFD's rule language reference: comparisons, `in` / `not in`
// a list literal or an @list, `and` / `or` / `!`, + - * / %, regex_match with
// RE2J's matches() (the whole text must match), lowercase.

import { RE2JS } from 're2js';
import type { Node } from './parser.js';
import { arithmetic, booleanOf, ordered, sameValue } from './operators.js';
import { describe, EvaluationError, textOf, type Value } from './values.js';

/** What an expression reads: event variables (with defaults applied) and list elements. */
export interface Environment {
  /** The variable's value; throws EvaluationError when it has none. */
  variable(name: string): Value;
  /** The list's elements; throws EvaluationError when there is no such list. */
  list(name: string): readonly string[];
}

/** Patterns compiled once: a pattern comes from a rule, not from an event. */
const patterns = new Map<string, RE2JS>();
const MAX_CACHED_PATTERNS = 1000;

function compiled(pattern: string): RE2JS {
  let re = patterns.get(pattern);
  if (!re) {
    try {
      re = RE2JS.compile(pattern);
    } catch (err) {
      throw new EvaluationError(`regex_match pattern is not valid RE2: ${(err as Error).message}`);
    }
    if (patterns.size >= MAX_CACHED_PATTERNS) patterns.clear();
    patterns.set(pattern, re);
  }
  return re;
}

function call(node: Extract<Node, { kind: 'call' }>, env: Environment): Value {
  const args = node.args;
  if (node.name === 'regex_match' && args.length === 2 && args[0] && args[1]) {
    const pattern = evaluate(args[0], env);
    if (typeof pattern !== 'string')
      throw new EvaluationError('regex_match takes its pattern as a string');
    // RE2J's matches(): the pattern must match the whole text, not a part of it.
    return compiled(pattern)
      .matcher(textOf(evaluate(args[1], env)))
      .matches();
  }
  if (node.name === 'lowercase' && args.length === 1 && args[0])
    return textOf(evaluate(args[0], env)).toLowerCase();
  throw new EvaluationError(`function ${node.name} is not in the rule language reference`);
}

function membership(value: Value, right: Node, env: Environment): boolean {
  if (right.kind === 'list') return env.list(right.name).includes(textOf(value));
  if (right.kind !== 'array') throw new EvaluationError('"in" needs a list');
  return right.items.some((item) => {
    const element = evaluate(item, env);
    return typeof element === typeof value && element === value;
  });
}

/**
 * `and` / `or` in three-valued logic: a side that cannot be evaluated does not
 * matter when the other side decides (`error or true` is true), else the error
 * stands. AFD documents nothing here; this never turns a decided result around.
 */
function logical(op: 'and' | 'or', left: Node, right: Node, env: Environment): boolean {
  const decisive = op === 'or';
  let leftError: EvaluationError | undefined;
  try {
    if (booleanOf(evaluate(left, env), op) === decisive) return decisive;
  } catch (err) {
    if (!(err instanceof EvaluationError)) throw err;
    leftError = err;
  }
  const r = booleanOf(evaluate(right, env), op);
  if (r === decisive) return decisive;
  if (leftError) throw leftError;
  return r;
}

export function evaluate(node: Node, env: Environment): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'variable':
      return env.variable(node.name);
    case 'call':
      return call(node, env);
    case 'unary': {
      const operand = evaluate(node.operand, env);
      if (node.op === '!') return !booleanOf(operand, '!');
      if (typeof operand !== 'number')
        throw new EvaluationError(`"-" needs a number, got ${describe(operand)}`);
      return -operand;
    }
    case 'binary':
      switch (node.op) {
        case 'and':
        case 'or':
          return logical(node.op, node.left, node.right, env);
        case 'in':
        case 'not in': {
          const found = membership(evaluate(node.left, env), node.right, env);
          return node.op === 'in' ? found : !found;
        }
        case '==':
          return sameValue(evaluate(node.left, env), evaluate(node.right, env), '==');
        case '!=':
          return !sameValue(evaluate(node.left, env), evaluate(node.right, env), '!=');
        case '<':
        case '<=':
        case '>':
        case '>=':
          return ordered(node.op, evaluate(node.left, env), evaluate(node.right, env));
        default:
          return arithmetic(node.op, evaluate(node.left, env), evaluate(node.right, env));
      }
    case 'list':
    case 'array':
      throw new EvaluationError('a list is not a value outside "in"');
  }
}

/** Whether a rule's condition holds for this event. */
export function conditionHolds(root: Node, env: Environment): boolean {
  const result = evaluate(root, env);
  if (typeof result !== 'boolean')
    throw new EvaluationError(`the condition is ${describe(result)}, not true or false`);
  return result;
}
