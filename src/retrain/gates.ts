// Quality gates on a new model version's training metrics. Pure.
import type { TrainingMetrics } from '../domain/afd.js';
import { formatMetricPair } from '../domain/metric-format.js';
import type { Gates, ModelType } from '../domain/request.js';

export interface GateResult {
  gate: 'min-auc' | 'max-auc-drop';
  passed: boolean;
  /** One line for the log and the summary. */
  detail: string;
}

/** AUCs are reported with many decimals; compare at a precision AFD displays. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

export function evaluateGates(
  gates: Gates,
  modelType: ModelType,
  candidate: TrainingMetrics,
  active: { modelVersionNumber: string; metrics: TrainingMetrics } | undefined,
): GateResult[] {
  const results: GateResult[] = [];
  // ATI reports ASI, not AUC; parsing rejects AUC gates for it, so this is defensive.
  if (modelType === 'ACCOUNT_TAKEOVER_INSIGHTS') return results;
  if (gates.minAuc !== undefined) {
    const auc = candidate.auc;
    results.push(
      auc === undefined
        ? {
            gate: 'min-auc',
            passed: false,
            detail: `AFD reported no AUC for the new version (min-auc ${gates.minAuc})`,
          }
        : {
            gate: 'min-auc',
            passed: round(auc) >= round(gates.minAuc),
            detail: `AUC ${formatMetricPair(auc, gates.minAuc)[0]} ${round(auc) >= round(gates.minAuc) ? '≥' : '<'} min-auc ${gates.minAuc}`,
          },
    );
  }
  if (gates.maxAucDrop !== undefined) {
    const auc = candidate.auc;
    const base = active?.metrics.auc;
    if (!active || base === undefined) {
      results.push({
        gate: 'max-auc-drop',
        passed: true,
        detail: 'no ACTIVE version with an AUC to compare with: skipped',
      });
    } else if (auc === undefined) {
      results.push({
        gate: 'max-auc-drop',
        passed: false,
        detail: 'AFD reported no AUC for the new version',
      });
    } else {
      const drop = round(base - auc);
      const passed = drop <= round(gates.maxAucDrop);
      const [newAuc, activeAuc] = formatMetricPair(auc, base);
      const change = formatMetricPair(Math.abs(drop), gates.maxAucDrop)[0];
      results.push({
        gate: 'max-auc-drop',
        passed,
        detail: `AUC ${newAuc} vs ${activeAuc} of ACTIVE ${active.modelVersionNumber}: ${drop > 0 ? `drop ${change}` : `gain ${change}`} ${passed ? '≤' : '>'} max-auc-drop ${gates.maxAucDrop}`,
      });
    }
  }
  return results;
}
