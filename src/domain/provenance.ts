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
} as const;

export const CONTENT_HASH_TAG = PROVENANCE_TAG_KEYS.contentSha256;

/** Tags the action writes itself; user tags + these must stay within AFD's 200. */
export const RESERVED_TAG_COUNT = Object.keys(PROVENANCE_TAG_KEYS).length;
