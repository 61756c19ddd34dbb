// The threat model names the files that hold each defence: every one it names
// must exist, so the document cannot drift into describing code that is gone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readRepoFile } from './repo.js';

describe('docs/threat-model.md', () => {
  const doc = readRepoFile('docs/threat-model.md');

  it('is linked from the README', () => {
    expect(readRepoFile('README.md')).toContain('(docs/threat-model.md)');
  });

  it('names only files that exist', () => {
    const cited = [...new Set(doc.match(/src\/[\w/.-]+\.ts/g) ?? [])];
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it('covers every kind of input the brief names', () => {
    for (const heading of [
      '### Workflow inputs',
      '### Repository files',
      '### Pull request authors',
      "### AFD's answers",
      "### GitHub's answers",
    ]) {
      expect(doc).toContain(heading);
    }
  });
});
