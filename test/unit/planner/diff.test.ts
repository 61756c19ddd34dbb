import { describe, expect, it } from 'vitest';
import type { TrainingMetrics } from '../../../src/domain/afd.js';
import { diffDetectorVersions, planJson, rulesNeedingDetails } from '../../../src/planner/diff.js';
import { PLAN_SCHEMA_VERSION } from '../../../src/planner/plan-types.js';
import { buildProposal, type ProposedDetectorVersion } from '../../../src/planner/proposal.js';
import { request, ruleDetail, rules, tfi, version } from './fixtures.js';

const noContext = { rules: [], modelMetrics: new Map<string, TrainingMetrics>() };

function propose(overrides: Partial<ProposedDetectorVersion> = {}): ProposedDetectorVersion {
  return { ...buildProposal(version(), request()), ...overrides };
}

describe('diffDetectorVersions', () => {
  it('no change ⇒ changed=false and empty sections', () => {
    const d = diffDetectorVersions(version(), propose(), noContext);
    expect(d.changed).toBe(false);
    expect(d.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(d.base).toEqual({ detectorVersionId: '3' });
    expect(d.rules).toEqual({ added: [], removed: [], changed: [], moved: [], unchanged: 3 });
    expect(d.models).toEqual({ added: [], removed: [], changed: [] });
    expect(d.ruleExecutionMode).toBeNull();
    expect(d.description).toBeNull();
    expect(d.counts.rulesUnchanged).toBe(3);
  });

  it('rules added, removed and version changed, with expressions of the changed ones', () => {
    const proposal = propose({ rules: rules('block_bad_ip@3', 'new_rule@1', 'high_score@5') });
    const d = diffDetectorVersions(version(), proposal, {
      rules: [
        ruleDetail('block_bad_ip@2', '$ip in @bad'),
        ruleDetail('block_bad_ip@3', '$ip in @bad or $ip in @worse'),
        ruleDetail('new_rule@1', '$amount > 1000'),
      ],
      modelMetrics: new Map(),
    });
    expect(d.changed).toBe(true);
    expect(d.rules.added).toEqual([
      { ruleId: 'new_rule', ruleVersion: '1', index: 1, expression: '$amount > 1000' },
    ]);
    expect(d.rules.removed).toEqual([{ ruleId: 'review_medium', ruleVersion: '1', index: 2 }]);
    expect(d.rules.changed).toEqual([
      {
        ruleId: 'block_bad_ip',
        from: '2',
        to: '3',
        expressionFrom: '$ip in @bad',
        expressionTo: '$ip in @bad or $ip in @worse',
      },
    ]);
    expect(d.rules.moved).toEqual([]);
    expect(d.rules.unchanged).toBe(1);
    expect(d.counts).toMatchObject({
      rulesAdded: 1,
      rulesRemoved: 1,
      rulesChanged: 1,
      rulesMoved: 0,
    });
  });

  it('moving one rule among ten reports one move, not nine', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}@1`);
    const base = version({ rules: rules(...ids) });
    const reordered = [ids[9]!, ...ids.slice(0, 9)];
    const d = diffDetectorVersions(base, propose({ rules: rules(...reordered) }), noContext);
    expect(d.rules.moved).toEqual([{ ruleId: 'r9', fromIndex: 9, toIndex: 0 }]);
    expect(d.rules.unchanged).toBe(9);
    expect(d.changed).toBe(true);
  });

  it('swapping two rules among twelve reports one move', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `r${i}@1`);
    const swapped = [...ids];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    const d = diffDetectorVersions(
      version({ rules: rules(...ids) }),
      propose({ rules: rules(...swapped) }),
      noContext,
    );
    expect(d.rules.moved).toHaveLength(1);
    expect(d.counts.rulesUnchanged).toBe(11);
  });

  it('an insertion shifts positions but moves nothing', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ rules: rules('first@1', 'block_bad_ip@2', 'high_score@5', 'review_medium@1') }),
      noContext,
    );
    expect(d.rules.moved).toEqual([]);
    expect(d.rules.added).toHaveLength(1);
  });

  it('a full reversal of 20 rules reports 19 moves', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `r${i}@1`);
    const d = diffDetectorVersions(
      version({ rules: rules(...ids) }),
      propose({ rules: rules(...[...ids].reverse()) }),
      noContext,
    );
    expect(d.rules.moved).toHaveLength(19);
  });

  it('a rule both moved and changed appears in both lists', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ rules: rules('review_medium@2', 'block_bad_ip@2', 'high_score@5') }),
      noContext,
    );
    expect(d.rules.changed.map((r) => r.ruleId)).toEqual(['review_medium']);
    expect(d.rules.moved).toEqual([{ ruleId: 'review_medium', fromIndex: 2, toIndex: 0 }]);
    expect(d.rules.unchanged).toBe(2);
  });

  it('empty lists on both sides', () => {
    const empty = version({ rules: [], modelVersions: [] });
    const d = diffDetectorVersions(
      empty,
      propose({ rules: [], modelVersions: [], description: 'v3' }),
      noContext,
    );
    expect(d.changed).toBe(false);
    expect(d.rules.unchanged).toBe(0);
  });

  it('model versions changed (compared as numbers), with metrics side by side', () => {
    const metrics = new Map<string, TrainingMetrics>([
      ['payments_model@1.02', { auc: 0.91 }],
      ['payments_model@1.10', { auc: 0.93 }],
    ]);
    const d = diffDetectorVersions(
      version(),
      propose({ modelVersions: [tfi('payments_model', '1.10')] }),
      { rules: [], modelMetrics: metrics },
    );
    expect(d.models.changed).toEqual([
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        from: '1.02',
        to: '1.10',
        direction: 'up',
        metricsFrom: { auc: 0.91 },
        metricsTo: { auc: 0.93 },
      },
    ]);
  });

  it('1.9 → 1.10 is an upgrade, 1.10 → 1.9 a rollback', () => {
    const up = diffDetectorVersions(
      version({ modelVersions: [tfi('m', '1.9')] }),
      propose({ modelVersions: [tfi('m', '1.10')] }),
      noContext,
    );
    expect(up.models.changed[0]?.direction).toBe('up');
    const down = diffDetectorVersions(
      version({ modelVersions: [tfi('m', '1.10')] }),
      propose({ modelVersions: [tfi('m', '1.9')] }),
      noContext,
    );
    expect(down.models.changed[0]?.direction).toBe('down');
  });

  it('models added and removed', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ modelVersions: [tfi('other', '1.0')] }),
      noContext,
    );
    expect(d.models.added.map((m) => m.modelId)).toEqual(['other']);
    expect(d.models.removed.map((m) => m.modelId)).toEqual(['payments_model']);
    expect(d.counts).toMatchObject({ modelsAdded: 1, modelsRemoved: 1, modelsChanged: 0 });
  });

  it('external model endpoints added and removed', () => {
    const d = diffDetectorVersions(
      version({ externalModelEndpoints: ['old-ep', 'kept-ep'] }),
      propose({ externalModelEndpoints: ['kept-ep', 'new-ep'] }),
      noContext,
    );
    expect(d.externalModelEndpoints).toEqual({ added: ['new-ep'], removed: ['old-ep'] });
    expect(d.changed).toBe(true);
  });

  it('rule execution mode change', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ ruleExecutionMode: 'ALL_MATCHED' }),
      noContext,
    );
    expect(d.ruleExecutionMode).toEqual({ from: 'FIRST_MATCHED', to: 'ALL_MATCHED' });
    expect(d.changed).toBe(true);
  });

  it('an asked-for description change is a change by itself', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ description: 'new words', descriptionSource: 'request' }),
      noContext,
    );
    expect(d.description).toEqual({ from: 'v3', to: 'new words' });
    expect(d.changed).toBe(true);
  });

  it('a generated description is never diffed: not a change alone, and not shown when something else changes', () => {
    const generated = { description: 'From abc1234', descriptionSource: 'default' as const };
    const quiet = diffDetectorVersions(version(), propose(generated), noContext);
    expect(quiet.changed).toBe(false);
    expect(quiet.description).toBeNull();
    const loud = diffDetectorVersions(
      version(),
      propose({ ...generated, ruleExecutionMode: 'ALL_MATCHED' }),
      noContext,
    );
    expect(loud.changed).toBe(true);
    expect(loud.description).toBeNull();
    // It is still what the created version is written with.
    expect(loud.proposal.description).toBe('From abc1234');
  });

  it('a description set in the config or input is diffed', () => {
    const d = diffDetectorVersions(
      version(),
      propose({ description: 'Tuned', descriptionSource: 'request' }),
      noContext,
    );
    expect(d.changed).toBe(true);
    expect(d.description).toEqual({ from: 'v3', to: 'Tuned' });
  });

  it('no base: everything is added and changed is true', () => {
    const proposal = buildProposal(undefined, request({ rules: rules('a@1') }));
    const d = diffDetectorVersions(undefined, proposal, noContext);
    expect(d.changed).toBe(true);
    expect(d.base.detectorVersionId).toBeNull();
    expect(d.rules.added).toHaveLength(1);
    expect(d.ruleExecutionMode).toEqual({ from: null, to: 'FIRST_MATCHED' });
  });
});

describe('rulesNeedingDetails', () => {
  it('only the versions of added, removed and changed rules; never unchanged or merely moved ones', () => {
    const proposal = propose({ rules: rules('high_score@5', 'block_bad_ip@3', 'new_rule@1') });
    expect(rulesNeedingDetails(version(), proposal)).toEqual(
      rules('block_bad_ip@3', 'new_rule@1', 'block_bad_ip@2', 'review_medium@1'),
    );
  });

  it('nothing when nothing changed', () => {
    expect(rulesNeedingDetails(version(), propose())).toEqual([]);
  });
});

describe('planJson', () => {
  it('is the diff as JSON when it fits', () => {
    const d = diffDetectorVersions(version(), propose(), noContext);
    expect(JSON.parse(planJson(d))).toEqual(d);
  });

  it('drops expressions and says so when over the budget', () => {
    const big = 'x'.repeat(5000);
    const d = diffDetectorVersions(version(), propose({ rules: rules('block_bad_ip@3') }), {
      rules: [ruleDetail('block_bad_ip@2', big), ruleDetail('block_bad_ip@3', big)],
      modelMetrics: new Map(),
    });
    const slim = JSON.parse(planJson(d, 1000)) as typeof d;
    expect(slim.expressionsOmitted).toBe(true);
    expect(slim.rules.changed[0]).toEqual({ ruleId: 'block_bad_ip', from: '2', to: '3' });
  });
});
