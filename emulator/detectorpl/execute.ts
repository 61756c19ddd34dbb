// A detector version's rules run against one event, in the version's
// ruleExecutionMode (API reference, RuleExecutionMode): FIRST_MATCHED stops at
// the first matching rule in the version's order, and GetEventPrediction
// reports only that rule; ALL_MATCHED reports every matching rule in order.

import { conditionHolds, type Environment } from './evaluate.js';
import { DetectorPlError } from './lexer.js';
import { parseRuleExpression } from './parser.js';
import { EvaluationError } from './values.js';

export interface RuleToRun {
  ruleId: string;
  expression: string;
  outcomes: readonly string[];
}

export interface RuleResult {
  ruleId: string;
  outcomes: string[];
}

export interface RulesRun {
  ruleResults: RuleResult[];
  /** Rules that could not be evaluated (not matched), with the reason: for the call log. */
  skipped: { ruleId: string; reason: string }[];
}

export function runRules(rules: readonly RuleToRun[], mode: string, env: Environment): RulesRun {
  const ruleResults: RuleResult[] = [];
  const skipped: RulesRun['skipped'] = [];
  for (const rule of rules) {
    let holds: boolean;
    try {
      holds = conditionHolds(parseRuleExpression(rule.expression).root, env);
    } catch (err) {
      if (!(err instanceof EvaluationError) && !(err instanceof DetectorPlError)) throw err;
      skipped.push({ ruleId: rule.ruleId, reason: err.message });
      continue;
    }
    if (!holds) continue;
    ruleResults.push({ ruleId: rule.ruleId, outcomes: [...rule.outcomes] });
    if (mode !== 'ALL_MATCHED') break;
  }
  return { ruleResults, skipped };
}
