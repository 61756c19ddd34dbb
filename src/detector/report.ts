// What the detector flow did, kept current as it runs, so outputs and the
// summary can be written on success and on failure alike.
import type { DetectorPlanDiff, ProposedDetectorVersion } from '../planner/index.js';
import type { EffectiveMode } from '../domain/request.js';
import type { ImpactReport } from '../impact/run-impact.js';

export type DetectorAction =
  | 'planned' // plan mode: nothing written
  | 'unchanged' // the proposal equals the base: nothing written
  | 'created'
  | 'updated' // draft mode: this PR's DRAFT updated in place
  | 'reused' // the reviewed draft, or an earlier attempt's version
  | 'rollback-planned' // plan mode, rollback-to: nothing written
  | 'rolled-back'; // an existing version re-activated

export interface DetectorReport {
  detectorId: string;
  mode: EffectiveMode;
  baseVersionId?: string;
  proposal?: ProposedDetectorVersion;
  diff?: DetectorPlanDiff;
  fingerprint?: string;
  /** The fingerprint of the plan reviewed on the PR, when applying after a merge. */
  reviewedFingerprint?: string;
  action?: DetectorAction;
  detectorVersionId?: string;
  /** PLANNED in plan mode, else AFD's status at the end. */
  status?: string;
  promoted: boolean;
  /** The version that was ACTIVE before a promotion (now INACTIVE). */
  previousActiveId?: string;
  /** What keep-inactive-versions deleted and undeployed after the promotion. */
  retention?: { deleted: string[]; draftsDeleted: string[]; undeployed: string[] };
  /** Rule tests, backtest and operating point, when the plan has them. */
  impact?: ImpactReport;
  problems: string[];
  notes: string[];
  error?: string;
}

export function newDetectorReport(detectorId: string, mode: EffectiveMode): DetectorReport {
  return { detectorId, mode, promoted: false, problems: [], notes: [] };
}
