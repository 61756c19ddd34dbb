// The one PR comment of a run of many detectors: a section per detector, the
// size limit shared, every detector named even when its section is cut or left
// out, and one plan fingerprint per detector in the marker.
import { describe, expect, it } from 'vitest';
import { hasMarker } from '../../../src/github/sticky.js';
import { diffDetectorVersions } from '../../../src/planner/diff.js';
import type { DetectorPlanDiff } from '../../../src/planner/plan-types.js';
import { buildProposal } from '../../../src/planner/proposal.js';
import {
  commentMarker,
  detectorsMarker,
  parseDetectorsMarker,
  parseMarker,
} from '../../../src/report/comment-marker.js';
import {
  COMMENT_LIMIT,
  renderDetectorPlan,
  type DetectorPlanReport,
} from '../../../src/report/detector-comment.js';
import {
  equalShare,
  renderDetectorsComment,
  type DetectorCommentSection,
} from '../../../src/report/detectors-comment.js';
import { request, ruleDetail, rules, version } from '../planner/fixtures.js';

const RUN = 'https://github.com/acme/risk/actions/runs/42';

function diff(ruleCount: number, expressionLines = 0): DetectorPlanDiff {
  const ids = Array.from({ length: ruleCount }, (_, i) => `rule_${i}`);
  const expr = (id: string, v: number): string =>
    Array.from({ length: expressionLines }, (_, l) => `$${id}_v_${l} > ${v * 1000 + l}`).join('\n');
  const base = version({ rules: rules(...ids.map((id) => `${id}@1`)) });
  const proposal = {
    ...buildProposal(base, request()),
    rules: rules(...ids.map((id) => `${id}@2`)),
  };
  return diffDetectorVersions(base, proposal, {
    rules: ids.flatMap((id) => [
      ruleDetail(`${id}@1`, expr(id, 1)),
      ruleDetail(`${id}@2`, expr(id, 2)),
    ]),
    modelMetrics: new Map(),
  });
}

function planSection(
  detectorId: string,
  d: DetectorPlanDiff,
  fingerprint: string,
): DetectorCommentSection {
  const plan: DetectorPlanReport = {
    diff: d,
    detectorId,
    mode: 'plan',
    status: 'PLANNED',
    runUrl: RUN,
    region: 'us-east-1',
    fingerprint,
  };
  return { kind: 'plan', plan, problems: '' };
}

const failed: DetectorCommentSection = {
  kind: 'failed',
  failure: {
    detectorId: 'login_detector',
    mode: 'plan',
    status: 'FAILED',
    error: 'Detector login_detector does not exist.',
    runUrl: RUN,
    region: 'us-east-1',
  },
};

const render = (sections: DetectorCommentSection[]): string =>
  renderDetectorsComment({
    mode: 'plan',
    region: 'us-east-1',
    commit: 'abc1234',
    runUrl: RUN,
    sections,
    modelSection: '',
  });

describe('renderDetectorsComment', () => {
  it('has a section per detector, each with its own headline, and an overview naming all', () => {
    const body = render([
      planSection('payments_detector', diff(2), 'aaaaaaaaaaaaaaaa'),
      planSection('signup_detector', diff(1), 'bbbbbbbbbbbbbbbb'),
      failed,
    ]);
    expect(body).toMatch(/^## Fraud Detector plan · 3 detectors · us-east-1$/m);
    expect(body).toMatch(/^- 🟡 `payments_detector` · PLANNED · Rules \+0 ~2 -0$/m);
    expect(body).toMatch(/^- 🟡 `signup_detector` · PLANNED · Rules \+0 ~1 -0$/m);
    expect(body).toMatch(/^- ❌ `login_detector` · FAILED · no plan$/m);
    expect(body).toMatch(
      /^### 🟡 Fraud Detector plan · payments_detector · PLANNED\n\nRules \+0 ~2 -0$/m,
    );
    expect(body).toMatch(
      /^### 🟡 Fraud Detector plan · signup_detector · PLANNED\n\nRules \+0 ~1 -0$/m,
    );
    expect(body).toMatch(/^### ❌ Fraud Detector plan · login_detector · FAILED$/m);
    // A separator never turns the line above it into a heading.
    expect(body).not.toMatch(/[^\n]\n---\n/);
  });

  it('its marker carries one plan fingerprint per detector, and is not a single-detector marker', () => {
    const body = render([
      planSection('payments_detector', diff(2), 'aaaaaaaaaaaaaaaa'),
      planSection('signup_detector', diff(1), 'bbbbbbbbbbbbbbbb'),
      failed,
    ]);
    expect(hasMarker(body, detectorsMarker('us-east-1'))).toBe(true);
    expect(hasMarker(body, detectorsMarker('eu-west-1'))).toBe(false);
    expect(hasMarker(body, commentMarker('payments_detector', 'us-east-1'))).toBe(false);
    expect(parseMarker(body)).toBeUndefined();
    const marker = parseDetectorsMarker(body);
    expect(marker?.region).toBe('us-east-1');
    expect([...marker!.fingerprints]).toEqual([
      ['payments_detector', 'aaaaaaaaaaaaaaaa'],
      ['signup_detector', 'bbbbbbbbbbbbbbbb'],
      // No plan, no fingerprint: a merge never takes it for a reviewed plan.
      ['login_detector', ''],
    ]);
  });

  it('shares the size limit: a huge section is cut, still named, with a pointer; the small ones stay whole', () => {
    const small = planSection('signup_detector', diff(1), 'bbbbbbbbbbbbbbbb');
    const smallAlone = renderDetectorPlan((small as { plan: DetectorPlanReport }).plan, 'comment');
    const body = render([
      planSection('payments_detector', diff(3000, 8), 'aaaaaaaaaaaaaaaa'),
      small,
    ]);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/^### 🟡 Fraud Detector plan · payments_detector · PLANNED$/m);
    expect(body).toContain(
      `This detector's section was cut to fit GitHub's size limit; the full diff is in the [job summary](${RUN}).`,
    );
    // The small section is whole (its body is the single-detector comment without the marker).
    expect(body).toContain(smallAlone.slice(smallAlone.indexOf('\n') + 1));
    expect(parseDetectorsMarker(body)?.fingerprints.size).toBe(2);
  });

  it('leaves out sections that cannot get a useful share, naming each detector and where its plan is', () => {
    const sections = Array.from({ length: 60 }, (_, i) =>
      planSection(`detector_${i}`, diff(300, 2), i.toString(16).padStart(16, '0')),
    );
    const body = render(sections);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (let i = 0; i < 60; i++) {
      expect(body).toMatch(
        new RegExp(`^- 🟡 \`detector_${i}\` · PLANNED · Rules \\+0 ~300 -0$`, 'm'),
      );
      expect(body).toMatch(
        new RegExp(`^### 🟡 Fraud Detector plan · detector_${i} · PLANNED$`, 'm'),
      );
    }
    expect(body).toContain(
      `This detector's section was left out to fit GitHub's size limit; its plan is in the [job summary](${RUN}).`,
    );
    expect(parseDetectorsMarker(body)?.fingerprints.size).toBe(60);
  });
});

describe('equalShare', () => {
  it('gives the small sections their size and splits the rest equally', () => {
    expect(equalShare([10, 20, 30], 100)).toBe(Number.POSITIVE_INFINITY);
    expect(equalShare([10, 100, 100], 110)).toBe(50);
    expect(equalShare([100, 100], 50)).toBe(25);
  });
});
