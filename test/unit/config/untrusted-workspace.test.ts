// pull_request_target runs with the base repository's credentials; when the
// workflow checked out the PR head, or changed the base checkout's files, the
// config file is the PR author's code. These run real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobId, untrustedConfigReason, type Git } from '../../../src/config/checkout-trust.js';
import { parseRequest } from '../../../src/config/parse-request.js';
import { fakeSources, sourcesError } from './helpers.js';

const HEAD = 'a'.repeat(40);
const INPUTS = { 'aws-region': 'us-east-1', config: '.github/afd.yml' };
const FILES = { files: { '.github/afd.yml': 'detector:\n  detectorId: payments_detector\n' } };

describe('config file on pull_request_target', () => {
  it('is refused when the workspace holds the PR head, naming config and the commit', () => {
    const sources = { ...fakeSources(INPUTS, FILES), untrustedWorkspace: HEAD };
    const problem = sourcesError(sources).problems.find((p) => p.input === 'config');
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

const CONFIG = '.github/afd.yml';
const TEXT = 'detector:\n  detectorId: payments_detector\n';

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

/** A workspace whose `sub` folder ('' for the root) is a git checkout with the config file committed. */
function checkout(sub = ''): { ws: string; repo: string; base: string } {
  const ws = mkdtempSync(join(tmpdir(), 'fdp-trust-'));
  const repo = join(ws, sub);
  mkdirSync(join(repo, '.github'), { recursive: true });
  writeFileSync(join(repo, CONFIG), TEXT);
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  return { ws, repo, base: git(repo, 'rev-parse', 'HEAD') };
}

const env = (ws: string, sha: string, event = 'pull_request_target') => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_WORKSPACE: ws,
  GITHUB_SHA: sha,
});

describe("untrustedConfigReason: on pull_request_target, only the base commit's own file is trusted", () => {
  it('trusts a clean checkout of the base commit, in the workspace or in a checkout `path:`', () => {
    const root = checkout();
    expect(untrustedConfigReason(env(root.ws, root.base), CONFIG)).toBeUndefined();
    const sub = checkout('repo');
    expect(untrustedConfigReason(env(sub.ws, sub.base), `repo/${CONFIG}`)).toBeUndefined();
  });

  it('refuses another commit (the PR head), naming both commits', () => {
    const { ws, repo, base } = checkout();
    writeFileSync(join(repo, CONFIG), 'detector:\n  detectorId: evil\n');
    git(repo, 'commit', '-q', '-am', 'pr head');
    const head = git(repo, 'rev-parse', 'HEAD');
    const reason = untrustedConfigReason(env(ws, base), CONFIG);
    expect(reason).toContain(head);
    expect(reason).toContain(base);
  });

  it('refuses a working-tree change on top of the base checkout', () => {
    const { ws, repo, base } = checkout();
    writeFileSync(join(repo, CONFIG), 'detector:\n  detectorId: from_the_pr\n');
    expect(untrustedConfigReason(env(ws, base), CONFIG)).toMatch(
      /differs from \.github\/afd\.yml in the base branch's commit .*changed in the working tree/,
    );
    // Staged with git add (as `git checkout <pr> -- file` does) is still not the commit's file.
    git(repo, 'add', CONFIG);
    expect(untrustedConfigReason(env(ws, base), CONFIG)).toMatch(/differs from/);
  });

  it('refuses a file added to the working tree after the checkout', () => {
    const { ws, repo, base } = checkout();
    writeFileSync(join(repo, '.github', 'new.yml'), TEXT);
    expect(untrustedConfigReason(env(ws, base), '.github/new.yml')).toMatch(
      /not a file of the base branch's commit .*added to the working tree/,
    );
  });

  it('trusts the base file checked out with CRLF line ends (core.autocrlf on Windows)', () => {
    const { ws, repo, base } = checkout();
    writeFileSync(join(repo, CONFIG), TEXT.replace(/\n/g, '\r\n'));
    expect(untrustedConfigReason(env(ws, base), CONFIG)).toBeUndefined();
  });

  it('fails closed: no .git, a broken .git, git missing or failing, no GITHUB_SHA', () => {
    const { ws, repo, base } = checkout();
    const failing: Git = () => {
      throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    };
    expect(untrustedConfigReason(env(ws, base), CONFIG, failing)).toMatch(/git is not installed/);
    expect(untrustedConfigReason({ ...env(ws, base), GITHUB_SHA: '' }, CONFIG)).toMatch(
      /GITHUB_SHA is not set/,
    );
    rmSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, '.git', 'HEAD'), `${base}\n`);
    // A hand-made .git whose HEAD names the base commit is not a checkout of it.
    expect(untrustedConfigReason(env(ws, base), CONFIG)).toMatch(/could not be read/);
    rmSync(join(repo, '.git'), { recursive: true });
    expect(untrustedConfigReason(env(ws, base), CONFIG)).toMatch(/no git checkout/);
  });

  it('does not apply to other events, without a config file, or to a file that is not there', () => {
    const { ws, repo } = checkout();
    writeFileSync(join(repo, CONFIG), 'changed: true\n');
    expect(untrustedConfigReason(env(ws, 'f'.repeat(40), 'pull_request'), CONFIG)).toBeUndefined();
    expect(untrustedConfigReason(env(ws, 'f'.repeat(40)), '  ')).toBeUndefined();
    // Not read at all: the missing file is its own problem.
    expect(untrustedConfigReason(env(ws, 'f'.repeat(40)), 'nope.yml')).toBeUndefined();
  });
});

describe('blobId', () => {
  it('is the id git gives the same bytes', () => {
    const { repo } = checkout();
    const id = git(repo, 'rev-parse', `HEAD:${CONFIG}`);
    expect(blobId(Buffer.from(TEXT), 'sha1')).toBe(id);
  });
});
