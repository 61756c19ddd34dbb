// DescribeModelVersions' training curve reaches the domain (for the operating
// point), sorted by threshold, with malformed points dropped.
import type { ModelVersionDetail } from '@aws-sdk/client-frauddetector';
import { describe, expect, it } from 'vitest';
import { toModelVersionDetail } from '../../../src/afd/gateway.js';

// The first points of a recorded AFD answer (aws-samples/amazon-fraud-detector-end-to-end,
// 3-afd-model-train-deploy.ipynb): trainingResult.trainingMetrics only, no V2.
const recorded: ModelVersionDetail = {
  trainingResult: {
    trainingMetrics: {
      metricDataPoints: [
        { fpr: 1.0, precision: 0.050471, tpr: 1.0, threshold: 0.0 },
        { fpr: 0.885264, precision: 0.056307, tpr: 0.993721, threshold: 5.0 },
      ],
    },
  },
};

describe('toModelVersionDetail metric points', () => {
  it('keeps trainingMetrics.metricDataPoints of a recorded AFD answer', () => {
    const detail = toModelVersionDetail(recorded);
    expect(detail.metrics.points?.slice(0, 2)).toEqual([
      { fpr: 1, precision: 0.050471, tpr: 1, threshold: 0 },
      { fpr: 0.885264, precision: 0.056307, tpr: 0.993721, threshold: 5 },
    ]);
  });

  it('prefers trainingMetricsV2, sorts by threshold and drops incomplete points', () => {
    const detail = toModelVersionDetail({
      modelId: 'm',
      modelType: 'ONLINE_FRAUD_INSIGHTS',
      modelVersionNumber: '1.0',
      trainingResultV2: {
        trainingMetricsV2: {
          ofi: {
            metricDataPoints: [
              { fpr: 0.1, tpr: 0.5, precision: 0.4, threshold: 900 },
              { fpr: 0.5, tpr: 0.9, threshold: 100 },
              { fpr: 0.3, tpr: 0.7, precision: 0.2, threshold: 500 },
            ],
          },
        },
      },
    });
    expect(detail.metrics.points?.map((p) => p.threshold)).toEqual([500, 900]);
  });
});
