// Writing the job summary: never the reason a run fails, and the same failure
// section wherever the detector flow stops.
import * as core from '../runner/commands.js';
import type { DetectorReport } from '../detector/report.js';
import { renderDetectorOutcome } from '../report/detector-outcome.js';
import { escapeMarkdown } from '../report/markdown.js';

export function failureSummary(report: DetectorReport, error: string, stopped: string): string {
  const heading = stopped === 'CANCELLED' ? '⏹️ Cancelled' : '❌ Failed';
  return `## ${heading}: detector ${escapeMarkdown(report.detectorId)}\n\n${escapeMarkdown(error)}\n\n${renderDetectorOutcome(report)}`;
}

/**
 * Reporting after the work (outputs, summary, comment) must not replace the
 * run's own outcome or hide its error: a failure here is a warning.
 */
export async function bestEffort(what: string, step: () => unknown): Promise<void> {
  try {
    await step();
  } catch (err) {
    core.warning(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Never throws: a summary that cannot be written is a warning (see bestEffort). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  try {
    await core.appendSummary(markdown);
  } catch (err) {
    core.warning(
      `Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
