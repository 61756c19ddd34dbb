// The plan of a proposal with rules as code: resolved versions in the proposal,
// the expression diff from AFD's old version to the repository's, the new plan
// JSON fields, and a fingerprint that pins content rather than predicted numbers.
import { describe, expect, it } from 'vitest';
import type { RuleDetail, TrainingMetrics } from '../../../src/domain/afd.js';
import type { RuleAsCode } from '../../../src/domain/request.js';
import { diffDetectorVersions } from '../../../src/planner/diff.js';
import { planFingerprint } from '../../../src/planner/fingerprint.js';
import { buildProposal } from '../../../src/planner/proposal.js';
import { resolveRulesAsCode } from '../../../src/planner/rule-versions.js';
import { request, version } from './fixtures.js';

const stored = (ruleId: string, ruleVersion: string, expression: string): RuleDetail => ({
  ruleId,
  ruleVersion,
  expression,
  outcomes: ['review'],
  language: 'DETECTORPL',
});
const code = (ruleId: string, expression: string, description?: string): RuleAsCode => ({
  ruleId,
  expression,
  outcomes: ['review'],
  ...(description !== undefined ? { description } : {}),
});

// The fixture base holds block_bad_ip@2, high_score@5, review_medium@1.
const AFD_RULES = [
  stored('block_bad_ip', '2', '$ip in @bad_ips'),
  stored('high_score', '5', '$score > 900'),
  stored('review_medium', '1', '$score > 500'),
];
const OUTCOMES = new Set(['review']);

function plan(specs: RuleAsCode[], afdRules = AFD_RULES) {
  const req = request({ rules: specs });
  const resolution = resolveRulesAsCode(specs, afdRules, OUTCOMES, [{ name: 'review' }]);
  const base = version();
  const proposal = buildProposal(base, req, undefined, { resolvedRules: resolution.rules });
  const known = afdRules.filter((r) =>
    base.rules.some((b) => b.ruleId === r.ruleId && b.ruleVersion === r.ruleVersion),
  );
  const diff = diffDetectorVersions(base, proposal, {
    rules: known,
    modelMetrics: new Map<string, TrainingMetrics>(),
    ruleResolution: resolution,
  });
  return {
    resolution,
    proposal,
    diff,
    fingerprint: planFingerprint(base, proposal, '', resolution.contents),
  };
}

const SAME = [
  code('block_bad_ip', '$ip in @bad_ips'),
  code('high_score', '$score > 900'),
  code('review_medium', '$score > 500'),
];

describe('plan with rules as code', () => {
  it('the config holding exactly the base version is no change and plans no writes', () => {
    const { diff } = plan(SAME);
    expect(diff.changed).toBe(false);
    expect(diff.ruleVersions).toEqual({ create: [], metadata: [] });
    expect(diff.outcomes).toEqual({ create: [] });
  });

  it('an edited expression is a version change with the expression diff and the version to create', () => {
    const { diff, proposal } = plan([SAME[0]!, code('high_score', '$score > 950'), SAME[2]!]);
    expect(proposal.rules[1]).toEqual({ ruleId: 'high_score', ruleVersion: '6' });
    expect(diff.changed).toBe(true);
    expect(diff.rules.changed).toEqual([
      {
        ruleId: 'high_score',
        from: '5',
        to: '6',
        expressionFrom: '$score > 900',
        expressionTo: '$score > 950',
      },
    ]);
    expect(diff.ruleVersions?.create).toEqual([
      expect.objectContaining({
        ruleId: 'high_score',
        operation: 'UpdateRuleVersion',
        fromVersion: '5',
        predictedVersion: '6',
      }),
    ]);
  });

  it('a description-only change keeps the detector version and plans UpdateRuleMetadata', () => {
    const { diff } = plan([SAME[0]!, code('high_score', '$score > 900', 'High'), SAME[2]!]);
    expect(diff.changed).toBe(false);
    expect(diff.ruleVersions?.metadata).toEqual([
      { ruleId: 'high_score', ruleVersion: '5', from: null, to: 'High' },
    ]);
  });

  it('the fingerprint pins the content of a version to create, not its predicted number', () => {
    const edited = [SAME[0]!, code('high_score', '$score > 950'), SAME[2]!];
    const before = plan(edited).fingerprint;
    // Someone made version 6 by hand meanwhile: the prediction becomes 7, the content is the same.
    const shifted = plan(edited, [...AFD_RULES, stored('high_score', '6', '$score > 1')]);
    expect(shifted.proposal.rules[1]?.ruleVersion).toBe('7');
    expect(shifted.fingerprint).toBe(before);
    // Other content: another fingerprint.
    expect(plan([SAME[0]!, code('high_score', '$score > 951'), SAME[2]!]).fingerprint).not.toBe(
      before,
    );
    // The PR's draft created it as version 6 already: reused now, same fingerprint.
    const created = plan(edited, [...AFD_RULES, stored('high_score', '6', '$score > 950')]);
    expect(created.resolution.creates).toEqual([]);
    expect(created.fingerprint).toBe(before);
  });
});
