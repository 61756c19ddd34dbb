// The evaluator's public shapes (AFD's semantics: see evaluate.ts).
import type { VariableInfo } from './types.js';

export type { VariableInfo };

/** As AFD receives them: strings; `null` for an explicit null; absent for a missing variable. */
export type EventValues = ReadonlyMap<string, string | null>;

/**
 * What the evaluator reads an event through: a variable's value by name, as
 * EventValues' `get` answers. A Map is one; a replay can read its rows without
 * building a Map per event.
 */
export interface EventSource {
  get(name: string): string | null | undefined;
}

/** Model scores by `<modelId>_insightscore` variable name, as a Map's `get` answers. */
export interface ScoreSource {
  get(variable: string): number | undefined;
}

export interface EvalContext {
  variables: ReadonlyMap<string, VariableInfo>;
  /** List elements, for `in @list`. */
  lists: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Lists read only in part (AFD had more elements than were read): a value
   * found is certain, a value not found is uncertain.
   */
  partialLists?: ReadonlySet<string>;
}

export interface CompiledRule {
  ruleId: string;
  outcomes: readonly string[];
}

export interface RuleMatch {
  ruleId: string;
  matched: boolean;
  /** Why the evaluator cannot be sure (then `matched` is false). */
  uncertain?: string;
}

export interface DetectorResult {
  /** FIRST_MATCHED: the deciding rule's; ALL_MATCHED: all matches' (deduplicated, in order). */
  outcomes: string[];
  /** What AFD reports as matched: FIRST_MATCHED only the deciding rule. */
  ruleResults: { ruleId: string; outcomes: string[] }[];
  uncertain: { ruleId: string; reason: string }[];
}

export type ExecutionMode = 'FIRST_MATCHED' | 'ALL_MATCHED';
