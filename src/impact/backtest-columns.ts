// The backtest CSV's header: which column is the event id, which ones hold model
// scores for which side, and which ones are event variables.
import { MODEL_SCORE_SUFFIX, type EventSource, type ScoreSource } from '../detectorpl/index.js';

export const EVENT_ID_COLUMN = 'EVENT_ID';

export interface ScoreColumn {
  index: number;
  /** The evaluator's variable name, `<modelId>_insightscore`. */
  variable: string;
  modelId: string;
  /** Set for `<modelId>_insightscore@<version>`: feeds only the side using that version. */
  version?: string;
}

export interface CsvLayout {
  eventIdIndex?: number;
  variables: { index: number; name: string }[];
  scores: ScoreColumn[];
}

const SCORE_COLUMN = /^(.+)_insightscore(?:@(.+))?$/;

export function csvLayout(header: readonly string[]): CsvLayout {
  const layout: CsvLayout = { variables: [], scores: [] };
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (name === EVENT_ID_COLUMN) {
      layout.eventIdIndex = index;
      return;
    }
    const score = SCORE_COLUMN.exec(name);
    if (score) {
      const modelId = score[1]!;
      const column: ScoreColumn = { index, variable: modelId + MODEL_SCORE_SUFFIX, modelId };
      if (score[2] !== undefined) column.version = score[2];
      layout.scores.push(column);
      return;
    }
    layout.variables.push({ index, name });
  });
  return layout;
}

/**
 * The score columns one side reads: per model, the `@<its version>` column when
 * there is one, else the plain column. `measured` is false for a model whose
 * version this side uses but whose scores come from a shared or absent column.
 */
export function sideScoreColumns(
  layout: CsvLayout,
  versions: ReadonlyMap<string, string>,
): ScoreColumn[] {
  const byModel = new Map<string, ScoreColumn>();
  for (const column of layout.scores)
    if (column.version === undefined && !byModel.has(column.modelId))
      byModel.set(column.modelId, column);
  // A versioned column wins over the plain one, whatever the column order.
  for (const column of layout.scores)
    if (column.version !== undefined && versions.get(column.modelId) === column.version)
      byModel.set(column.modelId, column);
  return [...byModel.values()];
}

/**
 * Models whose version differs between base and proposal but whose scores the
 * CSV does not give per version: for them only the rule changes are measured.
 */
export function unmeasuredModelSwaps(
  layout: CsvLayout,
  base: ReadonlyMap<string, string>,
  proposal: ReadonlyMap<string, string>,
): { modelId: string; baseVersion?: string; proposalVersion?: string }[] {
  const out: { modelId: string; baseVersion?: string; proposalVersion?: string }[] = [];
  const models = new Set([...base.keys(), ...proposal.keys()]);
  for (const modelId of [...models].sort()) {
    const b = base.get(modelId);
    const p = proposal.get(modelId);
    if (b === p) continue;
    const has = (v: string | undefined): boolean =>
      v !== undefined && layout.scores.some((c) => c.modelId === modelId && c.version === v);
    if (has(b) && has(p)) continue;
    const swap: { modelId: string; baseVersion?: string; proposalVersion?: string } = { modelId };
    if (b !== undefined) swap.baseVersion = b;
    if (p !== undefined) swap.proposalVersion = p;
    out.push(swap);
  }
  return out;
}

/**
 * The current row's variables as the evaluator reads them, straight from the
 * cells (no Map per event). An empty cell is a missing value: AFD then uses the
 * variable's default. A name in several columns reads the last non-empty one.
 */
export class RowValues implements EventSource {
  cells: readonly string[] = [];
  private readonly columns = new Map<string, number[]>();

  constructor(variables: CsvLayout['variables']) {
    for (const { index, name } of variables) {
      const indexes = this.columns.get(name) ?? [];
      indexes.push(index);
      this.columns.set(name, indexes);
    }
  }

  get(name: string): string | undefined {
    const indexes = this.columns.get(name);
    if (!indexes) return undefined;
    for (let k = indexes.length - 1; k >= 0; k--) {
      const cell = this.cells[indexes[k]!];
      if (cell !== undefined && cell !== '') return cell;
    }
    return undefined;
  }
}

/** The current row's model scores for one side's columns; a missing or non-numeric score is absent. */
export class RowScores implements ScoreSource {
  cells: readonly string[] = [];
  private readonly columns: Map<string, number>;

  constructor(columns: readonly ScoreColumn[]) {
    this.columns = new Map(columns.map((c) => [c.variable, c.index]));
  }

  get(variable: string): number | undefined {
    const index = this.columns.get(variable);
    const cell = index === undefined ? undefined : this.cells[index];
    const n = cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
    // Absent, a rule reading it is uncertain.
    return Number.isFinite(n) ? n : undefined;
  }
}
