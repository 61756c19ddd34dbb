// What the release workflow checks before it tags and publishes: the tag is
// vX.Y.Z, package.json has that version, and CHANGELOG.md has a section for it,
// whose text becomes the release notes. Usage (the workflow's step):
//   npx tsx scripts/release-check.ts v1.2.3 <notes-file>
// prints `major=v1` for $GITHUB_OUTPUT; exits 1 with the reason otherwise.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Release {
  /** The tag to move along, e.g. `v1`. */
  majorTag: string;
  /** The CHANGELOG.md section of this version, without its heading. */
  notes: string;
}

export class ReleaseCheckError extends Error {}

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function checkRelease(tag: string, packageJson: string, changelog: string): Release {
  const m = TAG.exec(tag);
  if (!m) {
    throw new ReleaseCheckError(
      `Tag ${JSON.stringify(tag)} is not a release tag: it must be vMAJOR.MINOR.PATCH, e.g. v1.2.3.`,
    );
  }
  const version = tag.slice(1);
  const declared = (JSON.parse(packageJson) as { version?: unknown }).version;
  if (declared !== version) {
    throw new ReleaseCheckError(
      `package.json has version ${JSON.stringify(declared)}, the tag is ${tag}: set "version": "${version}" and commit it before releasing.`,
    );
  }
  // Keep a Changelog: `## [1.2.3] - 2026-12-06`, up to the next `## ` heading.
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) {
    throw new ReleaseCheckError(
      `CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD": move the Unreleased entries there before releasing.`,
    );
  }
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  const notes = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l)) // link reference definitions
    .join('\n')
    .trim();
  if (notes === '') {
    throw new ReleaseCheckError(`The CHANGELOG.md section of ${version} is empty.`);
  }
  return { majorTag: `v${m[1]!}`, notes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tag = '', notesFile] = process.argv.slice(2);
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  try {
    const release = checkRelease(
      tag,
      readFileSync(join(root, 'package.json'), 'utf8'),
      readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
    );
    if (notesFile) writeFileSync(notesFile, release.notes + '\n');
    console.log(`major=${release.majorTag}`);
  } catch (err) {
    if (!(err instanceof ReleaseCheckError)) throw err;
    console.error(`::error::${err.message}`);
    process.exitCode = 1;
  }
}
