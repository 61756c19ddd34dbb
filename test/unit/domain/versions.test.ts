import { describe, expect, it } from 'vitest';
import {
  compareModelVersions,
  compareWholeVersions,
  maxBy,
  parseModelVersion,
} from '../../../src/domain/versions.js';

describe('version ordering: AFD versions are strings that must be compared as numbers', () => {
  it('orders detector and rule versions numerically: 9 < 10 < 100', () => {
    expect(['10', '9', '100', '1', '2'].sort(compareWholeVersions)).toEqual([
      '1',
      '2',
      '9',
      '10',
      '100',
    ]);
    expect(compareWholeVersions('9', '10')).toBeLessThan(0);
    expect(compareWholeVersions('10', '10')).toBe(0);
  });

  it('orders model versions by (major, minor): 1.9 < 1.10 < 2.0', () => {
    expect(compareModelVersions('1.9', '1.10')).toBeLessThan(0);
    expect(compareModelVersions('1.09', '1.10')).toBeLessThan(0);
    expect(compareModelVersions('1.10', '2.0')).toBeLessThan(0);
    expect(compareModelVersions('10.0', '9.99')).toBeGreaterThan(0);
    expect(['1.10', '1.02', '2.0', '1.0', '1.09'].sort(compareModelVersions)).toEqual([
      '1.0',
      '1.02',
      '1.09',
      '1.10',
      '2.0',
    ]);
  });

  it('treats 1.01 and 1.1 as the same minor number, never as floats', () => {
    expect(parseModelVersion('1.01')).toEqual([1, 1]);
    expect(parseModelVersion('1.10')).toEqual([1, 10]);
    expect(compareModelVersions('1.01', '1.1')).toBe(0);
  });

  it('does not parse strings that are not model versions', () => {
    expect(parseModelVersion('1')).toBeUndefined();
    expect(parseModelVersion('0.1')).toBeUndefined();
    expect(parseModelVersion('1.100')).toBeUndefined();
  });

  it('sorts an odd version string from AFD before every real one instead of throwing', () => {
    expect(['2.0', 'weird', '1.10', ''].sort(compareModelVersions)).toEqual([
      '',
      'weird',
      '1.10',
      '2.0',
    ]);
    expect(maxBy(['1.02', 'x', '1.03'], compareModelVersions)).toBe('1.03');
  });

  it('maxBy picks the numerically highest, where max() over strings would pick 9', () => {
    expect(maxBy(['9', '10', '2'], compareWholeVersions)).toBe('10');
    expect(maxBy([], compareWholeVersions)).toBeUndefined();
  });
});
