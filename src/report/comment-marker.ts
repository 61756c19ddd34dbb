// The hidden marker on the first line of the action's sticky PR comment: how
// the next run finds its comment again, and where a merge reads the plan
// fingerprint that was reviewed. Kept by any truncation (it is line 1).
const MARKER_TOOL = 'fraud-detector-promote';

// Detector ids are validated upstream; this only guarantees the marker can
// never end the HTML comment early or be mistaken for another detector's.
const markerSafe = (s: string, allowed: RegExp): string => s.replace(allowed, '_');

/**
 * Prefix of the marker of one detector's comment; search comments with
 * `startsWith`. The action always gives the region: AFD is regional, and a
 * matrix job that plans the same detector id in two regions gets a comment
 * for each instead of two runs overwriting one.
 */
export function commentMarker(detectorId: string, region?: string): string {
  const where = region ? ` region=${markerSafe(region, /[^0-9a-z-]/g)}` : '';
  return `<!-- ${MARKER_TOOL}:detector=${markerSafe(detectorId, /[^0-9a-z_-]/g)}${where} `;
}

export function fullMarker(detectorId: string, fingerprint: string, region?: string): string {
  return `${commentMarker(detectorId, region)}fingerprint=${markerSafe(fingerprint, /[^0-9a-f]/g)} -->`;
}

export interface ParsedMarker {
  detectorId: string;
  region?: string;
  fingerprint: string;
}

/** Reads the marker on a comment's first line; undefined when it is not ours. */
export function parseMarker(body: string): ParsedMarker | undefined {
  const first = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const m =
    /^<!-- fraud-detector-promote:detector=([0-9a-z_-]+)(?: region=([0-9a-z-]+))? fingerprint=([0-9a-f]*) -->\s*$/.exec(
      first,
    );
  if (m?.[1] === undefined || m[3] === undefined) return undefined;
  return { detectorId: m[1], ...(m[2] ? { region: m[2] } : {}), fingerprint: m[3] };
}

/**
 * Prefix of the marker of the one comment of a run of many detectors (a
 * `detectors:` list without `detector-id`): one per pull request and region.
 */
export function detectorsMarker(region: string): string {
  return `<!-- ${MARKER_TOOL}:detectors region=${markerSafe(region, /[^0-9a-z-]/g)} `;
}

/** One plan fingerprint per detector ('' for a detector that has no plan), in the run's order. */
export type DetectorFingerprints = ReadonlyArray<
  readonly [detectorId: string, fingerprint: string]
>;

export function fullDetectorsMarker(region: string, fingerprints: DetectorFingerprints): string {
  const list = fingerprints
    .map(([id, fp]) => `${markerSafe(id, /[^0-9a-z_-]/g)}:${markerSafe(fp, /[^0-9a-f]/g)}`)
    .join(',');
  return `${detectorsMarker(region)}fingerprints=${list} -->`;
}

/** Reads the marker of a comment of many detectors; undefined when it is not one. */
export function parseDetectorsMarker(
  body: string,
): { region: string; fingerprints: Map<string, string> } | undefined {
  const first = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const m =
    /^<!-- fraud-detector-promote:detectors region=([0-9a-z-]+) fingerprints=((?:[0-9a-z_-]+:[0-9a-f]*)(?:,[0-9a-z_-]+:[0-9a-f]*)*) -->\s*$/.exec(
      first,
    );
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const fingerprints = new Map<string, string>();
  for (const entry of m[2].split(',')) {
    const [id = '', fp = ''] = entry.split(':');
    fingerprints.set(id, fp);
  }
  return { region: m[1], fingerprints };
}
