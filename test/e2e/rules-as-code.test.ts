// Rules as code end to end: dist/index.js with a config file whose rules hold
// their expressions, against the AFD emulator and a loopback GitHub API. A PR
// shows the expression diff; the merge creates the rule version once and
// promotes; a lost answer and a re-run never make a second rule version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import { pullRequestRun, runAgainst, startScaledEmulator, writeCalls } from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eTestToken000000000000000000000002';
const PR = 7;
const CONFIG_PATH = 'fraud-detector/payments_detector.yml';

/** The ACTIVE version 2 of the seeded detector, as code; `highScore` is high_model_score's file. */
function workspace(highScore: string): Record<string, string> {
  return {
    [CONFIG_PATH]: `detector:
  detectorId: ${DETECTOR}
  ruleExecutionMode: FIRST_MATCHED
  outcomes:
    - { name: review, description: Send to manual review }
  rules:
    - ruleId: block_known_bad_ip
      expression: $ip_address == "203.0.113.7" or $ip_address == "198.51.100.23"
      outcomes: [block]
    - ruleId: high_model_score
      expressionFile: rules/high_model_score.dpl
      outcomes: [block]
    - ruleId: review_medium_score
      expression: $payments_model_insightscore > 700 and $payments_model_insightscore <= 900
      outcomes: [review]
    - { ruleId: approve_default, ruleVersion: "1" }
`,
    'fraud-detector/rules/high_model_score.dpl': highScore,
  };
}
const EDITED = '$payments_model_insightscore > 880\r\n';

let emu: Emulator;
let gh: GitHubApi;
beforeEach(async () => {
  emu = await startScaledEmulator();
  gh = await startGitHubApi({ token: TOKEN });
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh.close();
});

function rulesOf(ruleId: string) {
  return emu
    .snapshot()
    .rules.filter((r) => r.detectorId === DETECTOR && r.ruleId === ruleId)
    .map((r) => r.ruleVersion);
}

function ruleTags(ruleId: string, version: string): Record<string, string> {
  const tags = emu.snapshot().tags;
  const key = Object.keys(tags).find((k) => k.endsWith(`rule/${DETECTOR}/${ruleId}/${version}`));
  return Object.fromEntries((key ? tags[key]! : []).map((t) => [t.key, t.value]));
}

const pullRequest = () =>
  pullRequestRun(PR, gh.url, { head: 'a'.repeat(40), merge: '1'.repeat(40) });

function merge(runId: string) {
  const payload = webhookExample('push') as { repository: { default_branch: string } };
  const branch = payload.repository.default_branch;
  return {
    eventName: 'push',
    payload,
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REF: `refs/heads/${branch}`,
      GITHUB_REF_NAME: branch,
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_RUN_ID: runId,
    },
  };
}

const applyInputs = { config: CONFIG_PATH, promote: 'true', 'github-token': TOKEN };

describe('rules as code', () => {
  it('a config equal to the ACTIVE version plans no change', async () => {
    const run = await runAgainst(emu, {
      ...pullRequest(),
      workspaceFiles: workspace('$payments_model_insightscore > 900\n'),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error|::warning/);
    expect(run.outputs).toMatchObject({ changed: 'false', detectorVersionId: '2' });
    const plan = JSON.parse(run.outputs.plan!) as { ruleVersions: unknown };
    expect(plan.ruleVersions).toEqual({ create: [], metadata: [] });
    expect(writeCalls(emu)).toEqual([]);
  });

  it('a PR that edits an expression shows the expression diff and "new version", and writes nothing', async () => {
    const run = await runAgainst(emu, {
      ...pullRequest(),
      workspaceFiles: workspace(EDITED),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', detectorVersionStatus: 'PLANNED' });
    const plan = JSON.parse(run.outputs.plan!) as {
      rules: { changed: unknown[] };
      ruleVersions: { create: unknown[] };
      proposal: { rules: unknown[] };
    };
    expect(plan.rules.changed).toEqual([
      {
        ruleId: 'high_model_score',
        from: '5',
        to: '6',
        expressionFrom: '$payments_model_insightscore > 900',
        expressionTo: '$payments_model_insightscore > 880',
      },
    ]);
    expect(plan.ruleVersions.create).toEqual([
      expect.objectContaining({
        ruleId: 'high_model_score',
        operation: 'UpdateRuleVersion',
        fromVersion: '5',
        predictedVersion: '6',
        outcomes: ['block'],
      }),
    ]);
    expect(writeCalls(emu)).toEqual([]);
    const body = gh.state.comments.get(PR)![0]!.body;
    expect(body).toContain('high_model_score: version 5 → 6 (new version)');
    expect(body).toContain('🆕 new version');
    expect(body).toContain('-$payments_model_insightscore > 900');
    expect(body).toContain('+$payments_model_insightscore > 880');
  });

  it('the merge creates the rule version once, with provenance and content tags, and promotes; a re-run writes nothing', async () => {
    const run = await runAgainst(emu, {
      ...merge('9100'),
      workspaceFiles: workspace(EDITED),
      inputs: applyInputs,
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      changed: 'true',
      detectorVersionId: '4',
      detectorVersionStatus: 'ACTIVE',
    });
    expect(writeCalls(emu).filter((op) => !op.startsWith('TagResource'))).toEqual([
      'UpdateRuleVersion',
      'CreateDetectorVersion',
      'UpdateDetectorVersionStatus',
    ]);
    expect(rulesOf('high_model_score')).toContain('6');
    const snap = emu.snapshot();
    const v6 = snap.rules.find((r) => r.ruleId === 'high_model_score' && r.ruleVersion === '6')!;
    expect(v6.expression).toBe('$payments_model_insightscore > 880');
    expect(v6.outcomes).toEqual(['block']);
    const tags = ruleTags('high_model_score', '6');
    expect(tags).toMatchObject({ 'fdp:repository': 'octo-org/fraud-rules', 'fdp:run-id': '9100' });
    expect(tags['fdp:content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const v4 = snap.detectorVersions.find(
      (v) => v.detectorId === DETECTOR && v.detectorVersionId === '4',
    )!;
    expect(v4.status).toBe('ACTIVE');
    expect(v4.rules.map((r) => `${r.ruleId}@${r.ruleVersion}`)).toEqual([
      'block_known_bad_ip@2',
      'high_model_score@6',
      'review_medium_score@1',
      'approve_default@1',
    ]);

    // A re-run of the same job, and a later run of the same commit: nothing is written.
    for (const runId of ['9100', '9101']) {
      emu.calls.length = 0;
      const again = await runAgainst(emu, {
        ...merge(runId),
        workspaceFiles: workspace(EDITED),
        inputs: applyInputs,
      });
      expect(again.exitCode).toBe(0);
      expect(again.outputs).toMatchObject({
        detectorVersionId: '4',
        detectorVersionStatus: 'ACTIVE',
      });
      expect(writeCalls(emu)).toEqual([]);
    }
    expect(rulesOf('high_model_score')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('a lost answer to UpdateRuleVersion is found again by content, not written twice', async () => {
    emu.faults.set([{ operation: 'UpdateRuleVersion', kind: 'lost-response', count: 1 }]);
    const run = await runAgainst(emu, {
      ...merge('9200'),
      workspaceFiles: workspace(EDITED),
      inputs: applyInputs,
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu).filter((op) => op === 'UpdateRuleVersion')).toHaveLength(1);
    expect(rulesOf('high_model_score')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(run.stdout).toMatch(/rule high_model_score version 6 has this content; carrying on/);
    const v4 = emu
      .snapshot()
      .detectorVersions.find((v) => v.detectorId === DETECTOR && v.detectorVersionId === '4')!;
    expect(v4.rules.find((r) => r.ruleId === 'high_model_score')?.ruleVersion).toBe('6');
    expect(v4.status).toBe('ACTIVE');
  });

  it('an outcome a rule uses that neither exists nor is declared fails before any write', async () => {
    const files = workspace(EDITED);
    files[CONFIG_PATH] = files[CONFIG_PATH]!.replace('outcomes: [review]', 'outcomes: [escalate]');
    const run = await runAgainst(emu, {
      ...merge('9300'),
      workspaceFiles: files,
      inputs: applyInputs,
    });
    expect(run.exitCode).toBe(1);
    // Annotated at the rule's `outcomes:` line in the config file.
    expect(run.stdout).toMatch(
      /::error title=Rule review_medium_score,file=fraud-detector\/payments_detector\.yml,line=15,col=\d+::.*Rule review_medium_score uses outcome escalate, which does not exist/,
    );
    expect(writeCalls(emu)).toEqual([]);
  });

  it("a variable the detector's event type does not have fails at the .dpl file and line, with reads only", async () => {
    const run = await runAgainst(emu, {
      ...merge('9400'),
      workspaceFiles: workspace('$payments_model_insightscore > 880\n  and $amout > 10\n'),
      inputs: applyInputs,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Rule high_model_score,file=fraud-detector\/rules\/high_model_score\.dpl,line=2,col=7::.*rule high_model_score, expression line 2 column 7: \$amout is not a variable of this event type.*Did you mean \$amount\?/,
    );
    expect(writeCalls(emu)).toEqual([]);
    expect(rulesOf('high_model_score')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('a syntax error is annotated at the .dpl file, line and column, before any AFD call', async () => {
    const run = await runAgainst(emu, {
      ...pullRequest(),
      workspaceFiles: workspace('$payments_model_insightscore >\n  and 880\n'),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Invalid input detector\.rules\[1\]\.expressionFile,file=fraud-detector\/rules\/high_model_score\.dpl,line=2,col=3::.*rule high_model_score, expression line 2 column 3: /,
    );
    expect(emu.calls).toEqual([]);
  });

  it('a function the action does not know is a warning at its file and line, and the plan goes on', async () => {
    const run = await runAgainst(emu, {
      ...pullRequest(),
      workspaceFiles: workspace('frobnicate($payments_model_insightscore) > 880\n'),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(run.stdout).toMatch(
      /::warning file=fraud-detector\/rules\/high_model_score\.dpl,line=1,col=1::fraud-detector\/rules\/high_model_score\.dpl:1:1: rule high_model_score, expression line 1 column 1: frobnicate\(\) is not a function this action knows.*not checked locally/,
    );
    expect(run.outputs).toMatchObject({ changed: 'true', detectorVersionStatus: 'PLANNED' });
  });
});
