// Activation of a model version: within AFD's deploy quota, requested once,
// and retried only after reading whether the request went through.
import { ActionError, AfdError } from '../domain/errors.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import type { RetrainDeps } from './run-retrain.js';

/** AFD allows 5 deployed model versions per account; fail before asking for a 6th. */
export const DEPLOYED_MODEL_VERSIONS_QUOTA = 5;

export async function checkDeployQuota(afd: AfdPort, ref: ModelVersionRef): Promise<void> {
  const deployed = await afd.listDeployedModelVersions();
  if (deployed.length < DEPLOYED_MODEL_VERSIONS_QUOTA) return;
  const list = deployed.map((d) => `${d.modelId} ${d.modelVersionNumber} (${d.status})`).join(', ');
  throw new ActionError(
    `Cannot activate model ${ref.modelId} version ${ref.modelVersionNumber}: the account already has ${deployed.length} deployed model versions, AFD's quota of ${DEPLOYED_MODEL_VERSIONS_QUOTA}: ${list}.`,
    [
      'Undeploy a version no ACTIVE detector version uses (UpdateModelVersionStatus INACTIVE), or set `undeploy-replaced-model: true` so promotions clean up after themselves; then re-run.',
    ],
  );
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
