// Longest common subsequence, used twice: to tell which rules really moved
// (moving one rule in ten is one move, not nine) and for line diffs of rule
// expressions.

/**
 * Index pairs [i, j] with a[i] === b[j] forming a longest common subsequence,
 * in increasing order. The common prefix and suffix are matched directly
 * first, so the quadratic table only covers the part that actually differs.
 */
export function lcsPairs<T>(a: readonly T[], b: readonly T[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);

  // table[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[start + i] === b[start + j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

export type DiffLine = { op: ' ' | '-' | '+'; text: string };

/** Line diff: removed lines before added ones within each changed hunk. */
export function diffLines(from: string, to: string): DiffLine[] {
  const a = from.split(/\r?\n/);
  const b = to.split(/\r?\n/);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcsPairs(a, b), [a.length, b.length] as [number, number]]) {
    for (; i < pi; i++) out.push({ op: '-', text: a[i] ?? '' });
    for (; j < pj; j++) out.push({ op: '+', text: b[j] ?? '' });
    if (pi < a.length) out.push({ op: ' ', text: a[pi] ?? '' });
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
