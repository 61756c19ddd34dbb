// GitHub's @github/local-action runs an action on a developer's machine: it
// loads a .env file, imports the entry point and calls its exported run().
// The README's recipe (`npx local-action run . src/main.ts
// examples/local-action.env`) must keep working: src/main.ts exports run()
// and does not start on import (or the action would run twice), and the
// shipped .env plans the example config, showing outputs and the summary.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { REPO_ROOT } from '../../scripts/local-runner.js';
import { EXAMPLE_SEED, writeCalls } from './harness.js';

const ENV_FILE = 'examples/local-action.env';
const LOCAL_ACTION = join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');

/** The shipped .env with the emulator's real address and a summary file of this test. */
function envFileFor(emulatorUrl: string, summaryFile: string): string {
  const shipped = readFileSync(join(REPO_ROOT, ENV_FILE), 'utf8');
  expect(shipped).toMatch(/^INPUT_ENDPOINT-URL=http:\/\/127\.0\.0\.1:4566$/m);
  expect(shipped).toMatch(/^GITHUB_STEP_SUMMARY=local-action-summary\.md$/m);
  return shipped
    .replace(/^INPUT_ENDPOINT-URL=.*$/m, `INPUT_ENDPOINT-URL=${emulatorUrl}`)
    .replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY=${summaryFile}`);
}

/**
 * A developer's shell: no runner variables. On a real CI runner this test
 * itself runs inside a job, whose GITHUB_OUTPUT the action must not write to.
 */
function developerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_|NODE_OPTIONS$|VITEST)/.test(name),
    ),
  );
}

function runLocalAction(envFile: string): Promise<{ code: number | null; log: string }> {
  const child = spawn(process.execPath, [LOCAL_ACTION, 'run', '.', 'src/main.ts', envFile], {
    cwd: REPO_ROOT,
    env: developerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, log })));
}

let emu: Emulator;
let dir: string;
beforeEach(async () => {
  emu = await startEmulator({ seed: EXAMPLE_SEED, port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'fdp-local-action-'));
});
afterEach(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('@github/local-action with examples/local-action.env', () => {
  // A guard against a hung child, not a performance bound: local-action
  // compiles the sources with tsx on every run.
  it(
    'runs src/main.ts once: the plan, its outputs and the job summary',
    { timeout: 180_000 },
    async () => {
      const summaryFile = join(dir, 'summary.md');
      const envFile = join(dir, 'local-action.env');
      writeFileSync(envFile, envFileFor(emu.url, summaryFile));

      const { code, log } = await runLocalAction(envFile);

      expect(code, log).toBe(0);
      expect(log).not.toMatch(/does not export a run\(\) function/);
      // Once: a main.ts that also ran on import would plan twice.
      expect(log.match(/Planning detector payments_detector/g), log).toHaveLength(1);
      expect(log).toMatch(/^::set-output name=changed::true$/m);
      expect(log).toMatch(/^::set-output name=detectorVersionStatus::PLANNED$/m);
      const plan = /^::set-output name=plan::(.*)$/m.exec(log)?.[1];
      expect(plan, log).toBeDefined();
      expect((JSON.parse(plan!) as { rules: { removed: unknown[] } }).rules.removed).toEqual([]);
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toContain('Fraud Detector plan');
      expect(summary).toContain('review_large_amount');
      // A plan: nothing in the emulator changed.
      expect(writeCalls(emu)).toEqual([]);
    },
  );
});
