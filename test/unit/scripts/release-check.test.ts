// The release workflow publishes only a vX.Y.Z tag whose version package.json
// declares and CHANGELOG.md describes; the section becomes the release notes.
import { describe, expect, it } from 'vitest';
import { checkRelease, ReleaseCheckError } from '../../../scripts/release-check.js';

const pkg = (version: string): string => JSON.stringify({ name: 'x', version });
const CHANGELOG = `# Changelog

## [Unreleased]

- Something not released yet.

## [1.2.3] - 2026-12-06

### Added

- The thing.

## [1.2.2] - 2026-11-01

- Older.

[1.2.3]: https://github.com/your-org/fraud-detector-promote/releases/tag/v1.2.3
`;

describe('checkRelease', () => {
  it('gives the major tag and the version’s CHANGELOG section as notes', () => {
    expect(checkRelease('v1.2.3', pkg('1.2.3'), CHANGELOG)).toEqual({
      majorTag: 'v1',
      notes: '### Added\n\n- The thing.',
    });
  });

  it('takes the last section up to the link definitions', () => {
    expect(checkRelease('v1.2.2', pkg('1.2.2'), CHANGELOG).notes).toBe('- Older.');
  });

  it.each(['1.2.3', 'v1.2', 'v1.2.3-rc.1', 'v01.2.3', 'v1.2.3\n', 'refs/tags/v1.2.3'])(
    'refuses the tag %j',
    (tag) => {
      expect(() => checkRelease(tag, pkg('1.2.3'), CHANGELOG)).toThrow(/vMAJOR\.MINOR\.PATCH/);
    },
  );

  it('refuses a tag package.json does not declare', () => {
    expect(() => checkRelease('v1.2.3', pkg('1.2.2'), CHANGELOG)).toThrow(
      /package\.json has version "1\.2\.2", the tag is v1\.2\.3/,
    );
  });

  it('refuses a version without a CHANGELOG section, or with an empty one', () => {
    expect(() => checkRelease('v1.3.0', pkg('1.3.0'), CHANGELOG)).toThrow(
      /no section "## \[1\.3\.0\]/,
    );
    expect(() =>
      checkRelease('v2.0.0', pkg('2.0.0'), '## [2.0.0] - 2027-01-01\n\n## [1.0.0]\n- x\n'),
    ).toThrow(ReleaseCheckError);
  });
});
