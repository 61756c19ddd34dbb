// What the detector flow did, as a short Markdown section appended to the plan
// in the job summary (and, for problems, to the PR comment). Pure.
import type { DetectorReport } from '../detector/report.js';
import { escapeMarkdown, markdownId } from './markdown.js';

const ACTION_TEXT: Record<NonNullable<DetectorReport['action']>, (id: string) => string> = {
  planned: (id) =>
    `Plan only: version ${id} would be created. Nothing was written to Amazon Fraud Detector.`,
  unchanged: (id) => `No changes against version ${id}: nothing was created.`,
  created: (id) => `Created version ${id}.`,
  updated: (id) => `Updated this pull request's DRAFT version ${id} in place.`,
  reused: (id) => `Reused version ${id}: it already has exactly this content.`,
  'rollback-planned': (id) =>
    `Plan only: existing version ${id} would be made ACTIVE again (rollback). Nothing was written to Amazon Fraud Detector.`,
  'rolled-back': (id) => `Rolled back: existing version ${id} was made ACTIVE again.`,
};

/** At most this many problems are listed: the comment's size budget is spent on the diff before them. */
const MAX_PROBLEMS_LISTED = 20;

/** Problems found before any write; shown in the comment as well as the summary. */
export function renderDetectorProblems(report: DetectorReport): string {
  const { problems } = report;
  if (!problems.length) return '';
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED).map((p) => `- ${escapeMarkdown(p)}`);
  if (problems.length > MAX_PROBLEMS_LISTED)
    listed.push(`- … and ${problems.length - MAX_PROBLEMS_LISTED} more (see the job log).`);
  return `\n### ❌ Problems\n\n${listed.join('\n')}\n`;
}

export function renderDetectorOutcome(report: DetectorReport): string {
  const lines: string[] = [];
  // Version ids come from AFD's answers: escaped like any other text from outside.
  const id = markdownId(report.detectorVersionId ?? '—');
  if (report.action) lines.push(`- ${ACTION_TEXT[report.action](id)}`);
  if (report.promoted) {
    lines.push(
      `- Version ${id} is ACTIVE${report.previousActiveId ? `; version ${markdownId(report.previousActiveId)}, ACTIVE before, is now INACTIVE` : ''}. Verified after the change.`,
    );
  }
  lines.push(...retentionLines(report.retention));
  for (const note of report.notes) lines.push(`- ${escapeMarkdown(note)}`);
  if (report.error) lines.push(`- ❌ ${escapeMarkdown(report.error)}`);
  const outcome = lines.length ? `\n### Outcome\n\n${lines.join('\n')}\n` : '';
  return outcome + renderDetectorProblems(report);
}

function retentionLines(r: DetectorReport['retention']): string[] {
  if (!r) return [];
  const list = (ids: string[]): string => ids.map(escapeMarkdown).join(', ');
  const lines = [
    r.deleted.length
      ? `- Retention deleted INACTIVE version${r.deleted.length === 1 ? '' : 's'} ${list(r.deleted)}.`
      : '- Retention deleted no INACTIVE version.',
  ];
  if (r.draftsDeleted.length)
    lines.push(`- Deleted the drafts of closed pull requests: versions ${list(r.draftsDeleted)}.`);
  if (r.undeployed.length)
    lines.push(`- Undeployed model versions no detector version uses: ${list(r.undeployed)}.`);
  return lines;
}
