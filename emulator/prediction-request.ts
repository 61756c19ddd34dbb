// What GetEventPrediction checks in a request beyond its shape (shapes.ts),
// before it scores anything: the timestamp is ISO 8601 in UTC (API reference),
// there is an entity of the event type, and every event variable is a variable
// of the event type whose text fits the variable's data type. The messages are
// the emulator's own: none of these failures was recorded.

import { EvaluationError, fromEventText, type Value } from './detectorpl/values.js';
import { validation } from './errors.js';
import type { EmulatorState, EventTypeRecord, VariableRecord } from './state.js';

// The user guide's event timestamp is `yyyy-mm-ddThh:mm:ssZ`; the SDKs' ISO
// strings carry fractional seconds (`toISOString()`), which AFD accepts in the
// samples that send them. Offsets other than Z are not UTC.
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export function checkEventTimestamp(timestamp: string): void {
  if (!UTC_TIMESTAMP.test(timestamp) || Number.isNaN(Date.parse(timestamp)))
    throw validation(
      `Invalid eventTimestamp '${timestamp}': it must be ISO 8601 in UTC, for example 2019-11-30T13:01:01Z.`,
    );
}

export interface EntityInput {
  entityType?: string;
  entityId?: string;
}

export function checkEntities(entities: readonly EntityInput[], eventType: EventTypeRecord): void {
  if (entities.length === 0)
    throw validation(
      `At least one entity is required: an entity type of event type ${eventType.name} (${eventType.entityTypes.join(', ')}) and its id, or "unknown".`,
    );
  for (const entity of entities) {
    if (!eventType.entityTypes.includes(entity.entityType ?? ''))
      throw validation(
        `Entity type ${entity.entityType ?? ''} is not an entity type of event type ${eventType.name} (${eventType.entityTypes.join(', ')}).`,
      );
  }
}

/**
 * The event's values by variable name, each read as its variable's data type;
 * a variable the event does not carry takes its default value (API reference,
 * GetEventPrediction eventVariables).
 */
export function eventValues(
  state: EmulatorState,
  eventType: EventTypeRecord,
  eventVariables: Readonly<Record<string, string>>,
): Map<string, Value | EvaluationError> {
  const ofType = new Set(eventType.eventVariables);
  const foreign = Object.keys(eventVariables).filter((name) => !ofType.has(name));
  if (foreign.length)
    throw validation(
      `Variables [${foreign.join(', ')}] are not variables of event type ${eventType.name}.`,
    );
  const values = new Map<string, Value | EvaluationError>();
  for (const name of eventType.eventVariables) {
    const variable = state.variables.find((v) => v.name === name);
    if (!variable) continue;
    const given = eventVariables[name];
    values.set(name, typedValue(variable, given ?? variable.defaultValue, given !== undefined));
  }
  return values;
}

/** A default value that does not fit (a seeded account can hold one) fails only the rules that read it. */
function typedValue(
  variable: VariableRecord,
  text: string,
  given: boolean,
): Value | EvaluationError {
  const value = fromEventText(text, variable.dataType);
  if (value !== undefined) return value;
  if (!given)
    return new EvaluationError(
      `the default value '${text}' of $${variable.name} is not a ${variable.dataType}`,
    );
  throw validation(
    `Value '${text}' of variable ${variable.name} is not a valid ${variable.dataType}.`,
  );
}
