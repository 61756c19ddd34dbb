// A credential pasted into the wrong input never comes back in the error: not
// in the log, the annotations or the job summary, not even a part of it
// (checked as every 8-character window of the credential).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CREDENTIAL_PLACEHOLDER } from '../../src/config/problems.js';
import { run } from '../../src/main.js';

const VALID: Record<string, string> = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://risk-data/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  'aws-region': 'us-east-1',
};

/** A deterministic 300-character stand-in for an STS session token (mixed base64). */
const SESSION_TOKEN = Array.from(
  { length: 300 },
  (_, i) => 'IQoJb3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJHMEUCIQD+/xyz0123456789'[(i * 7 + 3) % 56],
).join('');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs the entry point in-process with `inputs` and `env`; everything a user could read. */
async function visibleOutput(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'fdp-input-secrets-'));
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '');
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    delete process.env[key];
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(process.env, { GITHUB_STEP_SUMMARY: summary, ...env });
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
  // The runner consumes ::add-mask:: and never shows it.
  const log = chunks
    .join('')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return `${log}\n${readFileSync(summary, 'utf8')}`;
}

function leakedWindows(secret: string, text: string): string[] {
  const windows: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) {
    const w = secret.slice(i, i + 8);
    if (text.includes(w)) windows.push(w);
  }
  return windows;
}

describe('a credential pasted into an input is never quoted', () => {
  it('an unknown 300-character session token in model-id: no 8 characters of it anywhere', async () => {
    const out = await visibleOutput({ ...VALID, 'model-id': SESSION_TOKEN });
    expect(out).toContain("Input 'model-id'");
    expect(out).toContain(CREDENTIAL_PLACEHOLDER);
    expect(leakedWindows(SESSION_TOKEN, out)).toEqual([]);
  });

  it('the known AWS_SESSION_TOKEN in model-id: scrubbed before the value is shortened', async () => {
    const out = await visibleOutput(
      { ...VALID, 'model-id': `${SESSION_TOKEN}x` },
      { AWS_SESSION_TOKEN: SESSION_TOKEN, AWS_ACCESS_KEY_ID: 'AKIAFDPTESTDUMMY0001' },
    );
    expect(out).toContain("Input 'model-id'");
    expect(leakedWindows(SESSION_TOKEN, out)).toEqual([]);
  });

  it.each([
    ['a GitHub token', `ghp_${'A1b2C3d4E5'.repeat(4)}`],
    ['a fine-grained GitHub token', `github_pat_11ABCDEFG0_${'x9Y8z7'.repeat(10)}`],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['an AWS secret access key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ])('%s in model-id is replaced whole, never Markdown-escaped', async (_what, credential) => {
    const out = await visibleOutput({ ...VALID, 'model-id': credential });
    expect(out).toContain(CREDENTIAL_PLACEHOLDER);
    expect(leakedWindows(credential, out.replace(/\\/g, ''))).toEqual([]);
  });

  it('an ordinary bad value is still quoted (a 40-character commit SHA is not a credential)', async () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const out = await visibleOutput({ ...VALID, 'model-id': `Model-${sha}` });
    expect(out).toContain(`Model-${sha}`);
    expect(out).not.toContain(CREDENTIAL_PLACEHOLDER);
  });
});
