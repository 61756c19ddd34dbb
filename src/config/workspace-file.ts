// Reading a file the repository provides (the config file; later rule
// expressions and event files) without trusting it: the path may be a symlink
// to /etc/passwd, a FIFO that blocks forever, /dev/zero, a symlink loop, or a
// gigabyte of text. Everything is checked on the file's metadata BEFORE a byte
// is read, and the outcome is a typed value the pure side turns into an input
// problem — never an exception, never the file's content.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';

/** What reading a workspace file gave. */
export type WorkspaceFile =
  | { kind: 'text'; text: string; bytes: Uint8Array; realPath: string }
  /** Not there. `siblings`: names in its folder (when that folder is inside the workspace), for a "did you mean". */
  | { kind: 'missing'; siblings: string[] }
  /** There, but not read: `rule` says why in words that name no content. `line` for invalid UTF-8. */
  | { kind: 'refused'; rule: string; line?: number };

export interface WorkspaceFileOptions {
  /** The folder the file must stay inside, after every symlink is resolved. */
  workspace: string;
  maxBytes: number;
}

/** No folder a "did you mean" is worth listing has more entries than this. */
const MAX_SIBLINGS = 1000;

/** "1 MiB", "64 KiB", "300 bytes": the size limit as a user reads it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** Why a path could not be opened, in words; undefined for "it does not exist". */
function openFailure(code: string): string | undefined {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return undefined;
    case 'ELOOP':
      return 'cannot be read: its path is a loop of symbolic links';
    case 'ENAMETOOLONG':
      return 'cannot be read: the path is too long for the file system';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    default:
      return `cannot be read (${code})`;
  }
}

export function isInside(child: string, parent: string): boolean {
  return (
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  );
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Names in the file's folder, only when that folder really is inside the workspace. */
function siblingsOf(file: string, workspaceReal: string): string[] {
  try {
    const dir = realpathSync(path.dirname(file));
    if (!isInside(dir, workspaceReal)) return [];
    return readdirSync(dir).slice(0, MAX_SIBLINGS);
  } catch {
    return [];
  }
}

/**
 * The 1-based line of the first byte that is not valid UTF-8. Found with the
 * same decoder that refused it (a streaming decode of ever longer prefixes,
 * by bisection), so the line can never disagree with the refusal.
 */
export function lineOfInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // The shortest failing prefix ends at the bad byte; if every prefix decodes,
  // the file ends inside a character and the last byte is to blame.
  let [lo, hi] = [0, bytes.length];
  if (decodes(hi)) lo = hi;
  else
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (decodes(mid)) lo = mid;
      else hi = mid;
    }
  const bad = Math.min(lo, bytes.length - 1);
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function readRegularFile(real: string, stats: Stats, maxBytes: number): WorkspaceFile {
  // O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening it
  // still cannot block; O_NOFOLLOW: nor can it have become a symlink.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let fd: number;
  try {
    fd = openSync(real, flags);
  } catch (err) {
    // Gone since the stat: missing, like any file that is not there.
    const failure = openFailure(errorCode(err));
    return failure === undefined
      ? { kind: 'missing', siblings: [] }
      : { kind: 'refused', rule: failure };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev)
      return { kind: 'refused', rule: 'changed while it was being read; run the job again' };
    if (opened.size > maxBytes)
      return { kind: 'refused', rule: `is larger than the limit of ${formatBytes(maxBytes)}` };
    // One byte more than its size: a file that grows while it is read is caught.
    const buffer = Buffer.alloc(opened.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      if (n === 0 || length === buffer.length) break;
    }
    if (length !== opened.size)
      return { kind: 'refused', rule: 'changed while it was being read; run the job again' };
    const bytes = buffer.subarray(0, length);
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { kind: 'text', text, bytes, realPath: real };
    } catch {
      const line = lineOfInvalidUtf8(bytes);
      return {
        kind: 'refused',
        rule: `is not valid UTF-8 text (line ${line}); save it as UTF-8`,
        line,
      };
    }
  } catch (err) {
    return { kind: 'refused', rule: openFailure(errorCode(err)) ?? 'cannot be read' };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `file` as UTF-8 text when it is a regular file, no larger than
 * `maxBytes`, whose real path (every symlink resolved) is inside the
 * workspace's real path. Never throws; never blocks on a special file; never
 * reads more than maxBytes + 1 bytes.
 */
export function readWorkspaceFile(file: string, options: WorkspaceFileOptions): WorkspaceFile {
  let workspaceReal: string;
  try {
    workspaceReal = realpathSync(options.workspace);
  } catch (err) {
    return {
      kind: 'refused',
      rule: `cannot be read: the workspace folder cannot be resolved (${errorCode(err)})`,
    };
  }
  const full = path.resolve(workspaceReal, file);
  let real: string;
  try {
    real = realpathSync(full);
  } catch (err) {
    const failure = openFailure(errorCode(err));
    return failure === undefined
      ? { kind: 'missing', siblings: siblingsOf(full, workspaceReal) }
      : { kind: 'refused', rule: failure };
  }
  if (!isInside(real, workspaceReal))
    return {
      kind: 'refused',
      rule: 'leads (through a symbolic link) outside the workspace; only files inside the repository workspace are read',
    };
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (err) {
    return { kind: 'refused', rule: openFailure(errorCode(err)) ?? 'cannot be read' };
  }
  if (!stats.isFile()) return { kind: 'refused', rule: `is ${kindOf(stats)}, not a regular file` };
  if (stats.size > options.maxBytes)
    return {
      kind: 'refused',
      rule: `is ${stats.size} bytes, larger than the limit of ${formatBytes(options.maxBytes)}`,
    };
  return readRegularFile(real, stats, options.maxBytes);
}
