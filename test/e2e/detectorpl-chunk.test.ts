// Start-up: the DetectorPL library (and re2js, most of its weight) is in its
// own chunk of dist/, loaded only for a config with rules as code. Pinned by
// running a copy of dist/ without that chunk: a bad input still fails with its
// own message, while a config with rules as code needs the chunk.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/local-runner.js';

/** A message only the DetectorPL lint has: the file that holds it is the library's chunk. */
const DETECTORPL_MARK = 'is not a function this action knows';

let dir: string;
let chunk: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fdp-chunk-'));
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const holders = readdirSync(join(dir, 'dist')).filter(
    (f) =>
      f.endsWith('.js') && readFileSync(join(dir, 'dist', f), 'utf8').includes(DETECTORPL_MARK),
  );
  expect(holders).toHaveLength(1);
  chunk = holders[0]!;
  rmSync(join(dir, 'dist', chunk));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(inputs: Record<string, string>, files: Record<string, string> = {}) {
  const workspace = join(dir, 'ws');
  rmSync(workspace, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  mkdirSync(workspace, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return spawnSync(process.execPath, [join(dir, 'dist', 'index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the DetectorPL chunk', () => {
  it('is not dist/index.js', () => {
    expect(chunk).not.toBe('index.js');
  });

  it('is not loaded on a bad input', () => {
    const out = run({ 'aws-region': 'us-east-1', 'detector-id': 'Not Valid!' });
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/Input 'detector-id'/);
    expect(out.stdout + out.stderr).not.toMatch(
      /Cannot find|ERR_MODULE_NOT_FOUND|Unexpected error/,
    );
  });

  it('is loaded for a config with rules as code (so the test above can fail)', () => {
    const out = run(
      { 'aws-region': 'us-east-1', config: 'fd.yml' },
      {
        'fd.yml':
          'detector:\n  detectorId: payments_detector\n  rules:\n    - { ruleId: r, expression: $a > 1, outcomes: [review] }\n',
      },
    );
    expect(out.status).toBe(1);
    expect(out.stdout + out.stderr).toMatch(/Unexpected error|Cannot find/);
  });
});
