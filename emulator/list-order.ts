// The order of list results. Real AFD documents none, and the recorded GetRules
// and GetLabels answers were in neither name nor creation order, so by default
// the emulator returns a scrambled order: a client that relies on list order
// by accident fails here rather than in production. The order is still
// deterministic (a hash of the random seed and each item's identity), so a
// listing pages consistently, a new item does not reshuffle the others, and a
// failing run reproduces with the same randomSeed. 'sorted' keeps the old
// sorted order for people who want readable output.

import type { ServiceContext } from './context.js';
import { scrambleKey } from './random.js';

export type ListOrder = 'scrambled' | 'sorted';

export const LIST_ORDERS: readonly ListOrder[] = ['scrambled', 'sorted'];

/**
 * Returns the items of one listing in the emulator's list order.
 * `identity` must be unique within the listing (the ARN resource part is);
 * `sorted` is the order used when listOrder is 'sorted'.
 */
export function inListOrder<T>(
  ctx: ServiceContext,
  items: readonly T[],
  identity: (item: T) => string,
  sorted: (a: T, b: T) => number,
): T[] {
  if (ctx.options.listOrder === 'sorted') return [...items].sort(sorted);
  return (
    items
      .map((item) => {
        const id = identity(item);
        return { item, id, key: scrambleKey(ctx.options.randomSeed, id) };
      })
      // Ties on the 32-bit key are broken by identity so the order stays total.
      .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((x) => x.item)
  );
}
