// Whether the impact step runs at all: a small module of its own, so the
// detector flow can decide without loading the evaluator, the CSV reader
// and re2js (they load only when there is impact to show).
import type { ImpactInput } from './run-impact.js';

/** Whether a plan has impact to show: tests, a backtest, or a model version that changes. */
export function wantsImpact(input: Omit<ImpactInput, 'known' | 'modelMetrics'>): boolean {
  if (input.request.tests?.length || input.request.backtest) return true;
  const before = new Map((input.base?.modelVersions ?? []).map((m) => [m.modelId, m]));
  return input.proposal.modelVersions.some((m) => {
    const b = before.get(m.modelId);
    return b !== undefined && b.modelVersionNumber !== m.modelVersionNumber;
  });
}
