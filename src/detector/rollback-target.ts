// Which existing detector version `rollback-to` names, and which request
// fields a rollback ignores. Pure: the flow in rollback.ts reads AFD and hands
// the facts in.
import type { DetectorVersionSummary } from '../domain/afd.js';
import type { DetectorRequest } from '../domain/request.js';
import { compareWholeVersions } from '../domain/versions.js';
import { NO_REPLACED_VERSION } from '../domain/provenance.js';

export interface RollbackPick {
  detectorVersionId: string;
  /** Which rule picked it, for the log and the summary. */
  why: string;
}

/**
 * `previous`: the version the ACTIVE one replaced when the action promoted it
 * (its fdp:replaced-version tag), when that version still exists and is
 * INACTIVE; otherwise the most recently updated INACTIVE version (ties: the
 * higher version id). Undefined when the detector has no INACTIVE version.
 */
export function pickPreviousVersion(
  summaries: readonly DetectorVersionSummary[],
  active: { detectorVersionId: string; replacedTag?: string } | undefined,
): RollbackPick | undefined {
  const inactive = summaries.filter((s) => s.status === 'INACTIVE');
  const tagged = active?.replacedTag;
  if (tagged && tagged !== NO_REPLACED_VERSION) {
    if (inactive.some((s) => s.detectorVersionId === tagged))
      return {
        detectorVersionId: tagged,
        why: `the ACTIVE version ${active.detectorVersionId} replaced version ${tagged} when this action promoted it (tag fdp:replaced-version)`,
      };
  }
  const newest = [...inactive].sort(
    (a, b) =>
      timeOf(b.lastUpdatedTime) - timeOf(a.lastUpdatedTime) ||
      compareWholeVersions(b.detectorVersionId, a.detectorVersionId),
  )[0];
  if (!newest) return undefined;
  const reason =
    tagged && tagged !== NO_REPLACED_VERSION
      ? `version ${tagged}, which the ACTIVE version replaced, is no longer INACTIVE or no longer exists`
      : `the ACTIVE version has no fdp:replaced-version tag (it was not promoted by this action)`;
  return {
    detectorVersionId: newest.detectorVersionId,
    why: `${reason}, so the most recently updated INACTIVE version is the target`,
  };
}

function timeOf(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/**
 * The detector fields a rollback does not use, by input name. A rollback
 * re-activates a version exactly as it is, so rules, models and the rest of a
 * config file that a dispatch workflow shares with the release workflow are
 * ignored (with a warning), not refused: refusing would force a second config
 * file just to roll back.
 */
export function ignoredByRollback(request: DetectorRequest): string[] {
  const ignored: string[] = [];
  if (request.rules) ignored.push('rules');
  if (request.ruleExecutionMode) ignored.push('rule-execution-mode');
  if (request.modelVersions) ignored.push('model-versions');
  if (request.externalModelEndpoints) ignored.push('external-model-endpoints');
  if (request.description !== undefined) ignored.push('description');
  if (request.base.kind !== 'active') ignored.push('base-version');
  if (request.promote) ignored.push('promote');
  return ignored;
}
