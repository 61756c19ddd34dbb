// GitHub's @github/local-action runs an action on a developer's machine: it
// loads a .env file (dotenv), imports the entry point and calls its exported
// run(). The README's recipe (`npx @github/local-action run . src/main.ts
// examples/local-action.env`) relies on exactly that contract, tested here
// without local-action itself (its dependencies need Node 22, this project
// supports Node 20; see CONTRIBUTING.md): importing src/main.ts starts
// nothing, and run() with the shipped .env plans the example config against
// the emulator, with outputs and a job summary.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { REPO_ROOT } from '../../scripts/local-runner.js';
import { EXAMPLE_SEED, writeCalls } from './harness.js';

const ENV_FILE = 'examples/local-action.env';

/** The shipped .env as dotenv reads it: `KEY=value` lines, `#` comments. */
function readEnvFile(): Record<string, string> {
  const entries: [string, string][] = [];
  for (const line of readFileSync(join(REPO_ROOT, ENV_FILE), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([\w.-]+)=(.*)$/.exec(line);
    expect(m, `not a dotenv line: ${line}`).not.toBeNull();
    entries.push([m![1]!, m![2]!]);
  }
  return Object.fromEntries(entries);
}

/**
 * A developer's shell: no runner variables. On a real CI runner this test
 * itself runs inside a job, whose GITHUB_OUTPUT the action must not write to.
 */
function developerEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] =>
        e[1] !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_|VITEST)/.test(e[0]),
    ),
  );
}

/** What local-action does: import the entry point, then (if asked) call its run(). */
const DRIVER = `
const entry = await import('./src/main.ts');
console.log('imported; run is a ' + typeof entry.run);
if (process.env.CALL_RUN === 'yes') await entry.run();
`;

function runDriver(env: Record<string, string>): Promise<{ code: number | null; log: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', DRIVER], {
    cwd: REPO_ROOT,
    env: { ...developerEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, log })));
}

let emu: Emulator;
let dir: string;
let env: Record<string, string>;
let summaryFile: string;
beforeEach(async () => {
  emu = await startEmulator({ seed: EXAMPLE_SEED, port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'fdp-local-action-'));
  summaryFile = join(dir, 'summary.md');
  const shipped = readEnvFile();
  expect(shipped['INPUT_ENDPOINT-URL']).toBe('http://127.0.0.1:4566');
  expect(shipped.GITHUB_STEP_SUMMARY).toBe('local-action-summary.md');
  // The emulator of this test, and a summary file of its own.
  env = { ...shipped, 'INPUT_ENDPOINT-URL': emu.url, GITHUB_STEP_SUMMARY: summaryFile };
});
afterEach(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

// Guards against a hung child, not performance bounds: tsx compiles the sources.
describe('the @github/local-action contract, with examples/local-action.env', () => {
  it('importing src/main.ts starts nothing', { timeout: 120_000 }, async () => {
    const { code, log } = await runDriver(env);
    expect(code, log).toBe(0);
    expect(log.trim()).toBe('imported; run is a function');
    expect(emu.calls).toEqual([]);
    expect(existsSync(summaryFile)).toBe(false);
  });

  it('run() plans the example config: outputs and job summary', { timeout: 120_000 }, async () => {
    const { code, log } = await runDriver({ ...env, CALL_RUN: 'yes' });

    expect(code, log).toBe(0);
    expect(log.match(/Planning detector payments_detector/g), log).toHaveLength(1);
    // No GITHUB_OUTPUT in the .env: the outputs are printed, as @actions/core does.
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
  });
});
