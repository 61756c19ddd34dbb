// Quota hygiene. AFD allows 5 deployed model versions per account and 100
// DRAFT versions per detector; a pipeline that promotes often fills both.
// Both clean-ups are opt-in and touch only what is provably unused, or what
// this action itself created.
import type { DetectorVersionSummary } from '../domain/afd.js';
import { AfdError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import { PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import type { AfdPort } from '../afd/port.js';
import { modelKey } from '../planner/index.js';
import { describeHolder, findModelHolders } from './model-holders.js';
import { siblingArn, tagValue } from './provenance.js';

export interface UndeployOutcome {
  undeployed: ModelVersionRef[];
  /** One note per model version kept because detector versions still use it. */
  kept: string[];
  /** Model versions whose undeploy AFD refused or that could not be read: still to do. */
  failed: ModelVersionRef[];
}

/**
 * Undeploys the model versions that the replaced detector version used and the
 * new one does not, but only those no detector version of the account
 * references any more: AFD refuses to undeploy a model version that any
 * detector version (ACTIVE, INACTIVE or DRAFT) uses. A version still held is
 * kept, and the returned note says which detector versions hold it.
 */
export async function undeployReplacedModels(
  deps: { afd: AfdPort; log: Logger },
  replaced: ModelVersionRef[],
  current: ModelVersionRef[],
): Promise<UndeployOutcome> {
  const { afd, log } = deps;
  const keep = new Set(current.map(modelKey));
  const candidates = replaced.filter((m) => !keep.has(modelKey(m)));
  const outcome: UndeployOutcome = { undeployed: [], kept: [], failed: [] };
  if (!candidates.length) return outcome;

  const holders = await findModelHolders(afd, candidates);
  for (const m of candidates) {
    const heldBy = holders.get(modelKey(m)) ?? [];
    if (heldBy.length) {
      // Not a failure: the replaced version is the rollback target, and it is
      // the usual holder. The user decides whether to delete it.
      const note =
        `Kept model ${m.modelId} ${m.modelVersionNumber} deployed (undeploy-replaced-model): detector versions ${heldBy.map(describeHolder).join(', ')} use it, ` +
        'and AFD undeploys only a model version that no detector version uses. Delete those detector versions (INACTIVE or DRAFT) once you no longer need them for a rollback, then undeploy it.';
      log.info(note);
      outcome.kept.push(note);
      continue;
    }
    // The promotion has already happened: a clean-up that AFD refuses (or
    // that fails on the way) is a warning with the remedy, never a failed run.
    try {
      const { status } = await afd.getModelVersion(m);
      if (status !== 'ACTIVE') continue;
      await afd.updateModelVersionStatus(m, 'INACTIVE');
    } catch (err) {
      if (!(err instanceof AfdError)) throw err;
      log.warning(
        `Could not undeploy model ${m.modelId} ${m.modelVersionNumber} (undeploy-replaced-model): ${err.message} ` +
          'The promotion stands; undeploy the version in the AFD console once no detector version uses it.',
      );
      outcome.failed.push(m);
      continue;
    }
    log.info(
      `Undeploying model ${m.modelId} ${m.modelVersionNumber}: no detector version uses it any more.`,
    );
    outcome.undeployed.push(m);
  }
  return outcome;
}

/**
 * Deletes DRAFT versions of this detector that this action created for pull
 * requests of this repository that are closed now (merged or abandoned). A
 * draft without this repository's provenance tags is never touched, and
 * neither is one whose PR state GitHub cannot tell.
 */
export async function deleteStaleDrafts(
  deps: { afd: AfdPort; log: Logger },
  detectorId: string,
  summaries: DetectorVersionSummary[],
  opts: {
    repository: string;
    keep: ReadonlySet<string>;
    isPullOpen: (n: number) => Promise<boolean | undefined>;
    knownArn?: string;
  },
): Promise<string[]> {
  const { afd, log } = deps;
  const drafts = summaries.filter(
    (s) => s.status === 'DRAFT' && !opts.keep.has(s.detectorVersionId),
  );
  let arnTemplate = opts.knownArn;
  const deleted: string[] = [];
  for (const draft of drafts) {
    arnTemplate ??= (await afd.getDetectorVersion(detectorId, draft.detectorVersionId)).arn;
    if (!arnTemplate) return deleted;
    const tags = await afd.listTags(siblingArn(arnTemplate, draft.detectorVersionId));
    if (tagValue(tags, PROVENANCE_TAG_KEYS.repository) !== opts.repository) continue;
    const pr = Number(tagValue(tags, PROVENANCE_TAG_KEYS.pr));
    if (!Number.isInteger(pr) || pr <= 0) continue;
    if ((await opts.isPullOpen(pr)) !== false) continue;
    try {
      await afd.deleteDetectorVersion(detectorId, draft.detectorVersionId);
    } catch (err) {
      // A clean-up must not stop the run it clears room for; the quota check
      // that follows says whether the room is needed.
      if (!(err instanceof AfdError)) throw err;
      log.warning(
        `Could not delete stale draft ${draft.detectorVersionId} of closed PR #${pr} (delete-stale-drafts): ${err.message}`,
      );
      continue;
    }
    log.info(`Deleted stale draft ${draft.detectorVersionId} of closed PR #${pr}.`);
    deleted.push(draft.detectorVersionId);
  }
  return deleted;
}
