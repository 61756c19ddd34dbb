// What parseRequest reads from: inputs, environment, repository files and
// the clock, handed in by the shell (action-inputs.ts) or by a test.
import type { ReadFileOptions } from './config-file.js';
import type { RuleSyntaxLint } from './rules-as-code.js';
import type { WorkspaceFile } from './workspace-file.js';
import type { YamlLibrary } from './yaml-library.js';

export interface InputSources {
  /** '' when unset; the raw string GitHub passes, not trimmed by the caller. */
  getInput(name: string): string;
  /** For AWS_REGION, AWS_DEFAULT_REGION, GITHUB_WORKSPACE. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * A repository file, read safely (inside the workspace, a regular file, at
   * most maxBytes, UTF-8): its text, or why it is missing or refused.
   */
  readFile(path: string, options: ReadFileOptions): WorkspaceFile;
  /** The clock relative times (`-90d`) resolve against. */
  now: Date;
  /** Provenance tags the action adds itself; user tags + reserved must stay ≤ 200. */
  reservedTagCount: number;
  /**
   * Set on pull_request_target when the config file's checkout is not
   * provably the base commit (it may be the PR author's code, run with the base
   * repository's secrets): says why. The config file is then not read unless
   * allow-pr-head-config is true.
   */
  untrustedWorkspace?: string;
  /**
   * The `yaml` package. Required when yamlNeeded(getInput) is true (a config
   * file or an inline YAML input is set); the shell loads it only then.
   */
  yaml?: YamlLibrary;
  /**
   * DetectorPL's syntax lint for rules as code. The shell loads it (its own
   * chunk in dist/) only once a first parse found rules as code, then parses
   * again with it: see parseActionRequest.
   */
  lintRule?: RuleSyntaxLint;
}
