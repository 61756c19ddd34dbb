// The inputs of mode export: export-path is a YAML file inside the workspace
// (never under .git), used only by mode export, which needs a detector.
import { describe, expect, it } from 'vitest';
import { parse, parseError } from './helpers.js';

const env = { env: { AWS_REGION: 'us-east-1' } };
const exportInputs = { mode: 'export', 'detector-id': 'payments_detector' };

describe('mode export inputs', () => {
  it('accepts mode export with a detector; export-path unset means the default', () => {
    const request = parse(exportInputs, env);
    expect(request.mode).toBe('export');
    expect(request.detector?.detectorId).toBe('payments_detector');
    expect(request.exportPath).toBeUndefined();
  });

  it('normalises export-path to a workspace-relative path with forward slashes', () => {
    const request = parse(
      { ...exportInputs, 'export-path': './afd\\detectors/../payments.yaml' },
      env,
    );
    expect(request.exportPath).toBe('afd/payments.yaml');
  });

  it.each([
    ['/etc/cron.d/x.yml', /absolute paths are not allowed/],
    ['../other-repo/x.yml', /'\.\.' may not leave the workspace/],
    ['fraud-detector/', /must name a file, not a directory/],
    ['.git/hooks/post-checkout.yml', /must not be inside \.git/],
    ['sub/.GIT/config.yml', /must not be inside \.git/],
    ['fraud-detector/payments.json', /must name a YAML file/],
  ])('refuses export-path %j', (path, rule) => {
    const err = parseError({ ...exportInputs, 'export-path': path }, env);
    expect(err.problems.map((p) => [p.input, p.rule])).toEqual([
      ['export-path', expect.stringMatching(rule)],
    ]);
  });

  it('needs a detector, and cannot be combined with rollback-to', () => {
    const err = parseError({ mode: 'export' }, env);
    expect(err.problems.filter((p) => p.input === 'mode').map((p) => p.rule)).toEqual([
      'needs detector-id: export writes one detector version as a config file',
    ]);
    const rollback = parseError({ ...exportInputs, 'rollback-to': 'previous' }, env);
    expect(rollback.problems.map((p) => p.input)).toEqual(['rollback-to']);
  });

  it('refuses export-path in another mode (it would be silently ignored)', () => {
    const err = parseError(
      { mode: 'plan', 'detector-id': 'payments_detector', 'export-path': 'x.yml' },
      env,
    );
    expect(err.problems.map((p) => [p.input, p.rule])).toEqual([
      ['export-path', 'is only used with mode export'],
    ]);
  });
});
