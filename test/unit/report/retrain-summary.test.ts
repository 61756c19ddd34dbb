import { describe, expect, it } from 'vitest';
import { renderRetrainSummary } from '../../../src/report/retrain-summary.js';
import { newRetrainReport, type RetrainReport } from '../../../src/retrain/report.js';

const T0 = Date.parse('2026-11-20T10:00:00Z');

function report(overrides: Partial<RetrainReport> = {}): RetrainReport {
  return {
    ...newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        majorVersionNumber: '1',
        training: {
          kind: 'external',
          dataLocation: 's3://b/t|x.csv',
          dataAccessRoleArn: 'arn:aws:iam::123456789012:role/R',
        },
        activationRequested: true,
      },
      T0,
    ),
    modelVersionNumber: '1.03',
    trainedHere: true,
    timeline: [
      { status: 'TRAINING_IN_PROGRESS', at: T0 },
      { status: 'TRAINING_COMPLETE', at: T0 + 110 * 60_000 },
      { status: 'ACTIVE', at: T0 + 116 * 60_000 },
    ],
    finishedAt: T0 + 116 * 60_000,
    finalStatus: 'ACTIVE',
    polls: 31,
    metrics: { auc: 0.9412, aucLower: 0.93, aucUpper: 0.95 },
    previousActive: { modelVersionNumber: '1.02', metrics: { auc: 0.93 } },
    gates: [{ gate: 'min-auc', passed: true, detail: 'AUC 0.9412 ≥ min-auc 0.9' }],
    outcome: 'succeeded',
    ...overrides,
  };
}

describe('retrain job summary', () => {
  it('shows the version, a timeline with durations, metrics beside the ACTIVE version, gates and next steps', () => {
    const md = renderRetrainSummary(report(), 'https://github.com/o/r/actions/runs/1');
    expect(md).toContain('## ✅ Retrain succeeded: model `payments_model` `1.03`');
    expect(md).toContain('| `TRAINING_COMPLETE` | 2026-11-20T11:50:00Z | +1h 50m 00s | 6m 00s |');
    expect(md).toContain('| metric | 1.03 (new) | 1.02 (ACTIVE before) |');
    expect(md).toContain('| AUC | 0.941 | 0.930 |');
    expect(md).toContain('| AUC uncertainty range | 0.930–0.950 | — |');
    expect(md).toContain('| `min-auc` | ✅ passed |');
    expect(md).toContain('### Next steps');
    expect(md).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)');
    // A pipe in the data location must not split the table cell.
    expect(md).toContain('`s3://b/t\\|x.csv`');
  });

  it('gives no "lasted" figure for the status that is still current', () => {
    const md = renderRetrainSummary(report());
    expect(md).toContain('| `TRAINING_COMPLETE` | 2026-11-20T11:50:00Z | +1h 50m 00s | 6m 00s |');
    expect(md).toContain('| `ACTIVE` | 2026-11-20T11:56:00Z | +1h 56m 00s | current |');
  });

  it('shows ASI, not AUC, for account takeover models', () => {
    const md = renderRetrainSummary(
      report({
        modelType: 'ACCOUNT_TAKEOVER_INSIGHTS',
        metrics: { asi: 0.8123 },
        previousActive: undefined,
        gates: [],
      }),
    );
    expect(md).toContain('| ASI | 0.812 |');
    expect(md).not.toContain('AUC');
  });

  it('neutralises HTML and mentions in AFD data-validation messages', () => {
    const md = renderRetrainSummary(
      report({
        outcome: 'training-failed',
        finalStatus: 'ERROR',
        metrics: undefined,
        validationMessages: [
          { title: '<img src=x onerror=alert(1)>', content: 'ping @security-team', type: 'ERROR' },
        ],
      }),
    );
    expect(md).toContain('Training failed');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(^|[^&#\w])@security-team/);
  });

  it('tells a picked-up version apart from a new training', () => {
    const md = renderRetrainSummary(
      report({
        trainedHere: false,
        notes: ['Picked up version 1.03, which an earlier run started.'],
      }),
    );
    expect(md).toContain('| Version | **1.03** |');
    expect(md).toContain('> [!NOTE]');
  });
});

describe('renderRetrainSummary: failures', () => {
  it('quotes a multi-line error line by line, each line escaped', () => {
    const md = renderRetrainSummary(
      report({
        outcome: 'training-failed',
        finalStatus: 'ERROR',
        error:
          'Training of model payments_model version 1.03 ended in ERROR:\n  - EVENT_LABEL: Insufficient fraud events — need @team <b>400</b>\n  - EVENT_TIMESTAMP: bad format',
      }),
    );
    const quote = md.split('\n').filter((l) => l.startsWith('>'));
    expect(quote).toHaveLength(3);
    expect(quote[1]).toContain('EVENT\\_LABEL');
    expect(quote[1]).not.toContain('<b>');
    expect(quote[1]).toContain('@&#8203;team');
    expect(quote[2]).toContain('EVENT\\_TIMESTAMP');
  });

  it('links the run only when its URL is a plain http(s) URL', () => {
    expect(renderRetrainSummary(report(), 'https://github.com/o/r/actions/runs/1')).toContain(
      '[Workflow run](https://github.com/o/r/actions/runs/1)',
    );
    expect(renderRetrainSummary(report(), 'javascript:alert(1)')).not.toContain('Workflow run');
  });
});
