// GetEventPrediction: one event scored by a named detector version. The
// answer is untrusted: ids capped, scores kept only when they are finite
// numbers, and at most a bounded number of rule results and scores read.
import { GetEventPredictionCommand } from '@aws-sdk/client-frauddetector';
import type { EventPrediction, EventPredictionRequest } from '../../domain/afd.js';
import { idText } from '../sdk-mapping.js';
import type { AfdTransport } from '../transport.js';

/** Far above a detector version's rules and models; only a hostile endpoint sends more. */
const MAX_RESULTS = 10_000;
const MODEL_SCORE_SUFFIX = '_insightscore';

export async function getEventPrediction(
  t: AfdTransport,
  request: EventPredictionRequest,
): Promise<EventPrediction> {
  const { detectorId, detectorVersionId } = request;
  const out = await t.call(
    {
      operation: 'GetEventPrediction',
      resource: `detector ${detectorId} version ${detectorVersionId}, event ${request.eventId}`,
      target: { kind: 'detectorVersion', detectorId },
    },
    () =>
      t.client.send(
        new GetEventPredictionCommand({
          detectorId,
          detectorVersionId,
          eventId: request.eventId,
          eventTypeName: request.eventTypeName,
          eventTimestamp: request.eventTimestamp,
          entities: [request.entity],
          eventVariables: request.eventVariables,
        }),
      ),
  );
  const modelScores = new Map<string, number>();
  for (const m of (out.modelScores ?? []).slice(0, MAX_RESULTS)) {
    const modelId = idText(m.modelVersion?.modelId);
    const score = m.scores?.[`${modelId}${MODEL_SCORE_SUFFIX}`];
    if (modelId && typeof score === 'number' && Number.isFinite(score))
      modelScores.set(modelId, score);
  }
  return {
    ruleResults: (out.ruleResults ?? []).slice(0, MAX_RESULTS).map((r) => ({
      ruleId: idText(r.ruleId),
      outcomes: (r.outcomes ?? []).slice(0, MAX_RESULTS).map(idText),
    })),
    modelScores,
  };
}
