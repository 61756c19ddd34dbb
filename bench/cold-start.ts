// Benchmark 1: cold start of the bundled action (dist/index.js) — from
// spawning node to its first AFD request (against the emulator), and to its
// failure on a bad input — beside `node -e 0` in the same run; dist size and
// peak RSS of full runs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, type Emulator, type SeedFile } from '../emulator/index.js';
import { startGitHubApi } from '../test/support/github-api.js';
import { DIST_ENTRY, REPO_ROOT, runnerEnv } from '../scripts/local-runner.js';
import { mb, median, ms, printTable, ratio } from './lib.js';

const EXAMPLE_SEED = join(REPO_ROOT, 'emulator/seeds/example-account.json');

/**
 * The Node that runs the action and `node -e 0` (both always the same one).
 * BENCH_NODE picks another binary, e.g. the Node 24 that action.yml declares
 * (`.ci/node24/node_modules/node/bin/node` after `.ci/run`).
 */
const CHILD_NODE = process.env.BENCH_NODE || process.execPath;
const CHILD_NODE_VERSION = execFileSync(CHILD_NODE, ['--version'], { encoding: 'utf8' }).trim();

interface Spawned {
  /** ms from spawn() to the first AFD request the emulator received (when awaited). */
  firstRequestMs?: number;
  /** ms from spawn() to the process's exit. */
  exitMs: number;
  exitCode: number | null;
  maxRssBytes?: number;
  stdout: string;
}

const dir = mkdtempSync(join(tmpdir(), 'fdp-bench-'));
const eventFile = join(dir, 'event.json');
const outputFile = join(dir, 'output.txt');
const summaryFile = join(dir, 'summary.md');
// Reports the child's peak RSS at exit (loaded with --require only for the RSS runs).
const rssProbe = join(dir, 'rss-probe.cjs');
writeFileSync(
  rssProbe,
  `process.on('exit', () => { require('fs').writeFileSync(process.env.FDP_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)); });\n`,
);

function actionEnv(
  inputs: Record<string, string>,
  eventName: string,
  payload: unknown,
): Record<string, string> {
  writeFileSync(eventFile, JSON.stringify(payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  return runnerEnv({
    dir,
    workspace: dir,
    eventName,
    eventFile,
    outputFile,
    summaryFile,
    inputs,
  });
}

/** Spawns node with `args`; with `emu`, notes when its first AFD request arrives and then kills it. */
async function spawnTimed(
  args: string[],
  env: Record<string, string>,
  opts: { emu?: Emulator; killOnFirstRequest?: boolean; rss?: boolean } = {},
): Promise<Spawned> {
  const rssFile = join(dir, 'rss.txt');
  rmSync(rssFile, { force: true });
  const fullArgs = opts.rss ? ['--require', rssProbe, ...args] : args;
  const fullEnv = opts.rss ? { ...env, FDP_BENCH_RSS_FILE: rssFile } : env;
  let firstRequestMs: number | undefined;
  const calls = opts.emu?.calls;
  const before = calls?.length ?? 0;
  const t0 = performance.now();
  const child = spawn(CHILD_NODE, fullArgs, {
    cwd: dir,
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  if (calls) {
    // The emulator appends to its live call log as each request arrives.
    const push = calls.push.bind(calls);
    calls.push = (...items) => {
      if (firstRequestMs === undefined && calls.length >= before) {
        firstRequestMs = performance.now() - t0;
        if (opts.killOnFirstRequest) child.kill('SIGKILL');
      }
      return push(...items);
    };
  }
  const exitCode = await new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  const exitMs = performance.now() - t0;
  if (calls) delete (calls as { push?: unknown }).push;
  let maxRssBytes: number | undefined;
  try {
    maxRssBytes = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    maxRssBytes = undefined;
  }
  return {
    ...(firstRequestMs !== undefined ? { firstRequestMs } : {}),
    exitMs,
    exitCode,
    ...(maxRssBytes !== undefined ? { maxRssBytes } : {}),
    stdout,
  };
}

const RELEASE = { action: 'published', release: { tag_name: 'v1.2.0', draft: false } };
const RETRAIN_INPUTS = {
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://acme-fraud-training/payments/2026-12/training.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
  'aws-region': 'us-east-1',
};
const BAD_INPUTS = { 'model-id': 'payments_model', mode: 'bogus', 'timeout-minutes': 'soon' };
const PULL_REQUEST = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    head: {
      ref: 'feature',
      sha: '0123456789abcdef0123456789abcdef01234567',
      repo: { fork: false, full_name: 'octo-org/fraud-rules' },
    },
    base: { ref: 'main', repo: { full_name: 'octo-org/fraud-rules' } },
  },
  repository: {
    full_name: 'octo-org/fraud-rules',
    default_branch: 'main',
    owner: { login: 'octo-org' },
    name: 'fraud-rules',
  },
};

function distBytes(): { main: number; total: number; files: number } {
  const distDir = join(REPO_ROOT, 'dist');
  let total = 0;
  let files = 0;
  for (const f of readdirSync(distDir)) {
    if (!f.endsWith('.js')) continue;
    total += statSync(join(distDir, f)).size;
    files++;
  }
  return { main: statSync(DIST_ENTRY).size, total, files };
}

export interface ColdStartResult {
  nodeMs: number;
  firstRequestMs: number;
  badInputMs: number;
}

export async function benchColdStart(
  runs = 15,
  planSeed?: { seed: SeedFile; inputs: Record<string, string> },
): Promise<ColdStartResult> {
  const emu = await startEmulator({ seed: EXAMPLE_SEED, clock: { mode: 'manual' } });
  const node: number[] = [];
  const first: number[] = [];
  const bad: number[] = [];
  try {
    // Warm the file cache once, then interleave so drift affects all three alike.
    await spawnTimed(['-e', '0'], { PATH: process.env.PATH ?? '' });
    await spawnTimed([DIST_ENTRY], actionEnv(BAD_INPUTS, 'release', RELEASE));
    for (let i = 0; i < runs; i++) {
      node.push((await spawnTimed(['-e', '0'], { PATH: process.env.PATH ?? '' })).exitMs);
      const r = await spawnTimed(
        [DIST_ENTRY],
        actionEnv({ ...RETRAIN_INPUTS, 'endpoint-url': emu.url }, 'release', RELEASE),
        { emu, killOnFirstRequest: true },
      );
      if (r.firstRequestMs === undefined)
        throw new Error(`the action made no AFD request:\n${r.stdout}`);
      first.push(r.firstRequestMs);
      const b = await spawnTimed([DIST_ENTRY], actionEnv(BAD_INPUTS, 'release', RELEASE));
      if (b.exitCode !== 1 || !/::error::/.test(b.stdout))
        throw new Error(`the bad input did not fail as expected:\n${b.stdout}`);
      bad.push(b.exitMs);
    }

    // Peak RSS: a bad input, a plan run on the example account, and (if given) the scale plan.
    const rssBad = await spawnTimed([DIST_ENTRY], actionEnv(BAD_INPUTS, 'release', RELEASE), {
      rss: true,
    });
    const rssNode = await spawnTimed(['-e', '0'], { PATH: process.env.PATH ?? '' }, { rss: true });
    // A plan run as on a pull request: it also posts the sticky comment (a loopback GitHub API),
    // so the GitHub client's memory counts too. The rules change, so there is a comment to post.
    const gh = await startGitHubApi();
    const withGitHub = (env: Record<string, string>): Record<string, string> => ({
      ...env,
      GITHUB_API_URL: gh.url,
    });
    const planInputs = {
      'detector-id': 'payments_detector',
      'aws-region': 'us-east-1',
      mode: 'plan',
      rules:
        '- block_known_bad_ip@1\n- high_model_score@5\n- review_medium_score@1\n- approve_default@1\n',
      'github-token': 'ghs_bench',
      'endpoint-url': emu.url,
    };
    const rssPlan = await spawnTimed(
      [DIST_ENTRY],
      withGitHub(actionEnv(planInputs, 'pull_request', PULL_REQUEST)),
      {
        rss: true,
      },
    );
    // An empty input is an unset one: no token, so no comment.
    const noCommentInputs = { ...planInputs, 'github-token': '' };
    const rssPlanNoComment = await spawnTimed(
      [DIST_ENTRY],
      actionEnv(noCommentInputs, 'pull_request', PULL_REQUEST),
      { rss: true },
    );
    const comments = [...gh.state.comments.values()].flat().length;
    if (comments !== 1) throw new Error(`the plan run posted ${comments} comments, expected 1`);
    if (rssPlan.exitCode !== 0) throw new Error(`the plan run failed:\n${rssPlan.stdout}`);
    const rssRows: (string | number)[][] = [
      ['node -e 0', mb(rssNode.maxRssBytes ?? NaN), ms(rssNode.exitMs)],
      ['bad input', mb(rssBad.maxRssBytes ?? NaN), ms(rssBad.exitMs)],
      [
        'plan, example account, no PR comment',
        mb(rssPlanNoComment.maxRssBytes ?? NaN),
        ms(rssPlanNoComment.exitMs),
      ],
      [
        'plan, example account, with the PR comment',
        mb(rssPlan.maxRssBytes ?? NaN),
        ms(rssPlan.exitMs),
      ],
    ];
    if (planSeed) {
      emu.seed(planSeed.seed);
      const scale = await spawnTimed(
        [DIST_ENTRY],
        withGitHub(
          actionEnv(
            { ...planSeed.inputs, 'github-token': 'ghs_bench', 'endpoint-url': emu.url },
            'pull_request',
            PULL_REQUEST,
          ),
        ),
        { rss: true },
      );
      if (scale.exitCode !== 0) throw new Error(`the scale plan run failed:\n${scale.stdout}`);
      rssRows.push([
        'plan, 2,500 versions × 1,000 rules, with the PR comment',
        mb(scale.maxRssBytes ?? NaN),
        ms(scale.exitMs),
      ]);
    }
    await gh.close();

    const nodeMs = median(node);
    const firstRequestMs = median(first);
    const badInputMs = median(bad);
    printTable(
      `1. Cold start (median of ${runs} runs each, interleaved; node ${CHILD_NODE_VERSION}, ${process.platform}/${process.arch})`,
      ['', 'median', 'min', 'max', '× node -e 0', 'target'],
      [
        ['node -e 0', ms(nodeMs), ms(Math.min(...node)), ms(Math.max(...node)), ratio(1), ''],
        [
          'spawn → first AFD request',
          ms(firstRequestMs),
          ms(Math.min(...first)),
          ms(Math.max(...first)),
          ratio(firstRequestMs / nodeMs),
          '≤ 3.50×',
        ],
        [
          'spawn → failure on a bad input',
          ms(badInputMs),
          ms(Math.min(...bad)),
          ms(Math.max(...bad)),
          ratio(badInputMs / nodeMs),
          '≤ 2.50×',
        ],
      ],
    );
    const size = distBytes();
    printTable(
      '   dist/ size',
      ['', 'bytes'],
      [
        ['dist/index.js (loaded on every run)', mb(size.main)],
        [`all ${size.files} .js files`, mb(size.total)],
      ],
    );
    printTable(
      '   Peak RSS (whole run, process.resourceUsage().maxRSS; target ≤ 80 MB on a plan run)',
      ['', 'peak RSS', 'wall'],
      rssRows,
    );
    return { nodeMs, firstRequestMs, badInputMs };
  } finally {
    await emu.close();
  }
}

export function cleanUp(): void {
  rmSync(dir, { recursive: true, force: true });
}
