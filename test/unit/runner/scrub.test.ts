// Everything that leaves the process through the light workflow commands: a
// log line from AFD or GitHub never becomes a workflow command, and a known
// secret never leaves, in any form a renderer gave it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOutputFile } from '../../../scripts/local-runner.js';
import * as core from '../../../src/runner/commands.js';
import { escapeHtml, escapeMarkdown } from '../../../src/report/markdown.js';
import { clearSecrets, scrubSecrets } from '../../../src/runner/scrub.js';
import { captureStdout as capture } from './capture.js';

/** Lines as the runner reads them (it splits at \r too), after its TrimStart. */
const runnerLines = (out: string): string[] => out.split(/\r\n|\r|\n/).map((l) => l.trimStart());
const isCommand = (line: string): boolean => line.startsWith('::') || line.startsWith('##[');

const SECRET = 'IQoJb3JpZ2luX2VjE_a*b[c]<d>&"e\'f';

let dir: string | undefined;
afterEach(() => {
  clearSecrets();
  delete process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_STEP_SUMMARY;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('info() with text the action did not write', () => {
  it('no line of it becomes a workflow command, whatever white space or line break precedes it', () => {
    const hostile = [
      'detector version ::add-mask::',
      '::add-mask::payments',
      '   ::error::forged',
      '\t##[warning]old style',
      'a\r::set-output name=x::y',
      '\u00A0::stop-commands::token',
    ].join('\n');
    const out = capture(() => core.info(`Found version ${hostile}`));
    expect(runnerLines(out).filter(isCommand)).toEqual([]);
    // What a reader sees is still the text, with an invisible mark before each command.
    expect(out.replace(/\u200B/g, '')).toBe(`Found version ${hostile}\n`);
  });

  it('leaves ordinary lines byte for byte', () => {
    expect(capture(() => core.info('a :: b\n  indented\n#1 ## x'))).toBe(
      'a :: b\n  indented\n#1 ## x\n',
    );
  });
});

describe('known secrets never leave the process', () => {
  it('is cut out of info, warning, notice, error annotations (message and title) and debug', () => {
    capture(() => core.setSecret(SECRET));
    const out = capture(() => {
      core.info(`echo ${SECRET}`);
      core.warning(`echo ${SECRET}`);
      core.notice(`echo ${SECRET}`);
      core.error(`echo ${SECRET}`, { title: `t ${SECRET}` });
      core.debug(`echo ${SECRET}`);
    });
    expect(out).not.toContain('IQoJb3Jp');
    expect(out.match(/\*\*\*/g)).toHaveLength(6);
  });

  it('add-mask itself still carries the secret to the runner', () => {
    expect(capture(() => core.setSecret(SECRET))).toContain(`::add-mask::${SECRET}`);
  });

  it('is cut out in its Markdown-, HTML- and JSON-escaped forms, and when cut short before an ellipsis', () => {
    capture(() => core.setSecret(SECRET));
    for (const form of [
      escapeMarkdown(SECRET),
      escapeHtml(SECRET),
      JSON.stringify(SECRET),
      `${SECRET.slice(0, 12)}…`,
      `prefix:${SECRET.slice(0, 9)}…`,
    ]) {
      expect(scrubSecrets(`before ${form} after`)).not.toContain('IQoJb3Jp');
    }
  });

  it('finds a cut secret inside a long line without spaces (a plan output), once per ellipsis', () => {
    capture(() => core.setSecret(SECRET));
    const line = `{"a":"${'x'.repeat(1_000_000)}…","b":"${SECRET.slice(0, 10)}…","c":"${SECRET.slice(0, 7)}…"}`;
    const out = scrubSecrets(line);
    expect(out).toContain('"b":"***…"');
    expect(out).toContain(`"c":"${SECRET.slice(0, 7)}…"`);
    expect(out.length).toBe(line.length - 10 + 3);
  });

  it('leaves a short head of a secret alone (under 8 characters is no evidence) and text without secrets', () => {
    capture(() => core.setSecret(SECRET));
    expect(scrubSecrets('IQoJb3J… and …')).toBe('IQoJb3J… and …');
  });

  it('masks every line of a multi-line secret, and the secret with its trailing newline trimmed', () => {
    capture(() => core.setSecret('first-line-secret\nsecond-line-secret\n'));
    expect(scrubSecrets('a first-line-secret b second-line-secret')).toBe('a *** b ***');
  });

  it('is cut out of outputs and the job summary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fdp-scrub-'));
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    capture(() => core.setSecret(SECRET));
    core.setOutput('plan', JSON.stringify({ description: SECRET }));
    await core.appendSummary(`## Echo\n\n${escapeMarkdown(SECRET)}`);
    const outputs = parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'));
    expect(outputs.plan).toBe('{"description":"***"}');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('## Echo\n\n***\n');
  });
});
