// Small helpers shared by the benchmarks: statistics and plain-text tables.

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
}

/** Prints a table with a title; numbers are right-aligned. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n`);
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

export const ms = (v: number): string => `${v.toFixed(0)} ms`;
export const ratio = (v: number): string => `${v.toFixed(2)}×`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "3 min", "2 h": names of durations in tables. */
export function human(msValue: number): string {
  if (msValue >= 3600_000 && msValue % 3600_000 === 0) return `${msValue / 3600_000} h`;
  if (msValue >= 60_000 && msValue % 60_000 === 0) return `${msValue / 60_000} min`;
  return `${(msValue / 1000).toFixed(0)} s`;
}
