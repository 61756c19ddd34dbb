// Once the job is cancelled (SIGINT/SIGTERM), no new AFD write may start: a
// create or a promotion begun after the runner asked us to stop would change
// AFD behind a run that reports itself cancelled. Reads still go on, so the
// summary can say where things stand.
import type { AfdPort } from '../afd/port.js';

/** The port's methods that change something in AFD. */
export const WRITE_METHODS = [
  'retrainModelVersion',
  'createModelVersion',
  'updateModelVersionStatus',
  'createDetectorVersion',
  'updateDetectorVersion',
  'updateDetectorVersionStatus',
  'deleteDetectorVersion',
  'tagResource',
  'untagResource',
  'createRule',
  'updateRuleVersion',
  'updateRuleMetadata',
  'putOutcome',
  // Not a resource change, but AFD stores the scored event when the event type's
  // ingestion is on, and nothing after a cancel needs a prediction.
  'getEventPrediction',
] as const satisfies readonly (keyof AfdPort)[];

/** The port's methods that only read (a misspelt name drops out, and Unlisted catches it). */
type ReadMethod = Extract<
  keyof AfdPort,
  | 'getModelVersion'
  | 'getModelEventType'
  | 'getEventType'
  | 'listLabelNames'
  | 'describeModelVersions'
  | 'listDeployedModelVersions'
  | 'listTags'
  | 'listDetectorVersions'
  | 'getDetectorVersion'
  | 'listDetectorIds'
  | 'getDetectorEventType'
  | 'listModels'
  | 'getRuleVersion'
  | 'listRules'
  | 'listRuleVersions'
  | 'listOutcomes'
  | 'listVariables'
  | 'listListsMetadata'
  | 'getListElements'
>;

// Every method of the port is in one of the lists, or this does not compile:
// a new write cannot slip past cancellation unnoticed.
type Unlisted = Exclude<keyof AfdPort, (typeof WRITE_METHODS)[number] | ReadMethod>;
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

const WRITES: ReadonlySet<string> = new Set(WRITE_METHODS);

export function refuseWritesAfter<T extends AfdPort>(port: T, signal: AbortSignal): T {
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof prop !== 'string' || !WRITES.has(prop)) return method.bind(target);
      return (...args: unknown[]): unknown => {
        signal.throwIfAborted();
        return method.apply(target, args);
      };
    },
  });
}
