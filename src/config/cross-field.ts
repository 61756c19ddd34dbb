// Rules between inputs (training data needs a model, promote needs a detector,
// …). Each problem names both sides, by input name or config path, so the user
// knows which of the two to change.
import { MODEL_TYPES, type ModelType } from '../domain/request.js';
import { FIELDS, type FieldKey } from './fields.js';
import type { Problems, Where } from './problems.js';
import { formatAfdTime } from './relative-time.js';
import type { RawValue } from './yaml-values.js';

export type RawFields = Partial<Record<FieldKey, RawValue>>;

/** Cross-field problems name a value, not a part of it. */
export function plain(where: Where): Where {
  return where.position ? { input: where.input, position: where.position } : { input: where.input };
}

export function checkWindow(
  raw: RawFields,
  startMs: number | undefined,
  endMs: number | undefined,
  now: Date,
  p: Problems,
  name: (k: FieldKey) => string,
): void {
  if (startMs === undefined || endMs === undefined) return;
  // Compare what AFD will see: whole seconds.
  if (Math.floor(startMs / 1000) >= Math.floor(endMs / 1000))
    p.add(
      plain(raw.startTime!.where),
      `${raw.startTime!.text.trim()} (${formatAfdTime(startMs)})`,
      `must be before ${name('endTime')} (${formatAfdTime(endMs)}, resolved at ${formatAfdTime(now.getTime())})`,
    );
}

/**
 * How a message names a field: where it came from when set; else its input
 * name, plus its config path when the user works from a config file.
 */
export function namer(raw: RawFields, usesConfig: boolean): (key: FieldKey) => string {
  return (key) => {
    const set = raw[key]?.where.input;
    if (set !== undefined) return set;
    const f: { input?: string; config?: string } = FIELDS[key];
    if (f.input === undefined) return f.config ?? key;
    return usesConfig && f.config ? `${f.input} (${f.config})` : f.input;
  };
}

export interface Flags {
  activate: boolean;
  promote: boolean;
  wait: boolean;
  modelType: ModelType | undefined;
  mvn: string | undefined;
  major: string | undefined;
  /** The config file describes the model but gives it nothing to do (see isIdleConfigModel). */
  idleModel: boolean;
}

const DETECTOR_FIELDS: readonly FieldKey[] = [
  'base',
  'ruleExecutionMode',
  'rules',
  'modelVersions',
  'externalModelEndpoints',
  'description',
  'allowBaseChange',
  'undeployReplacedModel',
  'deleteStaleDrafts',
  'verifyRemote',
  'rollbackTo',
  'keepInactiveVersions',
  'exportPath',
];

const MODEL_HINT =
  'training data (training-data-location + data-access-role-arn, or ingested-events-start-time + ingested-events-end-time) to retrain, or model-version-number to use an existing version';

/** What a missing model value is, for the message that asks for it. */
const MODEL_VALUE: Record<'modelId' | 'modelType' | 'majorVersionNumber', string> = {
  modelId: 'the model id',
  modelType: `the model type, one of ${MODEL_TYPES.join(', ')}`,
  majorVersionNumber: 'the major version to retrain, a whole number such as 1',
};

export function checkCrossField(
  raw: RawFields,
  f: Flags,
  p: Problems,
  n: (k: FieldKey) => string,
): void {
  const has = (k: FieldKey): boolean => raw[k] !== undefined;
  const problem = (k: FieldKey, rule: string): void =>
    p.add(plain(raw[k]!.where), raw[k]!.text.trim(), rule);
  // Named after the value that is missing, not the one that needs it: that is
  // the input to add. Annotated at the value that needs it when that is in the
  // config file (the missing one has no line of its own).
  const missing = (k: keyof typeof MODEL_VALUE, needer: FieldKey, reason: string): void => {
    const position = raw[needer]?.where.position;
    p.add(
      position ? { input: n(k), position } : { input: n(k) },
      undefined,
      `is missing: ${reason}; give ${MODEL_VALUE[k]}`,
    );
  };

  // externalEventsDetail needs both halves; so does the ingested window.
  for (const [a, b, what] of [
    ['dataLocation', 'dataAccessRoleArn', 'externalEventsDetail'],
    ['dataAccessRoleArn', 'dataLocation', 'externalEventsDetail'],
    ['startTime', 'endTime', 'the ingested events window'],
    ['endTime', 'startTime', 'the ingested events window'],
  ] as const)
    if (has(a) && !has(b)) problem(a, `needs ${n(b)} as well: both make ${what}`);

  const external = has('dataLocation')
    ? 'dataLocation'
    : has('dataAccessRoleArn')
      ? 'dataAccessRoleArn'
      : undefined;
  const ingested = has('startTime') ? 'startTime' : has('endTime') ? 'endTime' : undefined;
  if (external && ingested)
    problem(
      external,
      `cannot be combined with ${n(ingested)}: a retrain reads either external events from S3 or events ingested into AFD, not both`,
    );
  const retrain = external ?? ingested;

  // A new major version is found by its schema (or created): it names its own major version.
  const newMajor = has('newMajorVersion');
  if (newMajor) {
    for (const k of ['modelId', 'modelType'] as const)
      if (!has(k))
        missing(k, 'newMajorVersion', `${n('newMajorVersion')} makes a version of a model`);
    for (const k of ['majorVersionNumber', 'modelVersionNumber'] as const)
      if (has(k))
        problem(
          k,
          `cannot be combined with ${n('newMajorVersion')}: the major version is the one whose training schema and data source equal ${n('newMajorVersion')} (found, or created by CreateModelVersion)`,
        );
  }

  if (retrain) {
    const needed = newMajor
      ? (['modelId', 'modelType'] as const)
      : (['modelId', 'modelType', 'majorVersionNumber'] as const);
    for (const k of needed)
      if (!has(k)) missing(k, retrain, `retraining needs it (${n(retrain)} is set)`);
    if (has('modelVersionNumber'))
      problem(
        'modelVersionNumber',
        `cannot be combined with ${n(retrain)}: model-version-number uses an existing version, training data asks for a retrain`,
      );
  }

  const modelKeys = ['modelId', 'modelType', 'majorVersionNumber', 'modelVersionNumber'] as const;
  const firstModel = modelKeys.find(has);
  const hasModel = retrain !== undefined || firstModel !== undefined || newMajor;
  if (!retrain && !newMajor && firstModel) {
    for (const k of ['modelId', 'modelType'] as const)
      if (!has(k))
        missing(
          k,
          firstModel,
          `AFD names a model by its id and its type (${n(firstModel)} is set)`,
        );
    if (!has('modelVersionNumber') && !f.idleModel)
      problem(firstModel, `says nothing to do with the model: give ${MODEL_HINT}`);
    else if (f.major && f.mvn && f.mvn.split('.')[0] !== f.major)
      problem(
        'modelVersionNumber',
        `is not a version of ${n('majorVersionNumber')} = ${JSON.stringify(f.major)}`,
      );
  }

  const needModel = (k: FieldKey): void =>
    problem(k, `needs a model: set ${n('modelId')} and ${n('modelType')} with ${MODEL_HINT}`);
  for (const k of ['minAuc', 'maxAucDrop'] as const) {
    if (!has(k)) continue;
    if (!hasModel) needModel(k);
    else if (f.modelType === 'ACCOUNT_TAKEOVER_INSIGHTS')
      problem(
        k,
        `does not apply when ${n('modelType')} is ACCOUNT_TAKEOVER_INSIGHTS: AFD reports ASI (account takeover sensitivity index) for those models, not AUC`,
      );
    // With wait: false the gates apply in the later run that picks the version
    // up (the detached-training pattern), so the same config serves both runs.
  }
  if (f.activate) {
    if (!hasModel) needModel('activate');
  }

  const hasDetector = has('detectorId');
  // The retrained version joins the detector version, and AFD takes only ACTIVE
  // model versions there: say so now, not after hours of training.
  const training = retrain ?? (newMajor ? 'newMajorVersion' : undefined);
  if (training && hasDetector && !f.activate)
    p.add(
      raw.activate ? plain(raw.activate.where) : { input: n('activate') },
      raw.activate?.text.trim(),
      `must be true when a ${retrain ? 'retrain' : 'new major version'} feeds ${n('detectorId')}: the new model version goes into the detector version, and AFD accepts only ACTIVE model versions there`,
    );
  if (!hasDetector) {
    for (const k of DETECTOR_FIELDS)
      if (has(k)) problem(k, `needs ${n('detectorId')}: it describes a detector version`);
    if (f.promote)
      problem('promote', `needs ${n('detectorId')}: there is no detector version to promote`);
  }

  if (f.idleModel && !hasDetector && firstModel)
    problem(
      firstModel,
      `nothing to do: the config file describes the model but gives it nothing to do, and there is no ${n('detectorId')}; give ${MODEL_HINT}, or a detector`,
    );

  const dependents = ['minAuc', 'maxAucDrop', 'activate', 'promote', ...DETECTOR_FIELDS] as const;
  if (!hasModel && !hasDetector && !dependents.some(has))
    p.add(
      { input: 'model-id' },
      undefined,
      'nothing to do: set model-id (with training data or model-version-number) and/or detector-id, as inputs or in the config file',
    );
}
