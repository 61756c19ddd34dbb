// pull_request_target runs with the base repository's credentials; when the
// workflow checked out the PR head, the config file is the PR author's code.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedOutCommit, untrustedConfigReason } from '../../../src/config/action-inputs.js';
import { parseRequest } from '../../../src/config/parse-request.js';
import { InputError } from '../../../src/domain/errors.js';
import { fakeSources } from './helpers.js';

const HEAD = 'a'.repeat(40);
const INPUTS = { 'aws-region': 'us-east-1', config: '.github/afd.yml' };
const FILES = { files: { '.github/afd.yml': 'detector:\n  detectorId: payments_detector\n' } };

describe('config file on pull_request_target', () => {
  it('is refused when the workspace holds the PR head, naming config and the commit', () => {
    const sources = { ...fakeSources(INPUTS, FILES), untrustedWorkspace: HEAD };
    let err: unknown;
    try {
      parseRequest(sources);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const problem = (err as InputError).problems.find((p) => p.input === 'config');
    expect(problem?.rule).toContain('pull_request_target');
    expect(problem?.rule).toContain(HEAD);
    expect(problem?.rule).toContain('allow-pr-head-config');
  });

  it('is read when allow-pr-head-config is true, or when the workspace is trusted', () => {
    const allowed = {
      ...fakeSources({ ...INPUTS, 'allow-pr-head-config': 'true' }, FILES),
      untrustedWorkspace: HEAD,
    };
    expect(parseRequest(allowed).detector?.detectorId).toBe('payments_detector');
    expect(parseRequest(fakeSources(INPUTS, FILES)).detector?.detectorId).toBe('payments_detector');
  });
});

describe('checkedOutCommit reads the workspace commit from .git without git', () => {
  const repo = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'fdp-git-'));
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, '.git', p, '..'), { recursive: true });
      writeFileSync(join(dir, '.git', p), text);
    }
    return dir;
  };
  it('detached HEAD (as actions/checkout leaves a PR checkout)', () => {
    expect(checkedOutCommit(repo({ HEAD: `${HEAD}\n` }))).toBe(HEAD);
  });
  it('a branch ref, loose or packed', () => {
    expect(
      checkedOutCommit(repo({ HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${HEAD}\n` })),
    ).toBe(HEAD);
    expect(
      checkedOutCommit(
        repo({
          HEAD: 'ref: refs/heads/main\n',
          'packed-refs': `# pack-refs\n${HEAD} refs/heads/main\n`,
        }),
      ),
    ).toBe(HEAD);
  });
  it('no repository', () => {
    expect(checkedOutCommit(mkdtempSync(join(tmpdir(), 'fdp-nogit-')))).toBeUndefined();
  });
});

describe('untrustedConfigReason: on pull_request_target, only a checkout of the base commit is trusted', () => {
  const BASE = 'b'.repeat(40);
  /** A workspace whose `sub` folder (or root, with sub '') is a checkout of `commit`. */
  const workspace = (commit: string | undefined, sub = ''): string => {
    const ws = mkdtempSync(join(tmpdir(), 'fdp-ws-'));
    const checkout = join(ws, sub);
    mkdirSync(join(checkout, '.github'), { recursive: true });
    writeFileSync(join(checkout, '.github', 'afd.yml'), 'detector: {}\n');
    if (commit) {
      mkdirSync(join(checkout, '.git'), { recursive: true });
      writeFileSync(join(checkout, '.git', 'HEAD'), `${commit}\n`);
    }
    return ws;
  };
  const env = (ws: string, event = 'pull_request_target') => ({
    GITHUB_EVENT_NAME: event,
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: BASE,
  });

  it('trusts the base commit, in the workspace or in a checkout `path:`', () => {
    expect(untrustedConfigReason(env(workspace(BASE)), '.github/afd.yml')).toBeUndefined();
    expect(
      untrustedConfigReason(env(workspace(BASE, 'repo')), 'repo/.github/afd.yml'),
    ).toBeUndefined();
  });

  it('refuses the PR head (or any other commit), naming both commits', () => {
    const reason = untrustedConfigReason(env(workspace(HEAD)), '.github/afd.yml');
    expect(reason).toContain(HEAD);
    expect(reason).toContain(BASE);
  });

  it('fails closed when no checkout can be read', () => {
    expect(untrustedConfigReason(env(workspace(undefined)), '.github/afd.yml')).toMatch(
      /no git checkout/,
    );
  });

  it('does not apply to other events, or without a config file', () => {
    expect(
      untrustedConfigReason(env(workspace(HEAD), 'pull_request'), '.github/afd.yml'),
    ).toBeUndefined();
    expect(untrustedConfigReason(env(workspace(HEAD)), '  ')).toBeUndefined();
  });
});
