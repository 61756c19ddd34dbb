// At least 200 generated bad inputs through the real entry point (run() of
// src/main.ts, in-process): every one is rejected before any AFD call, with a
// message that names the input, and no stack trace.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { run } from '../../src/main.js';

const VALID: Record<string, string> = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://risk-data/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  'activate-model': 'true',
  'detector-id': 'payments_detector',
  'aws-region': 'us-east-1',
};

const text = fc
  .string({ unit: 'binary', maxLength: 80 })
  .filter((s) => !s.includes('\0') && s.trim() !== '');
/** Bad values per input: each generator only yields values that break the input's rule. */
const BAD: Record<string, fc.Arbitrary<string>> = {
  'model-id': text.filter((s) => !/^[0-9a-z_]{1,64}$/.test(s.trim())),
  'detector-id': text.filter((s) => !/^[0-9a-z_-]{1,64}$/.test(s.trim())),
  'major-version-number': text.filter((s) => !/^[1-9][0-9]{0,4}$/.test(s.trim())),
  'min-auc': text.filter((s) => {
    const n = Number(s.trim());
    return !(Number.isFinite(n) && n > 0 && n <= 1);
  }),
  'timeout-minutes': text.filter(
    (s) => !/^(0*[1-9][0-9]{0,3})$/.test(s.trim()) || Number(s.trim()) > 4320,
  ),
  mode: text.filter((s) => !['plan', 'draft', 'apply', 'auto'].includes(s.trim())),
  'aws-region': text.filter((s) => !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(s.trim())),
  'training-data-location': text.filter((s) => !/^s3:\/\/.+$/.test(s.trim())),
};
const RUNS_PER_INPUT = 26; // 8 inputs × 26 = 208 generated bad inputs

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.close();
});

async function runWith(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ out: string; exitCode: number | undefined }> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries({ ...inputs, 'endpoint-url': emu.url })) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }
  process.env.AWS_ACCESS_KEY_ID = 'AKIDTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  process.exitCode = undefined;
  try {
    await run();
  } finally {
    spy.mockRestore();
    process.env = saved;
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out: chunks.join(''), exitCode };
}

describe('generated bad inputs through the entry point', () => {
  let total = 0;
  afterAll(() => {
    expect(total).toBeGreaterThanOrEqual(200);
  });

  it.each(Object.keys(BAD))(
    '%s: every bad value is rejected before any AFD call, naming the input',
    async (input) => {
      await fc.assert(
        fc.asyncProperty(BAD[input]!, async (value) => {
          total++;
          const { out, exitCode } = await runWith({ ...VALID, [input]: value });
          expect(exitCode).toBe(1);
          const error = out.split('\n').find((l) => l.startsWith('::error::')) ?? '';
          expect(error).toContain(`Input '${input}'`);
          expect(out).not.toMatch(/\s+at .+:\d+:\d+\)?$/m);
          expect(emu.calls).toHaveLength(0);
        }),
        { numRuns: RUNS_PER_INPUT, seed: 20261123 },
      );
    },
  );
});

describe('inputs the action does not declare, through the entry point', () => {
  it('warns about each with the closest declared name (the gate it meant is not applied)', async () => {
    const { out } = await runWith({ ...VALID, min_auc: '0.9', detectorid: 'x', mode: 'nope' });
    const warnings = out.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toEqual([
      "::warning::Unexpected input 'detectorid'; did you mean 'detector-id'? It is ignored.",
      "::warning::Unexpected input 'min_auc'; did you mean 'min-auc'? It is ignored.",
    ]);
    expect(emu.calls).toHaveLength(0);
  });
});

describe('a hostile config file through the entry point', () => {
  const SECRET = 'root:x:0:0:the-target-s-content';
  const workspace = (): string => {
    const root = mkdtempSync(join(tmpdir(), 'fdp-hostile-'));
    const ws = join(root, 'ws');
    mkdirSync(join(ws, '.github'), { recursive: true });
    writeFileSync(join(root, 'passwd'), `${SECRET}\n`);
    writeFileSync(join(root, 'list.json'), `["${SECRET}"]\n`);
    return ws;
  };
  const BASE = { 'aws-region': 'us-east-1', 'detector-id': 'payments_detector' };

  it.each([
    ['a symlink to a file outside the workspace', '../../passwd', 'outside the workspace'],
    ['a symlink to a JSON list outside the workspace', '../../list.json', 'outside the workspace'],
    ['a symlink to /dev/zero', '/dev/zero', 'outside the workspace'],
    ['a symlink loop', 'afd.yml', 'loop of symbolic links'],
    ['a FIFO', undefined, 'named pipe (FIFO), not a regular file'],
  ])('%s is refused on input config, without its content', async (_, target, rule) => {
    const ws = workspace();
    const file = join(ws, '.github', 'afd.yml');
    if (target === undefined) execFileSync('mkfifo', [file]);
    else symlinkSync(target, file);
    const { out, exitCode } = await runWith(
      { ...BASE, config: '.github/afd.yml' },
      { GITHUB_WORKSPACE: ws },
    );
    expect(exitCode).toBe(1);
    const error = out.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    expect(error).toContain("Input 'config'");
    expect(error).toContain(rule);
    expect(out).not.toContain('the-target-s-content');
    expect(out).not.toContain('Unexpected error');
    expect(emu.calls).toHaveLength(0);
  });

  it('a file over 1 MiB is refused naming the limit; invalid UTF-8 is refused at its line', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'big.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    writeFileSync(join(ws, 'latin1.yml'), Buffer.from('mode: plan\n# caf\xe9\n', 'latin1'));
    const big = await runWith({ ...BASE, config: 'big.yml' }, { GITHUB_WORKSPACE: ws });
    expect(big.out).toContain('larger than the limit of 1 MiB');
    const latin1 = await runWith({ ...BASE, config: 'latin1.yml' }, { GITHUB_WORKSPACE: ws });
    expect(latin1.out).toMatch(
      /^::error .*file=latin1\.yml,line=2::.*not valid UTF-8 text \(line 2\)/m,
    );
    expect(emu.calls).toHaveLength(0);
  });
});

describe('a config file with 50,000 unknown keys through the entry point', () => {
  it('writes at most 51 error annotations and a summary under 1 MiB, counting the rest', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'fdp-keys-'));
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i.toString(36)}: 1\n`).join('');
    writeFileSync(join(ws, 'afd.yml'), keys);
    const summary = join(ws, 'summary.md');
    writeFileSync(summary, '');
    const { out, exitCode } = await runWith(
      { 'aws-region': 'us-east-1', 'detector-id': 'payments_detector', config: 'afd.yml' },
      { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary },
    );
    expect(exitCode).toBe(1);
    const annotations = out.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations.length).toBeLessThanOrEqual(51);
    // 50 annotated at their lines, the rest counted in the failure message.
    expect(annotations.filter((l) => l.includes('file=afd.yml'))).toHaveLength(50);
    expect(out).toMatch(
      /^::error::50\d\d\d inputs are invalid: 50 are annotated .* 499\d\d more are not listed/m,
    );
    const written = readFileSync(summary, 'utf8');
    expect(Buffer.byteLength(written)).toBeLessThan(1024 * 1024);
    expect(written).toMatch(/and 499\d\d more problems, not listed/);
  });
});

describe("pull_request_target: a config file that is not the base commit's own", () => {
  const BASE_SHA = 'b'.repeat(40);
  const prt = (ws: string): Record<string, string> => ({
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_SHA: BASE_SHA,
  });
  const inputs = { 'aws-region': 'us-east-1', config: 'afd.yml' };

  it('is refused in a folder with no .git, and in a base checkout changed after checkout', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'fdp-prt-'));
    writeFileSync(join(plain, 'afd.yml'), 'detector:\n  detectorId: from_the_pr\n');
    const noGit = await runWith(inputs, prt(plain));
    expect(noGit.exitCode).toBe(1);
    expect(noGit.out).toMatch(
      /Input 'config'.*is not read on pull_request_target: no git checkout/,
    );

    const repo = mkdtempSync(join(tmpdir(), 'fdp-prt-git-'));
    writeFileSync(join(repo, 'afd.yml'), 'detector:\n  detectorId: payments_detector\n');
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'afd.yml'), 'detector:\n  detectorId: from_the_pr\n');
    const changed = await runWith(inputs, { ...prt(repo), GITHUB_SHA: git('rev-parse', 'HEAD') });
    expect(changed.exitCode).toBe(1);
    expect(changed.out).toMatch(/is not read on pull_request_target: it differs from afd\.yml/);
    expect(changed.out).not.toContain('from_the_pr');
    expect(emu.calls).toHaveLength(0);
  });
});
