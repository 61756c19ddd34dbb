// The account's shared resources that rules and models name: event types,
// labels, outcomes, variables and lists; and resource tags.
import {
  GetEventTypesCommand,
  GetLabelsCommand,
  GetListElementsCommand,
  GetListsMetadataCommand,
  GetOutcomesCommand,
  GetVariablesCommand,
  ListTagsForResourceCommand,
  PutOutcomeCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-frauddetector';
import type {
  EventTypeDetail,
  ListElements,
  ListMetadata,
  OutcomeDetail,
  VariableDetail,
} from '../../domain/afd.js';
import { AfdError } from '../../domain/errors.js';
import type { Tag } from '../../domain/request.js';
import { AFD_TEXT_CAPS, capText } from '../../domain/text.js';
import { descriptionText, idText } from '../sdk-mapping.js';
import type { AfdTransport } from '../transport.js';

const GET_LABELS_PAGE = 50;
const GET_OUTCOMES_PAGE = 100;
const GET_VARIABLES_PAGE = 100;
const GET_LISTS_PAGE = 50;
const GET_LIST_ELEMENTS_PAGE = 5000;
const LIST_TAGS_PAGE = 50;
/**
 * Elements read of one list at most. AFD's lists hold up to 100,000
 * elements; a longer answer comes from an endpoint that is not AFD, and the
 * evaluator must not hold an unbounded set.
 */
export const MAX_LIST_ELEMENTS = 100_000;

export async function getEventType(
  t: AfdTransport,
  name: string,
): Promise<EventTypeDetail | undefined> {
  const out = await t
    .call({ operation: 'GetEventTypes', resource: `event type ${name}` }, () =>
      t.client.send(new GetEventTypesCommand({ name })),
    )
    .catch((err: unknown) => {
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException')
        return { eventTypes: [] };
      throw err;
    });
  const found = out.eventTypes?.find((e) => e.name === name);
  return found
    ? {
        name,
        eventVariables: found.eventVariables ?? [],
        labels: found.labels ?? [],
        entityTypes: (found.entityTypes ?? []).map(idText),
      }
    : undefined;
}

export async function listLabelNames(t: AfdTransport): Promise<string[]> {
  const labels = await t.allPages(
    { operation: 'GetLabels', resource: 'labels' },
    (nextToken) => t.client.send(new GetLabelsCommand({ maxResults: GET_LABELS_PAGE, nextToken })),
    (out) => out.labels,
  );
  return labels.flatMap((l) => (l.name ? [l.name] : []));
}

export async function listTags(t: AfdTransport, arn: string): Promise<Tag[]> {
  const tags = await t.allPages(
    { operation: 'ListTagsForResource', resource: arn },
    (nextToken) =>
      t.client.send(
        new ListTagsForResourceCommand({
          resourceARN: arn,
          maxResults: LIST_TAGS_PAGE,
          nextToken,
        }),
      ),
    (out) => out.tags,
  );
  return tags.map((t) => ({ key: idText(t.key), value: idText(t.value) }));
}

export async function tagResource(t: AfdTransport, arn: string, tags: Tag[]): Promise<void> {
  await t.call({ operation: 'TagResource', resource: arn }, () =>
    t.client.send(new TagResourceCommand({ resourceARN: arn, tags })),
  );
}

export async function untagResource(
  t: AfdTransport,
  arn: string,
  tagKeys: string[],
): Promise<void> {
  await t.call({ operation: 'UntagResource', resource: arn }, () =>
    t.client.send(new UntagResourceCommand({ resourceARN: arn, tagKeys })),
  );
}

export async function putOutcome(
  t: AfdTransport,
  outcome: OutcomeDetail,
  tags: Tag[],
): Promise<void> {
  // PutOutcome creates or updates: repeating it is harmless, so the read client may retry it.
  await t.call({ operation: 'PutOutcome', resource: `outcome ${outcome.name}` }, () =>
    t.client.send(
      new PutOutcomeCommand({
        name: outcome.name,
        ...(outcome.description ? { description: outcome.description } : {}),
        ...(tags.length ? { tags } : {}),
      }),
    ),
  );
}

export async function listOutcomes(t: AfdTransport): Promise<OutcomeDetail[]> {
  const outcomes = await t.allPages(
    { operation: 'GetOutcomes', resource: 'outcomes' },
    (nextToken) =>
      t.client.send(new GetOutcomesCommand({ maxResults: GET_OUTCOMES_PAGE, nextToken })),
    (out) => out.outcomes,
  );
  return outcomes.flatMap((o) =>
    o.name ? [{ name: o.name, ...(o.description ? { description: o.description } : {}) }] : [],
  );
}

/** GetVariables, all pages: every variable of the account with its type and default. */
export async function listVariables(t: AfdTransport): Promise<VariableDetail[]> {
  const variables = await t.allPages(
    { operation: 'GetVariables', resource: 'variables' },
    (nextToken) =>
      t.client.send(new GetVariablesCommand({ maxResults: GET_VARIABLES_PAGE, nextToken })),
    (out) => out.variables,
  );
  return variables.flatMap((v) =>
    v.name
      ? [
          {
            name: idText(v.name),
            dataType: idText(v.dataType),
            ...(v.dataSource ? { dataSource: idText(v.dataSource) } : {}),
            ...(v.defaultValue !== undefined
              ? { defaultValue: capText(v.defaultValue, AFD_TEXT_CAPS.description) }
              : {}),
            ...(v.variableType ? { variableType: idText(v.variableType) } : {}),
            ...(v.description ? { description: descriptionText(v.description) } : {}),
          },
        ]
      : [],
  );
}

/** GetListsMetadata, all pages: every list of the account (names and element type). */
export async function listListsMetadata(t: AfdTransport): Promise<ListMetadata[]> {
  const lists = await t.allPages(
    { operation: 'GetListsMetadata', resource: 'lists' },
    (nextToken) =>
      t.client.send(new GetListsMetadataCommand({ maxResults: GET_LISTS_PAGE, nextToken })),
    (out) => out.lists,
  );
  return lists.flatMap((l) =>
    l.name
      ? [
          {
            name: idText(l.name),
            ...(l.variableType ? { variableType: idText(l.variableType) } : {}),
          },
        ]
      : [],
  );
}

/**
 * GetListElements, page by page up to MAX_LIST_ELEMENTS; undefined when the
 * list does not exist. `truncated` says the endpoint had more (or kept
 * sending empty pages): the caller must not treat the list as complete.
 */
export async function getListElements(
  t: AfdTransport,
  name: string,
): Promise<ListElements | undefined> {
  const elements: string[] = [];
  const maxPages = Math.ceil(MAX_LIST_ELEMENTS / GET_LIST_ELEMENTS_PAGE) + 10;
  let nextToken: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const out = await t
      .call({ operation: 'GetListElements', resource: `list ${name}` }, () =>
        t.client.send(
          new GetListElementsCommand({ name, maxResults: GET_LIST_ELEMENTS_PAGE, nextToken }),
        ),
      )
      .catch((err: unknown) => {
        if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException')
          return undefined;
        throw err;
      });
    if (!out) return undefined;
    for (const e of out.elements ?? []) {
      if (elements.length >= MAX_LIST_ELEMENTS) return { name, elements, truncated: true };
      elements.push(capText(e, AFD_TEXT_CAPS.id));
    }
    nextToken = out.nextToken || undefined;
    if (!nextToken) return { name, elements, truncated: false };
    if (elements.length >= MAX_LIST_ELEMENTS) return { name, elements, truncated: true };
  }
  return { name, elements, truncated: true };
}
