// Runs the bundled action (dist/index.js) exactly as the GitHub runner does:
// INPUT_* variables with the hyphens kept, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, an event payload in GITHUB_EVENT_PATH.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_ENTRY = join(REPO_ROOT, 'dist/index.js');

/** Dummy credentials: tests scan every output channel for them. */
export const DUMMY_AWS = {
  AWS_ACCESS_KEY_ID: 'AKIAFDPTESTDUMMY0001',
  AWS_SECRET_ACCESS_KEY: 'fdp-test-secret-key-do-not-print-0001',
  AWS_SESSION_TOKEN: 'fdp-test-session-token-do-not-print-0001',
};

export interface RunActionOptions {
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  env?: Record<string, string>;
  /** Files to create in the workspace (e.g. a config file). */
  workspaceFiles?: Record<string, string>;
  /** Anything else the workspace needs before the run (a symlink, a FIFO), given its path. */
  prepareWorkspace?: (workspace: string) => void;
  /** Read every regular file of the workspace after the run into `ActionRun.files` (e.g. what mode export wrote). */
  collectFiles?: boolean;
  /** Send `signal` once `when()` turns true (checked every few ms), e.g. at a step boundary. */
  kill?: { signal: NodeJS.Signals; when: () => boolean } | undefined;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** With `collectFiles`: workspace-relative path (forward slashes) → text, after the run. */
  files?: Record<string, string>;
}

/** Every regular file under `root` (links are not followed), by relative path. */
function readTree(root: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(root, rel));
    else if (entry.isFile()) out[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return out;
}

/** The environment the GitHub runner gives a JavaScript action step. */
export function runnerEnv(o: {
  dir: string;
  workspace: string;
  eventName: string;
  eventFile: string;
  outputFile: string;
  summaryFile: string;
  inputs: Record<string, string>;
  env?: Record<string, string> | undefined;
}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? o.dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: o.eventFile,
    GITHUB_OUTPUT: o.outputFile,
    GITHUB_STEP_SUMMARY: o.summaryFile,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'octo-org/fraud-rules',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/tags/v1.2.0',
    GITHUB_REF_NAME: 'v1.2.0',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: o.dir,
    AWS_REGION: 'us-east-1',
    ...DUMMY_AWS,
    ...o.env,
  };
  for (const [name, value] of Object.entries(o.inputs)) {
    // The runner upper-cases the name and keeps hyphens: INPUT_MODEL-ID.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fdp-e2e-'));
  const workspace = join(dir, 'workspace');
  const outputFile = join(dir, 'output.txt');
  const summaryFile = join(dir, 'summary.md');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.payload));
  mkdirSync(workspace, { recursive: true });
  for (const [name, content] of Object.entries(opts.workspaceFiles ?? {})) {
    mkdirSync(dirname(join(workspace, name)), { recursive: true });
    writeFileSync(join(workspace, name), content);
  }
  opts.prepareWorkspace?.(workspace);

  const env = runnerEnv({
    dir,
    workspace,
    eventName: opts.eventName,
    eventFile,
    outputFile,
    summaryFile,
    inputs: opts.inputs,
    env: opts.env,
  });

  const child = spawn(process.execPath, [DIST_ENTRY], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const kill = opts.kill;
  const killer = kill
    ? setInterval(() => {
        if (kill.when()) {
          child.kill(kill.signal);
          clearInterval(killer);
        }
      }, 2)
    : undefined;
  const guard = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 25_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
    child.on('close', (code, sig) => res([code, sig])),
  );
  clearTimeout(guard);
  if (killer) clearInterval(killer);

  const run: ActionRun = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
    ...(opts.collectFiles ? { files: readTree(workspace) } : {}),
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter … delimiter` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else {
      const eq = lines[i]!.indexOf('=');
      if (eq > 0) out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}
