// Before an existing detector version is re-activated (rollback), every model
// version it uses must be deployed: AFD serves a detector version only with
// ACTIVE model versions, and a rollback target's model may have been undeployed
// since. Uses the retrain flow's quota check, activation request and wait, so
// a re-run after a crash finds the activation under way and waits for it.
import type { ModelVersionStatus } from '../domain/afd.js';
import type { Clock } from '../domain/clock.js';
import { ActionError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { checkDeployQuota, requestActivation } from '../retrain/activation.js';
import { ACTIVATION_POLL } from '../retrain/backoff.js';
import { waitForModelVersion } from '../retrain/wait.js';

export interface ModelsActiveDeps {
  afd: AfdPort;
  clock: Clock;
  log: Logger;
  signal?: AbortSignal;
}

const DEPLOYING = new Set<ModelVersionStatus>(['ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);
const UNDEPLOYING = new Set<ModelVersionStatus>(['INACTIVATE_REQUESTED', 'INACTIVATE_IN_PROGRESS']);
/** An undeployed version: "Ready to deploy" (TRAINING_COMPLETE) or INACTIVE, as AFD lists both. */
const UNDEPLOYED = new Set<ModelVersionStatus>(['TRAINING_COMPLETE', 'INACTIVE']);

/**
 * Makes every model version in `models` ACTIVE, one after another, and returns
 * the ones it activated. Stops with an ActionError naming the version when the
 * deploy quota is full or a version cannot be deployed (ERROR, still training).
 */
export async function ensureModelsActive(
  deps: ModelsActiveDeps,
  models: readonly ModelVersionRef[],
  deadline: number,
): Promise<ModelVersionRef[]> {
  const activated: ModelVersionRef[] = [];
  for (const ref of models) {
    const label = `model ${ref.modelId} ${ref.modelVersionNumber}`;
    let status = (await deps.afd.getModelVersion(ref)).status;
    if (status === 'ACTIVE') continue;
    if (UNDEPLOYING.has(status)) {
      deps.log.info(`${label} is being undeployed (${status}); waiting before deploying it again.`);
      status = await waitFor(deps, ref, deadline, (s) => !UNDEPLOYING.has(s));
    }
    if (UNDEPLOYED.has(status)) {
      await checkDeployQuota(deps.afd, ref);
      deps.log.info(`Deploying ${label}: the rollback target uses it and it is ${status}.`);
      await requestActivation(deps, ref);
      status = 'ACTIVATE_REQUESTED';
    }
    if (DEPLOYING.has(status))
      status = await waitFor(deps, ref, deadline, (s) => !DEPLOYING.has(s));
    // Verify, don't assume: the poll ending is not success.
    const confirmed = (await deps.afd.getModelVersion(ref)).status;
    if (confirmed !== 'ACTIVE') {
      throw new ActionError(
        `Cannot roll back: ${label}, which the target version uses, is ${confirmed}, not ACTIVE, and AFD serves a detector version only with ACTIVE model versions.`,
        ['Deploy the model version in the AFD console (or fix what its status says), then re-run.'],
      );
    }
    deps.log.info(`${label} is ACTIVE.`);
    activated.push(ref);
  }
  return activated;
}

function waitFor(
  deps: ModelsActiveDeps,
  ref: ModelVersionRef,
  deadline: number,
  isDone: (s: ModelVersionStatus) => boolean,
): Promise<ModelVersionStatus> {
  return waitForModelVersion(deps, {
    ref,
    activity: 'activation',
    isDone,
    policy: ACTIVATION_POLL,
    deadline,
    timeline: [],
  });
}
