// The tables and blocks of a detector plan (rules, models, endpoints,
// description, expressions), shared by the PR comment and the job summary.
import type { TrainingMetrics } from '../domain/afd.js';
import { formatMetric, formatMetricDelta, formatMetricRange } from '../domain/metric-format.js';
import type { ModelType } from '../domain/request.js';
import { diffLines } from '../planner/lcs.js';
import type { DetectorPlanDiff } from '../planner/plan-types.js';
import { newRuleVersions } from './rule-writes.js';
import { codeFence, details, escapeMarkdown, inlineCode, markdownId, table } from './markdown.js';

const SHORT_TYPE: Record<ModelType, string> = {
  ONLINE_FRAUD_INSIGHTS: 'OFI',
  TRANSACTION_FRAUD_INSIGHTS: 'TFI',
  ACCOUNT_TAKEOVER_INSIGHTS: 'ATI',
};

/** OFI/TFI/ATI; anything else AFD answered, escaped (never a lookup of `constructor` or `__proto__`). */
function shortType(type: string): string {
  return Object.hasOwn(SHORT_TYPE, type) ? SHORT_TYPE[type as ModelType] : markdownId(type);
}

/** AUC with its uncertainty range for OFI/TFI, ASI for ATI. */
function metricsText(type: ModelType, m: TrainingMetrics | undefined): string {
  if (type === 'ACCOUNT_TAKEOVER_INSIGHTS')
    return m?.asi !== undefined ? `ASI ${formatMetric(m.asi)}` : '—';
  if (m?.auc === undefined) return '—';
  const range =
    m.aucLower !== undefined && m.aucUpper !== undefined
      ? ` (${formatMetricRange(m.aucLower, m.aucUpper)})`
      : '';
  return `AUC ${formatMetric(m.auc)}${range}`;
}

function metricsDelta(type: ModelType, from?: TrainingMetrics, to?: TrainingMetrics): string {
  if (type === 'ACCOUNT_TAKEOVER_INSIGHTS') {
    return from?.asi !== undefined && to?.asi !== undefined
      ? `, ASI ${formatMetricDelta(to.asi - from.asi)}`
      : '';
  }
  return from?.auc !== undefined && to?.auc !== undefined
    ? `, AUC ${formatMetricDelta(to.auc - from.auc)}`
    : '';
}

/** AFD numbers rule versions 1, 2, 3…: a lower number is an older version. */
export const ruleRolledBack = (change: { from: string; to: string }): boolean =>
  Number(change.to) < Number(change.from);

export function rulesSection(diff: DetectorPlanDiff, compact: boolean): string[] {
  const c = diff.counts;
  if (c.rulesAdded + c.rulesRemoved + c.rulesChanged + c.rulesMoved === 0) {
    const n = diff.proposal.rules.length;
    return [`**Rules:** ${n} rule${n === 1 ? '' : 's'}, unchanged.`];
  }
  const added = new Set(diff.rules.added.map((r) => r.ruleId));
  const changed = new Map(diff.rules.changed.map((r) => [r.ruleId, r]));
  const moved = new Map(diff.rules.moved.map((r) => [r.ruleId, r]));
  const created = newRuleVersions(diff);
  const rows: string[][] = [];
  let hidden = 0;
  diff.proposal.rules.forEach((rule, i) => {
    const notes: string[] = [];
    const change = changed.get(rule.ruleId);
    const move = moved.get(rule.ruleId);
    if (added.has(rule.ruleId)) notes.push('➕ added');
    if (change)
      notes.push(
        ruleRolledBack(change)
          ? `⏪ version ${markdownId(change.from)} → ${markdownId(change.to)}, rolled back`
          : `🔄 version ${markdownId(change.from)} → ${markdownId(change.to)}`,
      );
    if (created.has(rule.ruleId)) notes.push('🆕 new version');
    if (move) notes.push(`↕ moved from position ${move.fromIndex + 1}`);
    if (compact && notes.length === 0) {
      hidden++;
      return;
    }
    const baseVersion = added.has(rule.ruleId) ? '—' : markdownId(change?.from ?? rule.ruleVersion);
    rows.push([
      String(i + 1),
      inlineCode(rule.ruleId, true),
      baseVersion,
      markdownId(rule.ruleVersion),
      notes.join(', '),
    ]);
  });
  for (const r of diff.rules.removed) {
    rows.push([
      '',
      inlineCode(r.ruleId, true),
      markdownId(r.ruleVersion),
      '—',
      `➖ removed (was position ${r.index + 1})`,
    ]);
  }
  const order =
    diff.proposal.ruleExecutionMode === 'FIRST_MATCHED'
      ? 'evaluated in this order; the first match wins'
      : 'all matching rules apply';
  const out = [
    `#### Rules (${order})`,
    '',
    table(['#', 'Rule', 'Base', 'Proposed', 'Change'], rows),
  ];
  if (hidden > 0) {
    out.push(
      '',
      `${hidden} unchanged rule${hidden === 1 ? ' is' : 's are'} not shown; the job summary lists every rule.`,
    );
  }
  return out;
}

export function modelsSection(diff: DetectorPlanDiff): string[] {
  const c = diff.counts;
  const current = diff.proposal.modelVersions;
  if (c.modelsAdded + c.modelsRemoved + c.modelsChanged === 0) {
    if (current.length === 0) return [];
    const list = current
      .map((m) => `${inlineCode(m.modelId)} ${markdownId(m.modelVersionNumber)}`)
      .join(', ');
    return [`**Models:** ${list}, unchanged.`];
  }
  const added = new Map(diff.models.added.map((m) => [m.modelId, m]));
  const changed = new Map(diff.models.changed.map((m) => [m.modelId, m]));
  const rows = current.map((m) => {
    const type = shortType(m.modelType);
    const change = changed.get(m.modelId);
    const add = added.get(m.modelId);
    if (change) {
      return [
        inlineCode(m.modelId, true),
        type,
        markdownId(change.from),
        markdownId(change.to),
        metricsText(m.modelType, change.metricsFrom),
        metricsText(m.modelType, change.metricsTo),
        `${change.direction === 'up' ? '🔄 upgrade' : '⏪ rolled back'}${metricsDelta(m.modelType, change.metricsFrom, change.metricsTo)}`,
      ];
    }
    if (add) {
      return [
        inlineCode(m.modelId, true),
        type,
        '—',
        markdownId(m.modelVersionNumber),
        '—',
        metricsText(m.modelType, add.metrics),
        '➕ added',
      ];
    }
    return [
      inlineCode(m.modelId, true),
      type,
      markdownId(m.modelVersionNumber),
      markdownId(m.modelVersionNumber),
      '',
      '',
      '',
    ];
  });
  for (const m of diff.models.removed) {
    const type = shortType(m.modelType);
    rows.push([
      inlineCode(m.modelId, true),
      type,
      markdownId(m.modelVersionNumber),
      '—',
      metricsText(m.modelType, m.metrics),
      '—',
      '➖ removed',
    ]);
  }
  return [
    '#### Models',
    '',
    table(
      ['Model', 'Type', 'Base', 'Proposed', 'Base metrics', 'Proposed metrics', 'Change'],
      rows,
    ),
  ];
}

export function endpointsSection(diff: DetectorPlanDiff): string[] {
  const { added, removed } = diff.externalModelEndpoints;
  if (added.length + removed.length === 0) return [];
  return [
    '#### External model endpoints',
    '',
    ...added.map((e) => `- ➕ ${inlineCode(e)}`),
    ...removed.map((e) => `- ➖ ${inlineCode(e)}`),
  ];
}

export function descriptionSection(diff: DetectorPlanDiff): string[] {
  if (!diff.description) return [];
  const show = (d: string | null): string => (d === null ? '_(none)_' : escapeMarkdown(d));
  return [
    '#### Description',
    '',
    `- Base: ${show(diff.description.from)}`,
    `- Proposed: ${show(diff.description.to)}`,
  ];
}

function diffBlock(from: string | undefined, to: string | undefined): string {
  const split = (text: string): string[] => text.split(/\r?\n/);
  const lines =
    from === undefined && to === undefined
      ? undefined
      : from === undefined
        ? split(to ?? '').map((text) => `+${text}`)
        : to === undefined
          ? split(from).map((text) => `-${text}`)
          : diffLines(from, to).map((l) => `${l.op}${l.text}`);
  return lines ? codeFence(lines.join('\n'), 'diff') : '_Expression not available._';
}

export function expressionsSection(diff: DetectorPlanDiff): string[] {
  const created = newRuleVersions(diff);
  const isNew = (ruleId: string): string => (created.has(ruleId) ? ' (new version)' : '');
  const blocks = [
    ...diff.rules.changed.map((r) =>
      details(
        `${r.ruleId}: version ${r.from} → ${r.to}${ruleRolledBack(r) ? ' (rolled back)' : ''}${isNew(r.ruleId)}`,
        diffBlock(r.expressionFrom, r.expressionTo),
      ),
    ),
    ...diff.rules.added.map((r) =>
      details(
        `${r.ruleId}: version ${r.ruleVersion} (added)${isNew(r.ruleId)}`,
        diffBlock(undefined, r.expression),
      ),
    ),
    ...diff.rules.removed.map((r) =>
      details(
        `${r.ruleId}: version ${r.ruleVersion} (removed)`,
        diffBlock(r.expression, undefined),
      ),
    ),
  ];
  return blocks.length === 0 ? [] : ['#### Rule expressions', '', blocks.join('\n\n')];
}
