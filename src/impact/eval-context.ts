// The evaluator's view of the account: variables with their data types and
// defaults (GetVariables) and the elements of the lists the rules use
// (GetListElements, bounded). A list AFD had more elements of than were read
// is partial: a value not found in it is uncertain, never a guess.
import type { DataType, EvalContext } from '../detectorpl/index.js';
import { isDataType, parseExpression, referencedNames } from '../detectorpl/index.js';
import { mapLimit } from '../domain/concurrency.js';
import type { ImpactDeps } from './impact-deps.js';

/** Parallel GetListElements calls: quick, far from throttling. */
const LIST_READS = 4;

export interface ImpactContext {
  context: EvalContext;
  /** Lists read only in part; evaluations that need them may be uncertain. */
  partialLists: string[];
}

/** The lists the expressions name (`in @list`), each once. */
export function listsOf(expressions: readonly string[]): string[] {
  const names = new Set<string>();
  for (const expression of expressions) {
    const { ast } = parseExpression(expression);
    if (ast) for (const name of referencedNames(ast).lists) names.add(name);
  }
  return [...names].sort();
}

export async function readEvalContext(
  afd: ImpactDeps['afd'],
  expressions: readonly string[],
): Promise<ImpactContext> {
  const variables = new Map<string, { dataType: DataType; defaultValue?: string }>();
  for (const v of await afd.listVariables()) {
    // A data type this evaluator does not know leaves the variable unknown: its rules are unevaluable.
    if (!isDataType(v.dataType)) continue;
    variables.set(v.name, {
      dataType: v.dataType,
      ...(v.defaultValue !== undefined ? { defaultValue: v.defaultValue } : {}),
    });
  }
  const read = await mapLimit(listsOf(expressions), LIST_READS, (name) =>
    afd.getListElements(name),
  );
  const lists = new Map<string, ReadonlySet<string>>();
  const partialLists: string[] = [];
  for (const list of read) {
    if (!list) continue;
    lists.set(list.name, new Set(list.elements));
    if (list.truncated) partialLists.push(list.name);
  }
  return {
    context: { variables, lists, partialLists: new Set(partialLists) },
    partialLists,
  };
}
