// Promotion of a detector version to ACTIVE: re-read first (another run may
// have promoted since the plan), request it once, and verify afterwards.
import type { DetectorVersion, DetectorVersionSummary } from '../domain/afd.js';
import { ActionError, AfdError } from '../domain/errors.js';
import type { DetectorReport } from './report.js';
import type { DetectorDeps } from './detector-deps.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import { NO_REPLACED_VERSION, PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import { siblingArn } from './provenance.js';

/** UpdateDetectorVersionStatus ACTIVE; after an uncertain failure, look before asking again. */
async function requestPromotion(
  { afd, log, sleep }: DetectorDeps,
  detectorId: string,
  versionId: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await afd.updateDetectorVersionStatus(detectorId, versionId, 'ACTIVE');
      return;
    } catch (err) {
      if (!(err instanceof AfdError) || !err.retryable || attempt >= WRITE_ATTEMPTS) throw err;
      const now = await afd.listDetectorVersions(detectorId);
      if (now.find((v) => v.detectorVersionId === versionId)?.status === 'ACTIVE') return;
      log.warning(`UpdateDetectorVersionStatus failed (${err.awsErrorName}); trying again.`);
      await sleep?.(retryDelay(attempt));
    }
  }
}

/**
 * Tags the version about to be promoted with the one it replaces and the run
 * that promotes it: how rollback-to previous finds its target later, and how a
 * re-run of a rollback sees it is done. Written before the promotion, so a
 * crash in between leaves nothing untagged that is ACTIVE.
 */
async function tagPromotion(
  afd: DetectorDeps['afd'],
  detectorId: string,
  versionId: string,
  replaced: string | undefined,
  runId: string,
  knownArn: string | undefined,
): Promise<void> {
  const arn = knownArn
    ? siblingArn(knownArn, versionId)
    : (await afd.getDetectorVersion(detectorId, versionId)).arn;
  if (!arn) return;
  await afd.tagResource(arn, [
    { key: PROVENANCE_TAG_KEYS.replacedVersion, value: replaced ?? NO_REPLACED_VERSION },
    { key: PROVENANCE_TAG_KEYS.promotedByRun, value: runId },
  ]);
}

/** Makes `versionId` ACTIVE, unless another run promoted something meanwhile; then verifies. */
export async function promote(
  deps: DetectorDeps,
  detectorId: string,
  versionId: string,
  plannedSummaries: DetectorVersionSummary[],
  report: DetectorReport,
  opts: { base?: DetectorVersion; allowBaseChange?: boolean; runId?: string } = {},
): Promise<void> {
  const { afd, log } = deps;
  const { base, allowBaseChange = false } = opts;
  const activeOf = (list: DetectorVersionSummary[]): string | undefined =>
    list.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
  const plannedActive = activeOf(plannedSummaries);
  // Re-read: another run may have promoted since this plan was made.
  const now = await afd.listDetectorVersions(detectorId);
  const currentActive = activeOf(now);
  if (currentActive === versionId) {
    report.status = 'ACTIVE';
    report.promoted = true;
    return;
  }
  if (currentActive !== plannedActive && allowBaseChange) {
    log.warning(
      `Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, not ${plannedActive ?? '(none)'} as planned; promoting ${versionId} anyway (allow-base-change).`,
    );
  } else if (currentActive !== plannedActive) {
    throw new ActionError(
      `Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, but this run planned against ${plannedActive ?? 'no ACTIVE version'}${base ? ` (base ${base.detectorVersionId})` : ''}. Another run promoted meanwhile; not overwriting it with version ${versionId}.`,
      [
        'Re-run this job to plan against the new ACTIVE version, and use a `concurrency:` group per detector.',
      ],
    );
  }
  log.info(
    `Promoting detector ${detectorId} version ${versionId} to ACTIVE${currentActive ? ` (replacing ${currentActive})` : ''}`,
  );
  if (opts.runId !== undefined)
    await tagPromotion(afd, detectorId, versionId, currentActive, opts.runId, base?.arn);
  await requestPromotion(deps, detectorId, versionId);
  // Verify, don't assume.
  const after = await afd.listDetectorVersions(detectorId);
  const active = activeOf(after);
  if (active !== versionId) {
    throw new ActionError(
      `Promotion of detector ${detectorId} version ${versionId} did not take: version ${active ?? '(none)'} is ACTIVE.`,
    );
  }
  report.status = 'ACTIVE';
  report.promoted = true;
  // A version that was a DRAFT when this run planned (or did not exist yet) and
  // is INACTIVE now was ACTIVE in between: another run promoted it at the same
  // moment, and this promotion replaced it. Say so rather than overwrite silently.
  const planned = new Map(plannedSummaries.map((v) => [v.detectorVersionId, v.status]));
  for (const v of after) {
    if (
      v.detectorVersionId !== versionId &&
      v.status === 'INACTIVE' &&
      // A DRAFT then (or created since) can only be INACTIVE now by having been ACTIVE.
      (planned.get(v.detectorVersionId) ?? 'DRAFT') === 'DRAFT'
    ) {
      const note = `Version ${v.detectorVersionId} was promoted by another run at the same time as this one and is now INACTIVE, replaced by ${versionId}. Use a \`concurrency:\` group per detector.`;
      report.notes.push(note);
      log.warning(note);
    }
  }
  if (currentActive) {
    report.previousActiveId = currentActive;
    const previous = after.find((s) => s.detectorVersionId === currentActive);
    log.info(`Version ${currentActive} is now ${previous?.status ?? 'INACTIVE'}.`);
  }
}
