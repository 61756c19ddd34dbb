// The workload bench/detectorpl.ts and bench/backtest.ts share: five variables, a
// list of 1,000 emails, and rule shapes mixing comparisons, lists, regex_match,
// arithmetic and a model score.
import type { EvalContext } from '../src/detectorpl/index.js';

export const ctx: EvalContext = {
  variables: new Map([
    ['order_amount', { dataType: 'FLOAT' as const, defaultValue: '0' }],
    ['item_count', { dataType: 'INTEGER' as const, defaultValue: '0' }],
    ['email_address', { dataType: 'STRING' as const, defaultValue: 'unknown' }],
    ['billing_country', { dataType: 'STRING' as const, defaultValue: 'US' }],
    ['is_member', { dataType: 'BOOLEAN' as const, defaultValue: 'false' }],
  ]),
  lists: new Map([
    ['blocked_emails', new Set(Array.from({ length: 1000 }, (_, i) => `bad${i}@example.com`))],
  ]),
};

export const shapes = [
  (i: number) => `$order_amount > ${i} and $billing_country in ["US", "CA", "MX"]`,
  (i: number) => `$email_address in @blocked_emails or $item_count * 2 > ${i % 50}`,
  (i: number) => `regex_match(".*@example${i % 10}\\.com", lowercase($email_address))`,
  (i: number) => `$payments_model_insightscore > ${i % 1000} and !$is_member`,
  (i: number) => `($order_amount - ${i}) / 2 > 10 or $billing_country == "FR"`,
];
