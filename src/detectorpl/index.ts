// DetectorPL, AFD's rule language: parse → check → evaluate. A pure library (no
// I/O, no imports from the rest of src/). See docs/detectorpl.md.
export type * from './ast.js';
export type { Expr } from './ast.js';
export { parseExpression } from './parser.js';
export { lintExpression, referencedNames } from './lint.js';
export {
  MAX_EXPRESSION_CHARS,
  MAX_LIST_LITERAL_ELEMENTS,
  MAX_LISTS_PER_RULE,
  MAX_NESTING_DEPTH,
  MAX_REGEX_PATTERN_CHARS,
  MODEL_SCORE_SUFFIX,
  WARN_EXPRESSION_CHARS,
  isDataType,
  type Catalog,
  type DataType,
  type Diagnostic,
  type SourceSpan,
  type VariableInfo,
} from './types.js';
export {
  compileRule,
  evaluateEach,
  evaluateRule,
  evaluateRules,
  RuleBatch,
  VERDICT,
} from './evaluate.js';
export type {
  CompiledRule,
  DetectorResult,
  EvalContext,
  EventSource,
  EventValues,
  ExecutionMode,
  RuleMatch,
  ScoreSource,
} from './evaluate-types.js';
export { modelScoreThresholds, type ScoreThreshold, type ThresholdOp } from './thresholds.js';
