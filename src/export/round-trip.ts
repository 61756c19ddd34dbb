// The promise of mode export, checked before anything is written: the exported
// files, read by the action's own config reader and planned against the same
// version, give a plan with no change. Pure: the files are read from memory,
// the AFD state is what the export read.
import path from 'node:path';
import type { DetectorVersion, OutcomeDetail, RuleDetail } from '../domain/afd.js';
import { InputError } from '../domain/errors.js';
import type { DetectorRequest } from '../domain/request.js';
import { parseRequest } from '../config/parse-request.js';
import type { YamlLibrary } from '../config/yaml-library.js';
import { buildProposal, diffDetectorVersions, resolveRulesAsCode } from '../planner/index.js';

/** Any absolute folder: the files never touch a disk here. */
const MEMORY_WORKSPACE = '/export';

export interface RoundTripState {
  base: DetectorVersion;
  /** Every version of the detector's rules (GetRules), as a plan reads them. */
  existingRules: readonly RuleDetail[];
  outcomes: readonly OutcomeDetail[];
}

/** The detector request a plan would build from these files (throws the InputError a plan would). */
export function readExported(
  files: ReadonlyMap<string, string>,
  configPath: string,
  yaml: YamlLibrary,
): DetectorRequest {
  const request = parseRequest({
    getInput: (name) => (name === 'config' ? configPath : ''),
    // The region is the run's business, not the file's: any valid one will do.
    env: { GITHUB_WORKSPACE: MEMORY_WORKSPACE, AWS_REGION: 'us-east-1' },
    readFile: (full) => {
      const text = files.get(path.posix.relative(MEMORY_WORKSPACE, full));
      return text === undefined
        ? { kind: 'missing', siblings: [] }
        : { kind: 'text', text, bytes: Buffer.from(text, 'utf8'), realPath: full };
    },
    now: new Date(0),
    reservedTagCount: 0,
    yaml,
  });
  if (!request.detector) throw new Error('the exported config file names no detector');
  return request.detector;
}

/**
 * What a plan with the exported files would change against `state.base`, in
 * words; empty when it would report `changed=false` and write nothing.
 */
export function roundTripDifferences(
  files: ReadonlyMap<string, string>,
  configPath: string,
  state: RoundTripState,
  yaml: YamlLibrary,
): string[] {
  let request: DetectorRequest;
  try {
    request = readExported(files, configPath, yaml);
  } catch (err) {
    if (err instanceof InputError) return [`the config reader refuses it: ${err.message}`];
    throw err;
  }
  const { base } = state;
  const resolution = resolveRulesAsCode(
    request.rules ?? [],
    state.existingRules,
    new Set(state.outcomes.map((o) => o.name)),
    request.outcomes,
    base.rules,
  );
  const proposal = buildProposal(base, request, undefined, { resolvedRules: resolution.rules });
  const diff = diffDetectorVersions(base, proposal, {
    rules: state.existingRules,
    modelMetrics: new Map(),
    ruleResolution: resolution,
  });
  const out = [...resolution.problems];
  for (const c of resolution.creates)
    out.push(`rule ${c.ruleId} would get a new version (its expression or outcomes differ)`);
  for (const m of resolution.metadata)
    out.push(`rule ${m.ruleId} version ${m.ruleVersion} would get a new description`);
  for (const o of resolution.outcomesToCreate) out.push(`outcome ${o.name} would be created`);
  if (diff.changed) {
    const c = diff.counts;
    out.push(
      `the detector version differs: ${c.rulesAdded} rules added, ${c.rulesRemoved} removed, ${c.rulesChanged} changed, ${c.rulesMoved} moved, ${c.modelsAdded + c.modelsRemoved + c.modelsChanged} model changes, ${c.endpointsAdded + c.endpointsRemoved} endpoint changes${diff.ruleExecutionMode ? ', rule execution mode' : ''}${diff.description ? ', description' : ''}`,
    );
  }
  return out;
}
