// Booleans exactly as @actions/core's getBooleanInput reads them (YAML 1.2 core
// schema), so `promote: yes` fails here instead of quietly meaning false.

export const TRUE_WORDS = ['true', 'True', 'TRUE'] as const;
export const FALSE_WORDS = ['false', 'False', 'FALSE'] as const;

export const BOOLEAN_RULE = 'must be a boolean: true | True | TRUE | false | False | FALSE';

/** The boolean a (trimmed) word stands for, or undefined when it is not one. */
export function parseBoolean(word: string): boolean | undefined {
  if ((TRUE_WORDS as readonly string[]).includes(word)) return true;
  if ((FALSE_WORDS as readonly string[]).includes(word)) return false;
  return undefined;
}
