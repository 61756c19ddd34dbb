// Routes one parsed AFD call: validation against the operation's shape, then
// the handler on freshly settled state. Protocol concerns (HTTP, JSON, faults)
// stay in server.ts.

import type { ServiceContext } from './context.js';
import { AfdError } from './errors.js';
import type { Handler } from './handler.js';
import { accountHandlers } from './ops-account.js';
import { detectorHandlers } from './ops-detectors.js';
import { modelStatusHandlers } from './ops-model-status.js';
import { modelHandlers } from './ops-models.js';
import { predictionHandlers } from './ops-predictions.js';
import { ruleHandlers } from './ops-rules.js';
import { tagHandlers } from './ops-tags.js';
import { INPUT_SHAPES } from './shapes.js';
import { validateInput } from './validation.js';

const HANDLERS: Record<string, Handler> = {
  ...modelHandlers,
  ...modelStatusHandlers,
  ...detectorHandlers,
  ...ruleHandlers,
  ...tagHandlers,
  ...accountHandlers,
  ...predictionHandlers,
};

export const IMPLEMENTED_OPERATIONS: readonly string[] = Object.keys(HANDLERS).sort();

export function isImplemented(operation: string): boolean {
  return Object.hasOwn(HANDLERS, operation) && Object.hasOwn(INPUT_SHAPES, operation);
}

export function dispatch(
  ctx: ServiceContext,
  operation: string,
  input: Record<string, unknown>,
): object {
  const handler = HANDLERS[operation];
  const shape = INPUT_SHAPES[operation];
  if (!handler || !shape)
    throw new AfdError('UnknownOperationException', `Unknown operation ${operation}`);
  // Validation happens before any state access, as in AFD.
  const invalid = validateInput(shape, input);
  if (invalid) throw invalid;
  ctx.settle();
  return handler(ctx, input);
}
