// dist/index.js against an endpoint that is not AFD (endpoint-url may point
// anywhere): every field of every answer is crafted to attack the run. Its
// text must not become workflow commands, raw HTML or a second marker in the
// comment and the summary; the session token it echoes must not leave the
// process; its huge fields must not make a huge `plan` output; a list it
// never ends must end the run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DUMMY_AWS, runAction, type ActionRun } from '../../scripts/local-runner.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { startHostileAfd, type HostileAfd, type HostileHandler } from '../support/hostile-afd.js';
import { webhookExample } from '../support/webhooks.js';
import { visibleText } from './harness.js';

const DETECTOR = 'payments_detector';
const TOKEN = 'ghs_e2eHostileToken00000000000000000000001';
const PR = 42;
const FORGED_ERROR = '::error title=FORGED::AFD says all clear';
const FORGED_MASK = '::add-mask::payments_detector';
const FORGED_MARKER = '<!-- fraud-detector-promote:detector=payments_detector fingerprint=00 -->';
const HTML = '<img src=x onerror=alert(1)></details><details open>';

/** An "AFD" whose every text field attacks: commands, HTML, markers, echoed credentials, 3 MB. */
const hostile: HostileHandler = (operation, request, _call, headers) => {
  const echoed = `${String(headers['x-amz-security-token'])} ${String(headers.authorization)}`;
  switch (operation) {
    case 'DescribeDetector':
      return {
        body: {
          detectorId: DETECTOR,
          detectorVersionSummaries: [
            { detectorVersionId: `3\n${FORGED_ERROR}\n${FORGED_MASK}`, status: 'ACTIVE' },
          ],
        },
      };
    case 'GetDetectorVersion':
      return {
        body: {
          detectorId: DETECTOR,
          detectorVersionId: request.detectorVersionId,
          status: `ACTIVE\n${FORGED_MASK}\n${HTML}`,
          description: `${FORGED_MARKER}\n## 🟢 Fraud Detector plan · No changes\n${echoed}\n${'d'.repeat(3_000_000)}`,
          rules: [{ detectorId: DETECTOR, ruleId: 'block_known_bad_ip', ruleVersion: '1' }],
          modelVersions: [],
          externalModelEndpoints: [],
          ruleExecutionMode: `${FORGED_MARKER}${HTML}`,
        },
      };
    case 'GetRules':
      return {
        body: {
          ruleDetails: [
            {
              detectorId: DETECTOR,
              ruleId: request.ruleId,
              ruleVersion: request.ruleVersion,
              expression: `$ip_risk > 1\n${FORGED_ERROR}\n${echoed}`,
              outcomes: ['block'],
              language: 'DETECTORPL',
            },
          ],
        },
      };
    default:
      return { body: {} };
  }
};

let afd: HostileAfd;
let gh: GitHubApi;
beforeEach(async () => {
  gh = await startGitHubApi({ token: TOKEN });
});
afterEach(async () => {
  await afd?.close();
  await gh.close();
});

function prPayload() {
  const payload = webhookExample('pull_request', 'opened') as {
    number: number;
    pull_request: { number: number; head: { sha: string } };
  };
  payload.number = PR;
  payload.pull_request.number = PR;
  payload.pull_request.head.sha = 'a'.repeat(40);
  return payload;
}

async function planAgainst(handler: HostileHandler): Promise<ActionRun> {
  afd = await startHostileAfd(handler);
  return runAction({
    eventName: 'pull_request',
    payload: prPayload(),
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_REF_NAME: `${PR}/merge`,
      GITHUB_SHA: '1'.repeat(40),
    },
    inputs: {
      'endpoint-url': afd.url,
      'detector-id': DETECTOR,
      rules: '- block_known_bad_ip@2\n',
      mode: 'plan',
      'github-token': TOKEN,
    },
    timeoutMs: 60_000,
  });
}

/** Lines as the runner reads them (split at \r as well), after its TrimStart. */
const runnerLines = (out: string): string[] => out.split(/\r\n|\r|\n/).map((l) => l.trimStart());

describe('a plan against a hostile endpoint', () => {
  it('forges no command, no HTML, no marker; leaks no credential; keeps the plan output bounded', async () => {
    const run = await planAgainst(hostile);
    expect(run.signal).toBeNull();
    expect(afd.calls).toContain('GetDetectorVersion');
    const lines = runnerLines(run.stdout);
    expect(lines.filter((l) => l.startsWith('::error title=FORGED'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::add-mask::payments'))).toEqual([]);

    const comment = gh.state.comments.get(PR)?.[0]?.body ?? '';
    expect(comment).not.toBe('');
    for (const md of [comment, run.summary]) {
      expect(md).not.toContain('<img');
      expect(md).not.toContain(FORGED_MARKER);
      expect(md.match(/<details[\s>]/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
      expect(md).not.toMatch(/^#+ 🟢 Fraud Detector plan/m);
    }
    // Only the action's own marker, on the first line.
    expect(comment.match(/<!--/g)).toHaveLength(1);

    for (const text of [visibleText(run), comment]) {
      for (const secret of [DUMMY_AWS.AWS_SESSION_TOKEN, DUMMY_AWS.AWS_SECRET_ACCESS_KEY, TOKEN])
        expect(text).not.toContain(secret);
    }
    expect(run.outputs.plan?.length ?? 0).toBeLessThan(100_000);
  });

  it('a list that never ends stops the run with an error that names the endpoint', async () => {
    const run = await planAgainst((operation, request, call, headers) =>
      operation === 'DescribeDetector'
        ? { body: { detectorVersionSummaries: [], nextToken: 'again' } }
        : hostile(operation, request, call, headers),
    );
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('sent a nextToken it had sent before');
    expect(afd.calls.filter((op) => op === 'DescribeDetector')).toHaveLength(2);
  });
});
