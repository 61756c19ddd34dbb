// Action inputs + optional config file → one validated Request. Pure: the
// caller hands in inputs, environment, file access and the clock, so every rule
// here is unit-tested without a runner. Every problem is collected, then all of
// them are thrown together as one InputError, before any AWS call.
import type {
  DetectorRequest,
  ModelRequest,
  ModelType,
  Request,
  RuleExecutionMode,
  TrainingData,
} from '../domain/request.js';
import { loadConfigFile, resolveConfigPath } from './config-file.js';
import { selectDetectors } from './detector-sections.js';
import { CONSTRAINTS, ENUMS, LIMITS } from './constraints.js';
import { checkCrossField, checkWindow, namer, plain, type RawFields } from './cross-field.js';
import { FIELDS, type FieldKey } from './fields.js';
import { readEndpoints, readModelVersions, readRules, readTags } from './lists.js';
import { checkRetrainSource, readNewMajorVersion } from './new-major.js';
import { Problems } from './problems.js';
import { readOutcomes, type ExpressionFiles } from './rules-as-code.js';
import { checkExportMode, readExportPath } from './export-inputs.js';
import { readImpactSettings } from './impact-request.js';
import { formatAfdTime } from './relative-time.js';
import type { InputSources } from './input-sources.js';
import { isIdleConfigModel, mergeSources, yamlOf } from './merge-sources.js';
import {
  readBase,
  readBoolean,
  readConstrained,
  readEndpointUrl,
  readEnum,
  readRange,
  readRollbackTarget,
  readTime,
  readWholeNumber,
} from './values.js';
import { inputValue, type RawValue } from './yaml-values.js';

export type { InputSources } from './input-sources.js';
export { yamlNeeded } from './merge-sources.js';

/** False (with a problem) when the config file would come from an untrusted PR head. */
function refuseUntrustedConfig(
  sources: InputSources,
  configPath: string,
  problems: Problems,
): boolean {
  const allowText = sources.getInput('allow-pr-head-config');
  // Checked on every event, like every input, though it only matters on pull_request_target.
  const allow =
    allowText.trim() === ''
      ? false
      : (readBoolean(inputValue('allow-pr-head-config', allowText), problems) ?? false);
  if (!configPath || sources.untrustedWorkspace === undefined) return true;
  if (allow) return true;
  problems.add(
    { input: 'config' },
    configPath,
    `is not read on pull_request_target: ${sources.untrustedWorkspace}. Such a file may be written by the PR's author, while this job has the base repository's credentials. Check out the base branch (actions/checkout's default on this event) and leave the file as checked out, or set allow-pr-head-config: true if you trust every PR author`,
  );
  return false;
}

export function parseRequest(sources: InputSources): Request {
  const problems = new Problems();
  const token = sources.getInput('github-token').trim();
  const configPath = sources.getInput('config').trim();
  const trusted = refuseUntrustedConfig(sources, configPath, problems);
  const file =
    configPath && trusted
      ? loadConfigFile(
          configPath,
          {
            workspace: sources.env['GITHUB_WORKSPACE'],
            readFile: (p, options) => sources.readFile(p, options),
            yaml: yamlOf(sources),
          },
          problems,
        )
      : { values: {}, detectors: [] };
  const sections = selectDetectors(file, sources.getInput(FIELDS.detectorId.input), problems);
  const files = configPath && trusted ? expressionFiles(configPath, sources) : undefined;
  // Each detector section is checked whole (inputs win over it, as over `detector:`).
  const requests = sections.map((config, i) => {
    const own = i === 0 ? problems : new Problems();
    const request = validate(
      mergeSources(sources, config, own),
      sources,
      own,
      configPath !== '',
      files,
    );
    if (own !== problems) problems.addNew(own);
    return request;
  });
  const request = requests[0]!;
  if (requests.length > 1)
    request.detectors = requests.flatMap((r) => (r.detector ? [r.detector] : []));
  // A secret pasted into the wrong input must not come back in the error.
  const secrets = [
    token,
    ...['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'].map(
      (name) => sources.env[name]?.trim() ?? '',
    ),
  ].filter((s) => s !== '');
  problems.throwIfAny(secrets);
  if (token) request.githubToken = token;
  return request;
}

/** How `expressionFile`s are read: relative to the config file, inside the workspace. */
function expressionFiles(configPath: string, sources: InputSources): ExpressionFiles | undefined {
  const workspace = sources.env['GITHUB_WORKSPACE'];
  // Its problems were reported when the config file was loaded.
  const resolved = resolveConfigPath(configPath, workspace, new Problems());
  if (!resolved) return undefined;
  return {
    configFile: resolved.display,
    workspace,
    readFile: (p, options) => sources.readFile(p, options),
  };
}

function validate(
  raw: RawFields,
  sources: InputSources,
  problems: Problems,
  usesConfig: boolean,
  files: ExpressionFiles | undefined,
): Request {
  const read = <T>(key: FieldKey, reader: (v: RawValue) => T | undefined): T | undefined => {
    const v = raw[key];
    return v ? reader(v) : undefined;
  };
  const p = problems;

  const mode = read('mode', (v) => readEnum(v, ENUMS.mode, p)) ?? 'auto';
  const region = read('region', (v) => readConstrained(v, CONSTRAINTS.region, p));
  if (!raw.region)
    p.add(
      { input: 'aws-region' },
      undefined,
      'is required: set the aws-region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)',
    );
  const endpointUrl = read('endpointUrl', (v) => readEndpointUrl(v, p));

  const modelId = read('modelId', (v) => readConstrained(v, CONSTRAINTS.modelId, p));
  const modelType = read('modelType', (v) => readEnum<ModelType>(v, ENUMS.modelType, p));
  const major = read('majorVersionNumber', (v) =>
    readConstrained(v, CONSTRAINTS.wholeNumberVersion, p),
  );
  const mvn = read('modelVersionNumber', (v) =>
    readConstrained(v, CONSTRAINTS.modelVersionNumber, p),
  );
  const dataLocation = read('dataLocation', (v) => readConstrained(v, CONSTRAINTS.s3Location, p));
  const roleArn = read('dataAccessRoleArn', (v) => readConstrained(v, CONSTRAINTS.iamRoleArn, p));
  const startMs = read('startTime', (v) => readTime(v, sources.now, p));
  const endMs = read('endTime', (v) => readTime(v, sources.now, p));
  const minAuc = read('minAuc', (v) =>
    readRange(
      v,
      p,
      'must be a number greater than 0 and at most 1 (an AUC)',
      (n) => n > 0 && n <= 1,
      // An AUC under 0.5 is worse than chance: 50 to 100 can only be a percentage.
      (n) => n >= 50 && n <= 100,
    ),
  );
  const maxAucDrop = read('maxAucDrop', (v) =>
    readRange(
      v,
      p,
      'must be a number from 0 up to (not including) 1',
      (n) => n >= 0 && n < 1,
      // A drop of a whole AUC point or more is meaningless: 1 to 99 is a percentage.
      (n) => n >= 1 && n < 100,
    ),
  );
  const activate = read('activate', (v) => readBoolean(v, p)) ?? false;
  const newMajorVersion = read('newMajorVersion', (v) => readNewMajorVersion(v, sources.now, p));

  const detectorId = read('detectorId', (v) => readConstrained(v, CONSTRAINTS.identifier, p));
  const base = read('base', (v) => readBase(v, p)) ?? { kind: 'active' };
  const ruleExecutionMode = read('ruleExecutionMode', (v) =>
    readEnum<RuleExecutionMode>(v, ENUMS.ruleExecutionMode, p),
  );
  const rules = read('rules', (v) => readRules(v, p, files, sources.lintRule));
  const outcomes = read('outcomes', (v) => readOutcomes(v, p));
  const impact = readImpactSettings(
    { tests: raw.tests, testsFile: raw.testsFile, backtest: raw.backtest },
    files,
    sources.yaml,
    p,
  );
  const modelVersions = read('modelVersions', (v) => readModelVersions(v, p));
  const endpoints = read('externalModelEndpoints', (v) => readEndpoints(v, p));
  const description = read('description', (v) => readConstrained(v, CONSTRAINTS.description, p));
  const promote = read('promote', (v) => readBoolean(v, p)) ?? false;
  const allowBaseChange = read('allowBaseChange', (v) => readBoolean(v, p)) ?? false;
  const undeployReplacedModel = read('undeployReplacedModel', (v) => readBoolean(v, p)) ?? false;
  const deleteStaleDrafts = read('deleteStaleDrafts', (v) => readBoolean(v, p)) ?? false;
  const verifyRemote = read('verifyRemote', (v) => readBoolean(v, p)) ?? false;
  const rollbackTo = read('rollbackTo', (v) => readRollbackTarget(v, p));
  const keepInactiveVersions = read('keepInactiveVersions', (v) =>
    readWholeNumber(v, p, LIMITS.keepInactiveVersions.min, LIMITS.keepInactiveVersions.max),
  );

  const tags = read('tags', (v) => readTags(v, p, sources.reservedTagCount)) ?? [];
  const wait = read('wait', (v) => readBoolean(v, p)) ?? true;
  const timeoutMinutes =
    read('timeoutMinutes', (v) =>
      readWholeNumber(v, p, LIMITS.timeoutMinutes.min, LIMITS.timeoutMinutes.max),
    ) ?? LIMITS.timeoutMinutes.default;
  const comment = read('comment', (v) => readBoolean(v, p)) ?? true;
  const requireReviewedPlan = read('requireReviewedPlan', (v) => readBoolean(v, p)) ?? false;
  const exportPath = read('exportPath', (v) =>
    readExportPath(v, sources.env['GITHUB_WORKSPACE'], p),
  );
  checkExportMode(raw, mode, p);

  const name = namer(raw, usesConfig);
  checkWindow(raw, startMs, endMs, sources.now, p, name);
  const idleModel = isIdleConfigModel(raw);
  const flags = { activate, promote, wait, modelType, mvn, major, idleModel };
  checkCrossField(raw, flags, p, name);
  if (modelVersions && endpoints) {
    const total = modelVersions.length + endpoints.length;
    if (total > LIMITS.maxModelsPerDetectorVersion)
      p.add(
        plain(raw.modelVersions!.where),
        `${modelVersions.length} model versions + ${endpoints.length} endpoints`,
        `model-versions and external-model-endpoints together must hold at most ${LIMITS.maxModelsPerDetectorVersion} models (AFD's limit per detector version)`,
      );
  }

  const request: Request = {
    mode,
    region: region ?? '',
    tags,
    wait,
    timeoutMinutes,
    comment,
    requireReviewedPlan,
  };
  if (endpointUrl !== undefined) request.endpointUrl = endpointUrl;
  if (exportPath !== undefined) request.exportPath = exportPath;

  if (modelId && modelType && !idleModel) {
    let retrain: TrainingData | undefined;
    if (dataLocation && roleArn)
      retrain = { kind: 'external', dataLocation, dataAccessRoleArn: roleArn };
    else if (startMs !== undefined && endMs !== undefined)
      retrain = {
        kind: 'ingested',
        startTime: formatAfdTime(startMs),
        endTime: formatAfdTime(endMs),
      };
    const model: ModelRequest = { modelId, modelType, gates: {}, activate };
    if (major !== undefined) model.majorVersionNumber = major;
    if (mvn !== undefined) model.modelVersionNumber = mvn;
    if (retrain) model.retrain = retrain;
    if (newMajorVersion) {
      model.newMajorVersion = newMajorVersion;
      if (retrain) checkRetrainSource(newMajorVersion, retrain, raw, p);
    }
    if (minAuc !== undefined) model.gates.minAuc = minAuc;
    if (maxAucDrop !== undefined) model.gates.maxAucDrop = maxAucDrop;
    request.model = model;
  }
  if (detectorId) {
    const detector: DetectorRequest = {
      detectorId,
      base,
      promote,
      allowBaseChange,
      undeployReplacedModel,
      deleteStaleDrafts,
      verifyRemote,
    };
    if (rules) detector.rules = rules;
    if (outcomes) detector.outcomes = outcomes;
    if (impact.tests) detector.tests = impact.tests;
    if (impact.backtest) detector.backtest = impact.backtest;
    if (ruleExecutionMode) detector.ruleExecutionMode = ruleExecutionMode;
    if (modelVersions) detector.modelVersions = modelVersions;
    if (endpoints) detector.externalModelEndpoints = endpoints;
    if (description !== undefined) detector.description = description;
    if (rollbackTo) detector.rollbackTo = rollbackTo;
    if (keepInactiveVersions !== undefined) detector.keepInactiveVersions = keepInactiveVersions;
    request.detector = detector;
  }
  return request;
}
