// Property tests: generated bad values for every pattern-checked input must be
// rejected, naming that input; generated good values must be accepted. The
// oracles are written out here, independently of src/config/constraints.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/errors.js';
import { parseRequest } from '../../../src/config/parse-request.js';
import { fakeSources } from './helpers.js';

const RETRAIN = {
  'aws-region': 'us-east-1',
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'major-version-number': '1',
  'training-data-location': 's3://bucket/data.csv',
  'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFD',
  'activate-model': 'true',
  'detector-id': 'payments_detector',
};
const EXISTING = {
  'aws-region': 'us-east-1',
  'model-id': 'payments_model',
  'model-type': 'TRANSACTION_FRAUD_INSIGHTS',
  'model-version-number': '1.0',
};

interface Target {
  input: string;
  base: Record<string, string>;
  valid: (s: string) => boolean;
  good: fc.Arbitrary<string>;
}

const TARGETS: Target[] = [
  {
    input: 'model-id',
    base: RETRAIN,
    valid: (s) => /^[0-9a-z_]{1,64}$/.test(s),
    good: fc.stringMatching(/^[0-9a-z_]{1,64}$/),
  },
  {
    input: 'detector-id',
    base: RETRAIN,
    valid: (s) => /^[0-9a-z_-]{1,64}$/.test(s),
    good: fc.stringMatching(/^[0-9a-z_-]{1,64}$/),
  },
  {
    input: 'major-version-number',
    base: RETRAIN,
    valid: (s) => /^[1-9][0-9]{0,4}$/.test(s),
    good: fc.integer({ min: 1, max: 99999 }).map(String),
  },
  {
    input: 'model-version-number',
    base: EXISTING,
    valid: (s) => /^[1-9][0-9]{0,3}\.(0|[0-9]{2})$/.test(s),
    good: fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.stringMatching(/^(0|[0-9]{2})$/))
      .map(([a, b]) => `${a}.${b}`),
  },
  {
    input: 'training-data-location',
    base: RETRAIN,
    valid: (s) =>
      s.startsWith('s3://') && s.length > 5 && s.length <= 512 && !/[\n\r\u2028\u2029]/.test(s),
    good: fc.stringMatching(/^[a-z0-9.-]{3,63}\/[a-zA-Z0-9/_.-]{1,100}$/).map((k) => `s3://${k}`),
  },
  {
    input: 'data-access-role-arn',
    base: RETRAIN,
    valid: (s) => /^arn:aws[a-z-]{0,15}:iam::\d{12}:role\/\S{2,64}$/.test(s) && s.length <= 256,
    good: fc
      .tuple(fc.stringMatching(/^\d{12}$/), fc.stringMatching(/^[A-Za-z0-9+=,.@_/-]{2,64}$/))
      .map(([acct, role]) => `arn:aws:iam::${acct}:role/${role}`),
  },
  {
    input: 'aws-region',
    base: RETRAIN,
    valid: (s) => /^[a-z]{2}(-[a-z]+)+-\d+$/.test(s) && s.length <= 32,
    good: fc.constantFrom('us-east-1', 'eu-central-2', 'us-gov-west-1', 'ap-southeast-4'),
  },
  {
    input: 'model-type',
    base: RETRAIN,
    valid: (s) =>
      ['ONLINE_FRAUD_INSIGHTS', 'TRANSACTION_FRAUD_INSIGHTS', 'ACCOUNT_TAKEOVER_INSIGHTS'].includes(
        s,
      ),
    good: fc.constantFrom('ONLINE_FRAUD_INSIGHTS', 'TRANSACTION_FRAUD_INSIGHTS'),
  },
  {
    input: 'external-model-endpoints',
    base: RETRAIN,
    valid: () => false, // raw strings below are wrapped as a one-item YAML list of a quoted name
    good: fc.stringMatching(/^[a-zA-Z0-9](-?[a-zA-Z0-9]){0,30}$/),
  },
];

/** Mostly near-misses: valid-looking characters with one bad change, plus arbitrary text. */
function badCandidates(t: Target): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .tuple(t.good, fc.string({ minLength: 1, maxLength: 3 }), fc.nat())
      .map(([g, bad, at]) => g.slice(0, at % (g.length + 1)) + bad + g.slice(at % (g.length + 1))),
    t.good.map((g) => g.toUpperCase() + '!'),
    t.good.map((g) => g.repeat(600).slice(0, 600)),
  );
}

function rejectionFor(inputs: Record<string, string>): InputError | undefined {
  try {
    parseRequest(fakeSources(inputs));
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

const SCALAR_TARGETS = TARGETS.filter((t) => t.input !== 'external-model-endpoints');

describe('property: every bad value of a pattern-checked input is rejected, naming it', () => {
  for (const t of SCALAR_TARGETS) {
    it(`${t.input}: 200 bad values`, () => {
      let checked = 0;
      fc.assert(
        fc.property(
          badCandidates(t).filter((s) => s.trim() !== '' && !t.valid(s.trim())),
          (bad) => {
            checked++;
            const err = rejectionFor({ ...t.base, [t.input]: bad });
            expect(err, `accepted ${JSON.stringify(bad)}`).toBeInstanceOf(InputError);
            expect(err!.problems.map((p) => p.input)).toContain(t.input);
          },
        ),
        { numRuns: 200 },
      );
      expect(checked).toBeGreaterThanOrEqual(200);
      // Many runs, not a timing claim: room for a loaded CI machine.
    }, 120_000);

    it(`${t.input}: good values are accepted`, () => {
      fc.assert(
        fc.property(t.good, (good) => {
          expect(() =>
            parseRequest(fakeSources({ ...t.base, [t.input]: ` ${good} ` })),
          ).not.toThrow();
        }),
        { numRuns: 100 },
      );
    });
  }

  it('external-model-endpoints: 200 bad names are rejected, good ones accepted', () => {
    const valid = (s: string): boolean => /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(s);
    const t = TARGETS.find((x) => x.input === 'external-model-endpoints')!;
    let checked = 0;
    fc.assert(
      fc.property(
        badCandidates(t).filter((s) => s.trim() !== '' && !valid(s.trim())),
        (bad) => {
          checked++;
          const err = rejectionFor({ ...t.base, [t.input]: JSON.stringify([bad]) });
          expect(err, `accepted ${JSON.stringify(bad)}`).toBeInstanceOf(InputError);
          expect(err!.problems.map((p) => p.input)).toContain(t.input);
        },
      ),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThanOrEqual(200);
    fc.assert(
      fc.property(t.good, (good) => {
        const req = parseRequest(fakeSources({ ...t.base, [t.input]: JSON.stringify([good]) }));
        expect(req.detector?.externalModelEndpoints).toEqual([good]);
      }),
      { numRuns: 100 },
    );
  });

  it('tag keys: bad keys are rejected naming tags', () => {
    const valid = (k: string): boolean =>
      /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u.test(k) && !k.toLowerCase().startsWith('aws:');
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string({ maxLength: 140 }), fc.constantFrom('aws:a', 'AWS:b', 'Aws:c'))
          .filter((k) => k.trim() !== '' && !valid(k.trim())),
        (key) => {
          const err = rejectionFor({ ...RETRAIN, tags: JSON.stringify({ [key]: 'v' }) });
          expect(err).toBeInstanceOf(InputError);
          expect(err!.problems.map((p) => p.input)).toContain('tags');
        },
      ),
      { numRuns: 200 },
    );
  });
});
