// model.newMajorVersion: the inputs of CreateModelVersion, checked against
// AFD's constraints (enums, at least one variable, FRAUD/LEGIT label classes,
// the S3 and role patterns, the data source matching the detail given) before
// any call. Whether the variables and labels exist is AFD state: the flow
// checks that with reads before any write (src/retrain/new-major-checks.ts).
import {
  LABEL_CLASSES,
  TRAINING_DATA_SOURCES,
  UNLABELED_EVENTS_TREATMENTS,
  type NewMajorVersion,
  type TrainingData,
  type TrainingDataSchema,
  type TrainingDataSource,
  type UnlabeledEventsTreatment,
} from '../domain/request.js';
import { CONSTRAINTS } from './constraints.js';
import type { Problems } from './problems.js';
import { formatAfdTime } from './relative-time.js';
import { unknownKeyRule } from './suggest.js';
import { readConstrained, readEnum, readText, readTime } from './values.js';
import { kindWords, type RawValue } from './yaml-values.js';

/** The action's own cap (AFD documents none): a pasted blob must not flood the log. */
const MAX_NAMES = 1000;

const EXAMPLE = `{trainingDataSource: EXTERNAL_EVENTS, trainingDataSchema: {modelVariables: [amount, ip_address], labelSchema: {labelMapper: {FRAUD: [fraud], LEGIT: [legit]}}}, externalEventsDetail: {dataLocation: s3://bucket/training.csv, dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData}}`;

/**
 * The entries of a mapping by key; unknown keys and missing required keys are
 * problems. Undefined when `v` is not a mapping.
 */
function entries(
  v: RawValue,
  known: readonly string[],
  required: readonly string[],
  p: Problems,
): Map<string, RawValue> | undefined {
  if (v.kind !== 'map') {
    p.add(
      v.where,
      v.text,
      `must be a mapping with the keys ${known.join(', ')}, not ${kindWords(v)}`,
    );
    return undefined;
  }
  const found = new Map<string, RawValue>();
  for (const e of v.entries) {
    if (!known.includes(e.key)) p.add(e.keyWhere, undefined, unknownKeyRule(e.key, known));
    else if (!(e.value.kind === 'scalar' && e.value.value === null)) found.set(e.key, e.value);
  }
  for (const key of required) if (!found.has(key)) p.add(v.where, undefined, `is missing ${key}`);
  return found;
}

/** A list of distinct, non-empty strings. */
function readNames(v: RawValue, what: string, min: number, p: Problems): string[] | undefined {
  if (v.kind !== 'seq') {
    p.add(v.where, v.text, `must be a YAML list of ${what}, not ${kindWords(v)}`);
    return undefined;
  }
  if (v.items.length < min) {
    p.add(v.where, v.text, `must name at least ${min} ${what}`);
    return undefined;
  }
  if (v.items.length > MAX_NAMES) {
    p.add(v.where, undefined, `must name at most ${MAX_NAMES} ${what}`);
    return undefined;
  }
  const names: string[] = [];
  let ok = true;
  for (const item of v.items) {
    const name = readText(item, p);
    if (name === undefined) {
      if (item.kind === 'scalar') p.add(item.where, item.text, 'must not be empty');
      ok = false;
    } else if (names.includes(name)) {
      p.add(item.where, name, `is listed twice in ${what}`);
      ok = false;
    } else names.push(name);
  }
  return ok ? names : undefined;
}

function readLabelSchema(
  v: RawValue,
  p: Problems,
): Pick<TrainingDataSchema, 'labelMapper' | 'unlabeledEventsTreatment'> | undefined {
  const found = entries(v, ['labelMapper', 'unlabeledEventsTreatment'], ['labelMapper'], p);
  if (!found) return undefined;
  const out: Pick<TrainingDataSchema, 'labelMapper' | 'unlabeledEventsTreatment'> = {};
  let ok = true;
  const treatment = found.get('unlabeledEventsTreatment');
  if (treatment) {
    const t = readEnum<UnlabeledEventsTreatment>(treatment, UNLABELED_EVENTS_TREATMENTS, p);
    if (t) out.unlabeledEventsTreatment = t;
    else ok = false;
  }
  const mapperValue = found.get('labelMapper');
  if (!mapperValue) return undefined;
  if (mapperValue.kind !== 'map') {
    p.add(
      mapperValue.where,
      mapperValue.text,
      `must be a mapping of FRAUD and LEGIT to the event labels that mean them, e.g. {FRAUD: [fraud], LEGIT: [legit]}, not ${kindWords(mapperValue)}`,
    );
    return undefined;
  }
  const mapper: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const e of mapperValue.entries) {
    if (!(LABEL_CLASSES as readonly string[]).includes(e.key)) {
      p.add(e.keyWhere, undefined, unknownKeyRule(e.key, LABEL_CLASSES));
      ok = false;
      continue;
    }
    const labels = readNames(e.value, 'labels', 1, p);
    if (!labels) {
      ok = false;
      continue;
    }
    for (const label of labels) {
      if (seen.has(label)) {
        p.add(e.value.where, label, 'maps one label to both FRAUD and LEGIT');
        ok = false;
      }
      seen.add(label);
    }
    mapper[e.key] = labels;
  }
  if (ok && Object.keys(mapper).length === 0) {
    p.add(mapperValue.where, undefined, 'must map FRAUD and/or LEGIT to event labels');
    ok = false;
  }
  if (!ok) return undefined;
  out.labelMapper = mapper;
  return out;
}

function readSchema(v: RawValue, p: Problems): TrainingDataSchema | undefined {
  const found = entries(v, ['modelVariables', 'labelSchema'], ['modelVariables'], p);
  if (!found) return undefined;
  const variablesValue = found.get('modelVariables');
  const modelVariables = variablesValue
    ? readNames(variablesValue, 'model variables', 1, p)
    : undefined;
  const labelValue = found.get('labelSchema');
  const labels = labelValue ? readLabelSchema(labelValue, p) : {};
  if (!modelVariables || !labels) return undefined;
  return { modelVariables, ...labels };
}

function readExternal(v: RawValue, p: Problems): TrainingData | undefined {
  const found = entries(
    v,
    ['dataLocation', 'dataAccessRoleArn'],
    ['dataLocation', 'dataAccessRoleArn'],
    p,
  );
  if (!found) return undefined;
  const location = found.get('dataLocation');
  const role = found.get('dataAccessRoleArn');
  const dataLocation = location && readConstrained(location, CONSTRAINTS.s3Location, p);
  const dataAccessRoleArn = role && readConstrained(role, CONSTRAINTS.iamRoleArn, p);
  if (!dataLocation || !dataAccessRoleArn) return undefined;
  return { kind: 'external', dataLocation, dataAccessRoleArn };
}

function readIngested(v: RawValue, now: Date, p: Problems): TrainingData | undefined {
  const outer = entries(v, ['ingestedEventsTimeWindow'], ['ingestedEventsTimeWindow'], p);
  const windowValue = outer?.get('ingestedEventsTimeWindow');
  if (!windowValue) return undefined;
  const found = entries(windowValue, ['startTime', 'endTime'], ['startTime', 'endTime'], p);
  if (!found) return undefined;
  const startValue = found.get('startTime');
  const endValue = found.get('endTime');
  const start = startValue && readTime(startValue, now, p);
  const end = endValue && readTime(endValue, now, p);
  if (start === undefined || end === undefined || !startValue) return undefined;
  // Compare what AFD will see: whole seconds.
  if (Math.floor(start / 1000) >= Math.floor(end / 1000)) {
    p.add(
      startValue.where,
      startValue.text.trim(),
      `must be before endTime (${formatAfdTime(end)})`,
    );
    return undefined;
  }
  return { kind: 'ingested', startTime: formatAfdTime(start), endTime: formatAfdTime(end) };
}

const DETAIL_OF: Record<TrainingDataSource, 'externalEventsDetail' | 'ingestedEventsDetail'> = {
  EXTERNAL_EVENTS: 'externalEventsDetail',
  INGESTED_EVENTS: 'ingestedEventsDetail',
};

/** model.newMajorVersion, or undefined after reporting every problem in it. */
export function readNewMajorVersion(
  v: RawValue,
  now: Date,
  p: Problems,
): NewMajorVersion | undefined {
  if (v.kind !== 'map') {
    p.add(v.where, v.text, `must be a mapping, e.g. ${EXAMPLE}`);
    return undefined;
  }
  const found = entries(
    v,
    ['trainingDataSource', 'trainingDataSchema', 'externalEventsDetail', 'ingestedEventsDetail'],
    ['trainingDataSource', 'trainingDataSchema'],
    p,
  );
  if (!found) return undefined;
  const sourceValue = found.get('trainingDataSource');
  const source = sourceValue
    ? readEnum<TrainingDataSource>(sourceValue, TRAINING_DATA_SOURCES, p)
    : undefined;
  const schemaValue = found.get('trainingDataSchema');
  const schema = schemaValue ? readSchema(schemaValue, p) : undefined;

  // AFD wants exactly the detail that matches the source.
  const external = found.get('externalEventsDetail');
  const ingested = found.get('ingestedEventsDetail');
  let training: TrainingData | undefined;
  if (!source) {
    // Still check what was given, so every problem shows in one run.
    if (external) readExternal(external, p);
    if (ingested) readIngested(ingested, now, p);
  } else {
    const wanted = DETAIL_OF[source];
    const other = source === 'EXTERNAL_EVENTS' ? ingested : external;
    if (other)
      p.add(
        other.where,
        undefined,
        `does not go with trainingDataSource ${source}: give ${wanted} instead (AFD takes the detail that matches the source)`,
      );
    const detail = source === 'EXTERNAL_EVENTS' ? external : ingested;
    if (!detail)
      p.add(
        v.where,
        undefined,
        `is missing ${wanted}: trainingDataSource ${source} reads its training data from there`,
      );
    else
      training =
        source === 'EXTERNAL_EVENTS' ? readExternal(detail, p) : readIngested(detail, now, p);
  }
  if (!source || !schema || !training) return undefined;
  return { trainingDataSource: source, trainingDataSchema: schema, training };
}

/**
 * A retrain of the found major version (UpdateModelVersion) reads the same kind
 * of data as the major version was trained from: AFD inherits the source.
 */
export function checkRetrainSource(
  major: NewMajorVersion,
  retrain: TrainingData,
  raw: Partial<Record<'dataLocation' | 'startTime', RawValue>>,
  p: Problems,
): void {
  const retrainSource: TrainingDataSource =
    retrain.kind === 'external' ? 'EXTERNAL_EVENTS' : 'INGESTED_EVENTS';
  if (retrainSource === major.trainingDataSource) return;
  const where = (retrain.kind === 'external' ? raw.dataLocation : raw.startTime)?.where;
  p.add(
    where
      ? { input: where.input, ...(where.position ? { position: where.position } : {}) }
      : { input: 'model.retrain' },
    undefined,
    `reads ${retrainSource === 'EXTERNAL_EVENTS' ? 'external events' : 'ingested events'}, but model.newMajorVersion trains from ${major.trainingDataSource}: a retrain keeps the data source of its major version`,
  );
}
