// Deploying and undeploying model versions (UpdateModelVersionStatus): the
// recorded transition rules, the account's 5 deployed versions, and AFD's rule
// that a version any detector version uses cannot be undeployed.

import type { UpdateModelVersionStatusRequest } from '@aws-sdk/client-frauddetector';
import { addMs, DEFAULT_ACTIVATION_MS, DEFAULT_INACTIVATION_MS } from './context.js';
import { conflict, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { normaliseModelVersion } from './model-version-number.js';
import type { ModelVersionRecord } from './state.js';
import { requireModelVersion } from './ops-models.js';

export const MAX_DEPLOYED_VERSIONS = 5;

export const UPDATE_STATUS_MESSAGE =
  "You may only update Model Version status to 'ACTIVE' if the current status is 'TRAINING_COMPLETE', to 'INACTIVE' if it is 'ACTIVE', and to 'TRAINING_CANCELLED' if it is 'TRAINING_IN_PROGRESS'.";

/** Statuses that occupy one of the 5 deployed-model slots (deploying, deployed, or still undeploying). */
const DEPLOYED_STATUSES = new Set([
  'ACTIVATE_REQUESTED',
  'ACTIVATE_IN_PROGRESS',
  'ACTIVE',
  'INACTIVATE_REQUESTED',
  'INACTIVATE_IN_PROGRESS',
]);

/** Requested now, in progress after half the duration, done after all of it. */
function startTransition(
  v: ModelVersionRecord,
  now: string,
  duration: number,
  [requested, inProgress, done]: [string, string, string],
): void {
  v.status = requested;
  v.lastUpdatedTime = now;
  v.pending = [
    { at: addMs(now, Math.floor(duration / 2)), status: inProgress },
    { at: addMs(now, duration), status: done },
  ];
}

export const modelStatusHandlers: Record<string, Handler> = {
  UpdateModelVersionStatus: typed<UpdateModelVersionStatusRequest>((ctx, input) => {
    const v = requireModelVersion(ctx, input);
    const now = ctx.nowIso();
    const behaviour = ctx.behaviour(v.modelId);
    switch (input.status) {
      case 'ACTIVE': {
        if (v.status !== 'TRAINING_COMPLETE') throw validation(UPDATE_STATUS_MESSAGE);
        const deployed = ctx.state.modelVersions.filter((x) =>
          DEPLOYED_STATUSES.has(x.status),
        ).length;
        if (deployed >= MAX_DEPLOYED_VERSIONS) {
          throw validation(
            `You have reached the maximum number of deployed model versions (${MAX_DEPLOYED_VERSIONS}) for this account. Undeploy a model version before deploying another one.`,
          );
        }
        const duration = behaviour.activationDurationMs ?? DEFAULT_ACTIVATION_MS;
        startTransition(v, now, duration, ['ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS', 'ACTIVE']);
        return {};
      }
      case 'INACTIVE': {
        if (v.status !== 'ACTIVE') throw validation(UPDATE_STATUS_MESSAGE);
        // AFD's user guide ("Delete a model or model version"): a version that any
        // detector version uses, ACTIVE, INACTIVE or DRAFT, cannot be undeployed.
        const users = ctx.state.detectorVersions.filter((d) =>
          d.modelVersions.some(
            (m) =>
              m.modelId === v.modelId &&
              m.modelType === v.modelType &&
              normaliseModelVersion(m.modelVersionNumber) === v.modelVersionNumber,
          ),
        );
        if (users.length > 0) {
          const names = [...users]
            .sort(
              (a, b) =>
                a.detectorId.localeCompare(b.detectorId) ||
                Number(a.detectorVersionId) - Number(b.detectorVersionId),
            )
            .map((d) => `${d.detectorId}:${d.detectorVersionId}`)
            .join(', ');
          throw conflict(
            `Model version ${v.modelVersionNumber} is used by detector versions ${names}. Remove it from those detector versions (or delete them) before undeploying it.`,
          );
        }
        const duration = behaviour.inactivationDurationMs ?? DEFAULT_INACTIVATION_MS;
        // Undeploy ends in TRAINING_COMPLETE ("Ready to deploy"), as recorded.
        startTransition(v, now, duration, [
          'INACTIVATE_REQUESTED',
          'INACTIVATE_IN_PROGRESS',
          'TRAINING_COMPLETE',
        ]);
        return {};
      }
      default: {
        if (v.status !== 'TRAINING_IN_PROGRESS') throw validation(UPDATE_STATUS_MESSAGE);
        v.status = 'TRAINING_CANCELLED';
        v.lastUpdatedTime = now;
        v.pending = [];
        return {};
      }
    }
  }),
};
