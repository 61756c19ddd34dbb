// The impure side of src/config (with workspace-file.ts): reads the runner's
// inputs, environment, files and clock into InputSources for the pure parseRequest.
import * as core from '../runner/commands.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { unexpectedInputWarnings } from './declared-inputs.js';
import { yamlNeeded, type InputSources } from './parse-request.js';
import { readWorkspaceFile } from './workspace-file.js';
import { loadYamlLibrary } from './yaml-library.js';

export async function readActionInputs(reservedTagCount: number): Promise<InputSources> {
  for (const message of unexpectedInputWarnings(process.env)) core.warning(message);
  const sources = readInputSources(reservedTagCount);
  if (yamlNeeded((name) => core.getInput(name))) sources.yaml = await loadYamlLibrary();
  return sources;
}

function readInputSources(reservedTagCount: number): InputSources {
  const untrusted = untrustedConfigReason(process.env, core.getInput('config'));
  return {
    getInput(name: string): string {
      // Untrimmed: parseRequest trims, and must see exactly what GitHub passed.
      const value = core.getInput(name);
      // Mask before anything else could print it.
      if (name === 'github-token' && value.trim() !== '') core.setSecret(value.trim());
      return value;
    },
    env: process.env,
    readFile: (path, { workspace, maxBytes }) =>
      readWorkspaceFile(path, { workspace: workspace ?? process.cwd(), maxBytes }),
    now: new Date(),
    reservedTagCount,
    ...(untrusted === undefined ? {} : { untrustedWorkspace: untrusted }),
  };
}

/**
 * On pull_request_target (which runs with the base repository's credentials),
 * why the config file cannot be trusted — or undefined when its checkout
 * provably holds the base commit (GITHUB_SHA, what actions/checkout checks out
 * there by default). Fails closed: a checkout that cannot be read, or any other
 * commit (the PR's head, its merge commit), is untrusted.
 */
export function untrustedConfigReason(
  env: NodeJS.ProcessEnv,
  configInput: string,
): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target' || configInput.trim() === '')
    return undefined;
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const base = env.GITHUB_SHA;
  const commit = nearestCheckoutCommit(dirname(resolve(workspace, configInput.trim())), workspace);
  if (base && commit === base) return undefined;
  if (!commit)
    return `no git checkout holding it could be read in the workspace, so it cannot be shown to be the base branch's commit${base ? ` ${base}` : ''}`;
  return `its checkout holds commit ${commit}, not the base branch's commit ${base ?? '(GITHUB_SHA is not set)'}: for example the pull request's head or merge commit`;
}

/** The commit of the checkout that holds `dir`: the nearest `.git` from `dir` up to `workspace`. */
function nearestCheckoutCommit(dir: string, workspace: string): string | undefined {
  for (let d = dir; d === workspace || d.startsWith(workspace + sep); d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return checkedOutCommit(d);
    if (d === workspace) break;
  }
  return undefined;
}

export function checkedOutCommit(workspace: string): string | undefined {
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(join(workspace, '.git', p), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const head = read('HEAD');
  if (!head) return undefined;
  if (/^[0-9a-f]{40}$/.test(head)) return head; // detached, as actions/checkout leaves it
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const direct = read(ref);
  if (direct) return direct;
  const packed = read('packed-refs') ?? '';
  return packed
    .split('\n')
    .map((l) => l.split(' '))
    .find(([, name]) => name === ref)?.[0];
}
