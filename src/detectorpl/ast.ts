// The syntax tree of one DetectorPL expression. Every node keeps the span of the
// text it came from, so every later diagnostic can point at a column.
import type { SourceSpan } from './types.js';

export type ComparisonOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type LogicalOp = 'and' | 'or';

/** A literal allowed inside `[ … ]` after `in`. */
export type LiteralExpr = StringLiteral | NumberLiteral | BooleanLiteral;

export interface StringLiteral {
  kind: 'string';
  value: string;
  span: SourceSpan;
}
export interface NumberLiteral {
  kind: 'number';
  value: number;
  /** Written without a decimal point (AFD is Java underneath: int vs double can matter). */
  isInteger: boolean;
  span: SourceSpan;
}
export interface BooleanLiteral {
  kind: 'boolean';
  value: boolean;
  span: SourceSpan;
}
export interface VariableRef {
  kind: 'variable';
  /** Without the '$'. */
  name: string;
  span: SourceSpan;
}
export interface ListRef {
  kind: 'list';
  /** Without the '@'. */
  name: string;
  span: SourceSpan;
}
export interface ListLiteral {
  kind: 'listLiteral';
  elements: LiteralExpr[];
  span: SourceSpan;
}
export interface UnaryExpr {
  kind: 'unary';
  op: '!' | '-';
  operand: Expr;
  span: SourceSpan;
}
export interface BinaryExpr {
  kind: 'binary';
  op: ComparisonOp | ArithmeticOp | LogicalOp;
  left: Expr;
  right: Expr;
  /** The operator's own span (where a type error about it points). */
  opSpan: SourceSpan;
  span: SourceSpan;
}
export interface MembershipExpr {
  kind: 'membership';
  negated: boolean;
  element: Expr;
  collection: ListLiteral | ListRef;
  opSpan: SourceSpan;
  span: SourceSpan;
}
export interface CallExpr {
  kind: 'call';
  name: string;
  nameSpan: SourceSpan;
  args: Expr[];
  span: SourceSpan;
}

export type Expr =
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | VariableRef
  | UnaryExpr
  | BinaryExpr
  | MembershipExpr
  | CallExpr;

export function isComparisonOp(op: string): op is ComparisonOp {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

export function isArithmeticOp(op: string): op is ArithmeticOp {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
}
