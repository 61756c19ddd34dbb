// AFD's input constraints as data. Every check in src/config reads them from
// here, so the rule a user sees in an error is the rule that was applied, and
// docs or other modules can render the same table.
import { MODEL_TYPES, MODES, RULE_EXECUTION_MODES } from '../domain/request.js';

export interface StringConstraint {
  /** Where the rule comes from (AFD API shape, or the action's own). */
  readonly source: string;
  readonly pattern: RegExp;
  readonly minLength: number;
  readonly maxLength: number;
  /** The pattern in plain words, for error messages. */
  readonly hint: string;
}

export const CONSTRAINTS = {
  /** modelId (AFD `modelIdentifier`): no hyphen, unlike `identifier`. */
  modelId: {
    source: 'AFD modelIdentifier',
    pattern: /^[0-9a-z_]+$/,
    minLength: 1,
    maxLength: 64,
    hint: 'lowercase letters, digits and _',
  },
  /** detectorId, ruleId (AFD `identifier`). */
  identifier: {
    source: 'AFD identifier',
    pattern: /^[0-9a-z_-]+$/,
    minLength: 1,
    maxLength: 64,
    hint: 'lowercase letters, digits, _ and -',
  },
  /** majorVersionNumber, ruleVersion, detectorVersionId (AFD `wholeNumberVersionString`). */
  wholeNumberVersion: {
    source: 'AFD wholeNumberVersionString',
    pattern: /^([1-9][0-9]*)$/,
    minLength: 1,
    maxLength: 5,
    hint: 'a whole number without leading zeros, e.g. 1 or 12',
  },
  /** modelVersionNumber (AFD `floatVersionString`). */
  modelVersionNumber: {
    // AFD's pattern allows a one-digit minor ("1.1"), but AFD itself writes
    // minor versions with two digits (1.01 … 1.10), so "1.1" could mean 1.01
    // or 1.10: the action refuses the ambiguity rather than guess.
    source: 'AFD floatVersionString, minor written as AFD writes it',
    pattern: /^[1-9][0-9]{0,3}\.(0|[0-9]{2})$/,
    minLength: 3,
    maxLength: 7,
    hint: 'major.minor as AFD writes it: 1.0 for a major version, two minor digits such as 1.03 or 1.10 (1.1 is ambiguous)',
  },
  /** externalEventsDetail.dataLocation (AFD `s3BucketLocation`). */
  s3Location: {
    source: 'AFD s3BucketLocation',
    pattern: /^s3:\/\/(.+)$/,
    minLength: 1,
    maxLength: 512,
    hint: 'an S3 URI such as s3://bucket/training.csv',
  },
  /** externalEventsDetail.dataAccessRoleArn (AFD `iamRoleArn`). */
  iamRoleArn: {
    source: 'AFD iamRoleArn',
    pattern: /^arn:aws[a-z-]{0,15}:iam::[0-9]{12}:role\/[^\s]{2,64}$/,
    minLength: 1,
    maxLength: 256,
    hint: 'an IAM role ARN such as arn:aws:iam::123456789012:role/AFDTrainingData',
  },
  /** The action's own check: catches typos before the SDK builds a bogus endpoint. */
  region: {
    source: 'AWS region name',
    pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/,
    minLength: 1,
    maxLength: 32,
    hint: 'an AWS region such as us-east-1',
  },
  /** externalModelEndpoints items: SageMaker endpoint names. */
  sagemakerEndpoint: {
    source: 'SageMaker EndpointName',
    pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
    minLength: 1,
    maxLength: 63,
    hint: 'letters, digits and -, starting and ending with a letter or digit',
  },
  /** AFD `tagKey`; Unicode classes need the u flag. */
  tagKey: {
    source: 'AFD tagKey',
    pattern: /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u,
    minLength: 1,
    maxLength: 128,
    hint: 'letters, digits, spaces and _ . : / = + - @',
  },
  /** AFD `tagValue`: any text, may be empty. */
  tagValue: {
    source: 'AFD tagValue',
    pattern: /^[\s\S]*$/u,
    minLength: 0,
    maxLength: 256,
    hint: 'any text',
  },
  /** Detector version description (AFD `description`). */
  description: {
    source: 'AFD description',
    pattern: /^[\s\S]*$/u,
    minLength: 1,
    maxLength: 128,
    hint: 'any text',
  },
} as const satisfies Record<string, StringConstraint>;

export type ConstraintName = keyof typeof CONSTRAINTS;

export const LIMITS = {
  /** AFD `tagList`: user tags plus the action's provenance tags. */
  maxTags: 200,
  /** AFD quota: models per detector version, SageMaker endpoints included. */
  maxModelsPerDetectorVersion: 10,
  /** timeout-minutes: up to 72 h, GitHub's longest self-hosted job. */
  timeoutMinutes: { min: 1, max: 4320, default: 300 },
  /** keep-inactive-versions: at least the version just replaced, the rollback target. */
  keepInactiveVersions: { min: 1, max: 1000 },
  /** Tag keys starting with this (any case) are reserved by AWS. */
  reservedTagPrefix: 'aws:',
} as const;

export const ENUMS = {
  mode: MODES,
  modelType: MODEL_TYPES,
  ruleExecutionMode: RULE_EXECUTION_MODES,
} as const;

/** Length in code points, so a tag key of emoji is counted as AFD counts characters. */
export function charLength(value: string): number {
  return Array.from(value).length;
}

function lengthWords(c: StringConstraint): string {
  if (c.minLength === 0) return `at most ${c.maxLength} characters`;
  return `${c.minLength}–${c.maxLength} characters`;
}

/** The rule in plain words, e.g. "must match ^[0-9a-z_]+$ (lowercase letters, digits and _; 1–64 characters)". */
export function describeConstraint(c: StringConstraint): string {
  if (c.hint === 'any text') return `must be ${lengthWords(c)} long`;
  return `must match ${c.pattern.source} (${c.hint}; ${lengthWords(c)})`;
}

/** True when `value` meets the constraint. Length is checked first so the regex never sees huge input. */
export function meetsConstraint(c: StringConstraint, value: string): boolean {
  const n = charLength(value);
  return n >= c.minLength && n <= c.maxLength && c.pattern.test(value);
}
