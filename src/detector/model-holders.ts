// Which detector versions hold which model versions. AFD's user guide ("Delete
// a model or model version"): a model version that any detector version uses,
// ACTIVE, INACTIVE or DRAFT, of any detector, cannot be undeployed. So both the
// undeploy clean-up and the deploy-quota hint need the full picture, not only
// the ACTIVE versions.
import { mapLimit } from '../domain/concurrency.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { modelKey } from '../planner/index.js';

/** Independent GetDetectorVersion reads in flight at once (AFD publishes no control-plane TPS). */
const READ_CONCURRENCY = 4;

/** A detector version that references a model version, e.g. "payments_detector:2 (INACTIVE)". */
export interface Holder {
  detectorId: string;
  detectorVersionId: string;
  status: string;
}

export const describeHolder = (h: Holder): string =>
  `${h.detectorId}:${h.detectorVersionId} (${h.status})`;

/**
 * For each wanted model version (by modelKey), the detector versions of the
 * account that reference it; a version nobody references maps to [].
 * Reads every detector version of every detector, so call it only when there
 * is something to decide.
 */
export async function findModelHolders(
  afd: AfdPort,
  wanted: readonly ModelVersionRef[],
): Promise<Map<string, Holder[]>> {
  const holders = new Map<string, Holder[]>(wanted.map((m) => [modelKey(m), []]));
  if (!wanted.length) return holders;
  for (const detectorId of await afd.listDetectorIds()) {
    const summaries = await afd.listDetectorVersions(detectorId);
    const versions = await mapLimit(summaries, READ_CONCURRENCY, (s) =>
      afd.getDetectorVersion(detectorId, s.detectorVersionId),
    );
    for (const version of versions) {
      for (const m of version.modelVersions) {
        holders.get(modelKey(m))?.push({
          detectorId,
          detectorVersionId: version.detectorVersionId,
          status: version.status,
        });
      }
    }
  }
  // AFD lists versions in no useful order; a reader wants them by detector and number.
  for (const list of holders.values())
    list.sort(
      (a, b) =>
        a.detectorId.localeCompare(b.detectorId) ||
        Number(a.detectorVersionId) - Number(b.detectorVersionId),
    );
  return holders;
}
