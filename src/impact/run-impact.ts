// The impact step of a detector plan, before any write and in every mode: the
// rule tests on the proposal, the backtest of base vs proposal over the events
// file, and the models' operating points. Reads only (GetVariables,
// GetListElements, GetRules); a failing or uncertain test, or a backtest over
// maxChangedPercent, stops the run before the first write.
import type { DetectorVersion, RuleDetail, TrainingMetrics } from '../domain/afd.js';
import { ActionError } from '../domain/errors.js';
import type { DetectorRequest, ModelVersionRef, RuleRef } from '../domain/request.js';
import { compileRule, type CompiledRule, type EvalContext } from '../detectorpl/index.js';
import { Backtest, type BacktestReport, type RuleSource } from './backtest.js';
import { readEvalContext } from './eval-context.js';
import { readEventsCsv } from './events-csv.js';
import type { ImpactDeps } from './impact-deps.js';

export { wantsImpact } from './wants-impact.js';
import { operatingPoints, type OperatingPointRow } from './operating-point.js';
import {
  runRuleTests,
  withUnevaluable,
  type RuleTest,
  type RuleTestResult,
  type RuleTestsReport,
  type UnevaluableRule,
} from './rule-tests.js';

export type { ImpactDeps } from './impact-deps.js';

export interface ImpactSide {
  rules: readonly RuleRef[];
  ruleExecutionMode: 'FIRST_MATCHED' | 'ALL_MATCHED';
  modelVersions: readonly ModelVersionRef[];
}

export interface ImpactInput {
  detectorId: string;
  request: Pick<DetectorRequest, 'tests' | 'backtest'>;
  base: DetectorVersion | undefined;
  proposal: ImpactSide;
  /** Rule versions already known (read for the diff, or planned from rules as code). */
  known: readonly RuleDetail[];
  /** Training metrics by `<modelId>@<version>`, as read for the diff. */
  modelMetrics: ReadonlyMap<string, TrainingMetrics>;
}

export interface ImpactReport {
  tests?: RuleTestsReport;
  backtest?: BacktestReport;
  operatingPoint: OperatingPointRow[];
  /** Lists AFD had more elements of than were read: evaluations that need them may be uncertain. */
  partialLists: string[];
}

export class ImpactFailedError extends ActionError {
  override name = 'ImpactFailedError';
}

const key = (r: RuleRef): string => `${r.ruleId}@${r.ruleVersion}`;

/** Each side's rules with their expressions; a version whose expression is unknown has none. */
async function ruleSources(
  deps: ImpactDeps,
  input: ImpactInput,
): Promise<{ base: RuleSource[]; proposal: RuleSource[]; missing: Set<string> }> {
  const byKey = new Map(input.known.map((r) => [key(r), r]));
  const wanted = [...(input.base?.rules ?? []), ...input.proposal.rules];
  if (wanted.some((r) => !byKey.has(key(r))))
    for (const r of await deps.afd.listRules(input.detectorId))
      if (!byKey.has(key(r))) byKey.set(key(r), r);
  const missing = new Set<string>();
  const sources = (rules: readonly RuleRef[]): RuleSource[] =>
    rules.map((r) => {
      const detail = byKey.get(key(r));
      if (!detail) missing.add(key(r));
      return {
        ruleId: r.ruleId,
        expression: detail?.expression ?? '',
        outcomes: detail?.outcomes ?? [],
      };
    });
  return {
    base: sources(input.base?.rules ?? []),
    proposal: sources(input.proposal.rules),
    missing,
  };
}

const versionsOf = (models: readonly ModelVersionRef[]): Map<string, string> =>
  new Map(models.map((m) => [m.modelId, m.modelVersionNumber]));

/** A test's run on the proposal: its event and what the local evaluator answers (for verify-remote). */
export interface LocalTestRun {
  test: RuleTest;
  result: RuleTestResult;
}

/** The rule tests on the proposal's rules, in AFD's semantics; rules that do not compile make tests uncertain. */
export function proposalTestRuns(
  tests: readonly RuleTest[],
  rules: readonly RuleSource[],
  mode: ImpactSide['ruleExecutionMode'],
  context: EvalContext,
): { report: RuleTestsReport; runs: LocalTestRun[] } {
  const compiled: CompiledRule[] = [];
  const unevaluable: UnevaluableRule[] = [];
  rules.forEach((rule, index) => {
    const made = rule.expression ? compileRule(rule, context) : undefined;
    if (made?.rule) {
      compiled.push(made.rule);
      return;
    }
    const error = made?.diagnostics.find((d) => d.severity === 'error')?.message;
    unevaluable.push({
      ruleId: rule.ruleId,
      index,
      reason: made
        ? (error ?? 'the expression cannot be evaluated')
        : 'its expression could not be read from AFD',
    });
  });
  const report = withUnevaluable(
    runRuleTests(tests, compiled, mode),
    rules.map((r) => r.ruleId),
    unevaluable,
    mode,
  );
  return { report, runs: tests.map((test, i) => ({ test, result: report.results[i]! })) };
}

async function backtestOf(
  input: ImpactInput,
  rules: { base: RuleSource[]; proposal: RuleSource[] },
  context: EvalContext,
): Promise<BacktestReport | undefined> {
  const settings = input.request.backtest;
  if (!settings) return undefined;
  let backtest: Backtest | undefined;
  const setup = {
    base: {
      rules: rules.base,
      mode: input.base?.ruleExecutionMode ?? input.proposal.ruleExecutionMode,
      modelVersions: versionsOf(input.base?.modelVersions ?? []),
    },
    proposal: {
      rules: rules.proposal,
      mode: input.proposal.ruleExecutionMode,
      modelVersions: versionsOf(input.proposal.modelVersions),
    },
    context,
    ...(settings.maxChangedPercent !== undefined
      ? { maxChangedPercent: settings.maxChangedPercent }
      : {}),
  };
  await readEventsCsv(
    settings.path,
    settings.events,
    {
      header: (columns) => (backtest = new Backtest(setup, columns)),
      row: (cells, row) => backtest?.add(cells, row),
    },
    { workspace: settings.workspace ?? process.cwd() },
  );
  return backtest?.finish();
}

/** Runs the impact step; the caller checks `impactFailure` before writing. */
export async function runImpact(deps: ImpactDeps, input: ImpactInput): Promise<ImpactReport> {
  const rules = await ruleSources(deps, input);
  const report: ImpactReport = { operatingPoint: [], partialLists: [] };
  // The operating point alone needs no catalog: a plan-only role without
  // GetVariables / GetListElements keeps working on a model swap.
  const evaluates = Boolean(input.request.tests?.length || input.request.backtest);
  const expressions = [...rules.base, ...rules.proposal].map((r) => r.expression);
  const { context, partialLists } = evaluates
    ? await readEvalContext(deps.afd, expressions)
    : { context: undefined, partialLists: [] };
  report.partialLists = partialLists;
  for (const name of partialLists)
    deps.log.warning(
      `List @${name} has more elements than were read: a value not among them makes the evaluations that need it uncertain.`,
    );
  const tests = input.request.tests;
  if (tests?.length && context)
    report.tests = proposalTestRuns(
      tests,
      rules.proposal,
      input.proposal.ruleExecutionMode,
      context,
    ).report;
  const backtest = context ? await backtestOf(input, rules, context) : undefined;
  if (backtest) report.backtest = backtest;
  const models = [...(input.base?.modelVersions ?? []), ...input.proposal.modelVersions];
  report.operatingPoint = operatingPoints({
    base: {
      rules: rules.base.filter((r) => r.expression),
      modelVersions: versionsOf(input.base?.modelVersions ?? []),
    },
    proposal: {
      rules: rules.proposal.filter((r) => r.expression),
      modelVersions: versionsOf(input.proposal.modelVersions),
    },
    curve: (modelId, version) =>
      models.some((m) => m.modelId === modelId && m.modelVersionNumber === version)
        ? input.modelMetrics.get(`${modelId}@${version}`)?.points
        : undefined,
  });
  return report;
}

/** The error that stops the run before any write, or undefined when the impact allows the plan. */
export function impactFailure(report: ImpactReport): ImpactFailedError | undefined {
  const reasons: string[] = [];
  const tests = report.tests;
  if (tests && tests.passed < tests.total)
    reasons.push(
      `${tests.total - tests.passed} of ${tests.total} rule tests failed or could not be decided locally`,
    );
  const gate = report.backtest?.gate;
  if (gate?.exceeded)
    reasons.push(
      `the backtest changes the outcome of ${report.backtest!.changedPercent.toFixed(2)}% of the events, more than maxChangedPercent ${gate.maxChangedPercent}%`,
    );
  if (!reasons.length) return undefined;
  return new ImpactFailedError(`The proposal was not written: ${reasons.join('; ')}.`, [
    'The table in the job summary (and the PR comment) shows each difference.',
  ]);
}
