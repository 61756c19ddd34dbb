// Many detectors in one repository end to end: dist/index.js with a config
// file whose `detectors:` list holds three detectors and no `detector-id`,
// against the AFD emulator (the example account plus two more detectors) and
// a loopback GitHub API. A pull request gets ONE comment with a section per
// detector; an apply where one detector fails still promotes the others and
// fails the step, naming the one that failed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { loadSeedFile } from '../../emulator/seed.js';
import { parseDetectorsMarker } from '../../src/report/comment-marker.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { webhookExample } from '../support/webhooks.js';
import { EXAMPLE_SEED, pullRequestPayload, runAgainst, TIME_SCALE, writeCalls } from './harness.js';

const TOKEN = 'ghs_e2eTestToken000000000000000000000011';
const PR = 12;
const CONFIG_PATH = 'fraud-detector/detectors.yml';

/** A new rule as code for a detector that has no version yet. */
const firstVersion = (
  detectorId: string,
  ruleId: string,
  ip: string,
): string => `  - detectorId: ${detectorId}
    ruleExecutionMode: FIRST_MATCHED
    rules:
      - ruleId: ${ruleId}
        expression: $ip_address == "${ip}"
        outcomes: [review]
`;

/** payments_detector's ACTIVE version 2 with two rules swapped, and two detectors' first versions. */
function config(third = 'login_detector'): Record<string, string> {
  return {
    [CONFIG_PATH]: `tags: { team: risk }
detectors:
  - detectorId: payments_detector
    rules: [high_model_score@5, block_known_bad_ip@2, review_medium_score@1, approve_default@1]
${firstVersion('signup_detector', 'signup_bad_ip', '203.0.113.9')}${firstVersion(third, 'login_bad_ip', '198.51.100.7')}`,
  };
}

let emu: Emulator;
let gh: GitHubApi;
beforeEach(async () => {
  // The example account plus two detectors on its payment event type, with no versions yet.
  const seed = loadSeedFile(EXAMPLE_SEED);
  const base = seed.detectors![0]!;
  seed.detectors = [
    ...seed.detectors!,
    { ...base, detectorId: 'signup_detector', description: 'Sign-ups' },
    { ...base, detectorId: 'login_detector', description: 'Log-ins' },
  ];
  emu = await startEmulator({ seed, clock: { mode: 'scaled', scale: TIME_SCALE } });
  gh = await startGitHubApi({ token: TOKEN });
  emu.calls.length = 0;
});
afterEach(async () => {
  await emu.close();
  await gh.close();
});

const versionsOf = (detectorId: string) =>
  emu.snapshot().detectorVersions.filter((v) => v.detectorId === detectorId);

describe('many detectors in one run', () => {
  it('a pull request gets one comment with a section per detector, and nothing is written', async () => {
    const run = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: pullRequestPayload(PR, 'opened', 'a'.repeat(40)),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_REF_NAME: `${PR}/merge`,
        GITHUB_SHA: '1'.repeat(40),
      },
      workspaceFiles: config(),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(run.stdout + run.stderr).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(writeCalls(emu)).toEqual([]);
    const detectors = JSON.parse(run.outputs.detectors!) as Record<string, { changed: boolean }>;
    expect(Object.keys(detectors)).toEqual([
      'payments_detector',
      'signup_detector',
      'login_detector',
    ]);
    expect(Object.values(detectors).map((d) => d.changed)).toEqual([true, true, true]);
    // The single-detector outputs belong to runs of one detector.
    expect(run.outputs.detectorVersionId).toBeUndefined();

    const comments = gh.state.comments.get(PR)!;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    const marker = parseDetectorsMarker(body);
    expect(marker?.region).toBe('us-east-1');
    expect([...marker!.fingerprints.keys()]).toEqual([
      'payments_detector',
      'signup_detector',
      'login_detector',
    ]);
    for (const fp of marker!.fingerprints.values()) expect(fp).toMatch(/^[0-9a-f]{16}$/);
    for (const id of ['payments_detector', 'signup_detector', 'login_detector'])
      expect(body).toMatch(new RegExp(`^### (🔴|🟡) Fraud Detector plan · ${id} · PLANNED$`, 'm'));
    expect(body).toMatch(/^## Fraud Detector plan · 3 detectors · us-east-1$/m);

    // The next push updates the same comment.
    const again = await runAgainst(emu, {
      eventName: 'pull_request',
      payload: pullRequestPayload(PR, 'synchronize', 'b'.repeat(40)),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_REF_NAME: `${PR}/merge`,
        GITHUB_SHA: '2'.repeat(40),
      },
      workspaceFiles: config(),
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN },
    });
    expect(again.exitCode).toBe(0);
    expect(gh.state.comments.get(PR)).toHaveLength(1);
    expect(gh.state.comments.get(PR)![0]!.body).toContain('`bbbbbbb`');
  });

  it('in apply a failing detector does not stop the others: they are promoted, the step fails naming it', async () => {
    const payload = webhookExample('push') as { repository: { default_branch: string } };
    const branch = payload.repository.default_branch;
    const run = await runAgainst(emu, {
      eventName: 'push',
      payload,
      env: {
        GITHUB_REF: `refs/heads/${branch}`,
        GITHUB_REF_NAME: branch,
        GITHUB_SHA: 'c'.repeat(40),
      },
      // The second detector of the list does not exist in AFD.
      workspaceFiles: {
        [CONFIG_PATH]: config()[CONFIG_PATH]!.replace('signup_detector', 'missing_detector'),
      },
      inputs: { config: CONFIG_PATH, mode: 'apply', promote: 'true' },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/::error::1 of 3 detectors failed: missing_detector\./);
    // The ones before and after the failure were promoted.
    expect(
      versionsOf('payments_detector').find((v) => v.status === 'ACTIVE')?.detectorVersionId,
    ).toBe('4');
    expect(versionsOf('login_detector').map((v) => [v.detectorVersionId, v.status])).toEqual([
      ['1', 'ACTIVE'],
    ]);
    const detectors = JSON.parse(run.outputs.detectors!) as Record<string, unknown>;
    expect(detectors).toMatchObject({
      payments_detector: { detectorVersionId: '4', detectorVersionStatus: 'ACTIVE', changed: true },
      login_detector: { detectorVersionId: '1', detectorVersionStatus: 'ACTIVE', changed: true },
    });
    expect(detectors).not.toHaveProperty('signup_detector');
    // The summary says which were promoted and which failed, and why.
    expect(run.summary).toMatch(/## ❌ Fraud Detector apply: 3 detectors, 2 promoted, 1 failed/);
    expect(run.summary).toMatch(/\| payments_detector \| ✅ promoted \| 4 \| ACTIVE \|/);
    expect(run.summary).toMatch(/\| login_detector \| ✅ promoted \| 1 \| ACTIVE \|/);
    expect(run.summary).toMatch(
      /\| missing_detector \| ❌ failed: Not found for detector missing\\_detector in us-east-1/,
    );
  });
});
