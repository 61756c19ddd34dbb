// What the retrain flow did, kept current as it runs so that the summary and
// the outputs can be written on success, on a handled failure and on
// cancellation alike.
import type { DataValidationMessage, TrainingMetrics } from '../domain/afd.js';
import type { ModelType, TrainingData } from '../domain/request.js';
import type { GateResult } from './gates.js';
import type { SchemaChange } from './schema-match.js';
import type { StatusChange } from './wait.js';

export type RetrainOutcome =
  | 'running'
  | 'started' // wait: false — training or activation started, not waited for
  | 'succeeded'
  | 'training-failed'
  | 'gate-failed'
  | 'timed-out'
  | 'cancelled'
  | 'failed';

export interface RetrainReport {
  modelId: string;
  modelType: ModelType;
  majorVersionNumber?: string;
  training?: TrainingData;
  /** The version trained (or used, with model-version-number). */
  modelVersionNumber?: string;
  /** True when this run started the training; false when it used an existing version. */
  trainedHere: boolean;
  startedAt: number;
  finishedAt?: number;
  timeline: StatusChange[];
  finalStatus?: string;
  polls: number;
  metrics?: TrainingMetrics;
  /** The version that was ACTIVE before this run, for comparison. */
  previousActive?: { modelVersionNumber: string; metrics: TrainingMetrics };
  gates: GateResult[];
  activationRequested: boolean;
  validationMessages: DataValidationMessage[];
  outcome: RetrainOutcome;
  error?: string;
  hints: string[];
  /** Things worth telling in the summary, e.g. that an earlier run's version was picked up. */
  notes: string[];
  /** model.newMajorVersion: what happened to the major version, and its schema against the one it replaces. */
  newMajor?: { action: string; change: SchemaChange };
}

export function newRetrainReport(
  init: Pick<
    RetrainReport,
    'modelId' | 'modelType' | 'majorVersionNumber' | 'training' | 'activationRequested'
  >,
  startedAt: number,
): RetrainReport {
  return {
    ...init,
    trainedHere: false,
    startedAt,
    timeline: [],
    polls: 0,
    gates: [],
    validationMessages: [],
    outcome: 'running',
    hints: [],
    notes: [],
  };
}
