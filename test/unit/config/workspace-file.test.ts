// readWorkspaceFile on real files: what a hostile repository (or a workflow
// step before ours) can put where the config file should be.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  lineOfInvalidUtf8,
  readWorkspaceFile,
  type WorkspaceFile,
} from '../../../src/config/workspace-file.js';

const SECRET = 'root:x:0:0:secret-content-outside';

function setup(): { ws: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'fdp-wsfile-'));
  const ws = join(root, 'ws');
  mkdirSync(join(ws, '.github'), { recursive: true });
  const outside = join(root, 'outside.txt');
  writeFileSync(outside, `${SECRET}\n`);
  return { ws, outside };
}

const read = (ws: string, file: string, maxBytes = 1024): WorkspaceFile =>
  readWorkspaceFile(join(ws, file), { workspace: ws, maxBytes });

function refusal(result: WorkspaceFile): string {
  expect(result.kind).toBe('refused');
  const rule = result.kind === 'refused' ? result.rule : '';
  expect(rule).not.toContain('secret-content');
  return rule;
}

describe('readWorkspaceFile', () => {
  it('reads a regular UTF-8 file inside the workspace, also through a symlink that stays inside', () => {
    const { ws } = setup();
    writeFileSync(join(ws, '.github', 'afd.yml'), 'mode: plan # ünïcode\n');
    symlinkSync('afd.yml', join(ws, '.github', 'link.yml'));
    for (const name of ['.github/afd.yml', '.github/link.yml']) {
      const result = read(ws, name);
      expect(result.kind).toBe('text');
      expect(result.kind === 'text' && result.text).toBe('mode: plan # ünïcode\n');
    }
  });

  it('refuses a symlink (or a symlinked folder) that leads outside the workspace, without its content', () => {
    const { ws, outside } = setup();
    symlinkSync(outside, join(ws, '.github', 'afd.yml'));
    symlinkSync(join(outside, '..'), join(ws, 'up'));
    expect(refusal(read(ws, '.github/afd.yml'))).toContain('outside the workspace');
    expect(refusal(read(ws, 'up/outside.txt'))).toContain('outside the workspace');
  });

  it('refuses a FIFO without blocking, and a link to /dev/zero without reading it', () => {
    const { ws } = setup();
    execFileSync('mkfifo', [join(ws, 'pipe.yml')]);
    expect(refusal(read(ws, 'pipe.yml'))).toContain('named pipe (FIFO), not a regular file');
    // /dev/zero is outside the workspace; inside a workspace that holds /dev it is a device.
    symlinkSync('/dev/zero', join(ws, 'zero.yml'));
    expect(refusal(read(ws, 'zero.yml'))).toContain('outside the workspace');
    expect(refusal(readWorkspaceFile('/dev/zero', { workspace: '/dev', maxBytes: 10 }))).toContain(
      'is a device, not a regular file',
    );
  });

  it('refuses a directory, a symlink loop and a too-long name with a clear rule', () => {
    const { ws } = setup();
    expect(refusal(read(ws, '.github'))).toContain('is a directory, not a regular file');
    symlinkSync('b.yml', join(ws, 'a.yml'));
    symlinkSync('a.yml', join(ws, 'b.yml'));
    expect(refusal(read(ws, 'a.yml'))).toContain('loop of symbolic links');
    expect(refusal(read(ws, `${'x'.repeat(300)}.yml`))).toContain('path is too long');
  });

  it('refuses a file over the limit, naming the limit, before reading it', () => {
    const { ws } = setup();
    writeFileSync(join(ws, 'big.yml'), 'a'.repeat(2049));
    expect(refusal(read(ws, 'big.yml', 2048))).toContain(
      '2049 bytes, larger than the limit of 2 KiB',
    );
    writeFileSync(join(ws, 'fits.yml'), 'a'.repeat(2048));
    expect(read(ws, 'fits.yml', 2048).kind).toBe('text');
  });

  it('refuses invalid UTF-8 with the line of the first bad byte', () => {
    const { ws } = setup();
    writeFileSync(join(ws, 'latin1.yml'), Buffer.from('a: 1\nb: 2\nc: caf\xe9\n', 'latin1'));
    const result = read(ws, 'latin1.yml');
    expect(refusal(result)).toContain('is not valid UTF-8 text (line 3)');
    expect(result.kind === 'refused' && result.line).toBe(3);
  });

  it('says missing, listing the names in its folder for a "did you mean"', () => {
    const { ws } = setup();
    writeFileSync(join(ws, '.github', 'afd.yaml'), '');
    expect(read(ws, '.github/afd.yml')).toEqual({ kind: 'missing', siblings: ['afd.yaml'] });
    // A folder outside the workspace is not listed.
    const { outside } = setup();
    symlinkSync(join(outside, '..'), join(ws, 'up'));
    expect(read(ws, 'up/nope.yml')).toEqual({ kind: 'missing', siblings: [] });
  });
});

describe('lineOfInvalidUtf8', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it('finds a stray continuation byte, an overlong form, a surrogate and a cut-off character', () => {
    expect(lineOfInvalidUtf8(bytes('ok\n', [0x80]))).toBe(2);
    expect(lineOfInvalidUtf8(bytes('é\n\n', [0xc0, 0xaf], '\n'))).toBe(3);
    expect(lineOfInvalidUtf8(bytes('a\nb\nc\n', [0xed, 0xa0, 0x80]))).toBe(4);
    expect(lineOfInvalidUtf8(bytes('x\n', [0xe2, 0x82]))).toBe(2);
  });
});

describe('formatBytes', () => {
  it('names the limit as a user reads it', () => {
    expect([formatBytes(1024 * 1024), formatBytes(2048), formatBytes(1000)]).toEqual([
      '1 MiB',
      '2 KiB',
      '1000 bytes',
    ]);
  });
});
