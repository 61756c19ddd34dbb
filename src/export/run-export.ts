// mode export: read the base version and its rules from AFD (reads only),
// render the config file and the rules' `.dpl` files, check that a plan with
// them would change nothing, then write them into the workspace.
import type { AfdPort } from '../afd/port.js';
import { ActionError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { BaseVersion } from '../domain/request.js';
import type { YamlLibrary } from '../config/yaml-library.js';
import { resolveBaseVersion } from '../planner/index.js';
import { defaultExportPath, renderExport, type YamlWriter } from './render.js';
import { roundTripDifferences } from './round-trip.js';
import type { WriteResult } from './write-files.js';

export interface ExportInput {
  detectorId: string;
  base: BaseVersion;
  /** Workspace-relative; undefined: fraud-detector/<detectorId>.yml. */
  exportPath?: string;
}

export interface ExportDeps {
  afd: Pick<AfdPort, 'listDetectorVersions' | 'getDetectorVersion' | 'listRules' | 'listOutcomes'>;
  log: Logger;
  yaml: YamlLibrary & YamlWriter;
  /** Writes workspace-relative files (writeWorkspaceFiles in the shell). */
  write(files: ReadonlyMap<string, string>): WriteResult;
}

export interface ExportReport {
  detectorId: string;
  baseVersionId: string;
  baseStatus: string;
  configPath: string;
  /** Every file written, the config file last. */
  paths: string[];
  ruleCount: number;
  /** What a plan with the files would still change (empty when the round trip holds). */
  differences: string[];
}

export async function runExport(deps: ExportDeps, input: ExportInput): Promise<ExportReport> {
  const { afd, log } = deps;
  const { detectorId } = input;
  const summaries = await afd.listDetectorVersions(detectorId);
  const resolved = resolveBaseVersion(summaries, input.base);
  if (resolved.kind === 'none')
    throw new ActionError(
      `Detector ${detectorId} has no ${input.base.kind === 'active' ? 'ACTIVE version' : 'versions'}: there is nothing to export.`,
      input.base.kind === 'active'
        ? ["Set base-version to 'latest' or a detector version id to export another version."]
        : [],
    );
  const [base, rules, outcomes] = await Promise.all([
    afd.getDetectorVersion(detectorId, resolved.detectorVersionId),
    afd.listRules(detectorId),
    afd.listOutcomes(),
  ]);
  const configPath = input.exportPath ?? defaultExportPath(detectorId);
  const rendered = renderExport({ base, rules, outcomes, configPath }, deps.yaml);
  // The promise of export, checked before a byte is written: say plainly if it does not hold.
  const differences = roundTripDifferences(
    rendered.files,
    configPath,
    { base, existingRules: rules, outcomes },
    deps.yaml,
  );
  for (const d of differences)
    log.warning(`A plan with the exported ${configPath} would not be empty: ${d}.`);
  const result = deps.write(rendered.files);
  if (result.kind === 'refused')
    throw new ActionError(
      `Input 'export-path' = "${configPath}": ${result.path} was not written: ${result.rule}.`,
      [
        'Remove the link or file that is in the way, or set export-path to another place in the workspace.',
      ],
    );
  log.info(
    `Exported detector ${detectorId} version ${base.detectorVersionId} (${base.status}) to ${configPath} with ${rendered.ruleCount} rule file${rendered.ruleCount === 1 ? '' : 's'}.`,
  );
  return {
    detectorId,
    baseVersionId: base.detectorVersionId,
    baseStatus: base.status,
    configPath,
    paths: result.paths,
    ruleCount: rendered.ruleCount,
    differences,
  };
}
