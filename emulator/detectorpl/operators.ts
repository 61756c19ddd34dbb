// What DetectorPL's operators do to values. The rule language reference lists
// the operators but not what they do with mixed types; where it is silent the
// emulator refuses (EvaluationError) rather than coerce.

import { describe, EvaluationError, type Value } from './values.js';

export function numberOf(value: Value, operator: string): number {
  if (typeof value !== 'number')
    throw new EvaluationError(`"${operator}" needs a number, got ${describe(value)}`);
  return value;
}

export function booleanOf(value: Value, operator: string): boolean {
  if (typeof value !== 'boolean')
    throw new EvaluationError(`"${operator}" needs true or false, got ${describe(value)}`);
  return value;
}

export function arithmetic(op: string, left: Value, right: Value): number {
  const a = numberOf(left, op);
  const b = numberOf(right, op);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    default:
      if (b === 0) throw new EvaluationError(`division by zero ("${op}")`);
      return op === '/' ? a / b : a % b;
  }
}

export function sameValue(left: Value, right: Value, operator: string): boolean {
  if (typeof left !== typeof right)
    throw new EvaluationError(
      `"${operator}" compares ${describe(left)} with ${describe(right)}, values of different types`,
    );
  return left === right;
}

// An ISO 8601 date, or a date and time with a zone (DATETIME variables).
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function instantOf(value: Value): number | undefined {
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `< <= > >=` order numbers, and timestamps as instants; anything else is refused. */
export function ordered(op: string, left: Value, right: Value): boolean {
  let a: number | undefined;
  let b: number | undefined;
  if (typeof left === 'number' && typeof right === 'number') {
    a = left;
    b = right;
  } else {
    a = instantOf(left);
    b = instantOf(right);
  }
  if (a === undefined || b === undefined)
    throw new EvaluationError(
      `"${op}" orders numbers or timestamps, got ${describe(left)} and ${describe(right)}`,
    );
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}
