// Finds detector versions this action made, by their provenance tags. AFD has
// no idempotency tokens, so tags are how a re-run or a later push finds the
// version an earlier run created instead of creating another.
import type { DetectorVersionSummary } from '../domain/afd.js';
import type { Tag } from '../domain/request.js';
import { compareWholeVersions } from '../domain/versions.js';
import type { AfdPort } from '../afd/port.js';
import { CONSTRAINTS } from '../config/constraints.js';

/** How every description the action generates starts (export leaves such a description out). */
export const GENERATED_DESCRIPTION_PREFIX = 'Fraud Detector Promote: ';

/**
 * The description of a version the action creates when the inputs give none:
 * where it came from. A long repository name is shortened, never the commit,
 * so the text stays within AFD's limit.
 */
export function defaultDescription(repository: string, sha: string): string {
  const prefix = GENERATED_DESCRIPTION_PREFIX;
  const suffix = `@${sha.slice(0, 7)}`;
  const room = CONSTRAINTS.description.maxLength - prefix.length - suffix.length;
  const repo = repository.length > room ? `${repository.slice(0, room - 1)}…` : repository;
  return `${prefix}${repo}${suffix}`;
}

export function tagValue(tags: readonly Tag[], key: string): string | undefined {
  return tags.find((t) => t.key === key)?.value;
}

/** ARN of a detector version, derived from any other version's ARN of the same detector. */
export function siblingArn(knownArn: string, detectorVersionId: string): string {
  return knownArn.replace(/\/[^/]+$/, `/${detectorVersionId}`);
}

/**
 * The newest version among `candidates` whose tags satisfy `matches`. Reads
 * tags newest first and stops at the first match, so the usual case costs one
 * or two calls.
 */
export async function findVersionByTags(
  afd: Pick<AfdPort, 'getDetectorVersion' | 'listTags'>,
  detectorId: string,
  candidates: readonly DetectorVersionSummary[],
  matches: (tags: Tag[]) => boolean,
  knownArn?: string,
): Promise<DetectorVersionSummary | undefined> {
  const newestFirst = [...candidates].sort((a, b) =>
    compareWholeVersions(b.detectorVersionId, a.detectorVersionId),
  );
  let arnTemplate = knownArn;
  for (const summary of newestFirst) {
    if (!arnTemplate) {
      arnTemplate = (await afd.getDetectorVersion(detectorId, summary.detectorVersionId)).arn;
      if (!arnTemplate) return undefined;
    }
    const tags = await afd.listTags(siblingArn(arnTemplate, summary.detectorVersionId));
    if (matches(tags)) return summary;
  }
  return undefined;
}
