// AFD versions are strings. Sorting them as strings is the bug AWS's own
// samples have ("10" < "9"); these compare them as numbers.

/** Detector and rule version ids: "1", "2", … "10". */
export function compareWholeVersions(a: string, b: string): number {
  const d = Number(a) - Number(b);
  return d !== 0 ? Math.sign(d) : a.localeCompare(b);
}

/**
 * Parse "1.03" into [1, 3]; "1.10" into [1, 10]; "1.0" into [1, 0]. Undefined
 * for anything else: these strings come from AFD, and one odd value must not
 * turn into an unexpected error.
 */
export function parseModelVersion(v: string): [major: number, minor: number] | undefined {
  const m = /^([1-9][0-9]{0,3})\.([0-9]{1,2})$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * Model versions compare by (major, minor) integers: 1.9 < 1.10 < 2.0. A
 * string that is not a model version number sorts before every real one (so
 * it is never "the latest"), and among its kind as text.
 */
export function compareModelVersions(a: string, b: string): number {
  const pa = parseModelVersion(a);
  const pb = parseModelVersion(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : a.localeCompare(b);
  const [am, an] = pa;
  const [bm, bn] = pb;
  return am !== bm ? Math.sign(am - bm) : Math.sign(an - bn);
}

export function maxBy<T>(items: readonly T[], compare: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || compare(item, best) > 0) best = item;
  return best;
}
