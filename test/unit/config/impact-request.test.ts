// detector.tests / testsFile / backtest in the config file (also inside each
// `detectors:` item): accepted into the request, refused at file and line.
import { describe, expect, it } from 'vitest';
import { parse, parseError, WORKSPACE } from './helpers.js';

const CONFIG = { config: '.github/afd/config.yml', 'aws-region': 'us-east-1' };
const FILE = '.github/afd/config.yml';
const TEST = `    - name: bad ip
      event: { ip_address: 203.0.113.7, amount: 10 }
      modelScores: { payments_model: 950 }
      expect: { outcomes: [block], rules: [block_ip] }
`;
const withFiles = (config: string, extra: Record<string, string> = {}) => ({
  files: { [FILE]: config, ...extra },
});
const detector = (more: string): string => `detector:\n  detectorId: payments_detector\n${more}`;

describe('detector.tests, testsFile and backtest', () => {
  it('reads inline tests and a backtest whose events file is relative to the config file', () => {
    const req = parse(
      CONFIG,
      withFiles(
        detector(
          `  tests:\n${TEST}  backtest:\n    events: data/events.csv\n    maxChangedPercent: 1.5\n`,
        ),
      ),
    );
    expect(req.detector?.tests).toEqual([
      {
        name: 'bad ip',
        event: new Map([
          ['ip_address', '203.0.113.7'],
          ['amount', '10'],
        ]),
        modelScores: new Map([['payments_model', 950]]),
        expect: { outcomes: ['block'], rules: ['block_ip'] },
      },
    ]);
    expect(req.detector?.backtest).toEqual({
      events: '.github/afd/data/events.csv',
      path: `${WORKSPACE}/.github/afd/data/events.csv`,
      workspace: WORKSPACE,
      maxChangedPercent: 1.5,
    });
  });

  it('reads testsFile beside the config file', () => {
    const req = parse(
      CONFIG,
      withFiles(detector('  testsFile: tests/payments.yml\n'), {
        '.github/afd/tests/payments.yml': TEST.replace(/^ {4}/gm, ''),
      }),
    );
    expect(req.detector?.tests?.map((t) => t.name)).toEqual(['bad ip']);
  });

  it('reads them inside a detectors: item', () => {
    const req = parse(
      { ...CONFIG, 'detector-id': 'b' },
      withFiles(
        `detectors:\n  - detectorId: a\n  - detectorId: b\n    tests:\n${TEST.replace(/^/gm, '  ')}`,
      ),
    );
    expect(req.detector?.tests?.map((t) => t.name)).toEqual(['bad ip']);
  });

  it('reports a bad test in testsFile at its own file and line', () => {
    const err = parseError(
      CONFIG,
      withFiles(detector('  testsFile: t.yml\n'), {
        '.github/afd/t.yml': '- name: x\n  event: { a: 1 }\n  expect: { outcome: [block] }\n',
      }),
    );
    expect(err.problems[0]).toMatchObject({ position: { file: '.github/afd/t.yml', line: 3 } });
    expect(err.problems[0]?.rule).toContain('outcome');
  });

  it('refuses a missing testsFile, tests beside testsFile, and an events path leaving the workspace', () => {
    const missing = parseError(CONFIG, withFiles(detector('  testsFile: nope.yml\n')));
    expect(missing.problems[0]?.rule).toContain('must name an existing file');
    expect(missing.problems[0]?.position).toMatchObject({ file: FILE, line: 3 });
    const both = parseError(
      CONFIG,
      withFiles(detector(`  testsFile: t.yml\n  tests:\n${TEST}`), { '.github/afd/t.yml': TEST }),
    );
    expect(both.problems[0]?.rule).toContain('is set beside tests');
    const outside = parseError(
      CONFIG,
      withFiles(detector('  backtest:\n    events: ../../../outside.csv\n')),
    );
    expect(outside.problems[0]?.rule).toContain('inside the workspace');
    expect(outside.problems[0]?.position).toMatchObject({ file: FILE, line: 4 });
  });

  it('reports an unknown key of the backtest at its line, with a suggestion', () => {
    const err = parseError(
      CONFIG,
      withFiles(detector('  backtest:\n    events: e.csv\n    maxChangePercent: 2\n')),
    );
    expect(err.problems[0]).toMatchObject({ position: { file: FILE, line: 5 } });
    expect(err.problems[0]?.rule).toContain('maxChangedPercent');
  });
});
