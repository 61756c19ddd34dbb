// The checks after parsing: lists per rule, names (through a resolver, so the
// linter's catalog and the evaluator's context share one walk), static types,
// known functions and their arguments, and that the whole is a condition.
import type { CallExpr, Expr, ListRef, MembershipExpr, VariableRef } from './ast.js';
import { isArithmeticOp, isComparisonOp } from './ast.js';
import { compilePattern } from './regex.js';
import { clip } from './source.js';
import { closestName } from './suggest.js';
import { MAX_LISTS_PER_RULE, type DataType, type Diagnostic, type SourceSpan } from './types.js';

export type StaticType = 'boolean' | 'number' | 'string' | 'datetime' | 'unknown';

export interface NameResolver {
  variable(ref: VariableRef): { type: StaticType; diagnostic?: Diagnostic };
  list(ref: ListRef): Diagnostic | undefined;
}

/** No catalog: every name is accepted and its type is unknown. */
export const OPEN_RESOLVER: NameResolver = {
  variable: () => ({ type: 'unknown' }),
  list: () => undefined,
};

/** The functions this library knows (documented in AFD's rule language reference). */
export const KNOWN_FUNCTIONS = ['regex_match', 'lowercase'] as const;

export function typeOfDataType(dataType: DataType): StaticType {
  switch (dataType) {
    case 'INTEGER':
    case 'FLOAT':
      return 'number';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATETIME':
      return 'datetime';
    default:
      return 'string';
  }
}

const TYPE_WORDS: Record<StaticType, string> = {
  boolean: 'a boolean',
  number: 'a number',
  string: 'a string',
  datetime: 'a DATETIME',
  unknown: 'a value',
};

export function error(code: string, message: string, span: SourceSpan): Diagnostic {
  return { severity: 'error', code, message, span };
}

export function warning(code: string, message: string, span: SourceSpan): Diagnostic {
  return { severity: 'warning', code, message, span };
}

/** Distinct @lists beyond the third, each reported once at its first use. */
function checkListCount(lists: ListRef[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const ref of lists) {
    if (seen.has(ref.name)) continue;
    seen.add(ref.name);
    if (seen.size === MAX_LISTS_PER_RULE + 1) {
      out.push(
        error(
          'too-many-lists',
          `@${clip(ref.name)} is list number ${seen.size} in this rule; AFD allows at most ${MAX_LISTS_PER_RULE} lists per rule`,
          ref.span,
        ),
      );
    }
  }
  return out;
}

export function collectLists(expr: Expr, into: ListRef[] = []): ListRef[] {
  forEachNode(expr, (node) => {
    if (node.kind === 'membership' && node.collection.kind === 'list') into.push(node.collection);
  });
  return into;
}

/** Visits every node, parents first. */
export function forEachNode(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  switch (expr.kind) {
    case 'unary':
      forEachNode(expr.operand, visit);
      break;
    case 'binary':
      forEachNode(expr.left, visit);
      forEachNode(expr.right, visit);
      break;
    case 'membership':
      forEachNode(expr.element, visit);
      break;
    case 'call':
      for (const arg of expr.args) forEachNode(arg, visit);
      break;
    default:
      break;
  }
}

export function checkAst(ast: Expr, resolver: NameResolver): Diagnostic[] {
  const checker = new Checker(resolver);
  const type = checker.infer(ast);
  const out = [...checkListCount(collectLists(ast)), ...checker.diagnostics];
  if (type !== 'boolean' && type !== 'unknown') {
    out.push(
      error(
        'not-boolean',
        `the expression is ${TYPE_WORDS[type]}, but a rule must be a condition (true or false): compare it, e.g. with ==`,
        ast.span,
      ),
    );
  }
  return out;
}

const isLiteral = (e: Expr): boolean =>
  e.kind === 'string' ||
  e.kind === 'number' ||
  e.kind === 'boolean' ||
  (e.kind === 'unary' && e.operand.kind === 'number');

/** Types that compare as equals: DATETIME values are ISO strings. */
function compatible(a: StaticType, b: StaticType): boolean {
  if (a === 'unknown' || b === 'unknown' || a === b) return true;
  return (a === 'datetime' && b === 'string') || (a === 'string' && b === 'datetime');
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly resolver: NameResolver) {}

  infer(expr: Expr): StaticType {
    switch (expr.kind) {
      case 'string':
      case 'number':
      case 'boolean':
        return expr.kind;
      case 'variable': {
        const { type, diagnostic } = this.resolver.variable(expr);
        if (diagnostic) this.diagnostics.push(diagnostic);
        return type;
      }
      case 'unary':
        this.expect(expr.operand, expr.op === '!' ? 'boolean' : 'number', `'${expr.op}'`);
        return expr.op === '!' ? 'boolean' : 'number';
      case 'binary':
        return this.inferBinary(expr);
      case 'membership':
        return this.inferMembership(expr);
      case 'call':
        return this.inferCall(expr);
    }
  }

  /** Infers `operand` and reports it when it is known to be another type than `wanted`. */
  private expect(operand: Expr, wanted: StaticType, operator: string): StaticType {
    const type = this.infer(operand);
    if (type !== 'unknown' && type !== wanted) {
      this.diagnostics.push(
        error(
          'type-mismatch',
          `${operator} needs ${TYPE_WORDS[wanted]}, found ${TYPE_WORDS[type]}`,
          operand.span,
        ),
      );
    }
    return type;
  }

  private inferBinary(expr: Extract<Expr, { kind: 'binary' }>): StaticType {
    const { op } = expr;
    if (op === 'and' || op === 'or') {
      this.expect(expr.left, 'boolean', `'${op}'`);
      this.expect(expr.right, 'boolean', `'${op}'`);
      return 'boolean';
    }
    if (isArithmeticOp(op)) {
      this.expect(expr.left, 'number', `'${op}'`);
      this.expect(expr.right, 'number', `'${op}'`);
      return 'number';
    }
    if (isComparisonOp(op)) {
      const left = this.infer(expr.left);
      const right = this.infer(expr.right);
      if (!compatible(left, right)) {
        // Two variables might be coerced by AFD in a way nobody documented: only a warning.
        const bothVariables = expr.left.kind === 'variable' && expr.right.kind === 'variable';
        const variableVsLiteral =
          (expr.left.kind === 'variable' && isLiteral(expr.right)) ||
          (expr.right.kind === 'variable' && isLiteral(expr.left));
        const literalHint = variableVsLiteral ? ': write the literal in the variable’s type' : '';
        const message = `'${op}' compares ${TYPE_WORDS[left]} with ${TYPE_WORDS[right]}${literalHint}`;
        this.diagnostics.push(
          (bothVariables ? warning : error)('type-mismatch', message, expr.opSpan),
        );
      } else if (op !== '==' && op !== '!=' && (left === 'boolean' || right === 'boolean')) {
        this.diagnostics.push(
          error('type-mismatch', `'${op}' orders numbers, not booleans`, expr.opSpan),
        );
      }
    }
    return 'boolean';
  }

  private inferMembership(expr: MembershipExpr): StaticType {
    const element = this.infer(expr.element);
    const { collection } = expr;
    if (collection.kind === 'list') {
      const diagnostic = this.resolver.list(collection);
      if (diagnostic) this.diagnostics.push(diagnostic);
      return 'boolean';
    }
    const types = new Set<StaticType>(collection.elements.map((e) => e.kind));
    if (types.size > 0 && ![...types].some((t) => compatible(element, t))) {
      const listed = [...types].map((t) => TYPE_WORDS[t].replace(/^an? /, '')).join('/');
      this.diagnostics.push(
        error(
          'type-mismatch',
          `'${expr.negated ? 'not in' : 'in'}' looks for ${TYPE_WORDS[element]} in a list of ${listed} values`,
          expr.opSpan,
        ),
      );
    }
    return 'boolean';
  }

  private inferCall(call: CallExpr): StaticType {
    const arity = (n: number, signature: string): boolean => {
      if (call.args.length === n) return true;
      this.diagnostics.push(
        error(
          'bad-arguments',
          `${call.name} takes ${n} argument${n === 1 ? '' : 's'} (${signature}), found ${call.args.length}`,
          call.span,
        ),
      );
      return false;
    };
    switch (call.name) {
      case 'regex_match': {
        if (arity(2, 'regex_match("pattern", value)')) this.checkPattern(call.args[0]!);
        for (const arg of call.args.slice(1)) this.infer(arg);
        return 'boolean';
      }
      case 'lowercase':
        arity(1, 'lowercase(value)');
        for (const arg of call.args) this.infer(arg);
        return 'string';
      default: {
        const similar = closestName(call.name, KNOWN_FUNCTIONS);
        const mean = similar === undefined ? '' : ` Did you mean ${similar}?`;
        this.diagnostics.push(
          warning(
            'unknown-function',
            `${clip(call.name)}() is not a function this action knows (regex_match, lowercase): not checked locally, and rule tests cannot evaluate it.${mean}`,
            call.nameSpan,
          ),
        );
        for (const arg of call.args) this.infer(arg);
        return 'unknown';
      }
    }
  }

  private checkPattern(pattern: Expr): void {
    if (pattern.kind !== 'string') {
      this.infer(pattern);
      this.diagnostics.push(
        error(
          'bad-arguments',
          'the first argument of regex_match must be a "string" pattern',
          pattern.span,
        ),
      );
      return;
    }
    const compiled = compilePattern(pattern.value);
    if (typeof compiled === 'string')
      this.diagnostics.push(error('bad-regex', compiled, pattern.span));
  }
}
