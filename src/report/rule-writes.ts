// The rule versions, description updates and outcomes a plan with rules as
// code writes before the detector version: listed so a reviewer sees every
// write, not only the detector version's diff.
import type { DetectorPlanDiff } from '../planner/plan-types.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** ruleId → the predicted number of the version the apply creates for it. */
export function newRuleVersions(diff: DetectorPlanDiff): ReadonlyMap<string, string> {
  return new Map((diff.ruleVersions?.create ?? []).map((c) => [c.ruleId, c.predictedVersion]));
}

/** Whether the plan writes anything besides the detector version. */
export function hasRuleWrites(diff: DetectorPlanDiff): boolean {
  return (
    (diff.ruleVersions?.create.length ?? 0) +
      (diff.ruleVersions?.metadata.length ?? 0) +
      (diff.outcomes?.create.length ?? 0) >
    0
  );
}

export function ruleWritesSection(diff: DetectorPlanDiff): string[] {
  if (!hasRuleWrites(diff)) return [];
  const show = (d: string | null): string => (d === null ? '_(none)_' : escapeMarkdown(d));
  const lines = [
    ...(diff.outcomes?.create ?? []).map(
      (o) =>
        `- ➕ outcome ${inlineCode(o.name)} (PutOutcome)${o.description ? `: ${escapeMarkdown(o.description)}` : ''}`,
    ),
    ...(diff.ruleVersions?.create ?? []).map(
      (c) =>
        `- 🆕 rule ${inlineCode(c.ruleId)}: new version ${escapeMarkdown(c.predictedVersion)} ` +
        (c.operation === 'CreateRule'
          ? '(CreateRule, a new rule)'
          : `(UpdateRuleVersion from version ${escapeMarkdown(c.fromVersion ?? '?')})`) +
        ` · outcomes ${c.outcomes.map((o) => inlineCode(o)).join(', ')}`,
    ),
    ...(diff.ruleVersions?.metadata ?? []).map(
      (m) =>
        `- 📝 rule ${inlineCode(m.ruleId)} version ${escapeMarkdown(m.ruleVersion)}: description ${show(m.from)} → ${show(m.to)} (UpdateRuleMetadata)`,
    ),
  ];
  return [
    '#### Rules as code: written before the detector version',
    '',
    ...lines,
    '',
    'Version numbers are predicted (AFD assigns them on apply); rule versions are never deleted.',
  ];
}
