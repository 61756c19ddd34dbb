// The pure decisions of the lifecycle features: which version `rollback-to:
// previous` goes back to, which versions retention deletes (irreversibly),
// which request fields a rollback ignores, and how the inputs are validated.
import { describe, expect, it } from 'vitest';
import type { DetectorVersionSummary } from '../../../src/domain/afd.js';
import { selectForDeletion } from '../../../src/detector/retention-policy.js';
import { ignoredByRollback, pickPreviousVersion } from '../../../src/detector/rollback-target.js';
import { parse, parseError } from '../config/helpers.js';

const v = (
  detectorVersionId: string,
  status: string,
  lastUpdatedTime?: string,
): DetectorVersionSummary => ({
  detectorVersionId,
  status,
  ...(lastUpdatedTime ? { lastUpdatedTime } : {}),
});

describe('rollback-to previous', () => {
  const versions = [
    v('1', 'INACTIVE', '2026-11-01T00:00:00Z'),
    v('2', 'INACTIVE', '2026-11-20T00:00:00Z'),
    v('3', 'INACTIVE', '2026-11-10T00:00:00Z'),
    v('4', 'ACTIVE', '2026-11-21T00:00:00Z'),
    v('5', 'DRAFT', '2026-12-01T00:00:00Z'),
  ];

  it('takes the version the ACTIVE one replaced, from its tag, over a more recently updated one', () => {
    const pick = pickPreviousVersion(versions, { detectorVersionId: '4', replacedTag: '3' });
    expect(pick?.detectorVersionId).toBe('3');
    expect(pick?.why).toMatch(/fdp:replaced-version/);
  });

  it('without the tag, takes the most recently updated INACTIVE version (never a DRAFT)', () => {
    const pick = pickPreviousVersion(versions, { detectorVersionId: '4' });
    expect(pick?.detectorVersionId).toBe('2');
    expect(pick?.why).toMatch(/no fdp:replaced-version tag.*most recently updated INACTIVE/);
  });

  it('falls back, and says why, when the tagged version was deleted or is not INACTIVE', () => {
    for (const replacedTag of ['9', '5', 'none']) {
      const pick = pickPreviousVersion(versions, { detectorVersionId: '4', replacedTag });
      expect(pick?.detectorVersionId, replacedTag).toBe('2');
    }
    expect(
      pickPreviousVersion(versions, { detectorVersionId: '4', replacedTag: '9' })?.why,
    ).toMatch(/version 9.*no longer/);
  });

  it('breaks a tie in update time by the higher version id, and treats a missing time as oldest', () => {
    const tie = [
      v('7', 'INACTIVE', '2026-11-01T00:00:00Z'),
      v('8', 'INACTIVE', '2026-11-01T00:00:00Z'),
    ];
    expect(pickPreviousVersion(tie, undefined)?.detectorVersionId).toBe('8');
    const untimed = [v('10', 'INACTIVE'), v('9', 'INACTIVE', '2026-01-01T00:00:00Z')];
    expect(pickPreviousVersion(untimed, undefined)?.detectorVersionId).toBe('9');
  });

  it('finds nothing when there is no INACTIVE version', () => {
    expect(
      pickPreviousVersion([v('1', 'ACTIVE'), v('2', 'DRAFT')], { detectorVersionId: '1' }),
    ).toBe(undefined);
  });
});

describe('retention: which versions are deleted', () => {
  it('keeps the newest N own INACTIVE versions by version id (numerically) and deletes the rest', () => {
    expect(
      selectForDeletion({ ownInactive: ['2', '10', '9', '3'], activeId: '11', keep: 2 }),
    ).toEqual(['3', '2']);
  });

  it('counts the version just replaced toward N and never deletes it, even when it is not the newest', () => {
    // A rollback from 10 to 4: 10 is replaced; with N = 2 one more is kept, the newest other one.
    expect(
      selectForDeletion({
        ownInactive: ['2', '3', '5', '10'],
        activeId: '4',
        replacedId: '10',
        keep: 2,
      }),
    ).toEqual(['3', '2']);
    // N = 1: only the replaced version stays.
    expect(
      selectForDeletion({ ownInactive: ['2', '3'], activeId: '4', replacedId: '3', keep: 1 }),
    ).toEqual(['2']);
  });

  it('counts a replaced version without the action tags toward N too, and never lists it', () => {
    expect(
      selectForDeletion({ ownInactive: ['1', '2', '3'], activeId: '5', replacedId: '4', keep: 2 }),
    ).toEqual(['2', '1']);
  });

  it('never deletes the ACTIVE version, nor anything not in the own list', () => {
    const deleted = selectForDeletion({ ownInactive: ['1', '2', '3'], activeId: '2', keep: 1 });
    expect(deleted).toEqual(['1']);
  });

  it('deletes nothing while there are at most N', () => {
    expect(selectForDeletion({ ownInactive: ['1', '2'], activeId: '3', keep: 5 })).toEqual([]);
  });
});

describe('a rollback ignores the fields that build a proposal', () => {
  it('names each ignored field by its input', () => {
    const request = parse({
      'aws-region': 'us-east-1',
      'detector-id': 'd',
      'rollback-to': 'previous',
      rules: '- r@1',
      promote: 'true',
      'base-version': 'latest',
    }).detector!;
    expect(ignoredByRollback(request)).toEqual(['rules', 'base-version', 'promote']);
  });

  it('ignores nothing when only the rollback is asked', () => {
    const request = parse({
      'aws-region': 'us-east-1',
      'detector-id': 'd',
      'rollback-to': '3',
    }).detector!;
    expect(request.rollbackTo).toEqual({ kind: 'id', id: '3' });
    expect(ignoredByRollback(request)).toEqual([]);
  });
});

describe('validation of the lifecycle inputs, before any AWS call', () => {
  const base = { 'aws-region': 'us-east-1', 'detector-id': 'd' };

  it('reads previous and keep-inactive-versions', () => {
    const d = parse({
      ...base,
      'rollback-to': 'previous',
      'keep-inactive-versions': '3',
    }).detector!;
    expect(d.rollbackTo).toEqual({ kind: 'previous' });
    expect(d.keepInactiveVersions).toBe(3);
  });

  it.each([
    ['rollback-to', 'last', 'must be previous or a detector version id'],
    ['rollback-to', '0', 'must be previous or a detector version id'],
    ['keep-inactive-versions', '0', 'must be a whole number from 1 to 1000'],
    ['keep-inactive-versions', 'all', 'must be a whole number from 1 to 1000'],
  ])('%s %j is refused', (input, value, rule) => {
    const err = parseError({ ...base, [input]: value });
    expect(err.problems).toEqual([expect.objectContaining({ input, value })]);
    expect(err.problems[0]!.rule).toContain(rule);
  });

  it('refuses both without a detector', () => {
    const err = parseError({ 'aws-region': 'us-east-1', 'rollback-to': 'previous' });
    expect(err.problems[0]).toMatchObject({ input: 'rollback-to' });
    expect(err.problems[0]!.rule).toMatch(/needs detector-id/);
  });
});
