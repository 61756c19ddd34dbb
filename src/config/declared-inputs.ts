// The inputs action.yml declares, and the warning for any other `with:` key.
// A misspelt input (`min_auc`, `detectorid`) is otherwise ignored and the run
// succeeds without what the user asked for (a gate, a detector), so each one is
// named with the closest declared input. A warning, not a failure, as the
// runner itself treats unexpected inputs (its own warning lists the valid
// inputs but guesses none, and there is none outside a runner, e.g. under
// @github/local-action). Pure: the shell passes the environment.
import { FIELDS, inputOf, type FieldKey } from './fields.js';
import { closest } from './suggest.js';

/**
 * Every input action.yml declares, in no particular order.
 * test/unit/docs/action-metadata.test.ts keeps this list and action.yml equal.
 */
export const DECLARED_INPUTS: readonly string[] = [
  ...new Set([
    // Config-only fields (detector.outcomes, model.newMajorVersion) have no input.
    ...(Object.keys(FIELDS) as FieldKey[]).flatMap((key) => inputOf(key) ?? []),
    'config',
    'allow-pr-head-config',
  ]),
];

/** The variable the runner sets for an input: INPUT_<NAME>, upper-cased, spaces → _, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** At most this many unexpected inputs are named: the environment is not ours to flood the log with. */
const MAX_REPORTED = 20;
const MAX_NAME_CHARS = 64;

/**
 * One warning per INPUT_* variable that is not a declared input. The runner
 * upper-cases the name, so it is shown lower-cased, which is how a workflow
 * almost always spells it.
 */
export function unexpectedInputWarnings(
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const declared = new Set(DECLARED_INPUTS.map(inputVariable));
  const unexpected = Object.keys(env)
    .filter((key) => key.startsWith('INPUT_') && key.length > 'INPUT_'.length)
    .filter((key) => !declared.has(key))
    .map((key) => key.slice('INPUT_'.length).toLowerCase())
    .sort();
  const warnings = unexpected.slice(0, MAX_REPORTED).map((name) => {
    const shown = name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1)}…` : name;
    const guess = closest(name, DECLARED_INPUTS);
    return guess
      ? `Unexpected input '${shown}'; did you mean '${guess}'? It is ignored.`
      : `Unexpected input '${shown}': this action does not declare it, so it is ignored. Valid inputs: ${[...DECLARED_INPUTS].sort().join(', ')}.`;
  });
  if (unexpected.length > MAX_REPORTED)
    warnings.push(`… and ${unexpected.length - MAX_REPORTED} more unexpected inputs, all ignored.`);
  return warnings;
}
