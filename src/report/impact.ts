// Rule tests, backtest and operating point as the reviewer reads them: log
// lines, Markdown (summary and PR comment) and the `plan` JSON objects. Every
// name and value comes from the PR or AFD, so all of it is escaped.
import type { BacktestReport } from '../impact/backtest.js';
import type { OperatingPointRow, OperatingSide } from '../impact/operating-point.js';
import type { RuleTestResult, RuleTestsReport } from '../impact/rule-tests.js';
import { escapeMarkdown, inlineCode, table } from './markdown.js';

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

export function testsMarkdown(report: RuleTestsReport): string {
  const bad = failed(report);
  if (!bad.length) return `✅ ${testsHeadline(report)}`;
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
    ),
  ].join('\n');
}

const pct = (n: number): string => `${n.toFixed(n > 0 && n < 0.1 ? 3 : 1)}%`;

export function backtestMarkdown(report: BacktestReport): string {
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
      report.transitions.map((t) => [
        escapeMarkdown(t.base),
        escapeMarkdown(t.proposal),
        String(t.count),
        pct(t.percent),
      ]),
    ),
  );
  const moved = report.ruleMatches.filter((r) => r.base !== r.proposal);
  if (moved.length)
    lines.push(
      '',
      table(
        ['rule', 'matches (base)', 'matches (proposal)'],
        moved.map((r) => [inlineCode(r.ruleId, true), String(r.base), String(r.proposal)]),
      ),
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

export function operatingPointMarkdown(rows: readonly OperatingPointRow[]): string {
  if (!rows.length) return '';
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
    ),
    '',
    '\\* interpolated linearly between the two nearest points of the training curve. ' +
      'The rates are those of events scoring at or above the threshold; a rule with `<` or `<=` flags the others.',
  ].join('\n');
}

/** The `tests` object of the `plan` output (docs/plan-schema.md). */
export function testsPlanJson(report: RuleTestsReport): object {
  return {
    total: report.total,
    passed: report.passed,
    failed: failed(report).map((r) => ({
      name: r.name,
      status: r.status,
      expected: r.expected,
      got: r.got,
      ...(r.decidingRule ? { decidingRule: r.decidingRule } : {}),
      ...(r.uncertain.length ? { uncertain: r.uncertain } : {}),
    })),
  };
}

/** The `backtest` object of the `plan` output (docs/plan-schema.md). */
export function backtestPlanJson(
  report: BacktestReport,
  operatingPoint: readonly OperatingPointRow[],
): object {
  return { ...report, operatingPoint };
}
