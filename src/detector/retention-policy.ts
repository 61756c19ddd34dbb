// keep-inactive-versions: which detector versions retention deletes. Pure, so
// the rule that decides what is irreversibly deleted is pinned by unit tests.
import { compareWholeVersions } from '../domain/versions.js';

export interface RetentionFacts {
  /**
   * The INACTIVE versions this action created for this repository (its
   * provenance tags say so), as they are after the promotion. A version
   * without the tags is never listed here, so it is never deleted.
   */
  ownInactive: readonly string[];
  /** The ACTIVE version after the promotion: never deleted. */
  activeId?: string;
  /** The version that promotion replaced: counts toward `keep` and is never deleted. */
  replacedId?: string;
  /** keep-inactive-versions (at least 1). */
  keep: number;
}

/** The version ids to delete, highest first: own INACTIVE versions beyond the newest `keep` by id. */
export function selectForDeletion(facts: RetentionFacts): string[] {
  const candidates = [...new Set(facts.ownInactive)]
    .filter((id) => id !== facts.activeId)
    .sort((a, b) => compareWholeVersions(b, a));
  const kept = new Set<string>();
  if (facts.replacedId !== undefined) kept.add(facts.replacedId);
  for (const id of candidates) {
    if (kept.size >= facts.keep) break;
    kept.add(id);
  }
  return candidates.filter((id) => !kept.has(id));
}
