// The export flow over a fake AFD (reads only): which version it exports, what
// it writes, and the errors a user gets when there is nothing to export or the
// files cannot be written.
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import type { DetectorVersionSummary } from '../../../src/domain/afd.js';
import { ActionError } from '../../../src/domain/errors.js';
import { runExport, type ExportDeps } from '../../../src/export/run-export.js';
import type { WriteResult } from '../../../src/export/write-files.js';
import { storedRule, version } from '../planner/fixtures.js';

const BASE = version({ detectorVersionId: '3', rules: [{ ruleId: 'r', ruleVersion: '1' }] });

function deps(
  summaries: DetectorVersionSummary[],
  write: (files: ReadonlyMap<string, string>) => WriteResult,
  warnings: string[] = [],
): ExportDeps {
  return {
    afd: {
      listDetectorVersions: () => Promise.resolve(summaries),
      getDetectorVersion: (_d, id) => Promise.resolve({ ...BASE, detectorVersionId: id }),
      listRules: () => Promise.resolve([storedRule('r', '1', '$a > 1')]),
      listOutcomes: () => Promise.resolve([{ name: 'review' }]),
    },
    log: { info: () => undefined, warning: (m) => warnings.push(m) },
    yaml,
    write,
  };
}

const input = { detectorId: 'payments_detector', base: { kind: 'active' } as const };

describe('runExport', () => {
  it('exports the ACTIVE version to the default path and writes the files it rendered', async () => {
    const written: string[] = [];
    const warnings: string[] = [];
    const report = await runExport(
      deps(
        [
          { detectorVersionId: '3', status: 'ACTIVE' },
          { detectorVersionId: '4', status: 'DRAFT' },
        ],
        (files) => {
          written.push(...files.keys());
          return { kind: 'written', paths: [...files.keys()] };
        },
        warnings,
      ),
      input,
    );
    expect(written).toEqual(['fraud-detector/rules/r.dpl', 'fraud-detector/payments_detector.yml']);
    expect(report).toMatchObject({
      baseVersionId: '3',
      configPath: 'fraud-detector/payments_detector.yml',
      ruleCount: 1,
      differences: [],
    });
    expect(warnings).toEqual([]);
  });

  it('says there is nothing to export when the detector has no ACTIVE version, and writes nothing', async () => {
    const write = (): WriteResult => {
      throw new Error('must not write');
    };
    const run = runExport(deps([{ detectorVersionId: '1', status: 'DRAFT' }], write), input);
    await expect(run).rejects.toThrow(ActionError);
    await expect(run).rejects.toThrow(/has no ACTIVE version: there is nothing to export/);
  });

  it('names export-path and the refused file when the writer refuses', async () => {
    const run = runExport(
      deps([{ detectorVersionId: '3', status: 'ACTIVE' }], () => ({
        kind: 'refused',
        path: 'fraud-detector/rules/r.dpl',
        rule: 'fraud-detector/rules is a symbolic link',
      })),
      { ...input, exportPath: 'fraud-detector/payments_detector.yml' },
    );
    await expect(run).rejects.toThrow(
      `Input 'export-path' = "fraud-detector/payments_detector.yml": fraud-detector/rules/r.dpl was not written: fraud-detector/rules is a symbolic link.`,
    );
  });
});
