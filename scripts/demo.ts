// `npm run demo`: the whole flow of the action, end to end, with no AWS account
// and no network beyond loopback. It starts the AFD emulator (seeded with the
// example account, its clock 3000× faster) and a loopback GitHub API in this
// process, then runs the bundled action (dist/index.js) exactly as a runner
// does for four scenes:
//
//   a) release published  → retrain payments_model (1.03), gate, activate,
//                           new detector version with it, promote
//   b) pull request       → plan a rule change; the sticky PR comment
//   c) push to the default branch (the merge) → create that version, promote
//   d) pull request with rules as code → the comment shows the expression
//                           diff and the rule version the merge will create
//
// For each scene it prints the action's log, its outputs, the job summary and
// (for the PR) the comment as the GitHub API stored it. A scene that fails is
// reported in full and makes the demo exit non-zero.
import {
  FraudDetectorClient,
  UpdateRuleVersionCommand,
  type FraudDetectorClientConfig,
} from '@aws-sdk/client-frauddetector';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { apiPull, startGitHubApi, type GitHubApi } from '../test/support/github-api.js';
import { webhookExample } from '../test/support/webhooks.js';
import { DIST_ENTRY, REPO_ROOT, runAction, type ActionRun } from './local-runner.js';

const TIME_SCALE = 3000;
const SEED = join(REPO_ROOT, 'emulator/seeds/example-account.json');
const DETECTOR_ID = 'payments_detector';

// ── Presentation ────────────────────────────────────────────────────────────

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const sgr = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = sgr('1');
const dim = sgr('2');
const green = sgr('32');
const red = sgr('31');
const cyan = sgr('36');

const out = (text = ''): void => void process.stdout.write(`${text}\n`);
const indent = (text: string, prefix = '    '): string =>
  text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

function banner(title: string): void {
  const rule = '═'.repeat(78);
  out();
  out(cyan(rule));
  out(cyan(bold(`  ${title}`)));
  out(cyan(rule));
}

function heading(title: string): void {
  out();
  out(bold(`── ${title} ${'─'.repeat(Math.max(0, 74 - title.length))}`));
}

/** The runner consumes `::add-mask::` commands; showing them would only add noise. */
function actionLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

function printOutputs(outputs: Record<string, string>): void {
  const names = Object.keys(outputs);
  if (names.length === 0) {
    out(indent('(none)'));
    return;
  }
  for (const name of names.filter((n) => n !== 'plan')) out(`    ${name} = ${outputs[name]}`);
  if (outputs.plan !== undefined) {
    let pretty = outputs.plan;
    try {
      pretty = JSON.stringify(JSON.parse(outputs.plan), null, 2);
    } catch {
      // Print it as it is; the scene check below reports the bad JSON.
    }
    out(`    plan = (JSON, ${outputs.plan.length} characters; shape: docs/plan-schema.md)`);
    out(dim(indent(pretty, '      ')));
  }
}

// ── Scenes ──────────────────────────────────────────────────────────────────

interface Scene {
  title: string;
  what: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** Files of the checked-out repository (a config file with rules as code). */
  workspaceFiles?: Record<string, string>;
  /** PR whose sticky comment to print. */
  commentOn?: number;
  /** Checks on the finished run; each returns a problem, or undefined. */
  expect: ((run: ActionRun) => string | undefined)[];
}

const expectOutput =
  (name: string, value: string) =>
  (run: ActionRun): string | undefined =>
    run.outputs[name] === value
      ? undefined
      : `output ${name} is ${JSON.stringify(run.outputs[name])}, expected ${JSON.stringify(value)}`;

function detectorVersionsLine(emu: Emulator): string {
  return emu
    .snapshot()
    .detectorVersions.filter((v) => v.detectorId === DETECTOR_ID)
    .map((v) => `${v.detectorVersionId} ${v.status}`)
    .join(', ');
}

function modelVersionsLine(emu: Emulator): string {
  return emu
    .snapshot()
    .modelVersions.filter((v) => v.modelId === 'payments_model')
    .map((v) => `${v.modelVersionNumber} ${v.status}`)
    .join(', ');
}

async function runScene(
  scene: Scene,
  emu: Emulator,
  github: GitHubApi,
): Promise<{ ok: boolean; problems: string[] }> {
  banner(scene.title);
  out(scene.what);
  const started = Date.now();
  const run = await runAction({
    eventName: scene.eventName,
    payload: scene.payload,
    inputs: { 'endpoint-url': emu.url, 'github-token': 'ghs_demo', ...scene.inputs },
    env: {
      FRAUD_DETECTOR_PROMOTE_TIME_SCALE: String(TIME_SCALE),
      GITHUB_API_URL: github.url,
      ...SDK_NODE_NOTICE_OFF,
      ...scene.env,
    },
    ...(scene.workspaceFiles ? { workspaceFiles: scene.workspaceFiles } : {}),
    timeoutMs: 45_000,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const problems: string[] = [];
  if (run.exitCode !== 0) {
    problems.push(
      run.signal
        ? `the action was killed by ${run.signal} (took longer than 45 s)`
        : `the action exited with code ${String(run.exitCode)}`,
    );
  }
  for (const check of scene.expect) {
    const problem = check(run);
    if (problem) problems.push(problem);
  }
  const ok = problems.length === 0;

  heading(`Action log (dist/index.js, ${seconds} s)`);
  out(dim(indent(actionLog(run.stdout))));
  if (run.stderr.trim() !== '') {
    heading('stderr');
    out(indent(run.stderr));
  }
  heading('Outputs');
  printOutputs(run.outputs);
  heading('Job summary (Markdown)');
  out(indent(run.summary.trim() === '' ? '(empty)' : run.summary));
  if (scene.commentOn !== undefined) {
    const comments = github.state.comments.get(scene.commentOn) ?? [];
    heading(`PR #${scene.commentOn} comment, as the GitHub API stored it (${comments.length})`);
    for (const c of comments) {
      out(dim(`    [comment ${c.id} by ${c.user.login}, updated ${c.updated_at}]`));
      out(indent(c.body));
    }
    if (comments.length === 0) out(indent('(no comment)'));
  }
  heading('Amazon Fraud Detector (emulator) afterwards');
  out(`    payments_model versions:    ${modelVersionsLine(emu)}`);
  out(`    ${DETECTOR_ID} versions: ${detectorVersionsLine(emu)}`);
  out();
  if (ok) out(green(bold(`  ✔ ${scene.title}: ok`)));
  else for (const p of problems) out(red(bold(`  ✘ ${scene.title}: ${p}`)));
  return { ok, problems };
}

/** A reviewer's change: a new version of a rule, made with the real SDK against the emulator. */
async function newRuleVersion(emu: Emulator): Promise<string> {
  const config: FraudDetectorClientConfig = {
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' },
    maxAttempts: 1,
  };
  const client = new FraudDetectorClient(config);
  try {
    const answer = await client.send(
      new UpdateRuleVersionCommand({
        rule: { detectorId: DETECTOR_ID, ruleId: 'review_medium_score', ruleVersion: '1' },
        expression: '$payments_model_insightscore > 650',
        language: 'DETECTORPL',
        outcomes: ['review'],
        description: 'Widen the review band down to 650',
      }),
    );
    const version = answer.rule?.ruleVersion;
    if (!version) throw new Error('UpdateRuleVersion returned no rule version');
    return version;
  } finally {
    client.destroy();
  }
}

/**
 * On Node < 22 the AWS SDK prints a multi-line notice that future SDK releases
 * need Node 22 (the action itself runs on node24 on GitHub). It is said once
 * here, turned off through the SDK's own switch, for this process and the action.
 */
const SDK_NODE_NOTICE_OFF: Record<string, string> =
  Number(process.versions.node.split('.')[0]) < 22
    ? { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
    : {};

const RULES_CONFIG = 'fraud-detector/payments_detector.yml';

/** Scene d: a PR whose config holds high_model_score as code, its expression edited (900 → 880). */
function rulesAsCodeScene(
  number: number,
  reviewVersion: string,
  repository: string,
  github: GitHubApi,
): Scene {
  const opened = webhookExample('pull_request', 'opened');
  const pull = opened.pull_request as { number: number; head: { ref: string } };
  opened.number = number;
  pull.number = number;
  const config = `detector:
  detectorId: ${DETECTOR_ID}
  rules:
    - block_known_bad_ip@2
    - ruleId: high_model_score
      expressionFile: rules/high_model_score.dpl
      outcomes: [block]
    - review_medium_score@${reviewVersion}
    - approve_default@1
`;
  const dpl = '$payments_model_insightscore > 880\n';
  return {
    title: `d) Pull request #${number}: a rule as code, its expression edited`,
    what:
      'The rule high_model_score lives in the repository (rules/high_model_score.dpl). The PR lowers its ' +
      'threshold from 900 to 880: the plan lints it against AFD (variables of the event type, lists, outcomes), ' +
      'finds no identical version, and the comment shows the expression diff and the version the merge will create.\n' +
      `${RULES_CONFIG}:\n${indent(config)}\nfraud-detector/rules/high_model_score.dpl:\n${indent(dpl)}`,
    eventName: 'pull_request',
    payload: opened,
    inputs: { config: RULES_CONFIG },
    env: {
      GITHUB_REPOSITORY: repository,
      GITHUB_SHA: 'c0ffee01c0ffee01c0ffee01c0ffee01c0ffee01',
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_REF_NAME: `${number}/merge`,
      GITHUB_HEAD_REF: pull.head.ref,
      GITHUB_RUN_ID: '7000000004',
    },
    workspaceFiles: { [RULES_CONFIG]: config, 'fraud-detector/rules/high_model_score.dpl': dpl },
    commentOn: number,
    expect: [
      expectOutput('detectorVersionStatus', 'PLANNED'),
      expectOutput('changed', 'true'),
      () => {
        const body = github.state.comments.get(number)?.[0]?.body ?? '';
        return body.includes('(new version)') &&
          body.includes('+$payments_model_insightscore > 880')
          ? undefined
          : 'expected the comment to show the expression diff and "new version"';
      },
    ],
  };
}

async function main(): Promise<number> {
  Object.assign(process.env, SDK_NODE_NOTICE_OFF);
  if (!existsSync(DIST_ENTRY)) {
    process.stderr.write(`${DIST_ENTRY} is missing: run \`npm run package\` first.\n`);
    return 1;
  }
  const emu = await startEmulator({ seed: SEED, clock: { mode: 'scaled', scale: TIME_SCALE } });
  emu.configureModel('payments_model', {
    trainingDurationMs: 110 * 60_000,
    metrics: { auc: 0.941, aucLower: 0.93, aucUpper: 0.95 },
  });
  const github = await startGitHubApi();

  const results: { title: string; ok: boolean; problems: string[] }[] = [];
  try {
    out(bold('Fraud Detector Promote: demo against the bundled AFD emulator'));
    out(`AFD emulator:        ${emu.url} (example account, clock ${TIME_SCALE}× faster)`);
    out(`GitHub API:          ${github.url} (loopback)`);
    out(`Action:              ${DIST_ENTRY}`);
    if (SDK_NODE_NOTICE_OFF.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED) {
      out(
        dim(
          `Node ${process.version}: the AWS SDK's notice that its 2027 releases need Node >= 22 is turned off ` +
            '(AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED); on GitHub the action runs on node24.',
        ),
      );
    }
    out(`Before:              payments_model ${modelVersionsLine(emu)}`);
    out(`                     ${DETECTOR_ID} ${detectorVersionsLine(emu)}`);

    // a) Release retrain.
    const release = webhookExample('release', 'published');
    const tag = (release.release as { tag_name: string }).tag_name;
    const repository = (release.repository as { full_name: string }).full_name;
    const a = await runScene(
      {
        title: `a) Release ${tag} published: retrain, activate, promote`,
        what:
          'Retrain payments_model major version 1 (training takes 1 h 50 min, here about 2 s), ' +
          'apply the AUC gates, activate the new version, put it into a new detector version and promote it.',
        eventName: 'release',
        payload: release,
        inputs: {
          'model-id': 'payments_model',
          'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
          'major-version-number': '1',
          'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
          'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
          'min-auc': '0.90',
          'max-auc-drop': '0.02',
          'activate-model': 'true',
          'detector-id': DETECTOR_ID,
          promote: 'true',
        },
        env: {
          GITHUB_REPOSITORY: repository,
          GITHUB_REF: `refs/tags/${tag}`,
          GITHUB_REF_NAME: tag,
          GITHUB_RUN_ID: '7000000001',
        },
        expect: [
          expectOutput('modelVersionNumber', '1.03'),
          expectOutput('modelVersionStatus', 'ACTIVE'),
          expectOutput('detectorVersionId', '4'),
          expectOutput('detectorVersionStatus', 'ACTIVE'),
        ],
      },
      emu,
      github,
    );
    results.push({ title: 'a) release retrain', ...a });

    // b) Pull request: a reviewer's rule change, planned and commented.
    banner('b) Preparing the pull request: a new rule version');
    let ruleVersion: string | undefined;
    try {
      ruleVersion = await newRuleVersion(emu);
      out(
        `UpdateRuleVersion (AWS SDK → emulator): review_medium_score ${green(`version ${ruleVersion}`)}, ` +
          "expression `$payments_model_insightscore > 650`, outcome 'review'.",
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      out(red(`UpdateRuleVersion failed: ${message}`));
      results.push({ title: 'b) new rule version', ok: false, problems: [message] });
    }
    const rules = [
      'block_known_bad_ip@2',
      'high_model_score@5',
      `review_medium_score@${ruleVersion ?? '2'}`,
      'approve_default@1',
    ];
    const rulesInput = rules.map((r) => `- ${r}`).join('\n');
    const detectorInputs = { 'detector-id': DETECTOR_ID, rules: rulesInput };

    const versionsBeforePlan = detectorVersionsLine(emu);
    const opened = webhookExample('pull_request', 'opened');
    const pr = opened.pull_request as { number: number; head: { sha: string; ref: string } };
    const prRepository = (opened.repository as { full_name: string }).full_name;
    const b = await runScene(
      {
        title: `b) Pull request #${pr.number} opened: plan, sticky comment`,
        what:
          'mode auto on a pull_request event means plan: read AFD, diff the proposal against the ACTIVE ' +
          'version, write the summary and one sticky PR comment. Nothing in AFD changes.\n' +
          `rules input:\n${indent(rulesInput)}`,
        eventName: 'pull_request',
        payload: opened,
        inputs: detectorInputs,
        env: {
          GITHUB_REPOSITORY: prRepository,
          GITHUB_SHA: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', // the test merge commit
          GITHUB_REF: `refs/pull/${pr.number}/merge`,
          GITHUB_REF_NAME: `${pr.number}/merge`,
          GITHUB_HEAD_REF: pr.head.ref,
          GITHUB_RUN_ID: '7000000002',
        },
        commentOn: pr.number,
        expect: [
          expectOutput('detectorVersionStatus', 'PLANNED'),
          expectOutput('changed', 'true'),
          () =>
            (github.state.comments.get(pr.number) ?? []).length === 1
              ? undefined
              : `expected exactly one comment on PR #${pr.number}`,
          () =>
            detectorVersionsLine(emu) === versionsBeforePlan
              ? undefined
              : 'a plan changed detector versions in AFD',
        ],
      },
      emu,
      github,
    );
    results.push({ title: 'b) pull request plan', ...b });

    // c) The merge: a push to the default branch. The loopback API knows the
    // merge commit belongs to the PR, as GitHub would.
    const push = webhookExample('push');
    const pushRepo = push.repository as { full_name: string; default_branch: string };
    const sha = push.after as string;
    github.state.pullsByCommit.set(sha, [
      apiPull({
        number: pr.number,
        headSha: pr.head.sha,
        mergeCommitSha: sha,
        baseRef: pushRepo.default_branch,
        headRef: pr.head.ref,
      }),
    ]);
    const pushPayload = { ...push, ref: `refs/heads/${pushRepo.default_branch}` };
    const c = await runScene(
      {
        title: `c) Push to ${pushRepo.default_branch} (PR #${pr.number} merged): create and promote`,
        what:
          'mode auto on a push means apply: create the detector version the PR showed, make it ACTIVE ' +
          '(the previous ACTIVE version becomes INACTIVE) and re-read AFD to confirm it.',
        eventName: 'push',
        payload: pushPayload,
        inputs: { ...detectorInputs, promote: 'true' },
        env: {
          GITHUB_REPOSITORY: pushRepo.full_name,
          GITHUB_SHA: sha,
          GITHUB_REF: `refs/heads/${pushRepo.default_branch}`,
          GITHUB_REF_NAME: pushRepo.default_branch,
          GITHUB_RUN_ID: '7000000003',
        },
        expect: [
          expectOutput('detectorVersionId', '5'),
          expectOutput('detectorVersionStatus', 'ACTIVE'),
          expectOutput('changed', 'true'),
        ],
      },
      emu,
      github,
    );
    results.push({ title: 'c) merge promote', ...c });

    // d) Rules as code: the PR edits an expression in the repository.
    const rulesPr = pr.number + 1;
    const d = await runScene(
      rulesAsCodeScene(rulesPr, ruleVersion ?? '2', prRepository, github),
      emu,
      github,
    );
    results.push({ title: 'd) rules as code pull request', ...d });
  } finally {
    await github.close();
    await emu.close();
  }

  banner('Result');
  for (const r of results) {
    out(r.ok ? green(`  ✔ ${r.title}`) : red(`  ✘ ${r.title}: ${r.problems.join('; ')}`));
  }
  const failed = results.filter((r) => !r.ok).length;
  out();
  out(
    failed === 0
      ? green(bold('All scenes passed.'))
      : red(bold(`${failed} scene${failed === 1 ? '' : 's'} failed.`)),
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `demo failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
