// Rule tests, backtest and operating point as the reviewer reads them: log
// lines, Markdown (summary and PR comment) and the `plan` JSON objects. Every
// name and value comes from the PR or AFD, so all of it is escaped.
import type { BacktestReport } from '../impact/backtest.js';
import type { OperatingPointRow, OperatingSide } from '../impact/operating-point.js';
import type { RuleTestResult, RuleTestsReport } from '../impact/rule-tests.js';
import type { ImpactReport } from '../impact/run-impact.js';
import type { PlanBacktest, PlanTests } from '../planner/index.js';
import { escapeMarkdown, inlineCode, table } from './markdown.js';

/** Bounds of the `plan` output's impact objects (docs/plan-schema.md). */
export const PLAN_MAX_FAILED_TESTS = 50;
export const PLAN_MAX_RULE_MATCHES = 100;
export const PLAN_MAX_TRANSITIONS = 50;
/** Rows per table in the PR comment; the job summary shows them all. */
export const COMMENT_MAX_ROWS = 20;

/** The first `max` rows, and a line saying how many more the summary has. */
function capped<T>(rows: readonly T[], max: number | undefined): { shown: T[]; more: string } {
  if (max === undefined || rows.length <= max) return { shown: [...rows], more: '' };
  return {
    shown: rows.slice(0, max),
    more: `\n\n… and ${rows.length - max} more rows in the job summary.`,
  };
}

const list = (items: readonly string[] | undefined): string =>
  items === undefined ? '—' : items.length ? items.join(', ') : '(none)';

function expectedText(r: RuleTestResult): string {
  const parts: string[] = [];
  if (r.expected.outcomes) parts.push(`outcomes: ${list(r.expected.outcomes)}`);
  if (r.expected.rules) parts.push(`rules: ${list(r.expected.rules)}`);
  return parts.join('; ');
}

function gotText(r: RuleTestResult): string {
  const got = `outcomes: ${list(r.got.outcomes)}; rules: ${list(r.got.rules)}`;
  if (r.status !== 'uncertain') return got;
  const why = r.uncertain.map((u) => `${u.ruleId}: ${u.reason}`).join('; ');
  return `uncertain (${why}); ${got}`;
}

/** "Tests 14/14 passed", or the count that did not. */
export function testsHeadline(report: RuleTestsReport): string {
  return report.passed === report.total
    ? `Tests ${report.passed}/${report.total} passed`
    : `Tests ${report.total - report.passed}/${report.total} failed`;
}

const failed = (report: RuleTestsReport): RuleTestResult[] =>
  report.results.filter((r) => r.status !== 'passed');

/** Plain lines for the log: the headline, then one line per failing test. */
export function testsLog(report: RuleTestsReport): string[] {
  return [
    testsHeadline(report),
    ...failed(report).map(
      (r) =>
        `  ✗ ${r.name}: expected ${expectedText(r)}; got ${gotText(r)}; deciding rule ${r.decidingRule ?? '(none)'}`,
    ),
  ];
}

export function testsMarkdown(report: RuleTestsReport, maxRows?: number): string {
  const all = failed(report);
  if (!all.length) return testsHeadline(report);
  const { shown: bad, more } = capped(all, maxRows);
  return [
    `❌ **${testsHeadline(report)}**`,
    '',
    table(
      ['test', 'expected', 'got', 'deciding rule'],
      bad.map((r) => [
        escapeMarkdown(r.name),
        escapeMarkdown(expectedText(r)),
        escapeMarkdown(gotText(r)),
        r.decidingRule ? inlineCode(r.decidingRule, true) : '(none)',
      ]),
    ) + more,
  ].join('\n');
}

const pct = (n: number): string => `${n.toFixed(n > 0 && n < 0.1 ? 3 : 1)}%`;

export function backtestMarkdown(report: BacktestReport, maxRows?: number): string {
  const lines: string[] = [];
  const gate = report.gate
    ? report.gate.exceeded
      ? ` ❌ more than maxChangedPercent ${report.gate.maxChangedPercent}%`
      : ` (maxChangedPercent ${report.gate.maxChangedPercent}%)`
    : '';
  lines.push(
    `**Backtest**: ${report.changed} of ${report.events} events change outcome (${pct(report.changedPercent)})${gate}`,
  );
  for (const swap of report.unmeasuredModelSwaps)
    lines.push(
      '',
      `⚠️ Model ${inlineCode(swap.modelId)} changes version (${escapeMarkdown(swap.baseVersion ?? 'none')} → ${escapeMarkdown(swap.proposalVersion ?? 'none')}) but the events have no score column per version: only the rule changes were measured.`,
    );
  if (report.uncertainEvents)
    lines.push(
      '',
      `⚠️ ${report.uncertainEvents} events depend on a rule the local evaluator cannot decide; they count as ${inlineCode('(uncertain)')}.`,
    );
  for (const u of report.unevaluable)
    lines.push(
      '',
      `⚠️ ${u.side} rule ${inlineCode(u.ruleId)} cannot be evaluated: ${escapeMarkdown(u.reason)}`,
    );
  lines.push(
    '',
    table(
      ['base outcome', 'proposed outcome', 'events', '%'],
      capped(report.transitions, maxRows).shown.map((t) => [
        escapeMarkdown(t.base),
        escapeMarkdown(t.proposal),
        String(t.count),
        pct(t.percent),
      ]),
    ),
  );
  const moved = capped(
    report.ruleMatches.filter((r) => r.base !== r.proposal),
    maxRows,
  );
  if (moved.shown.length)
    lines.push(
      '',
      table(
        ['rule', 'matches (base)', 'matches (proposal)'],
        moved.shown.map((r) => [inlineCode(r.ruleId, true), String(r.base), String(r.proposal)]),
      ) + moved.more,
    );
  if (report.changedEvents.length)
    lines.push(
      '',
      table(
        ['event', 'base', 'proposal'],
        report.changedEvents.map((e) => [
          escapeMarkdown(e.event),
          escapeMarkdown(`${list(e.base.outcomes)} by ${list(e.base.rules)}`),
          escapeMarkdown(`${list(e.proposal.outcomes)} by ${list(e.proposal.rules)}`),
        ]),
      ),
    );
  return lines.join('\n');
}

function sideText(side: OperatingSide | undefined): string {
  if (!side) return '(new)';
  const version = side.modelVersion ? `v${side.modelVersion}` : 'no version';
  const head = `${version} at ${side.threshold}`;
  if (!side.metrics) return `${head}: no training curve`;
  const m = side.metrics;
  const f = (n: number): string => n.toFixed(3);
  return `${head}: FPR ${f(m.fpr)}, TPR ${f(m.tpr)}, precision ${f(m.precision)}${m.interpolated ? ' *' : ''}`;
}

export function operatingPointMarkdown(
  all: readonly OperatingPointRow[],
  maxRows?: number,
): string {
  if (!all.length) return '';
  const { shown: rows, more } = capped(all, maxRows);
  return [
    "**Model operating point** (from the versions' training metrics)",
    '',
    table(
      ['rule', 'score', 'base', 'proposal'],
      rows.map((r) => [
        inlineCode(r.ruleId, true),
        escapeMarkdown(`$${r.modelId}_insightscore ${r.op}`),
        escapeMarkdown(sideText(r.base)),
        escapeMarkdown(sideText(r.proposal)),
      ]),
    ) + more,
    '',
    '\\* interpolated linearly between the two nearest points of the training curve. ' +
      'The rates are those of events scoring at or above the threshold; a rule with `<` or `<=` flags the others.',
  ].join('\n');
}

/** The `tests` object of the `plan` output (docs/plan-schema.md): bounded. */
export function testsPlanJson(report: RuleTestsReport): PlanTests {
  const bad = failed(report);
  const out: PlanTests = {
    total: report.total,
    passed: report.passed,
    failed: bad.slice(0, PLAN_MAX_FAILED_TESTS).map((r) => ({
      name: r.name,
      status: r.status === 'uncertain' ? 'uncertain' : 'failed',
      expected: r.expected,
      got: r.got,
      ...(r.decidingRule ? { decidingRule: r.decidingRule } : {}),
      ...(r.uncertain.length ? { uncertain: r.uncertain } : {}),
    })),
  };
  if (bad.length > PLAN_MAX_FAILED_TESTS) out.failedOmitted = bad.length - PLAN_MAX_FAILED_TESTS;
  return out;
}

/** The `backtest` object of the `plan` output (docs/plan-schema.md): bounded. */
export function backtestPlanJson(
  report: BacktestReport | undefined,
  operatingPoint: readonly OperatingPointRow[],
  partialLists: readonly string[] = [],
): PlanBacktest {
  const out: PlanBacktest = { operatingPoint: [...operatingPoint] };
  if (partialLists.length) out.partialLists = [...partialLists];
  if (!report) return out;
  const moved = report.ruleMatches.filter((r) => r.base !== r.proposal);
  Object.assign(out, {
    events: report.events,
    changed: report.changed,
    changedPercent: report.changedPercent,
    transitions: report.transitions.slice(0, PLAN_MAX_TRANSITIONS),
    ruleMatches: moved.slice(0, PLAN_MAX_RULE_MATCHES),
    changedEvents: report.changedEvents,
    uncertainEvents: report.uncertainEvents,
    unevaluable: report.unevaluable.slice(0, PLAN_MAX_RULE_MATCHES),
    unmeasuredModelSwaps: report.unmeasuredModelSwaps,
  });
  if (moved.length > PLAN_MAX_RULE_MATCHES)
    out.ruleMatchesOmitted = moved.length - PLAN_MAX_RULE_MATCHES;
  if (report.gate) out.gate = report.gate;
  return out;
}

/** The impact section of the summary (everything) or the comment (tables cut to COMMENT_MAX_ROWS rows). */
export function impactMarkdown(impact: ImpactReport, target: 'comment' | 'summary'): string {
  const rows = target === 'comment' ? COMMENT_MAX_ROWS : undefined;
  const parts: string[] = [];
  if (impact.tests) parts.push(testsMarkdown(impact.tests, rows));
  if (impact.backtest) parts.push(backtestMarkdown(impact.backtest, rows));
  const op = operatingPointMarkdown(impact.operatingPoint, rows);
  if (op) parts.push(op);
  if (impact.partialLists.length)
    parts.push(
      `⚠️ ${impact.partialLists.map((l) => inlineCode(`@${l}`)).join(', ')} ${impact.partialLists.length === 1 ? 'has' : 'have'} more elements than were read: an evaluation that looks for a value not among them is uncertain.`,
    );
  return parts.length ? ['#### Impact', '', parts.join('\n\n')].join('\n') : '';
}

/** Plain lines for the log. */
export function impactLog(impact: ImpactReport): string[] {
  const lines = impact.tests ? testsLog(impact.tests) : [];
  const b = impact.backtest;
  if (b)
    lines.push(
      `Backtest: ${b.changed} of ${b.events} events change outcome (${pct(b.changedPercent)})${b.gate ? `; maxChangedPercent ${b.gate.maxChangedPercent}%${b.gate.exceeded ? ' exceeded' : ''}` : ''}`,
    );
  for (const r of impact.operatingPoint)
    lines.push(
      `Operating point of ${r.ruleId} ($${r.modelId}_insightscore ${r.op}): ${sideText(r.base)} → ${sideText(r.proposal)}`,
    );
  return lines;
}
