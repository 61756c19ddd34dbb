import { describe, expect, it } from 'vitest';
import { formatAfdTime, resolveTime } from '../../../src/config/relative-time.js';
import { parseBoolean } from '../../../src/config/booleans.js';
import { closest } from '../../../src/config/suggest.js';
import { shorten } from '../../../src/config/problems.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const iso = (text: string): string | undefined => {
  const ms = resolveTime(text, NOW);
  return ms === undefined ? undefined : formatAfdTime(ms);
};

describe('resolveTime', () => {
  it.each([
    ['now', '2024-03-01T00:00:00Z'],
    ['-1d', '2024-02-29T00:00:00Z'],
    ['-1w', '2024-02-23T00:00:00Z'],
    ['-90m', '2024-02-29T22:30:00Z'],
    ['-0h', '2024-03-01T00:00:00Z'],
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00Z'],
    ['2024-02-29T10:00:00.5+05:30', '2024-02-29T04:30:00Z'],
    ['2024-02-29T10:00Z', '2024-02-29T10:00:00Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    'yesterday',
    '90d',
    '+1d',
    '-1y',
    '- 1d',
    '-1D',
    'NOW',
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T00:60:00Z',
    '2024-01-01',
    '2024-01-01T00:00:00',
    '2024-01-01 00:00:00Z',
    '2024-01-01T00:00:00+24:00',
    '1704067200',
  ])('rejects %s', (text) => {
    expect(resolveTime(text, NOW)).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('reads booleans exactly as getBooleanInput does', () => {
    expect(['true', 'True', 'TRUE'].map(parseBoolean)).toEqual([true, true, true]);
    expect(['false', 'False', 'FALSE'].map(parseBoolean)).toEqual([false, false, false]);
    expect(['yes', 'no', '1', '0', 'tRue', 'on', ''].map(parseBoolean)).toEqual(
      Array(7).fill(undefined),
    );
  });

  it('suggests close names only', () => {
    expect(closest('modleType', ['modelId', 'modelType'])).toBe('modelType');
    expect(closest('detector_id', ['detectorId', 'base'])).toBe('detectorId');
    expect(closest('zzz', ['modelId', 'modelType'])).toBeUndefined();
  });

  it('shortens long values to one line of at most 80 characters', () => {
    expect(shorten('a\n  b')).toBe('a b');
    const s = shorten('x'.repeat(200));
    expect([...s]).toHaveLength(80);
    expect(s.endsWith('…')).toBe(true);
  });
});
