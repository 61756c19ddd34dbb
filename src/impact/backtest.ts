// The backtest: every CSV event replayed through the base version's rules and
// the proposal's, with AFD's semantics. A rule that is the same on both sides
// (same ruleId, expression and outcomes) is evaluated once per event, not twice.
// Pure: rows come in one at a time (the caller streams the file), the report
// comes out at the end.
import {
  compileRule,
  evaluateRules,
  type CompiledRule,
  type EvalContext,
  type ExecutionMode,
} from '../detectorpl/index.js';
import {
  csvLayout,
  sideScoreColumns,
  unmeasuredModelSwaps,
  type CsvLayout,
  type ScoreColumn,
} from './backtest-columns.js';
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

interface EvaluatedEvent {
  matched: Uint8Array;
  uncertain: Uint8Array;
}

/** Replays events through both sides; feed rows with `add`, read the report with `finish`. */
export class Backtest {
  private readonly union: UnionRule[] = [];
  private readonly baseOrder: number[];
  private readonly proposalOrder: number[];
  /** Compiled rules of each side, and of both at once when the scores are shared. */
  private readonly baseCompiled: CompiledRule[];
  private readonly proposalCompiled: CompiledRule[];
  private readonly unionCompiled: CompiledRule[];
  private readonly indexOfId = new Map<string, number>();
  private readonly layout: CsvLayout;
  private readonly baseScores: ScoreColumn[];
  private readonly proposalScores: ScoreColumn[];
  private readonly sharedScores: boolean;
  private readonly matchCounts: { base: Uint32Array; proposal: Uint32Array };
  private readonly transitions = new Map<string, number>();
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
      // Internal ids keep a ruleId that differs between the sides apart.
      const compiled = compileRule(
        { ruleId: String(index), expression: r.expression, outcomes: r.outcomes },
        setup.context,
      );
      const entry: UnionRule = { ruleId: r.ruleId, outcomes: r.outcomes };
      if (compiled.rule) entry.compiled = compiled.rule;
      else
        entry.reason =
          compiled.diagnostics.find((d) => d.severity === 'error')?.message ??
          'the expression cannot be evaluated';
      this.union.push(entry);
      byIdentity.set(key, index);
      this.indexOfId.set(String(index), index);
      return index;
    };
    this.baseOrder = setup.base.rules.map(place);
    this.proposalOrder = setup.proposal.rules.map(place);
    const compiledOf = (order: readonly number[]): CompiledRule[] =>
      [...new Set(order)].flatMap((i) =>
        this.union[i]!.compiled ? [this.union[i]!.compiled] : [],
      );
    this.baseCompiled = compiledOf(this.baseOrder);
    this.proposalCompiled = compiledOf(this.proposalOrder);
    this.unionCompiled = compiledOf([...this.baseOrder, ...this.proposalOrder]);
    this.layout = csvLayout(header);
    this.baseScores = sideScoreColumns(this.layout, setup.base.modelVersions);
    this.proposalScores = sideScoreColumns(this.layout, setup.proposal.modelVersions);
    this.sharedScores =
      this.baseScores.length === this.proposalScores.length &&
      this.baseScores.every((c, i) => c === this.proposalScores[i]);
    this.matchCounts = {
      base: new Uint32Array(this.union.length),
      proposal: new Uint32Array(this.union.length),
    };
  }

  private eventValues(cells: readonly string[]): Map<string, string | null> {
    const values = new Map<string, string | null>();
    // An empty cell is a missing value: AFD then uses the variable's default.
    for (const { index, name } of this.layout.variables) {
      const cell = cells[index];
      if (cell !== undefined && cell !== '') values.set(name, cell);
    }
    return values;
  }

  private scores(cells: readonly string[], columns: readonly ScoreColumn[]): Map<string, number> {
    const scores = new Map<string, number>();
    for (const { index, variable } of columns) {
      const cell = cells[index];
      const n = cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
      // A missing or non-numeric score stays absent: a rule reading it is uncertain.
      if (Number.isFinite(n)) scores.set(variable, n);
    }
    return scores;
  }

  private evaluate(
    rules: readonly CompiledRule[],
    values: Map<string, string | null>,
    scores: Map<string, number>,
    into: EvaluatedEvent,
  ): void {
    const result = evaluateRules(rules, 'ALL_MATCHED', values, scores);
    for (const r of result.ruleResults) into.matched[this.indexOfId.get(r.ruleId)!] = 1;
    for (const u of result.uncertain) into.uncertain[this.indexOfId.get(u.ruleId)!] = 1;
  }

  private answer(
    order: readonly number[],
    mode: ExecutionMode,
    seen: EvaluatedEvent,
    counts: Uint32Array,
  ): { answer: SideAnswer; uncertain: boolean } {
    const outcomes: string[] = [];
    const rules: string[] = [];
    let uncertain = false;
    for (const i of order) {
      const rule = this.union[i]!;
      if (!rule.compiled || seen.uncertain[i]) {
        uncertain = true;
        continue;
      }
      if (!seen.matched[i]) continue;
      counts[i]!++;
      rules.push(rule.ruleId);
      for (const o of rule.outcomes) if (!outcomes.includes(o)) outcomes.push(o);
      if (mode === 'FIRST_MATCHED') break;
    }
    return { answer: { outcomes, rules }, uncertain };
  }

  add(cells: readonly string[], rowNumber: number): void {
    const values = this.eventValues(cells);
    const n = this.union.length;
    const base: EvaluatedEvent = { matched: new Uint8Array(n), uncertain: new Uint8Array(n) };
    let proposal = base;
    if (this.sharedScores) {
      this.evaluate(this.unionCompiled, values, this.scores(cells, this.baseScores), base);
    } else {
      proposal = { matched: new Uint8Array(n), uncertain: new Uint8Array(n) };
      this.evaluate(this.baseCompiled, values, this.scores(cells, this.baseScores), base);
      this.evaluate(
        this.proposalCompiled,
        values,
        this.scores(cells, this.proposalScores),
        proposal,
      );
    }
    const b = this.answer(this.baseOrder, this.setup.base.mode, base, this.matchCounts.base);
    const p = this.answer(
      this.proposalOrder,
      this.setup.proposal.mode,
      proposal,
      this.matchCounts.proposal,
    );
    this.events++;
    if (b.uncertain || p.uncertain) this.uncertainEvents++;
    const from = b.uncertain ? UNCERTAIN_OUTCOME : label(b.answer.outcomes);
    const to = p.uncertain ? UNCERTAIN_OUTCOME : label(p.answer.outcomes);
    const key = `${from}\u0000${to}`;
    this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
    if (from === to) return;
    this.changed++;
    if (this.changedEvents.length < MAX_CHANGED_EVENTS) {
      const id =
        this.layout.eventIdIndex === undefined ? undefined : cells[this.layout.eventIdIndex];
      this.changedEvents.push({
        event: id ? id : `row ${rowNumber}`,
        base: b.answer,
        proposal: p.answer,
      });
    }
  }

  finish(): BacktestReport {
    const percentOf = (count: number): number =>
      this.events === 0 ? 0 : (count * 100) / this.events;
    const transitions = [...this.transitions]
      .map(([key, count]) => {
        const [base = '', proposal = ''] = key.split('\u0000');
        return { base, proposal, count, percent: percentOf(count) };
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

/** Outcomes as one comparable label: a set, so the order rules report them in does not count. */
function label(outcomes: readonly string[]): string {
  return outcomes.length ? [...outcomes].sort().join(', ') : NO_OUTCOME;
}
