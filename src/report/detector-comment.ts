// Renders a detector-version plan as the sticky PR comment and as the job
// summary. Pure: the shell posts or writes the string. The comment carries a
// hidden marker on its first line (found again on the next push; kept by any
// truncation) and stays under GitHub's size limit; the summary carries the
// same diff in full.
import type { DetectorPlanDiff } from '../planner/plan-types.js';
import { ruleWritesSection } from './rule-writes.js';
import { fullMarker } from './comment-marker.js';
import { escapeMarkdown, inlineCode, markdownId, safeUrl, truncateMarkdown } from './markdown.js';
import type { ImpactReport } from '../impact/run-impact.js';
import { impactMarkdown } from './impact.js';
import {
  descriptionSection,
  endpointsSection,
  expressionsSection,
  modelsSection,
  ruleRolledBack,
  rulesSection,
} from './plan-tables.js';

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

/** The plan's one-glance state: stopped, no changes, changes, or changes to review with care. */
export function planEmoji(input: DetectorPlanReport, risky = warnings(input)): string {
  return (
    STOPPED[input.status]?.emoji ?? (!input.diff.changed ? '🟢' : risky.length > 0 ? '🔴' : '🟡')
  );
}

/**
 * One detector's plan without the marker: the whole PR comment of a run of one
 * detector, one section of the comment of a run of many. `compact` lists only
 * the changed rules in the rules table.
 */
export function renderPlanBody(
  input: DetectorPlanReport,
  compact: boolean,
  target: ReportTarget = 'comment',
): string {
  const { diff } = input;
  const risky = warnings(input);
  const stopped = STOPPED[input.status];
  const emoji = planEmoji(input, risky);
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
  return `${body}\n`;
}

const withMarker = (input: DetectorPlanReport, body: string): string =>
  `${fullMarker(input.detectorId, input.fingerprint, input.region)}\n${body}`;

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

/** Where the full plan is: the job summary of the run, linked when the run's URL is known. */
export function jobSummaryLink(runUrl: string | undefined): string {
  const url = safeUrl(runUrl);
  return url ? `[job summary](${url})` : 'job summary of this workflow run';
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

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
  return `${fullMarker(input.detectorId, '', input.region)}\n${renderFailureBody(input)}`;
}

/** The failure without the marker: the comment of one detector, or its section in the comment of many. */
export function renderFailureBody(input: DetectorFailureReport): string {
  const url = safeUrl(input.runUrl);
  const emoji = input.status === 'CANCELLED' ? '⏹️' : '❌';
  const what = input.commit ? ` for commit ${inlineCode(input.commit)}` : '';
  return [
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

/**
 * The comment degrades in steps: full; then only the changed rules in the
 * table; then cut on a line boundary with fences closed and a pointer to the
 * job summary. The summary is always full, cut only at its byte limit.
 */
export function renderDetectorPlan(input: DetectorPlanReport, target: ReportTarget): string {
  if (target === 'summary') {
    return truncateMarkdown(
      renderPlanBody(input, false, 'summary'),
      SUMMARY_LIMIT_BYTES,
      '> [!NOTE]\n> The diff was cut here to stay within the job summary limit of 1 MiB.\n',
      utf8Bytes,
    );
  }
  const full = withMarker(input, renderPlanBody(input, false));
  if (full.length <= COMMENT_LIMIT) return full;
  return truncateMarkdown(
    withMarker(input, renderPlanBody(input, true)),
    COMMENT_LIMIT,
    `> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full diff is in the ${jobSummaryLink(input.runUrl)}.\n`,
  );
}
