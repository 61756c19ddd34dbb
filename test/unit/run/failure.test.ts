// How refused inputs reach the user: each problem annotated exactly once (a
// config-file problem at its line, not again in the failure message), and the
// job summary showing values verbatim.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, type InputProblem } from '../../../src/domain/errors.js';
import { renderInputProblems, reportFailure } from '../../../src/run/failure.js';

const IN_FILE: InputProblem = {
  input: 'model.gates.minAuc',
  value: '90',
  rule: 'must be a number greater than 0 and at most 1 (an AUC)',
  position: { file: '.github/afd.yml', line: 7, column: 13 },
};
const AS_INPUT: InputProblem = { input: 'aws-region', rule: 'is required' };

let out: string[];
let summaryFile: string;
const saved = process.env.GITHUB_STEP_SUMMARY;
beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    out.push(String(c));
    return true;
  });
  summaryFile = join(mkdtempSync(join(tmpdir(), 'afd-failure-')), 'summary.md');
  writeFileSync(summaryFile, '');
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env.GITHUB_STEP_SUMMARY = saved;
  process.exitCode = undefined;
});

const errorLines = (): string[] =>
  out
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('::error'));

describe('reportFailure for refused inputs', () => {
  it('annotates a config-file problem once, at its file and line, and fails the step', async () => {
    await reportFailure(new InputError([IN_FILE]));
    const lines = errorLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error title=Invalid input model\.gates\.minAuc,file=\.github\/afd\.yml,line=7,col=13::/,
    );
    expect(process.exitCode).toBe(1);
  });

  it('with problems of both kinds, annotates each once', async () => {
    await reportFailure(new InputError([IN_FILE, AS_INPUT]));
    const lines = errorLines();
    expect(lines.filter((l) => l.includes('model.gates.minAuc'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("Input 'aws-region': is required"))).toHaveLength(1);
    expect(process.exitCode).toBe(1);
  });

  it('counts the problems that are not listed, in the failure message and the summary', async () => {
    // Only file problems listed: the count still reaches the log, in one more annotation.
    await reportFailure(new InputError([IN_FILE], 1234));
    expect(errorLines()).toHaveLength(2);
    expect(errorLines()[1]).toContain('1235 inputs are invalid: 1 is annotated');
    expect(errorLines()[1]).toContain('1234 more are not listed');
    expect(readFileSync(summaryFile, 'utf8')).toContain('1235 inputs were refused');
    expect(readFileSync(summaryFile, 'utf8')).toContain('and 1234 more problems, not listed');
    // Problems of both kinds: the input problem and the count in the failure message.
    out = [];
    await reportFailure(new InputError([IN_FILE, AS_INPUT], 7));
    const last = errorLines().at(-1) ?? '';
    expect(last).toContain("Input 'aws-region': is required");
    expect(out.join('')).toContain('and 7 more problems, not listed');
  });

  it('writes the summary with values verbatim in code spans: no entities, no added backslashes', async () => {
    const regex: InputProblem = {
      input: 'rules',
      value: '^\\d+$ @team #12',
      rule: 'must be a list',
    };
    await reportFailure(new InputError([regex]));
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('- Input `rules` = `^\\d+$ @team #12`: must be a list');
    expect(summary).not.toContain('&#8203;');
    const pattern: InputProblem = {
      input: 'model-id',
      value: 'Payments-Model',
      rule: 'must match ^[0-9a-z_]+$ (lowercase letters, digits and _)',
    };
    expect(renderInputProblems(new InputError([pattern]))).toContain(
      '- Input `model-id` = `Payments-Model`: must match `^[0-9a-z_]+$` \\(lowercase letters, digits and \\_\\)',
    );
    expect(renderInputProblems(new InputError([IN_FILE]))).toContain(
      '- Input `model.gates.minAuc` = `90` (`.github/afd.yml:7`): must be a number',
    );
  });
});
