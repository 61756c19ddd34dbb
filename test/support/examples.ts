// The shipped examples as a user copies them: the workflows of
// examples/workflows/ (to .github/workflows/) and the config of
// examples/fraud-detector/ (to fraud-detector/ at the repository root).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const EXAMPLE_WORKFLOWS_DIR = 'examples/workflows';
/** Where the example workflows' `config:` input expects the file (relative to the workspace). */
export const CONFIG_IN_WORKSPACE = 'fraud-detector/config.yml';
export const EXAMPLE_CONFIG_PATH = 'examples/fraud-detector/config.yml';

export function exampleConfig(): string {
  return readFileSync(join(ROOT, EXAMPLE_CONFIG_PATH), 'utf8');
}

/** Every config of examples/fraud-detector/, by the workspace path the example workflows give. */
export function exampleConfigFiles(): Record<string, string> {
  const dir = 'examples/fraud-detector';
  return Object.fromEntries(
    readdirSync(join(ROOT, dir))
      .sort()
      .map((name) => [`fraud-detector/${name}`, readFileSync(join(ROOT, dir, name), 'utf8')]),
  );
}

/** Every file of examples/workflows/, workflow or not (the folder must hold only workflows). */
export function exampleWorkflowPaths(): string[] {
  return readdirSync(join(ROOT, EXAMPLE_WORKFLOWS_DIR))
    .sort()
    .map((name) => `${EXAMPLE_WORKFLOWS_DIR}/${name}`);
}

export interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** `uses:` values that mean this action: the published name or the local checkout. */
export function isThisAction(uses: string): boolean {
  return uses === './' || /(^|\/)fraud-detector-promote@/.test(uses);
}

export function stepsOf(source: string): Step[] {
  const doc = parse(source) as { jobs?: Record<string, { steps?: Step[] }> };
  return Object.values(doc.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/**
 * The inputs each step of this action gets, with the `${{ … }}` expressions
 * given plausible values (a release tag, a token, else `x`).
 */
export function actionStepInputs(source: string): Record<string, string>[] {
  const expression = (text: string): string =>
    text.replace(/\$\{\{[^}]*\}\}/g, (e) =>
      /tag_name/.test(e)
        ? 'v1.2.0'
        : /token/.test(e)
          ? 'ghs_example'
          : // workflow_dispatch inputs of the rollback example, at their defaults
            /inputs\.version/.test(e)
            ? 'previous'
            : /inputs\.mode/.test(e)
              ? 'plan'
              : 'x',
    );
  return stepsOf(source)
    .filter((s) => s.uses !== undefined && isThisAction(s.uses))
    .map((step) =>
      Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, expression(String(v))]),
      ),
    );
}
