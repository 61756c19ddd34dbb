// Which detector version a proposal starts from. Pure: the shell lists the
// detector's version summaries (DescribeDetector) and passes them in.
import type { DetectorVersionSummary } from '../domain/afd.js';
import { ActionError } from '../domain/errors.js';
import type { BaseVersion } from '../domain/request.js';
import { compareWholeVersions, maxBy } from '../domain/versions.js';

export type ResolvedBase = { kind: 'none' } | { kind: 'found'; detectorVersionId: string };

const byId = (a: DetectorVersionSummary, b: DetectorVersionSummary): number =>
  compareWholeVersions(a.detectorVersionId, b.detectorVersionId);

/**
 * `active`: the one ACTIVE version; a detector with none is valid (nothing
 * promoted yet) and yields `none`, so the proposal becomes the first version.
 * `latest`: the highest id compared as numbers ("10" > "9"); none when the
 * detector has no versions. An explicit id must exist: silently starting from
 * nothing would plan a diff against the wrong thing.
 */
export function resolveBaseVersion(
  summaries: readonly DetectorVersionSummary[],
  base: BaseVersion,
): ResolvedBase {
  switch (base.kind) {
    case 'active': {
      // AFD keeps at most one ACTIVE version; if a race ever showed two, the
      // newer one is the one that was promoted last.
      const active = maxBy(
        summaries.filter((s) => s.status === 'ACTIVE'),
        byId,
      );
      return active
        ? { kind: 'found', detectorVersionId: active.detectorVersionId }
        : { kind: 'none' };
    }
    case 'latest': {
      const latest = maxBy(summaries, byId);
      return latest
        ? { kind: 'found', detectorVersionId: latest.detectorVersionId }
        : { kind: 'none' };
    }
    case 'id': {
      const found = summaries.find((s) => compareWholeVersions(s.detectorVersionId, base.id) === 0);
      if (found) return { kind: 'found', detectorVersionId: found.detectorVersionId };
      const latest = maxBy(summaries, byId);
      const known =
        summaries.length === 0
          ? 'the detector has no versions yet'
          : `the detector has ${summaries.length} version${summaries.length === 1 ? '' : 's'}, the highest is ${latest?.detectorVersionId ?? '?'}`;
      throw new ActionError(
        `Input 'base-version' = "${base.id}": detector version ${base.id} does not exist (${known}).`,
        ["Use 'active', 'latest' or the id of an existing detector version."],
      );
    }
  }
}
