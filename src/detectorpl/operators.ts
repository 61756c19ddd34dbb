// The runtime meaning of DetectorPL's operators on coerced values. Where AFD's
// documentation does not say what happens (mixed types, ordering strings,
// integer division), the answer is Uncertain, never a guess.
import { describeValue, Uncertain, type Value } from './values.js';
import type { ComparisonOp } from './ast.js';

export function asNumber(v: Value, operator: string): number {
  if (typeof v !== 'number')
    throw new Uncertain(`'${operator}' needs a number, found ${describeValue(v)}`);
  return v;
}

export function asBoolean(v: Value, operator: string): boolean {
  if (typeof v !== 'boolean')
    throw new Uncertain(`${operator} needs a boolean, found ${describeValue(v)}`);
  return v;
}

/** The text a value has in a list or a regex: strings as is, numbers in shortest form, true/false. */
export function asText(v: Value): string {
  return typeof v === 'string' ? v : String(v);
}

// An ISO 8601 date, or date and time with an explicit zone (a zone-less time would
// be read in the machine's time zone).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function instant(s: string): number | undefined {
  if (!ISO_INSTANT.test(s)) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
}

export function equals(a: Value, b: Value, op: string): boolean {
  if (typeof a !== typeof b) {
    throw new Uncertain(
      `'${op}' compares ${describeValue(a)} with ${describeValue(b)}: AFD's coercion is not documented`,
    );
  }
  return a === b;
}

export function compare(a: Value, b: Value, op: ComparisonOp): boolean {
  if (op === '==') return equals(a, b, op);
  if (op === '!=') return !equals(a, b, op);
  let x: number;
  let y: number;
  if (typeof a === 'number' && typeof b === 'number') {
    x = a;
    y = b;
  } else {
    const ia = typeof a === 'string' ? instant(a) : undefined;
    const ib = typeof b === 'string' ? instant(b) : undefined;
    if (ia === undefined || ib === undefined) {
      throw new Uncertain(
        `'${op}' orders ${describeValue(a)} and ${describeValue(b)}: only numbers and ISO 8601 timestamps are ordered locally`,
      );
    }
    x = ia;
    y = ib;
  }
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

/** `/` and `%`: zero divisors and inexact integer division are uncertain (Java would truncate int / int). */
export function divide(a: number, b: number, op: '/' | '%', integers: boolean): number {
  if (b === 0) throw new Uncertain(`division by zero ('${op}')`);
  const r = op === '/' ? a / b : a % b;
  if (integers && op === '/' && !Number.isInteger(r)) {
    throw new Uncertain(
      `${a} / ${b} divides two integers: AFD may truncate (Java) or not; not decided locally`,
    );
  }
  return r;
}
