// Finding the versions an earlier attempt, this pull request or the reviewed
// plan already made, so that nothing is created twice; and creating once.
import type { DetectorVersion, DetectorVersionSummary } from '../domain/afd.js';
import { AfdError } from '../domain/errors.js';
import type { ModelVersionRef, Tag } from '../domain/request.js';
import { compareWholeVersions } from '../domain/versions.js';
import type { AfdPort, DetectorVersionContent } from '../afd/port.js';
import { PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import { modelKey, ruleKey, type ProposedDetectorVersion } from '../planner/index.js';
import { findVersionByTags, tagValue } from './provenance.js';
import type { DetectorDeps, DetectorRunInput } from './detector-deps.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
/** Tag on a created version: the base it was planned against ("none" for a first version). */
export const BASE_VERSION_TAG = PROVENANCE_TAG_KEYS.baseVersion;
export const NO_BASE = 'none';
/** After a create timed out: how long AFD gets to finish it before the action looks. */
const SLOW_CREATE_PAUSE_MS = 30_000;
/** How many of the newest versions to search for an earlier attempt of this run. */
const EARLIER_ATTEMPT_WINDOW = 5;

export interface EarlierAttempt {
  summary: DetectorVersionSummary;
  /** Undefined when the earlier attempt planned a detector's first version. */
  baseVersionId?: string;
}

export async function findEarlierAttempt(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
): Promise<EarlierAttempt | undefined> {
  const newest = [...summaries]
    .sort((a, b) => compareWholeVersions(b.detectorVersionId, a.detectorVersionId))
    .slice(0, EARLIER_ATTEMPT_WINDOW);
  let baseTag: string | undefined;
  const summary = await findVersionByTags(afd, detectorId, newest, (tags) => {
    const mine =
      tagValue(tags, PROVENANCE_TAG_KEYS.repository) === input.repository &&
      tagValue(tags, PROVENANCE_TAG_KEYS.runId) === input.runId &&
      tagValue(tags, BASE_VERSION_TAG) !== undefined;
    if (mine) baseTag = tagValue(tags, BASE_VERSION_TAG);
    return mine;
  });
  if (!summary) return undefined;
  return { summary, ...(baseTag && baseTag !== NO_BASE ? { baseVersionId: baseTag } : {}) };
}

/**
 * CreateDetectorVersion, retried by the action: after a throttle, a 5xx, a
 * broken connection or a timeout the version may exist anyway, or AFD may
 * still be making it (a request that timed out on our side can finish on
 * AFD's later). So pause first, then look for it (by this run's tags), and
 * only then create again: a timeout is no proof that nothing was created.
 */
export async function createOnce(
  deps: DetectorDeps,
  detectorId: string,
  content: DetectorVersionContent,
  tags: Tag[],
  input: DetectorRunInput,
): Promise<{ detectorVersionId: string; status: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.afd.createDetectorVersion(detectorId, content, tags);
    } catch (err) {
      if (!(err instanceof AfdError) || !err.retryable) throw err;
      // AFD was slow, not gone: give the create it may still be making time to land.
      const pause =
        err.awsErrorName === 'TimeoutError' || err.awsErrorName === 'ETIMEDOUT'
          ? Math.max(retryDelay(attempt), SLOW_CREATE_PAUSE_MS)
          : retryDelay(attempt);
      await deps.sleep?.(pause);
      const summaries = await deps.afd.listDetectorVersions(detectorId);
      const made = await findEarlierAttempt(deps.afd, detectorId, summaries, input);
      if (made) {
        deps.log.info(
          `CreateDetectorVersion answered ${err.awsErrorName}, but version ${made.summary.detectorVersionId} was created; carrying on with it.`,
        );
        return { detectorVersionId: made.summary.detectorVersionId, status: made.summary.status };
      }
      if (attempt >= WRITE_ATTEMPTS) throw err;
      deps.log.warning(
        `CreateDetectorVersion failed (${err.awsErrorName}); ${pause / 1000} s later AFD has no version of this run; creating it again.`,
      );
    }
  }
}

/** Tags of a created version: the run's, plus the base it was planned against. */
export function tagsForCreate(input: DetectorRunInput, base: DetectorVersion | undefined): Tag[] {
  return [...input.tags, { key: BASE_VERSION_TAG, value: base?.detectorVersionId ?? NO_BASE }];
}

/** This pull request's DRAFT, made by this action for this repository. */
export function findOwnDraft(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
  knownArn?: string,
): Promise<DetectorVersionSummary | undefined> {
  const pr = String(input.pullNumber);
  return findVersionByTags(
    afd,
    detectorId,
    summaries.filter((s) => s.status === 'DRAFT'),
    (tags) =>
      tagValue(tags, PROVENANCE_TAG_KEYS.repository) === input.repository &&
      tagValue(tags, PROVENANCE_TAG_KEYS.pr) === pr,
    knownArn,
  );
}

export async function findReviewedDraft(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
  proposal: ProposedDetectorVersion,
  knownArn?: string,
): Promise<DetectorVersionSummary | undefined> {
  const draft = await findOwnDraft(afd, detectorId, summaries, input, knownArn);
  if (!draft) return undefined;
  const current = await afd.getDetectorVersion(detectorId, draft.detectorVersionId);
  return sameContent(current, proposal) ? draft : undefined;
}

/** Whether a stored version has exactly the proposal's content (description aside). */
export function sameContent(v: DetectorVersion, p: ProposedDetectorVersion): boolean {
  const rules = (x: { ruleId: string; ruleVersion: string }[]): string => x.map(ruleKey).join(',');
  const models = (x: ModelVersionRef[]): string => x.map(modelKey).sort().join(',');
  return (
    rules(v.rules) === rules(p.rules) &&
    models(v.modelVersions) === models(p.modelVersions) &&
    [...v.externalModelEndpoints].sort().join(',') ===
      [...p.externalModelEndpoints].sort().join(',') &&
    v.ruleExecutionMode === p.ruleExecutionMode
  );
}
