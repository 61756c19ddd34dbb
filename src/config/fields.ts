// One table of every value the request is built from: its action input and its
// config-file path. Config parsing, the input/config merge and the messages
// that name a missing value all read it, so the names cannot drift apart.

export const FIELDS = {
  mode: { input: 'mode', config: 'mode' },
  region: { input: 'aws-region' },
  endpointUrl: { input: 'endpoint-url' },
  modelId: { input: 'model-id', config: 'model.modelId' },
  modelType: { input: 'model-type', config: 'model.modelType' },
  majorVersionNumber: { input: 'major-version-number', config: 'model.majorVersionNumber' },
  modelVersionNumber: { input: 'model-version-number', config: 'model.modelVersionNumber' },
  dataLocation: {
    input: 'training-data-location',
    config: 'model.retrain.externalEventsDetail.dataLocation',
  },
  dataAccessRoleArn: {
    input: 'data-access-role-arn',
    config: 'model.retrain.externalEventsDetail.dataAccessRoleArn',
  },
  startTime: {
    input: 'ingested-events-start-time',
    config: 'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow.startTime',
  },
  endTime: {
    input: 'ingested-events-end-time',
    config: 'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow.endTime',
  },
  /** Config only: a training schema is a structure, not a single value. */
  newMajorVersion: { config: 'model.newMajorVersion' },
  minAuc: { input: 'min-auc', config: 'model.gates.minAuc' },
  maxAucDrop: { input: 'max-auc-drop', config: 'model.gates.maxAucDrop' },
  activate: { input: 'activate-model', config: 'model.activate' },
  detectorId: { input: 'detector-id', config: 'detector.detectorId' },
  base: { input: 'base-version', config: 'detector.base' },
  ruleExecutionMode: { input: 'rule-execution-mode', config: 'detector.ruleExecutionMode' },
  rules: { input: 'rules', config: 'detector.rules' },
  /** Config only: outcomes are declared beside the rules that use them. */
  outcomes: { config: 'detector.outcomes' },
  /** Config only: rule tests, inline or in a YAML file beside the config (issue 10). */
  tests: { config: 'detector.tests' },
  testsFile: { config: 'detector.testsFile' },
  /** Config only: the backtest's events file is relative to the config file. */
  backtest: { config: 'detector.backtest' },
  modelVersions: { input: 'model-versions', config: 'detector.modelVersions' },
  externalModelEndpoints: {
    input: 'external-model-endpoints',
    config: 'detector.externalModelEndpoints',
  },
  description: { input: 'description', config: 'detector.description' },
  promote: { input: 'promote', config: 'detector.promote' },
  allowBaseChange: { input: 'allow-base-change', config: 'detector.allowBaseChange' },
  undeployReplacedModel: {
    input: 'undeploy-replaced-model',
    config: 'detector.undeployReplacedModel',
  },
  deleteStaleDrafts: { input: 'delete-stale-drafts', config: 'detector.deleteStaleDrafts' },
  // A one-off operation, so an input only: a config file that always rolled back would be a trap.
  rollbackTo: { input: 'rollback-to' },
  keepInactiveVersions: {
    input: 'keep-inactive-versions',
    config: 'detector.keepInactiveVersions',
  },
  tags: { input: 'tags', config: 'tags' },
  wait: { input: 'wait', config: 'wait' },
  timeoutMinutes: { input: 'timeout-minutes', config: 'timeoutMinutes' },
  comment: { input: 'comment' },
  // Input only: a safety policy of the workflow, not of a file a pull request can change.
  requireReviewedPlan: { input: 'require-reviewed-plan' },
  // Input only: it sends events to AFD, which needs a permission the workflow grants.
  verifyRemote: { input: 'verify-remote' },
  githubToken: { input: 'github-token' },
  // Input only: where one export run writes, not part of the desired state.
  exportPath: { input: 'export-path' },
} as const satisfies Record<string, { input?: string; config?: string }>;

export type FieldKey = keyof typeof FIELDS;

/** The action input of a field; undefined for config-only fields. */
export function inputOf(key: FieldKey): string | undefined {
  const f: { input?: string; config?: string } = FIELDS[key];
  return f.input;
}

/** Config keys that hold a mapping of further keys (everything else is a value). */
export const CONFIG_SECTIONS = [
  'model',
  'model.retrain',
  'model.retrain.externalEventsDetail',
  'model.retrain.ingestedEventsDetail',
  'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow',
  'model.gates',
  'detector',
] as const;

/** Config path → field, for the values the config file may hold. */
export const CONFIG_FIELDS: ReadonlyMap<string, FieldKey> = new Map(
  Object.entries(FIELDS).flatMap(([key, f]) =>
    'config' in f ? [[f.config, key as FieldKey] as const] : [],
  ),
);
