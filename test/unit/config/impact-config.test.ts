// detector.tests and detector.backtest: shapes checked with the file and line
// of every bad value, event values kept as AFD receives them (text, or null).
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { readBacktest, readRuleTests } from '../../../src/config/impact-config.js';
import { Problems } from '../../../src/config/problems.js';
import { parseYamlFile } from '../../../src/config/yaml-values.js';

function parse(text: string) {
  const problems = new Problems();
  const { value } = parseYamlFile(yaml, 'fraud.yml', text, problems);
  if (!value) throw new Error('no value');
  return { value, problems };
}

describe('readRuleTests', () => {
  it('reads tests with events as text, explicit nulls and model scores', () => {
    const { value, problems } = parse(
      [
        '- name: known bad ip is blocked',
        '  event: { ip_address: 203.0.113.7, order_amount: 10, member: true, note: null }',
        '  modelScores: { payments_model: 120 }',
        '  expect: { outcomes: [block], rules: [block_known_bad_ip] }',
      ].join('\n'),
    );
    const tests = readRuleTests(value, problems);
    expect(problems.list).toEqual([]);
    expect(tests).toEqual([
      {
        name: 'known bad ip is blocked',
        event: new Map<string, string | null>([
          ['ip_address', '203.0.113.7'],
          ['order_amount', '10'],
          ['member', 'true'],
          ['note', null],
        ]),
        modelScores: new Map([['payments_model', 120]]),
        expect: { outcomes: ['block'], rules: ['block_known_bad_ip'] },
      },
    ]);
  });

  it('reports every bad test at its line', () => {
    const { value, problems } = parse(
      [
        '- name: a', // 1
        '  event: {}',
        '  expect: {}', // 3: says nothing
        '- name: a', // 4
        '  event: [1]', // 5: not a mapping
        '  expect: { outcomes: [x] }',
        '- name: b', // 7
        '  event: {}',
        '  expect: { rules: [Not An Id] }', // 9
        '  extra: 1', // 10
      ].join('\n'),
    );
    expect(readRuleTests(value, problems)).toBeUndefined();
    expect(problems.list.map((p) => [p.input, p.position?.line, p.rule])).toEqual([
      ['[0].expect', 3, 'must say outcomes, rules or both'],
      ['[1].event', 5, 'must be a mapping (variable name → value), not a list'],
      ['[2].extra', 10, expect.stringContaining('extra') as string],
      ['[2].expect.rules[0]', 9, expect.stringContaining('lowercase letters') as string],
    ]);
  });

  it('refuses duplicate names and a value that is not a list', () => {
    const dup = parse(
      '- {name: a, event: {}, expect: {outcomes: [x]}}\n- {name: a, event: {}, expect: {outcomes: [y]}}',
    );
    expect(readRuleTests(dup.value, dup.problems)).toBeUndefined();
    expect(dup.problems.list[0]?.rule).toMatch(/repeats the name of test 1/);
    const scalar = parse('tests');
    expect(readRuleTests(scalar.value, scalar.problems)).toBeUndefined();
    expect(scalar.problems.list[0]?.rule).toMatch(/must be a YAML list of tests/);
  });
});

describe('readBacktest', () => {
  it('reads events and the gate', () => {
    const { value, problems } = parse('events: data/events.csv\nmaxChangedPercent: 1.5');
    expect(readBacktest(value, problems)).toEqual({
      events: 'data/events.csv',
      maxChangedPercent: 1.5,
    });
  });

  it('needs events and a percentage from 0 to 100', () => {
    const { value, problems } = parse('maxChangedPercent: 150');
    expect(readBacktest(value, problems)).toBeUndefined();
    expect(problems.list.map((p) => p.rule)).toEqual([
      'is missing events (a CSV file relative to the config file)',
      'must be a percentage from 0 to 100',
    ]);
  });
});
