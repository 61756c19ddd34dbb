// Resolution of rules as code to rule versions: reuse by identity (any
// version), new versions with predicted numbers, description-only changes and
// the outcomes the rules need.
import { describe, expect, it } from 'vitest';
import type { RuleAsCode } from '../../../src/domain/request.js';
import {
  normaliseExpression,
  resolveRulesAsCode,
  ruleContentSha256,
} from '../../../src/planner/rule-versions.js';
import { storedRule } from './fixtures.js';

const stored = storedRule;

const code = (ruleId: string, expression: string, more: Partial<RuleAsCode> = {}): RuleAsCode => ({
  ruleId,
  expression,
  outcomes: ['review'],
  ...more,
});

const HISTORY = [
  stored('high_score', '1', '$score > 900'),
  stored('high_score', '2', '$score > 950'),
  stored('high_score', '3', '$score > 990', ['review'], 'Very high'),
];
const OUTCOMES = new Set(['review', 'block']);

describe('resolveRulesAsCode', () => {
  it('reuses an OLD identical version, not only the latest, and writes nothing', () => {
    const r = resolveRulesAsCode([code('high_score', '$score > 950')], HISTORY, OUTCOMES);
    expect(r.rules).toEqual([{ ruleId: 'high_score', ruleVersion: '2' }]);
    expect(r.creates).toEqual([]);
    expect(r.metadata).toEqual([]);
  });

  it('keeps the version the base uses when a newer identical one exists (no change that changes nothing)', () => {
    const twins = [
      stored('r', '1', '$a > 1'),
      stored('r', '2', '$a > 2'),
      stored('r', '3', '$a > 1'),
    ];
    const spec = [code('r', '$a > 1')];
    expect(resolveRulesAsCode(spec, twins, OUTCOMES).rules).toEqual([
      { ruleId: 'r', ruleVersion: '3' },
    ]);
    const r = resolveRulesAsCode(spec, twins, OUTCOMES, [], [{ ruleId: 'r', ruleVersion: '1' }]);
    expect(r.rules).toEqual([{ ruleId: 'r', ruleVersion: '1' }]);
    // A base version that is not identical is no reason to keep it.
    const moved = resolveRulesAsCode(
      spec,
      twins,
      OUTCOMES,
      [],
      [{ ruleId: 'r', ruleVersion: '2' }],
    );
    expect(moved.rules).toEqual([{ ruleId: 'r', ruleVersion: '3' }]);
  });

  it('plans UpdateRuleVersion from the highest version for a changed expression, predicting highest + 1', () => {
    const r = resolveRulesAsCode(
      [code('high_score', '$score > 975', { description: 'Tuned' })],
      HISTORY,
      OUTCOMES,
    );
    expect(r.rules).toEqual([{ ruleId: 'high_score', ruleVersion: '4' }]);
    expect(r.creates).toEqual([
      {
        ruleId: 'high_score',
        operation: 'update',
        fromVersion: '3',
        predictedVersion: '4',
        expression: '$score > 975',
        outcomes: ['review'],
        description: 'Tuned',
        contentSha256: ruleContentSha256({ expression: '$score > 975', outcomes: ['review'] }),
      },
    ]);
    expect(r.planned).toEqual([
      expect.objectContaining({
        ruleId: 'high_score',
        ruleVersion: '4',
        expression: '$score > 975',
      }),
    ]);
  });

  it('compares versions as numbers when finding the highest ("10" > "9")', () => {
    const many = [stored('r', '9', '$a > 9'), stored('r', '10', '$a > 10')];
    const r = resolveRulesAsCode([code('r', '$a > 11')], many, OUTCOMES);
    expect(r.creates[0]).toMatchObject({ fromVersion: '10', predictedVersion: '11' });
  });

  it('plans CreateRule version "1" for a new rule id', () => {
    const r = resolveRulesAsCode([code('brand_new', '$a > 1')], HISTORY, OUTCOMES);
    expect(r.rules).toEqual([{ ruleId: 'brand_new', ruleVersion: '1' }]);
    expect(r.creates[0]).toMatchObject({ operation: 'create', predictedVersion: '1' });
    expect(r.creates[0]).not.toHaveProperty('fromVersion');
  });

  it('treats different outcomes (or their order) as a different version', () => {
    const r1 = resolveRulesAsCode(
      [code('high_score', '$score > 950', { outcomes: ['block'] })],
      HISTORY,
      OUTCOMES,
    );
    expect(r1.creates).toHaveLength(1);
    const two = [stored('r', '1', '$a > 1', ['review', 'block'])];
    const r2 = resolveRulesAsCode(
      [code('r', '$a > 1', { outcomes: ['block', 'review'] })],
      two,
      OUTCOMES,
    );
    expect(r2.creates).toHaveLength(1);
  });

  it('a description-only change is UpdateRuleMetadata on the reused version, not a new version', () => {
    const r = resolveRulesAsCode(
      [code('high_score', '$score > 990', { description: 'Extremely high' })],
      HISTORY,
      OUTCOMES,
    );
    expect(r.rules).toEqual([{ ruleId: 'high_score', ruleVersion: '3' }]);
    expect(r.creates).toEqual([]);
    expect(r.metadata).toEqual([
      { ruleId: 'high_score', ruleVersion: '3', from: 'Very high', to: 'Extremely high' },
    ]);
  });

  it('an omitted description leaves the version as it is; an equal one is no change', () => {
    expect(
      resolveRulesAsCode([code('high_score', '$score > 990')], HISTORY, OUTCOMES).metadata,
    ).toEqual([]);
    expect(
      resolveRulesAsCode(
        [code('high_score', '$score > 990', { description: 'Very high' })],
        HISTORY,
        OUTCOMES,
      ).metadata,
    ).toEqual([]);
  });

  it('CRLF, CR and LF line endings are the same identity', () => {
    const lf = [stored('multi', '1', '$a > 1\nand $b < 2')];
    for (const text of ['$a > 1\r\nand $b < 2', '$a > 1\rand $b < 2']) {
      const r = resolveRulesAsCode([code('multi', text)], lf, OUTCOMES);
      expect(r.rules).toEqual([{ ruleId: 'multi', ruleVersion: '1' }]);
      expect(r.creates).toEqual([]);
    }
    // And the other way round: AFD holding CRLF, the repository LF.
    const crlf = [stored('multi', '1', '$a > 1\r\nand $b < 2')];
    expect(
      resolveRulesAsCode([code('multi', '$a > 1\nand $b < 2')], crlf, OUTCOMES).creates,
    ).toEqual([]);
  });

  it('outer whitespace (a .dpl file ending in a newline) is not a change; inner whitespace is', () => {
    const r = resolveRulesAsCode([code('high_score', '  $score > 950 \n\n')], HISTORY, OUTCOMES);
    expect(r.rules).toEqual([{ ruleId: 'high_score', ruleVersion: '2' }]);
    const inner = resolveRulesAsCode([code('high_score', '$score  > 950')], HISTORY, OUTCOMES);
    expect(inner.creates).toHaveLength(1);
  });

  it('creates a version with the normalised expression', () => {
    const r = resolveRulesAsCode([code('n', '\r\n$a > 1\r\nor $b\r\n')], [], OUTCOMES);
    expect(r.creates[0]?.expression).toBe('$a > 1\nor $b');
    expect(normaliseExpression(' x\r\ny ')).toBe('x\ny');
  });

  it('keeps pinned rules as they are, in order with resolved ones', () => {
    const r = resolveRulesAsCode(
      [{ ruleId: 'legacy', ruleVersion: '7' }, code('brand_new', '$a > 1')],
      [],
      OUTCOMES,
    );
    expect(r.rules).toEqual([
      { ruleId: 'legacy', ruleVersion: '7' },
      { ruleId: 'brand_new', ruleVersion: '1' },
    ]);
  });

  it('creates declared outcomes missing in AFD, and reports used outcomes nobody declares', () => {
    const r = resolveRulesAsCode(
      [
        code('a', '$a > 1', { outcomes: ['review', 'escalate'] }),
        code('b', '$b > 1', { outcomes: ['ghost'] }),
      ],
      [],
      new Set(['review']),
      [{ name: 'escalate', description: 'To the risk team' }, { name: 'review' }],
    );
    expect(r.outcomesToCreate).toEqual([{ name: 'escalate', description: 'To the risk team' }]);
    expect(r.problems).toEqual([
      expect.stringContaining('Rule b uses outcome ghost, which does not exist'),
    ]);
  });

  it('the content hash covers expression (normalised), language and outcomes', () => {
    const h = ruleContentSha256({ expression: '$a > 1', outcomes: ['x'] });
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(ruleContentSha256({ expression: ' $a > 1\r\n', outcomes: ['x'] })).toBe(h);
    expect(ruleContentSha256({ expression: '$a > 1', outcomes: ['y'] })).not.toBe(h);
    expect(ruleContentSha256({ expression: '$a > 2', outcomes: ['x'] })).not.toBe(h);
  });
});
