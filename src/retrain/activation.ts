// Activation of a model version: within AFD's deploy quota, requested once,
// and retried only after reading whether the request went through.
import { ActionError, AfdError } from '../domain/errors.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { describeHolder, findModelHolders, type Holder } from '../detector/model-holders.js';
import { modelKey } from '../planner/index.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import type { RetrainDeps } from './run-retrain.js';

/** AFD allows 5 deployed model versions per account; fail before asking for a 6th. */
export const DEPLOYED_MODEL_VERSIONS_QUOTA = 5;

export async function checkDeployQuota(afd: AfdPort, ref: ModelVersionRef): Promise<void> {
  const deployed = await afd.listDeployedModelVersions();
  if (deployed.length < DEPLOYED_MODEL_VERSIONS_QUOTA) return;
  const holders = await holdersIfReadable(afd, deployed);
  const list = deployed
    .map((d) => {
      const heldBy = holders?.get(modelKey(d));
      const use = !heldBy
        ? ''
        : heldBy.length
          ? `; used by ${heldBy.map(describeHolder).join(', ')}`
          : '; no detector version uses it';
      return `${d.modelId} ${d.modelVersionNumber} (${d.status}${use})`;
    })
    .join(', ');
  throw new ActionError(
    `Cannot activate model ${ref.modelId} version ${ref.modelVersionNumber}: the account already has ${deployed.length} deployed model versions, AFD's quota of ${DEPLOYED_MODEL_VERSIONS_QUOTA}: ${list}.`,
    [
      'Undeploy a version that no detector version uses (UpdateModelVersionStatus INACTIVE): AFD refuses to undeploy one that any detector version, ACTIVE, INACTIVE or DRAFT, still uses, so delete those detector versions first. `undeploy-replaced-model: true` undeploys what promotions leave unused. Then re-run.',
    ],
  );
}

/**
 * Which detector versions use each deployed version, for the message. It
 * needs GetDetectors/DescribeDetector/GetDetectorVersion, which a retrain-only
 * role may lack: then the message goes without it rather than failing on it.
 */
async function holdersIfReadable(
  afd: AfdPort,
  deployed: readonly ModelVersionRef[],
): Promise<Map<string, Holder[]> | undefined> {
  try {
    return await findModelHolders(afd, deployed);
  } catch (err) {
    if (err instanceof AfdError) return undefined;
    throw err;
  }
}

/**
 * UpdateModelVersionStatus ACTIVE, retried by the action: AFD refuses to set
 * a status a version already has, so after an uncertain failure it reads the
 * status before asking again.
 */
export async function requestActivation(deps: RetrainDeps, ref: ModelVersionRef): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.afd.updateModelVersionStatus(ref, 'ACTIVE');
      return;
    } catch (err) {
      if (!(err instanceof AfdError) || !err.retryable || attempt >= WRITE_ATTEMPTS) throw err;
      const { status } = await deps.afd.getModelVersion(ref);
      if (status !== 'TRAINING_COMPLETE') return; // the request went through
      deps.log.warning(`UpdateModelVersionStatus failed (${err.awsErrorName}); trying again.`);
      await deps.clock.sleep(retryDelay(attempt), deps.signal);
    }
  }
}
