// The shipped examples, run as a user would first try them: each example
// workflow's inputs and the example config, in `plan` mode against the seeded
// example account. They must propose a meaningful change that removes no
// rule (an earlier example dropped two, the catch-all among them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { DUMMY_AWS } from '../../scripts/local-runner.js';
import {
  actionStepInputs,
  CONFIG_IN_WORKSPACE,
  exampleConfig,
  EXAMPLE_WORKFLOWS_DIR,
} from '../support/examples.js';
import { workflowFiles } from '../unit/docs/repo.js';
import { runAgainst, startScaledEmulator, writeCalls } from './harness.js';

interface PlanRule {
  ruleId: string;
  ruleVersion: string;
}
interface Plan {
  changed: boolean;
  rules: { added: PlanRule[]; removed: PlanRule[]; changed: unknown[]; moved: unknown[] };
  proposal: { rules: PlanRule[] };
}

/**
 * The example steps that build a detector version from the shared config (the
 * release example retrains only; the rollback example is tested in
 * lifecycle.test.ts, the export example in export.test.ts, the model schema
 * example in new-major.test.ts).
 */
const detectorSteps = workflowFiles(EXAMPLE_WORKFLOWS_DIR).flatMap(({ path, source }) =>
  actionStepInputs(source)
    .filter(
      (inputs) =>
        ('config' in inputs || 'detector-id' in inputs) &&
        !('rollback-to' in inputs) &&
        inputs.mode !== 'export' &&
        (inputs.config ?? CONFIG_IN_WORKSPACE) === CONFIG_IN_WORKSPACE,
    )
    .map((inputs) => ({ path, inputs })),
);

let emu: Emulator;
beforeEach(async () => {
  emu = await startScaledEmulator();
});
afterEach(async () => {
  await emu.close();
});

describe('the example workflows against the seeded example account', () => {
  it('include the pull-request and merge examples', () => {
    expect(detectorSteps.map((s) => s.path)).toEqual([
      'examples/workflows/merge-promote.yml',
      'examples/workflows/pull-request-plan.yml',
    ]);
  });

  it.each(detectorSteps)(
    '$path plans adding review_large_amount and removes no rule',
    async ({ inputs }) => {
      const run = await runAgainst(emu, {
        inputs: { ...inputs, mode: 'plan', 'aws-region': 'us-east-1' },
        eventName: 'workflow_dispatch',
        payload: {},
        env: DUMMY_AWS,
        workspaceFiles: { [CONFIG_IN_WORKSPACE]: exampleConfig() },
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.changed).toBe('true');
      const plan = JSON.parse(run.outputs.plan!) as Plan;
      expect(plan.rules.removed).toEqual([]);
      expect(plan.rules.changed).toEqual([]);
      expect(plan.rules.moved).toEqual([]);
      expect(plan.rules.added.map((r) => `${r.ruleId}@${r.ruleVersion}`)).toEqual([
        'review_large_amount@1',
      ]);
      // The catch-all stays last, after the new review rule.
      expect(plan.proposal.rules.map((r) => r.ruleId).slice(-2)).toEqual([
        'review_large_amount',
        'approve_default',
      ]);
      expect(writeCalls(emu)).toEqual([]);
    },
  );
});
