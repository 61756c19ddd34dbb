// Remote verification of the rule tests (`verify-remote: true`, draft mode):
// each test's event is sent to AFD's GetEventPrediction for the DRAFT, and
// AFD's answer is compared with the local evaluator's. A disagreement means the
// local evaluator (or the emulator) does not do what AFD does: it is reported,
// never hidden. The comparison is pure; the flow talks to AFD only through the
// small port below, so it is tested without the SDK.
import type { EventPrediction, EventPredictionRequest } from '../domain/afd.js';
import { NO_OUTCOME, type RuleTest, type RuleTestResult } from './rule-tests.js';

/** Prefix of the event ids this action sends, so they are recognisable in AFD's prediction history. */
export const TEST_EVENT_ID_PREFIX = 'fdp-test-';
/** A fixed event time: rules do not read it, and a fixed value keeps runs comparable. */
export const TEST_EVENT_TIMESTAMP = '2024-01-01T00:00:00Z';
/** AFD's advice when no entity id is known ("If an entity id is not available, use UNKNOWN"). */
export const UNKNOWN_ENTITY_ID = 'unknown';

export type PredictionRequest = EventPredictionRequest;
export type RemotePrediction = EventPrediction;

/** What the flow needs from AFD: GetEventPrediction for one version. */
export interface PredictionPort {
  getEventPrediction(request: PredictionRequest): Promise<RemotePrediction>;
}

export interface Answer {
  outcomes: string[];
  rules: string[];
}

export interface RemoteDisagreement {
  test: string;
  eventId: string;
  local: Answer;
  remote: Answer;
  /** Which part differs: outcomes (as a set) and/or the matched rules (as an ordered list). */
  differs: ('outcomes' | 'rules')[];
}

export interface RemoteVerification {
  /** Tests whose answers were compared. */
  compared: number;
  disagreements: RemoteDisagreement[];
  /** Tests not compared, with the reason (cannot be sent, or uncertain locally). */
  skipped: { test: string; reason: string }[];
  /** Set when AFD refused a call: the verification stopped there. */
  stopped?: { test: string; message: string };
}

/** AFD's answer in the shape the rule tests compare: outcomes (`(none)` for no match) and rules. */
export function remoteAnswer(prediction: RemotePrediction): Answer {
  const outcomes = [...new Set(prediction.ruleResults.flatMap((r) => r.outcomes))];
  return {
    outcomes: outcomes.length ? outcomes : [NO_OUTCOME],
    rules: prediction.ruleResults.map((r) => r.ruleId),
  };
}

/** Where two answers differ: outcomes compared as sets, rules as ordered lists. */
export function compareAnswers(local: Answer, remote: Answer): RemoteDisagreement['differs'] {
  const differs: RemoteDisagreement['differs'] = [];
  const l = new Set(local.outcomes);
  const r = new Set(remote.outcomes);
  if (l.size !== r.size || [...l].some((o) => !r.has(o))) differs.push('outcomes');
  if (
    local.rules.length !== remote.rules.length ||
    local.rules.some((rule, i) => rule !== remote.rules[i])
  )
    differs.push('rules');
  return differs;
}

/** The event AFD can be sent, or why it cannot (AFD needs at least one variable, values of 1+ characters). */
export function eventVariablesFor(test: RuleTest): Record<string, string> | { reason: string } {
  const out: Record<string, string> = {};
  for (const [name, value] of test.event) {
    // GetEventPrediction: "If a null value is provided explicitly for a variable,
    // the model and rules will use 'null' as the value": the local evaluator reads
    // an explicit null the same way, so the text "null" is an exact stand-in.
    const text = value ?? 'null';
    if (text === '') return { reason: `$${name} is empty: AFD refuses empty values` };
    out[name] = text;
  }
  if (Object.keys(out).length === 0)
    return { reason: 'the event has no variables: AFD needs at least one' };
  return out;
}

export function testEventId(detectorVersionId: string, index: number): string {
  return `${TEST_EVENT_ID_PREFIX}${detectorVersionId}-${index + 1}`;
}

export interface VerifyRemoteInput {
  detectorId: string;
  detectorVersionId: string;
  eventTypeName: string;
  /** An entity type of the event type (AFD refuses others). */
  entityType: string;
  tests: readonly RuleTest[];
  /**
   * The local evaluator on one test. The flow calls it with the model scores
   * AFD returned in place of the test's own: AFD cannot be told a score, so the
   * comparison is about the rules, whatever the model said.
   */
  evaluate: (test: RuleTest) => RuleTestResult;
}

export async function verifyRemote(
  input: VerifyRemoteInput,
  port: PredictionPort,
): Promise<RemoteVerification> {
  const out: RemoteVerification = { compared: 0, disagreements: [], skipped: [] };
  for (const [index, test] of input.tests.entries()) {
    const eventVariables = eventVariablesFor(test);
    if ('reason' in eventVariables) {
      out.skipped.push({ test: test.name, reason: eventVariables.reason });
      continue;
    }
    const eventId = testEventId(input.detectorVersionId, index);
    let prediction: RemotePrediction;
    try {
      prediction = await port.getEventPrediction({
        detectorId: input.detectorId,
        detectorVersionId: input.detectorVersionId,
        eventId,
        eventTypeName: input.eventTypeName,
        eventTimestamp: TEST_EVENT_TIMESTAMP,
        entity: { entityType: input.entityType, entityId: UNKNOWN_ENTITY_ID },
        eventVariables,
      });
    } catch (err) {
      // One refusal (a quota, a permission, a bad request) would repeat for every test.
      out.stopped = { test: test.name, message: (err as Error).message };
      return out;
    }
    const local = input.evaluate({ ...test, modelScores: prediction.modelScores });
    if (local.status === 'uncertain') {
      const reasons = local.uncertain.map((u) => `${u.ruleId}: ${u.reason}`).join('; ');
      out.skipped.push({ test: test.name, reason: `uncertain locally (${reasons})` });
      continue;
    }
    out.compared++;
    const remote = remoteAnswer(prediction);
    const differs = compareAnswers(local.got, remote);
    if (differs.length)
      out.disagreements.push({ test: test.name, eventId, local: local.got, remote, differs });
  }
  return out;
}
