import { describe, expect, it } from 'vitest';
import type { DetectorVersion, TrainingMetrics } from '../../../src/domain/afd.js';
import { diffDetectorVersions } from '../../../src/planner/diff.js';
import type { DetectorPlanDiff } from '../../../src/planner/plan-types.js';
import { buildProposal, type ProposedDetectorVersion } from '../../../src/planner/proposal.js';
import {
  COMMENT_LIMIT,
  detectorHeadline,
  renderDetectorFailureComment,
  renderDetectorPlan,
  SUMMARY_LIMIT_BYTES,
  type DetectorPlanReport,
} from '../../../src/report/detector-comment.js';
import { request, ruleDetail, rules, tfi, version } from '../planner/fixtures.js';
import { hasMarker } from '../../../src/github/sticky.js';
import { commentMarker, parseMarker } from '../../../src/report/comment-marker.js';
import { expectGolden } from './detector-golden.js';

const RUN = 'https://github.com/acme/risk/actions/runs/42';

function plan(
  base: DetectorVersion | undefined,
  overrides: Partial<ProposedDetectorVersion>,
  context: {
    rules?: ReturnType<typeof ruleDetail>[];
    metrics?: Array<[string, TrainingMetrics]>;
  } = {},
): DetectorPlanDiff {
  const proposal = { ...buildProposal(base, request()), ...overrides };
  return diffDetectorVersions(base, proposal, {
    rules: context.rules ?? [],
    modelMetrics: new Map(context.metrics ?? []),
  });
}

function report(
  diff: DetectorPlanDiff,
  overrides: Partial<DetectorPlanReport> = {},
): DetectorPlanReport {
  return {
    diff,
    detectorId: 'payments_detector',
    mode: 'plan',
    status: 'PLANNED',
    baseVersionId: diff.base.detectorVersionId ?? undefined,
    runUrl: RUN,
    fingerprint: '0123456789abcdef',
    ...overrides,
  };
}

/** Fences and <details> balanced, as GitHub needs them to render the rest. */
function expectBalanced(md: string): void {
  let fence: string | null = null;
  let depth = 0;
  for (const line of md.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (fence) {
      if (m?.[1] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
    } else if (m?.[1]) {
      fence = m[1];
    } else {
      depth +=
        (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
  }
  expect(fence).toBeNull();
  expect(depth).toBe(0);
}

const typical = (): DetectorPlanDiff =>
  plan(
    version(),
    {
      rules: rules('high_score@5', 'block_bad_ip@3', 'new_rule@1', 'velocity@1'),
      modelVersions: [tfi('payments_model', '1.03')],
    },
    {
      rules: [
        ruleDetail('block_bad_ip@2', '$ip in @bad_ips\nand $amount > 10'),
        ruleDetail('block_bad_ip@3', '$ip in @bad_ips\nand $amount > 5'),
        ruleDetail('new_rule@1', '$model_score > 900'),
        ruleDetail('velocity@1', '$count_1h > 20'),
        ruleDetail('review_medium@1', '$model_score > 500'),
      ],
      metrics: [
        ['payments_model@1.02', { auc: 0.912, aucLower: 0.905, aucUpper: 0.918 }],
        ['payments_model@1.03', { auc: 0.925, aucLower: 0.919, aucUpper: 0.931 }],
      ],
    },
  );

describe('detectorHeadline', () => {
  it('has the documented form', () => {
    const d = plan(version(), {
      rules: rules('block_bad_ip@3', 'high_score@5', 'review_medium@1', 'a@1', 'b@1'),
      modelVersions: [tfi('payments_model', '1.03')],
    });
    expect(detectorHeadline(d)).toBe('Rules +2 ~1 -0 · model payments_model 1.02 → 1.03');
  });

  it('lists only what changes: no rules, mode or description that stay the same', () => {
    const d = plan(version(), { modelVersions: [tfi('payments_model', '1.03')] });
    expect(detectorHeadline(d)).toBe('model payments_model 1.02 → 1.03');
  });

  it('leaves out a description the action generated from the commit, but not one the user set', () => {
    const d = plan(version(), {
      modelVersions: [tfi('payments_model', '1.03')],
      description: 'Fraud Detector Promote: acme/risk@abc1234',
      descriptionSource: 'default',
    });
    // DESIGN Part 2: a generated description is written but never diffed.
    expect(d.description).toBeNull();
    expect(detectorHeadline(d, true)).toBe('model payments_model 1.02 → 1.03');
    expect(detectorHeadline(d)).toBe('model payments_model 1.02 → 1.03');
    const set = plan(version(), { description: 'Tuned', descriptionSource: 'request' });
    expect(detectorHeadline(set)).toBe('description');
    const body = renderDetectorPlan(report(d, { generatedDescription: true }), 'comment');
    expect(body.split('\n')[3]).toBe('model payments_model 1.02 → 1.03');
  });

  it('lists the mode of a first version, which has no mode to change from', () => {
    const d = plan(undefined, { rules: rules('a@1') });
    expect(detectorHeadline(d)).toContain('mode FIRST_MATCHED');
  });

  it('adds moves, endpoints and a mode change', () => {
    const d = plan(version(), {
      rules: rules('high_score@5', 'block_bad_ip@2', 'review_medium@1'),
      externalModelEndpoints: ['ep'],
      ruleExecutionMode: 'ALL_MATCHED',
    });
    expect(detectorHeadline(d)).toBe(
      'Rules +0 ~0 -0 ↕1 · endpoints +1 -0 · mode FIRST_MATCHED → ALL_MATCHED',
    );
  });

  it('says No changes when nothing differs', () => {
    expect(detectorHeadline(plan(version(), {}))).toBe('No changes');
  });
});

describe('marker', () => {
  it('is the first line of the comment and parses back', () => {
    const body = renderDetectorPlan(report(typical()), 'comment');
    expect(body.split('\n')[0]).toBe(
      '<!-- fraud-detector-promote:detector=payments_detector fingerprint=0123456789abcdef -->',
    );
    expect(body.startsWith(commentMarker('payments_detector'))).toBe(true);
    expect(parseMarker(body)).toEqual({
      detectorId: 'payments_detector',
      fingerprint: '0123456789abcdef',
    });
  });

  it('carries the region, so one detector planned in two regions has two comments', () => {
    const body = renderDetectorPlan(report(typical(), { region: 'eu-west-1' }), 'comment');
    expect(body.split('\n')[0]).toBe(
      '<!-- fraud-detector-promote:detector=payments_detector region=eu-west-1 fingerprint=0123456789abcdef -->',
    );
    expect(parseMarker(body)).toEqual({
      detectorId: 'payments_detector',
      region: 'eu-west-1',
      fingerprint: '0123456789abcdef',
    });
    expect(hasMarker(body, commentMarker('payments_detector', 'eu-west-1'))).toBe(true);
    expect(hasMarker(body, commentMarker('payments_detector', 'us-east-1'))).toBe(false);
  });

  it("one detector's prefix never matches another's", () => {
    const body = renderDetectorPlan(report(typical(), { detectorId: 'payments_v2' }), 'comment');
    expect(body.startsWith(commentMarker('payments'))).toBe(false);
  });

  it('is not trusted anywhere but on the first line, and not in the summary', () => {
    expect(
      parseMarker('hello\n<!-- fraud-detector-promote:detector=x fingerprint=ab -->'),
    ).toBeUndefined();
    expect(renderDetectorPlan(report(typical()), 'summary')).not.toContain('<!--');
  });
});

describe('a run that stopped', () => {
  it.each([
    ['FAILED', '❌', 'The run failed'],
    ['CANCELLED', '⏹️', 'The run was cancelled'],
  ])('%s: says so in the title and never claims it applied', (status, emoji, note) => {
    const body = renderDetectorPlan(report(typical(), { mode: 'apply', status }), 'summary');
    expect(body.split('\n')[0]).toBe(
      `### ${emoji} Fraud Detector apply · payments_detector · ${status}`,
    );
    expect(body).toContain(note);
    expect(body).not.toContain('Applied to Amazon Fraud Detector');
  });
});

describe('renderDetectorFailureComment', () => {
  it('keeps the marker (with no fingerprint), names the commit and quotes the error escaped', () => {
    const body = renderDetectorFailureComment({
      detectorId: 'payments_detector',
      mode: 'plan',
      status: 'FAILED',
      error: 'AWS denied <b>GetDetectorVersion</b>\nask @ops',
      commit: 'abc1234',
      runUrl: 'https://github.com/o/r/actions/runs/9',
    });
    expect(body.startsWith(commentMarker('payments_detector'))).toBe(true);
    expect(parseMarker(body)).toEqual({ detectorId: 'payments_detector', fingerprint: '' });
    expect(body).toContain('commit `abc1234`');
    expect(body).toContain('> AWS denied &lt;b&gt;GetDetectorVersion&lt;/b&gt;');
    expect(body).toContain('> ask @&#8203;ops');
    expect(body).toContain('[Workflow run](https://github.com/o/r/actions/runs/9)');
  });
});

describe('renderDetectorPlan goldens', () => {
  it('typical change: comment and summary', () => {
    const r = report(typical());
    expectGolden('detector-typical.comment.md', renderDetectorPlan(r, 'comment'));
    expectGolden('detector-typical.summary.md', renderDetectorPlan(r, 'summary'));
  });

  it('no changes', () => {
    expectGolden(
      'detector-no-changes.comment.md',
      renderDetectorPlan(report(plan(version(), {})), 'comment'),
    );
  });

  it('first version of a detector with an ATI model', () => {
    const d = plan(
      undefined,
      {
        rules: rules('ato_high@1'),
        modelVersions: [
          {
            modelId: 'login_model',
            modelType: 'ACCOUNT_TAKEOVER_INSIGHTS',
            modelVersionNumber: '1.0',
          },
        ],
        description: 'First version',
        descriptionSource: 'request',
      },
      {
        rules: [ruleDetail('ato_high@1', '$login_model_insightscore > 900')],
        metrics: [['login_model@1.0', { asi: 0.87 }]],
      },
    );
    expectGolden(
      'detector-first-version.comment.md',
      renderDetectorPlan(
        report(d, { mode: 'draft', status: 'DRAFT', proposedVersionId: '1' }),
        'comment',
      ),
    );
  });

  it('risky apply: mode change, removed rule and model, rollback, stale review', () => {
    const d = plan(
      version({
        modelVersions: [tfi('payments_model', '1.10'), tfi('old_model', '2.0')],
        externalModelEndpoints: ['old-ep'],
      }),
      {
        rules: rules('block_bad_ip@2', 'high_score@5'),
        ruleExecutionMode: 'ALL_MATCHED',
        modelVersions: [tfi('payments_model', '1.9')],
        externalModelEndpoints: ['new-ep'],
        description: 'Rollback after incident',
        descriptionSource: 'request',
      },
    );
    expectGolden(
      'detector-risky.comment.md',
      renderDetectorPlan(
        report(d, {
          mode: 'apply',
          status: 'ACTIVE',
          proposedVersionId: '4',
          reviewedFingerprint: 'ffffffffffffffff',
        }),
        'comment',
      ),
    );
  });
});

describe('size budgets', () => {
  // 3000 changed rules with 2 KB expressions each: about 12 MB of diff.
  const huge = (): DetectorPlanDiff => {
    const ids = Array.from({ length: 3000 }, (_, i) => `rule_${i}`);
    const expr = (id: string, v: number): string =>
      Array.from(
        { length: 40 },
        (_, l) => `$${id}_var_${l} > ${v * 1000 + l} and $x == "${'y'.repeat(20)}"`,
      ).join('\n');
    return plan(
      version({ rules: rules(...ids.map((id) => `${id}@1`)) }),
      { rules: rules(...ids.map((id) => `${id}@2`)) },
      {
        rules: ids.flatMap((id) => [
          ruleDetail(`${id}@1`, expr(id, 1)),
          ruleDetail(`${id}@2`, expr(id, 2)),
        ]),
      },
    );
  };

  it('a huge comment is cut under 60,000 chars on a line boundary, balanced, with the marker and a pointer', () => {
    const d = huge();
    const full = renderDetectorPlan(report(d), 'summary');
    const body = renderDetectorPlan(report(d), 'comment');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 5_000);
    expect(parseMarker(body)?.fingerprint).toBe('0123456789abcdef');
    expect(body).toContain(`full diff is in the [job summary](${RUN})`);
    expectBalanced(body);
    // Cut on a line boundary: the line before the inserted closing is a whole summary line.
    const lines = body.split('\n');
    const cutAt = lines.findIndex(
      (l, i) => i > 0 && /^`{3,}$/.test(l) && !/^[-+ ]/.test(lines[i - 1] ?? 'x'),
    );
    expect(cutAt).toBe(-1);
    expect(full).toContain(lines[lines.length - 8] ?? 'missing');
    // Warnings, headline and tables come first, so they survive the cut.
    expect(body).toContain('Rules +0 ~3000 -0');
  });

  it('a cut through the expression diffs closes the open fence and <details>', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `rule_${i}`);
    const expr = (v: number): string =>
      Array.from({ length: 120 }, (_, l) => `$amount_${l} > ${v * 1000 + l}`).join('\n');
    const d = plan(
      version({ rules: rules(...ids.map((id) => `${id}@1`)) }),
      { rules: rules(...ids.map((id) => `${id}@2`)) },
      {
        rules: ids.flatMap((id) => [
          ruleDetail(`${id}@1`, expr(1)),
          ruleDetail(`${id}@2`, expr(2)),
        ]),
      },
    );
    const body = renderDetectorPlan(report(d), 'comment');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/\n[-+ ]\$amount_\d+ > \d+\n```\n\n<\/details>\n\n> \[!NOTE\]\n/);
    expectBalanced(body);
  });

  it('the summary stays under 1 MiB and carries far more than the comment', () => {
    const d = huge();
    const summary = renderDetectorPlan(report(d), 'summary');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary.length).toBeGreaterThan(900_000);
    expect(summary).toContain('1 MiB');
    expectBalanced(summary);
  });

  it('a comment over budget first drops unchanged rule rows before cutting anything', () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `rule_number_${i}@1`);
    const d = plan(version({ rules: rules(...ids) }), {
      rules: rules(...ids.slice(1), 'rule_number_0@2'),
    });
    const body = renderDetectorPlan(report(d), 'comment');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('1499 unchanged rules are not shown');
    expect(body).not.toContain("cut to fit GitHub's size limit");
  });
});

describe('escaping of AFD and repo text', () => {
  const hostile = (): DetectorPlanDiff =>
    plan(
      version(),
      {
        rules: rules('block_bad_ip@3', 'high_score@5', 'review_medium@1'),
        description: '<script>alert(1)</script> cc @org/team [x](javascript:alert(1)) a|b',
        descriptionSource: 'request',
      },
      {
        rules: [
          ruleDetail('block_bad_ip@2', 'a | b\n```\n</details>\n@octocat'),
          ruleDetail('block_bad_ip@3', '````` <img src=x onerror=alert(1)>'),
        ],
      },
    );

  it('no raw HTML, no notifying mentions, no live links, balanced fences', () => {
    for (const target of ['comment', 'summary'] as const) {
      const md = renderDetectorPlan(report(hostile()), target);
      expectBalanced(md);
      // Outside fenced blocks nothing hostile survives.
      const outside = md.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
      expect(outside).not.toContain('<script');
      expect(outside).not.toContain('<img');
      expect(outside).not.toMatch(/@[a-z]/);
      expect(outside).not.toContain('](javascript:');
      expect(outside).not.toMatch(/[^\\]\|b/);
      // Inside the diff block the expression is kept verbatim, fenced by a longer run.
      expect(md).toContain(
        '``````diff\n-a | b\n-```\n-</details>\n-@octocat\n+````` <img src=x onerror=alert(1)>\n``````',
      );
    }
  });
});

describe('reading the comment', () => {
  it('says a rule going back to an older version is rolled back, as for models', () => {
    const d = plan(
      version(),
      { rules: rules('block_bad_ip@1', 'high_score@5', 'review_medium@1') },
      { rules: [ruleDetail('block_bad_ip@2', '$a > 1'), ruleDetail('block_bad_ip@1', '$a > 2')] },
    );
    const body = renderDetectorPlan(report(d), 'comment');
    expect(body).toContain('| ⏪ version 2 → 1, rolled back |');
    expect(body).toContain('> - Rule `block_bad_ip` goes back from version 2 to 1.');
    expect(body).toContain('<summary>block_bad_ip: version 2 → 1 (rolled back)</summary>');
    expect(body).not.toContain('🔄');
  });

  it('explains each emoji it uses once, in one legend, and no emoji it does not use', () => {
    const body = renderDetectorPlan(report(typical()), 'comment');
    const legend = body.split('\n').filter((l) => l.startsWith('<sub>'));
    expect(legend).toHaveLength(1);
    expect(legend[0]).toContain('🔴 a change to review with care (see the warning)');
    expect(legend[0]).toContain('➕ added · ➖ removed · 🔄 newer version');
    expect(legend[0]).toContain('↕ moved in the evaluation order');
    expect(legend[0]).not.toContain('⏪');
    expect(legend[0]).not.toContain('🟢');
  });

  it('prints AUC with three decimals everywhere in the comment', () => {
    const d = plan(
      version(),
      { modelVersions: [tfi('payments_model', '1.03')] },
      {
        metrics: [
          ['payments_model@1.02', { auc: 0.93, aucLower: 0.9221, aucUpper: 0.94 }],
          ['payments_model@1.03', { auc: 0.94123, aucLower: 0.93, aucUpper: 0.95 }],
        ],
      },
    );
    const body = renderDetectorPlan(report(d), 'comment');
    expect(body).toContain(
      '| AUC 0.930 (0.922–0.940) | AUC 0.941 (0.930–0.950) | 🔄 upgrade, AUC +0.011 |',
    );
  });
});
