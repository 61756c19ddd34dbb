// AFD's answers mapped to the plain domain types (every text capped: the
// endpoint is untrusted), and the domain's requests mapped to the SDK's shapes.
import type {
  ModelVersionDetail as SdkModelVersionDetail,
  RuleDetail as SdkRuleDetail,
} from '@aws-sdk/client-frauddetector';
import type {
  DataValidationMessage,
  MetricPoint,
  ModelVersionDetail,
  ModelVersionState,
  RuleDetail,
  TrainingMetrics,
} from '../domain/afd.js';
import type { ModelType, TrainingData } from '../domain/request.js';
import { AFD_TEXT_CAPS, MAX_VALIDATION_MESSAGES, capText } from '../domain/text.js';
import { translateAwsError } from './errors.js';
import type { DetectorVersionContent, RuleVersionContent } from './port.js';

/** The answer of UpdateModelVersion and CreateModelVersion: the version whose training started. */
export function trainingStarted(
  operation: string,
  out: { modelId?: string; modelType?: string; modelVersionNumber?: string; status?: string },
  input: { modelId: string; modelType: ModelType },
): ModelVersionState {
  return {
    modelId: idText(out.modelId ?? input.modelId),
    modelType: idText(out.modelType ?? input.modelType) as ModelType,
    modelVersionNumber: idText(required(out.modelVersionNumber, operation, 'modelVersionNumber')),
    status: idText(out.status ?? 'TRAINING_IN_PROGRESS'),
  };
}

/** externalEventsDetail or ingestedEventsDetail, as AFD names them. */
export function sdkTraining(training: TrainingData) {
  return training.kind === 'external'
    ? {
        externalEventsDetail: {
          dataLocation: training.dataLocation,
          dataAccessRoleArn: training.dataAccessRoleArn,
        },
      }
    : {
        ingestedEventsDetail: {
          ingestedEventsTimeWindow: { startTime: training.startTime, endTime: training.endTime },
        },
      };
}

export function sdkContent(detectorId: string, content: DetectorVersionContent) {
  return {
    rules: content.rules.map((r) => ({ detectorId, ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
    externalModelEndpoints: content.externalModelEndpoints,
    modelVersions: content.modelVersions.map((m) => ({
      modelId: m.modelId,
      modelType: m.modelType,
      modelVersionNumber: m.modelVersionNumber,
    })),
    ruleExecutionMode: content.ruleExecutionMode,
    ...(content.description ? { description: content.description } : {}),
  };
}

export function ruleContent(content: RuleVersionContent) {
  return {
    expression: content.expression,
    language: 'DETECTORPL' as const,
    outcomes: content.outcomes,
    ...(content.description ? { description: content.description } : {}),
  };
}

export function required<T>(value: T | undefined, operation: string, field: string): T {
  if (value === undefined || value === null || value === '') {
    throw translateAwsError(new Error(`the response has no ${field}`), { operation });
  }
  return value;
}

/** An id, version, status, enum, ARN or tag from AFD, capped (see AFD_TEXT_CAPS). */
export function idText(text: string | undefined): string {
  return capText(text ?? '', AFD_TEXT_CAPS.id);
}

export function descriptionText(text: string): string {
  return capText(text, AFD_TEXT_CAPS.description);
}

export function toRuleDetail(r: SdkRuleDetail): RuleDetail {
  return {
    ruleId: idText(r.ruleId),
    ruleVersion: idText(r.ruleVersion),
    expression: capText(r.expression ?? '', AFD_TEXT_CAPS.expression),
    outcomes: (r.outcomes ?? []).map(idText),
    ...(r.description ? { description: descriptionText(r.description) } : {}),
    ...(r.language ? { language: idText(r.language) } : {}),
    ...(r.arn ? { arn: idText(r.arn) } : {}),
  };
}

/** AFD's answer is untrusted: finite numbers only, at most MAX_METRIC_POINTS, by threshold. */
const MAX_METRIC_POINTS = 2000;
export function metricPoints(
  raw:
    readonly { fpr?: number; tpr?: number; precision?: number; threshold?: number }[] | undefined,
): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (const p of (raw ?? []).slice(0, MAX_METRIC_POINTS)) {
    const { fpr, tpr, precision, threshold } = p;
    if ([fpr, tpr, precision, threshold].every((n) => typeof n === 'number' && Number.isFinite(n)))
      points.push({ fpr: fpr!, tpr: tpr!, precision: precision!, threshold: threshold! });
  }
  return points.sort((a, b) => a.threshold - b.threshold);
}

export function toModelVersionDetail(d: SdkModelVersionDetail): ModelVersionDetail {
  const v2 = d.trainingResultV2;
  const perf =
    v2?.trainingMetricsV2?.ofi?.modelPerformance ?? v2?.trainingMetricsV2?.tfi?.modelPerformance;
  const metrics: TrainingMetrics = {};
  const auc = perf?.auc ?? d.trainingResult?.trainingMetrics?.auc;
  if (auc !== undefined) metrics.auc = auc;
  if (perf?.uncertaintyRange) {
    metrics.aucLower = perf.uncertaintyRange.lowerBoundValue;
    metrics.aucUpper = perf.uncertaintyRange.upperBoundValue;
  }
  const asi = v2?.trainingMetricsV2?.ati?.modelPerformance?.asi;
  if (asi !== undefined) metrics.asi = asi;
  const points = metricPoints(
    v2?.trainingMetricsV2?.ofi?.metricDataPoints ??
      v2?.trainingMetricsV2?.tfi?.metricDataPoints ??
      d.trainingResult?.trainingMetrics?.metricDataPoints,
  );
  if (points.length) metrics.points = points;

  const validation = v2?.dataValidationMetrics ?? d.trainingResult?.dataValidationMetrics;
  const message = (m: {
    title?: string | undefined;
    content?: string | undefined;
    type?: string | undefined;
    fieldName?: string | undefined;
  }): DataValidationMessage => ({
    ...(m.title ? { title: capText(m.title, AFD_TEXT_CAPS.message) } : {}),
    ...(m.content ? { content: capText(m.content, AFD_TEXT_CAPS.message) } : {}),
    ...(m.type ? { type: idText(m.type) } : {}),
    ...(m.fieldName ? { fieldName: idText(m.fieldName) } : {}),
  });
  const validationMessages = [
    ...(validation?.fileLevelMessages ?? []),
    ...(validation?.fieldLevelMessages ?? []),
  ]
    .slice(0, MAX_VALIDATION_MESSAGES)
    .map(message);
  const window = d.ingestedEventsDetail?.ingestedEventsTimeWindow;
  return {
    modelId: idText(d.modelId),
    modelType: idText(d.modelType) as ModelType,
    modelVersionNumber: idText(d.modelVersionNumber),
    status: idText(d.status),
    ...(d.arn ? { arn: idText(d.arn) } : {}),
    ...(d.createdTime ? { createdTime: idText(d.createdTime) } : {}),
    ...(d.lastUpdatedTime ? { lastUpdatedTime: idText(d.lastUpdatedTime) } : {}),
    metrics,
    validationMessages,
    ...(d.externalEventsDetail?.dataLocation
      ? { dataLocation: idText(d.externalEventsDetail.dataLocation) }
      : {}),
    ...(window
      ? {
          ingestedStart: window.startTime === undefined ? undefined : idText(window.startTime),
          ingestedEnd: window.endTime === undefined ? undefined : idText(window.endTime),
        }
      : {}),
    ...(d.trainingDataSource ? { trainingDataSource: d.trainingDataSource } : {}),
    ...(d.trainingDataSchema
      ? {
          trainingDataSchema: {
            modelVariables: d.trainingDataSchema.modelVariables ?? [],
            ...(d.trainingDataSchema.labelSchema?.labelMapper
              ? { labelMapper: d.trainingDataSchema.labelSchema.labelMapper }
              : {}),
            ...(d.trainingDataSchema.labelSchema?.unlabeledEventsTreatment
              ? {
                  unlabeledEventsTreatment:
                    d.trainingDataSchema.labelSchema.unlabeledEventsTreatment,
                }
              : {}),
          },
        }
      : {}),
  };
}
