// What AFD checks in a rule's expression when CreateRule or UpdateRuleVersion
// saves it: the expression parses as DetectorPL and is a condition; every
// $variable is one the detector's event type carries (or the score variable
// of a model trained on that event type); every @list exists; at most 3 lists
// per rule (user guide "Lists"). CreateRule declares neither ResourceNotFound
// nor Conflict, so every problem is a ValidationException naming the item.

import { allVariables, missing, variablesOfEventType } from './account-resources.js';
import type { ServiceContext } from './context.js';
import { DetectorPlError } from './detectorpl/lexer.js';
import { parseRuleExpression } from './detectorpl/parser.js';
import { validation } from './errors.js';

/** User guide ("Lists"): a rule can use at most 3 lists. */
export const MAX_LISTS_PER_RULE = 3;

export function checkRuleExpression(
  ctx: ServiceContext,
  detectorId: string,
  expression: string,
): void {
  let parsed;
  try {
    parsed = parseRuleExpression(expression);
  } catch (err) {
    if (!(err instanceof DetectorPlError)) throw err;
    throw validation(`Invalid rule expression: ${err.reason} at column ${err.column}.`);
  }
  const state = ctx.state;
  const eventTypeName = state.detectors.find((d) => d.detectorId === detectorId)?.eventTypeName;
  const used = parsed.variables.map((v) => v.name);

  const known = new Set(allVariables(state).map((v) => v.name));
  const unknown = missing(used, (n) => known.has(n));
  if (unknown.length)
    throw validation(`Variables [${unknown.join(', ')}] in the rule expression do not exist.`);
  const usable = variablesOfEventType(state, eventTypeName ?? '');
  const elsewhere = missing(used, (n) => usable.has(n));
  if (elsewhere.length)
    throw validation(
      `Variables [${elsewhere.join(', ')}] are not variables of event type ${eventTypeName ?? '(none)'}, the event type of detector ${detectorId}.`,
    );

  const lists = [...new Set(parsed.lists.map((l) => l.name))];
  if (lists.length > MAX_LISTS_PER_RULE)
    throw validation(
      `A rule can use at most ${MAX_LISTS_PER_RULE} lists; this expression uses ${lists.length}: [${lists.join(', ')}].`,
    );
  const noList = missing(lists, (n) => state.lists.some((l) => l.name === n));
  if (noList.length) throw validation(`Lists [${noList.join(', ')}] do not exist.`);

  for (const f of parsed.unknownFunctions)
    ctx.notes.push(
      `DetectorPL function ${f.name} (column ${f.column}) is not in AFD's rule language reference; accepted unchecked.`,
    );
}
