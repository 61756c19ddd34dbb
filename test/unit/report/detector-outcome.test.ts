import { describe, expect, it } from 'vitest';
import { newDetectorReport } from '../../../src/detector/report.js';
import {
  renderDetectorOutcome,
  renderDetectorProblems,
} from '../../../src/report/detector-outcome.js';

describe('renderDetectorProblems', () => {
  it('is empty without problems', () => {
    expect(renderDetectorProblems(newDetectorReport('d', 'plan'))).toBe('');
  });

  it('lists problems escaped, at most 20, and says how many more there are', () => {
    const report = newDetectorReport('d', 'plan');
    report.problems = Array.from(
      { length: 25 },
      (_, i) => `rule r${i} version 9 does not exist <b>`,
    );
    const md = renderDetectorProblems(report);
    expect(md.match(/^- rule/gm)).toHaveLength(20);
    expect(md).toContain('- … and 5 more (see the job log).');
    expect(md).not.toContain('<b>');
  });
});

describe('renderDetectorOutcome', () => {
  it('says what was done, what was promoted, the notes and the error', () => {
    const report = newDetectorReport('d', 'apply');
    report.action = 'created';
    report.detectorVersionId = '4';
    report.promoted = true;
    report.previousActiveId = '2';
    report.notes.push('Undeployed model m 1.02: only the replaced version 2 used it.');
    report.error = 'boom @ops';
    const md = renderDetectorOutcome(report);
    expect(md).toContain('- Created version 4.');
    expect(md).toContain('Version 4 is ACTIVE; version 2, ACTIVE before, is now INACTIVE');
    expect(md).toContain('Undeployed model m 1.02');
    expect(md).toContain('- ❌ boom @&#8203;ops');
  });
});
