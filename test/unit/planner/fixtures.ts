// Small builders for detector versions and requests used across planner and
// report tests.
import type { DetectorVersion, RuleDetail } from '../../../src/domain/afd.js';
import type { DetectorRequest, ModelVersionRef, RuleRef } from '../../../src/domain/request.js';

/** `rules('a@1', 'b@2')` → [{ruleId:'a', ruleVersion:'1'}, …]. */
export function rules(...specs: string[]): RuleRef[] {
  return specs.map((s) => {
    const [ruleId = '', ruleVersion = ''] = s.split('@');
    return { ruleId, ruleVersion };
  });
}

export function tfi(modelId: string, modelVersionNumber: string): ModelVersionRef {
  return { modelId, modelType: 'TRANSACTION_FRAUD_INSIGHTS', modelVersionNumber };
}

export function version(overrides: Partial<DetectorVersion> = {}): DetectorVersion {
  return {
    detectorId: 'payments_detector',
    detectorVersionId: '3',
    status: 'ACTIVE',
    description: 'v3',
    rules: rules('block_bad_ip@2', 'high_score@5', 'review_medium@1'),
    modelVersions: [tfi('payments_model', '1.02')],
    externalModelEndpoints: [],
    ruleExecutionMode: 'FIRST_MATCHED',
    ...overrides,
  };
}

export function request(overrides: Partial<DetectorRequest> = {}): DetectorRequest {
  return {
    detectorId: 'payments_detector',
    base: { kind: 'active' },
    promote: false,
    ...overrides,
  };
}

export function ruleDetail(spec: string, expression: string): RuleDetail {
  const [ref] = rules(spec);
  return { ...ref!, expression, outcomes: ['review'] };
}

/** A stored rule version as GetRules answers it (language DETECTORPL). */
export function storedRule(
  ruleId: string,
  ruleVersion: string,
  expression: string,
  outcomes = ['review'],
  description?: string,
): RuleDetail {
  return {
    ruleId,
    ruleVersion,
    expression,
    outcomes,
    language: 'DETECTORPL',
    ...(description !== undefined ? { description } : {}),
  };
}
