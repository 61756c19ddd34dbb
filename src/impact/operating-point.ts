// The model's operating point in a PR: for every rule comparing a model score
// with a constant, when the model version or the constant changes between base
// and proposal, the false positive rate, true positive rate and precision at
// that threshold, from each version's training curve. A model swap under an
// unchanged threshold moves the operating point silently: this makes it visible.
import {
  modelScoreThresholds,
  parseExpression,
  type ScoreThreshold,
  type ThresholdOp,
} from '../detectorpl/index.js';
import type { MetricPoint } from '../domain/afd.js';

export interface RuleExpression {
  ruleId: string;
  expression: string;
}

export interface OperatingMetrics {
  fpr: number;
  tpr: number;
  precision: number;
  /** True when the threshold lies between two points of the curve (linear interpolation). */
  interpolated: boolean;
}

export interface OperatingSide {
  modelVersion?: string;
  threshold: number;
  /** Absent when the version's training curve is unknown or does not reach the threshold. */
  metrics?: OperatingMetrics;
}

export interface OperatingPointRow {
  ruleId: string;
  modelId: string;
  /** As the rule reads with the score on the left; for `<`/`<=` the rule flags scores below it. */
  op: ThresholdOp;
  /** Absent for a threshold the base version does not have (a new rule or comparison). */
  base?: OperatingSide;
  proposal: OperatingSide;
}

export interface OperatingPointInput {
  base: { rules: readonly RuleExpression[]; modelVersions: ReadonlyMap<string, string> };
  proposal: { rules: readonly RuleExpression[]; modelVersions: ReadonlyMap<string, string> };
  /** The training curve of a model version, by ascending threshold. */
  curve(modelId: string, modelVersion: string): readonly MetricPoint[] | undefined;
}

/**
 * The metrics at `threshold` on a curve sorted by threshold: exact at a point,
 * linear between two points, undefined outside the curve.
 */
export function metricsAt(
  points: readonly MetricPoint[],
  threshold: number,
): OperatingMetrics | undefined {
  for (let i = 0; i < points.length; i++) {
    const hi = points[i]!;
    if (hi.threshold === threshold)
      return { fpr: hi.fpr, tpr: hi.tpr, precision: hi.precision, interpolated: false };
    if (hi.threshold < threshold) continue;
    if (i === 0) return undefined;
    const lo = points[i - 1]!;
    const f = (threshold - lo.threshold) / (hi.threshold - lo.threshold);
    const mix = (a: number, b: number): number => a + (b - a) * f;
    return {
      fpr: mix(lo.fpr, hi.fpr),
      tpr: mix(lo.tpr, hi.tpr),
      precision: mix(lo.precision, hi.precision),
      interpolated: true,
    };
  }
  return undefined;
}

function thresholdsOf(expression: string): ScoreThreshold[] {
  const { ast } = parseExpression(expression);
  return ast ? modelScoreThresholds(ast) : [];
}

/** Each comparison keyed by model, operator and its place among the rule's comparisons of that kind. */
function keyed(expression: string): Map<string, ScoreThreshold> {
  const out = new Map<string, ScoreThreshold>();
  const seen = new Map<string, number>();
  for (const t of thresholdsOf(expression)) {
    const kind = `${t.modelId}\u0000${t.op}`;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    out.set(`${kind}\u0000${n}`, t);
  }
  return out;
}

export function operatingPoints(input: OperatingPointInput): OperatingPointRow[] {
  const baseRules = new Map(input.base.rules.map((r) => [r.ruleId, r.expression]));
  const side = (
    modelId: string,
    threshold: number,
    versions: ReadonlyMap<string, string>,
  ): OperatingSide => {
    const modelVersion = versions.get(modelId);
    const out: OperatingSide = { threshold };
    if (modelVersion === undefined) return out;
    out.modelVersion = modelVersion;
    const curve = input.curve(modelId, modelVersion);
    const metrics = curve ? metricsAt(curve, threshold) : undefined;
    if (metrics) out.metrics = metrics;
    return out;
  };
  const rows: OperatingPointRow[] = [];
  for (const rule of input.proposal.rules) {
    const before = baseRules.get(rule.ruleId);
    const baseThresholds = before === undefined ? new Map<string, ScoreThreshold>() : keyed(before);
    for (const [key, t] of keyed(rule.expression)) {
      const old = baseThresholds.get(key);
      const baseVersion = input.base.modelVersions.get(t.modelId);
      const proposalVersion = input.proposal.modelVersions.get(t.modelId);
      if (old && old.threshold === t.threshold && baseVersion === proposalVersion) continue;
      const row: OperatingPointRow = {
        ruleId: rule.ruleId,
        modelId: t.modelId,
        op: t.op,
        proposal: side(t.modelId, t.threshold, input.proposal.modelVersions),
      };
      if (old) row.base = side(t.modelId, old.threshold, input.base.modelVersions);
      rows.push(row);
    }
  }
  return rows;
}
