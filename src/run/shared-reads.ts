// The account's catalog (variables, lists, outcomes, event types, labels,
// detector ids) is the same for every detector and every check of one run:
// rule lint, rule tests, the backtest and each detector of a `detectors:`
// list all ask for it. Read each once per run; any write may change it
// (PutOutcome adds an outcome), so a write forgets everything read so far.
import type { AfdPort } from '../afd/port.js';
import { WRITE_METHODS } from './cancellable-writes.js';

/** Reads whose answer depends only on their arguments and the account's catalog. */
const SHARED_READS = [
  'listVariables',
  'listListsMetadata',
  'getListElements',
  'listOutcomes',
  'getEventType',
  'listLabelNames',
  'listDetectorIds',
  'getDetectorEventType',
  'listModels',
] as const satisfies readonly (keyof AfdPort)[];

const WRITES: ReadonlySet<string> = new Set(WRITE_METHODS);

const SHARED: ReadonlySet<string> = new Set(SHARED_READS);

/**
 * `port` with its catalog reads answered once per distinct arguments. A
 * failed read is not remembered (the next caller tries again).
 */
export function shareCatalogReads<T extends AfdPort>(port: T): T {
  const answers = new Map<string, Promise<unknown>>();
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (WRITES.has(prop)) {
        return (...args: unknown[]): Promise<unknown> => {
          answers.clear();
          return method.apply(target, args);
        };
      }
      if (!SHARED.has(prop)) return method.bind(target);
      return (...args: unknown[]): Promise<unknown> => {
        const key = JSON.stringify([prop, ...args]);
        const known = answers.get(key);
        if (known) return known;
        const answer = method.apply(target, args);
        answers.set(key, answer);
        answer.catch(() => answers.delete(key));
        return answer;
      };
    },
  });
}
