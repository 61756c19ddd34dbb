// Rules as code in the config file and the rules input: every accepted shape,
// and every refused one with the place and rule the user is told.
import { describe, expect, it } from 'vitest';
import { fakeSources, parse, parseError, sourcesError, WORKSPACE } from './helpers.js';

const CONFIG = { config: '.github/afd/config.yml', 'aws-region': 'us-east-1' };
const withFiles = (config: string, extra: Record<string, string> = {}) => ({
  files: { '.github/afd/config.yml': config, ...extra },
});
const detector = (rules: string, more = ''): string =>
  `detector:\n  detectorId: payments_detector\n${more}  rules:\n${rules}`;

describe('detector.rules: rules as code (accepted)', () => {
  it('reads an inline expression with its outcomes, description and config position', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(`    - ruleId: high_score
      expression: $payments_model_insightscore > 900
      outcomes: [review]
      description: High model score
`),
      ),
    );
    expect(req.detector?.rules).toEqual([
      {
        ruleId: 'high_score',
        expression: '$payments_model_insightscore > 900',
        outcomes: ['review'],
        description: 'High model score',
        source: { file: '.github/afd/config.yml', line: 5, column: 19, wholeFile: false },
        outcomesAt: { file: '.github/afd/config.yml', line: 6, column: 17 },
      },
    ]);
  });

  it('points a block scalar expression at its first content line', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(`    - ruleId: big
      expression: |
        $order_amount > 1000
        and $ip_address in @bad_ips
      outcomes: [review, block]
`),
      ),
    );
    const rule = req.detector?.rules?.[0];
    expect(rule).toMatchObject({
      expression: '$order_amount > 1000\nand $ip_address in @bad_ips\n',
      outcomes: ['review', 'block'],
      source: { line: 6, column: 9, wholeFile: false },
    });
  });

  it('reads an expressionFile relative to the config file, and keeps pinned items as they are', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(`    - ruleId: from_file
      expressionFile: rules/from_file.dpl
      outcomes: [review]
    - { ruleId: legacy, ruleVersion: "3" }
    - old_rule@2
`),
        { '.github/afd/rules/from_file.dpl': '$email_domain == "example.com"\n' },
      ),
    );
    expect(req.detector?.rules).toEqual([
      {
        ruleId: 'from_file',
        expression: '$email_domain == "example.com"\n',
        outcomes: ['review'],
        source: { file: '.github/afd/rules/from_file.dpl', line: 1, column: 1, wholeFile: true },
        outcomesAt: { file: '.github/afd/config.yml', line: 6, column: 17 },
      },
      { ruleId: 'legacy', ruleVersion: '3' },
      { ruleId: 'old_rule', ruleVersion: '2' },
    ]);
  });

  it('may climb out of the config folder as long as it stays in the workspace', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(`    - { ruleId: r, expressionFile: ../../rules/r.dpl, outcomes: [review] }
`),
        { 'rules/r.dpl': '$a > 1' },
      ),
    );
    expect(req.detector?.rules?.[0]).toMatchObject({
      expression: '$a > 1',
      source: { file: 'rules/r.dpl' },
    });
  });

  it('reads detector.outcomes as mappings or bare names', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(
          `    - { ruleId: r, expression: $a > 1, outcomes: [review] }
`,
          `  outcomes:
    - { name: review, description: Send to manual review }
    - block
`,
        ),
      ),
    );
    expect(req.detector?.outcomes).toEqual([
      { name: 'review', description: 'Send to manual review' },
      { name: 'block' },
    ]);
  });

  it('accepts a rule as code in the inline rules input, without a source position', () => {
    const req = parse({
      'aws-region': 'us-east-1',
      'detector-id': 'payments_detector',
      rules: '- { ruleId: r, expression: "$a > 1", outcomes: [review] }\n- kept@4',
    });
    expect(req.detector?.rules).toEqual([
      { ruleId: 'r', expression: '$a > 1', outcomes: ['review'] },
      { ruleId: 'kept', ruleVersion: '4' },
    ]);
  });
});

describe('detector.rules: rules as code (refused)', () => {
  const refuse = (rules: string, extra: Record<string, string> = {}, more = '') =>
    parseError(CONFIG, withFiles(detector(rules, more), extra)).problems;

  it('refuses expression and expressionFile together', () => {
    const [p] = refuse(
      `    - { ruleId: r, expression: $a > 1, expressionFile: r.dpl, outcomes: [x] }\n`,
    );
    expect(p?.rule).toContain('has both expression and expressionFile');
    expect(p?.position).toMatchObject({ file: '.github/afd/config.yml', line: 4 });
  });

  it('refuses a rule without outcomes, and with an empty outcome list', () => {
    expect(refuse(`    - { ruleId: r, expression: $a > 1 }\n`)[0]?.rule).toContain(
      'is missing outcomes',
    );
    expect(refuse(`    - { ruleId: r, expression: $a > 1, outcomes: [] }\n`)[0]?.rule).toContain(
      'at least one outcome',
    );
  });

  it('refuses a rule with outcomes but no expression', () => {
    expect(refuse(`    - { ruleId: r, outcomes: [x] }\n`)[0]?.rule).toContain(
      'is missing expression (or expressionFile)',
    );
  });

  it('refuses an empty or non-text expression', () => {
    expect(refuse(`    - { ruleId: r, expression: "  ", outcomes: [x] }\n`)[0]?.rule).toContain(
      'must be the rule',
    );
    expect(refuse(`    - { ruleId: r, expression: [a], outcomes: [x] }\n`)[0]?.rule).toContain(
      'not a list',
    );
  });

  it('refuses an expressionFile that leaves the workspace or is absolute', () => {
    const out = refuse(`    - { ruleId: r, expressionFile: ../../../etc/passwd, outcomes: [x] }\n`);
    expect(out[0]).toMatchObject({
      input: 'detector.rules[0].expressionFile',
      value: '../../../etc/passwd',
    });
    expect(out[0]?.rule).toContain("'..' may not leave the workspace");
    expect(
      refuse(`    - { ruleId: r, expressionFile: /etc/passwd, outcomes: [x] }\n`)[0]?.rule,
    ).toContain('absolute paths are not allowed');
  });

  it('refuses a missing or empty expressionFile', () => {
    expect(
      refuse(`    - { ruleId: r, expressionFile: r.dpl, outcomes: [x] }\n`)[0]?.rule,
    ).toContain('looked for .github/afd/r.dpl');
    expect(
      refuse(`    - { ruleId: r, expressionFile: r.dpl, outcomes: [x] }\n`, {
        '.github/afd/r.dpl': ' \n',
      })[0]?.rule,
    ).toContain('is empty');
  });

  it('reads an expressionFile through the workspace reader with a 64 KiB limit, and reports its refusal', () => {
    const sources = fakeSources(
      CONFIG,
      withFiles(detector(`    - { ruleId: r, expressionFile: r.dpl, outcomes: [x] }\n`)),
    );
    const asked: { path: string; maxBytes: number }[] = [];
    const err = sourcesError({
      ...sources,
      readFile: (path, options) => {
        if (!path.endsWith('r.dpl')) return sources.readFile(path, options);
        asked.push({ path, maxBytes: options.maxBytes });
        return { kind: 'refused', rule: 'is larger than the limit of 64 KiB' };
      },
    });
    expect(asked).toEqual([{ path: `${WORKSPACE}/.github/afd/r.dpl`, maxBytes: 64 * 1024 }]);
    expect(err.problems[0]).toMatchObject({
      input: 'detector.rules[0].expressionFile',
      rule: 'the file is larger than the limit of 64 KiB',
    });
  });

  it('refuses an expressionFile in the inline rules input', () => {
    const err = parseError({
      'aws-region': 'us-east-1',
      'detector-id': 'd',
      rules: '- { ruleId: r, expressionFile: r.dpl, outcomes: [x] }',
    });
    expect(err.problems[0]?.input).toBe('rules');
    expect(err.problems[0]?.rule).toContain('is only read from a config file');
  });

  it('refuses unknown keys, bad outcome names and repeated outcomes', () => {
    const out = refuse(
      `    - { ruleId: r, expression: $a > 1, outcomes: [Review, x, x], ruleVersion: "2" }\n`,
    );
    const rules = out.map((p) => p.rule).join('\n');
    expect(rules).toContain('ruleVersion');
    const out2 = refuse(`    - { ruleId: r, expression: $a > 1, outcomes: [Review, x, x] }\n`);
    expect(out2.map((p) => p.value)).toEqual(['Review', 'x']);
  });

  it('refuses the same rule id twice, pinned or as code', () => {
    const [p] = refuse(`    - { ruleId: r, expression: $a > 1, outcomes: [x] }\n    - r@2\n`);
    expect(p?.rule).toContain("lists rule 'r' again (items 1 and 2)");
  });

  it('refuses bad outcome declarations', () => {
    const base = `    - { ruleId: r, expression: $a > 1, outcomes: [x] }\n`;
    expect(refuse(base, {}, '  outcomes: review\n')[0]?.rule).toContain('must be a YAML list');
    expect(refuse(base, {}, '  outcomes: [x, x]\n')[0]?.rule).toContain(
      "declares outcome 'x' twice",
    );
    expect(refuse(base, {}, '  outcomes: [{ description: d }]\n')[0]?.rule).toContain(
      'is missing name',
    );
    expect(refuse(base, {}, '  outcomes: [{ name: x, colour: red }]\n')[0]?.rule).toContain(
      'colour',
    );
  });
});
