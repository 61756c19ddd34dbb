// The operating point: shown when the model version or the constant changes,
// read from the training curve, interpolated linearly between its points.
import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../../src/domain/afd.js';
import { metricsAt, operatingPoints } from '../../../src/impact/operating-point.js';

const curve = (shift: number): MetricPoint[] => [
  { threshold: 0, fpr: 1, tpr: 1, precision: 0.05 },
  { threshold: 500, fpr: 0.1 + shift, tpr: 0.8, precision: 0.3 },
  { threshold: 1000, fpr: 0, tpr: 0, precision: 1 },
];

describe('metricsAt', () => {
  it('is exact at a point, linear between points and undefined outside the curve', () => {
    const points = curve(0);
    expect(metricsAt(points, 500)).toEqual({
      fpr: 0.1,
      tpr: 0.8,
      precision: 0.3,
      interpolated: false,
    });
    const mid = metricsAt(points, 750);
    expect(mid?.interpolated).toBe(true);
    expect(mid?.fpr).toBeCloseTo(0.05);
    expect(mid?.tpr).toBeCloseTo(0.4);
    expect(mid?.precision).toBeCloseTo(0.65);
    expect(metricsAt(points, 1001)).toBeUndefined();
    expect(metricsAt(points, -1)).toBeUndefined();
  });
});

describe('operatingPoints', () => {
  const rule = (threshold: number) => ({
    ruleId: 'high',
    expression: `$pay_insightscore > ${threshold} and $amount > 5`,
  });
  const curves = new Map([
    ['1.0', curve(0)],
    ['2.0', curve(0.2)],
  ]);
  const input = (base: number, proposal: number, baseV: string, proposalV: string) => ({
    base: { rules: [rule(base)], modelVersions: new Map([['pay', baseV]]) },
    proposal: { rules: [rule(proposal)], modelVersions: new Map([['pay', proposalV]]) },
    curve: (_: string, v: string) => curves.get(v),
  });

  it('shows a model swap under an unchanged threshold', () => {
    expect(operatingPoints(input(500, 500, '1.0', '2.0'))).toEqual([
      {
        ruleId: 'high',
        modelId: 'pay',
        op: '>',
        base: {
          modelVersion: '1.0',
          threshold: 500,
          metrics: { fpr: 0.1, tpr: 0.8, precision: 0.3, interpolated: false },
        },
        proposal: {
          modelVersion: '2.0',
          threshold: 500,
          metrics: { fpr: 0.30000000000000004, tpr: 0.8, precision: 0.3, interpolated: false },
        },
      },
    ]);
  });

  it('shows a changed threshold, and nothing when neither version nor threshold changes', () => {
    const [row] = operatingPoints(input(500, 750, '1.0', '1.0'));
    expect(row?.base?.threshold).toBe(500);
    expect(row?.proposal).toMatchObject({ threshold: 750, metrics: { interpolated: true } });
    expect(operatingPoints(input(500, 500, '1.0', '1.0'))).toEqual([]);
  });

  it('shows a new threshold without a base side and a version without a curve without metrics', () => {
    const rows = operatingPoints({
      base: { rules: [], modelVersions: new Map() },
      proposal: { rules: [rule(600)], modelVersions: new Map([['pay', '3.0']]) },
      curve: () => undefined,
    });
    expect(rows).toEqual([
      {
        ruleId: 'high',
        modelId: 'pay',
        op: '>',
        proposal: { modelVersion: '3.0', threshold: 600 },
      },
    ]);
  });
});
