// Which major version of a model has a given training schema and data source,
// and what changes between two schemas. Pure: the new-major flow and the plan
// both use it.
//
// Identity of a major version = (trainingDataSource, the model variables as a
// SET, the label mapper as class → SET of labels, unlabeledEventsTreatment with
// AFD's default IGNORE). Sets, because the order in which variables or labels
// are listed changes nothing AFD learns, and a reordered list in the config
// must not train a second major version. The data location is not part of the
// identity: new data for the same schema is a retrain (a minor version).
import type { ModelVersionDetail } from '../domain/afd.js';
import type {
  LABEL_CLASSES,
  NewMajorVersion,
  TrainingDataSchema,
  TrainingDataSource,
} from '../domain/request.js';
import { compareModelVersions, maxBy, parseModelVersion } from '../domain/versions.js';

/** A major version's training failed or was cancelled: it is not a match to carry on with. */
const FAILED = new Set(['ERROR', 'TRAINING_CANCELLED']);

/** AFD's documented default when labelSchema has no unlabeledEventsTreatment. */
const DEFAULT_TREATMENT = 'IGNORE';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function sameMapper(
  a: Record<string, string[]> | undefined,
  b: Record<string, string[]> | undefined,
): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every((k) => sameSet(a?.[k] ?? [], b?.[k] ?? []));
}

/** True when `version` was trained with this schema from this source. */
export function hasSchema(
  version: Pick<ModelVersionDetail, 'trainingDataSource' | 'trainingDataSchema'>,
  wanted: Pick<NewMajorVersion, 'trainingDataSource' | 'trainingDataSchema'>,
): boolean {
  const schema = version.trainingDataSchema;
  if (!schema || version.trainingDataSource !== wanted.trainingDataSource) return false;
  const w = wanted.trainingDataSchema;
  return (
    sameSet(schema.modelVariables, w.modelVariables) &&
    sameMapper(schema.labelMapper, w.labelMapper) &&
    (schema.unlabeledEventsTreatment ?? DEFAULT_TREATMENT) ===
      (w.unlabeledEventsTreatment ?? DEFAULT_TREATMENT)
  );
}

export interface MajorMatch {
  majorVersionNumber: string;
  /** The newest version of that major whose training did not fail: the one to use. */
  latest: ModelVersionDetail;
}

/**
 * The major version trained with this schema from this source, newest first,
 * ignoring versions whose training failed. Undefined: none has, and
 * CreateModelVersion makes the next one.
 */
export function findMajorWithSchema(
  details: readonly ModelVersionDetail[],
  wanted: Pick<NewMajorVersion, 'trainingDataSource' | 'trainingDataSchema'>,
): MajorMatch | undefined {
  const usable = details.filter((d) => !FAILED.has(d.status) && hasSchema(d, wanted));
  const latest = maxBy(usable, (a, b) =>
    compareModelVersions(a.modelVersionNumber, b.modelVersionNumber),
  );
  const major = latest && parseModelVersion(latest.modelVersionNumber)?.[0];
  return latest && major !== undefined ? { majorVersionNumber: String(major), latest } : undefined;
}

/** The number CreateModelVersion gives the next major version: "2.0" after 1.x. */
export function nextMajorVersion(details: readonly ModelVersionDetail[]): string {
  const majors = details.map((d) => parseModelVersion(d.modelVersionNumber)?.[0] ?? 0);
  return `${Math.max(0, ...majors) + 1}.0`;
}

export interface LabelChange {
  labelClass: (typeof LABEL_CLASSES)[number] | (string & {});
  added: string[];
  removed: string[];
}

/** What a new major version changes against the version it is compared with. */
export interface SchemaChange {
  /** The version compared with; undefined when the model has no version yet. */
  from?: { modelVersionNumber: string; status: string };
  variablesAdded: string[];
  variablesRemoved: string[];
  /** Variables in both, in the new schema's order. */
  variablesKept: string[];
  labels: LabelChange[];
  treatment?: { from: string; to: string };
  source?: { from: string; to: TrainingDataSource };
}

export function schemaChange(
  from:
    | Pick<
        ModelVersionDetail,
        'modelVersionNumber' | 'status' | 'trainingDataSource' | 'trainingDataSchema'
      >
    | undefined,
  to: Pick<NewMajorVersion, 'trainingDataSource' | 'trainingDataSchema'>,
): SchemaChange {
  const old: TrainingDataSchema = from?.trainingDataSchema ?? { modelVariables: [] };
  const next = to.trainingDataSchema;
  const oldVars = new Set(old.modelVariables);
  const newVars = new Set(next.modelVariables);
  const classes = [
    ...new Set([...Object.keys(next.labelMapper ?? {}), ...Object.keys(old.labelMapper ?? {})]),
  ].sort();
  const labels: LabelChange[] = classes.flatMap((labelClass) => {
    const before = new Set(old.labelMapper?.[labelClass] ?? []);
    const after = next.labelMapper?.[labelClass] ?? [];
    const added = after.filter((l) => !before.has(l));
    const removed = [...before].filter((l) => !after.includes(l));
    return added.length || removed.length ? [{ labelClass, added, removed }] : [];
  });
  const change: SchemaChange = {
    variablesAdded: next.modelVariables.filter((v) => !oldVars.has(v)),
    variablesRemoved: old.modelVariables.filter((v) => !newVars.has(v)),
    variablesKept: next.modelVariables.filter((v) => oldVars.has(v)),
    labels,
  };
  if (from) {
    change.from = { modelVersionNumber: from.modelVersionNumber, status: from.status };
    const before = old.unlabeledEventsTreatment ?? DEFAULT_TREATMENT;
    const after = next.unlabeledEventsTreatment ?? DEFAULT_TREATMENT;
    if (before !== after) change.treatment = { from: before, to: after };
    if (from.trainingDataSource && from.trainingDataSource !== to.trainingDataSource)
      change.source = { from: from.trainingDataSource, to: to.trainingDataSource };
  }
  return change;
}
