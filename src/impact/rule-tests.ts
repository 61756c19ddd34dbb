// Rule tests: each test's event runs through the proposal's rules with AFD's
// semantics, and what AFD would answer is compared with what the test expects.
// Pure: the caller compiles the rules and reports the results.
import {
  evaluateRules,
  MODEL_SCORE_SUFFIX,
  type CompiledRule,
  type DetectorResult,
  type ExecutionMode,
} from '../detectorpl/index.js';

/** The outcome a test names when no rule matches (AFD returns no outcome then). */
export const NO_OUTCOME = '(none)';

export interface RuleTest {
  name: string;
  /** As AFD receives them: strings, `null` for an explicit null; absent = the variable's default. */
  event: ReadonlyMap<string, string | null>;
  /** modelId → score; read by rules as `$<modelId>_insightscore`. */
  modelScores: ReadonlyMap<string, number>;
  expect: { outcomes?: readonly string[]; rules?: readonly string[] };
}

export type RuleTestStatus = 'passed' | 'failed' | 'uncertain';

export interface RuleTestResult {
  name: string;
  /**
   * `uncertain`: a rule that could decide the answer could not be evaluated
   * locally (see `uncertain`). It counts as a failure: a test that cannot be
   * checked must not pass silently.
   */
  status: RuleTestStatus;
  /** Expected, as written (absent parts were not checked). */
  expected: { outcomes?: string[]; rules?: string[] };
  /** What AFD would answer: outcomes (`(none)` for no match) and the matched rules, in order. */
  got: { outcomes: string[]; rules: string[] };
  /** FIRST_MATCHED: the deciding rule; ALL_MATCHED: the first matching rule. */
  decidingRule?: string;
  uncertain: { ruleId: string; reason: string }[];
}

export interface RuleTestsReport {
  total: number;
  passed: number;
  results: RuleTestResult[];
}

function scoreMap(scores: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...scores].map(([modelId, score]) => [modelId + MODEL_SCORE_SUFFIX, score]));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What AFD would answer, in the shape a test compares. */
export function answerOf(result: DetectorResult): { outcomes: string[]; rules: string[] } {
  return {
    outcomes: result.outcomes.length ? [...result.outcomes] : [NO_OUTCOME],
    rules: result.ruleResults.map((r) => r.ruleId),
  };
}

export function runRuleTest(
  test: RuleTest,
  rules: readonly CompiledRule[],
  mode: ExecutionMode,
): RuleTestResult {
  const result = evaluateRules(rules, mode, test.event, scoreMap(test.modelScores));
  const got = answerOf(result);
  const expected: RuleTestResult['expected'] = {};
  if (test.expect.outcomes) expected.outcomes = [...test.expect.outcomes];
  if (test.expect.rules) expected.rules = [...test.expect.rules];
  const agrees =
    (expected.outcomes === undefined || sameSet(expected.outcomes, got.outcomes)) &&
    (expected.rules === undefined || sameList(expected.rules, got.rules));
  // evaluateRules stops at the deciding rule under FIRST_MATCHED, so every
  // uncertain rule it reports could have changed the answer.
  const status: RuleTestStatus = result.uncertain.length
    ? 'uncertain'
    : agrees
      ? 'passed'
      : 'failed';
  const out: RuleTestResult = {
    name: test.name,
    status,
    expected,
    got,
    uncertain: result.uncertain.map((u) => ({ ...u })),
  };
  const deciding = result.ruleResults[0]?.ruleId;
  if (deciding !== undefined) out.decidingRule = deciding;
  return out;
}

export function runRuleTests(
  tests: readonly RuleTest[],
  rules: readonly CompiledRule[],
  mode: ExecutionMode,
): RuleTestsReport {
  const results = tests.map((t) => runRuleTest(t, rules, mode));
  return {
    total: results.length,
    passed: results.filter((r) => r.status === 'passed').length,
    results,
  };
}

/** A proposal rule the evaluator could not compile, at its place in the evaluation order. */
export interface UnevaluableRule {
  ruleId: string;
  /** Its position among the proposal's rules. */
  index: number;
  reason: string;
}

/**
 * The results once the rules that could not be compiled count: such a rule
 * makes a test uncertain when it could have changed AFD's answer — under
 * FIRST_MATCHED when it comes before the deciding rule (or nothing matched),
 * under ALL_MATCHED always.
 */
export function withUnevaluable(
  report: RuleTestsReport,
  order: readonly string[],
  unevaluable: readonly UnevaluableRule[],
  mode: ExecutionMode,
): RuleTestsReport {
  if (!unevaluable.length) return report;
  const results = report.results.map((r): RuleTestResult => {
    const decidedAt =
      mode === 'FIRST_MATCHED' && r.decidingRule !== undefined
        ? order.indexOf(r.decidingRule)
        : Infinity;
    const blocking = unevaluable.filter((u) => u.index < decidedAt);
    if (!blocking.length) return r;
    return {
      ...r,
      status: 'uncertain',
      uncertain: [...r.uncertain, ...blocking.map(({ ruleId, reason }) => ({ ruleId, reason }))],
    };
  });
  return {
    total: report.total,
    passed: results.filter((r) => r.status === 'passed').length,
    results,
  };
}
