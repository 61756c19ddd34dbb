// Text from outside (AFD's error and data-validation messages, ids, statuses,
// version numbers, enums) in the sticky comment and the job summary: it may
// say anything, but no line of it can start a Markdown block (a heading, a
// list item, a rule, a table, a fence, an HTML block), and no raw value can
// open HTML (a second marker comment, <img onerror>, an unbalanced <details>).
import { describe, expect, it } from 'vitest';
import type { DetectorVersion } from '../../../src/domain/afd.js';
import type { ModelType, RuleExecutionMode } from '../../../src/domain/request.js';
import { newDetectorReport } from '../../../src/detector/report.js';
import { diffDetectorVersions } from '../../../src/planner/diff.js';
import { buildProposal } from '../../../src/planner/proposal.js';
import {
  renderDetectorFailureComment,
  renderDetectorPlan,
} from '../../../src/report/detector-comment.js';
import { renderDetectorOutcome } from '../../../src/report/detector-outcome.js';
import { escapeMarkdown, markdownId } from '../../../src/report/markdown.js';
import { renderRetrainSummary } from '../../../src/report/retrain-summary.js';
import { newRetrainReport } from '../../../src/retrain/report.js';
import { request, rules, version } from '../planner/fixtures.js';

/** The review's attack: a message that renders a fake all-clear heading and item. */
const FAKE_ALL_CLEAR =
  'Validation failed\n## 🟢 Fraud Detector plan · No changes\n- ✅ Matches the plan reviewed';

/** First characters (after a quote's `> `) that open a block in CommonMark/GFM. */
const BLOCK_START =
  /^(?: {4}|\t| {0,3}(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|<|`{3}|~{3}|\||=+\s*$|(?:-\s*){3,}$|(?:\*\s*){3,}$|(?:_\s*){3,}$))/;

const HOSTILE_LINES = [
  '# heading',
  '## 🟢 Fraud Detector plan · No changes',
  '- ✅ Matches the plan reviewed',
  '* item',
  '+ item',
  '1. item',
  '2) item',
  '---',
  '***',
  '___',
  '===',
  '| a | b |',
  '<details><summary>x</summary>',
  '<!-- fraud-detector-promote:detector=payments_detector fingerprint=0 -->',
  '```',
  '~~~',
  '> quote',
  '    indented code',
  '   # three spaces, then a heading',
  '  1. two spaces, then an item',
  '\t\ttabbed code',
];

describe('escapeMarkdown: a line of outside text can never open a block', () => {
  it.each(HOSTILE_LINES)('%j', (line) => {
    const out = escapeMarkdown(line);
    expect(out).not.toMatch(BLOCK_START);
    expect(out).not.toContain('<');
  });

  it('leaves ordinary text readable (a version number is not a list item)', () => {
    expect(escapeMarkdown('1.02 is ACTIVE')).toBe('1.02 is ACTIVE');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
  });
});

/** Quoted lines (`> …`) whose content would open a block inside the quote. */
function blockStartsInQuotes(md: string): string[] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('>') && !l.startsWith('> [!'))
    .map((l) => l.replace(/^> ?/, ''))
    .filter((l) => BLOCK_START.test(l));
}

describe('quoted AFD messages', () => {
  it('in the retrain summary: no line of the error starts a heading or a list item', () => {
    const report = newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        activationRequested: false,
      },
      0,
    );
    report.outcome = 'training-failed';
    report.error = [FAKE_ALL_CLEAR, ...HOSTILE_LINES].join('\n');
    const md = renderRetrainSummary(report);
    expect(blockStartsInQuotes(md)).toEqual([]);
    expect(md).not.toMatch(/^#+ 🟢/m);
    expect(md).not.toMatch(/^(> )?- ✅/m);
    expect(md).not.toMatch(/<(?!!--)/);
  });

  it('in the failure comment: the same', () => {
    const md = renderDetectorFailureComment({
      detectorId: 'payments_detector',
      mode: 'plan',
      status: 'FAILED',
      error: [FAKE_ALL_CLEAR, ...HOSTILE_LINES].join('\n'),
    });
    expect(blockStartsInQuotes(md)).toEqual([]);
    expect(md).not.toMatch(/^#+ 🟢/m);
    // Only the marker on the first line is a comment.
    expect(md.match(/<!--/g)).toHaveLength(1);
    expect(md.split('\n').slice(1).join('\n')).not.toContain('<');
  });

  it('data-validation messages and problems: one escaped line each, even when they start like a heading', () => {
    const heading = '## 🟢 Fraud Detector plan · No changes\n- ✅ Matches the plan reviewed';
    const report = newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        activationRequested: false,
      },
      0,
    );
    report.validationMessages = [
      { title: heading, content: heading, type: 'ERROR' },
      { content: heading },
    ];
    const summary = renderRetrainSummary(report);
    const detector = newDetectorReport('payments_detector', 'plan');
    detector.error = heading;
    detector.problems = [heading];
    detector.notes = [heading];
    for (const md of [summary, renderDetectorOutcome(detector)]) {
      expect(md).not.toMatch(/^#+ 🟢/m);
      expect(md).not.toMatch(/^- ✅/m);
      expect(md).not.toMatch(/^- (?:❌ )?(?:\*\*)?#/m);
    }
  });
});

const HTML_VALUES = [
  '<!-- fraud-detector-promote:detector=payments_detector fingerprint=00 -->',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<details open>',
];

function expectNoHtmlFromValues(md: string): void {
  expect(md).not.toContain('<img');
  expect(md).not.toContain('<!-- fraud-detector-promote:detector=payments_detector fingerprint=00');
  expect(md.match(/<details[\s>]/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
}

describe('raw values from AFD answers are escaped', () => {
  it.each(HTML_VALUES)('detector version ids in the outcome: %j', (value) => {
    const report = newDetectorReport('payments_detector', 'apply');
    report.action = 'created';
    report.detectorVersionId = value;
    report.promoted = true;
    report.previousActiveId = value;
    const md = renderDetectorOutcome(report);
    expect(md).not.toContain('<');
  });

  it.each(HTML_VALUES)('version numbers and statuses in the retrain summary: %j', (value) => {
    const report = newRetrainReport(
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        activationRequested: true,
      },
      0,
    );
    report.modelVersionNumber = value;
    report.finalStatus = value;
    report.metrics = { auc: 0.9 };
    report.previousActive = { modelVersionNumber: value, metrics: { auc: 0.8 } };
    for (const outcome of ['succeeded', 'gate-failed', 'timed-out'] as const) {
      report.outcome = outcome;
      // Code spans print their content literally: only the text outside them could be HTML.
      const md = renderRetrainSummary(report).replace(/(`+)[^`]*?\1/g, '');
      expect(md).not.toContain('<');
    }
  });

  it.each(HTML_VALUES)(
    'rule execution mode, model type and ids of the base version: %j',
    (value) => {
      const base: DetectorVersion = version({
        detectorVersionId: value,
        status: value,
        ruleExecutionMode: value as RuleExecutionMode,
        rules: rules('block_bad_ip@2'),
        modelVersions: [
          {
            modelId: 'payments_model',
            modelType: 'constructor' as ModelType,
            modelVersionNumber: value,
          },
        ],
      });
      const proposal = {
        ...buildProposal(base, request()),
        rules: rules('high_score@5'),
        ruleExecutionMode: 'ALL_MATCHED' as const,
        modelVersions: [],
      };
      const diff = diffDetectorVersions(base, proposal, { rules: [], modelMetrics: new Map() });
      for (const target of ['comment', 'summary'] as const) {
        const md = renderDetectorPlan(
          {
            diff,
            detectorId: 'payments_detector',
            mode: 'plan',
            status: value,
            baseVersionId: value,
            proposedVersionId: value,
            fingerprint: '0123',
          },
          target,
        );
        expectNoHtmlFromValues(md);
        expect(md).not.toContain('function Object');
      }
    },
  );

  it('markdownId prints AFD-shaped ids as they are', () => {
    expect(markdownId('1.02')).toBe('1.02');
    expect(markdownId('TRAINING_COMPLETE')).toBe('TRAINING_COMPLETE');
    expect(markdownId('_x')).toBe('\\_x');
  });
});
