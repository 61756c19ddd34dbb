// "Did you mean" for unknown config keys: a misspelt key silently ignored is
// the worst kind of config bug, so it is an error, and the error helps.
import { shorten } from './problems.js';

/** Levenshtein distance: single-character insertions, deletions and substitutions. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, when it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const [w, k] = [norm(word), norm(c)];
    // `version` for `ruleVersion`, `FIRST` for `FIRST_MATCHED`: a part of the name is a typo too.
    const partial = w.length >= 3 && (k.includes(w) || w.includes(k));
    const score = w === k ? 0 : partial ? 1 : distance(word.toLowerCase(), c.toLowerCase());
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestScore <= allowed ? best : undefined;
}

export function unknownKeyRule(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  const hint = guess ? ` — did you mean '${guess}'?` : '';
  return `unknown key '${shorten(key)}'${hint} (known keys: ${known.join(', ')})`;
}
