// Synthetic training results for DescribeModelVersions, shaped per model type
// the way AFD reports them: OFI/TFI fill trainingResult.trainingMetrics and
// trainingResultV2.trainingMetricsV2.{ofi|tfi}; ATI fills only
// trainingMetricsV2.ati. The ROC curve is generated so that its area really is
// the reported AUC (fpr = u^a, tpr = u^(a·r) has area 1/(1+r)).

import { hashSeed, mulberry32 } from './random.js';
import type { MetricsSpec, ModelVersionRecord, TrainingError } from './state.js';

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

/** Deterministic default metrics for one version, independent of call order. */
export function syntheticMetrics(randomSeed: number, key: string): Required<MetricsSpec> {
  const rnd = mulberry32(hashSeed(randomSeed, key));
  const auc = round(0.9 + rnd() * 0.05, 4);
  const width = 0.01 + rnd() * 0.03;
  const asi = round(0.85 + rnd() * 0.07, 4);
  return {
    auc,
    aucLower: round(Math.max(0.5, auc - width / 2), 4),
    aucUpper: round(Math.min(1, auc + width / 2), 4),
    asi,
  };
}

/** Fills unset members so a version always reports a full set once trained. */
export function completeMetrics(spec: MetricsSpec, defaults: Required<MetricsSpec>): MetricsSpec {
  const auc = spec.auc ?? defaults.auc;
  return {
    auc,
    aucLower: spec.aucLower ?? round(Math.max(0.5, auc - (defaults.auc - defaults.aucLower)), 4),
    aucUpper: spec.aucUpper ?? round(Math.min(1, auc + (defaults.aucUpper - defaults.auc)), 4),
    asi: spec.asi ?? defaults.asi,
  };
}

function rocPoints(
  auc: number,
): { fpr: number; precision: number; tpr: number; threshold: number }[] {
  const a = 3;
  const r = 1 / Math.min(Math.max(auc, 0.5001), 0.9999) - 1;
  const fraudRate = 0.05;
  const points = [];
  for (let threshold = 0; threshold <= 1000; threshold += 5) {
    const u = 1 - threshold / 1000;
    const fpr = u ** a;
    const tpr = u ** (a * r);
    const denominator = tpr * fraudRate + fpr * (1 - fraudRate);
    points.push({
      fpr: round(fpr),
      precision: round(denominator === 0 ? 1 : (tpr * fraudRate) / denominator),
      tpr: round(tpr),
      threshold,
    });
  }
  return points;
}

function atiPoints(asi: number): { cr: number; adr: number; threshold: number; atodr: number }[] {
  const r = 1 / Math.min(Math.max(asi, 0.5001), 0.9999) - 1;
  const points = [];
  for (let threshold = 0; threshold <= 1000; threshold += 5) {
    const u = 1 - threshold / 1000;
    const cr = u ** 3;
    const adr = u ** (3 * r);
    points.push({ cr: round(cr), adr: round(adr), threshold, atodr: round(adr * 0.9) });
  }
  return points;
}

function variableType(name: string): string {
  if (/ip/.test(name)) return 'IP_ADDRESS';
  if (/email/.test(name)) return 'EMAIL_ADDRESS';
  if (/amount|price|total|count/.test(name)) return 'NUMERIC';
  return 'CATEGORICAL';
}

function dataValidation(error: TrainingError | undefined) {
  return {
    fileLevelMessages: error?.fileLevelMessages ?? [],
    fieldLevelMessages: error?.fieldLevelMessages ?? [],
  };
}

const TRAINED_STATUSES = new Set([
  'TRAINING_COMPLETE',
  'ACTIVATE_REQUESTED',
  'ACTIVATE_IN_PROGRESS',
  'ACTIVE',
  'INACTIVATE_REQUESTED',
  'INACTIVATE_IN_PROGRESS',
  'INACTIVE',
]);

/** trainingResult / trainingResultV2 members for a DescribeModelVersions detail (empty while training). */
export function trainingResults(version: ModelVersionRecord): Record<string, unknown> {
  if (version.status === 'ERROR') {
    const dvm = dataValidation(version.trainingError);
    return {
      trainingResult: { dataValidationMetrics: dvm },
      trainingResultV2: { dataValidationMetrics: dvm },
    };
  }
  if (!TRAINED_STATUSES.has(version.status)) return {};
  const dvm = dataValidation(undefined);
  const m = version.metrics;
  const variables = version.trainingDataSchema.modelVariables;
  if (version.modelType === 'ACCOUNT_TAKEOVER_INSIGHTS') {
    return {
      trainingResult: { dataValidationMetrics: dvm },
      trainingResultV2: {
        dataValidationMetrics: dvm,
        trainingMetricsV2: {
          ati: { metricDataPoints: atiPoints(m.asi ?? 0.9), modelPerformance: { asi: m.asi } },
        },
        aggregatedVariablesImportanceMetrics: {
          logOddsMetrics: [
            { variableNames: variables, aggregatedVariablesImportance: round(1.5, 4) },
          ],
        },
      },
    };
  }
  const auc = m.auc ?? 0.9;
  const points = rocPoints(auc);
  const importance = {
    logOddsMetrics: variables.map((variableName, i) => ({
      variableName,
      variableType: variableType(variableName),
      variableImportance: round(2 / (i + 1), 4),
    })),
  };
  const v2Key = version.modelType === 'TRANSACTION_FRAUD_INSIGHTS' ? 'tfi' : 'ofi';
  return {
    trainingResult: {
      dataValidationMetrics: dvm,
      trainingMetrics: { auc, metricDataPoints: points },
      variableImportanceMetrics: importance,
    },
    trainingResultV2: {
      dataValidationMetrics: dvm,
      trainingMetricsV2: {
        [v2Key]: {
          metricDataPoints: points,
          modelPerformance: {
            auc,
            uncertaintyRange: {
              lowerBoundValue: m.aucLower ?? auc,
              upperBoundValue: m.aucUpper ?? auc,
            },
          },
        },
      },
      variableImportanceMetrics: importance,
    },
  };
}
