// mode export, the pure part: one detector version as it is in AFD → the
// config file and one `rules/<ruleId>.dpl` per rule, as text. No I/O, no
// clock: the same version always gives the same bytes, so exporting twice
// rewrites identical files and a PR shows only real changes.
// Every value comes from AFD and is untrusted: a rule id becomes a file name,
// so each value must pass the same constraint the config reader applies, or
// nothing is written (a file the plan would refuse helps nobody).
import path from 'node:path';
import type * as Yaml from 'yaml';
import type { DetectorVersion, OutcomeDetail, RuleDetail } from '../domain/afd.js';
import { ActionError } from '../domain/errors.js';
import { MODEL_TYPES, RULE_EXECUTION_MODES } from '../domain/request.js';
import {
  CONSTRAINTS,
  describeConstraint,
  meetsConstraint,
  type StringConstraint,
} from '../config/constraints.js';
import { MAX_CONFIG_FILE_BYTES } from '../config/config-file.js';
import { MAX_EXPRESSION_FILE_BYTES } from '../config/rules-as-code.js';
import { GENERATED_DESCRIPTION_PREFIX } from '../detector/provenance.js';
import { normaliseExpression } from '../planner/index.js';

/** The parts of the `yaml` package the renderer uses (the shell loads it on demand). */
export type YamlWriter = Pick<typeof Yaml, 'Document' | 'isSeq'>;

/** Far more rules than a detector version holds in practice; each is a file written. */
export const MAX_EXPORTED_RULES = 1000;

/** The folder beside the config file that holds the expressions. */
export const RULES_FOLDER = 'rules';

export interface ExportSource {
  /** The base version (from DescribeDetector / GetDetectorVersion). */
  base: DetectorVersion;
  /** GetRules: at least the base's rule versions (more are ignored). */
  rules: readonly RuleDetail[];
  /** GetOutcomes: the account's outcomes, for the descriptions of the ones the rules use. */
  outcomes: readonly OutcomeDetail[];
  /** Workspace-relative path of the config file (forward slashes). */
  configPath: string;
}

export interface ExportFiles {
  /** Workspace-relative path → text; the `.dpl` files first, the config file last. */
  files: Map<string, string>;
  configPath: string;
  ruleCount: number;
}

/** The default `export-path`. */
export function defaultExportPath(detectorId: string): string {
  return `fraud-detector/${detectorId}.yml`;
}

/** A value AFD answered that the action will not write. */
function refused(what: string, value: string, rule: string): ActionError {
  const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return new ActionError(
    `Export refused: AFD answered ${what} ${JSON.stringify(shown)}, which ${rule}; nothing was written.`,
  );
}

function checked(what: string, value: string, c: StringConstraint): string {
  if (!meetsConstraint(c, value))
    throw refused(
      what,
      value,
      `breaks the rule the config reader applies: ${describeConstraint(c)}`,
    );
  return value;
}

function checkedEnum<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw refused(what, value, `is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A description worth writing: set, not blank, not the action's generated one. */
function keptDescription(what: string, text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return checked(what, text, CONSTRAINTS.description);
}

interface RuleEntry {
  ruleId: string;
  expressionFile: string;
  outcomes: string[];
  description?: string;
}

function ruleEntries(
  source: ExportSource,
  configDir: string,
): { entries: RuleEntry[]; dpl: Map<string, string>; used: string[] } {
  const { base } = source;
  if (base.rules.length > MAX_EXPORTED_RULES)
    throw refused(
      'a version with',
      `${base.rules.length} rules`,
      `is more than the ${MAX_EXPORTED_RULES} export writes`,
    );
  const entries: RuleEntry[] = [];
  const dpl = new Map<string, string>();
  const used: string[] = [];
  for (const ref of base.rules) {
    // Checked before it becomes a file name: no '/', '.', '..' or anything else AFD never allows.
    const ruleId = checked('the rule id', ref.ruleId, CONSTRAINTS.identifier);
    const detail = source.rules.find(
      (r) => r.ruleId === ruleId && r.ruleVersion === ref.ruleVersion,
    );
    if (!detail)
      throw new ActionError(
        `Export: rule ${ruleId} version ${ref.ruleVersion} of detector version ${base.detectorVersionId} was not found by GetRules; nothing was written.`,
      );
    if (entries.some((e) => e.ruleId === ruleId))
      throw refused('the rule id', ruleId, 'is listed twice in the version');
    const expression = normaliseExpression(detail.expression);
    if (expression === '') throw refused(`rule ${ruleId}'s expression`, '', 'is empty');
    if (Buffer.byteLength(expression, 'utf8') + 1 > MAX_EXPRESSION_FILE_BYTES)
      throw refused(
        `rule ${ruleId}'s expression`,
        expression,
        `is larger than the ${MAX_EXPRESSION_FILE_BYTES} bytes an expressionFile may hold`,
      );
    if (detail.outcomes.length === 0) throw refused(`rule ${ruleId}'s outcomes`, '[]', 'is empty');
    const outcomes = detail.outcomes.map((o) =>
      checked(`an outcome of rule ${ruleId}`, o, CONSTRAINTS.identifier),
    );
    for (const o of outcomes) if (!used.includes(o)) used.push(o);
    const file = `${RULES_FOLDER}/${ruleId}.dpl`;
    dpl.set(path.posix.join(configDir, file), `${expression}\n`);
    const description = keptDescription(`rule ${ruleId}'s description`, detail.description);
    entries.push({
      ruleId,
      expressionFile: file,
      outcomes,
      ...(description !== undefined ? { description } : {}),
    });
  }
  return { entries, dpl, used };
}

/** The detector section as the config reader reads it (its keys, in its order). */
function detectorSection(source: ExportSource, entries: RuleEntry[], used: string[]): object {
  const { base } = source;
  const description = keptDescription('the detector version description', base.description);
  // The action's generated description (defaultDescription) would pin one old commit's name on
  // every later version: left out, it is generated again and never diffed.
  const generated = description?.startsWith(GENERATED_DESCRIPTION_PREFIX) === true;
  const outcomes = used.map((name) => {
    const known = source.outcomes.find((o) => o.name === name);
    const text = keptDescription(`outcome ${name}'s description`, known?.description);
    return { name, ...(text !== undefined ? { description: text } : {}) };
  });
  return {
    detectorId: checked('the detector id', base.detectorId, CONSTRAINTS.identifier),
    ...(description !== undefined && !generated ? { description } : {}),
    ruleExecutionMode: checkedEnum(
      'the rule execution mode',
      base.ruleExecutionMode,
      RULE_EXECUTION_MODES,
    ),
    outcomes,
    rules: entries,
    modelVersions: base.modelVersions.map((m) => ({
      modelId: checked('the model id', m.modelId, CONSTRAINTS.modelId),
      modelType: checkedEnum('the model type', m.modelType, MODEL_TYPES),
      modelVersionNumber: checked(
        `model ${m.modelId}'s version number`,
        m.modelVersionNumber,
        CONSTRAINTS.modelVersionNumber,
      ),
    })),
    externalModelEndpoints: base.externalModelEndpoints.map((e) =>
      checked('the external model endpoint', e, CONSTRAINTS.sagemakerEndpoint),
    ),
  };
}

/** The config file and the rules' `.dpl` files of one detector version. */
export function renderExport(source: ExportSource, yaml: YamlWriter): ExportFiles {
  const { base, configPath } = source;
  const versionId = checked(
    'the detector version id',
    base.detectorVersionId,
    CONSTRAINTS.wholeNumberVersion,
  );
  const configDir = path.posix.dirname(configPath);
  const { entries, dpl, used } = ruleEntries(source, configDir);
  const doc = new yaml.Document({ detector: detectorSection(source, entries, used) });
  // `outcomes: [block]` reads like the config examples; the rest stays block style.
  entries.forEach((_, i) => {
    const node = doc.getIn(['detector', 'rules', i, 'outcomes'], true);
    if (yaml.isSeq(node)) node.flow = true;
  });
  doc.commentBefore = [
    ` Generated by Fraud Detector Promote (mode: export) from detector ${base.detectorId}, version ${versionId}.`,
    ` Each rule's expression is in ${RULES_FOLDER}/<ruleId>.dpl beside this file. A plan with this file`,
    ' reports no change until it or the detector changes; edit it in a pull request.',
  ].join('\n');
  // lineWidth 0: long descriptions stay on one line, so a diff shows whole values.
  const text = doc.toString({ lineWidth: 0 });
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_FILE_BYTES)
    throw refused(
      'a version whose config file is',
      `${Buffer.byteLength(text, 'utf8')} bytes`,
      `is larger than the ${MAX_CONFIG_FILE_BYTES} bytes a config file may hold`,
    );
  const files = new Map(dpl);
  files.set(configPath, text);
  return { files, configPath, ruleCount: entries.length };
}
