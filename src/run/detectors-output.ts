// The `detectors` output: one JSON map detectorId → where each detector of
// the run ended, so a workflow reads every detector's result the same way
// however many a run (or a matrix of runs) handles.
import type { DetectorReport } from '../detector/report.js';

export interface DetectorResult {
  detectorVersionId?: string;
  detectorVersionStatus?: string;
  changed?: boolean;
}

/** What one detector's report says, with only the values it knows. */
export function detectorResult(report: DetectorReport): DetectorResult {
  const result: DetectorResult = {};
  if (report.detectorVersionId) result.detectorVersionId = report.detectorVersionId;
  if (report.status) result.detectorVersionStatus = report.status;
  if (report.diff) result.changed = report.diff.changed;
  return result;
}

/** The output's value; undefined when no detector got far enough to know anything. */
export function detectorsOutput(reports: readonly DetectorReport[]): string | undefined {
  // A null-prototype map: a detector named __proto__ is a key like any other.
  const map: Record<string, DetectorResult> = Object.create(null) as Record<string, DetectorResult>;
  for (const report of reports) {
    const result = detectorResult(report);
    if (Object.keys(result).length > 0) map[report.detectorId] = result;
  }
  return Object.keys(map).length > 0 ? JSON.stringify(map) : undefined;
}
