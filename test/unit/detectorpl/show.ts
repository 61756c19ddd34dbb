// A compact, readable form of a DetectorPL syntax tree for assertions:
// `$a > 1 and !$b` → `(and (> $a 1) (! $b))`.
import type { Expr } from '../../../src/detectorpl/index.js';

export function show(expr: Expr): string {
  switch (expr.kind) {
    case 'string':
      return JSON.stringify(expr.value);
    case 'number':
      return String(expr.value);
    case 'boolean':
      return String(expr.value);
    case 'variable':
      return `$${expr.name}`;
    case 'unary':
      return `(${expr.op} ${show(expr.operand)})`;
    case 'binary':
      return `(${expr.op} ${show(expr.left)} ${show(expr.right)})`;
    case 'membership': {
      const c = expr.collection;
      const list = c.kind === 'list' ? `@${c.name}` : `[${c.elements.map(show).join(' ')}]`;
      return `(${expr.negated ? 'not in' : 'in'} ${show(expr.element)} ${list})`;
    }
    case 'call':
      return `(${expr.name}${expr.args.map((a) => ` ${show(a)}`).join('')})`;
  }
}
