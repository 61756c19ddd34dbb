import { describe, expect, it } from 'vitest';
import { diffLines, lcsPairs } from '../../../src/planner/lcs.js';

describe('lcsPairs', () => {
  it('finds a longest common subsequence', () => {
    expect(lcsPairs(['a', 'b', 'c', 'd'], ['b', 'c', 'a', 'd']).length).toBe(3);
    expect(lcsPairs([], ['a'])).toEqual([]);
    expect(lcsPairs(['a', 'b'], ['a', 'b'])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('diffLines', () => {
  it('marks removed, added and common lines', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc').map((l) => `${l.op}${l.text}`)).toEqual(
      ['a', '-b', '+x', 'c'].map((s) => (s.length === 1 ? ` ${s}` : s)),
    );
  });
});
