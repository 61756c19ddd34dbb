// The public shapes of the DetectorPL library: diagnostics, the catalog a rule is
// checked against, and AFD's limits. Plain data only, so callers can build them.

/** 1-based line and column inside the expression text; offset/length in UTF-16 code units. */
export interface SourceSpan {
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable: 'syntax', 'too-deep', 'unknown-variable', 'unknown-list', 'too-long', 'too-many-lists',
   *  'type-mismatch', 'unknown-function', 'bad-arguments', 'not-boolean', 'bad-regex',
   *  'model-score-not-in-proposal'. */
  code: string;
  message: string;
  span: SourceSpan;
}

export type DataType = 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'DATETIME';

const DATA_TYPES: ReadonlySet<string> = new Set<DataType>([
  'STRING',
  'INTEGER',
  'FLOAT',
  'BOOLEAN',
  'DATETIME',
]);

/** Whether AFD's data type text (GetVariables, untrusted) is one the library knows. */
export function isDataType(text: string): text is DataType {
  return DATA_TYPES.has(text);
}

export interface VariableInfo {
  dataType: DataType;
  defaultValue?: string;
}

export interface Catalog {
  /** From GetVariables (name without '$'). */
  variables: ReadonlyMap<string, VariableInfo>;
  /** From GetListsMetadata (name without '@'). */
  lists: ReadonlyMap<string, { variableType?: string }>;
  /** `<modelId>_insightscore` names: inProposal=false gives a warning, absent from the map (and from variables) an error. */
  modelScores: ReadonlyMap<string, { modelId: string; inProposal: boolean }>;
}

/** AFD's API limit on `expression` (CreateRule / UpdateRuleVersion): an error above it. */
export const MAX_EXPRESSION_CHARS = 4096;
/** The user guide's "less than 4,000 characters": a warning from here on. */
export const WARN_EXPRESSION_CHARS = 4000;
/** The user guide: "A rule can have up to 3 lists". */
export const MAX_LISTS_PER_RULE = 3;
/** Nesting (parentheses, `!`, unary minus, calls) deeper than this is a diagnostic, not a stack overflow. */
export const MAX_NESTING_DEPTH = 100;
/** A regex_match pattern longer than this is refused: bounded compile work for text from a PR. */
export const MAX_REGEX_PATTERN_CHARS = 1000;
/** A list literal `[…]` with more elements than this is refused (bounded work per evaluation). */
export const MAX_LIST_LITERAL_ELEMENTS = 1000;

/** The suffix AFD gives model score variables: `$<modelId>_insightscore`. */
export const MODEL_SCORE_SUFFIX = '_insightscore';
