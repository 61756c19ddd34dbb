// The tags this action puts on what it creates in AFD: how a re-run, a later
// push or a merge finds them again (AFD has no idempotency tokens). Shared by
// the GitHub context that fills them and the flows that search for them.

/** Provenance tag keys, exactly as written on every AFD resource the action creates. */
export const PROVENANCE_TAG_KEYS = {
  repository: 'fdp:repository',
  commit: 'fdp:commit',
  runId: 'fdp:run-id',
  runAttempt: 'fdp:run-attempt',
  ref: 'fdp:ref',
  pr: 'fdp:pr',
  /** On created detector versions: the base version the plan was made against. */
  baseVersion: 'fdp:base-version',
  /** On created rule versions: sha256 of (expression, language, outcomes), their identity. */
  contentSha256: 'fdp:content-sha256',
  /** On promoted detector versions: the version that was ACTIVE before ("none"), for rollback-to previous. */
  replacedVersion: 'fdp:replaced-version',
  /** On promoted detector versions: the run that promoted it, so a re-run of a rollback finds it done. */
  promotedByRun: 'fdp:promoted-by-run',
} as const;

export const CONTENT_HASH_TAG = PROVENANCE_TAG_KEYS.contentSha256;

/** Tags the action writes itself; user tags + these must stay within AFD's 200. */
export const RESERVED_TAG_COUNT = Object.keys(PROVENANCE_TAG_KEYS).length;

/** The replaced-version tag of a version promoted when the detector had no ACTIVE one. */
export const NO_REPLACED_VERSION = 'none';
