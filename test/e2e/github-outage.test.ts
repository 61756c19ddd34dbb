// A GitHub API that hangs, refuses connections or is not configured: the run
// still finishes with its outputs and summary, and says what was not done.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import { pullRequestPayload, runAgainst, startScaledEmulator, writeCalls } from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eTestToken000000000000000000000003';
const PR = 42;
const RULES_REORDERED =
  '- high_model_score@5\n- block_known_bad_ip@2\n- review_medium_score@1\n- approve_default@1\n';

let emu: Emulator;
let gh: GitHubApi | undefined;
beforeEach(async () => {
  emu = await startScaledEmulator();
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh?.close();
  gh = undefined;
});

function prRun(apiUrl: string, inputs: Record<string, string> = {}) {
  return runAgainst(emu, {
    eventName: 'pull_request',
    payload: pullRequestPayload(PR, 'opened', 'a'.repeat(40)),
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_REF_NAME: `${PR}/merge`,
      GITHUB_SHA: '1'.repeat(40),
    },
    inputs: { 'detector-id': DETECTOR, rules: RULES_REORDERED, 'github-token': TOKEN, ...inputs },
  });
}

describe('a pull request run whose GitHub API does not answer', () => {
  it('finishes with its outputs and plan, and says the comment was not posted', async () => {
    const api = (gh = await startGitHubApi({ token: TOKEN }));
    api.neverAnswer(/./);
    const run = await prRun(api.url);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', detectorVersionStatus: 'PLANNED' });
    const said = `Could not reach GitHub's API at ${api.url}: the PR comment was not posted (no answer within 5 s)`;
    expect(run.stdout).toContain(`::warning::${said}`);
    expect(plainText(run.summary)).toContain(said);
    expect(run.summary).toContain('Fraud Detector plan');
  });

  it('a refused connection is "could not reach", not "GitHub answered 500"', async () => {
    const api = await startGitHubApi({ token: TOKEN });
    const url = api.url;
    await api.close();
    const run = await prRun(url);
    expect(run.exitCode).toBe(0);
    const text = run.stdout + run.stderr + run.summary;
    expect(text).not.toMatch(/answered 500/);
    expect(plainText(run.summary)).toContain(
      `Could not reach GitHub's API at ${url}: the PR comment was not posted (ECONNREFUSED)`,
    );
  });

  it('with no github-token, says in the log that the comment is skipped', async () => {
    const run = await prRun('http://127.0.0.1:9', { 'github-token': '' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('No github-token: the PR comment is skipped.');
  });
});

describe('a merge push whose pull request look-up hangs', () => {
  it('goes on to AFD and finishes with outputs and a summary that says the review was not checked', async () => {
    const api = (gh = await startGitHubApi({ token: TOKEN }));
    api.neverAnswer(/\/commits\/[0-9a-f]+\/pulls$/);
    const push = webhookExample('push') as { repository: { default_branch: string } };
    const branch = push.repository.default_branch;
    const run = await runAgainst(emu, {
      eventName: 'push',
      payload: push,
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_REF: `refs/heads/${branch}`,
        GITHUB_REF_NAME: branch,
        GITHUB_SHA: 'c'.repeat(40),
      },
      inputs: {
        'detector-id': DETECTOR,
        rules: RULES_REORDERED,
        promote: 'true',
        'github-token': TOKEN,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu)).toEqual([
      'CreateDetectorVersion',
      'TagResource', // fdp:replaced-version, before the promotion
      'UpdateDetectorVersionStatus',
    ]);
    expect(run.outputs).toMatchObject({ detectorVersionStatus: 'ACTIVE', changed: 'true' });
    expect(plainText(run.summary)).toMatch(
      /could not be checked against the one reviewed: the pull request of commit ccccccc could not be looked up: Could not reach GitHub's API at .* \(no answer within 5 s\)/,
    );
  });
});

/** The summary as read: Markdown escapes (\_, a zero-width space that stops autolinks) removed. */
function plainText(markdown: string): string {
  return markdown.replaceAll('\\', '').replaceAll('&#8203;', '');
}
