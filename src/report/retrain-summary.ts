// Renders the retrain flow's job summary. Pure: report in, Markdown out.
import type { TrainingMetrics } from '../domain/afd.js';
import { formatDuration } from '../domain/clock.js';
import { formatMetric, formatMetricRange } from '../domain/metric-format.js';
import type { RetrainOutcome, RetrainReport } from '../retrain/report.js';
import { escapeMarkdown, inlineCode, markdownId, safeUrl, table } from './markdown.js';
import { renderSchemaChange } from './schema-change.js';

const HEADLINE: Record<RetrainOutcome, string> = {
  running: '⏳ Retrain in progress',
  started: '⏳ Training started',
  succeeded: '✅ Retrain succeeded',
  'training-failed': '❌ Training failed',
  'gate-failed': '❌ Quality gate failed',
  'timed-out': '⌛ Timed out waiting',
  cancelled: '⏹️ Cancelled',
  failed: '❌ Retrain failed',
};

// Values also go into table cells, where a pipe would split the row.
const code = (s: string): string => inlineCode(s, true);

export function renderRetrainSummary(r: RetrainReport, runUrl?: string): string {
  const out: string[] = [];
  const version = r.modelVersionNumber ? ` ${code(r.modelVersionNumber)}` : '';
  const headline = activating(r) ? '⏳ Activation started' : HEADLINE[r.outcome];
  out.push(`## ${headline}: model ${code(r.modelId)}${version}`, '');
  // Line by line: escapeMarkdown makes one line of its input, and AFD's
  // data-validation messages are one per line.
  if (r.error) out.push(`> ${r.error.split('\n').map(escapeMarkdown).join('\n> ')}`, '');

  const facts: string[][] = [
    [
      'Model',
      `${code(r.modelId)} (${r.modelType})${r.majorVersionNumber ? `, major version ${r.majorVersionNumber}` : ''}`,
    ],
  ];
  if (r.training) {
    facts.push([
      'Training data',
      r.training.kind === 'external'
        ? code(r.training.dataLocation)
        : `ingested events ${code(r.training.startTime)} – ${code(r.training.endTime)}`,
    ]);
  }
  if (r.modelVersionNumber) {
    facts.push([
      r.trainedHere ? 'New version' : 'Version',
      `**${markdownId(r.modelVersionNumber)}**`,
    ]);
  }
  if (r.finalStatus) facts.push(['Status', code(r.finalStatus)]);
  const end = r.finishedAt ?? r.timeline[r.timeline.length - 1]?.at;
  if (end !== undefined)
    facts.push(['Elapsed', `${formatDuration(end - r.startedAt)} (${r.polls} status polls)`]);
  out.push(table(['', ''], facts), '');
  for (const note of r.notes) out.push(`> [!NOTE]\n> ${escapeMarkdown(note)}`, '');
  if (r.newMajor) out.push(renderSchemaChange({ modelId: r.modelId, ...r.newMajor }));

  if (r.timeline.length) {
    out.push('### Status timeline', '');
    // The last status seen is still the model's status: it has not "lasted" a
    // time yet, and the end of this run is not the end of that status.
    const rows = r.timeline.map((c, i) => {
      const next = r.timeline[i + 1]?.at;
      return [
        code(c.status),
        new Date(c.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        `+${formatDuration(c.at - r.startedAt)}`,
        next !== undefined ? formatDuration(next - c.at) : 'current',
      ];
    });
    out.push(table(['status', 'seen at', 'after start', 'lasted'], rows), '');
  }

  if (r.metrics) {
    out.push('### Training metrics', '');
    const prev = r.previousActive;
    const headers = ['metric', `${markdownId(r.modelVersionNumber ?? 'new')} (new)`];
    if (prev) headers.push(`${markdownId(prev.modelVersionNumber)} (ACTIVE before)`);
    const rows = metricRows(r.modelType === 'ACCOUNT_TAKEOVER_INSIGHTS', r.metrics, prev?.metrics);
    out.push(
      rows.length ? table(headers, rows) : '_AFD reported no metrics for this version._',
      '',
    );
  }

  if (r.gates.length) {
    out.push('### Quality gates', '');
    out.push(
      table(
        ['gate', 'result', 'detail'],
        r.gates.map((g) => [
          code(g.gate),
          g.passed ? '✅ passed' : '❌ failed',
          escapeMarkdown(g.detail),
        ]),
      ),
      '',
    );
  }

  if (r.validationMessages.length) {
    out.push('### Data validation messages from AFD', '');
    for (const m of r.validationMessages) {
      const field = m.fieldName ? `${code(m.fieldName)}: ` : '';
      out.push(
        `- ${field}**${escapeMarkdown(m.title ?? m.type ?? 'message')}**${m.content ? ` — ${escapeMarkdown(m.content)}` : ''}`,
      );
    }
    out.push('');
  }

  const next = nextSteps(r);
  if (next.length) out.push('### Next steps', '', ...next.map((l) => `- ${l}`), '');
  const url = safeUrl(runUrl);
  if (url) out.push(`[Workflow run](${url})`, '');
  return out.join('\n');
}

function metricRows(ati: boolean, now: TrainingMetrics, before?: TrainingMetrics): string[][] {
  const rows: string[][] = [];
  const cell = (
    m: TrainingMetrics | undefined,
    pick: (m: TrainingMetrics) => string | undefined,
  ): string => (m && pick(m)) ?? '—';
  const push = (name: string, pick: (m: TrainingMetrics) => string | undefined): void => {
    if (pick(now) === undefined && (!before || pick(before) === undefined)) return;
    const row = [name, cell(now, pick)];
    if (before) row.push(cell(before, pick));
    rows.push(row);
  };
  if (ati) {
    push('ASI', (m) => (m.asi === undefined ? undefined : formatMetric(m.asi)));
  } else {
    push('AUC', (m) => (m.auc === undefined ? undefined : formatMetric(m.auc)));
    push('AUC uncertainty range', (m) =>
      m.aucLower === undefined || m.aucUpper === undefined
        ? undefined
        : formatMetricRange(m.aucLower, m.aucUpper),
    );
  }
  return rows;
}

/** wait: false stopped after asking for an activation (the training had finished). */
function activating(r: RetrainReport): boolean {
  return (
    r.outcome === 'started' &&
    (r.finalStatus === 'ACTIVATE_REQUESTED' || r.finalStatus === 'ACTIVATE_IN_PROGRESS')
  );
}

function nextSteps(r: RetrainReport): string[] {
  // Version numbers and statuses come from AFD's answers: escaped.
  const v = r.modelVersionNumber ? markdownId(r.modelVersionNumber) : 'the new version';
  const status = (fallback: string): string => markdownId(r.finalStatus ?? fallback);
  const id = code(r.modelId);
  switch (r.outcome) {
    case 'started':
      if (activating(r))
        return [
          `Activation of ${id} ${v} continues in AFD (typically about 10 minutes). Run this action again with the same inputs: it finds ${v} ACTIVE and goes on with the detector, if one is set.`,
        ];
      return [
        `Training of ${id} ${v} continues in AFD (typically 1–2 h). Run this action again with the same inputs (for example from a scheduled workflow): it finds ${v} instead of training again, then gates and activates it.`,
      ];
    case 'succeeded':
      return r.finalStatus === 'ACTIVE'
        ? [
            `${id} ${v} is ACTIVE. Put it in a detector version with \`detector-id\` (the retrained model replaces the entry of the same model id) and \`promote: true\`.`,
            'AFD allows 5 deployed model versions per account, and undeploys only a version that no detector version (ACTIVE, INACTIVE or DRAFT) uses: delete old detector versions you no longer need for a rollback, then undeploy their models.',
          ]
        : [
            `${id} ${v} passed its gates and is ${status('ready')}. Set \`activate-model: true\` to deploy it.`,
          ];
    case 'gate-failed':
      return [
        `${id} ${v} stays ${status('TRAINING_COMPLETE')}; nothing serving traffic changed. Improve the training data, or adjust \`min-auc\` / \`max-auc-drop\` if the gate is too strict.`,
      ];
    case 'training-failed':
      return [
        "Fix the training data as AFD's messages above describe, then run the release again.",
      ];
    case 'timed-out':
    case 'cancelled':
      return [
        `${id} ${v} is still ${status('in progress')} in AFD. Re-run this job to resume waiting on the same version (it will not train again), or raise \`timeout-minutes\`.`,
      ];
    default:
      return r.hints;
  }
}
