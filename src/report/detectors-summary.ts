// The job summary's overview of a run of many detectors: which were planned,
// drafted or promoted, which failed and why, and which were not started. Each
// detector's own section (plan and outcome) is written as it finishes. Pure.
import type { DetectorReport } from '../detector/report.js';
import { escapeMarkdown, markdownId, table } from './markdown.js';

/** An error is told in full in the detector's section; the overview keeps its first line, shortened. */
const MAX_REASON_CHARS = 300;

function result(report: DetectorReport): string {
  if (report.error !== undefined) {
    const first = report.error.split('\n', 1)[0] ?? '';
    const reason = first.length > MAX_REASON_CHARS ? `${first.slice(0, MAX_REASON_CHARS)}…` : first;
    return `❌ failed: ${escapeMarkdown(reason)}`;
  }
  if (report.promoted) return '✅ promoted';
  switch (report.action) {
    case 'rolled-back':
      return '✅ rolled back';
    case 'unchanged':
      return '🟢 no changes';
    case 'created':
    case 'updated':
    case 'reused':
      return `📝 ${report.action}`;
    case 'planned':
    case 'rollback-planned':
      return report.diff?.changed === false ? '🟢 no changes' : '📝 planned';
    default:
      return '—';
  }
}

export function renderDetectorsOverview(
  mode: string,
  reports: readonly DetectorReport[],
  notStarted: readonly string[],
): string {
  const failed = reports.filter((r) => r.error !== undefined).length;
  const promoted = reports.filter((r) => r.promoted || r.action === 'rolled-back').length;
  const counts = [
    `${reports.length + notStarted.length} detectors`,
    ...(mode === 'apply' ? [`${promoted} promoted`] : []),
    `${failed} failed`,
    ...(notStarted.length ? [`${notStarted.length} not started`] : []),
  ];
  const rows = [
    ...reports.map((r) => [
      markdownId(r.detectorId),
      result(r),
      markdownId(r.detectorVersionId ?? '—'),
      markdownId(r.status ?? '—'),
    ]),
    ...notStarted.map((id) => [markdownId(id), '⏹️ not started (the run was cancelled)', '—', '—']),
  ];
  return [
    `## ${failed > 0 ? '❌' : '✅'} Fraud Detector ${markdownId(mode)}: ${counts.join(', ')}`,
    '',
    table(['Detector', 'Result', 'Version', 'Status'], rows),
    '',
    failed > 0
      ? 'A failed detector did not stop the others; its section above says what was written to Amazon Fraud Detector, and why it failed.'
      : 'Each detector has its section above.',
    '',
  ].join('\n');
}
