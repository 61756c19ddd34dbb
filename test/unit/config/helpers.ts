// Builds InputSources for tests: inputs by name, files by workspace path, a fixed clock.
import { expect } from 'vitest';
import * as yaml from 'yaml';
import { InputError } from '../../../src/domain/errors.js';
import { parseRequest, type InputSources } from '../../../src/config/parse-request.js';
import { lintRuleAsCode } from '../../../src/planner/rule-lint.js';
import type { Request } from '../../../src/domain/request.js';

export const NOW = new Date('2026-11-15T12:00:00.000Z');
export const WORKSPACE = '/home/runner/work/repo/repo';

export interface FakeOptions {
  files?: Record<string, string>;
  env?: Record<string, string | undefined>;
  now?: Date;
  reservedTagCount?: number;
}

export function fakeSources(inputs: Record<string, string>, opts: FakeOptions = {}): InputSources {
  const files = opts.files ?? {};
  return {
    getInput: (name) => inputs[name] ?? '',
    env: { GITHUB_WORKSPACE: WORKSPACE, ...opts.env },
    readFile: (p) => {
      const prefix = `${WORKSPACE}/`;
      const name = p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
      const text = name === undefined ? undefined : files[name];
      if (text === undefined) {
        // The names in the same folder, as the shell lists them for "did you mean".
        const folder = name?.slice(0, name.lastIndexOf('/') + 1) ?? '';
        const siblings = Object.keys(files)
          .filter((f) => f.startsWith(folder) && !f.slice(folder.length).includes('/'))
          .map((f) => f.slice(folder.length));
        return { kind: 'missing', siblings };
      }
      return { kind: 'text', text, bytes: Buffer.from(text), realPath: p };
    },
    now: opts.now ?? NOW,
    reservedTagCount: opts.reservedTagCount ?? 4,
    yaml,
    lintRule: (rule) => lintRuleAsCode(rule),
  };
}

export function parse(inputs: Record<string, string>, opts?: FakeOptions): Request {
  return parseRequest(fakeSources(inputs, opts));
}

/** The InputError parseRequest throws; fails the test when it does not throw one. */
export function parseError(inputs: Record<string, string>, opts?: FakeOptions): InputError {
  return sourcesError(fakeSources(inputs, opts));
}

/** The InputError parseRequest throws for these sources; fails the test when it does not throw one. */
export function sourcesError(sources: InputSources): InputError {
  try {
    parseRequest(sources);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected parseRequest to throw an InputError, but it returned');
}
