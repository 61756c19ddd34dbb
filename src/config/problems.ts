// Collects every input problem so the user sees them all in one run instead of
// fixing them one failed workflow at a time.
import { InputError, type InputProblem, type SourcePosition } from '../domain/errors.js';

/** Where a value came from: an input name or a config path, plus its place in the file. */
export interface Where {
  /** Kebab-case input name (`min-auc`) or config path (`model.gates.minAuc`). */
  input: string;
  /** Config-file values only. */
  position?: SourcePosition;
  /** Inside an inline YAML input: which item or key, e.g. `item 2, ruleVersion`. */
  detail?: string;
}

export const MAX_VALUE_CHARS = 80;

/** One line, at most ~80 characters, so a pasted blob cannot flood the log. */
export function shorten(value: string, max = MAX_VALUE_CHARS): string {
  const oneLine = value.replace(/\s*\n\s*/g, ' ').trim();
  const chars = [...oneLine];
  return chars.length <= max ? oneLine : chars.slice(0, max - 1).join('') + '…';
}

/**
 * At most this many problems are kept and listed (in the log, as annotations
 * and in the summary); the rest are only counted. A config file with 50,000
 * unknown keys must not write 50,000 annotations and a summary GitHub drops.
 */
export const MAX_PROBLEMS_LISTED = 50;

export class Problems {
  readonly list: InputProblem[] = [];
  /** Problems found after the first MAX_PROBLEMS_LISTED: counted, not kept. */
  unlisted = 0;

  add(where: Where, value: string | undefined, rule: string): void {
    if (this.list.length >= MAX_PROBLEMS_LISTED) {
      this.unlisted++;
      return;
    }
    const problem: InputProblem = {
      // The config file's root has the empty path.
      input: where.input || 'config',
      rule: where.detail ? `${where.detail}: ${rule}` : rule,
    };
    if (value !== undefined) problem.value = shorten(value);
    if (where.position) problem.position = where.position;
    this.list.push(problem);
  }

  get size(): number {
    return this.list.length + this.unlisted;
  }

  /**
   * Throws one InputError with every problem. `secrets` are cut out of every
   * message first: a token pasted into the wrong input must not reach the log.
   */
  throwIfAny(secrets: readonly string[] = []): void {
    if (this.list.length === 0) return;
    const live = secrets.filter((s) => s.length >= 4);
    const scrub = (text: string): string => live.reduce((t, s) => t.split(s).join('***'), text);
    throw new InputError(
      this.list.map((p) => {
        const clean: InputProblem = { ...p, rule: scrub(p.rule) };
        if (p.value !== undefined) clean.value = scrub(p.value);
        return clean;
      }),
      this.unlisted,
    );
  }
}
