// Benchmark: the backtest at its worst case — EVENTS events (100,000) from a CSV
// × 1,000 rules, base and proposal, ALL_MATCHED, the proposal changing 10% of
// the rules. The real path (readEventsCsv streaming into Backtest, unchanged
// rules evaluated once per event) beside a naive baseline on the first
// BASELINE_EVENTS events, in memory, evaluating each side's rules separately.
// Prints events × rules per second and peak RSS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRule, evaluateRules, type CompiledRule } from '../src/detectorpl/index.js';
import { Backtest, type BacktestSide, type RuleSource } from '../src/impact/backtest.js';
import { readEventsCsv } from '../src/impact/events-csv.js';
import { ctx, shapes } from './detectorpl-workload.js';
import { mb, printTable, ratio } from './lib.js';

const RULES = 1_000;
const CHANGED_EVERY = 10;

function rules(shift: number): RuleSource[] {
  return Array.from({ length: RULES }, (_, i) => ({
    ruleId: `rule_${i}`,
    expression: shapes[i % shapes.length]!(i % CHANGED_EVERY === 0 ? i + shift : i),
    outcomes: [`o${i % 7}`],
  }));
}

const side = (r: RuleSource[]): BacktestSide => ({
  rules: r,
  mode: 'ALL_MATCHED',
  modelVersions: new Map([['payments_model', '1.0']]),
});

const HEADER = [
  'EVENT_ID',
  'order_amount',
  'item_count',
  'email_address',
  'billing_country',
  'is_member',
  'payments_model_insightscore',
];
const countries = ['US', 'CA', 'FR', 'DE', 'MX'];
function row(i: number): string[] {
  return [
    `ev-${i}`,
    String((i * 37) % 2000),
    String(i % 40),
    i % 13 === 0 ? `bad${i % 1000}@example.com` : `User${i}@Example${i % 10}.com`,
    countries[i % countries.length]!,
    i % 2 === 0 ? 'true' : 'false',
    String((i * 7) % 1000),
  ];
}

function naive(base: RuleSource[], proposal: RuleSource[], events: number): number {
  const compile = (list: RuleSource[]): CompiledRule[] =>
    list.map((r) => compileRule(r, ctx).rule!);
  const b = compile(base);
  const p = compile(proposal);
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const cells = row(i);
    const values = new Map<string, string | null>(
      HEADER.slice(1, 6).map((name, k) => [name, cells[k + 1]!]),
    );
    const scores = new Map([['payments_model_insightscore', Number(cells[6])]]);
    evaluateRules(b, 'ALL_MATCHED', values, scores);
    evaluateRules(p, 'ALL_MATCHED', values, scores);
  }
  return performance.now() - started;
}

export async function benchBacktest(
  events = Number(process.env.BENCH_EVENTS ?? 100_000),
  baselineEvents = Number(process.env.BENCH_BASELINE_EVENTS ?? 5_000),
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-backtest-'));
  try {
    const file = path.join(dir, 'events.csv');
    const lines = [HEADER.join(',')];
    for (let i = 0; i < events; i++) lines.push(row(i).join(','));
    writeFileSync(file, lines.join('\n') + '\n');
    const base = rules(0);
    const proposal = rules(5);

    const load = (): string =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(', ');
    const loadBefore = load();
    const naiveMs = naive(base, proposal, Math.min(baselineEvents, events));
    const naivePerEvent = naiveMs / Math.min(baselineEvents, events);

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let backtest: Backtest | undefined;
    await readEventsCsv(
      file,
      'events.csv',
      {
        header: (columns) => {
          backtest = new Backtest(
            { base: side(base), proposal: side(proposal), context: ctx },
            columns,
          );
        },
        row: (cells, n) => backtest!.add(cells, n),
      },
      { workspace: dir },
    );
    const report = backtest!.finish();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const rss = process.resourceUsage().maxRSS * 1024;
    const rate = (events * RULES) / (wallMs / 1000);
    printTable(
      `Backtest: ${events} events × ${RULES} rules, base and proposal (10% of the rules changed), ALL_MATCHED`,
      ['run', 'wall', 'events × rules / s', 'per event', 'vs naive'],
      [
        [
          `naive, in memory (${Math.min(baselineEvents, events)} events)`,
          `${(naiveMs / 1000).toFixed(1)} s`,
          `${((Math.min(baselineEvents, events) * RULES) / (naiveMs / 1000) / 1e6).toFixed(2)} M`,
          `${naivePerEvent.toFixed(3)} ms`,
          ratio(1),
        ],
        [
          'backtest from CSV',
          `${(wallMs / 1000).toFixed(1)} s`,
          `${(rate / 1e6).toFixed(2)} M`,
          `${(wallMs / events).toFixed(3)} ms`,
          ratio(wallMs / events / naivePerEvent),
        ],
      ],
    );
    // On a shared machine the wall time includes the time other processes ran;
    // the process's CPU time is close to what the same run takes on an idle one.
    console.log(
      `\nbacktest CPU time ${(cpuMs / 1000).toFixed(1)} s (user + system, all threads): ` +
        `${((events * RULES) / (cpuMs / 1000) / 1e6).toFixed(2)} M events × rules per CPU second` +
        `\npeak RSS ${mb(rss)}; ${report.changed} events changed outcome (${report.changedPercent.toFixed(1)}%)` +
        `\nload average before ${loadBefore}; after ${load()} (${cpus().length} CPUs)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
