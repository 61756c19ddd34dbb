// The model versions retention frees, recorded in AFD before anything is
// deleted. Retention deletes detector versions first and undeploys the model
// versions only they used afterwards (AFD refuses to undeploy a model version
// that a detector version still uses). Once a version is deleted, nothing in
// AFD says which model versions it used; so each such model version carries a
// mark from before the deletion until its undeploy is decided, and a re-run
// after a crash in between finds the mark and finishes the undeploy. Only
// marked versions are ever picked up: a deployed model version that no
// detector version uses but that retention never freed is not retention's.
import { mapLimit } from '../domain/concurrency.js';
import { AfdError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { AfdPort } from '../afd/port.js';
import { modelKey } from '../planner/index.js';
import { tagValue } from './provenance.js';

/**
 * On a deployed model version: retention of this repository (the value) is
 * deleting the detector versions that use it and will undeploy it. Not a
 * provenance tag (it is on versions the action may not have made, and only
 * for a moment), so it is not among the reserved tags.
 */
export const FREED_BY_RETENTION_TAG = 'fdp:freed-by-retention';
const MARK = FREED_BY_RETENTION_TAG;
/** Tag reads in flight at once: at most 5 deployed model versions per account. */
const READ_CONCURRENCY = 4;

/** A model version with a mark: where to remove it from. */
export interface MarkedModel {
  ref: ModelVersionRef;
  arn: string;
}

/** The deployed model versions an earlier, interrupted retention of `repository` marked. */
export async function findMarked(afd: AfdPort, repository: string): Promise<MarkedModel[]> {
  const deployed = await afd.listDeployedModelVersions();
  const marked = await mapLimit(deployed, READ_CONCURRENCY, async (m) =>
    m.arn && tagValue(await afd.listTags(m.arn), MARK) === repository
      ? { ref: refOf(m), arn: m.arn }
      : undefined,
  );
  return marked.filter((m): m is MarkedModel => m !== undefined);
}

/**
 * Marks the ACTIVE model versions among `models` as freed by this
 * repository's retention. A mark that cannot be written is a warning: the
 * undeploy still happens in this run, it only loses its crash safety.
 */
export async function markFreed(
  deps: { afd: AfdPort; log: Logger },
  models: readonly ModelVersionRef[],
  repository: string,
): Promise<MarkedModel[]> {
  const marked: MarkedModel[] = [];
  for (const ref of models) {
    try {
      const { status, arn } = await deps.afd.getModelVersion(ref);
      if (status !== 'ACTIVE' || !arn) continue;
      await deps.afd.tagResource(arn, [{ key: MARK, value: repository }]);
      marked.push({ ref, arn });
    } catch (err) {
      if (!(err instanceof AfdError)) throw err;
      deps.log.warning(
        `Could not mark model ${ref.modelId} ${ref.modelVersionNumber} as freed by keep-inactive-versions (${err.message}); a re-run after a crash would not undeploy it.`,
      );
    }
  }
  return marked;
}

/** Removes the marks once the undeploy of each is decided; a failed removal is retried next time. */
export async function clearMarks(
  deps: { afd: AfdPort; log: Logger },
  marked: readonly MarkedModel[],
): Promise<void> {
  for (const m of marked) {
    try {
      await deps.afd.untagResource(m.arn, [MARK]);
    } catch (err) {
      if (!(err instanceof AfdError)) throw err;
      deps.log.warning(
        `Could not remove the tag ${MARK} from model ${m.ref.modelId} ${m.ref.modelVersionNumber}: ${err.message}`,
      );
    }
  }
}

/** The model versions of `lists`, each once (first occurrence kept). */
export function uniqueModels(...lists: (readonly ModelVersionRef[])[]): ModelVersionRef[] {
  const seen = new Map<string, ModelVersionRef>();
  for (const m of lists.flat()) if (!seen.has(modelKey(m))) seen.set(modelKey(m), m);
  return [...seen.values()];
}

function refOf(m: ModelVersionRef): ModelVersionRef {
  return { modelId: m.modelId, modelType: m.modelType, modelVersionNumber: m.modelVersionNumber };
}
