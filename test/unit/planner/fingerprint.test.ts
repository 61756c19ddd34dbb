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
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    );
  });
});
