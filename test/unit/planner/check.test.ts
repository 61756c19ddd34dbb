import { describe, expect, it } from 'vitest';
import { checkProposal, type ProposalFacts } from '../../../src/planner/check.js';
import { buildProposal } from '../../../src/planner/proposal.js';
import { request, rules, tfi, version } from './fixtures.js';

const proposal = buildProposal(version(), request());

function facts(overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  return {
    existingRuleVersions: new Set(['block_bad_ip@2', 'high_score@5', 'review_medium@1']),
    modelVersionStatuses: new Map([['payments_model@1.02', 'ACTIVE']]),
    draftCount: 0,
    ...overrides,
  };
}

describe('checkProposal', () => {
  it('a valid proposal has no problems', () => {
    expect(checkProposal(proposal, facts())).toEqual([]);
  });

  it('names a rule version that does not exist', () => {
    const p = { ...proposal, rules: rules('block_bad_ip@7') };
    expect(checkProposal(p, facts())).toEqual([
      'Rule block_bad_ip version 7 does not exist in detector payments_detector.',
    ]);
  });

  it('names a model version that does not exist', () => {
    const p = { ...proposal, modelVersions: [tfi('payments_model', '9.0')] };
    expect(checkProposal(p, facts())).toEqual([
      'Model version payments_model 9.0 (TRANSACTION_FRAUD_INSIGHTS) does not exist.',
    ]);
  });

  it('a non-ACTIVE model version names itself and its status, and points at activate-model', () => {
    const [problem, ...rest] = checkProposal(
      proposal,
      facts({ modelVersionStatuses: new Map([['payments_model@1.02', 'TRAINING_COMPLETE']]) }),
    );
    expect(rest).toEqual([]);
    expect(problem).toContain('payments_model 1.02 is TRAINING_COMPLETE, not ACTIVE');
    expect(problem).toContain("'activate-model: true'");
  });

  it('more than 10 models, external endpoints included', () => {
    const models = Array.from({ length: 8 }, (_, i) => tfi(`m${i}`, '1.0'));
    const p = { ...proposal, modelVersions: models, externalModelEndpoints: ['e1', 'e2', 'e3'] };
    const statuses = new Map(models.map((m) => [`${m.modelId}@1.0`, 'ACTIVE']));
    expect(checkProposal(p, facts({ modelVersionStatuses: statuses }))).toEqual([
      'The proposal uses 11 models (8 model versions and 3 external model endpoints); AFD allows at most 10 per detector version.',
    ]);
    const ten = { ...p, externalModelEndpoints: ['e1', 'e2'] };
    expect(checkProposal(ten, facts({ modelVersionStatuses: statuses }))).toEqual([]);
  });

  it('draft quota reached: says to delete old drafts, unless an existing draft is updated', () => {
    expect(checkProposal(proposal, facts({ draftCount: 99 }))).toEqual([]);
    const [problem] = checkProposal(proposal, facts({ draftCount: 100 }));
    expect(problem).toMatch(/100 DRAFT versions.*quota is 100.*delete old drafts/);
    expect(checkProposal(proposal, facts({ draftCount: 100, createsVersion: false }))).toEqual([]);
  });

  it('duplicate rules and models', () => {
    const p = {
      ...proposal,
      rules: rules('block_bad_ip@2', 'block_bad_ip@2'),
      modelVersions: [tfi('payments_model', '1.02'), tfi('payments_model', '1.02')],
    };
    const problems = checkProposal(p, facts());
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Rule block_bad_ip is listed more than once/);
    expect(problems[1]).toMatch(/Model payments_model is listed more than once/);
  });
});
