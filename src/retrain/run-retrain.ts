// The retrain flow: start (or pick up) a model version, wait for training,
// gate on its metrics, optionally activate it and confirm it is ACTIVE. All
// AFD access goes through the AfdPort; all time through the Clock.
import type { ModelVersionDetail, ModelVersionStatus } from '../domain/afd.js';
import type { Clock } from '../domain/clock.js';
import { ActionError, AfdError, GateFailedError, TrainingFailedError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelRequest, ModelVersionRef, Tag } from '../domain/request.js';
import { compareModelVersions, maxBy, parseModelVersion } from '../domain/versions.js';
import type { AfdPort } from '../afd/port.js';
import { ACTIVATION_POLL, TRAINING_POLL, type BackoffPolicy } from './backoff.js';
import { checkDeployQuota, requestActivation } from './activation.js';
import { evaluateGates } from './gates.js';
import { expectedTrainingDuration } from './poll-plan.js';
import type { RetrainReport } from './report.js';
import { resolveNewMajor } from './new-major.js';
import { findEarlierTraining, startTraining } from './training-start.js';
import { waitForModelVersion } from './wait.js';

export interface RetrainDeps {
  afd: AfdPort;
  clock: Clock;
  log: Logger;
  signal?: AbortSignal;
  /** Overridable for tests; the defaults are documented in the README. */
  trainingPoll?: BackoffPolicy;
  activationPoll?: BackoffPolicy;
}

export interface RetrainPlan {
  model: ModelRequest;
  /** User tags plus provenance tags, for the created version. */
  tags: Tag[];
  wait: boolean;
  /** Epoch ms: waiting past it fails the step. */
  deadline: number;
  /** This run, to recognise what an earlier attempt of it created. */
  provenance?: { repository: string; runId: string };
}

const TRAINING_DONE = (s: ModelVersionStatus): boolean => s !== 'TRAINING_IN_PROGRESS';
const ACTIVATION_DONE = (s: ModelVersionStatus): boolean =>
  s === 'ACTIVE' || s === 'ERROR' || s === 'TRAINING_COMPLETE' || s === 'INACTIVE';
const DEPLOYING = new Set(['ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);

/**
 * Runs the flow, updating `report` as it goes. Throws a typed ActionError on
 * any failure; the report then says how far it got.
 */
export async function runRetrain(
  deps: RetrainDeps,
  requested: RetrainPlan,
  report: RetrainReport,
): Promise<void> {
  const { afd, log } = deps;
  const onPoll = (): void => {
    report.polls++;
  };

  // 1. Start the training — unless an earlier run already did — or take the version the user named.
  // A new major version is found by its schema, or created; a retrain then goes to that major.
  let plan = requested;
  const resolved = plan.model.newMajorVersion
    ? await resolveNewMajor(deps, plan, report)
    : undefined;
  if (resolved?.kind === 'retrain')
    plan = { ...plan, model: { ...plan.model, majorVersionNumber: resolved.majorVersionNumber } };
  const { model } = plan;
  const { ref, status: initial } =
    resolved?.kind === 'version' ? resolved : await startOrPickVersion(deps, plan, report, onPoll);
  let status = initial;
  report.modelVersionNumber = ref.modelVersionNumber;
  report.finalStatus = status;
  report.timeline.push({ status, at: deps.clock.now() });

  // wait: false leaves a training that is still running to a later run; a
  // version that has finished training goes on to its gates and activation.
  if (!plan.wait && status === 'TRAINING_IN_PROGRESS') {
    report.outcome = 'started';
    log.info(
      'wait: false — not waiting for training; a later run with the same inputs picks this version up.',
    );
    return;
  }

  // 2. Wait for training to end.
  if (status === 'TRAINING_IN_PROGRESS') {
    // The model's own history (how long its earlier trainings took) sets the
    // ETA and where to poll densely. It only tunes polling: never fail on it.
    const history = await afd
      .describeModelVersions({ modelId: model.modelId, modelType: model.modelType })
      .catch((err: unknown) => {
        if (!(err instanceof AfdError)) throw err;
        log.warning(
          `Could not read the training history of ${model.modelId} (${err.message}); polling without an ETA.`,
        );
        return [];
      });
    const expectedDurationMs = expectedTrainingDuration(
      history,
      model.majorVersionNumber ?? String(parseModelVersion(ref.modelVersionNumber)?.[0] ?? ''),
    );
    const createdTime = history.find(
      (d) => d.modelVersionNumber === ref.modelVersionNumber,
    )?.createdTime;
    status = await waitForModelVersion(deps, {
      ref,
      activity: 'training',
      isDone: TRAINING_DONE,
      policy: deps.trainingPoll ?? TRAINING_POLL,
      deadline: plan.deadline,
      timeline: report.timeline,
      onPoll,
      ...(expectedDurationMs !== undefined ? { expectedDurationMs } : {}),
      // Resuming a version an earlier run started: elapsed time counts from its start.
      ...(!report.trainedHere && createdTime ? { activityStartedAt: Date.parse(createdTime) } : {}),
    });
    report.finalStatus = status;
  }

  // 3. Read the metrics of every version: the new one, and the ACTIVE one to compare with.
  const details = await afd.describeModelVersions({
    modelId: model.modelId,
    modelType: model.modelType,
  });
  const mine = details.find((d) => d.modelVersionNumber === ref.modelVersionNumber);
  if (status === 'ERROR') {
    report.validationMessages = mine?.validationMessages ?? [];
    const lines = report.validationMessages.map((m) =>
      `${m.fieldName ? `${m.fieldName}: ` : ''}${m.title ?? ''}${m.content ? ` — ${m.content}` : ''}`.trim(),
    );
    throw new TrainingFailedError(
      `Training of model ${model.modelId} version ${ref.modelVersionNumber} ended in ERROR` +
        (lines.length
          ? `:\n${lines.map((l) => `  - ${l}`).join('\n')}`
          : ' (AFD gave no data-validation messages).'),
      lines,
    );
  }
  if (status === 'TRAINING_CANCELLED') {
    throw new ActionError(
      `Training of model ${model.modelId} version ${ref.modelVersionNumber} was cancelled in AFD.`,
    );
  }
  report.metrics = mine?.metrics ?? {};
  const previousActive = pickPreviousActive(details, ref.modelVersionNumber);
  if (previousActive) {
    report.previousActive = {
      modelVersionNumber: previousActive.modelVersionNumber,
      metrics: previousActive.metrics,
    };
  }

  // 4. Gates.
  report.gates = evaluateGates(model.gates, model.modelType, report.metrics, report.previousActive);
  for (const g of report.gates)
    log.info(`Gate ${g.gate}: ${g.passed ? 'passed' : 'FAILED'} — ${g.detail}`);
  const failed = report.gates.filter((g) => !g.passed);
  if (failed.length) {
    throw new GateFailedError(
      `Model ${model.modelId} version ${ref.modelVersionNumber} failed its quality gate${failed.length > 1 ? 's' : ''}: ${failed.map((g) => g.detail).join('; ')}. It was not activated.`,
      ['The version stays TRAINING_COMPLETE in AFD; nothing serving traffic changed.'],
    );
  }

  // 5. Activate, unless it already is (AFD refuses a request for the status a version already has).
  if (model.activate) {
    const activated = await activate(deps, plan, report, ref, status, onPoll);
    if (!activated) return; // wait: false, activation requested and left running
  }
  report.outcome = 'succeeded';
}

/**
 * Step 5: deploy the version and verify it is ACTIVE. False when wait: false
 * left the activation running (the report says 'started').
 */
async function activate(
  deps: RetrainDeps,
  plan: RetrainPlan,
  report: RetrainReport,
  ref: ModelVersionRef,
  current: ModelVersionStatus,
  onPoll: () => void,
): Promise<boolean> {
  const { afd, log } = deps;
  const { model } = plan;
  let status = current;
  // AFD activates only from TRAINING_COMPLETE (its own error message says so).
  if (status === 'TRAINING_COMPLETE') {
    await checkDeployQuota(afd, ref);
    log.info(`Activating model ${model.modelId} version ${ref.modelVersionNumber}`);
    await requestActivation(deps, ref);
    status = 'ACTIVATE_REQUESTED';
  }
  if (DEPLOYING.has(status) && !plan.wait) {
    report.outcome = 'started';
    report.finalStatus = status;
    log.info(
      `wait: false — activation of version ${ref.modelVersionNumber} requested (${status}); not waiting for it. A later run with the same inputs finds it ACTIVE.`,
    );
    return false;
  }
  if (DEPLOYING.has(status)) {
    status = await waitForModelVersion(deps, {
      ref,
      activity: 'activation',
      isDone: ACTIVATION_DONE,
      policy: deps.activationPoll ?? ACTIVATION_POLL,
      deadline: plan.deadline,
      timeline: report.timeline,
      onPoll,
    });
  }
  report.finalStatus = status;
  // Verify, don't assume: the poll ending is not success.
  onPoll();
  const confirmed = (await afd.getModelVersion(ref)).status;
  report.finalStatus = confirmed;
  if (confirmed !== 'ACTIVE') {
    throw new ActionError(
      `Activation of model ${model.modelId} version ${ref.modelVersionNumber} did not succeed: it is ${confirmed}, not ACTIVE.`,
      [
        'AFD allows 5 deployed model versions per account: undeploy one that no detector version (ACTIVE, INACTIVE or DRAFT) uses any more, then re-run.',
      ],
    );
  }
  log.info(`Model ${model.modelId} version ${ref.modelVersionNumber} is ACTIVE`);
  return true;
}

/** Step 1 of the flow: the model version this run works on, and its status now. */
async function startOrPickVersion(
  deps: RetrainDeps,
  plan: RetrainPlan,
  report: RetrainReport,
  onPoll: () => void,
): Promise<{ ref: ModelVersionRef; status: ModelVersionStatus }> {
  const { afd, log } = deps;
  const { model } = plan;
  if (model.retrain && model.majorVersionNumber) {
    const earlier = await findEarlierTraining(afd, plan);
    if (earlier) {
      const ref = toRef(earlier);
      report.notes.push(
        `Picked up version ${ref.modelVersionNumber}, which an earlier run started from the same training data (${earlier.status}); no second training was started.`,
      );
      log.info(
        `Version ${ref.modelVersionNumber} of model ${model.modelId} was already trained from this data (${earlier.status}); carrying on with it instead of training again.`,
      );
      return { ref, status: earlier.status };
    }
    log.info(
      `Retraining model ${model.modelId} (${model.modelType}) major version ${model.majorVersionNumber} from ${describeTraining(plan)}`,
    );
    const started = await startTraining(deps, plan);
    const ref = {
      modelId: model.modelId,
      modelType: model.modelType,
      modelVersionNumber: started.modelVersionNumber,
    };
    report.trainedHere = true;
    log.info(`Started training of version ${ref.modelVersionNumber} (${started.status})`);
    return { ref, status: started.status };
  }
  if (model.modelVersionNumber) {
    const ref = {
      modelId: model.modelId,
      modelType: model.modelType,
      modelVersionNumber: model.modelVersionNumber,
    };
    onPoll();
    const { status } = await afd.getModelVersion(ref);
    log.info(
      `Using existing version ${ref.modelVersionNumber} of model ${model.modelId} (${status})`,
    );
    return { ref, status };
  }
  throw new ActionError(
    `Nothing to do for model ${model.modelId}: give training data to retrain, or model-version-number to use an existing version.`,
  );
}

function toRef(d: ModelVersionDetail): ModelVersionRef {
  return { modelId: d.modelId, modelType: d.modelType, modelVersionNumber: d.modelVersionNumber };
}

/** The highest ACTIVE version other than the new one (versions sorted as numbers). */
export function pickPreviousActive(
  details: ModelVersionDetail[],
  exclude: string,
): ModelVersionDetail | undefined {
  return maxBy(
    details.filter((d) => d.status === 'ACTIVE' && d.modelVersionNumber !== exclude),
    (a, b) => compareModelVersions(a.modelVersionNumber, b.modelVersionNumber),
  );
}

function describeTraining(plan: RetrainPlan): string {
  const t = plan.model.retrain;
  if (!t) return 'nothing';
  return t.kind === 'external' ? t.dataLocation : `ingested events ${t.startTime} – ${t.endTime}`;
}
