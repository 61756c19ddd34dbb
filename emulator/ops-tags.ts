// TagResource / UntagResource / ListTagsForResource over every taggable
// resource, including individual model, detector and rule versions.

import type {
  ListTagsForResourceRequest,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-frauddetector';
import { parseArn } from './arn.js';
import type { ServiceContext } from './context.js';
import { notFound } from './errors.js';
import { typed, type Handler } from './handler.js';
import { paginate } from './pagination.js';
import type { Tag } from './state.js';
import { setTags } from './tag-store.js';

/** Does the resource part name an existing resource? */
function resourceExists(ctx: ServiceContext, resource: string): boolean {
  const [kind, ...parts] = resource.split('/');
  const s = ctx.state;
  switch (kind) {
    case 'model':
      return (
        parts.length === 2 &&
        s.models.some((m) => m.modelType === parts[0] && m.modelId === parts[1])
      );
    case 'model-version':
      return (
        parts.length === 3 &&
        s.modelVersions.some(
          (v) =>
            v.modelType === parts[0] && v.modelId === parts[1] && v.modelVersionNumber === parts[2],
        )
      );
    case 'detector':
      return parts.length === 1 && s.detectors.some((d) => d.detectorId === parts[0]);
    case 'detector-version':
      return (
        parts.length === 2 &&
        s.detectorVersions.some(
          (d) => d.detectorId === parts[0] && d.detectorVersionId === parts[1],
        )
      );
    case 'rule':
      return (
        parts.length === 3 &&
        s.rules.some(
          (r) => r.detectorId === parts[0] && r.ruleId === parts[1] && r.ruleVersion === parts[2],
        )
      );
    case 'outcome':
      return parts.length === 1 && s.outcomes.some((o) => o.name === parts[0]);
    case 'variable':
      return parts.length === 1 && s.variables.some((v) => v.name === parts[0]);
    case 'event-type':
      return parts.length === 1 && s.eventTypes.some((e) => e.name === parts[0]);
    case 'entity-type':
      return parts.length === 1 && s.entityTypes.some((e) => e.name === parts[0]);
    case 'label':
      return parts.length === 1 && s.labels.some((l) => l.name === parts[0]);
    case 'list':
      return parts.length === 1 && s.lists.some((l) => l.name === parts[0]);
    default:
      return false;
  }
}

/** Resolves an ARN to its tag key; other accounts' and unknown resources are not found. */
function resolve(ctx: ServiceContext, arn: string): string {
  const parsed = parseArn(arn);
  if (
    !parsed ||
    parsed.accountId !== ctx.state.accountId ||
    // A resource lives in one region; another region's endpoint does not know it.
    parsed.region !== ctx.state.region ||
    !resourceExists(ctx, parsed.resource)
  ) {
    throw notFound(`Resource ${arn} does not exist.`);
  }
  return parsed.resource;
}

export const tagHandlers: Record<string, Handler> = {
  TagResource: typed<TagResourceRequest>((ctx, input) => {
    setTags(ctx, resolve(ctx, input.resourceARN ?? ''), (input.tags ?? []) as Tag[]);
    return {};
  }),

  UntagResource: typed<UntagResourceRequest>((ctx, input) => {
    const path = resolve(ctx, input.resourceARN ?? '');
    const remove = new Set(input.tagKeys);
    const kept = (ctx.state.tags[path] ?? []).filter((t) => !remove.has(t.key));
    if (kept.length > 0) ctx.state.tags[path] = kept;
    else delete ctx.state.tags[path];
    return {};
  }),

  ListTagsForResource: typed<ListTagsForResourceRequest>((ctx, input) => {
    const path = resolve(ctx, input.resourceARN ?? '');
    const { page, nextToken } = paginate(
      'ListTagsForResource',
      ctx.state.tags[path] ?? [],
      input.maxResults,
      50,
      input.nextToken,
    );
    return { tags: page, nextToken };
  }),
};
