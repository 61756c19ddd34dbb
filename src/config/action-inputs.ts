// The only impure file in src/config: reads the runner's inputs, environment,
// files and clock into InputSources for the pure parseRequest.
import * as core from '../runner/commands.js';
import { readFileSync } from 'node:fs';
import type { InputSources } from './parse-request.js';

/** Repository, commit SHA, run id, and PR number or release tag (DESIGN.md, provenance). */
export const DEFAULT_RESERVED_TAG_COUNT = 4;

export function readActionInputs(reservedTagCount = DEFAULT_RESERVED_TAG_COUNT): InputSources {
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
  };
}
