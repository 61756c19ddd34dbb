// The backtest: every CSV event replayed through the base version's rules and
// the proposal's, with AFD's semantics. A rule that is the same on both sides
// (same ruleId, expression and outcomes) is evaluated once per event, not twice.
// Pure: rows come in one at a time (the caller streams the file), the report
// comes out at the end.
import {
  compileRule,
  evaluateEach,
  RuleBatch,
  VERDICT,
  type CompiledRule,
  type EvalContext,
  type ExecutionMode,
} from '../detectorpl/index.js';
import {
  csvLayout,
  RowScores,
  RowValues,
  sideScoreColumns,
  unmeasuredModelSwaps,
  type CsvLayout,
} from './backtest-columns.js';
import { OutcomeSets } from './outcome-labels.js';
import { NO_OUTCOME } from './rule-tests.js';

export const MAX_CHANGED_EVENTS = 10;
/** A side whose answer depends on a rule the evaluator could not be sure about. */
export const UNCERTAIN_OUTCOME = '(uncertain)';

export interface RuleSource {
  ruleId: string;
  expression: string;
  outcomes: readonly string[];
}

export interface BacktestSide {
  rules: readonly RuleSource[];
  mode: ExecutionMode;
  /** modelId → version this side uses (selects `<modelId>_insightscore@<version>` columns). */
  modelVersions: ReadonlyMap<string, string>;
}

export interface BacktestSetup {
  base: BacktestSide;
  proposal: BacktestSide;
  context: EvalContext;
  maxChangedPercent?: number;
}

export interface SideAnswer {
  outcomes: string[];
  rules: string[];
}

export interface BacktestReport {
  events: number;
  changed: number;
  changedPercent: number;
  transitions: { base: string; proposal: string; count: number; percent: number }[];
  ruleMatches: { ruleId: string; base: number; proposal: number }[];
  changedEvents: { event: string; base: SideAnswer; proposal: SideAnswer }[];
  /** Events where either side's answer depended on a rule that could not be evaluated. */
  uncertainEvents: number;
  /** Rules that could not be compiled at all: every event counts as uncertain for them. */
  unevaluable: { ruleId: string; side: 'base' | 'proposal'; reason: string }[];
  unmeasuredModelSwaps: { modelId: string; baseVersion?: string; proposalVersion?: string }[];
  gate?: { maxChangedPercent: number; exceeded: boolean };
}

interface UnionRule {
  ruleId: string;
  outcomes: readonly string[];
  compiled?: CompiledRule;
  reason?: string;
}

function identity(r: RuleSource): string {
  return JSON.stringify([r.ruleId, r.expression, r.outcomes]);
}

/** Replays events through both sides; feed rows with `add`, read the report with `finish`. */
export class Backtest {
  private readonly union: UnionRule[] = [];
  private readonly baseOrder: number[];
  private readonly proposalOrder: number[];
  /** One pass over both sides' distinct rules when the scores are shared, else one per side. */
  private readonly passes: RuleBatch[];
  /** A VERDICT per union rule, this event; the proposal's is the base's array when shared. */
  private readonly baseVerdicts: Uint8Array;
  private readonly proposalVerdicts: Uint8Array;
  private readonly layout: CsvLayout;
  private readonly sharedScores: boolean;
  /** Views of the current row; evaluation reads them synchronously. */
  private readonly values: RowValues;
  private readonly baseScores: RowScores;
  private readonly proposalScores: RowScores;
  private readonly outcomeSets: OutcomeSets;
  private readonly uncertainLabel: number;
  private readonly matchCounts: { base: Uint32Array; proposal: Uint32Array };
  /** Base label id → proposal label id → events; `pairs` keeps the first-seen order. */
  private readonly transitions = new Map<number, Map<number, number>>();
  private readonly pairs: [number, number][] = [];
  private readonly changedEvents: BacktestReport['changedEvents'] = [];
  private events = 0;
  private changed = 0;
  private uncertainEvents = 0;

  constructor(
    private readonly setup: BacktestSetup,
    header: readonly string[],
  ) {
    const byIdentity = new Map<string, number>();
    const place = (r: RuleSource): number => {
      const key = identity(r);
      const known = byIdentity.get(key);
      if (known !== undefined) return known;
      const index = this.union.length;
      const compiled = compileRule(r, setup.context);
      const entry: UnionRule = { ruleId: r.ruleId, outcomes: r.outcomes };
      if (compiled.rule) entry.compiled = compiled.rule;
      else
        entry.reason =
          compiled.diagnostics.find((d) => d.severity === 'error')?.message ??
          'the expression cannot be evaluated';
      this.union.push(entry);
      byIdentity.set(key, index);
      return index;
    };
    this.baseOrder = setup.base.rules.map(place);
    this.proposalOrder = setup.proposal.rules.map(place);
    this.outcomeSets = new OutcomeSets(
      this.union.map((r) => r.outcomes),
      NO_OUTCOME,
    );
    this.uncertainLabel = this.outcomeSets.labelId(UNCERTAIN_OUTCOME);
    this.layout = csvLayout(header);
    const baseScores = sideScoreColumns(this.layout, setup.base.modelVersions);
    const proposalScores = sideScoreColumns(this.layout, setup.proposal.modelVersions);
    this.sharedScores =
      baseScores.length === proposalScores.length &&
      baseScores.every((c, i) => c === proposalScores[i]);
    this.values = new RowValues(this.layout.variables);
    this.baseScores = new RowScores(baseScores);
    this.proposalScores = new RowScores(proposalScores);
    const n = this.union.length;
    this.baseVerdicts = this.unevaluableVerdicts();
    this.proposalVerdicts = this.sharedScores ? this.baseVerdicts : this.unevaluableVerdicts();
    this.passes = this.sharedScores
      ? [this.pass([...this.baseOrder, ...this.proposalOrder])]
      : [this.pass(this.baseOrder), this.pass(this.proposalOrder)];
    this.matchCounts = { base: new Uint32Array(n), proposal: new Uint32Array(n) };
  }

  /** Verdicts for every union rule: a rule that did not compile is uncertain on every event. */
  private unevaluableVerdicts(): Uint8Array {
    const verdicts = new Uint8Array(this.union.length);
    this.union.forEach((r, i) => {
      if (!r.compiled) verdicts[i] = VERDICT.uncertain;
    });
    return verdicts;
  }

  /** The distinct evaluable rules of `order`, each verdict going to its union index. */
  private pass(order: readonly number[]): RuleBatch {
    const at = [...new Set(order)].filter((i) => this.union[i]!.compiled);
    return new RuleBatch(
      at.map((i) => this.union[i]!.compiled!),
      at,
    );
  }

  /** One side's answer as a label id (counting its matches); uncertain when any rule is. */
  private decide(
    order: readonly number[],
    mode: ExecutionMode,
    verdicts: Uint8Array,
    counts: Uint32Array,
  ): number {
    const sets = this.outcomeSets;
    sets.begin();
    let uncertain = false;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const verdict = verdicts[i];
      if (verdict === VERDICT.uncertain) {
        uncertain = true;
        continue;
      }
      if (verdict !== VERDICT.matched) continue;
      counts[i]!++;
      sets.addRule(i);
      if (mode === 'FIRST_MATCHED') break;
    }
    const label = sets.end();
    return uncertain ? this.uncertainLabel : label;
  }

  /** The outcomes and rules behind a side's answer, for the few changed events shown. */
  private describe(
    order: readonly number[],
    mode: ExecutionMode,
    verdicts: Uint8Array,
  ): SideAnswer {
    const outcomes: string[] = [];
    const rules: string[] = [];
    for (const i of order) {
      if (verdicts[i] !== VERDICT.matched) continue;
      const rule = this.union[i]!;
      rules.push(rule.ruleId);
      for (const o of rule.outcomes) if (!outcomes.includes(o)) outcomes.push(o);
      if (mode === 'FIRST_MATCHED') break;
    }
    return { outcomes, rules };
  }

  private count(from: number, to: number): void {
    let row = this.transitions.get(from);
    if (!row) this.transitions.set(from, (row = new Map<number, number>()));
    const count = row.get(to);
    if (count === undefined) this.pairs.push([from, to]);
    row.set(to, (count ?? 0) + 1);
  }

  add(cells: readonly string[], rowNumber: number): void {
    this.values.cells = cells;
    this.baseScores.cells = cells;
    this.proposalScores.cells = cells;
    const [first, second] = this.passes;
    evaluateEach(first!, this.values, this.baseScores, this.baseVerdicts);
    if (second) evaluateEach(second, this.values, this.proposalScores, this.proposalVerdicts);
    const { base, proposal } = this.setup;
    const from = this.decide(this.baseOrder, base.mode, this.baseVerdicts, this.matchCounts.base);
    const to = this.decide(
      this.proposalOrder,
      proposal.mode,
      this.proposalVerdicts,
      this.matchCounts.proposal,
    );
    this.events++;
    if (from === this.uncertainLabel || to === this.uncertainLabel) this.uncertainEvents++;
    this.count(from, to);
    if (from === to) return;
    this.changed++;
    if (this.changedEvents.length < MAX_CHANGED_EVENTS) {
      const id =
        this.layout.eventIdIndex === undefined ? undefined : cells[this.layout.eventIdIndex];
      this.changedEvents.push({
        event: id ? id : `row ${rowNumber}`,
        base: this.describe(this.baseOrder, base.mode, this.baseVerdicts),
        proposal: this.describe(this.proposalOrder, proposal.mode, this.proposalVerdicts),
      });
    }
  }

  finish(): BacktestReport {
    const percentOf = (count: number): number =>
      this.events === 0 ? 0 : (count * 100) / this.events;
    const { labels } = this.outcomeSets;
    const transitions = this.pairs
      .map(([from, to]) => {
        const count = this.transitions.get(from)!.get(to)!;
        return { base: labels[from]!, proposal: labels[to]!, count, percent: percentOf(count) };
      })
      .sort((a, b) => b.count - a.count || a.base.localeCompare(b.base));
    const ruleMatches = new Map<string, { ruleId: string; base: number; proposal: number }>();
    const tally = (order: readonly number[], side: 'base' | 'proposal'): void => {
      for (const i of new Set(order)) {
        const { ruleId } = this.union[i]!;
        const entry = ruleMatches.get(ruleId) ?? { ruleId, base: 0, proposal: 0 };
        entry[side] += this.matchCounts[side][i]!;
        ruleMatches.set(ruleId, entry);
      }
    };
    tally(this.baseOrder, 'base');
    tally(this.proposalOrder, 'proposal');
    const unevaluable: BacktestReport['unevaluable'] = [];
    for (const [side, order] of [
      ['base', this.baseOrder],
      ['proposal', this.proposalOrder],
    ] as const)
      for (const i of new Set(order)) {
        const rule = this.union[i]!;
        if (rule.reason !== undefined)
          unevaluable.push({ ruleId: rule.ruleId, side, reason: rule.reason });
      }
    const changedPercent = percentOf(this.changed);
    const report: BacktestReport = {
      events: this.events,
      changed: this.changed,
      changedPercent,
      transitions,
      ruleMatches: [...ruleMatches.values()],
      changedEvents: this.changedEvents,
      uncertainEvents: this.uncertainEvents,
      unevaluable,
      unmeasuredModelSwaps: unmeasuredModelSwaps(
        this.layout,
        this.setup.base.modelVersions,
        this.setup.proposal.modelVersions,
      ),
    };
    const max = this.setup.maxChangedPercent;
    if (max !== undefined) report.gate = { maxChangedPercent: max, exceeded: changedPercent > max };
    return report;
  }
}
