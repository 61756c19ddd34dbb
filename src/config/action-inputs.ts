// The impure side of src/config (with workspace-file.ts and checkout-trust.ts): reads the runner's
// inputs, environment, files and clock into InputSources for the pure parseRequest.
import * as core from '../runner/commands.js';
import { unexpectedInputWarnings } from './declared-inputs.js';
import { isRuleAsCode, type Request } from '../domain/request.js';
import { parseRequest, yamlNeeded, type InputSources } from './parse-request.js';
import { untrustedConfigReason } from './checkout-trust.js';
import { readWorkspaceFile } from './workspace-file.js';
import { loadYamlLibrary } from './yaml-library.js';

export async function readActionInputs(reservedTagCount: number): Promise<InputSources> {
  for (const message of unexpectedInputWarnings(process.env)) core.warning(message);
  const sources = readInputSources(reservedTagCount);
  if (yamlNeeded((name) => core.getInput(name))) sources.yaml = await loadYamlLibrary();
  return sources;
}

/**
 * parseRequest, with DetectorPL's syntax lint when the request holds rules as
 * code. The library (and re2js, most of its weight) is loaded only then: a
 * run without rules as code, and a bad input, never compile it. A request
 * with other problems fails on those first; its rules are linted on the run
 * after they are fixed.
 */
export async function parseActionRequest(sources: InputSources): Promise<Request> {
  const request = parseRequest(sources);
  if (sources.lintRule || !(request.detector?.rules ?? []).some(isRuleAsCode)) return request;
  const { lintRuleAsCode } = await import('../planner/rule-lint.js');
  return parseRequest({ ...sources, lintRule: (rule) => lintRuleAsCode(rule) });
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
