import { describe, expect, it } from 'vitest';
import { newDetectorReport } from '../../../src/detector/report.js';
import type { DetectorPlanDiff } from '../../../src/planner/index.js';
import { detectorsOutput } from '../../../src/run/detectors-output.js';

// The `detectors` output: detectorId → {detectorVersionId, detectorVersionStatus, changed}.
function report(id: string, values: { versionId?: string; status?: string; changed?: boolean }) {
  const r = newDetectorReport(id, 'apply');
  if (values.versionId) r.detectorVersionId = values.versionId;
  if (values.status) r.status = values.status;
  // Only `changed` of the diff is read here.
  if (values.changed !== undefined) r.diff = { changed: values.changed } as DetectorPlanDiff;
  return r;
}

describe('the detectors output', () => {
  it('maps each detector to its version, status and changed', () => {
    const value = detectorsOutput([
      report('payments_detector', { versionId: '4', status: 'ACTIVE', changed: true }),
      report('signup_detector', { versionId: '2', status: 'ACTIVE', changed: false }),
    ]);
    expect(JSON.parse(value!)).toEqual({
      payments_detector: { detectorVersionId: '4', detectorVersionStatus: 'ACTIVE', changed: true },
      signup_detector: { detectorVersionId: '2', detectorVersionStatus: 'ACTIVE', changed: false },
    });
  });

  it('leaves out what a detector does not know, and a detector that knows nothing', () => {
    const value = detectorsOutput([
      report('payments_detector', { changed: true }),
      report('failed_detector', {}),
    ]);
    expect(JSON.parse(value!)).toEqual({ payments_detector: { changed: true } });
    expect(detectorsOutput([report('failed_detector', {})])).toBeUndefined();
  });

  it('keeps a detector named __proto__ as a plain key', () => {
    const value = detectorsOutput([report('__proto__', { status: 'PLANNED' })]);
    expect(value).toBe('{"__proto__":{"detectorVersionStatus":"PLANNED"}}');
  });
});
