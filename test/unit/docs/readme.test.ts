// The README documents the interface users copy from: its Inputs and Outputs
// tables must be action.yml's, row for row, and its workflows must be the
// files in examples/workflows/.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeName,
  loadAction,
  normalize,
  readRepoFile,
  ROOT,
  tableAfterHeading,
  workflowFiles,
} from './repo.js';

const { action } = loadAction();
const readme = readRepoFile('README.md');

/** How the README writes "no declared default". */
const NO_DEFAULT = '—';

describe('README.md', () => {
  it('lists exactly the inputs of action.yml, in order, with the same descriptions and defaults', () => {
    const rows = tableAfterHeading(readme, 'Inputs');
    expect(rows.map((row) => codeName(row[0] ?? ''))).toEqual(Object.keys(action.inputs));
    for (const row of rows) {
      expect(row, `row ${row[0]}`).toHaveLength(3);
      const input = action.inputs[codeName(row[0]!)!]!;
      expect(row[1], `description of ${row[0]}`).toBe(normalize(input.description));
      const expectedDefault = input.default === undefined ? NO_DEFAULT : `\`${input.default}\``;
      expect(row[2], `default of ${row[0]}`).toBe(expectedDefault);
    }
  });

  it('lists exactly the outputs of action.yml, in order, with the same descriptions', () => {
    const rows = tableAfterHeading(readme, 'Outputs');
    expect(rows.map((row) => codeName(row[0] ?? ''))).toEqual(Object.keys(action.outputs));
    for (const row of rows) {
      expect(row, `row ${row[0]}`).toHaveLength(2);
      const output = action.outputs[codeName(row[0]!)!]!;
      expect(row[1], `description of ${row[0]}`).toBe(normalize(output.description));
    }
  });

  it('shows every example workflow verbatim', () => {
    const examples = workflowFiles('examples/workflows');
    expect(examples.map((f) => f.path)).toEqual([
      'examples/workflows/export.yml',
      'examples/workflows/merge-promote.yml',
      'examples/workflows/model-schema.yml',
      'examples/workflows/pull-request-plan.yml',
      'examples/workflows/release-retrain.yml',
      'examples/workflows/rollback.yml',
    ]);
    for (const { path, source } of examples) {
      expect(readme.includes(source.trimEnd()), `${path} is not in the README`).toBe(true);
    }
  });

  it('names the provenance tag keys', () => {
    for (const key of [
      'fdp:repository',
      'fdp:commit',
      'fdp:run-id',
      'fdp:run-attempt',
      'fdp:ref',
    ]) {
      expect(readme).toContain(`\`${key}\``);
    }
  });

  // GitHub's heading anchors: lower-cased, punctuation but `-` dropped, spaces to `-`.
  it('links only to headings that exist (the table of contents stays right)', () => {
    const slug = (heading: string): string =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const withoutCode = readme.replace(/```[\s\S]*?```/g, '');
    const anchors = new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    const links = [...withoutCode.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  // The repository stands alone: what its documents link to is in it.
  it.each([
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`),
  ])('%s links only to files of the repository', (path) => {
    const text = readRepoFile(path).replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((t) => !/^(https?:|mailto:|#)/.test(t))
      .map((t) => t.replace(/#.*$/, ''));
    const missing = targets.filter((t) => !existsSync(join(ROOT, dirname(path), t)));
    expect(missing).toEqual([]);
    expect(text).not.toMatch(/DESIGN\.md|shared\/research/);
  });

  it('points to the plan schema document, which exists', () => {
    expect(readme).toContain('docs/plan-schema.md');
    expect(readRepoFile('docs/plan-schema.md')).toMatch(/`plan`/);
  });
});
