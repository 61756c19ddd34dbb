// The DetectorPL evaluator alone: RULES generated rules (a realistic mix of
// comparisons, lists, regex_match and arithmetic) over EVENTS generated events,
// ALL_MATCHED (every rule evaluated). Prints events × rules per second.
//   npx tsx bench/detectorpl.ts [events=20000] [rules=1000]
// Not a test: the figure depends on the machine.
import { compileRule, evaluateRules } from '../src/detectorpl/index.js';
import { ctx, shapes } from './detectorpl-workload.js';

const events = Number(process.argv[2] ?? 20_000);
const ruleCount = Number(process.argv[3] ?? 1_000);

const rules = Array.from({ length: ruleCount }, (_, i) => {
  const expression = shapes[i % shapes.length]!(i);
  const { rule, diagnostics } = compileRule(
    { ruleId: `rule_${i}`, expression, outcomes: [`o${i % 7}`] },
    ctx,
  );
  if (!rule) throw new Error(`${expression}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return rule;
});

const countries = ['US', 'CA', 'FR', 'DE', 'MX'];
const samples = Array.from({ length: 1000 }, (_, i) => ({
  values: new Map<string, string | null>([
    ['order_amount', String((i * 37) % 2000)],
    ['item_count', String(i % 40)],
    ['email_address', i % 13 === 0 ? `bad${i}@example.com` : `User${i}@Example${i % 10}.com`],
    ['billing_country', countries[i % countries.length]!],
    ['is_member', i % 2 === 0 ? 'true' : 'false'],
  ]),
  scores: new Map([['payments_model_insightscore', (i * 7) % 1000]]),
}));

let matches = 0;
const started = process.hrtime.bigint();
for (let e = 0; e < events; e++) {
  const sample = samples[e % samples.length]!;
  matches += evaluateRules(rules, 'ALL_MATCHED', sample.values, sample.scores).ruleResults.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rate = (events * ruleCount) / seconds;
console.log(
  `${events} events × ${ruleCount} rules in ${seconds.toFixed(2)} s: ${(rate / 1e6).toFixed(1)} M rule evaluations/s ` +
    `(${matches} matches; 100,000 events × 1,000 rules ≈ ${((100_000 * ruleCount) / rate).toFixed(1)} s per side)`,
);
