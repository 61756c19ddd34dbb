// The only impure file in src/config: reads the runner's inputs, environment,
// files and clock into InputSources for the pure parseRequest.
import * as core from '../runner/commands.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlNeeded, type InputSources } from './parse-request.js';
import { loadYamlLibrary } from './yaml-library.js';

export async function readActionInputs(reservedTagCount: number): Promise<InputSources> {
  const sources = readInputSources(reservedTagCount);
  if (yamlNeeded((name) => core.getInput(name))) sources.yaml = await loadYamlLibrary();
  return sources;
}

function readInputSources(reservedTagCount: number): InputSources {
  return {
    getInput(name: string): string {
      // Untrimmed: parseRequest trims, and must see exactly what GitHub passed.
      const value = core.getInput(name);
      // Mask before anything else could print it.
      if (name === 'github-token' && value.trim() !== '') core.setSecret(value.trim());
      return value;
    },
    env: process.env,
    readFile(path: string): string | undefined {
      try {
        return readFileSync(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
        throw err;
      }
    },
    now: new Date(),
    reservedTagCount,
    ...untrustedWorkspace(),
  };
}

/**
 * On pull_request_target, whether the workflow checked out the PR's head: the
 * commit in the workspace (read from .git, no git process) equals the head SHA
 * of the event payload.
 */
function untrustedWorkspace(): { untrustedWorkspace?: string } {
  if (process.env.GITHUB_EVENT_NAME !== 'pull_request_target') return {};
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let headSha: string | undefined;
  try {
    const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request?: { head?: { sha?: string } };
    };
    headSha = payload.pull_request?.head?.sha;
  } catch {
    return {};
  }
  const checkedOut = checkedOutCommit(workspace);
  return headSha && checkedOut === headSha ? { untrustedWorkspace: headSha } : {};
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
