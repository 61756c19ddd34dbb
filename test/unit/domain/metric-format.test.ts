// AUC and ASI print one way everywhere (comment, summary, gates): three
// decimals, more only where two compared values would otherwise look equal.
import { describe, expect, it } from 'vitest';
import {
  formatMetric,
  formatMetricDelta,
  formatMetricPair,
  formatMetricRange,
} from '../../../src/domain/metric-format.js';

describe('metric formatting', () => {
  it('prints three decimals, padded', () => {
    expect(formatMetric(0.94)).toBe('0.940');
    expect(formatMetric(0.94123)).toBe('0.941');
    expect(formatMetricRange(0.93, 0.9512)).toBe('0.930–0.951');
  });

  it('signs a difference with a real minus', () => {
    expect(formatMetricDelta(0.013)).toBe('+0.013');
    expect(formatMetricDelta(-0.02)).toBe('−0.020');
  });

  it('shows compared values with the decimals it takes to tell them apart', () => {
    expect(formatMetricPair(0.941, 0.93)).toEqual(['0.941', '0.930']);
    expect(formatMetricPair(0.8999, 0.9)).toEqual(['0.8999', '0.9000']);
    expect(formatMetricPair(0.9, 0.9)).toEqual(['0.900000', '0.900000']);
  });
});
