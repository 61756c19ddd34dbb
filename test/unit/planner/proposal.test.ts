import { describe, expect, it } from 'vitest';
import { buildProposal } from '../../../src/planner/proposal.js';
import { request, rules, tfi, version } from './fixtures.js';

describe('buildProposal', () => {
  it('keeps the base version when the request overrides nothing', () => {
    const base = version();
    const p = buildProposal(base, request());
    expect(p).toEqual({
      detectorId: 'payments_detector',
      rules: base.rules,
      ruleExecutionMode: 'FIRST_MATCHED',
      modelVersions: base.modelVersions,
      externalModelEndpoints: [],
      description: 'v3',
      descriptionSource: 'base',
    });
    // A copy, not the base's arrays: later edits must not change the base.
    expect(p.rules).not.toBe(base.rules);
  });

  it('applies every override from the request', () => {
    const p = buildProposal(
      version(),
      request({
        rules: rules('b@1', 'a@2'),
        ruleExecutionMode: 'ALL_MATCHED',
        modelVersions: [tfi('other_model', '2.0')],
        externalModelEndpoints: ['sagemaker-endpoint'],
        description: 'asked for',
      }),
      undefined,
      { defaultDescription: 'generated' },
    );
    expect(p.rules).toEqual(rules('b@1', 'a@2'));
    expect(p.ruleExecutionMode).toBe('ALL_MATCHED');
    expect(p.modelVersions).toEqual([tfi('other_model', '2.0')]);
    expect(p.externalModelEndpoints).toEqual(['sagemaker-endpoint']);
    expect(p.description).toBe('asked for');
    expect(p.descriptionSource).toBe('request');
  });

  it('swaps a retrained model in for the entry with the same model id, keeping its position', () => {
    const base = version({ modelVersions: [tfi('a_model', '1.0'), tfi('payments_model', '1.02')] });
    const p = buildProposal(base, request(), tfi('payments_model', '1.03'));
    expect(p.modelVersions).toEqual([tfi('a_model', '1.0'), tfi('payments_model', '1.03')]);
  });

  it('swaps the retrained model into an explicit model list too', () => {
    const p = buildProposal(
      version(),
      request({ modelVersions: [tfi('payments_model', '1.01')] }),
      tfi('payments_model', '1.03'),
    );
    expect(p.modelVersions).toEqual([tfi('payments_model', '1.03')]);
  });

  it('appends a retrained model the base does not use', () => {
    const p = buildProposal(version(), request(), tfi('new_model', '1.0'));
    expect(p.modelVersions.map((m) => m.modelId)).toEqual(['payments_model', 'new_model']);
  });

  it('without a base: empty lists, FIRST_MATCHED, the generated description', () => {
    const p = buildProposal(undefined, request(), undefined, {
      defaultDescription: 'From abc1234',
    });
    expect(p).toEqual({
      detectorId: 'payments_detector',
      rules: [],
      ruleExecutionMode: 'FIRST_MATCHED',
      modelVersions: [],
      externalModelEndpoints: [],
      description: 'From abc1234',
      descriptionSource: 'default',
    });
  });

  it('without a base and without any description', () => {
    const p = buildProposal(undefined, request({ ruleExecutionMode: 'ALL_MATCHED' }));
    expect(p.ruleExecutionMode).toBe('ALL_MATCHED');
    expect(p.description).toBeUndefined();
    expect(p.descriptionSource).toBe('none');
  });
});
