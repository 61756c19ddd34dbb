// model.newMajorVersion: find the major version trained with this schema and
// data source, or make it (CreateModelVersion) — exactly once. AFD has no
// idempotency token; the schema and source are the identity of a major
// version (see schema-match.ts), so an earlier attempt's version, a crash
// after CreateModelVersion or a lost answer are all found by content before
// anything is created again.
import type { ModelVersionDetail, ModelVersionStatus } from '../domain/afd.js';
import { ActionError, AfdError } from '../domain/errors.js';
import type { ModelRequest, ModelVersionRef, NewMajorVersion } from '../domain/request.js';
import { compareModelVersions, maxBy, parseModelVersion } from '../domain/versions.js';
import type { AfdPort } from '../afd/port.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import type { RetrainReport } from './report.js';
import type { RetrainDeps, RetrainPlan } from './run-retrain.js';
import {
  findMajorWithSchema,
  nextMajorVersion,
  schemaChange,
  type MajorMatch,
  type SchemaChange,
} from './schema-match.js';

const WHERE = 'model.newMajorVersion.trainingDataSchema';

/**
 * Reads before any write: the variables are variables of the model's event
 * type, and the labels exist and belong to it — what AFD checks in
 * CreateModelVersion (its answer for a missing variable is a
 * ResourceNotFoundException "VariableIds: [EVENT_TIMESTAMP] do not exist.").
 * Throws one ActionError naming every problem.
 */
export async function checkSchemaInAfd(
  afd: AfdPort,
  model: Pick<ModelRequest, 'modelId' | 'modelType'>,
  wanted: NewMajorVersion,
): Promise<void> {
  const eventTypeName = await afd.getModelEventType(model.modelId, model.modelType);
  if (eventTypeName === undefined)
    throw new ActionError(
      `Model ${model.modelId} (${model.modelType}) does not exist in AFD: model.newMajorVersion makes a version of an existing model.`,
      ['Create the model first (CreateModel, with its event type), then re-run.'],
    );
  const eventType = await afd.getEventType(eventTypeName);
  if (!eventType)
    throw new ActionError(
      `Event type ${eventTypeName} of model ${model.modelId} does not exist in AFD, so its variables cannot be checked.`,
    );
  const problems: string[] = [];
  const schema = wanted.trainingDataSchema;
  const unknownVariables = schema.modelVariables.filter(
    (v) => !eventType.eventVariables.includes(v),
  );
  if (unknownVariables.length)
    problems.push(
      `${WHERE}.modelVariables: ${list(unknownVariables)} ${unknownVariables.length === 1 ? 'is not a variable' : 'are not variables'} of event type ${eventTypeName} (its variables: ${list(eventType.eventVariables)}). AFD would refuse CreateModelVersion with "VariableIds: [${unknownVariables.join(', ')}] do not exist."`,
    );
  const labels = Object.values(schema.labelMapper ?? {}).flat();
  if (labels.length) {
    const existing = new Set(await afd.listLabelNames());
    const missing = labels.filter((l) => !existing.has(l));
    const elsewhere = labels.filter((l) => existing.has(l) && !eventType.labels.includes(l));
    if (missing.length)
      problems.push(
        `${WHERE}.labelSchema.labelMapper: label${missing.length === 1 ? '' : 's'} ${list(missing)} ${missing.length === 1 ? 'does' : 'do'} not exist in AFD (PutLabel creates a label).`,
      );
    if (elsewhere.length)
      problems.push(
        `${WHERE}.labelSchema.labelMapper: ${list(elsewhere)} ${elsewhere.length === 1 ? 'is not a label' : 'are not labels'} of event type ${eventTypeName} (its labels: ${list(eventType.labels)}).`,
      );
  }
  if (problems.length)
    throw new ActionError(
      `model.newMajorVersion for model ${model.modelId} cannot be trained; nothing was created:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
}

function list(names: readonly string[]): string {
  return names.length ? names.join(', ') : '(none)';
}

/** What a new major version means for the model now: pure, for the plan and the run. */
export interface NewMajorDecision {
  /** The major version that already has this schema and source. */
  match?: MajorMatch;
  /** What CreateModelVersion would make when nothing matches, e.g. "2.0". */
  next: string;
  change: SchemaChange;
}

/**
 * The schema change is shown against the model's ACTIVE version; without one,
 * against the newest version of the major version being replaced.
 */
export function decideNewMajor(
  details: readonly ModelVersionDetail[],
  wanted: NewMajorVersion,
): NewMajorDecision {
  const match = findMajorWithSchema(details, wanted);
  const majorOf = (d: ModelVersionDetail): number | undefined =>
    parseModelVersion(d.modelVersionNumber)?.[0];
  const others = details.filter((d) => !match || String(majorOf(d)) !== match.majorVersionNumber);
  const newest = (ds: ModelVersionDetail[]): ModelVersionDetail | undefined =>
    maxBy(ds, (a, b) => compareModelVersions(a.modelVersionNumber, b.modelVersionNumber));
  const base = newest(others.filter((d) => d.status === 'ACTIVE')) ?? newest(others);
  return {
    ...(match ? { match } : {}),
    next: nextMajorVersion(details),
    change: schemaChange(base, wanted),
  };
}

/** What the decision means, in words: for the plan ('would') or the run. */
export function describeDecision(
  d: NewMajorDecision,
  tense: 'plan' | 'run',
  retrain: boolean,
): string {
  if (!d.match)
    return tense === 'plan'
      ? `would create major version ${d.next} (CreateModelVersion)`
      : `new major version ${d.next} (CreateModelVersion)`;
  const major = `major version ${d.match.majorVersionNumber} already has this schema and data source`;
  if (retrain)
    return `${major}; ${tense === 'plan' ? 'would be retrained' : 'retrained'} (UpdateModelVersion)`;
  return `${major}; ${tense === 'plan' ? 'would use' : 'using'} version ${d.match.latest.modelVersionNumber}, no new major version`;
}

/** Plan mode: the same checks and decision as a run, without any write. */
export async function planNewMajor(
  afd: AfdPort,
  model: Pick<ModelRequest, 'modelId' | 'modelType' | 'retrain'>,
  wanted: NewMajorVersion,
): Promise<{ action: string; change: SchemaChange }> {
  await checkSchemaInAfd(afd, model, wanted);
  const details = await afd.describeModelVersions({
    modelId: model.modelId,
    modelType: model.modelType,
  });
  const decision = decideNewMajor(details, wanted);
  return { action: describeDecision(decision, 'plan', !!model.retrain), change: decision.change };
}

export type NewMajorResolution =
  | { kind: 'version'; ref: ModelVersionRef; status: ModelVersionStatus }
  /** The matching major exists and `retrain` asks for new data: UpdateModelVersion on it. */
  | { kind: 'retrain'; majorVersionNumber: string };

/**
 * Step 1 of the flow for model.newMajorVersion: the checks, then the major
 * version found by content, or created.
 */
export async function resolveNewMajor(
  deps: RetrainDeps,
  plan: RetrainPlan,
  report: RetrainReport,
): Promise<NewMajorResolution> {
  const { afd, log } = deps;
  const { model } = plan;
  const wanted = model.newMajorVersion!;
  await checkSchemaInAfd(afd, model, wanted);
  const details = await afd.describeModelVersions({
    modelId: model.modelId,
    modelType: model.modelType,
  });
  const decision = decideNewMajor(details, wanted);
  const match = decision.match;
  report.newMajor = {
    action: describeDecision(decision, 'run', !!model.retrain),
    change: decision.change,
  };
  if (match) {
    report.majorVersionNumber = match.majorVersionNumber;
    if (model.retrain) {
      log.info(
        `Major version ${match.majorVersionNumber} of model ${model.modelId} has this training schema; retraining it with the new data.`,
      );
      return { kind: 'retrain', majorVersionNumber: match.majorVersionNumber };
    }
    const latest = match.latest;
    report.notes.push(
      `Major version ${match.majorVersionNumber} already has this training schema and data source; using its version ${latest.modelVersionNumber} (${latest.status}). No new major version was created.`,
    );
    log.info(
      `Major version ${match.majorVersionNumber} of model ${model.modelId} already has this training schema; using version ${latest.modelVersionNumber} (${latest.status}).`,
    );
    return { kind: 'version', ref: toRef(latest), status: latest.status };
  }
  log.info(
    `No major version of model ${model.modelId} has this training schema and data source; creating ${decision.next} (CreateModelVersion).`,
  );
  const created = await createOnce(deps, plan);
  report.trainedHere = true;
  report.training = wanted.training;
  report.majorVersionNumber = String(parseModelVersion(created.modelVersionNumber)?.[0] ?? '');
  log.info(`Started training of version ${created.modelVersionNumber} (${created.status})`);
  return { kind: 'version', ref: toRef(created), status: created.status };
}

/**
 * CreateModelVersion, retried by the action itself: after a throttle, a 5xx or
 * a broken connection the version may have been created anyway, so it looks
 * (by content) before it tries again.
 */
async function createOnce(
  deps: RetrainDeps,
  plan: RetrainPlan,
): Promise<{ modelVersionNumber: string; status: ModelVersionStatus } & ModelVersionRef> {
  const { model } = plan;
  const wanted = model.newMajorVersion!;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.afd.createModelVersion({
        modelId: model.modelId,
        modelType: model.modelType,
        trainingDataSource: wanted.trainingDataSource,
        trainingDataSchema: wanted.trainingDataSchema,
        training: wanted.training,
        tags: plan.tags,
      });
    } catch (err) {
      const uncertain = err instanceof AfdError && (err.retryable || err.trainingInProgress);
      if (!uncertain) throw err;
      const details = await deps.afd.describeModelVersions({
        modelId: model.modelId,
        modelType: model.modelType,
      });
      const found = findMajorWithSchema(details, wanted);
      if (found) {
        deps.log.info(
          `CreateModelVersion answered ${err.awsErrorName}, but version ${found.latest.modelVersionNumber} has this schema; carrying on with it.`,
        );
        return found.latest;
      }
      if (err.trainingInProgress || attempt >= WRITE_ATTEMPTS) throw err;
      deps.log.warning(
        `CreateModelVersion failed (${err.awsErrorName}); nothing was created; trying again.`,
      );
      await deps.clock.sleep(retryDelay(attempt), deps.signal);
    }
  }
}

function toRef(d: ModelVersionRef): ModelVersionRef {
  return { modelId: d.modelId, modelType: d.modelType, modelVersionNumber: d.modelVersionNumber };
}
