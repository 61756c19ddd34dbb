import { describe, expect, it } from 'vitest';
import { canonicalJson, planFingerprint } from '../../../src/planner/fingerprint.js';
import { buildProposal, type ProposedDetectorVersion } from '../../../src/planner/proposal.js';
import { request, rules, version } from './fixtures.js';

const base = version();
const proposal = buildProposal(base, request({ rules: rules('a@1', 'b@2') }));

describe('planFingerprint', () => {
  it('is 16 hex chars and stable for the same input', () => {
    const fp = planFingerprint(base, proposal);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(
      planFingerprint(version(), buildProposal(version(), request({ rules: rules('a@1', 'b@2') }))),
    ).toBe(fp);
  });

  it('ignores key order', () => {
    const reordered = Object.fromEntries(
      Object.entries(proposal).reverse(),
    ) as unknown as ProposedDetectorVersion;
    const baseReordered = Object.fromEntries(
      Object.entries(base).reverse(),
    ) as unknown as typeof base;
    expect(planFingerprint(baseReordered, reordered)).toBe(planFingerprint(base, proposal));
  });

  it('depends on rule order', () => {
    const swapped = { ...proposal, rules: rules('b@2', 'a@1') };
    expect(planFingerprint(base, swapped)).not.toBe(planFingerprint(base, proposal));
  });

  it('depends on the base version and the salt', () => {
    const fp = planFingerprint(base, proposal);
    expect(planFingerprint(version({ detectorVersionId: '4' }), proposal)).not.toBe(fp);
    expect(planFingerprint(undefined, proposal)).not.toBe(fp);
    expect(planFingerprint(base, proposal, 'org/repo#12')).not.toBe(fp);
  });

  it('ignores volatile fields and a generated description, not an asked-for one', () => {
    const fp = planFingerprint(base, proposal);
    expect(
      planFingerprint({ ...base, lastUpdatedTime: 'later', status: 'INACTIVE' }, proposal),
    ).toBe(fp);
    const generated = (d: string): ProposedDetectorVersion => ({
      ...proposal,
      description: d,
      descriptionSource: 'default',
    });
    expect(planFingerprint(base, generated('From aaa'))).toBe(
      planFingerprint(base, generated('From bbb')),
    );
    const asked = { ...proposal, description: 'words', descriptionSource: 'request' as const };
    expect(planFingerprint(base, asked)).not.toBe(
      planFingerprint(base, { ...asked, description: 'other' }),
    );
  });

  it('pins a rule as code by content, and by the description the config sets, not by its number', () => {
    const content = [{ ruleId: 'a', contentSha256: 'c1' }];
    const fp = planFingerprint(base, proposal, '', content);
    // The predicted number may shift before the merge: same content, same fingerprint.
    expect(planFingerprint(base, { ...proposal, rules: rules('a@7', 'b@2') }, '', content)).toBe(
      fp,
    );
    expect(planFingerprint(base, proposal, '', [{ ruleId: 'a', contentSha256: 'c2' }])).not.toBe(
      fp,
    );
    // A description set in the config is written (UpdateRuleMetadata): changing it after review changes the plan.
    const described = (d: string) => [{ ruleId: 'a', contentSha256: 'c1', description: d }];
    expect(planFingerprint(base, proposal, '', described('High score'))).not.toBe(fp);
    expect(planFingerprint(base, proposal, '', described('High score'))).not.toBe(
      planFingerprint(base, proposal, '', described('Very high score')),
    );
  });

  it('pins the outcomes the config declares, and is unchanged when it declares none', () => {
    const content = [{ ruleId: 'a', contentSha256: 'c1' }];
    const fp = planFingerprint(base, proposal, '', content);
    expect(planFingerprint(base, proposal, '', content, [])).toBe(fp);
    const declared = planFingerprint(base, proposal, '', content, [{ name: 'review' }]);
    expect(declared).not.toBe(fp);
    expect(
      planFingerprint(base, proposal, '', content, [{ name: 'review', description: 'Manual' }]),
    ).not.toBe(declared);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    );
  });
});
