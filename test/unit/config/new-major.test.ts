// model.newMajorVersion in the config file: AFD's CreateModelVersion
// constraints checked before any call, each problem at its file and line.
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../docs/repo.js';
import { parse, parseError } from './helpers.js';

const CONFIG = { config: '.github/afd.yml', 'aws-region': 'us-east-1' };
const files = (text: string) => ({ files: { '.github/afd.yml': text } });

const MODEL = `model:
  modelId: payments_model
  modelType: TRANSACTION_FRAUD_INSIGHTS
`;
const EXTERNAL = `  newMajorVersion:
    trainingDataSource: EXTERNAL_EVENTS
    trainingDataSchema:
      modelVariables: [amount, ip_address, email_address]
      labelSchema: { labelMapper: { FRAUD: [fraud], LEGIT: [legit] }, unlabeledEventsTreatment: IGNORE }
    externalEventsDetail:
      dataLocation: s3://acme/training/2026-12.csv
      dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData
`;

/** The problems of a config whose model section is MODEL + `body`, as `input: rule` lines. */
function problemsOf(body: string, extra = ''): string[] {
  const err = parseError(CONFIG, files(MODEL + body + extra));
  return err.problems.map((p) => `${p.input}: ${p.rule}`);
}

describe('model.newMajorVersion', () => {
  it('reads the schema, the source and the external detail', () => {
    const req = parse(CONFIG, files(MODEL + EXTERNAL));
    expect(req.model?.newMajorVersion).toEqual({
      trainingDataSource: 'EXTERNAL_EVENTS',
      trainingDataSchema: {
        modelVariables: ['amount', 'ip_address', 'email_address'],
        labelMapper: { FRAUD: ['fraud'], LEGIT: ['legit'] },
        unlabeledEventsTreatment: 'IGNORE',
      },
      training: {
        kind: 'external',
        dataLocation: 's3://acme/training/2026-12.csv',
        dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTrainingData',
      },
    });
    // It gives the model something to do: no majorVersionNumber needed.
    expect(req.model?.majorVersionNumber).toBeUndefined();
  });

  it('reads an ingested-events window (relative times resolved)', () => {
    const req = parse(
      CONFIG,
      files(
        MODEL +
          `  newMajorVersion:
    trainingDataSource: INGESTED_EVENTS
    trainingDataSchema: { modelVariables: [amount] }
    ingestedEventsDetail: { ingestedEventsTimeWindow: { startTime: -90d, endTime: now } }
`,
      ),
    );
    expect(req.model?.newMajorVersion?.training).toEqual({
      kind: 'ingested',
      startTime: '2026-08-17T12:00:00Z',
      endTime: '2026-11-15T12:00:00Z',
    });
  });

  it('reports every problem at once: an unknown source, no variables, a bad treatment and class, an S3 path and a role that do not match AFD', () => {
    const problems = problemsOf(`  newMajorVersion:
    trainingDataSource: EXTERNAL_EVENT
    trainingDataSchema:
      modelVariables: []
      labelSchema: { labelMapper: { FRAUDULENT: [fraud] }, unlabeledEventsTreatment: DROP }
    externalEventsDetail:
      dataLocation: https://acme/training.csv
      dataAccessRoleArn: arn:aws:iam::123:role/x
`);
    expect(problems).toEqual([
      expect.stringMatching(
        /^model\.newMajorVersion\.trainingDataSource: must be one of EXTERNAL_EVENTS, INGESTED_EVENTS — did you mean EXTERNAL_EVENTS\?/,
      ),
      expect.stringMatching(
        /^model\.newMajorVersion\.trainingDataSchema\.modelVariables: must name at least 1 model variables/,
      ),
      expect.stringMatching(
        /^model\.newMajorVersion\.trainingDataSchema\.labelSchema\.unlabeledEventsTreatment: must be one of IGNORE, FRAUD, LEGIT, AUTO/,
      ),
      expect.stringMatching(
        /^model\.newMajorVersion\.trainingDataSchema\.labelSchema\.labelMapper\.FRAUDULENT: unknown key 'FRAUDULENT' — did you mean 'FRAUD'\?/,
      ),
      expect.stringContaining('dataLocation: must match ^s3:'),
      expect.stringContaining('dataAccessRoleArn: must match ^arn:aws'),
    ]);
  });

  it('refuses a labelMapper key other than FRAUD and LEGIT, naming the known ones', () => {
    const problems = problemsOf(
      EXTERNAL.replace('{ FRAUD: [fraud], LEGIT: [legit] }', '{ FRAUDULENT: [fraud] }'),
    );
    expect(problems).toEqual([
      expect.stringContaining(
        "model.newMajorVersion.trainingDataSchema.labelSchema.labelMapper.FRAUDULENT: unknown key 'FRAUDULENT' — did you mean 'FRAUD'?",
      ),
    ]);
  });

  it('refuses an S3 location and a role ARN that do not match AFD’s patterns', () => {
    const problems = problemsOf(
      EXTERNAL.replace('s3://acme/training/2026-12.csv', 'https://acme/t.csv').replace(
        'arn:aws:iam::123456789012:role/AFDTrainingData',
        'arn:aws:iam::123:role/x',
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining(
        'model.newMajorVersion.externalEventsDetail.dataLocation: must match ^s3:\\/\\/(.+)$',
      ),
      expect.stringContaining(
        'model.newMajorVersion.externalEventsDetail.dataAccessRoleArn: must match ^arn:aws',
      ),
    ]);
  });

  it('refuses a variable listed twice and a label mapped to both classes', () => {
    const problems = problemsOf(
      EXTERNAL.replace('[amount, ip_address, email_address]', '[amount, amount]').replace(
        'LEGIT: [legit]',
        'LEGIT: [fraud]',
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining('modelVariables[1]: is listed twice in model variables'),
      expect.stringContaining('labelMapper.LEGIT: maps one label to both FRAUD and LEGIT'),
    ]);
  });

  it('refuses a detail that does not match the data source, and a missing one', () => {
    const ingestedGiven = EXTERNAL.replace(
      /externalEventsDetail:\n.*\n.*\n/,
      'ingestedEventsDetail: { ingestedEventsTimeWindow: { startTime: -90d, endTime: now } }\n',
    );
    expect(problemsOf(ingestedGiven)).toEqual([
      expect.stringContaining(
        'model.newMajorVersion.ingestedEventsDetail: does not go with trainingDataSource EXTERNAL_EVENTS: give externalEventsDetail instead',
      ),
      expect.stringContaining(
        'model.newMajorVersion: is missing externalEventsDetail: trainingDataSource EXTERNAL_EVENTS reads its training data from there',
      ),
    ]);
  });

  it('refuses unknown keys with a suggestion', () => {
    const problems = problemsOf(EXTERNAL.replace('modelVariables:', 'modelVariable:'));
    expect(problems).toContainEqual(
      expect.stringContaining("unknown key 'modelVariable' — did you mean 'modelVariables'?"),
    );
  });

  it('cannot be combined with majorVersionNumber or model-version-number', () => {
    const problems = problemsOf(EXTERNAL, '  majorVersionNumber: "1"\n');
    expect(problems).toEqual([
      expect.stringContaining(
        'model.majorVersionNumber: cannot be combined with model.newMajorVersion',
      ),
    ]);
  });

  it('a retrain of the found major version needs no majorVersionNumber, but the same data source', () => {
    const retrainExternal = `  retrain:
    externalEventsDetail:
      dataLocation: s3://acme/training/2027-01.csv
      dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData
`;
    const req = parse(CONFIG, files(MODEL + EXTERNAL + retrainExternal));
    expect(req.model?.retrain).toMatchObject({ kind: 'external' });

    const retrainIngested = `  retrain:
    ingestedEventsDetail: { ingestedEventsTimeWindow: { startTime: -30d, endTime: now } }
`;
    expect(problemsOf(EXTERNAL, retrainIngested)).toEqual([
      expect.stringContaining(
        'but model.newMajorVersion trains from EXTERNAL_EVENTS: a retrain keeps the data source of its major version',
      ),
    ]);
  });

  it('with a detector, asks for activate: true (AFD puts only ACTIVE model versions in a detector version)', () => {
    const problems = problemsOf(EXTERNAL, 'detector:\n  detectorId: payments_detector\n');
    expect(problems).toEqual([
      expect.stringContaining('must be true when a new major version feeds'),
    ]);
  });
});

describe('the README example of model.newMajorVersion', () => {
  it('parses as documented', () => {
    const readme = readRepoFile('README.md');
    const block = /```yaml\n(# fraud-detector\/payments-model\.yml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const req = parse(
      { config: 'fraud-detector/payments-model.yml', 'aws-region': 'us-east-1' },
      { files: { 'fraud-detector/payments-model.yml': block! } },
    );
    expect(req.model?.newMajorVersion?.trainingDataSchema.modelVariables).toHaveLength(5);
    expect(req.detector?.promote).toBe(true);
  });
});
