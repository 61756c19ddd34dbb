// One way to print AUC and ASI everywhere: the PR comment, the job summary,
// the quality gates and the log. Three decimals, the precision a reader
// compares models at; more only where a comparison would otherwise read as
// a contradiction ("0.900 < 0.9").

export const METRIC_DECIMALS = 3;
const MAX_DECIMALS = 6;

export function formatMetric(n: number): string {
  return n.toFixed(METRIC_DECIMALS);
}

/** A difference, always signed: `+0.013`, `−0.020` (a real minus sign). */
export function formatMetricDelta(n: number): string {
  return n >= 0 ? `+${formatMetric(n)}` : `−${formatMetric(-n)}`;
}

/**
 * Two values that are compared, with as many decimals (3 to 6) as it takes to
 * tell them apart: `0.8999` beside `0.9000`, never `0.900` beside `0.900`.
 */
export function formatMetricPair(a: number, b: number): [string, string] {
  for (let d = METRIC_DECIMALS; d < MAX_DECIMALS; d++) {
    if (a.toFixed(d) !== b.toFixed(d)) return [a.toFixed(d), b.toFixed(d)];
  }
  return [a.toFixed(MAX_DECIMALS), b.toFixed(MAX_DECIMALS)];
}

/** AFD's uncertainty range of an AUC: `0.905–0.918`. */
export function formatMetricRange(lower: number, upper: number): string {
  return `${formatMetric(lower)}–${formatMetric(upper)}`;
}
