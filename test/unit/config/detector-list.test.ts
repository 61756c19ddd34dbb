import { describe, expect, it } from 'vitest';
import { parse, parseError } from './helpers.js';

// `detectors:` in the config file: many detector sections, one selected per run.
const files = (text: string): { files: Record<string, string> } => ({
  files: { '.github/afd.yml': text },
});
const CONFIG = { config: '.github/afd.yml', 'aws-region': 'us-east-1' };

const THREE = `tags: { team: risk }
detectors:
  - detectorId: payments_detector
    rules: [pay_rule@1]
    promote: true
  - detectorId: signup_detector
    rules: [signup_rule@2]
    ruleExecutionMode: ALL_MATCHED
  - detectorId: login_detector
    base: latest
`;

describe('config file: detectors (a list of detector sections)', () => {
  it('detector-id selects its section, and only its values', () => {
    const req = parse({ ...CONFIG, 'detector-id': 'signup_detector' }, files(THREE));
    expect(req.detector).toEqual({
      detectorId: 'signup_detector',
      base: { kind: 'active' },
      rules: [{ ruleId: 'signup_rule', ruleVersion: '2' }],
      ruleExecutionMode: 'ALL_MATCHED',
      promote: false,
      allowBaseChange: false,
      undeployReplacedModel: false,
      deleteStaleDrafts: false,
      verifyRemote: false,
    });
    // Top-level values still apply to the selected detector's run.
    expect(req.tags).toEqual([{ key: 'team', value: 'risk' }]);
  });

  it('a list of one needs no detector-id', () => {
    const req = parse(
      CONFIG,
      files('detectors:\n  - detectorId: payments_detector\n    rules: [a@1]\n'),
    );
    expect(req.detector?.detectorId).toBe('payments_detector');
    expect(req.detector?.rules).toEqual([{ ruleId: 'a', ruleVersion: '1' }]);
  });

  it('`detector:` beside `detectors:` is one more detector of the list', () => {
    const text = `detector:\n  detectorId: payments_detector\n  base: latest\n${THREE.replace(/ {2}- detectorId: payments_detector\n(?: {4}.*\n)*/, '')}`;
    const req = parse({ ...CONFIG, 'detector-id': 'payments_detector' }, files(text));
    expect(req.detector).toMatchObject({
      detectorId: 'payments_detector',
      base: { kind: 'latest' },
    });
    const other = parse({ ...CONFIG, 'detector-id': 'login_detector' }, files(text));
    // The `detector:` section's values do not leak into another detector's run.
    expect(other.detector).toMatchObject({
      detectorId: 'login_detector',
      base: { kind: 'latest' },
    });
    expect(other.detector?.rules).toBeUndefined();
  });

  it('refuses a detector-id that is not in the list, naming the ones that are', () => {
    const err = parseError({ ...CONFIG, 'detector-id': 'nope_detector' }, files(THREE));
    expect(err.problems).toEqual([
      {
        input: 'detector-id',
        value: 'nope_detector',
        rule: 'must name one of the detectors of the config file (payments_detector, signup_detector, login_detector)',
      },
    ]);
  });

  it('without detector-id a run handles every detector of the list, each with its own values', () => {
    const req = parse(CONFIG, files(THREE));
    expect(req.detectors?.map((d) => d.detectorId)).toEqual([
      'payments_detector',
      'signup_detector',
      'login_detector',
    ]);
    expect(req.detector).toBe(req.detectors?.[0]);
    expect(req.detectors?.[0]).toMatchObject({ promote: true, rules: [{ ruleId: 'pay_rule' }] });
    expect(req.detectors?.[1]).toMatchObject({
      promote: false,
      ruleExecutionMode: 'ALL_MATCHED',
      rules: [{ ruleId: 'signup_rule', ruleVersion: '2' }],
    });
    expect(req.detectors?.[2]).toMatchObject({ base: { kind: 'latest' } });
    expect(req.detectors?.[2]?.rules).toBeUndefined();
    // Top-level values are shared by every detector of the run.
    expect(req.tags).toEqual([{ key: 'team', value: 'risk' }]);
  });

  it('an input wins over every section of the list', () => {
    const req = parse({ ...CONFIG, promote: 'true' }, files(THREE));
    expect(req.detectors?.map((d) => d.promote)).toEqual([true, true, true]);
  });

  it('reports a problem of one section, and a problem of the shared values once', () => {
    const err = parseError(
      { ...CONFIG, 'aws-region': 'not a region' },
      files(THREE.replace('base: latest', 'base: newest')),
    );
    expect(err.problems.filter((p) => p.input === 'aws-region')).toHaveLength(1);
    expect(err.problems.filter((p) => p.input === 'detectors[2].base')).toEqual([
      expect.objectContaining({ value: 'newest' }),
    ]);
  });

  it('refuses a detector listed twice, at the second one', () => {
    const text = THREE.replace('detectorId: login_detector', 'detectorId: payments_detector');
    const err = parseError({ ...CONFIG, 'detector-id': 'signup_detector' }, files(text));
    expect(err.problems).toEqual([
      {
        input: 'detectors[2].detectorId',
        value: 'payments_detector',
        rule: 'names a detector a second time: each detector may have one section in the config file',
        position: { file: '.github/afd.yml', line: 9, column: 17 },
      },
    ]);
  });

  it('refuses a section with no detectorId, a non-list and a non-mapping item', () => {
    expect(
      parseError(
        { ...CONFIG, 'detector-id': 'a' },
        files('detectors:\n  - detectorId: a\n  - rules: [x@1]\n'),
      ).problems.map((p) => [p.input, p.rule]),
    ).toEqual([
      ['detectors[1]', 'must hold detectorId (every detector section names its detector)'],
    ]);
    expect(
      parseError({ ...CONFIG, 'detector-id': 'a' }, files('detectors: a\n')).problems[0]!.rule,
    ).toMatch(/^must be a list of detector sections .* not a string/);
    expect(
      parseError({ ...CONFIG, 'detector-id': 'a' }, files('detectors:\n  - a\n')).problems[0],
    ).toMatchObject({
      input: 'detectors[0]',
      rule: 'must be a detector section (a mapping), not a string',
    });
  });

  it('checks the keys of every section, selected or not', () => {
    const err = parseError(
      { ...CONFIG, 'detector-id': 'a' },
      files('detectors:\n  - detectorId: a\n  - detectorId: b\n    promot: true\n'),
    );
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ input: 'detectors[1].promot' });
    expect(err.problems[0]!.rule).toMatch(/did you mean 'promote'/);
  });

  it('names detectors among the known keys of the root', () => {
    const err = parseError(CONFIG, files('detectorz:\n  - detectorId: a\n'));
    expect(err.problems[0]!.rule).toMatch(/known keys: model, detector, detectors,/);
  });
});
