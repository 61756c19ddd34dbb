import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../../src/retrain/gates.js';

const TFI = 'TRANSACTION_FRAUD_INSIGHTS' as const;

describe('quality gates', () => {
  it('min-auc passes at or above the threshold and fails below it', () => {
    expect(evaluateGates({ minAuc: 0.9 }, TFI, { auc: 0.9 }, undefined)[0]).toMatchObject({
      passed: true,
    });
    const [r] = evaluateGates({ minAuc: 0.9 }, TFI, { auc: 0.8999 }, undefined);
    expect(r).toMatchObject({ gate: 'min-auc', passed: false });
    expect(r!.detail).toContain('0.8999 < min-auc 0.9');
  });

  it('prints AUC with three decimals, more only where the comparison needs them', () => {
    expect(evaluateGates({ minAuc: 0.9 }, TFI, { auc: 0.9412 }, undefined)[0]!.detail).toBe(
      'AUC 0.941 ≥ min-auc 0.9',
    );
    const active = { modelVersionNumber: '1.02', metrics: { auc: 0.93 } };
    expect(evaluateGates({ maxAucDrop: 0.01 }, TFI, { auc: 0.9199 }, active)[0]!.detail).toBe(
      'AUC 0.920 vs 0.930 of ACTIVE 1.02: drop 0.0101 > max-auc-drop 0.01',
    );
  });

  it('min-auc fails when AFD reported no AUC', () => {
    expect(evaluateGates({ minAuc: 0.5 }, TFI, {}, undefined)[0]).toMatchObject({ passed: false });
  });

  it('max-auc-drop compares with the ACTIVE version', () => {
    const active = { modelVersionNumber: '1.02', metrics: { auc: 0.93 } };
    expect(evaluateGates({ maxAucDrop: 0.01 }, TFI, { auc: 0.92 }, active)[0]).toMatchObject({
      passed: true,
    });
    const [r] = evaluateGates({ maxAucDrop: 0.01 }, TFI, { auc: 0.9199 }, active);
    expect(r).toMatchObject({ gate: 'max-auc-drop', passed: false });
    expect(r!.detail).toContain('ACTIVE 1.02');
    expect(evaluateGates({ maxAucDrop: 0 }, TFI, { auc: 0.95 }, active)[0]!.detail).toContain(
      'gain',
    );
  });

  it('max-auc-drop is skipped (passes) when there is no ACTIVE version', () => {
    const [r] = evaluateGates({ maxAucDrop: 0.01 }, TFI, { auc: 0.5 }, undefined);
    expect(r).toMatchObject({ passed: true });
    expect(r!.detail).toMatch(/skipped/);
  });

  it('applies no AUC gate to account takeover models (they report ASI)', () => {
    expect(
      evaluateGates({ minAuc: 0.9 }, 'ACCOUNT_TAKEOVER_INSIGHTS', { asi: 0.7 }, undefined),
    ).toEqual([]);
  });
});
