import { describe, expect, it } from 'vitest';
import { fakeSources, NOW, parse, parseError, sourcesError } from './helpers.js';

// The config example of the product contract (docs/contract.md), verbatim.
const CONTRACT_EXAMPLE = `model:
  modelId: payments_model
  modelType: TRANSACTION_FRAUD_INSIGHTS
  majorVersionNumber: "1"
  retrain:
    externalEventsDetail:
      dataLocation: s3://risk-data/training/2026-11.csv
      dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData
  gates: { minAuc: 0.90, maxAucDrop: 0.01 }
  activate: true
detector:
  detectorId: payments_detector
  base: active
  ruleExecutionMode: FIRST_MATCHED
  rules:
    - { ruleId: block_known_bad_ip, ruleVersion: "2" }
    - { ruleId: high_model_score, ruleVersion: "5" }
  promote: true
tags: { team: risk }
`;

const files = (text: string): { files: Record<string, string> } => ({
  files: { '.github/afd.yml': text },
});
const CONFIG = { config: '.github/afd.yml', 'aws-region': 'us-east-1' };

describe('config file: a model section with nothing to do (a config shared with the release workflow)', () => {
  const IDLE_MODEL = `model:
  modelId: payments_model
  modelType: TRANSACTION_FRAUD_INSIGHTS
  majorVersionNumber: "1"
  gates: { minAuc: 0.90 }
  activate: true
`;
  const DETECTOR = `detector:
  detectorId: payments_detector
  rules: [a@1]
`;

  it('leaves the model out of the run when the file gives it nothing to do and a detector is set', () => {
    const req = parse(CONFIG, files(IDLE_MODEL + DETECTOR));
    expect(req.model).toBeUndefined();
    expect(req.detector?.detectorId).toBe('payments_detector');
  });

  it('retrains the same model when the training data comes as inputs', () => {
    const req = parse(
      {
        ...CONFIG,
        'training-data-location': 's3://risk-data/t.csv',
        'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
      },
      files(IDLE_MODEL + DETECTOR),
    );
    expect(req.model).toMatchObject({ modelId: 'payments_model', activate: true });
  });

  it('still checks the idle section’s values', () => {
    const err = parseError(CONFIG, files(IDLE_MODEL.replace('payments_model', 'Bad') + DETECTOR));
    expect(err.problems.map((p) => p.input)).toEqual(['model.modelId']);
  });

  it('with no detector either, says there is nothing to do, at the file’s model', () => {
    const err = parseError(CONFIG, files(IDLE_MODEL));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({
      input: 'model.modelId',
      position: { file: '.github/afd.yml', line: 2 },
    });
    expect(err.message).toMatch(/nothing to do/);
  });

  it('a model named by an input with nothing to do is still refused', () => {
    const err = parseError(
      { ...CONFIG, 'model-id': 'payments_model' },
      files(IDLE_MODEL + DETECTOR),
    );
    expect(err.message).toMatch(/says nothing to do with the model/);
  });
});

describe('config file: happy paths', () => {
  it('reads the example of docs/contract.md into a full request', () => {
    expect(parse(CONFIG, files(CONTRACT_EXAMPLE))).toEqual({
      mode: 'auto',
      region: 'us-east-1',
      tags: [{ key: 'team', value: 'risk' }],
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
        ruleExecutionMode: 'FIRST_MATCHED',
        rules: [
          { ruleId: 'block_known_bad_ip', ruleVersion: '2' },
          { ruleId: 'high_model_score', ruleVersion: '5' },
        ],
        promote: true,
        allowBaseChange: false,
        undeployReplacedModel: false,
        deleteStaleDrafts: false,
        verifyRemote: false,
      },
    });
  });

  it('lets single-value inputs override config values and list inputs replace config lists', () => {
    const req = parse(
      {
        ...CONFIG,
        'training-data-location': 's3://risk-data/training/2026-12.csv',
        'min-auc': '0.95',
        promote: 'false',
        rules: '[only_rule@7]',
        tags: 'owner: ci',
      },
      files(CONTRACT_EXAMPLE),
    );
    expect(req.model?.retrain).toEqual({
      kind: 'external',
      dataLocation: 's3://risk-data/training/2026-12.csv',
      dataAccessRoleArn: 'arn:aws:iam::123456789012:role/AFDTrainingData',
    });
    expect(req.model?.gates).toEqual({ minAuc: 0.95, maxAucDrop: 0.01 });
    expect(req.detector?.promote).toBe(false);
    expect(req.detector?.rules).toEqual([{ ruleId: 'only_rule', ruleVersion: '7' }]);
    expect(req.tags).toEqual([{ key: 'owner', value: 'ci' }]);
  });

  it('reads top-level mode, wait and timeoutMinutes, YAML numbers and relative times', () => {
    const req = parse(
      CONFIG,
      files(`mode: plan
wait: false
timeoutMinutes: 90
model:
  modelId: ato_model
  modelType: ACCOUNT_TAKEOVER_INSIGHTS
  majorVersionNumber: 2
  retrain:
    ingestedEventsDetail:
      ingestedEventsTimeWindow: { startTime: -90d, endTime: now }
  activate: true
detector:
  detectorId: ato-detector
  base: 4
  modelVersions:
    - { modelId: other, modelType: ONLINE_FRAUD_INSIGHTS, modelVersionNumber: 1.10 }
  externalModelEndpoints: [sagemaker-ep-1]
  description: Weekly retrain
tags:
  - { key: team, value: risk }
  - { key: version, value: 3 }
`),
    );
    expect(req).toMatchObject({
      mode: 'plan',
      wait: false,
      timeoutMinutes: 90,
      model: {
        majorVersionNumber: '2',
        retrain: {
          kind: 'ingested',
          startTime: '2026-08-17T12:00:00Z',
          endTime: '2026-11-15T12:00:00Z',
        },
      },
      detector: {
        detectorId: 'ato-detector',
        base: { kind: 'id', id: '4' },
        modelVersions: [
          { modelId: 'other', modelType: 'ONLINE_FRAUD_INSIGHTS', modelVersionNumber: '1.10' },
        ],
        externalModelEndpoints: ['sagemaker-ep-1'],
        description: 'Weekly retrain',
      },
      tags: [
        { key: 'team', value: 'risk' },
        { key: 'version', value: '3' },
      ],
    });
    expect(NOW.toISOString()).toBe('2026-11-15T12:00:00.000Z');
  });

  it('treats an empty file and keys without values as unset', () => {
    const d = { ...CONFIG, 'detector-id': 'd' };
    expect(parse(d, files('')).detector?.detectorId).toBe('d');
    expect(parse(d, files('# nothing yet\n')).detector?.detectorId).toBe('d');
    const req = parse(d, files('model:\ndetector:\n  rules:\n  description:\n'));
    expect(req.detector?.rules).toBeUndefined();
    expect(req.model).toBeUndefined();
  });

  it('accepts ./ and backslashes in the path', () => {
    const d = { 'aws-region': 'us-east-1', 'detector-id': 'd' };
    expect(() => parse({ ...d, config: './.github/afd.yml' }, files('wait: true'))).not.toThrow();
    expect(() => parse({ ...d, config: '.github\\afd.yml' }, files('wait: true'))).not.toThrow();
  });
});

/** The one problem whose input is `input`, with its position. */
function problemAt(
  text: string,
  input: string,
): { line: number; column?: number; rule: string; file: string } {
  const err = parseError(CONFIG, files(text));
  const found = err.problems.filter((p) => p.input === input);
  expect(found, err.message).toHaveLength(1);
  const p = found[0]!;
  expect(p.position, err.message).toBeDefined();
  expect(err.message).toContain(`(.github/afd.yml:${p.position!.line})`);
  return { ...p.position!, rule: p.rule };
}

describe('config file: errors carry the file and line', () => {
  it('reports a YAML syntax error at its line', () => {
    const p = problemAt('detector:\n  detectorId: d\n  rules: [a@1, b@2\nwait: true\n', 'config');
    expect(p.line).toBe(4);
    expect(p.rule).toContain('is not valid YAML');
    expect(p.file).toBe('.github/afd.yml');
  });

  it('reports duplicate keys as a YAML error, at the second one', () => {
    const p = problemAt('detector:\n  detectorId: d\n  detectorId: e\n', 'detector.detectorId');
    expect(p.line).toBe(3);
    expect(p.rule).toContain('map keys must be unique');
  });

  it('reports an unknown key with a suggestion, at the key', () => {
    const p = problemAt(
      'detector:\n  detectorId: d\n  rules: []\n  ruleExecutonMode: FIRST_MATCHED\n',
      'detector.ruleExecutonMode',
    );
    expect([p.line, p.column]).toEqual([4, 3]);
    expect(p.rule).toContain("did you mean 'ruleExecutionMode'?");
  });

  it('reports an unknown top-level key', () => {
    const p = problemAt('detector:\n  detectorId: d\nmodels:\n  modelId: x\n', 'models');
    expect(p.line).toBe(3);
    expect(p.rule).toContain("did you mean 'model'?");
  });

  it('reports a bad value at its line with the config path as the name', () => {
    const lines = CONTRACT_EXAMPLE.replace('minAuc: 0.90', 'minAuc: 1.90').split('\n');
    const p = problemAt(lines.join('\n'), 'model.gates.minAuc');
    expect(p.line).toBe(lines.findIndex((l) => l.includes('1.90')) + 1);
    expect(p.rule).toContain('at most 1');
  });

  it('reports a bad list item by index and line', () => {
    const text = CONTRACT_EXAMPLE.replace('ruleVersion: "5"', 'ruleVersion: "05"');
    const p = problemAt(text, 'detector.rules[1].ruleVersion');
    expect(p.line).toBe(17);
    expect(p.rule).toContain('^([1-9][0-9]*)$');
  });

  it('reports a section that is not a mapping', () => {
    const p = problemAt('detector: [a, b]\n', 'detector');
    expect(p.line).toBe(1);
    expect(p.rule).toContain('must be a mapping with the keys detectorId');
  });

  it('reports a retrain section that says nothing', () => {
    const p = problemAt(
      'model:\n  modelId: m\n  modelType: ONLINE_FRAUD_INSIGHTS\n  majorVersionNumber: "1"\n  retrain: {}\n',
      'model.retrain',
    );
    expect(p.line).toBe(5);
    expect(p.rule).toContain('externalEventsDetail');
  });

  it('reports a config file that is not a mapping', () => {
    const p = problemAt('- a\n- b\n', 'config');
    expect(p.line).toBe(1);
    expect(p.rule).toContain('must be a YAML mapping');
  });

  it('never quotes the content of a file that is not a mapping (a JSON list, /etc/passwd)', () => {
    for (const text of ['["private", "list"]\n', 'root:x:0:0:root:/root:/bin/bash\n']) {
      const err = parseError(CONFIG, files(text));
      const root = err.problems.filter((p) => p.input === 'config');
      expect(root).toHaveLength(1);
      expect(root[0]!.value).toBeUndefined();
      expect(err.message).not.toMatch(/private|root:x/);
    }
  });

  it('reports cross-field problems at the config value', () => {
    const text =
      'model:\n  modelId: m\n  modelType: ACCOUNT_TAKEOVER_INSIGHTS\n  modelVersionNumber: "1.0"\n  gates:\n    minAuc: 0.8\n';
    const p = problemAt(text, 'model.gates.minAuc');
    expect(p.line).toBe(6);
    expect(p.rule).toContain('model.modelType is ACCOUNT_TAKEOVER_INSIGHTS');
    expect(p.rule).toContain('ASI');
  });

  it('gives every config problem a position, many problems at once', () => {
    const err = parseError(
      CONFIG,
      files(`mode: yolo
wait: maybe
timeoutMinutes: 0
model:
  modelId: Bad
  modelTyp: TFI
detector:
  detectorId: d
  rules:
    - nope
    - { ruleId: a, ruleVersion: 1, extra: x }
  externalModelEndpoints: [ok, -bad]
tags: { "aws:x": y }
`),
    );
    const expected: [string, number][] = [
      ['mode', 1],
      ['wait', 2],
      ['timeoutMinutes', 3],
      ['model.modelId', 5],
      ['model.modelTyp', 6],
      ['detector.rules[0]', 10],
      ['detector.rules[1].extra', 11],
      ['detector.externalModelEndpoints[1]', 12],
      ['tags.aws:x', 13],
    ];
    for (const [input, line] of expected) {
      const p = err.problems.find((x) => x.input === input);
      expect(p, `${input} in\n${err.message}`).toBeDefined();
      expect(p!.position).toMatchObject({ file: '.github/afd.yml', line });
    }
    // Everything here came from the file, cross-field problems included.
    for (const p of err.problems) expect(p.position, p.input).toBeDefined();
  });

  it('does not fall back to the config list when the input list has a syntax error', () => {
    const err = parseError({ ...CONFIG, rules: '[a@1' }, files(CONTRACT_EXAMPLE));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ input: 'rules', value: '[a@1' });
    expect(err.problems[0]!.position).toBeUndefined();
  });
});

describe('config file: YAML aliases', () => {
  // Nine levels, each repeating the one below ten times: a billion values from
  // a few hundred bytes. Without the guard this test would not finish.
  const bomb = (root: string): string => {
    const lines = ['x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(`x${i}: &x${i} [${Array.from({ length: 10 }, () => `*x${i - 1}`).join(', ')}]`);
    lines.push(`${root}: *x9`);
    return lines.join('\n') + '\n';
  };

  it('refuses a billion-laughs config file with one problem, quickly', () => {
    const err = parseError(CONFIG, files(bomb('tags')));
    const expanded = err.problems.filter((p) => /expands to more than/.test(p.rule));
    expect(expanded).toHaveLength(1);
    expect(expanded[0]!.position?.file).toBe('.github/afd.yml');
  });

  it('refuses one in an inline input too, naming the input', () => {
    const err = parseError({ 'aws-region': 'us-east-1', 'detector-id': 'd', tags: bomb('all') });
    const expanded = err.problems.filter((p) => /expands to more than/.test(p.rule));
    expect(expanded).toHaveLength(1);
    expect(expanded[0]!.input).toBe('tags');
  });

  it('still reads ordinary aliases', () => {
    const req = parse(
      CONFIG,
      files(`detector:
  detectorId: d
  rules: &r
    - { ruleId: a, ruleVersion: "1" }
tags: { team: &t risk, owner: *t }
`),
    );
    expect(req.tags).toEqual([
      { key: 'team', value: 'risk' },
      { key: 'owner', value: 'risk' },
    ]);
  });
});

describe('config file: missing or refused', () => {
  it('suggests a near name in the same folder when the file does not exist', () => {
    const err = parseError(
      { ...CONFIG, config: '.github/fraud-detector.yml' },
      { files: { '.github/fraud-detector.yaml': 'mode: plan\n', '.github/CODEOWNERS': '' } },
    );
    expect(err.problems[0]!.rule).toContain('did you mean .github/fraud-detector.yaml?');
    const none = parseError(
      { ...CONFIG, config: '.github/afd.yml' },
      { files: { '.github/CODEOWNERS': '', '.github/y': '', '.github/dependabot.yml': '' } },
    );
    expect(none.problems[0]!.rule).not.toContain('did you mean');
  });

  it('turns a refused file into one problem on config, at the line the reader names', () => {
    const sources = {
      ...fakeSources(CONFIG),
      readFile: () => ({
        kind: 'refused' as const,
        rule: 'is not valid UTF-8 text (line 7)',
        line: 7,
      }),
    };
    expect(sourcesError(sources).problems.filter((p) => p.input === 'config')).toEqual([
      {
        input: 'config',
        value: '.github/afd.yml',
        rule: 'the file is not valid UTF-8 text (line 7)',
        position: { file: '.github/afd.yml', line: 7 },
      },
    ]);
  });
});

describe('config file: a hostile number of keys', () => {
  const keys = (n: number): string =>
    Array.from({ length: n }, (_, i) => `k${i.toString(36)}: 1\n`).join('');

  it('lists the first 50 problems and counts the rest', () => {
    const err = parseError(CONFIG, files(keys(50_000)));
    expect(err.problems).toHaveLength(50);
    expect(err.total).toBeGreaterThanOrEqual(50_000);
    expect(err.message).toContain(`and ${err.total - 50} more problems, not listed`);
    expect(err.message.length).toBeLessThan(50 * 1024);
  });

  // The yaml package's own duplicate check is quadratic: 200,000 keys took
  // over five minutes. Only a linear check finishes within the timeout.
  it('checks 200,000 keys, finding the one duplicate at the end', { timeout: 120_000 }, () => {
    const err = parseError(CONFIG, files(`${keys(200_000)}k0: 2\n`));
    expect(err.total).toBeGreaterThanOrEqual(200_001);
    // Listed in file order; the duplicate is the last problem, so only counted.
    expect(err.unlisted).toBe(err.total - 50);
  });

  it('shortens a very long key wherever it is named', () => {
    const err = parseError(CONFIG, files(`${'x'.repeat(100_000)}: 1\n`));
    expect(err.message.length).toBeLessThan(2_000);
  });
});
