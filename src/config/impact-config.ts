// Readers for the impact settings of the detector section: rule tests
// (`detector.tests`, or the list in `detector.testsFile`) and the backtest
// (`detector.backtest`). Every bad item is reported at its file and line.
import type { RuleTest } from '../impact/rule-tests.js';
import { CONSTRAINTS } from './constraints.js';
import type { Problems } from './problems.js';
import { unknownKeyRule } from './suggest.js';
import { readConstrained, readNumber, readText } from './values.js';
import { kindWords, type RawValue } from './yaml-values.js';

/** Enough for any real suite; a bound on the work a PR can ask for. */
export const MAX_RULE_TESTS = 1000;
export const MAX_TEST_VARIABLES = 500;

export interface BacktestConfig {
  /** As written: relative to the config file's folder. */
  events: string;
  maxChangedPercent?: number;
}

const TEST_KEYS = ['name', 'event', 'modelScores', 'expect'] as const;
const EXPECT_KEYS = ['outcomes', 'rules'] as const;
const BACKTEST_KEYS = ['events', 'maxChangedPercent'] as const;
const TEST_EXAMPLE =
  '- name: known bad ip is blocked\n  event: { ip_address: 203.0.113.7 }\n  expect: { outcomes: [block] }';

type MapValue = RawValue & { kind: 'map' };

/** The mapping's entries by key; unknown keys reported. */
function entriesOf(
  v: MapValue,
  keys: readonly string[],
  problems: Problems,
): Map<string, RawValue> {
  const out = new Map<string, RawValue>();
  for (const e of v.entries) {
    if (keys.includes(e.key)) out.set(e.key, e.value);
    else problems.add(e.keyWhere, undefined, unknownKeyRule(e.key, keys));
  }
  return out;
}

function asMap(v: RawValue, problems: Problems, what: string): MapValue | undefined {
  if (v.kind === 'map') return v;
  problems.add(v.where, v.text, `must be a mapping (${what}), not ${kindWords(v)}`);
  return undefined;
}

/** A scalar as AFD receives an event value: text; YAML null is an explicit null. */
function eventValue(v: RawValue, problems: Problems): string | null | undefined {
  if (v.kind !== 'scalar') {
    problems.add(v.where, v.text, `must be a single value, not ${kindWords(v)}`);
    return undefined;
  }
  return v.value === null
    ? null
    : v.kind === 'scalar' && typeof v.value === 'string'
      ? v.value
      : v.text;
}

function readEvent(v: RawValue, problems: Problems): Map<string, string | null> | undefined {
  const map = asMap(v, problems, 'variable name → value');
  if (!map) return undefined;
  if (map.entries.length > MAX_TEST_VARIABLES) {
    problems.add(map.where, undefined, `has more than ${MAX_TEST_VARIABLES} variables`);
    return undefined;
  }
  const out = new Map<string, string | null>();
  for (const e of map.entries) {
    const value = eventValue(e.value, problems);
    if (value !== undefined) out.set(e.key.replace(/^\$/, ''), value);
  }
  return out;
}

function readScores(v: RawValue, problems: Problems): Map<string, number> {
  const out = new Map<string, number>();
  const map = asMap(v, problems, 'model id → score');
  for (const e of map?.entries ?? []) {
    const score = readNumber(e.value, problems, 'must be a model score, a number from 0 to 1000');
    if (score !== undefined) out.set(e.key, score);
  }
  return out;
}

function readNames(v: RawValue, problems: Problems): string[] | undefined {
  if (v.kind !== 'seq') {
    problems.add(v.where, v.text, `must be a YAML list, not ${kindWords(v)}`);
    return undefined;
  }
  const names = v.items.map((item) => readText(item, problems));
  return names.every((n) => n !== undefined) ? names : undefined;
}

function readExpect(v: RawValue, problems: Problems): RuleTest['expect'] | undefined {
  const map = asMap(v, problems, 'outcomes and/or rules');
  if (!map) return undefined;
  const found = entriesOf(map, EXPECT_KEYS, problems);
  const out: { outcomes?: string[]; rules?: string[] } = {};
  const outcomes = found.get('outcomes');
  const rules = found.get('rules');
  if (outcomes) {
    const names = readNames(outcomes, problems);
    if (names) out.outcomes = names;
  }
  if (rules) {
    const ids = rules.kind === 'seq' ? rules.items : [rules];
    const checked = ids.map((id) => readConstrained(id, CONSTRAINTS.identifier, problems));
    if (rules.kind !== 'seq')
      problems.add(rules.where, rules.text, 'must be a YAML list of rule ids');
    else if (checked.every((id) => id !== undefined)) out.rules = checked;
  }
  if (!outcomes && !rules) {
    problems.add(map.where, map.text, 'must say outcomes, rules or both');
    return undefined;
  }
  return out;
}

function readTest(item: RawValue, problems: Problems): RuleTest | undefined {
  const map = asMap(item, problems, `a test, e.g.\n${TEST_EXAMPLE}`);
  if (!map) return undefined;
  const found = entriesOf(map, TEST_KEYS, problems);
  for (const key of ['name', 'event', 'expect'])
    if (!found.has(key)) problems.add(map.where, undefined, `is missing ${key}`);
  const nameRaw = found.get('name');
  const eventRaw = found.get('event');
  const expectRaw = found.get('expect');
  if (!nameRaw || !eventRaw || !expectRaw) return undefined;
  const name = readText(nameRaw, problems);
  const event = readEvent(eventRaw, problems);
  const scores = found.get('modelScores');
  const modelScores = scores ? readScores(scores, problems) : new Map<string, number>();
  const expect_ = readExpect(expectRaw, problems);
  if (name === undefined || !event || !expect_) return undefined;
  return { name, event, modelScores, expect: expect_ };
}

/** `detector.tests` or the root of `detector.testsFile`: a list of tests with unique names. */
export function readRuleTests(v: RawValue, problems: Problems): RuleTest[] | undefined {
  if (v.kind !== 'seq') {
    problems.add(
      v.where,
      v.text,
      `must be a YAML list of tests, not ${kindWords(v)}; e.g.\n${TEST_EXAMPLE}`,
    );
    return undefined;
  }
  if (v.items.length > MAX_RULE_TESTS) {
    problems.add(
      v.where,
      undefined,
      `has ${v.items.length} tests; at most ${MAX_RULE_TESTS} are run`,
    );
    return undefined;
  }
  const size = problems.size;
  const tests: RuleTest[] = [];
  const names = new Map<string, number>();
  v.items.forEach((item, i) => {
    const test = readTest(item, problems);
    if (!test) return;
    const first = names.get(test.name);
    if (first !== undefined)
      problems.add(
        item.where,
        test.name,
        `repeats the name of test ${first + 1}; names must be unique`,
      );
    names.set(test.name, i);
    tests.push(test);
  });
  return problems.size === size ? tests : undefined;
}

/** `detector.backtest: {events, maxChangedPercent?}`. */
export function readBacktest(v: RawValue, problems: Problems): BacktestConfig | undefined {
  const map = asMap(v, problems, 'events and maxChangedPercent');
  if (!map) return undefined;
  const size = problems.size;
  const found = entriesOf(map, BACKTEST_KEYS, problems);
  const eventsValue = found.get('events');
  const events = eventsValue ? readText(eventsValue, problems) : undefined;
  if (events === undefined)
    problems.add(
      map.where,
      undefined,
      'is missing events (a CSV file relative to the config file)',
    );
  const max = found.get('maxChangedPercent');
  const out: BacktestConfig = { events: events ?? '' };
  if (max) {
    const rule = 'must be a percentage from 0 to 100';
    const n = readNumber(max, problems, rule);
    if (n !== undefined && (n < 0 || n > 100)) problems.add(max.where, max.text, rule);
    else if (n !== undefined) out.maxChangedPercent = n;
  }
  return problems.size === size ? out : undefined;
}
