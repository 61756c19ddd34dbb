// Shared set-up of the end-to-end tests: the AFD emulator with its clock sped
// up, and the bundled action run against it with no time setting at all: on a
// loopback endpoint-url the action reads the emulator's clock scale itself
// (GET /_emulator/clock), so hours of training pass in about a second.
import { join } from 'node:path';
import { startEmulator, type Emulator, type ModelBehaviour } from '../../emulator/index.js';
import { webhookExample } from '../support/webhooks.js';
import {
  REPO_ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../../scripts/local-runner.js';

export const TIME_SCALE = 3000;
export const EXAMPLE_SEED = join(REPO_ROOT, 'emulator/seeds/example-account.json');

export async function startScaledEmulator(
  models: Record<string, ModelBehaviour> = {},
): Promise<Emulator> {
  const emu = await startEmulator({
    seed: EXAMPLE_SEED,
    clock: { mode: 'scaled', scale: TIME_SCALE },
  });
  for (const [id, behaviour] of Object.entries(models)) emu.configureModel(id, behaviour);
  return emu;
}

let runCounter = 0;

/** Each call is a new workflow run (its own GITHUB_RUN_ID) unless the env says otherwise. */
export function runAgainst(emu: Emulator, opts: RunActionOptions): Promise<ActionRun> {
  runCounter++;
  return runAction({
    ...opts,
    inputs: { 'endpoint-url': emu.url, ...opts.inputs },
    env: {
      GITHUB_RUN_ID: String(7_000_000_000 + runCounter),
      ...opts.env,
    },
  });
}

/** What a user could read: the runner consumes ::add-mask:: commands and never shows them. */
export function visibleText(run: ActionRun): string {
  const log = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.summary, JSON.stringify(run.outputs)].join('\n');
}

/** Writes to AFD that the emulator logged (everything but reads). */
export function writeCalls(emu: Emulator): string[] {
  return emu.calls.map((c) => c.operation).filter((op) => !/^(Get|Describe|List)/.test(op));
}

/** GitHub's pull_request webhook for PR `number` at head `headSha`. */
export function pullRequestPayload(
  number: number,
  action: 'opened' | 'synchronize',
  headSha: string,
): { number: number; pull_request: { number: number; head: { sha: string } } } {
  const payload = webhookExample('pull_request', action) as {
    number: number;
    pull_request: { number: number; head: { sha: string } };
  };
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = headSha;
  return payload;
}

/** The event of a `pull_request` run (opened) for PR `number`, with the GitHub API at `apiUrl`. */
export function pullRequestRun(
  number: number,
  apiUrl: string,
  shas: { head: string; merge: string },
): { eventName: string; payload: unknown; env: Record<string, string> } {
  return {
    eventName: 'pull_request',
    payload: pullRequestPayload(number, 'opened', shas.head),
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_REF_NAME: `${number}/merge`,
      GITHUB_SHA: shas.merge,
    },
  };
}
