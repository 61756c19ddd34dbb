// Evaluating rules the way AFD does: FIRST_MATCHED (rules in order, the first
// match decides) or ALL_MATCHED (every matching rule). A rule the evaluator
// cannot be sure about is reported as uncertain with the reason, never guessed.
import type { ListRef, VariableRef } from './ast.js';
import { checkAst, error, typeOfDataType, type NameResolver } from './check.js';
import { compileExpr, type Thunk } from './compile.js';
import type {
  CompiledRule,
  DetectorResult,
  EvalContext,
  EventSource,
  EventValues,
  ExecutionMode,
  RuleMatch,
  ScoreSource,
} from './evaluate-types.js';
import { parseExpression } from './parser.js';
import { clip } from './source.js';
import { MODEL_SCORE_SUFFIX, type Diagnostic } from './types.js';
import { beginEvent, Uncertain } from './values.js';

/** The object compileRule hands out: the rule plus its closure (not part of the public shape). */
class RuleProgram implements CompiledRule {
  constructor(
    readonly ruleId: string,
    readonly outcomes: readonly string[],
    readonly test: Thunk,
  ) {}
}

function contextResolver(ctx: EvalContext): NameResolver {
  return {
    variable(ref: VariableRef) {
      if (ref.name.endsWith(MODEL_SCORE_SUFFIX)) return { type: 'number' };
      const info = ctx.variables.get(ref.name);
      if (info) return { type: typeOfDataType(info.dataType) };
      return {
        type: 'unknown',
        diagnostic: error(
          'unknown-variable',
          `$${clip(ref.name)} is not a known variable`,
          ref.span,
        ),
      };
    },
    list(ref: ListRef) {
      if (ctx.lists.has(ref.name)) return undefined;
      return error('unknown-list', `@${clip(ref.name)} is not a known list`, ref.span);
    },
  };
}

// Errors that leave nothing to evaluate. Type errors and too many lists do not: a
// rule AFD already runs (the base version) must still be replayed in a backtest,
// and a value of the wrong type evaluates as uncertain.
const BLOCKING = new Set([
  'syntax',
  'too-deep',
  'too-long',
  'unknown-variable',
  'unknown-list',
  'bad-regex',
  'bad-arguments',
]);

/**
 * Parses, checks against `ctx` and compiles one rule. `rule` is absent when the
 * expression cannot be evaluated (syntax, unknown names, unusable arguments or
 * pattern); with a type-mismatch, not-boolean or too-many-lists error it is
 * present and the mismatch evaluates as uncertain. The diagnostics are all of them.
 */
export function compileRule(
  rule: { ruleId: string; expression: string; outcomes: readonly string[] },
  ctx: EvalContext,
): { rule?: CompiledRule; diagnostics: Diagnostic[] } {
  const { ast, diagnostics } = parseExpression(rule.expression);
  if (!ast) return { diagnostics };
  const checked = checkAst(ast, contextResolver(ctx));
  if (checked.some((d) => d.severity === 'error' && BLOCKING.has(d.code))) {
    return { diagnostics: checked };
  }
  const program = new RuleProgram(rule.ruleId, [...rule.outcomes], compileExpr(ast, ctx));
  return { rule: program, diagnostics: checked };
}

function program(rule: CompiledRule): RuleProgram {
  if (rule instanceof RuleProgram) return rule;
  throw new TypeError(`rule ${rule.ruleId} was not made by compileRule`);
}

/** true / false, or the reason the evaluator cannot be sure. */
function run(rule: RuleProgram): boolean | string {
  try {
    const result = rule.test();
    if (typeof result !== 'boolean')
      return `the expression gave a ${typeof result}, not true or false`;
    return result;
  } catch (e) {
    if (e instanceof Uncertain) return e.reason;
    throw e;
  }
}

export function evaluateRule(
  rule: CompiledRule,
  event: EventValues,
  modelScores?: ReadonlyMap<string, number>,
): RuleMatch {
  const p = program(rule);
  beginEvent(event, modelScores);
  const result = run(p);
  return typeof result === 'string'
    ? { ruleId: p.ruleId, matched: false, uncertain: result }
    : { ruleId: p.ruleId, matched: result };
}

export function evaluateRules(
  rules: readonly CompiledRule[],
  mode: ExecutionMode,
  event: EventValues,
  modelScores?: ReadonlyMap<string, number>,
): DetectorResult {
  beginEvent(event, modelScores);
  const result: DetectorResult = { outcomes: [], ruleResults: [], uncertain: [] };
  for (const rule of rules) {
    const p = program(rule);
    const matched = run(p);
    if (typeof matched === 'string') {
      // Under FIRST_MATCHED an uncertain rule before the deciding one makes the decision uncertain too.
      result.uncertain.push({ ruleId: p.ruleId, reason: matched });
      continue;
    }
    if (!matched) continue;
    // A fresh object per match: callers own the result and may sort or extend it.
    result.ruleResults.push({ ruleId: p.ruleId, outcomes: [...p.outcomes] });
    for (const outcome of p.outcomes)
      if (!result.outcomes.includes(outcome)) result.outcomes.push(outcome);
    if (mode === 'FIRST_MATCHED') break;
  }
  return result;
}

/** What evaluateEach writes for a rule: one byte each, so a replay allocates nothing per rule. */
export const VERDICT = { noMatch: 0, matched: 1, uncertain: 2 } as const;

/**
 * Rules made ready for evaluateEach, with where each one's verdict goes:
 * `rules[k]`'s into `verdicts[at[k]]` (by default `at[k]` is k).
 */
export class RuleBatch {
  /** The closures, checked once here rather than once per rule per event. */
  readonly tests: readonly Thunk[];
  readonly at: Int32Array;
  /** The smallest `verdicts` length evaluateEach accepts. */
  readonly width: number;

  constructor(rules: readonly CompiledRule[], at?: readonly number[]) {
    if (at && at.length !== rules.length)
      throw new RangeError(`RuleBatch: ${rules.length} rules but ${at.length} positions`);
    this.tests = rules.map((r) => program(r).test);
    this.at = Int32Array.from(at ?? rules.map((_, k) => k));
    this.width = this.at.reduce((max, i) => Math.max(max, i + 1), 0);
  }

  get size(): number {
    return this.tests.length;
  }
}

/**
 * Evaluates every rule of `batch` on one event, as ALL_MATCHED does, and writes
 * each one's VERDICT into `verdicts`. For callers that replay many events and
 * need only the verdicts (the backtest): no result objects, no reasons.
 */
export function evaluateEach(
  batch: RuleBatch,
  event: EventSource,
  modelScores: ScoreSource | undefined,
  verdicts: Uint8Array,
): void {
  if (verdicts.length < batch.width)
    throw new RangeError(`evaluateEach needs ${batch.width} verdicts, has ${verdicts.length}`);
  beginEvent(event, modelScores);
  const { tests, at } = batch;
  for (let k = 0; k < tests.length; k++) {
    let verdict: number;
    try {
      const result = tests[k]!();
      verdict =
        result === true ? VERDICT.matched : result === false ? VERDICT.noMatch : VERDICT.uncertain;
    } catch (e) {
      if (!(e instanceof Uncertain)) throw e;
      verdict = VERDICT.uncertain;
    }
    verdicts[at[k]!] = verdict;
  }
}
