// The model's operating point in a PR: the rules that compare a model score
// `$<modelId>_insightscore` with a constant (`>`, `>=`, `<`, `<=`).
import type { Expr } from './ast.js';
import { forEachNode } from './check.js';
import { MODEL_SCORE_SUFFIX, type SourceSpan } from './types.js';

export type ThresholdOp = '<' | '<=' | '>' | '>=';

export interface ScoreThreshold {
  /** The variable name without '$', e.g. `payments_model_insightscore`. */
  variable: string;
  modelId: string;
  /** Written with the score on the left: `900 < $m_insightscore` reads as `>` 900. */
  op: ThresholdOp;
  threshold: number;
  span: SourceSpan;
}

const FLIPPED: Record<ThresholdOp, ThresholdOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function constantOf(e: Expr): number | undefined {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'number') return -e.operand.value;
  return undefined;
}

function scoreVariable(e: Expr): string | undefined {
  return e.kind === 'variable' &&
    e.name.endsWith(MODEL_SCORE_SUFFIX) &&
    e.name.length > MODEL_SCORE_SUFFIX.length
    ? e.name
    : undefined;
}

/** Every comparison of a model score with a number constant, in reading order. */
export function modelScoreThresholds(ast: Expr): ScoreThreshold[] {
  const found: ScoreThreshold[] = [];
  forEachNode(ast, (node) => {
    if (node.kind !== 'binary') return;
    const { op } = node;
    if (op !== '<' && op !== '<=' && op !== '>' && op !== '>=') return;
    const leftScore = scoreVariable(node.left);
    const rightScore = scoreVariable(node.right);
    const variable = leftScore ?? rightScore;
    const threshold = leftScore ? constantOf(node.right) : constantOf(node.left);
    if (variable === undefined || threshold === undefined) return;
    found.push({
      variable,
      modelId: variable.slice(0, -MODEL_SCORE_SUFFIX.length),
      op: leftScore ? op : FLIPPED[op],
      threshold,
      span: node.span,
    });
  });
  return found;
}
