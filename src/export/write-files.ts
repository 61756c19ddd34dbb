// Writing files into the workspace without trusting it: the repository a
// workflow checked out may hold a symbolic link where export writes (to
// ~/.ssh, to the runner's own files, to .git/hooks), or a folder where a file
// should be. Every path is checked before anything is written; each file is
// written to a temporary file beside it and renamed over the target, so a
// reader (or a cancelled run) never sees half a file.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { isInside } from '../config/workspace-file.js';

export type WriteResult =
  | { kind: 'written'; paths: string[] }
  /** Nothing (or, for a failure after the checks, only the files before `path`) was written. */
  | { kind: 'refused'; path: string; rule: string };

class Refusal extends Error {
  constructor(
    readonly path: string,
    readonly rule: string,
  ) {
    super(rule);
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** lstat that says "not there" instead of throwing. */
function lstatOrMissing(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/** Every folder on the way must be a real folder or not exist yet; the file a regular file or nothing. */
function checkPath(root: string, relative: string): void {
  const parts = relative.split('/');
  let dir = root;
  for (const [i, part] of parts.entries()) {
    const at = path.join(dir, part);
    const shown = parts.slice(0, i + 1).join('/');
    const stats = lstatOrMissing(at);
    const last = i === parts.length - 1;
    if (stats?.isSymbolicLink())
      throw new Refusal(
        relative,
        `${shown} is a symbolic link; export writes only to real files and folders inside the workspace`,
      );
    if (!stats) return; // The rest is created.
    if (!last && !stats.isDirectory())
      throw new Refusal(relative, `${shown} is not a folder, so nothing can be written under it`);
    if (last && !stats.isFile())
      throw new Refusal(relative, `${shown} exists and is not a regular file`);
    dir = at;
  }
}

/** Creates the missing folders one by one and checks each really is where it should be. */
function makeFolders(root: string, relative: string): string {
  let dir = root;
  for (const part of relative.split('/').slice(0, -1)) {
    dir = path.join(dir, part);
    try {
      mkdirSync(dir);
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
    }
    // Swapped for a link since the check? The real path says.
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink() || !stats.isDirectory() || realpathSync(dir) !== dir)
      throw new Refusal(
        relative,
        `${path.relative(root, dir)} changed while export wrote; run it again`,
      );
  }
  return dir;
}

function writeAtomically(dir: string, target: string, text: string): void {
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL + O_NOFOLLOW: a name someone placed there first is never written through.
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const fd = openSync(temp, flags, 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;)
      done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (err) {
    closeSync(fd);
    unlinkSync(temp);
    throw err;
  }
  closeSync(fd);
  try {
    // rename replaces the name itself: a link put at the target meanwhile is replaced, not followed.
    renameSync(temp, target);
  } catch (err) {
    unlinkSync(temp);
    throw err;
  }
}

/**
 * Writes `files` (workspace-relative, forward slashes, already free of `..`
 * and absolute paths) under `workspace`. All paths are checked first, so a
 * refused path means nothing was written.
 */
export function writeWorkspaceFiles(
  workspace: string,
  files: ReadonlyMap<string, string>,
): WriteResult {
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch (err) {
    return {
      kind: 'refused',
      path: '.',
      rule: `the workspace folder cannot be resolved (${code(err)})`,
    };
  }
  const written: string[] = [];
  let current = '';
  try {
    for (const relative of files.keys()) {
      current = relative;
      checkPath(root, relative);
    }
    for (const [relative, text] of files) {
      current = relative;
      const dir = makeFolders(root, relative);
      const target = path.join(root, ...relative.split('/'));
      if (!isInside(target, root)) throw new Refusal(relative, 'leads outside the workspace');
      writeAtomically(dir, target, text);
      written.push(relative);
    }
  } catch (err) {
    if (err instanceof Refusal) return { kind: 'refused', path: err.path, rule: err.rule };
    return { kind: 'refused', path: current, rule: `cannot be written (${code(err)})` };
  }
  return { kind: 'written', paths: written };
}
