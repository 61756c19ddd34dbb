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

/** Shown instead of a value that looks like a credential: no part of it is ever quoted. */
export const CREDENTIAL_PLACEHOLDER = '(a value that looks like a credential; not shown)';

// Credentials by their shape. A pasted credential the action does not know
// (another account's key, a second token) cannot be scrubbed by value, and the
// runner's exact-match masking misses it once it is cut or Markdown-escaped
// (`ghp\_…`), so a value with one of these shapes is never quoted at all.
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  // AWS access key ids: long-term (AKIA) and temporary (ASIA).
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/,
  // GitHub tokens: classic personal, OAuth, user-to-server, server-to-server, refresh; fine-grained.
  /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})/,
];

/**
 * Base64 tokens: exactly 40 characters is an AWS secret access key, 100 or
 * more a session token. Ordinary long values (a repeated letter, a git commit
 * SHA, which is 40 characters of lowercase hex; an S3 path) are not: a token
 * counts only with upper case, lower case and digits all mixed, as random
 * base64 has them.
 */
function looksLikeBase64Secret(value: string): boolean {
  for (const token of value.match(/[A-Za-z0-9/+=]{40,}/g) ?? []) {
    if (token.length !== 40 && token.length < 100) continue;
    if (/[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9]/.test(token)) return true;
  }
  return false;
}

export function looksLikeCredential(value: string): boolean {
  return CREDENTIAL_SHAPES.some((shape) => shape.test(value)) || looksLikeBase64Secret(value);
}

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

/**
 * The value as an error may quote it: known secrets cut out first (shortening
 * first would leave a secret's head that no longer matches it), then a value
 * that still looks like a credential replaced whole, then shortened.
 */
export function displayValue(value: string, secrets: readonly string[]): string {
  // Only the head can be shown; a bounded slice keeps a 100 MiB value cheap.
  // Anything past it is cut by shorten anyway, so a secret it splits never shows.
  const scrubbed = scrubKnown(value.slice(0, DISPLAY_SCAN_CHARS), secrets);
  return looksLikeCredential(scrubbed) ? CREDENTIAL_PLACEHOLDER : shorten(scrubbed);
}

const DISPLAY_SCAN_CHARS = 8_192;

/** Secrets under 4 characters are not cut out: they would shred ordinary words. */
function scrubKnown(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);
}

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
    // Kept whole until throwIfAny knows the secrets: see displayValue.
    if (value !== undefined) problem.value = value;
    if (where.position) problem.position = where.position;
    this.list.push(problem);
  }

  /**
   * Adds the problems of `other` that this list does not hold yet: each
   * detector section of a `detectors:` list is checked with the same shared
   * values, whose problems are reported once.
   */
  addNew(other: Problems): void {
    const key = (p: InputProblem): string => JSON.stringify([p.input, p.value, p.rule, p.position]);
    const seen = new Set(this.list.map(key));
    for (const problem of other.list) {
      if (seen.has(key(problem))) continue;
      seen.add(key(problem));
      if (this.list.length >= MAX_PROBLEMS_LISTED) this.unlisted++;
      else this.list.push(problem);
    }
    this.unlisted += other.unlisted;
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
    throw new InputError(
      this.list.map((p) => {
        const clean: InputProblem = { ...p, rule: scrubKnown(p.rule, secrets) };
        if (p.value !== undefined) clean.value = displayValue(p.value, secrets);
        return clean;
      }),
      this.unlisted,
    );
  }
}
