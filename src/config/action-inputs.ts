// The impure side of src/config (with workspace-file.ts and checkout-trust.ts): reads the runner's
// inputs, environment, files and clock into InputSources for the pure parseRequest.
import * as core from '../runner/commands.js';
import { unexpectedInputWarnings } from './declared-inputs.js';
import { yamlNeeded, type InputSources } from './parse-request.js';
import { untrustedConfigReason } from './checkout-trust.js';
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
