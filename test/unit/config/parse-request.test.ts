import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/errors.js';
import { NOW, parse, parseError, type FakeOptions } from './helpers.js';

const REGION = { 'aws-region': 'us-east-1' };
const DETECTOR = { ...REGION, 'detector-id': 'payments_detector' };
const RETRAIN = {
  ...REGION,
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://risk-data/training/2026-11.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
};
const EXISTING = {
  ...REGION,
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'model-version-number': '1.03',
};
const INGESTED = {
  ...REGION,
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
};

describe('parseRequest: happy paths from inputs', () => {
  it('verify-remote is an input only, false unless set', () => {
    expect(parse({ ...DETECTOR, 'verify-remote': 'true' }).detector?.verifyRemote).toBe(true);
    expect(parse(DETECTOR).detector?.verifyRemote).toBe(false);
  });

  it('reads a full retrain + detector request and applies the defaults', () => {
    const req = parse({
      ...RETRAIN,
      'detector-id': 'payments_detector',
      'min-auc': ' 0.9 ',
      'max-auc-drop': '0.01',
      'activate-model': 'True',
      rules: '- block_known_bad_ip@2\n- { ruleId: high_model_score, ruleVersion: 5 }\n',
      'rule-execution-mode': 'FIRST_MATCHED',
      'external-model-endpoints': '[my-endpoint]',
      description: '  Release v1.2  ',
      promote: 'TRUE',
      tags: 'team: risk\ncost-center: 42',
    });
    expect(req).toEqual({
      mode: 'auto',
      region: 'us-east-1',
      tags: [
        { key: 'team', value: 'risk' },
        { key: 'cost-center', value: '42' },
      ],
      wait: true,
      timeoutMinutes: 300,
      comment: true,
      requireReviewedPlan: false,
      model: {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        majorVersionNumber: '1',
        retrain: {
          kind: 'external',
          dataLocation: 's3://risk-data/training/2026-11.csv',
          dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTrainingData',
        },
        gates: { minAuc: 0.9, maxAucDrop: 0.01 },
        activate: true,
      },
      detector: {
        detectorId: 'payments_detector',
        base: { kind: 'active' },
        promote: true,
        allowBaseChange: false,
        undeployReplacedModel: false,
        deleteStaleDrafts: false,
        verifyRemote: false,
        rules: [
          { ruleId: 'block_known_bad_ip', ruleVersion: '2' },
          { ruleId: 'high_model_score', ruleVersion: '5' },
        ],
        ruleExecutionMode: 'FIRST_MATCHED',
        externalModelEndpoints: ['my-endpoint'],
        description: 'Release v1.2',
      },
    });
  });

  it('reads a detector-only request with every detector input', () => {
    const req = parse({
      ...DETECTOR,
      mode: 'draft',
      'endpoint-url': 'http://127.0.0.1:4566',
      'base-version': '12',
      rules: '[]',
      'model-versions':
        '- {modelId: payments_model, modelType: TRANSACTION_FRAUD_INSIGHTS, modelVersionNumber: "1.10"}',
      tags: '[{key: team, value: risk}, {key: empty}]',
      wait: 'false',
      comment: 'FALSE',
      'timeout-minutes': '60',
    });
    expect(req.mode).toBe('draft');
    expect(req.endpointUrl).toBe('http://127.0.0.1:4566');
    expect(req.detector?.base).toEqual({ kind: 'id', id: '12' });
    expect(req.detector?.rules).toEqual([]);
    expect(req.detector?.modelVersions).toEqual([
      {
        modelId: 'payments_model',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        modelVersionNumber: '1.10',
      },
    ]);
    expect(req.tags).toEqual([
      { key: 'team', value: 'risk' },
      { key: 'empty', value: '' },
    ]);
    expect([req.wait, req.comment, req.timeoutMinutes, req.model]).toEqual([
      false,
      false,
      60,
      undefined,
    ]);
  });

  it('keeps a YAML-number model version as written (1.10 stays 1.10)', () => {
    const req = parse({
      ...DETECTOR,
      'model-versions':
        '[{modelId: m, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: 1.10}]',
    });
    expect(req.detector?.modelVersions?.[0]?.modelVersionNumber).toBe('1.10');
  });

  it('uses an existing model version without retraining', () => {
    const req = parse({ ...EXISTING, 'activate-model': 'true' });
    expect(req.model).toEqual({
      modelId: 'payments_model',
      modelType: 'TRANSACTION_FRAUD_INSIGHTS',
      modelVersionNumber: '1.03',
      gates: {},
      activate: true,
    });
  });

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION; the input wins', () => {
    const env = (e: FakeOptions['env']): FakeOptions => ({ env: e });
    const d = { 'detector-id': 'd' };
    expect(parse(d, env({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' })).region).toBe(
      'eu-west-1',
    );
    expect(parse(d, env({ AWS_DEFAULT_REGION: 'us-west-2' })).region).toBe('us-west-2');
    expect(
      parse({ ...d, 'aws-region': 'us-gov-west-1' }, env({ AWS_REGION: 'eu-west-1' })).region,
    ).toBe('us-gov-west-1');
  });

  it('treats whitespace-only inputs as unset', () => {
    const req = parse({ ...DETECTOR, mode: '   ', 'min-auc': '', rules: ' \n ', wait: '  ' });
    expect(req.mode).toBe('auto');
    expect(req.wait).toBe(true);
    expect(req.detector?.rules).toBeUndefined();
  });

  it('returns the github token but only on the request', () => {
    expect(parse({ ...DETECTOR, 'github-token': ' ghs_abc123 ' }).githubToken).toBe('ghs_abc123');
    expect(parse(DETECTOR).githubToken).toBeUndefined();
  });
});

describe('parseRequest: relative and absolute times', () => {
  const window = (start: string, end: string): unknown =>
    parse({
      ...INGESTED,
      'ingested-events-start-time': start,
      'ingested-events-end-time': end,
    }).model?.retrain;

  it('resolves -90d .. now against the clock it is given', () => {
    expect(window('-90d', 'now')).toEqual({
      kind: 'ingested',
      startTime: '2026-08-17T12:00:00Z',
      endTime: '2026-11-15T12:00:00Z',
    });
  });

  it('resolves weeks, hours and minutes', () => {
    expect(window('-2w', '-12h')).toEqual({
      kind: 'ingested',
      startTime: '2026-11-01T12:00:00Z',
      endTime: '2026-11-15T00:00:00Z',
    });
    expect(window('-30m', 'now')).toMatchObject({ startTime: '2026-11-15T11:30:00Z' });
  });

  it('normalises ISO-8601 with offsets and fractions to UTC whole seconds', () => {
    expect(window('2026-01-01T02:00:00+02:00', '2026-06-30T23:59:59.999Z')).toEqual({
      kind: 'ingested',
      startTime: '2026-01-01T00:00:00Z',
      endTime: '2026-06-30T23:59:59Z',
    });
    expect(window('2026-01-01T00:00-0130', '2026-02-28T00:00:00Z')).toMatchObject({
      startTime: '2026-01-01T01:30:00Z',
    });
  });

  it('resolves against a different clock differently (now is not read from the system)', () => {
    const req = parse(
      { ...INGESTED, 'ingested-events-start-time': '-1d', 'ingested-events-end-time': 'now' },
      { now: new Date('2030-03-01T00:00:00Z') },
    );
    expect(req.model?.retrain).toMatchObject({ startTime: '2030-02-28T00:00:00Z' });
    expect(NOW.getUTCFullYear()).toBe(2026);
  });
});

// [what, inputs, input named, value shown (null: none), fragment of the rule, options]
type Case = [string, Record<string, string>, string, string | null, string, FakeOptions?];

const long = (n: number, c = 'a'): string => c.repeat(n);

const INVALID: Case[] = [
  [
    'allow-pr-head-config that is not a boolean',
    { ...DETECTOR, 'allow-pr-head-config': 'yes' },
    'allow-pr-head-config',
    'yes',
    'must be a boolean',
  ],
  [
    'a retrain into a detector without activate-model',
    { ...RETRAIN, 'detector-id': 'payments_detector' },
    'activate-model',
    null,
    'must be true when a retrain feeds detector-id',
  ],
  [
    'a retrain into a detector with activate-model false',
    { ...RETRAIN, 'detector-id': 'payments_detector', 'activate-model': 'false' },
    'activate-model',
    'false',
    'AFD accepts only ACTIVE model versions there',
  ],
  [
    'unknown mode',
    { ...DETECTOR, mode: 'deploy' },
    'mode',
    'deploy',
    'must be one of plan, draft, apply, auto',
  ],
  ['mode in the wrong case', { ...DETECTOR, mode: 'Plan' }, 'mode', 'Plan', 'did you mean plan?'],
  [
    'region with underscores',
    { ...DETECTOR, 'aws-region': 'us_east_1' },
    'aws-region',
    'us_east_1',
    'an AWS region such as us-east-1',
  ],
  [
    'region in capitals',
    { ...DETECTOR, 'aws-region': 'US-EAST-1' },
    'aws-region',
    'US-EAST-1',
    '^[a-z]{2}(-[a-z]+)+-\\d+$',
  ],
  [
    'bad region from AWS_REGION',
    { 'detector-id': 'd' },
    'aws-region',
    'nowhere',
    'from AWS_REGION',
    { env: { AWS_REGION: 'nowhere' } },
  ],
  ['no region at all', { 'detector-id': 'd' }, 'aws-region', null, 'is required'],
  [
    'endpoint with ftp',
    { ...DETECTOR, 'endpoint-url': 'ftp://host' },
    'endpoint-url',
    'ftp://host',
    'http:// or https:// URL',
  ],
  [
    'endpoint not a URL',
    { ...DETECTOR, 'endpoint-url': 'localhost:4566x y' },
    'endpoint-url',
    'localhost:4566x y',
    'http:// or https://',
  ],
  [
    'model-id with capitals',
    { ...RETRAIN, 'model-id': 'Payments' },
    'model-id',
    'Payments',
    '^[0-9a-z_]+$ (lowercase letters, digits and _; 1–64 characters)',
  ],
  [
    'model-id with a hyphen',
    { ...RETRAIN, 'model-id': 'pay-ments' },
    'model-id',
    'pay-ments',
    '^[0-9a-z_]+$',
  ],
  [
    'model-id too long',
    { ...RETRAIN, 'model-id': long(65) },
    'model-id',
    long(65),
    '1–64 characters',
  ],
  [
    'model-type abbreviation',
    { ...RETRAIN, 'model-type': 'TFI' },
    'model-type',
    'TFI',
    'must be one of ONLINE_FRAUD_INSIGHTS, TRANSACTION_FRAUD_INSIGHTS, ACCOUNT_TAKEOVER_INSIGHTS',
  ],
  [
    'major version with a leading zero',
    { ...RETRAIN, 'major-version-number': '01' },
    'major-version-number',
    '01',
    '^([1-9][0-9]*)$',
  ],
  [
    'major version too long',
    { ...RETRAIN, 'major-version-number': '123456' },
    'major-version-number',
    '123456',
    '1–5 characters',
  ],
  [
    'model version without minor',
    { ...EXISTING, 'model-version-number': '1' },
    'model-version-number',
    '1',
    '^[1-9][0-9]{0,3}\\.(0|[0-9]{2})$',
  ],
  [
    'model version with 3-digit minor',
    { ...EXISTING, 'model-version-number': '1.001' },
    'model-version-number',
    '1.001',
    'major.minor',
  ],
  [
    'training data over https',
    { ...RETRAIN, 'training-data-location': 'https://bucket/x.csv' },
    'training-data-location',
    'https://bucket/x.csv',
    '^s3:\\/\\/(.+)$',
  ],
  [
    'training data location too long',
    { ...RETRAIN, 'training-data-location': `s3://b/${long(600)}` },
    'training-data-location',
    's3://b/aaaaaaaaaa',
    '1–512 characters',
  ],
  [
    'role ARN with a short account',
    { ...RETRAIN, 'data-access-role-arn': 'arn:aws:iam::123:role/AFD' },
    'data-access-role-arn',
    'arn:aws:iam::123:role/AFD',
    'an IAM role ARN',
  ],
  [
    'role name instead of ARN',
    { ...RETRAIN, 'data-access-role-arn': 'AFDRole' },
    'data-access-role-arn',
    'AFDRole',
    'arn:aws',
  ],
  [
    'time in words',
    { ...INGESTED, 'ingested-events-start-time': 'yesterday', 'ingested-events-end-time': 'now' },
    'ingested-events-start-time',
    'yesterday',
    'ISO-8601 time with a timezone',
  ],
  [
    'time without a timezone',
    {
      ...INGESTED,
      'ingested-events-start-time': '2026-01-01T00:00:00',
      'ingested-events-end-time': 'now',
    },
    'ingested-events-start-time',
    '2026-01-01T00:00:00',
    'with a timezone',
  ],
  [
    'time on 30 February',
    {
      ...INGESTED,
      'ingested-events-start-time': '2026-02-30T00:00:00Z',
      'ingested-events-end-time': 'now',
    },
    'ingested-events-start-time',
    '2026-02-30T00:00:00Z',
    'ISO-8601',
  ],
  [
    'end time in the future',
    {
      ...INGESTED,
      'ingested-events-start-time': '-1d',
      'ingested-events-end-time': '2027-01-01T00:00:00Z',
    },
    'ingested-events-end-time',
    '2027-01-01T00:00:00Z',
    'must not be in the future',
  ],
  [
    'start after end',
    { ...INGESTED, 'ingested-events-start-time': '-1d', 'ingested-events-end-time': '-2d' },
    'ingested-events-start-time',
    '-1d',
    'must be before ingested-events-end-time',
  ],
  ['min-auc zero', { ...RETRAIN, 'min-auc': '0' }, 'min-auc', '0', 'greater than 0 and at most 1'],
  ['min-auc above 1', { ...RETRAIN, 'min-auc': '1.5' }, 'min-auc', '1.5', 'at most 1 (an AUC)'],
  [
    'min-auc as a percentage, with the fraction it means',
    { ...RETRAIN, 'min-auc': '90' },
    'min-auc',
    '90',
    'at most 1 (an AUC) — did you mean 0.9? It is a fraction, not a percentage',
  ],
  [
    'max-auc-drop as a percentage, with the fraction it means',
    { ...RETRAIN, 'max-auc-drop': '5' },
    'max-auc-drop',
    '5',
    'not including) 1 — did you mean 0.05? It is a fraction',
  ],
  [
    'min-auc not a number',
    { ...RETRAIN, 'min-auc': 'high' },
    'min-auc',
    'high',
    'must be a number',
  ],
  ['min-auc hex', { ...RETRAIN, 'min-auc': '0x1' }, 'min-auc', '0x1', 'must be a number'],
  [
    'max-auc-drop of 1',
    { ...RETRAIN, 'max-auc-drop': '1' },
    'max-auc-drop',
    '1',
    'from 0 up to (not including) 1',
  ],
  [
    'max-auc-drop negative',
    { ...RETRAIN, 'max-auc-drop': '-0.1' },
    'max-auc-drop',
    '-0.1',
    'from 0',
  ],
  [
    'activate-model yes',
    { ...RETRAIN, 'activate-model': 'yes' },
    'activate-model',
    'yes',
    'true | True | TRUE | false | False | FALSE',
  ],
  ['wait in mixed case', { ...DETECTOR, wait: 'tRUE' }, 'wait', 'tRUE', 'must be a boolean'],
  ['promote as 1', { ...DETECTOR, promote: '1' }, 'promote', '1', 'must be a boolean'],
  ['comment no', { ...DETECTOR, comment: 'no' }, 'comment', 'no', 'must be a boolean'],
  [
    'detector id with a space',
    { ...REGION, 'detector-id': 'Payments Detector' },
    'detector-id',
    'Payments Detector',
    '^[0-9a-z_-]+$ (lowercase letters, digits, _ and -; 1–64 characters)',
  ],
  [
    'rule id with a space',
    { ...DETECTOR, rules: '["bad rule@1"]' },
    'rules',
    'bad rule@1',
    'ruleId must match ^[0-9a-z_-]+$',
  ],
  [
    'rule version 0',
    { ...DETECTOR, rules: '[a@0]' },
    'rules',
    'a@0',
    'ruleVersion must match ^([1-9][0-9]*)$',
  ],
  [
    'rule without @',
    { ...DETECTOR, rules: '[high_risk]' },
    'rules',
    'high_risk',
    'must be ruleId@ruleVersion',
  ],
  [
    'duplicate rule',
    { ...DETECTOR, rules: '[a@1, b@1, a@2]' },
    'rules',
    'a@2',
    "lists rule 'a' again (items 1 and 3)",
  ],
  [
    'rule missing its version',
    { ...DETECTOR, rules: '[{ruleId: a}]' },
    'rules',
    '{ruleId: a}',
    'is missing ruleVersion',
  ],
  [
    'rules as a mapping',
    { ...DETECTOR, rules: '{a: 1}' },
    'rules',
    '{a: 1}',
    'must be a YAML list',
  ],
  [
    'rules with a YAML syntax error',
    { ...DETECTOR, rules: '[a@1' },
    'rules',
    '[a@1',
    'is not valid YAML',
  ],
  [
    'rule with a misspelt key',
    { ...DETECTOR, rules: '[{ruleId: a, ruleVersion: 1, version: 2}]' },
    'rules',
    null,
    "did you mean 'ruleVersion'?",
  ],
  [
    'rule version as a YAML float',
    { ...DETECTOR, rules: '[{ruleId: a, ruleVersion: 1.5}]' },
    'rules',
    '1.5',
    'item 1, ruleVersion: must match',
  ],
  [
    'rule execution mode abbreviated',
    { ...DETECTOR, 'rule-execution-mode': 'FIRST' },
    'rule-execution-mode',
    'FIRST',
    'did you mean FIRST_MATCHED?',
  ],
  [
    'model version with an unknown type',
    { ...DETECTOR, 'model-versions': '[{modelId: m, modelType: X, modelVersionNumber: "1.0"}]' },
    'model-versions',
    'X',
    'must be one of ONLINE_FRAUD_INSIGHTS',
  ],
  [
    'model version number 1',
    {
      ...DETECTOR,
      'model-versions': '[{modelId: m, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: 1}]',
    },
    'model-versions',
    '1',
    'major.minor',
  ],
  [
    'model versions listing a model twice',
    {
      ...DETECTOR,
      'model-versions':
        '[{modelId: m, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: "1.0"}, {modelId: m, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: "1.01"}]',
    },
    'model-versions',
    'modelVersionNumber: "1.01"',
    "lists model 'm' again",
  ],
  [
    'model versions as plain strings',
    { ...DETECTOR, 'model-versions': '[m@1.0]' },
    'model-versions',
    'm@1.0',
    'must be a mapping {modelId, modelType, modelVersionNumber}',
  ],
  [
    'endpoint starting with a hyphen',
    { ...DETECTOR, 'external-model-endpoints': '[-bad-]' },
    'external-model-endpoints',
    '-bad-',
    'starting and ending with a letter or digit',
  ],
  [
    'endpoint listed twice',
    { ...DETECTOR, 'external-model-endpoints': '[a, a]' },
    'external-model-endpoints',
    'a',
    "lists endpoint 'a' twice",
  ],
  [
    'more than 10 models',
    {
      ...DETECTOR,
      'model-versions': `[${Array.from({ length: 6 }, (_, i) => `{modelId: m${i}, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: "1.0"}`).join(', ')}]`,
      'external-model-endpoints': '[e1, e2, e3, e4, e5]',
    },
    'model-versions',
    '6 model versions + 5 endpoints',
    'together must hold at most 10 models',
  ],
  [
    'description too long',
    { ...DETECTOR, description: long(129, 'd') },
    'description',
    'ddddd',
    '1–128 characters',
  ],
  [
    'base version by name',
    { ...DETECTOR, 'base-version': 'newest' },
    'base-version',
    'newest',
    'must be active, latest, or a detector version id',
  ],
  ['base version 0', { ...DETECTOR, 'base-version': '0' }, 'base-version', '0', 'a whole number'],
  [
    'tag key reserved by AWS',
    { ...DETECTOR, tags: 'aws:owner: me' },
    'tags',
    'aws:owner',
    "must not start with 'aws:' (reserved by AWS)",
  ],
  [
    'tag key reserved by AWS in capitals',
    { ...DETECTOR, tags: 'AWS:owner: me' },
    'tags',
    'AWS:owner',
    'reserved by AWS',
  ],
  [
    'tag key with a star',
    { ...DETECTOR, tags: '{"bad*key": v}' },
    'tags',
    'bad*key',
    'tag key must match',
  ],
  [
    'tag key listed twice',
    { ...DETECTOR, tags: '[{key: a, value: "1"}, {key: a, value: "2"}]' },
    'tags',
    'a',
    "lists tag key 'a' twice",
  ],
  [
    'tag value too long',
    { ...DETECTOR, tags: `team: ${long(257)}` },
    'tags',
    'aaaaaaa',
    'at most 256 characters',
  ],
  [
    'too many tags with the provenance tags',
    { ...DETECTOR, tags: Array.from({ length: 197 }, (_, i) => `k${i}: v`).join('\n') },
    'tags',
    '197 tags',
    'at most 196 tags',
  ],
  [
    'tags as plain text',
    { ...DETECTOR, tags: 'just text' },
    'tags',
    'just text',
    'must be a YAML mapping',
  ],
  [
    'timeout of 0',
    { ...DETECTOR, 'timeout-minutes': '0' },
    'timeout-minutes',
    '0',
    'whole number from 1 to 4320',
  ],
  [
    'timeout over 72 h',
    { ...DETECTOR, 'timeout-minutes': '4321' },
    'timeout-minutes',
    '4321',
    'from 1 to 4320',
  ],
  [
    'fractional timeout',
    { ...DETECTOR, 'timeout-minutes': '1.5' },
    'timeout-minutes',
    '1.5',
    'whole number',
  ],
  [
    'absolute config path',
    { ...DETECTOR, config: '/etc/afd.yml' },
    'config',
    '/etc/afd.yml',
    'absolute paths are not allowed',
  ],
  [
    'config path leaving the workspace',
    { ...DETECTOR, config: 'conf/../../x.yml' },
    'config',
    'conf/../../x.yml',
    "'..' may not leave the workspace",
  ],
  [
    'missing config file',
    { ...DETECTOR, config: 'missing.yml' },
    'config',
    'missing.yml',
    'must name an existing file',
  ],
  // Cross-field rules: each names both inputs.
  [
    'data location without role',
    { ...INGESTED, 'training-data-location': 's3://b/k' },
    'training-data-location',
    's3://b/k',
    'needs data-access-role-arn as well',
  ],
  [
    'role without data location',
    { ...INGESTED, 'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFD' },
    'data-access-role-arn',
    'arn:aws:iam::123456789012:role/AFD',
    'needs training-data-location as well',
  ],
  [
    'external and ingested together',
    { ...RETRAIN, 'ingested-events-start-time': '-1d', 'ingested-events-end-time': 'now' },
    'training-data-location',
    's3://risk-data/training/2026-11.csv',
    'cannot be combined with ingested-events-start-time',
  ],
  [
    'start time alone',
    { ...INGESTED, 'ingested-events-start-time': '-1d' },
    'ingested-events-start-time',
    '-1d',
    'needs ingested-events-end-time as well',
  ],
  [
    'retrain without major version',
    { ...RETRAIN, 'major-version-number': '' },
    'major-version-number',
    null,
    'is missing: retraining needs it (training-data-location is set); give the major version',
  ],
  [
    'retrain without model id',
    { ...RETRAIN, 'model-id': '' },
    'model-id',
    null,
    'is missing: retraining needs it (training-data-location is set); give the model id',
  ],
  [
    'retrain without model type, named with its allowed values',
    { ...RETRAIN, 'model-type': '' },
    'model-type',
    null,
    'is missing: retraining needs it (training-data-location is set); give the model type, one of ONLINE_FRAUD_INSIGHTS, TRANSACTION_FRAUD_INSIGHTS, ACCOUNT_TAKEOVER_INSIGHTS',
  ],
  [
    'model version without model type',
    { ...EXISTING, 'model-type': '' },
    'model-type',
    null,
    'is missing: AFD names a model by its id and its type (model-id is set); give the model type, one of',
  ],
  [
    'existing version and a retrain',
    { ...RETRAIN, 'model-version-number': '1.02' },
    'model-version-number',
    '1.02',
    'cannot be combined with training-data-location',
  ],
  [
    'min-auc on an ATI model',
    { ...RETRAIN, 'model-type': 'ACCOUNT_TAKEOVER_INSIGHTS', 'min-auc': '0.9' },
    'min-auc',
    '0.9',
    'model-type is ACCOUNT_TAKEOVER_INSIGHTS: AFD reports ASI',
  ],
  [
    'max-auc-drop on an ATI model',
    { ...RETRAIN, 'model-type': 'ACCOUNT_TAKEOVER_INSIGHTS', 'max-auc-drop': '0.1' },
    'max-auc-drop',
    '0.1',
    'ASI',
  ],
  [
    'min-auc without a model',
    { ...DETECTOR, 'min-auc': '0.9' },
    'min-auc',
    '0.9',
    'needs a model: set model-id and model-type',
  ],
  [
    'activate-model without a model',
    { ...DETECTOR, 'activate-model': 'true' },
    'activate-model',
    'true',
    'needs a model',
  ],
  [
    'gate on a model type that reports no AUC',
    { ...RETRAIN, 'model-type': 'ACCOUNT_TAKEOVER_INSIGHTS', 'max-auc-drop': '0.01' },
    'max-auc-drop',
    '0.01',
    'AFD reports ASI',
  ],
  [
    'promote without a detector',
    { ...RETRAIN, promote: 'true' },
    'promote',
    'true',
    'needs detector-id',
  ],
  [
    'rules without a detector',
    { ...RETRAIN, rules: '[a@1]' },
    'rules',
    '[a@1]',
    'needs detector-id',
  ],
  [
    'base version without a detector',
    { ...RETRAIN, 'base-version': 'latest' },
    'base-version',
    'latest',
    'needs detector-id',
  ],
  [
    'model id with nothing to do',
    { ...REGION, 'model-id': 'm', 'model-type': 'ONLINE_FRAUD_INSIGHTS' },
    'model-id',
    'm',
    'says nothing to do with the model',
  ],
  [
    'model version of another major',
    { ...EXISTING, 'major-version-number': '1', 'model-version-number': '2.01' },
    'model-version-number',
    '2.01',
    'is not a version of major-version-number',
  ],
  ['a request that does nothing', { ...REGION }, 'model-id', null, 'nothing to do'],
];

describe('parseRequest: invalid inputs', () => {
  it('has at least 40 distinct cases', () => {
    expect(new Set(INVALID.map((c) => c[0])).size).toBe(INVALID.length);
    expect(INVALID.length).toBeGreaterThanOrEqual(40);
  });

  it.each(INVALID)('rejects %s', (_what, inputs, input, value, fragment, opts) => {
    const err = parseError(inputs, opts);
    const matching = err.problems.filter(
      (p) =>
        p.input === input &&
        p.rule.includes(fragment) &&
        (value === null || (p.value ?? '').includes(value)),
    );
    expect(matching, `problems were:\n${err.message}`).toHaveLength(1);
    const line = formatProblem(matching[0]!);
    expect(err.message).toContain(line);
    expect(line).toContain(`'${input}'`);
    if (value !== null) expect(line).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('shortens a long value to about 80 characters', () => {
    const err = parseError({ ...RETRAIN, 'training-data-location': `https://${long(500)}` });
    const p = err.problems.find((x) => x.input === 'training-data-location');
    expect(p?.value?.length).toBeLessThanOrEqual(80);
    expect(p?.value).toMatch(/…$/);
  });
});

describe('parseRequest: multiple problems', () => {
  it('reports every problem at once, in one InputError', () => {
    const err = parseError({
      'aws-region': 'mars-1',
      'model-id': 'Bad',
      'model-type': 'TFI',
      'major-version-number': '0',
      'training-data-location': 'https://x',
      'data-access-role-arn': 'role',
      'min-auc': '2',
      wait: 'maybe',
      'detector-id': 'X',
      rules: '[a@1, a@1]',
    });
    const inputs = err.problems.map((p) => p.input);
    for (const name of [
      'aws-region',
      'model-id',
      'model-type',
      'major-version-number',
      'training-data-location',
      'data-access-role-arn',
      'min-auc',
      'wait',
      'detector-id',
      'rules',
    ])
      expect(inputs).toContain(name);
    expect(err.message).toMatch(new RegExp(`^${err.problems.length} inputs are invalid:\n`));
    expect(err.message.split('\n')).toHaveLength(err.problems.length + 1);
  });

  it('formats a single problem on one line', () => {
    const err = parseError({ ...DETECTOR, mode: 'yolo' });
    expect(err.problems).toHaveLength(1);
    expect(err.message).toBe(
      `Input 'mode' = "yolo": must be one of plan, draft, apply, auto, export`,
    );
  });
});

describe('parseRequest: the github token never appears in a problem', () => {
  const TOKEN = 'ghs_S3cretT0kenValue1234567890';

  it('keeps the token out even when it is pasted into other inputs', () => {
    const err = parseError({
      ...REGION,
      'github-token': `  ${TOKEN}\n`,
      'model-id': TOKEN,
      'detector-id': `${TOKEN}-x`,
      description: long(130) + TOKEN,
      rules: `[${TOKEN}]`,
      tags: `${TOKEN}: v`,
      mode: TOKEN,
    });
    expect(err.problems.length).toBeGreaterThanOrEqual(5);
    expect(err.message).not.toContain(TOKEN);
    expect(JSON.stringify(err.problems)).not.toContain(TOKEN);
    expect(err.problems.some((p) => p.input === 'github-token')).toBe(false);
  });

  it('keeps the AWS credentials of the environment out too, when pasted into an input', () => {
    const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const err = parseError(
      { ...DETECTOR, description: long(130) + SECRET, mode: SECRET },
      { env: { AWS_SECRET_ACCESS_KEY: SECRET } },
    );
    expect(err.problems.length).toBeGreaterThanOrEqual(2);
    expect(err.message).not.toContain(SECRET);
    expect(JSON.stringify(err.problems)).not.toContain(SECRET);
  });

  it('does not mention the token when other inputs are bad', () => {
    const err = parseError({ ...DETECTOR, 'github-token': TOKEN, 'min-auc': 'x' });
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).not.toContain('ghs_');
  });
});

describe('model version numbers as AFD writes them', () => {
  it('refuses a one-digit minor such as 1.1, which could mean 1.01 or 1.10', () => {
    const err = parseError({ ...EXISTING, 'model-version-number': '1.1' });
    expect(err.message).toContain('Input \'model-version-number\' = "1.1"');
    expect(err.message).toContain('1.1 is ambiguous');
  });

  it('accepts a major version (1.0) and two-digit minors (1.03, 1.10)', () => {
    for (const v of ['1.0', '1.03', '1.10', '12.99']) {
      expect(parse({ ...EXISTING, 'model-version-number': v }).model?.modelVersionNumber).toBe(v);
    }
  });
});
