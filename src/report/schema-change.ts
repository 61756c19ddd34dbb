// Renders what a new major model version changes in the training schema:
// variables added and removed, the label mapping, the treatment of unlabeled
// events and the data source. Pure; used by the plan and the run's summary.
import type { SchemaChange } from '../retrain/schema-match.js';
import { escapeMarkdown, inlineCode, table } from './markdown.js';

export interface SchemaChangeView {
  modelId: string;
  /** What happens to the major version, in words, e.g. "creates major version 2.0". */
  action: string;
  change: SchemaChange;
}

const code = (s: string): string => inlineCode(s, true);
/** A schema may list hundreds of variables: the comment shows the first ones. */
const MAX_NAMES_SHOWN = 40;
function names(xs: readonly string[]): string {
  if (!xs.length) return '—';
  const shown = xs.slice(0, MAX_NAMES_SHOWN).map(code).join(', ');
  return xs.length > MAX_NAMES_SHOWN ? `${shown} … and ${xs.length - MAX_NAMES_SHOWN} more` : shown;
}

/** One line, e.g. "+2 −1 variables, labels changed", for headlines. */
export function schemaChangeHeadline(c: SchemaChange): string {
  const parts = [`+${c.variablesAdded.length} −${c.variablesRemoved.length} variables`];
  if (c.labels.length) parts.push('label mapping changed');
  if (c.treatment) parts.push(`unlabeled events ${c.treatment.from} → ${c.treatment.to}`);
  if (c.source) parts.push(`source ${c.source.from} → ${c.source.to}`);
  return parts.join(', ');
}

/** The counts are the action's own text; the rest (AFD's enums) is escaped part by part. */
function escapedHeadline(c: SchemaChange): string {
  const [counts = '', ...rest] = schemaChangeHeadline(c).split(', ');
  return [counts, ...rest.map(escapeMarkdown)].join(', ');
}

export function renderSchemaChange(view: SchemaChangeView): string {
  const c = view.change;
  const out: string[] = [
    `### Training schema of model ${code(view.modelId)}: ${escapeMarkdown(view.action)}`,
    '',
    c.from
      ? `Compared with version ${code(c.from.modelVersionNumber)} (${escapeMarkdown(c.from.status)}): ${escapedHeadline(c)}.`
      : 'The model has no version yet to compare with.',
    '',
  ];
  const rows: string[][] = [
    ['variables added', names(c.variablesAdded)],
    ['variables removed', names(c.variablesRemoved)],
    ['variables kept', names(c.variablesKept)],
  ];
  for (const l of c.labels) {
    const parts = [...l.added.map((x) => `+${code(x)}`), ...l.removed.map((x) => `−${code(x)}`)];
    rows.push([`labels mapped to ${code(l.labelClass)}`, parts.join(' ')]);
  }
  if (c.treatment)
    rows.push(['unlabeled events', `${code(c.treatment.from)} → ${code(c.treatment.to)}`]);
  if (c.source)
    rows.push(['training data source', `${code(c.source.from)} → ${code(c.source.to)}`]);
  out.push(table(['', ''], rows), '');
  return out.join('\n');
}
