import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readActionInputs } from '../../../src/config/action-inputs.js';
import { parseRequest, yamlNeeded } from '../../../src/config/parse-request.js';

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
  it('passes inputs untrimmed, reads files, and feeds parseRequest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'afd-config-'));
    writeFileSync(path.join(dir, 'afd.yml'), 'detector:\n  detectorId: from_file\n');
    input('mode', '  plan \n');
    input('config', 'afd.yml');
    input('aws-region', 'eu-west-1');
    const sources = await readActionInputs(3);
    expect(sources.getInput('mode')).toBe('  plan \n');
    expect(sources.getInput('never-set')).toBe('');
    expect(sources.readFile(path.join(dir, 'nope.yml'), { workspace: dir, maxBytes: 10 })).toEqual({
      kind: 'missing',
      siblings: ['afd.yml'],
    });
    expect(sources.reservedTagCount).toBe(3);
    const req = parseRequest({ ...sources, env: { GITHUB_WORKSPACE: dir } });
    expect(req.mode).toBe('plan');
    expect(req.detector?.detectorId).toBe('from_file');
  });

  it('masks the github token as soon as it is read', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    input('github-token', ' ghs_tokenvalue123 ');
    (await readActionInputs(7)).getInput('github-token');
    const written = write.mock.calls.map((c) => String(c[0])).join('');
    expect(written).toContain('::add-mask::ghs_tokenvalue123');
  });

  it('loads the yaml package only when a config file or an inline YAML input needs it', async () => {
    input('model-id', 'payments_model');
    input('model-type', 'ONLINE_FRAUD_INSIGHTS');
    input('model-version-number', '1.02');
    input('aws-region', 'eu-west-1');
    expect((await readActionInputs(3)).yaml).toBeUndefined();
    input('tags', 'team: fraud');
    const withTags = await readActionInputs(3);
    expect(withTags.yaml?.parseDocument).toBeTypeOf('function');
    expect(parseRequest(withTags).tags).toEqual([{ key: 'team', value: 'fraud' }]);
  });
});

describe('yamlNeeded', () => {
  const inputs =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';
  it('is true for a config file and for each inline YAML input, false for single values', () => {
    expect(yamlNeeded(inputs({ 'model-id': 'm', mode: 'plan', 'detector-id': 'd' }))).toBe(false);
    expect(yamlNeeded(inputs({ config: 'afd.yml' }))).toBe(true);
    for (const name of ['rules', 'model-versions', 'external-model-endpoints', 'tags']) {
      expect(yamlNeeded(inputs({ [name]: '- x' }))).toBe(true);
      expect(yamlNeeded(inputs({ [name]: '  \n' }))).toBe(false);
    }
  });

  it('parseRequest says so when a YAML input arrives without the yaml package', () => {
    expect(() =>
      parseRequest({
        getInput: inputs({ rules: '- r@1', 'detector-id': 'd' }),
        env: {},
        readFile: () => ({ kind: 'missing', siblings: [] }),
        now: new Date(),
        reservedTagCount: 0,
      }),
    ).toThrow(/needs the yaml package/);
  });
});
