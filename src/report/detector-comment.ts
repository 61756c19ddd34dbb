// Renders a detector-version plan as the sticky PR comment and as the job
// summary. Pure: the shell posts or writes the string. The comment carries a
// hidden marker on its first line (found again on the next push; kept by any
// truncation) and stays under GitHub's size limit; the summary carries the
// same diff in full.
import type { TrainingMetrics } from '../domain/afd.js';
import { formatMetric, formatMetricDelta, formatMetricRange } from '../domain/metric-format.js';
import type { ModelType } from '../domain/request.js';
import { diffLines } from '../planner/lcs.js';
import type { DetectorPlanDiff } from '../planner/plan-types.js';
import { newRuleVersions, ruleWritesSection } from './rule-writes.js';
import type { ImpactReport } from '../impact/run-impact.js';
import { impactMarkdown } from './impact.js';
import {
  codeFence,
  details,
  escapeMarkdown,
  inlineCode,
  markdownId,
  safeUrl,
  table,
  truncateMarkdown,
} from './markdown.js';

/** GitHub refuses comments over 65,536 characters; this leaves room for edits. */
export const COMMENT_LIMIT = 60_000;
/**
 * GitHub drops a step summary over 1 MiB entirely; this leaves ~48 KiB for the
 * other sections (retrain, errors) written to the same step summary.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export interface DetectorPlanReport {
  diff: DetectorPlanDiff;
  detectorId: string;
  mode: 'plan' | 'draft' | 'apply';
  /** PLANNED, DRAFT, ACTIVE or INACTIVE. */
  status: string;
  proposedVersionId?: string;
  baseVersionId?: string;
  runUrl?: string;
  /** The commit planned (a PR's head), so a reader can tell a stale comment; short form is fine. */
  commit?: string;
  /** The AWS region planned in: part of the comment's marker. */
  region?: string;
  fingerprint: string;
  /** The fingerprint found in the PR comment, when applying what was reviewed. */
  reviewedFingerprint?: string;
  /**
   * The proposed description is the one the action generates from the commit:
   * it differs on every push, so it is not a change the user made and the
   * headline does not list it.
   */
  generatedDescription?: boolean;
  /** Rule tests, backtest and operating point (issue 10). */
  impact?: ImpactReport;
}

export type ReportTarget = 'comment' | 'summary';

const MARKER_TOOL = 'fraud-detector-promote';

// Detector ids are validated upstream; this only guarantees the marker can
// never end the HTML comment early or be mistaken for another detector's.
const markerSafe = (s: string, allowed: RegExp): string => s.replace(allowed, '_');

/**
 * Prefix of the marker of one detector's comment; search comments with
 * `startsWith`. The action always gives the region: AFD is regional, and a
 * matrix job that plans the same detector id in two regions gets a comment
 * for each instead of two runs overwriting one.
 */
export function commentMarker(detectorId: string, region?: string): string {
  const where = region ? ` region=${markerSafe(region, /[^0-9a-z-]/g)}` : '';
  return `<!-- ${MARKER_TOOL}:detector=${markerSafe(detectorId, /[^0-9a-z_-]/g)}${where} `;
}

function fullMarker(detectorId: string, fingerprint: string, region?: string): string {
  return `${commentMarker(detectorId, region)}fingerprint=${markerSafe(fingerprint, /[^0-9a-f]/g)} -->`;
}

export interface ParsedMarker {
  detectorId: string;
  region?: string;
  fingerprint: string;
}

/** Reads the marker on a comment's first line; undefined when it is not ours. */
export function parseMarker(body: string): ParsedMarker | undefined {
  const first = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const m =
    /^<!-- fraud-detector-promote:detector=([0-9a-z_-]+)(?: region=([0-9a-z-]+))? fingerprint=([0-9a-f]*) -->\s*$/.exec(
      first,
    );
  if (m?.[1] === undefined || m[3] === undefined) return undefined;
  return { detectorId: m[1], ...(m[2] ? { region: m[2] } : {}), fingerprint: m[3] };
}

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

/**
 * Only what changes: `Rules +2 ~1 -0 · model payments_model 1.02 → 1.03`, plus
 * `mode A → B` and `description` when those change.
 */
export function detectorHeadline(diff: DetectorPlanDiff, generatedDescription = false): string {
  if (!diff.changed) return 'No changes';
  const c = diff.counts;
  const parts: string[] = [];
  if (c.rulesAdded + c.rulesChanged + c.rulesRemoved + c.rulesMoved > 0)
    parts.push(
      `Rules +${c.rulesAdded} ~${c.rulesChanged} -${c.rulesRemoved}${c.rulesMoved > 0 ? ` ↕${c.rulesMoved}` : ''}`,
    );
  const models = [
    ...diff.models.changed.map(
      (m) => `model ${markdownId(m.modelId)} ${markdownId(m.from)} → ${markdownId(m.to)}`,
    ),
    ...diff.models.added.map(
      (m) => `model ${markdownId(m.modelId)} added ${markdownId(m.modelVersionNumber)}`,
    ),
    ...diff.models.removed.map(
      (m) => `model ${markdownId(m.modelId)} removed ${markdownId(m.modelVersionNumber)}`,
    ),
  ];
  if (models.length > 2)
    parts.push(`models +${c.modelsAdded} ~${c.modelsChanged} -${c.modelsRemoved}`);
  else parts.push(...models);
  if (c.endpointsAdded + c.endpointsRemoved > 0) {
    parts.push(`endpoints +${c.endpointsAdded} -${c.endpointsRemoved}`);
  }
  // A first version has no mode to change from: its mode is new, so it is listed.
  const mode = diff.ruleExecutionMode;
  if (mode)
    parts.push(
      mode.from
        ? `mode ${markdownId(mode.from)} → ${markdownId(mode.to)}`
        : `mode ${markdownId(mode.to)}`,
    );
  if (diff.description && (!generatedDescription || parts.length === 0)) parts.push('description');
  return parts.join(' · ');
}

/** AFD numbers rule versions 1, 2, 3…: a lower number is an older version. */
const ruleRolledBack = (change: { from: string; to: string }): boolean =>
  Number(change.to) < Number(change.from);

/** Risky: changes a reviewer must not miss. They set the 🔴 and the warning block. */
function warnings(input: DetectorPlanReport): string[] {
  const { diff } = input;
  const out: string[] = [];
  const removed = diff.rules.removed;
  for (const r of removed.slice(0, 10)) {
    out.push(
      `Rule ${inlineCode(r.ruleId)} (version ${markdownId(r.ruleVersion)}, position ${r.index + 1}) is removed.`,
    );
  }
  if (removed.length > 10) out.push(`… and ${removed.length - 10} more rules are removed.`);
  const mode = diff.ruleExecutionMode;
  if (mode?.from) {
    out.push(
      `Rule execution mode changes from ${markdownId(mode.from)} to ${markdownId(mode.to)}: ` +
        (mode.to === 'ALL_MATCHED'
          ? 'every matching rule now contributes its outcomes, not only the first.'
          : 'only the first matching rule, in list order, decides the outcome.'),
    );
  }
  // Under FIRST_MATCHED the order decides which rule's outcome wins.
  const moved = diff.rules.moved;
  if (moved.length > 0 && diff.proposal.ruleExecutionMode === 'FIRST_MATCHED') {
    out.push(
      `${moved.length === 1 ? 'A rule moves' : `${moved.length} rules move`} in the evaluation order (${moved
        .slice(0, 5)
        .map((m) => `${inlineCode(m.ruleId)} ${m.fromIndex + 1} → ${m.toIndex + 1}`)
        .join(
          ', ',
        )}${moved.length > 5 ? ', …' : ''}): under FIRST_MATCHED the first matching rule decides the outcome.`,
    );
  }
  for (const m of diff.models.removed) {
    out.push(`Model ${inlineCode(m.modelId)} (${markdownId(m.modelVersionNumber)}) is removed.`);
  }
  for (const e of diff.externalModelEndpoints.removed) {
    out.push(`External model endpoint ${inlineCode(e)} is removed.`);
  }
  for (const m of diff.models.changed.filter((x) => x.direction === 'down')) {
    out.push(
      `Model ${inlineCode(m.modelId)} goes back from ${markdownId(m.from)} to ${markdownId(m.to)}.`,
    );
  }
  for (const r of diff.rules.changed.filter(ruleRolledBack)) {
    out.push(
      `Rule ${inlineCode(r.ruleId)} goes back from version ${markdownId(r.from)} to ${markdownId(r.to)}.`,
    );
  }
  if (input.reviewedFingerprint !== undefined && input.reviewedFingerprint !== input.fingerprint) {
    out.push(
      `The plan changed since it was reviewed: reviewed ${inlineCode(input.reviewedFingerprint)}, now ${inlineCode(input.fingerprint)}.`,
    );
  }
  return out;
}

function rulesSection(diff: DetectorPlanDiff, compact: boolean): string[] {
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

function modelsSection(diff: DetectorPlanDiff): string[] {
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

function endpointsSection(diff: DetectorPlanDiff): string[] {
  const { added, removed } = diff.externalModelEndpoints;
  if (added.length + removed.length === 0) return [];
  return [
    '#### External model endpoints',
    '',
    ...added.map((e) => `- ➕ ${inlineCode(e)}`),
    ...removed.map((e) => `- ➖ ${inlineCode(e)}`),
  ];
}

function descriptionSection(diff: DetectorPlanDiff): string[] {
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

function expressionsSection(diff: DetectorPlanDiff): string[] {
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

function versionsLine(input: DetectorPlanReport): string {
  const baseId = input.baseVersionId ?? input.diff.base.detectorVersionId ?? undefined;
  const base =
    baseId !== undefined
      ? `base version **${markdownId(baseId)}**`
      : 'no base version (first version)';
  const proposed =
    input.proposedVersionId !== undefined
      ? `proposed version **${markdownId(input.proposedVersionId)}** (${markdownId(input.status)})`
      : `proposed: a new version (${markdownId(input.status)})`;
  const url = safeUrl(input.runUrl);
  const commit = input.commit ? ` · commit ${inlineCode(input.commit)}` : '';
  return `Detector ${inlineCode(input.detectorId)} · ${base} → ${proposed}${commit}${url ? ` · [workflow run](${url})` : ''}`;
}

const MODE_NOTE: Record<DetectorPlanReport['mode'], string> = {
  plan: 'Plan only: nothing was changed in Amazon Fraud Detector.',
  draft: 'The proposal is kept as a DRAFT detector version; a pull request never activates it.',
  apply: 'Applied to Amazon Fraud Detector.',
};

/** A run that stopped says so in the title and instead of the mode's note. */
const STOPPED: Record<string, { emoji: string; note: string }> = {
  FAILED: {
    emoji: '❌',
    note: 'The run failed: the outcome in the job summary says what, if anything, was written to Amazon Fraud Detector.',
  },
  CANCELLED: {
    emoji: '⏹️',
    note: 'The run was cancelled: the outcome in the job summary says what, if anything, was written to Amazon Fraud Detector.',
  },
};

function render(input: DetectorPlanReport, target: ReportTarget, compact: boolean): string {
  const { diff } = input;
  const risky = warnings(input);
  const stopped = STOPPED[input.status];
  const emoji = stopped?.emoji ?? (!diff.changed ? '🟢' : risky.length > 0 ? '🔴' : '🟡');
  const sections: string[][] = [
    [
      `### ${emoji} Fraud Detector ${input.mode} · ${markdownId(input.detectorId)} · ${markdownId(input.status)}`,
    ],
    [detectorHeadline(diff, input.generatedDescription)],
    [versionsLine(input)],
  ];
  if (input.reviewedFingerprint !== undefined && input.reviewedFingerprint === input.fingerprint) {
    sections.push([
      `✅ Matches the plan reviewed on the pull request (${inlineCode(input.fingerprint)}).`,
    ]);
  }
  if (risky.length > 0) sections.push(['> [!WARNING]', ...risky.map((w) => `> - ${w}`)]);
  // Before the long tables: a cut of the comment never loses a failing test.
  if (input.impact) sections.push([impactMarkdown(input.impact, target)].filter(Boolean));
  sections.push(lifecycleSection(diff));
  if (diff.changed) {
    sections.push(
      // The models table (≤ 10 rows) goes first so that a cut through a long
      // rules table never loses it.
      modelsSection(diff),
      rulesSection(diff, compact),
      endpointsSection(diff),
      descriptionSection(diff),
      ruleWritesSection(diff),
      expressionsSection(diff),
    );
    sections.push([stopped?.note ?? MODE_NOTE[input.mode]]);
  } else {
    sections.push(['The proposal matches the base version; no detector version is created.']);
    // Description updates of reused rule versions are written even then.
    sections.push(ruleWritesSection(diff));
  }
  const shown = sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
  const legend = emojiLegend(shown);
  const body = `${shown}\n\n<sub>${legend ? `${legend} · ` : ''}Plan fingerprint ${inlineCode(input.fingerprint)}</sub>`;
  const withMarker =
    target === 'comment'
      ? `${fullMarker(input.detectorId, input.fingerprint, input.region)}\n${body}`
      : body;
  return `${withMarker}\n`;
}

/** rollback-to and keep-inactive-versions: what is re-activated, and what retention would delete. */
function lifecycleSection(diff: DetectorPlanDiff): string[] {
  const out: string[] = [];
  if (diff.rollback)
    out.push(
      `**Rollback** to existing version **${markdownId(diff.rollback.targetVersionId)}**: ${escapeMarkdown(diff.rollback.reason)}.`,
    );
  const r = diff.retention;
  if (r)
    out.push(
      r.wouldDelete.length
        ? `**Retention** (keep ${r.keepInactiveVersions} INACTIVE): would delete version${r.wouldDelete.length === 1 ? '' : 's'} ${r.wouldDelete.map(markdownId).join(', ')}, then undeploy the model versions no detector version uses any more.`
        : `**Retention** (keep ${r.keepInactiveVersions} INACTIVE): would delete no version.`,
    );
  return out;
}

/** Each emoji the comment uses means one thing; the legend says what, once. */
const EMOJI_MEANING: ReadonlyArray<readonly [string, string]> = [
  ['🔴', 'a change to review with care (see the warning)'],
  ['🟡', 'changes'],
  ['🟢', 'no changes'],
  ['❌', 'failed'],
  ['⏹️', 'cancelled'],
  ['✅', 'matches the reviewed plan'],
  ['➕', 'added'],
  ['➖', 'removed'],
  ['🔄', 'newer version'],
  ['⏪', 'older version (rolled back)'],
  ['↕', 'moved in the evaluation order'],
];

/** The legend of the emojis that appear in `markdown`, or '' when none does. */
export function emojiLegend(markdown: string): string {
  return EMOJI_MEANING.filter(([emoji]) => markdown.includes(emoji))
    .map(([emoji, meaning]) => `${emoji} ${meaning}`)
    .join(' · ');
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * The comment degrades in steps: full; then only the changed rules in the
 * table; then cut on a line boundary with fences closed and a pointer to the
 * job summary. The summary is always full, cut only at its byte limit.
 */
export interface DetectorFailureReport {
  detectorId: string;
  mode: 'plan' | 'draft' | 'apply';
  status: 'FAILED' | 'CANCELLED';
  error: string;
  commit?: string;
  runUrl?: string;
  region?: string;
}

/**
 * The sticky comment of a run that failed before it had a plan: it replaces
 * the last plan, which no longer describes the pull request. Its marker has
 * no fingerprint, so a merge never takes it for a reviewed plan.
 */
export function renderDetectorFailureComment(input: DetectorFailureReport): string {
  const url = safeUrl(input.runUrl);
  const emoji = input.status === 'CANCELLED' ? '⏹️' : '❌';
  const what = input.commit ? ` for commit ${inlineCode(input.commit)}` : '';
  return [
    fullMarker(input.detectorId, '', input.region),
    `### ${emoji} Fraud Detector ${input.mode} · ${markdownId(input.detectorId)} · ${input.status}`,
    '',
    `No plan could be made${what}; the plan that was shown here before is out of date.`,
    '',
    ...input.error.split('\n').map((l) => `> ${escapeMarkdown(l)}`),
    '',
    url ? `[Workflow run](${url})` : 'See the workflow run.',
    '',
  ].join('\n');
}

export function renderDetectorPlan(input: DetectorPlanReport, target: ReportTarget): string {
  if (target === 'summary') {
    return truncateMarkdown(
      render(input, 'summary', false),
      SUMMARY_LIMIT_BYTES,
      '> [!NOTE]\n> The diff was cut here to stay within the job summary limit of 1 MiB.\n',
      utf8Bytes,
    );
  }
  const full = render(input, 'comment', false);
  if (full.length <= COMMENT_LIMIT) return full;
  const url = safeUrl(input.runUrl);
  const where = url ? `[job summary](${url})` : 'job summary of this workflow run';
  return truncateMarkdown(
    render(input, 'comment', true),
    COMMENT_LIMIT,
    `> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full diff is in the ${where}.\n`,
  );
}
