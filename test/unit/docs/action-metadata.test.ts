// action.yml is the public interface: it must declare everything the product
// contract names, run on node24 from the bundle, and pass the action schema.
import { validateAction } from '@action-validator/core';
import { DECLARED_INPUTS } from '../../../src/config/declared-inputs.js';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAction, readRepoFile, tableAfterHeading } from './repo.js';

const { source, action } = loadAction();

/** Every backticked name in the first column of a table of docs/contract.md. */
function contractNames(markdown: string, title: string): string[] {
  return tableAfterHeading(markdown, title).flatMap((row) =>
    [...(row[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
  );
}

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('dist/index.js');
  });

  it('has a name, description, author and branding', () => {
    expect(action.name).toBe('Fraud Detector Promote');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.author).toBeTruthy();
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toBeTruthy();
  });

  it('describes every input and output, and marks no input required (the action validates)', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description?.trim(), name).toBeTruthy();
      expect(input.required ?? false, name).toBe(false);
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description?.trim(), name).toBeTruthy();
    }
  });

  it('declares the defaults of the product contract', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, input.default]),
    );
    expect(defaults).toEqual({
      'github-token': '${{ github.token }}',
      comment: 'true',
    });
  });

  it('declares defaults as strings, as GitHub passes them', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined) expect(typeof input.default, name).toBe('string');
    }
  });

  it('has every input and output of docs/contract.md, in its order, plus only its listed additions', () => {
    const contract = readRepoFile('docs/contract.md');
    const additions = contractNames(contract, 'Inputs added beyond the original contract');
    expect(additions.length).toBeGreaterThan(0);
    // Part 2's inputs are declared once they are built (its status table says which).
    const part2 = contractNames(contract, 'Lifecycle');
    expect(
      Object.keys(action.inputs).filter((n) => !additions.includes(n) && !part2.includes(n)),
    ).toEqual(contractNames(contract, 'Inputs'));
    for (const name of additions) expect(Object.keys(action.inputs)).toContain(name);
    for (const name of ['rollback-to', 'keep-inactive-versions']) expect(part2).toContain(name);
    expect(Object.keys(action.outputs)).toEqual(contractNames(contract, 'Outputs'));
  });

  it('declares exactly the inputs the code knows (so no declared input is warned about as unexpected)', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...DECLARED_INPUTS].sort());
  });

  it('passes the GitHub action schema', () => {
    // The schema bundled with @action-validator/core 0.6 predates node24 and
    // lists only node12/16/20 for `runs.using`; node24 is checked above, so
    // validate everything else with that one value swapped.
    const doc = parseDocument(source);
    expect(doc.getIn(['runs', 'using'])).toBe('node24');
    doc.setIn(['runs', 'using'], 'node20');
    expect(validateAction(String(doc)).errors).toEqual([]);
  });

  it('is rejected by the validator when broken (the check above is not vacuous)', () => {
    const doc = parseDocument(source);
    doc.setIn(['runs', 'using'], 'node20');
    doc.set('unexpected-key', true);
    expect(validateAction(String(doc)).errors).not.toEqual([]);
  });
});
