// Retention (keep-inactive-versions): after a promotion or a rollback, delete
// this action's own INACTIVE detector versions beyond the newest N, then
// undeploy the model versions only they used, and delete the drafts of closed
// pull requests. Clean-ups after a promotion are best effort: a refusal is a
// warning, never a failed run (the promotion stands).
import type { DetectorVersion, DetectorVersionSummary } from '../domain/afd.js';
import { mapLimit } from '../domain/concurrency.js';
import { AfdError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { ModelVersionRef } from '../domain/request.js';
import { NO_REPLACED_VERSION, PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import type { AfdPort } from '../afd/port.js';
import { modelKey } from '../planner/index.js';
import { clearMarks, findMarked, markFreed, uniqueModels } from './freed-models.js';
import { deleteStaleDrafts, undeployReplacedModels } from './hygiene.js';
import { siblingArn, tagValue } from './provenance.js';
import type { DetectorReport } from './report.js';
import type { DetectorDeps, DetectorRunInput } from './detector-deps.js';
import { selectForDeletion } from './retention-policy.js';

/** Tag reads in flight at once: one per INACTIVE version. */
const READ_CONCURRENCY = 4;

export interface RetentionInput {
  detectorId: string;
  repository: string;
  keep: number;
  /** The pull request just merged: its draft, if not reused, is stale now. */
  mergedPullNumber?: number;
  /** Whether another pull request is still open (undefined: unknown, kept). */
  isPullOpen?: (n: number) => Promise<boolean | undefined>;
}

export interface RetentionOutcome {
  deleted: string[];
  draftsDeleted: string[];
  undeployed: ModelVersionRef[];
}

/** The INACTIVE versions of `summaries` that carry this repository's provenance tag. */
async function ownInactive(
  afd: AfdPort,
  summaries: readonly DetectorVersionSummary[],
  arnTemplate: string,
  repository: string,
): Promise<string[]> {
  const inactive = summaries.filter((s) => s.status === 'INACTIVE');
  const tagged = await mapLimit(inactive, READ_CONCURRENCY, async (s) => {
    const tags = await afd.listTags(siblingArn(arnTemplate, s.detectorVersionId));
    return tagValue(tags, PROVENANCE_TAG_KEYS.repository) === repository
      ? s.detectorVersionId
      : undefined;
  });
  return tagged.filter((id): id is string => id !== undefined);
}

/**
 * Plan mode: what retention would delete if the plan were applied, when
 * `afterPromotion.activeId` becomes ACTIVE and replaces `afterPromotion.replacedId`.
 */
export async function previewRetention(
  afd: AfdPort,
  input: RetentionInput,
  summaries: readonly DetectorVersionSummary[],
  afterPromotion: { activeId: string; replacedId?: string },
  arnTemplate: string | undefined,
): Promise<string[]> {
  if (!arnTemplate) return [];
  const own = await ownInactive(afd, summaries, arnTemplate, input.repository);
  return selectForDeletion({ ownInactive: own, keep: input.keep, ...afterPromotion });
}

/** Runs retention against the detector as it is now (after a verified promotion). */
export async function applyRetention(
  deps: { afd: AfdPort; log: Logger },
  input: RetentionInput,
): Promise<RetentionOutcome> {
  const { afd, log } = deps;
  const { detectorId } = input;
  const outcome: RetentionOutcome = { deleted: [], draftsDeleted: [], undeployed: [] };
  const summaries = await afd.listDetectorVersions(detectorId);
  const activeId = summaries.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
  if (!activeId) return outcome;
  const active = await afd.getDetectorVersion(detectorId, activeId);
  if (!active.arn) return outcome;
  // The replaced version is read from the ACTIVE version's own tag, so a
  // re-run that promoted nothing itself still never deletes it.
  const replacedTag = tagValue(await afd.listTags(active.arn), PROVENANCE_TAG_KEYS.replacedVersion);
  const replacedId = replacedTag && replacedTag !== NO_REPLACED_VERSION ? replacedTag : undefined;
  const own = await ownInactive(afd, summaries, active.arn, input.repository);
  const doomed = selectForDeletion({
    ownInactive: own,
    activeId,
    keep: input.keep,
    ...(replacedId ? { replacedId } : {}),
  });
  // Marked before anything is deleted: what a crash after a deletion must not forget.
  const pending = await findMarked(afd, input.repository);
  const doomedVersions = await readDoomed(deps, detectorId, doomed);
  const inUse = new Set(active.modelVersions.map(modelKey));
  const marked = await markFreed(
    deps,
    uniqueModels(...doomedVersions.map((v) => v.modelVersions)).filter(
      (m) => !inUse.has(modelKey(m)) && !pending.some((p) => modelKey(p.ref) === modelKey(m)),
    ),
    input.repository,
  );
  const freed: ModelVersionRef[] = [];
  for (const version of doomedVersions) {
    const id = version.detectorVersionId;
    try {
      await afd.deleteDetectorVersion(detectorId, id);
      freed.push(...version.modelVersions);
    } catch (err) {
      if (!(err instanceof AfdError)) throw err;
      log.warning(
        `Could not delete INACTIVE version ${id} (keep-inactive-versions): ${err.message}`,
      );
      continue;
    }
    log.info(
      `Deleted INACTIVE version ${id} of detector ${detectorId}: keep-inactive-versions is ${input.keep}.`,
    );
    outcome.deleted.push(id);
  }

  const { mergedPullNumber: merged, isPullOpen } = input;
  if (merged !== undefined || isPullOpen) {
    outcome.draftsDeleted = await deleteStaleDrafts(deps, detectorId, summaries, {
      repository: input.repository,
      keep: new Set(),
      knownArn: active.arn,
      // The merged PR is closed; its draft was promoted (no longer a DRAFT) when it was reused.
      isPullOpen: knowingMergedClosed(merged, isPullOpen),
    });
  }

  // Model versions only the deleted versions used (in this run, or in an
  // interrupted earlier one): undeploy once nothing else holds them.
  const undeploy = await undeployReplacedModels(
    deps,
    uniqueModels(
      freed,
      pending.map((p) => p.ref),
    ),
    active.modelVersions,
  );
  outcome.undeployed = undeploy.undeployed;
  // A model version another detector version still uses stays deployed (AFD refuses otherwise): say which.
  for (const note of undeploy.kept) deps.log.warning(note);
  // Decided, whether undeployed or kept; a refused undeploy keeps its mark and is tried again next time.
  const retry = new Set(undeploy.failed.map(modelKey));
  await clearMarks(
    deps,
    [...pending, ...marked].filter((m) => !retry.has(modelKey(m.ref))),
  );
  return outcome;
}

/**
 * After a merge that promoted nothing (the merged change was already ACTIVE,
 * or promote is off), retention did not run, yet the merged pull request's
 * draft is stale unless this run reused it: delete it, and the drafts of
 * other closed pull requests, when keep-inactive-versions or
 * delete-stale-drafts asks for clean-ups.
 */
export async function cleanUpAfterMerge(
  deps: DetectorDeps,
  input: DetectorRunInput,
  report: DetectorReport,
): Promise<void> {
  const { request, pullNumber: merged, isPullOpen } = input;
  const wanted = request.keepInactiveVersions !== undefined || request.deleteStaleDrafts === true;
  if (report.mode !== 'apply' || !input.pullMerged || merged === undefined || !wanted) return;
  if (report.retention) return; // Retention ran after the promotion and cleaned the drafts.
  const summaries = await deps.afd.listDetectorVersions(request.detectorId);
  const deleted = await deleteStaleDrafts(deps, request.detectorId, summaries, {
    repository: input.repository,
    // The version this run reused or created is the applied one, never stale.
    keep: new Set(report.detectorVersionId ? [report.detectorVersionId] : []),
    isPullOpen: knowingMergedClosed(merged, isPullOpen),
  });
  if (deleted.length)
    report.notes.push(
      `Deleted the drafts of closed pull requests: versions ${deleted.join(', ')}.`,
    );
}

/** Whether a pull request is open (undefined: unknown), the one just merged being closed. */
function knowingMergedClosed(
  merged: number | undefined,
  isPullOpen: ((n: number) => Promise<boolean | undefined>) | undefined,
): (n: number) => Promise<boolean | undefined> {
  return (n) =>
    n === merged ? Promise.resolve(false) : (isPullOpen?.(n) ?? Promise.resolve(undefined));
}

/** The versions to delete, read for their model versions; one that cannot be read is a warning. */
async function readDoomed(
  { afd, log }: { afd: AfdPort; log: Logger },
  detectorId: string,
  ids: readonly string[],
): Promise<DetectorVersion[]> {
  const versions: DetectorVersion[] = [];
  for (const id of ids) {
    try {
      versions.push(await afd.getDetectorVersion(detectorId, id));
    } catch (err) {
      if (!(err instanceof AfdError)) throw err;
      log.warning(
        `Could not delete INACTIVE version ${id} (keep-inactive-versions): ${err.message}`,
      );
    }
  }
  return versions;
}

/** After a verified promotion or rollback: retention when keep-inactive-versions is set. */
export async function retainAfterPromotion(
  deps: DetectorDeps,
  input: DetectorRunInput,
  report: DetectorReport,
): Promise<void> {
  const keep = input.request.keepInactiveVersions;
  if (keep === undefined) return;
  const log: Logger = {
    info: (m) => deps.log.info(m),
    // A refused clean-up is a warning in the log and a line in the summary.
    warning: (m) => {
      deps.log.warning(m);
      report.notes.push(m);
    },
  };
  const isPullOpen = input.isPullOpen;
  const outcome = await applyRetention(
    { afd: deps.afd, log },
    {
      detectorId: input.request.detectorId,
      repository: input.repository,
      keep,
      ...(input.pullMerged && input.pullNumber !== undefined
        ? { mergedPullNumber: input.pullNumber }
        : {}),
      ...(isPullOpen ? { isPullOpen } : {}),
    },
  );
  report.retention = {
    deleted: outcome.deleted,
    draftsDeleted: outcome.draftsDeleted,
    undeployed: outcome.undeployed.map((m) => `${m.modelId} ${m.modelVersionNumber}`),
  };
}
