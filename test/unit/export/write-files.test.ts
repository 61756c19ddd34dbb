// The workspace writer of mode export, on a real temporary folder: folders
// are created, files replaced whole, and a symbolic link anywhere on the way
// (or a folder where a file goes) refuses the whole write before a byte.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkspaceFiles } from '../../../src/export/write-files.js';

let dir: string;
let workspace: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fdp-export-'));
  workspace = join(dir, 'workspace');
  outside = join(dir, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FILES = new Map([
  ['fraud-detector/rules/a.dpl', '$a > 1\n'],
  ['fraud-detector/d.yml', 'detector: {}\n'],
]);

describe('writeWorkspaceFiles', () => {
  it('creates the folders and writes every file, leaving no temporary file behind', () => {
    expect(writeWorkspaceFiles(workspace, FILES)).toEqual({
      kind: 'written',
      paths: ['fraud-detector/rules/a.dpl', 'fraud-detector/d.yml'],
    });
    expect(readFileSync(join(workspace, 'fraud-detector/rules/a.dpl'), 'utf8')).toBe('$a > 1\n');
    expect(readdirSync(join(workspace, 'fraud-detector')).sort()).toEqual(['d.yml', 'rules']);
  });

  it('replaces an existing file', () => {
    mkdirSync(join(workspace, 'fraud-detector'));
    writeFileSync(
      join(workspace, 'fraud-detector/d.yml'),
      'old text that is longer than the new one\n',
    );
    expect(writeWorkspaceFiles(workspace, FILES).kind).toBe('written');
    expect(readFileSync(join(workspace, 'fraud-detector/d.yml'), 'utf8')).toBe('detector: {}\n');
  });

  it('refuses a symbolic link at the target and writes nothing, not even the files before it', () => {
    mkdirSync(join(workspace, 'fraud-detector'));
    symlinkSync(join(outside, 'victim'), join(workspace, 'fraud-detector/d.yml'));
    expect(writeWorkspaceFiles(workspace, FILES)).toEqual({
      kind: 'refused',
      path: 'fraud-detector/d.yml',
      rule: 'fraud-detector/d.yml is a symbolic link; export writes only to real files and folders inside the workspace',
    });
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(workspace, 'fraud-detector'))).toEqual(['d.yml']);
  });

  it('refuses a symbolic link among the folders (rules/ pointing outside)', () => {
    mkdirSync(join(workspace, 'fraud-detector'));
    symlinkSync(outside, join(workspace, 'fraud-detector/rules'));
    const result = writeWorkspaceFiles(workspace, FILES);
    expect(result).toMatchObject({ kind: 'refused', path: 'fraud-detector/rules/a.dpl' });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a folder where the file goes, and a file where a folder goes', () => {
    mkdirSync(join(workspace, 'fraud-detector/d.yml'), { recursive: true });
    expect(writeWorkspaceFiles(workspace, FILES)).toMatchObject({
      kind: 'refused',
      rule: 'fraud-detector/d.yml exists and is not a regular file',
    });
    rmSync(join(workspace, 'fraud-detector'), { recursive: true });
    writeFileSync(join(workspace, 'fraud-detector'), '');
    expect(writeWorkspaceFiles(workspace, FILES)).toMatchObject({
      kind: 'refused',
      rule: 'fraud-detector is not a folder, so nothing can be written under it',
    });
  });

  it('writes through a workspace that is itself reached by a link (only links inside it count)', () => {
    const link = join(dir, 'link-to-workspace');
    symlinkSync(workspace, link);
    expect(writeWorkspaceFiles(link, FILES).kind).toBe('written');
    expect(readFileSync(join(workspace, 'fraud-detector/d.yml'), 'utf8')).toBe('detector: {}\n');
  });
});
