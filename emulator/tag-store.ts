// Per-resource tags, keyed by the ARN resource part. Every versioned resource
// (model version, detector version, rule version) has its own tag set.

import type { ServiceContext } from './context.js';
import { validation } from './errors.js';
import type { Tag } from './state.js';

export const MAX_TAGS_PER_RESOURCE = 200;

/** Merges tags into a resource's set (same key overwrites), enforcing the 200-tag limit. */
export function setTags(ctx: ServiceContext, path: string, tags: readonly Tag[]): void {
  const merged = new Map((ctx.state.tags[path] ?? []).map((t) => [t.key, t.value]));
  for (const t of tags) merged.set(t.key, t.value);
  if (merged.size > MAX_TAGS_PER_RESOURCE) {
    throw validation(`A resource can have at most ${MAX_TAGS_PER_RESOURCE} tags.`);
  }
  ctx.state.tags[path] = [...merged].map(([key, value]) => ({ key, value }));
}

export function dropTags(ctx: ServiceContext, path: string): void {
  delete ctx.state.tags[path];
}
