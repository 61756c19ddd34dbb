// Starting a training exactly once. AFD has no idempotency token for
// UpdateModelVersion, so the training data is the identity of a training: an
// earlier attempt's version is found and carried on with, and a call whose
// outcome is uncertain is checked before it is sent again.
import type { ModelVersionDetail, ModelVersionState } from '../domain/afd.js';
import { AfdError } from '../domain/errors.js';
import { compareModelVersions, parseModelVersion } from '../domain/versions.js';
import type { AfdPort } from '../afd/port.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import { PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import type { RetrainDeps, RetrainPlan } from './run-retrain.js';

const FAILED_TRAINING = new Set(['ERROR', 'TRAINING_CANCELLED']);

/**
 * A version of the same major version trained from the same data that did not
 * fail — started by an earlier attempt of this run, by a run that died, or by a
 * `wait: false` run — or, for a relative ingested window (which moves between
 * runs), one tagged with this run's id. AFD has no idempotency token; the
 * training data is the identity of a training.
 */
export async function findEarlierTraining(
  afd: AfdPort,
  plan: Pick<RetrainPlan, 'model' | 'provenance'>,
): Promise<ModelVersionDetail | undefined> {
  const { model } = plan;
  const training = model.retrain;
  if (!training || !model.majorVersionNumber) return undefined;
  const details = await afd.describeModelVersions({
    modelId: model.modelId,
    modelType: model.modelType,
  });
  const candidates = details
    .filter((d) => {
      const parsed = parseModelVersion(d.modelVersionNumber);
      if (!parsed) return false;
      const [major, minor] = parsed;
      return (
        String(major) === model.majorVersionNumber && minor > 0 && !FAILED_TRAINING.has(d.status)
      );
    })
    .sort((a, b) => compareModelVersions(b.modelVersionNumber, a.modelVersionNumber));
  const sameData = candidates.find((d) =>
    training.kind === 'external'
      ? d.dataLocation === training.dataLocation
      : d.ingestedStart === training.startTime && d.ingestedEnd === training.endTime,
  );
  if (sameData || !plan.provenance) return sameData;
  // Only the newest few: an earlier attempt of this run is among the latest versions.
  for (const d of candidates.slice(0, 3)) {
    if (!d.arn) continue;
    const tags = await afd.listTags(d.arn);
    const value = (key: string): string | undefined => tags.find((t) => t.key === key)?.value;
    if (
      value(PROVENANCE_TAG_KEYS.repository) === plan.provenance.repository &&
      value(PROVENANCE_TAG_KEYS.runId) === plan.provenance.runId
    ) {
      return d;
    }
  }
  return undefined;
}

/**
 * UpdateModelVersion, retried by the action itself: after a throttle, a 5xx or
 * a broken connection the training may have started anyway, so it looks before
 * it tries again.
 */
export async function startTraining(
  deps: RetrainDeps,
  plan: RetrainPlan,
): Promise<ModelVersionState> {
  const { model } = plan;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.afd.retrainModelVersion({
        modelId: model.modelId,
        modelType: model.modelType,
        majorVersionNumber: model.majorVersionNumber!,
        training: model.retrain!,
        tags: plan.tags,
      });
    } catch (err) {
      const uncertain = err instanceof AfdError && (err.retryable || err.trainingInProgress);
      if (!uncertain) throw err;
      // Did the failed call start the training after all?
      const started = await findEarlierTraining(deps.afd, plan);
      if (started) {
        deps.log.info(
          `UpdateModelVersion answered ${err.awsErrorName}, but version ${started.modelVersionNumber} was started from this data; carrying on with it.`,
        );
        return started;
      }
      if (err.trainingInProgress || attempt >= WRITE_ATTEMPTS) throw err;
      deps.log.warning(
        `UpdateModelVersion failed (${err.awsErrorName}); nothing was started; trying again.`,
      );
      await deps.clock.sleep(retryDelay(attempt), deps.signal);
    }
  }
}
