import { describe, expect, it } from 'vitest';
import type { DetectorVersionSummary } from '../../../src/domain/afd.js';
import { ActionError } from '../../../src/domain/errors.js';
import { resolveBaseVersion } from '../../../src/planner/base.js';

const summary = (detectorVersionId: string, status = 'INACTIVE'): DetectorVersionSummary => ({
  detectorVersionId,
  status,
});

describe('resolveBaseVersion', () => {
  it('active: the one ACTIVE version', () => {
    const s = [summary('1'), summary('2', 'ACTIVE'), summary('3', 'DRAFT')];
    expect(resolveBaseVersion(s, { kind: 'active' })).toEqual({
      kind: 'found',
      detectorVersionId: '2',
    });
  });

  it('active: none is a valid state (the proposal becomes the first version)', () => {
    expect(resolveBaseVersion([], { kind: 'active' })).toEqual({ kind: 'none' });
    expect(resolveBaseVersion([summary('1', 'DRAFT')], { kind: 'active' })).toEqual({
      kind: 'none',
    });
  });

  it('latest compares ids as numbers: 10 beats 9', () => {
    const s = [summary('9'), summary('10'), summary('2')];
    expect(resolveBaseVersion(s, { kind: 'latest' })).toEqual({
      kind: 'found',
      detectorVersionId: '10',
    });
  });

  it('latest over 2500 versions in shuffled order', () => {
    const s = Array.from({ length: 2500 }, (_, i) => summary(String(((i * 7919) % 2500) + 1)));
    expect(resolveBaseVersion(s, { kind: 'latest' })).toEqual({
      kind: 'found',
      detectorVersionId: '2500',
    });
  });

  it('latest with no versions is none', () => {
    expect(resolveBaseVersion([], { kind: 'latest' })).toEqual({ kind: 'none' });
  });

  it('explicit id that exists', () => {
    const s = [summary('9'), summary('10')];
    expect(resolveBaseVersion(s, { kind: 'id', id: '9' })).toEqual({
      kind: 'found',
      detectorVersionId: '9',
    });
  });

  it('explicit id that does not exist throws an ActionError naming the input and the highest id', () => {
    const s = [summary('9'), summary('10')];
    const call = (): unknown => resolveBaseVersion(s, { kind: 'id', id: '11' });
    expect(call).toThrow(ActionError);
    expect(call).toThrow(/base-version.*11.*does not exist.*highest is 10/);
    expect(() => resolveBaseVersion([], { kind: 'id', id: '1' })).toThrow(/no versions yet/);
  });
});
