// Once the job is cancelled (SIGINT/SIGTERM), no new AFD write may start: a
// create or a promotion begun after the runner asked us to stop would change
// AFD behind a run that reports itself cancelled. Reads still go on, so the
// summary can say where things stand.
import type { AfdPort } from '../afd/port.js';

/** Methods of the port that change something in AFD. */
const WRITE_METHOD = /^(create|update|delete|retrain|tag|untag)/;

export function refuseWritesAfter<T extends AfdPort>(port: T, signal: AbortSignal): T {
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof prop !== 'string' || !WRITE_METHOD.test(prop)) return method.bind(target);
      return (...args: unknown[]): unknown => {
        signal.throwIfAborted();
        return method.apply(target, args);
      };
    },
  });
}
