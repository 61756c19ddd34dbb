// The backtest against a plain reference: every event replayed through each
// side with evaluateRules, outcome sets compared as sorted strings, as the
// backtest did before it kept verdicts in byte arrays and outcome sets as
// numbers. On generated rules (shared and changed, repeated, both modes, more
// than 30 outcomes), headers (repeated columns, score columns per version) and
// cells (empty, not a number), the reports must be equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileRule,
  evaluateRules,
  type EvalContext,
  type ExecutionMode,
} from '../../../src/detectorpl/index.js';
import {
  Backtest,
  MAX_CHANGED_EVENTS,
  UNCERTAIN_OUTCOME,
  type BacktestReport,
  type BacktestSetup,
  type RuleSource,
} from '../../../src/impact/backtest.js';
import { csvLayout, sideScoreColumns } from '../../../src/impact/backtest-columns.js';
import { NO_OUTCOME } from '../../../src/impact/rule-tests.js';

const context: EvalContext = {
  variables: new Map([
    ['amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
    ['count', { dataType: 'INTEGER' as const }],
    ['country', { dataType: 'STRING' as const, defaultValue: 'US' }],
  ]),
  lists: new Map(),
};

function reference(setup: BacktestSetup, header: string[], rows: string[][]): BacktestReport {
  const layout = csvLayout(header);
  const sides = (['base', 'proposal'] as const).map((name) => {
    const side = setup[name];
    return {
      name,
      mode: side.mode,
      rules: side.rules.map((r) => compileRule(r, setup.context).rule!),
      scores: sideScoreColumns(layout, side.modelVersions),
    };
  });
  const transitions = new Map<string, number>();
  const counts = new Map<string, { ruleId: string; base: number; proposal: number }>();
  for (const side of sides)
    for (const r of setup[side.name].rules)
      counts.set(r.ruleId, counts.get(r.ruleId) ?? { ruleId: r.ruleId, base: 0, proposal: 0 });
  const changedEvents: BacktestReport['changedEvents'] = [];
  let changed = 0;
  let uncertainEvents = 0;
  rows.forEach((cells, n) => {
    const values = new Map<string, string>();
    for (const { index, name } of layout.variables)
      if (cells[index] !== undefined && cells[index] !== '') values.set(name, cells[index]);
    const answers = sides.map((side) => {
      const scores = new Map<string, number>();
      for (const { index, variable } of side.scores) {
        const cell = cells[index];
        const score = cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
        if (Number.isFinite(score)) scores.set(variable, score);
      }
      const result = evaluateRules(side.rules, side.mode, values, scores);
      for (const match of result.ruleResults) counts.get(match.ruleId)![side.name]++;
      const uncertain = result.uncertain.length > 0;
      const label = uncertain
        ? UNCERTAIN_OUTCOME
        : result.outcomes.length
          ? [...result.outcomes].sort().join(', ')
          : NO_OUTCOME;
      const answer = { outcomes: result.outcomes, rules: result.ruleResults.map((r) => r.ruleId) };
      return { uncertain, label, answer };
    });
    const [b, p] = answers as [(typeof answers)[0], (typeof answers)[0]];
    if (b.uncertain || p.uncertain) uncertainEvents++;
    const key = `${b.label}\u0000${p.label}`;
    transitions.set(key, (transitions.get(key) ?? 0) + 1);
    if (b.label === p.label) return;
    changed++;
    if (changedEvents.length < MAX_CHANGED_EVENTS) {
      const id = layout.eventIdIndex === undefined ? undefined : cells[layout.eventIdIndex];
      changedEvents.push({ event: id ? id : `row ${n + 2}`, base: b.answer, proposal: p.answer });
    }
  });
  const percent = (count: number): number => (rows.length ? (count * 100) / rows.length : 0);
  return {
    events: rows.length,
    changed,
    changedPercent: percent(changed),
    transitions: [...transitions]
      .map(([key, count]) => {
        const [base = '', proposal = ''] = key.split('\u0000');
        return { base, proposal, count, percent: percent(count) };
      })
      .sort((x, y) => y.count - x.count || x.base.localeCompare(y.base)),
    ruleMatches: [...counts.values()],
    changedEvents,
    uncertainEvents,
    unevaluable: [],
    unmeasuredModelSwaps: [],
  };
}

const condition = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('$amount >', '$amount <=', '10 <', '$count * 2 >=', '$count / 2 >'),
      fc.integer({ min: 0, max: 200 }),
    )
    .map(([left, n]) => `${left} ${n}`),
  fc.constantFrom(
    '$country in ["US", "FR"]',
    '$country == "FR"',
    '$m_insightscore > 900',
    '!($amount > 100)',
    '$amount > 100 and $country != "DE"',
    '$country == "DE" or $count > 2',
  ),
);

const ruleIds = ['r0', 'r1', 'r2', 'r3', 'r4'];
/** Few outcomes (a bit set per event) or more than 30 (the general path). */
const outcomePool = (many: boolean): string[] =>
  Array.from({ length: many ? 35 : 4 }, (_, i) => `o${String(i).padStart(2, '0')}`);

const scenario = fc.boolean().chain((many) => {
  const rule: fc.Arbitrary<RuleSource> = fc.record({
    ruleId: fc.constantFrom(...ruleIds),
    expression: condition,
    // With many, one rule alone has more than 30 outcomes.
    outcomes: fc.subarray(
      outcomePool(many),
      many ? { minLength: 31 } : { minLength: 1, maxLength: 3 },
    ),
  });
  return fc.record({
    pool: fc.array(rule, { minLength: 1, maxLength: 6 }),
    baseSlots: fc.array(fc.nat(), { maxLength: 6 }),
    proposalSlots: fc.array(fc.nat(), { maxLength: 6 }),
    modes: fc.tuple(
      fc.constantFrom<ExecutionMode>('ALL_MATCHED', 'FIRST_MATCHED'),
      fc.constantFrom<ExecutionMode>('ALL_MATCHED', 'FIRST_MATCHED'),
    ),
    versions: fc.tuple(fc.constantFrom('1', '2'), fc.constantFrom('1', '2')),
    header: fc.shuffledSubarray(
      ['EVENT_ID', 'amount', 'count', 'country', 'amount', 'm_insightscore', 'm_insightscore@2'],
      { minLength: 1 },
    ),
    rows: fc.array(
      fc.array(fc.constantFrom('', 'e1', '5', '50', '150.5', 'x', '3', '1.5', 'FR', 'DE', '950'), {
        minLength: 7,
        maxLength: 7,
      }),
      { maxLength: 25 },
    ),
  });
});

describe('Backtest against the reference replay', () => {
  it('gives the same report on generated rules, headers and events', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        // Sides pick rules from one pool: shared, changed and repeated rules all occur.
        const pick = (slots: number[]): RuleSource[] =>
          slots.map((k) => s.pool[k % s.pool.length]!);
        const setup: BacktestSetup = {
          base: {
            rules: pick(s.baseSlots),
            mode: s.modes[0],
            modelVersions: new Map([['m', s.versions[0]]]),
          },
          proposal: {
            rules: pick(s.proposalSlots),
            mode: s.modes[1],
            modelVersions: new Map([['m', s.versions[1]]]),
          },
          context,
        };
        const backtest = new Backtest(setup, s.header);
        s.rows.forEach((row, i) => backtest.add(row, i + 2));
        const report = backtest.finish();
        const expected = reference(setup, s.header, s.rows);
        expect({ ...report, unmeasuredModelSwaps: [] }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
