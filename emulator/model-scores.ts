// Model scores of GetEventPrediction. The emulator has no trained model, so a
// score is made up, but deterministically: the same model version and the same
// event variables always score the same, so a run reproduces. A test that needs
// a given score sets it through the model's behaviour (configureModel or
// POST /_emulator/models/{modelId}): `eventScores[eventId]` first, then `score`.

import type { ServiceContext } from './context.js';
import type { ModelVersionRef } from './state.js';

/** AFD's scores run from 0 (low risk) to 1000 (API reference, GetEventPredictionResult). */
export const MAX_SCORE = 1000;

/** FNV-1a over the text: small, stable across platforms, good enough to spread scores. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The made-up score: a hash of the model version and the event's variables (sorted by name). */
export function derivedScore(
  model: ModelVersionRef,
  eventVariables: Readonly<Record<string, string>>,
): number {
  const entries = Object.keys(eventVariables)
    .sort()
    .map((name) => `${name}=${eventVariables[name] ?? ''}`);
  const key = [model.modelId, model.modelType, model.modelVersionNumber, ...entries].join('\u0000');
  return fnv1a(key) % (MAX_SCORE + 1);
}

export function modelScore(
  ctx: ServiceContext,
  model: ModelVersionRef,
  eventId: string,
  eventVariables: Readonly<Record<string, string>>,
): number {
  const behaviour = ctx.behaviour(model.modelId);
  return behaviour.eventScores?.[eventId] ?? behaviour.score ?? derivedScore(model, eventVariables);
}

/** A score override must be a number AFD could return; the control endpoint checks with this. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_SCORE;
}
