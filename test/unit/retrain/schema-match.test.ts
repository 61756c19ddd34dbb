// Which major version has a training schema: variables and labels compared as
// sets, the treatment of unlabeled events with AFD's default, failed trainings
// ignored; and the schema change shown in the plan.
import { describe, expect, it } from 'vitest';
import type { ModelVersionDetail } from '../../../src/domain/afd.js';
import type { NewMajorVersion } from '../../../src/domain/request.js';
import { decideNewMajor, describeDecision } from '../../../src/retrain/new-major.js';
import {
  findMajorWithSchema,
  hasSchema,
  nextMajorVersion,
  schemaChange,
} from '../../../src/retrain/schema-match.js';
import { renderSchemaChange } from '../../../src/report/schema-change.js';

const V1_SCHEMA = {
  modelVariables: ['amount', 'currency', 'ip_address', 'billing_country'],
  labelMapper: { FRAUD: ['1'], LEGIT: ['0'] },
};

function version(
  modelVersionNumber: string,
  status: string,
  schema = V1_SCHEMA,
  source = 'EXTERNAL_EVENTS',
): ModelVersionDetail {
  return {
    modelId: 'payments_model',
    modelType: 'TRANSACTION_FRAUD_INSIGHTS',
    modelVersionNumber,
    status,
    metrics: {},
    validationMessages: [],
    trainingDataSource: source,
    trainingDataSchema: schema,
  };
}

const WANTED: NewMajorVersion = {
  trainingDataSource: 'EXTERNAL_EVENTS',
  trainingDataSchema: {
    modelVariables: ['amount', 'ip_address', 'email_address'],
    labelMapper: { FRAUD: ['1'], LEGIT: ['0', 'ok'] },
  },
  training: {
    kind: 'external',
    dataLocation: 's3://acme/t.csv',
    dataAccessRoleArn: 'arn:aws:iam::123456789012:role/R',
  },
};
const V2_SCHEMA = WANTED.trainingDataSchema as typeof V1_SCHEMA;

describe('hasSchema', () => {
  it('compares variables and labels as sets: a reordered list is the same schema', () => {
    const reordered = {
      modelVariables: ['email_address', 'amount', 'ip_address'],
      labelMapper: { LEGIT: ['ok', '0'], FRAUD: ['1'] },
    };
    expect(hasSchema(version('2.0', 'ACTIVE', reordered), WANTED)).toBe(true);
  });

  it('treats a missing unlabeledEventsTreatment as IGNORE, AFD’s default', () => {
    const withIgnore = {
      ...WANTED,
      trainingDataSchema: {
        ...WANTED.trainingDataSchema,
        unlabeledEventsTreatment: 'IGNORE' as const,
      },
    };
    expect(hasSchema(version('2.0', 'ACTIVE', V2_SCHEMA), withIgnore)).toBe(true);
    const withAuto = {
      ...WANTED,
      trainingDataSchema: {
        ...WANTED.trainingDataSchema,
        unlabeledEventsTreatment: 'AUTO' as const,
      },
    };
    expect(hasSchema(version('2.0', 'ACTIVE', V2_SCHEMA), withAuto)).toBe(false);
  });

  it('differs on one variable, one label, or the data source', () => {
    expect(
      hasSchema(
        version('2.0', 'ACTIVE', { ...V2_SCHEMA, modelVariables: ['amount', 'ip_address'] }),
        WANTED,
      ),
    ).toBe(false);
    expect(
      hasSchema(
        version('2.0', 'ACTIVE', { ...V2_SCHEMA, labelMapper: { FRAUD: ['1'], LEGIT: ['0'] } }),
        WANTED,
      ),
    ).toBe(false);
    expect(hasSchema(version('2.0', 'ACTIVE', V2_SCHEMA, 'INGESTED_EVENTS'), WANTED)).toBe(false);
  });
});

describe('findMajorWithSchema', () => {
  it('finds the major version with the schema, and its newest version whose training did not fail', () => {
    const details = [
      version('1.0', 'TRAINING_COMPLETE'),
      version('1.01', 'ACTIVE'),
      version('2.0', 'TRAINING_COMPLETE', V2_SCHEMA),
      version('2.01', 'ACTIVE', V2_SCHEMA),
      version('2.02', 'ERROR', V2_SCHEMA),
    ];
    const match = findMajorWithSchema(details, WANTED);
    expect(match?.majorVersionNumber).toBe('2');
    expect(match?.latest.modelVersionNumber).toBe('2.01');
  });

  it('finds none when the only major with the schema failed to train (a new one is created)', () => {
    const details = [version('1.01', 'ACTIVE'), version('2.0', 'ERROR', V2_SCHEMA)];
    expect(findMajorWithSchema(details, WANTED)).toBeUndefined();
    expect(nextMajorVersion(details)).toBe('3.0');
  });

  it('numbers the next major after the highest, compared as numbers (10 after 9)', () => {
    expect(nextMajorVersion([version('9.03', 'ACTIVE'), version('1.0', 'ACTIVE')])).toBe('10.0');
    expect(nextMajorVersion([])).toBe('1.0');
  });
});

describe('schemaChange and the decision', () => {
  it('lists variables added, removed and kept, and the label mapping, against the ACTIVE version', () => {
    const details = [version('1.0', 'TRAINING_COMPLETE'), version('1.02', 'ACTIVE')];
    const decision = decideNewMajor(details, WANTED);
    expect(decision.match).toBeUndefined();
    expect(decision.next).toBe('2.0');
    expect(decision.change).toEqual({
      from: { modelVersionNumber: '1.02', status: 'ACTIVE' },
      variablesAdded: ['email_address'],
      variablesRemoved: ['currency', 'billing_country'],
      variablesKept: ['amount', 'ip_address'],
      labels: [{ labelClass: 'LEGIT', added: ['ok'], removed: [] }],
    });
    expect(describeDecision(decision, 'plan', false)).toBe(
      'would create major version 2.0 (CreateModelVersion)',
    );
  });

  it('when a major has the schema, compares with the ACTIVE version of another major', () => {
    const details = [version('1.02', 'ACTIVE'), version('2.0', 'TRAINING_COMPLETE', V2_SCHEMA)];
    const decision = decideNewMajor(details, WANTED);
    expect(decision.match?.majorVersionNumber).toBe('2');
    expect(decision.change.from?.modelVersionNumber).toBe('1.02');
    expect(describeDecision(decision, 'plan', false)).toBe(
      'major version 2 already has this schema and data source; would use version 2.0, no new major version',
    );
    expect(describeDecision(decision, 'run', true)).toBe(
      'major version 2 already has this schema and data source; retrained (UpdateModelVersion)',
    );
  });

  it('without an ACTIVE version, compares with the newest version of the major being replaced', () => {
    const change = decideNewMajor([version('1.0', 'TRAINING_COMPLETE')], WANTED).change;
    expect(change.from).toEqual({ modelVersionNumber: '1.0', status: 'TRAINING_COMPLETE' });
  });

  it('notes a changed treatment of unlabeled events and a changed data source', () => {
    const change = schemaChange(version('1.0', 'ACTIVE', V1_SCHEMA, 'INGESTED_EVENTS'), {
      ...WANTED,
      trainingDataSchema: { ...V1_SCHEMA, unlabeledEventsTreatment: 'AUTO' },
    });
    expect(change.treatment).toEqual({ from: 'IGNORE', to: 'AUTO' });
    expect(change.source).toEqual({ from: 'INGESTED_EVENTS', to: 'EXTERNAL_EVENTS' });
    expect(change.variablesAdded).toEqual([]);
  });

  it('renders the change as a table with escaped names', () => {
    const md = renderSchemaChange({
      modelId: 'payments_model',
      action: 'would create major version 2.0 (CreateModelVersion)',
      change: schemaChange(version('1.02', 'ACTIVE'), {
        ...WANTED,
        trainingDataSchema: { modelVariables: ['amount', 'a|b'], labelMapper: { FRAUD: ['1'] } },
      }),
    });
    expect(md).toContain(
      '### Training schema of model `payments_model`: would create major version 2.0 \\(CreateModelVersion\\)',
    );
    expect(md).toContain(
      'Compared with version `1.02` (ACTIVE): +1 −3 variables, label mapping changed.',
    );
    expect(md).toContain('| variables added | `a\\|b` |');
    expect(md).toContain('| variables removed | `currency`, `ip_address`, `billing_country` |');
    expect(md).toContain('| labels mapped to `LEGIT` | −`0` |');
  });
});
