// The comment of a plan with rules as code: the rule versions to create, the
// description updates and the outcomes, and "new version" on the changed rule.
import { describe, expect, it } from 'vitest';
import type { TrainingMetrics } from '../../../src/domain/afd.js';
import { diffDetectorVersions } from '../../../src/planner/diff.js';
import { buildProposal } from '../../../src/planner/proposal.js';
import { resolveRulesAsCode } from '../../../src/planner/rule-versions.js';
import { renderDetectorPlan } from '../../../src/report/detector-comment.js';
import { request, version } from '../planner/fixtures.js';

const AFD = [
  { ruleId: 'block_bad_ip', ruleVersion: '2', expression: '$ip in @bad_ips', outcomes: ['block'] },
  { ruleId: 'high_score', ruleVersion: '5', expression: '$score > 900', outcomes: ['review'] },
  { ruleId: 'review_medium', ruleVersion: '1', expression: '$score > 500', outcomes: ['review'] },
];

function render(specs: Parameters<typeof resolveRulesAsCode>[0], declared = [{ name: 'review' }]) {
  const resolution = resolveRulesAsCode(specs, AFD, new Set(['review', 'block']), declared);
  const base = version();
  const proposal = buildProposal(base, request({ rules: [...specs] }), undefined, {
    resolvedRules: resolution.rules,
  });
  const diff = diffDetectorVersions(base, proposal, {
    rules: AFD,
    modelMetrics: new Map<string, TrainingMetrics>(),
    ruleResolution: resolution,
  });
  return renderDetectorPlan(
    { diff, detectorId: 'payments_detector', mode: 'plan', status: 'PLANNED', fingerprint: 'abc' },
    'comment',
  );
}

describe('comment: rules as code', () => {
  it('shows an edited expression as a new version, with its expression diff', () => {
    const body = render([
      { ruleId: 'block_bad_ip', expression: '$ip in @bad_ips', outcomes: ['block'] },
      { ruleId: 'high_score', expression: '$score > 950', outcomes: ['review'] },
      { ruleId: 'review_medium', expression: '$score > 500', outcomes: ['review'] },
    ]);
    expect(body).toContain('🔄 version 5 → 6, 🆕 new version');
    expect(body).toContain('high_score: version 5 → 6 (new version)');
    expect(body).toContain('-$score > 900');
    expect(body).toContain('+$score > 950');
    expect(body).toContain('new version 6 (UpdateRuleVersion from version 5)');
  });

  it('lists a new rule, a description update and a new outcome', () => {
    const body = render(
      [
        {
          ruleId: 'block_bad_ip',
          expression: '$ip in @bad_ips',
          outcomes: ['block'],
          description: 'Bad IPs',
        },
        { ruleId: 'brand_new', expression: '$amount > 10', outcomes: ['escalate'] },
      ],
      [{ name: 'escalate', description: 'To *risk*' }] as { name: string; description?: string }[],
    );
    expect(body).toContain('new version 1 (CreateRule, a new rule)');
    expect(body).toContain('description _(none)_ → Bad IPs (UpdateRuleMetadata)');
    expect(body).toContain('outcome `escalate` (PutOutcome): To \\*risk\\*');
  });

  it('shows a description-only update even when the detector version does not change', () => {
    const body = render([
      { ruleId: 'block_bad_ip', expression: '$ip in @bad_ips', outcomes: ['block'] },
      {
        ruleId: 'high_score',
        expression: '$score > 900',
        outcomes: ['review'],
        description: 'High',
      },
      { ruleId: 'review_medium', expression: '$score > 500', outcomes: ['review'] },
    ]);
    expect(body).toContain('no detector version is created');
    expect(body).toContain('description _(none)_ → High (UpdateRuleMetadata)');
  });
});
