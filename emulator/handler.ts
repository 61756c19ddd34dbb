// The handler signature shared by the operation modules.

import type { ServiceContext } from './context.js';

export type Handler = (ctx: ServiceContext, input: Record<string, unknown>) => object;

/**
 * Wraps a typed handler. The cast is safe because the dispatcher validates the
 * input against the operation's shape (shapes.ts) before calling the handler,
 * and the shapes mirror the SDK request types used here.
 */
export function typed<T>(fn: (ctx: ServiceContext, input: T) => object): Handler {
  return (ctx, input) => fn(ctx, input as T);
}
