// Account-wide resources: variables, event types, labels, entity types, lists
// and outcome listing. Rules and model versions are checked against these
// (rule-checks.ts, training-schema.ts), as AFD checks them.

import type {
  CreateListRequest,
  CreateVariableRequest,
  GetEntityTypesRequest,
  GetEventTypesRequest,
  GetLabelsRequest,
  GetListElementsRequest,
  GetListsMetadataRequest,
  GetOutcomesRequest,
  GetVariablesRequest,
  PutEntityTypeRequest,
  PutEventTypeRequest,
  PutLabelRequest,
} from '@aws-sdk/client-frauddetector';
import { allVariables, missing } from './account-resources.js';
import { resourcePath } from './arn.js';
import type { ServiceContext } from './context.js';
import { notFound, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { inListOrder } from './list-order.js';
import { paginate } from './pagination.js';
import type { NamedRecord, Tag } from './state.js';
import { setTags } from './tag-store.js';

/** Quotas (user guide "Quotas"): variables 5,000; labels, event and entity types 100 each. */
export const MAX_VARIABLES = 5000;
export const MAX_EVENT_TYPES = 100;
export const MAX_LABELS = 100;
export const MAX_ENTITY_TYPES = 100;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** One listing: filter by an optional name (unknown name = ResourceNotFound), order, page. */
function listing<T extends { name: string }>(
  ctx: ServiceContext,
  op: string,
  what: string,
  items: readonly T[],
  input: {
    name?: string | undefined;
    maxResults?: number | undefined;
    nextToken?: string | undefined;
  },
  path: (name: string) => string,
  defaultPageSize: number,
): { page: T[]; nextToken?: string } {
  const chosen = input.name === undefined ? items : items.filter((i) => i.name === input.name);
  if (input.name !== undefined && chosen.length === 0)
    throw notFound(`${what} ${input.name} does not exist.`);
  const ordered = inListOrder(ctx, chosen, (i) => path(i.name), byName);
  return paginate(op, ordered, input.maxResults, defaultPageSize, input.nextToken);
}

function putNamed(
  ctx: ServiceContext,
  records: NamedRecord[],
  input: { name?: string | undefined; description?: string | undefined; tags?: Tag[] | undefined },
  limit: { max: number; what: string; path: (name: string) => string },
): object {
  const name = input.name ?? '';
  const now = ctx.nowIso();
  const existing = records.find((r) => r.name === name);
  if (existing) {
    if (input.description !== undefined) existing.description = input.description;
    existing.lastUpdatedTime = now;
    return {};
  }
  if (records.length >= limit.max)
    throw validation(
      `You have reached the maximum number of ${limit.what} (${limit.max}) for this account.`,
    );
  records.push({
    name,
    ...(input.description !== undefined ? { description: input.description } : {}),
    createdTime: now,
    lastUpdatedTime: now,
  });
  if (input.tags?.length) setTags(ctx, limit.path(name), input.tags);
  return {};
}

const namedOutput = (ctx: ServiceContext, path: string, r: NamedRecord) => ({
  name: r.name,
  description: r.description,
  lastUpdatedTime: r.lastUpdatedTime,
  createdTime: r.createdTime,
  arn: ctx.arn(path),
});

export const accountHandlers: Record<string, Handler> = {
  GetVariables: typed<GetVariablesRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetVariables',
      'Variable',
      allVariables(ctx.state),
      input,
      resourcePath.variable,
      100,
    );
    return {
      variables: page.map((v) => ({
        name: v.name,
        dataType: v.dataType,
        dataSource: v.dataSource,
        defaultValue: v.defaultValue,
        description: v.description,
        variableType: v.variableType,
        lastUpdatedTime: v.lastUpdatedTime,
        createdTime: v.createdTime,
        arn: ctx.arn(resourcePath.variable(v.name)),
      })),
      nextToken,
    };
  }),

  CreateVariable: typed<CreateVariableRequest>((ctx, input) => {
    const name = input.name ?? '';
    if (allVariables(ctx.state).some((v) => v.name === name))
      throw validation(`Variable ${name} already exists.`);
    if (ctx.state.variables.length >= MAX_VARIABLES)
      throw validation(
        `You have reached the maximum number of variables (${MAX_VARIABLES}) for this account.`,
      );
    const now = ctx.nowIso();
    ctx.state.variables.push({
      name,
      dataType: input.dataType ?? 'STRING',
      dataSource: input.dataSource ?? 'EVENT',
      defaultValue: input.defaultValue ?? '',
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.variableType !== undefined ? { variableType: input.variableType } : {}),
      createdTime: now,
      lastUpdatedTime: now,
    });
    if (input.tags?.length) setTags(ctx, resourcePath.variable(name), input.tags as Tag[]);
    return {};
  }),

  GetEventTypes: typed<GetEventTypesRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetEventTypes',
      'Event type',
      ctx.state.eventTypes,
      input,
      resourcePath.eventType,
      10,
    );
    return {
      eventTypes: page.map((e) => ({
        name: e.name,
        description: e.description,
        eventVariables: e.eventVariables,
        labels: e.labels,
        entityTypes: e.entityTypes,
        eventIngestion: e.eventIngestion,
        lastUpdatedTime: e.lastUpdatedTime,
        createdTime: e.createdTime,
        arn: ctx.arn(resourcePath.eventType(e.name)),
      })),
      nextToken,
    };
  }),

  PutEventType: typed<PutEventTypeRequest>((ctx, input) => {
    const s = ctx.state;
    const name = input.name ?? '';
    const eventVariables = [...(input.eventVariables ?? [])];
    const labels = [...(input.labels ?? [])];
    const entityTypes = [...(input.entityTypes ?? [])];
    const noVariable = missing(eventVariables, (n) =>
      s.variables.some((v) => v.name === n && v.dataSource === 'EVENT'),
    );
    if (noVariable.length) throw notFound(`VariableIds: [${noVariable.join(', ')}] do not exist.`);
    const noLabel = missing(labels, (n) => s.labels.some((l) => l.name === n));
    if (noLabel.length) throw notFound(`Labels: [${noLabel.join(', ')}] do not exist.`);
    const noEntity = missing(entityTypes, (n) => s.entityTypes.some((t) => t.name === n));
    if (noEntity.length) throw notFound(`EntityTypes: [${noEntity.join(', ')}] do not exist.`);
    const now = ctx.nowIso();
    const existing = s.eventTypes.find((e) => e.name === name);
    if (existing) {
      // User guide ("Event types"): variables and labels cannot be removed once added.
      const removed = [
        ...missing(existing.eventVariables, (n) => eventVariables.includes(n)),
        ...missing(existing.labels, (n) => labels.includes(n)),
      ];
      if (removed.length)
        throw validation(
          `Variables and labels cannot be removed from event type ${name}: [${removed.join(', ')}].`,
        );
      Object.assign(existing, {
        eventVariables,
        labels,
        entityTypes,
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.eventIngestion !== undefined ? { eventIngestion: input.eventIngestion } : {}),
        lastUpdatedTime: now,
      });
      return {};
    }
    if (s.eventTypes.length >= MAX_EVENT_TYPES)
      throw validation(
        `You have reached the maximum number of event types (${MAX_EVENT_TYPES}) for this account.`,
      );
    s.eventTypes.push({
      name,
      ...(input.description !== undefined ? { description: input.description } : {}),
      eventVariables,
      labels,
      entityTypes,
      eventIngestion: input.eventIngestion ?? 'DISABLED',
      createdTime: now,
      lastUpdatedTime: now,
    });
    if (input.tags?.length) setTags(ctx, resourcePath.eventType(name), input.tags as Tag[]);
    return {};
  }),

  GetLabels: typed<GetLabelsRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetLabels',
      'Label',
      ctx.state.labels,
      input,
      resourcePath.label,
      50,
    );
    return { labels: page.map((l) => namedOutput(ctx, resourcePath.label(l.name), l)), nextToken };
  }),

  PutLabel: typed<PutLabelRequest>((ctx, input) =>
    putNamed(
      ctx,
      ctx.state.labels,
      { ...input, tags: input.tags as Tag[] | undefined },
      {
        max: MAX_LABELS,
        what: 'labels',
        path: resourcePath.label,
      },
    ),
  ),

  GetEntityTypes: typed<GetEntityTypesRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetEntityTypes',
      'Entity type',
      ctx.state.entityTypes,
      input,
      resourcePath.entityType,
      10,
    );
    return {
      entityTypes: page.map((t) => namedOutput(ctx, resourcePath.entityType(t.name), t)),
      nextToken,
    };
  }),

  PutEntityType: typed<PutEntityTypeRequest>((ctx, input) =>
    putNamed(
      ctx,
      ctx.state.entityTypes,
      { ...input, tags: input.tags as Tag[] | undefined },
      {
        max: MAX_ENTITY_TYPES,
        what: 'entity types',
        path: resourcePath.entityType,
      },
    ),
  ),

  GetListsMetadata: typed<GetListsMetadataRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetListsMetadata',
      'List',
      ctx.state.lists,
      input,
      resourcePath.list,
      50,
    );
    return {
      lists: page.map((l) => ({
        name: l.name,
        description: l.description,
        variableType: l.variableType,
        createdTime: l.createdTime,
        updatedTime: l.updatedTime,
        arn: ctx.arn(resourcePath.list(l.name)),
      })),
      nextToken,
    };
  }),

  GetListElements: typed<GetListElementsRequest>((ctx, input) => {
    const list = ctx.state.lists.find((l) => l.name === input.name);
    if (!list) throw notFound(`List ${input.name} does not exist.`);
    // Elements keep their stored order: they are values, not resources.
    const { page, nextToken } = paginate(
      'GetListElements',
      list.elements,
      input.maxResults,
      5000,
      input.nextToken,
    );
    return { elements: page, nextToken };
  }),

  CreateList: typed<CreateListRequest>((ctx, input) => {
    const name = input.name ?? '';
    if (ctx.state.lists.some((l) => l.name === name))
      throw validation(`List ${name} already exists.`);
    const now = ctx.nowIso();
    ctx.state.lists.push({
      name,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.variableType !== undefined ? { variableType: input.variableType } : {}),
      elements: [...new Set(input.elements ?? [])],
      createdTime: now,
      updatedTime: now,
    });
    if (input.tags?.length) setTags(ctx, resourcePath.list(name), input.tags as Tag[]);
    return {};
  }),

  GetOutcomes: typed<GetOutcomesRequest>((ctx, input) => {
    const { page, nextToken } = listing(
      ctx,
      'GetOutcomes',
      'Outcome',
      ctx.state.outcomes,
      input,
      resourcePath.outcome,
      100,
    );
    return {
      outcomes: page.map((o) => namedOutput(ctx, resourcePath.outcome(o.name), o)),
      nextToken,
    };
  }),
};
