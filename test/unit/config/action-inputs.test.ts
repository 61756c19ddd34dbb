import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readActionInputs } from '../../../src/config/action-inputs.js';
import { parseRequest } from '../../../src/config/parse-request.js';

const set: string[] = [];
function input(name: string, value: string): void {
  const key = `INPUT_${name.toUpperCase()}`;
  process.env[key] = value;
  set.push(key);
}

afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
  vi.restoreAllMocks();
});

describe('readActionInputs', () => {
  it('passes inputs untrimmed, reads files, and feeds parseRequest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'afd-config-'));
    writeFileSync(path.join(dir, 'afd.yml'), 'detector:\n  detectorId: from_file\n');
    input('mode', '  plan \n');
    input('config', 'afd.yml');
    input('aws-region', 'eu-west-1');
    const sources = readActionInputs(3);
    expect(sources.getInput('mode')).toBe('  plan \n');
    expect(sources.getInput('never-set')).toBe('');
    expect(sources.readFile(path.join(dir, 'nope.yml'))).toBeUndefined();
    expect(sources.reservedTagCount).toBe(3);
    const req = parseRequest({ ...sources, env: { GITHUB_WORKSPACE: dir } });
    expect(req.mode).toBe('plan');
    expect(req.detector?.detectorId).toBe('from_file');
  });

  it('masks the github token as soon as it is read', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    input('github-token', ' ghs_tokenvalue123 ');
    readActionInputs(7).getInput('github-token');
    const written = write.mock.calls.map((c) => String(c[0])).join('');
    expect(written).toContain('::add-mask::ghs_tokenvalue123');
  });
});
