// The hand-written workflow commands must be byte-identical to @actions/core's.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOutputFile } from '../../../scripts/local-runner.js';
import * as light from '../../../src/runner/commands.js';
import { captureStdout as capture } from './capture.js';

afterEach(() => {
  process.exitCode = undefined;
});

const NASTY = 'line 1\nline 2\r\n100% done: a,b :: c';

describe('workflow commands without @actions/core', () => {
  it('error annotations with file, line and column match @actions/core', () => {
    const props = {
      title: 'Invalid input: a,b',
      file: 'cfg/a:b.yml',
      startLine: 12,
      startColumn: 3,
    };
    expect(capture(() => light.error(NASTY, props))).toBe(capture(() => core.error(NASTY, props)));
    expect(capture(() => light.error(NASTY))).toBe(capture(() => core.error(NASTY)));
  });

  it('setFailed, setSecret and debug match @actions/core', () => {
    expect(capture(() => light.setFailed(NASTY))).toBe(capture(() => core.setFailed(NASTY)));
    expect(capture(() => light.setSecret('s3cr3t%\n'))).toBe(
      capture(() => core.setSecret('s3cr3t%\n')),
    );
    expect(capture(() => light.debug(NASTY))).toBe(capture(() => core.debug(NASTY)));
    expect(capture(() => light.info(NASTY))).toBe(capture(() => core.info(NASTY)));
    expect(capture(() => light.warning(NASTY))).toBe(capture(() => core.warning(NASTY)));
    expect(capture(() => light.notice(NASTY))).toBe(capture(() => core.notice(NASTY)));
  });

  it('setFailed sets exit code 1', () => {
    capture(() => light.setFailed('x'));
    expect(process.exitCode).toBe(1);
  });

  it('reads inputs as the runner passes them (hyphens kept, untrimmed)', () => {
    process.env['INPUT_MODEL-ID'] = '  payments_model ';
    expect(light.getInput('model-id')).toBe(core.getInput('model-id', { trimWhitespace: false }));
    delete process.env['INPUT_MODEL-ID'];
    expect(light.getInput('model-id')).toBe('');
  });
});

describe('file commands without @actions/core', () => {
  const tmp = (): string => mkdtempSync(join(tmpdir(), 'fdp-cmd-'));

  it("setOutput writes GITHUB_OUTPUT records that read back like @actions/core's", () => {
    const dir = tmp();
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    const value = '{"plan": "multi\nline"}\r\nend %';
    process.env.GITHUB_OUTPUT = ours;
    light.setOutput('plan', value);
    light.setOutput('changed', 'true');
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput('plan', value);
    core.setOutput('changed', 'true');
    delete process.env.GITHUB_OUTPUT;
    const read = (f: string) => parseOutputFile(readFileSync(f, 'utf8'));
    expect(read(ours)).toEqual(read(theirs));
    expect(read(ours).changed).toBe('true');
    expect(read(ours).plan).toContain('multi');
  });

  it('appendSummary appends exactly what core.summary.addRaw(md, true).write() appends', async () => {
    const dir = tmp();
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, 'before\n');
    writeFileSync(theirs, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = ours;
    await light.appendSummary('## Plan\n\n| a |\n|---|');
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await core.summary.addRaw('## Plan\n\n| a |\n|---|', true).write();
    core.summary.emptyBuffer();
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });
});
