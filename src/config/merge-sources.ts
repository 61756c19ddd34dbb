// Where each field's value comes from: a non-blank input wins over the config
// file, the region falls back to the environment; and whether the config
// file's model section is only a description (idle) in this run.
import type { ConfigValues } from './config-file.js';
import type { RawFields } from './cross-field.js';
import { FIELDS, inputOf, type FieldKey } from './fields.js';
import type { InputSources } from './input-sources.js';
import type { Problems } from './problems.js';
import type { YamlLibrary } from './yaml-library.js';
import { inputValue, parseInlineYaml, type RawValue } from './yaml-values.js';

/** Inputs whose value is YAML (a list or a mapping), not a single value. */
const YAML_FIELDS: ReadonlySet<FieldKey> = new Set([
  'rules',
  'modelVersions',
  'externalModelEndpoints',
  'tags',
]);

/** Whether parsing these inputs needs the `yaml` package: a config file or an inline YAML input. */
export function yamlNeeded(getInput: (name: string) => string): boolean {
  if (getInput('config').trim() !== '') return true;
  return [...YAML_FIELDS].some((key) => getInput(inputOf(key) ?? '').trim() !== '');
}

export function yamlOf(sources: InputSources): YamlLibrary {
  if (!sources.yaml) {
    throw new Error('parseRequest needs the yaml package here: load it when yamlNeeded() is true');
  }
  return sources.yaml;
}

function isBlank(v: RawValue): boolean {
  return v.kind === 'scalar' && (v.value === null || v.text.trim() === '');
}

/**
 * The value each field takes: a non-blank input wins over the config file
 * (single values and whole lists alike); the region falls back to the
 * environment the way the AWS SDK does.
 */
export function mergeSources(
  sources: InputSources,
  config: ConfigValues,
  problems: Problems,
): RawFields {
  const out: RawFields = {};
  for (const key of Object.keys(FIELDS) as FieldKey[]) {
    if (key === 'githubToken') continue;
    const input = inputOf(key);
    const text = input === undefined ? '' : sources.getInput(input);
    if (input !== undefined && text.trim() !== '' && !YAML_FIELDS.has(key)) {
      out[key] = inputValue(input, text);
      continue;
    }
    if (input !== undefined && text.trim() !== '') {
      const parsed = parseInlineYaml(yamlOf(sources), input, text, problems);
      // After a syntax error (reported) the config's list must not stand in silently.
      if (!parsed.ok) continue;
      if (parsed.value && !isBlank(parsed.value)) {
        out[key] = parsed.value;
        continue;
      }
    }
    const fromConfig = config[key];
    if (fromConfig && !isBlank(fromConfig)) out[key] = fromConfig;
  }
  if (!out.region) {
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
      const value = sources.env[name]?.trim();
      if (value) {
        out.region = {
          kind: 'scalar',
          value,
          text: value,
          where: { input: 'aws-region', detail: `from ${name}` },
        };
        break;
      }
    }
  }
  return out;
}

/** Every value the config file's `model` section can hold. */
const MODEL_FIELDS: readonly FieldKey[] = [
  'modelId',
  'modelType',
  'majorVersionNumber',
  'modelVersionNumber',
  'dataLocation',
  'dataAccessRoleArn',
  'startTime',
  'endTime',
  'newMajorVersion',
  'minAuc',
  'maxAucDrop',
  'activate',
];
/** The values that give the model something to do: a retrain, or a version to use. */
const MODEL_WORK: readonly FieldKey[] = [
  'modelVersionNumber',
  'newMajorVersion',
  'dataLocation',
  'dataAccessRoleArn',
  'startTime',
  'endTime',
];

/**
 * One config file is often shared by the release workflow, which passes the
 * training data as inputs, and the pull-request and merge workflows, which do
 * not: there the file's `model` section describes the model but gives it
 * nothing to do, and the model is simply not part of the run (its values are
 * still checked). Only when every model value comes from the file — a model
 * named by an input with nothing to do is still refused.
 */
export function isIdleConfigModel(raw: RawFields): boolean {
  const set = MODEL_FIELDS.filter((k) => raw[k] !== undefined);
  if (set.length === 0 || MODEL_WORK.some((k) => raw[k] !== undefined)) return false;
  return set.every((k) => raw[k]!.where.position !== undefined);
}
