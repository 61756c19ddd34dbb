// pull_request_target runs with the base repository's credentials, so a config
// file there is trusted only when it provably is the base branch's file: its
// checkout's HEAD is the base commit (GITHUB_SHA) AND the file's bytes are that
// commit's blob (no working-tree change on top, no file added after checkout).
// Anything that cannot be shown — no .git, git missing or failing, a path git
// does not know — is untrusted: it fails closed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { MAX_CONFIG_FILE_BYTES, resolveConfigPath } from './config-file.js';
import { Problems } from './problems.js';
import { readWorkspaceFile } from './workspace-file.js';

/** Runs git in `cwd` and returns its standard output; throws when git fails or times out. */
export type Git = (cwd: string, args: readonly string[]) => string;

/** A read of two object ids; even a slow shared runner answers in well under this. */
const GIT_TIMEOUT_MS = 15_000;

/** Variables that would point git at another repository than the checkout's own. */
const GIT_LOCATION_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
];

/**
 * Only read-only plumbing runs (rev-parse, which runs no hooks, filters or
 * file-system monitor; the monitor is switched off besides), so nothing in the
 * checkout's own config can make this run code.
 * safe.directory names the checkout, as actions/checkout does, for container
 * jobs where the workspace belongs to another user.
 */
export const runGit: Git = (cwd, args) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  };
  for (const name of GIT_LOCATION_VARIABLES) delete env[name];
  return execFileSync(
    'git',
    [
      '-c',
      `safe.directory=${cwd.split(path.sep).join('/')}`,
      '-c',
      'core.fsmonitor=false',
      '-C',
      cwd,
      ...args,
    ],
    {
      encoding: 'utf8',
      env,
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: 64 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    },
  );
};

/** git's object id of a blob with these bytes (SHA-1, or SHA-256 in a SHA-256 repository). */
export function blobId(bytes: Uint8Array, algorithm: 'sha1' | 'sha256'): string {
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The bytes with CRLF line ends turned into LF, as git stores a file checked out with autocrlf. */
function withLfLineEnds(bytes: Uint8Array): Uint8Array {
  return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}

/** The nearest folder from `dir` up to `workspace` that holds a `.git`. */
function nearestCheckout(dir: string, workspace: string): string | undefined {
  for (let d = dir; d === workspace || d.startsWith(workspace + path.sep); d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (d === workspace) break;
  }
  return undefined;
}

function gitFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { signal?: string; stderr?: string };
  if (e.code === 'ENOENT') return 'git is not installed';
  if (e.signal) return 'git did not answer in time';
  const first = (e.stderr ?? '').split('\n')[0]?.trim() ?? '';
  // git's own message, cut short: it names paths, never file content.
  return first ? first.slice(0, 160) : 'git failed';
}

/**
 * Why a file read from the workspace cannot be trusted as the base commit's,
 * or undefined when it provably is: its checkout's HEAD is `base` and its bytes
 * are the blob at its path in that commit.
 */
export function untrustedFileReason(
  file: { realPath: string; bytes: Uint8Array },
  workspace: string,
  base: string | undefined,
  git: Git = runGit,
): string | undefined {
  if (!base)
    return 'GITHUB_SHA is not set, so the checkout cannot be shown to be the base branch commit';
  let checkout: string | undefined;
  try {
    checkout = nearestCheckout(path.dirname(file.realPath), realpathSync(workspace));
  } catch {
    checkout = undefined;
  }
  if (!checkout)
    return `no git checkout holds it in the workspace, so it cannot be shown to be the base branch's commit ${base}`;
  let commit: string;
  try {
    commit = git(checkout, ['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}']).trim();
  } catch (err) {
    return `the commit of its checkout could not be read (${gitFailure(err)}), so it cannot be shown to be the base branch's commit ${base}`;
  }
  if (commit !== base)
    return `its checkout holds commit ${commit}, not the base branch's commit ${base}: for example the pull request's head or merge commit`;
  const inCommit = path.relative(checkout, file.realPath).split(path.sep).join('/');
  let blob: string;
  try {
    blob = git(checkout, ['rev-parse', '--verify', '--end-of-options', `HEAD:${inCommit}`]).trim();
  } catch {
    return `${inCommit} is not a file of the base branch's commit ${base}: it was added to the working tree after the checkout`;
  }
  const algorithm = blob.length === 64 ? 'sha256' : 'sha1';
  if (blob === blobId(file.bytes, algorithm)) return undefined;
  // A Windows checkout (core.autocrlf) writes CRLF line ends for a blob stored with LF.
  if (blob === blobId(withLfLineEnds(file.bytes), algorithm)) return undefined;
  return `it differs from ${inCommit} in the base branch's commit ${base}: it was changed in the working tree after the checkout`;
}

/**
 * On pull_request_target, why the config file cannot be trusted — or undefined
 * when it provably is the base commit's file, or when the event is another
 * one. A config file that is missing or refused is not read at all (that is
 * reported as its own problem), so it needs no verdict here.
 */
export function untrustedConfigReason(
  env: NodeJS.ProcessEnv,
  configInput: string,
  git: Git = runGit,
): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target' || configInput.trim() === '')
    return undefined;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  // The very path parseRequest will read; a path it refuses is never read.
  const resolved = resolveConfigPath(configInput.trim(), workspace, new Problems());
  if (!resolved) return undefined;
  const file = readWorkspaceFile(resolved.full, { workspace, maxBytes: MAX_CONFIG_FILE_BYTES });
  if (file.kind !== 'text') return undefined;
  return untrustedFileReason(file, workspace, env.GITHUB_SHA, git);
}
