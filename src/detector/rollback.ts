// rollback-to: the proposal is an existing detector version exactly. Plan mode
// shows the diff from the ACTIVE version to it; apply deploys the model
// versions it uses (within the quota), re-activates it, verifies, then runs
// retention. Exactly once: a re-run finds the target ACTIVE (for `previous`,
// by the fdp:promoted-by-run tag the promotion wrote) and writes nothing.
import type { DetectorVersion, DetectorVersionSummary } from '../domain/afd.js';
import type { Clock } from '../domain/clock.js';
import { ActionError } from '../domain/errors.js';
import { NO_REPLACED_VERSION, PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import type { Tag } from '../domain/request.js';
import {
  diffDetectorVersions,
  planFingerprint,
  type ProposedDetectorVersion,
} from '../planner/index.js';
import { ensureModelsActive } from './models-active.js';
import { promote } from './promotion.js';
import { tagValue } from './provenance.js';
import type { DetectorReport } from './report.js';
import { previewRetention, retainAfterPromotion } from './retention.js';
import { ignoredByRollback, pickPreviousVersion, type RollbackPick } from './rollback-target.js';
import { readPlanDetails } from './plan-reads.js';
import type { DetectorDeps, DetectorRunInput } from './detector-deps.js';

/** What waiting for a model deployment needs beyond the detector flow's deps. */
export interface RollbackWait {
  clock: Clock;
  signal?: AbortSignal;
  /** Epoch ms: waiting past it fails the step. */
  deadline: number;
}

export async function runRollback(
  deps: DetectorDeps,
  wait: RollbackWait,
  input: DetectorRunInput,
  report: DetectorReport,
): Promise<void> {
  const { afd, log } = deps;
  const { request } = input;
  const detectorId = request.detectorId;
  const ignored = ignoredByRollback(request);
  if (ignored.length) {
    const note = `rollback-to re-activates an existing version exactly as it is, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored in this run.`;
    log.warning(note);
    report.notes.push(note);
  }

  const summaries = await afd.listDetectorVersions(detectorId);
  const activeId = summaries.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
  const active = activeId ? await afd.getDetectorVersion(detectorId, activeId) : undefined;
  const activeTags: Tag[] = active?.arn ? await afd.listTags(active.arn) : [];
  const pick = chooseTarget(input, summaries, active, activeTags);
  log.info(`Rollback of detector ${detectorId} to version ${pick.detectorVersionId}: ${pick.why}.`);

  const target =
    pick.detectorVersionId === active?.detectorVersionId
      ? active
      : await afd.getDetectorVersion(detectorId, pick.detectorVersionId);
  // A re-run after this run's own rollback diffs against what it replaced, as
  // the first attempt did, so it reports the same plan and outputs.
  const base = (await replacedByThisRun(deps, input, target, activeTags, summaries)) ?? active;
  const proposal = asProposal(target);
  const details = await readPlanDetails(afd, detectorId, base, proposal);
  const diff = diffDetectorVersions(base, proposal, details);
  diff.rollback = { targetVersionId: target.detectorVersionId, reason: pick.why };
  report.proposal = proposal;
  report.diff = diff;
  report.fingerprint = planFingerprint(base, proposal);
  if (base) report.baseVersionId = base.detectorVersionId;
  report.detectorVersionId = target.detectorVersionId;
  const alreadyActive = target.status === 'ACTIVE';

  if (report.mode === 'plan') {
    report.action = alreadyActive ? 'unchanged' : 'rollback-planned';
    report.status = alreadyActive ? 'ACTIVE' : 'PLANNED';
    if (request.keepInactiveVersions !== undefined && !alreadyActive) {
      const wouldDelete = await previewRetention(
        afd,
        { detectorId, repository: input.repository, keep: request.keepInactiveVersions },
        summaries,
        {
          activeId: target.detectorVersionId,
          ...(active ? { replacedId: active.detectorVersionId } : {}),
        },
        active?.arn ?? target.arn,
      );
      diff.retention = { keepInactiveVersions: request.keepInactiveVersions, wouldDelete };
    }
    return;
  }

  if (alreadyActive) {
    report.action = 'unchanged';
    report.status = 'ACTIVE';
    log.info(`Version ${target.detectorVersionId} is already ACTIVE: nothing to roll back.`);
  } else {
    const deployed = await ensureModelsActive(
      { afd, clock: wait.clock, log, ...(wait.signal ? { signal: wait.signal } : {}) },
      target.modelVersions,
      wait.deadline,
    );
    for (const m of deployed)
      report.notes.push(
        `Deployed model ${m.modelId} ${m.modelVersionNumber}: version ${target.detectorVersionId} uses it.`,
      );
    await promote(deps, detectorId, target.detectorVersionId, summaries, report, {
      ...(active ? { base: active } : {}),
      runId: input.runId,
    });
    report.action = 'rolled-back';
  }
  await retainAfterPromotion(deps, input, report);
}

/** When this run already made `target` ACTIVE: the version it replaced then, if it still exists. */
async function replacedByThisRun(
  { afd }: DetectorDeps,
  input: DetectorRunInput,
  target: DetectorVersion,
  activeTags: readonly Tag[],
  summaries: readonly DetectorVersionSummary[],
): Promise<DetectorVersion | undefined> {
  if (target.status !== 'ACTIVE') return undefined;
  if (tagValue(activeTags, PROVENANCE_TAG_KEYS.promotedByRun) !== input.runId) return undefined;
  const replaced = tagValue(activeTags, PROVENANCE_TAG_KEYS.replacedVersion);
  if (!replaced || replaced === NO_REPLACED_VERSION) return undefined;
  if (!summaries.some((s) => s.detectorVersionId === replaced)) return undefined;
  return afd.getDetectorVersion(input.request.detectorId, replaced);
}

/** The version rollback-to names, and why; an ActionError when there is none to go to. */
function chooseTarget(
  input: DetectorRunInput,
  summaries: readonly DetectorVersionSummary[],
  active: DetectorVersion | undefined,
  activeTags: readonly Tag[],
): RollbackPick {
  const detectorId = input.request.detectorId;
  const wanted = input.request.rollbackTo!;
  if (wanted.kind === 'id') {
    const found = summaries.find((s) => s.detectorVersionId === wanted.id);
    if (!found) {
      const ids = summaries.map((s) => `${s.detectorVersionId} (${s.status})`).join(', ');
      throw new ActionError(
        `Cannot roll back detector ${detectorId} to version ${wanted.id}: it has no such version. Its versions: ${ids || 'none'}.`,
      );
    }
    if (found.status === 'DRAFT')
      throw new ActionError(
        `Cannot roll back detector ${detectorId} to version ${wanted.id}: it is a DRAFT, never served. rollback-to re-activates a version that was ACTIVE before (INACTIVE now).`,
        ['To put a draft into service, apply it with promote: true instead.'],
      );
    return { detectorVersionId: wanted.id, why: 'rollback-to names it' };
  }
  // An earlier attempt of this run promoted the ACTIVE version: the rollback is done.
  if (active && tagValue(activeTags, PROVENANCE_TAG_KEYS.promotedByRun) === input.runId)
    return {
      detectorVersionId: active.detectorVersionId,
      why: 'an earlier attempt of this run already made it ACTIVE',
    };
  const replacedTag = tagValue(activeTags, PROVENANCE_TAG_KEYS.replacedVersion);
  const pick = pickPreviousVersion(
    summaries,
    active
      ? { detectorVersionId: active.detectorVersionId, ...(replacedTag ? { replacedTag } : {}) }
      : undefined,
  );
  if (!pick)
    throw new ActionError(
      `Cannot roll back detector ${detectorId} to the previous version: it has no INACTIVE version.`,
      ['Name a version with rollback-to: <version id>.'],
    );
  return pick;
}

/** An existing version as a proposal, so the planner's diff and fingerprint apply unchanged. */
function asProposal(v: DetectorVersion): ProposedDetectorVersion {
  return {
    detectorId: v.detectorId,
    rules: v.rules,
    ruleExecutionMode: v.ruleExecutionMode,
    modelVersions: v.modelVersions,
    externalModelEndpoints: v.externalModelEndpoints,
    ...(v.description !== undefined ? { description: v.description } : {}),
    descriptionSource: v.description !== undefined ? 'base' : 'none',
  };
}
