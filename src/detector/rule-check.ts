// Rules as code checked against AFD with reads only, before any write and in
// plan mode: every $variable is one of the detector's event type (or the
// score of a model trained on it), every @list exists, every outcome exists
// or is declared, comparisons fit the variables' data types. Errors fail the
// step at the rule's file, line and column; warnings are annotated there.
import type { AfdPort } from '../afd/port.js';
import type { Catalog } from '../detectorpl/index.js';
import { placed, RuleLintError, type RuleFinding } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import {
  isRuleAsCode,
  type DetectorRequest,
  type OutcomeDecl,
  type RuleAsCode,
} from '../domain/request.js';
import { undeclaredOutcomes } from '../planner/rule-versions.js';
import type { RuleLintFinding } from '../planner/rule-lint.js';
import { readRuleCatalog, type RuleCatalogReads } from './rule-catalog.js';

export type RuleCheckReads = RuleCatalogReads & Pick<AfdPort, 'listOutcomes'>;

/** lintRuleAsCode (src/planner/rule-lint.ts), loaded by the caller. */
export type RuleLint = (rule: RuleAsCode, catalog?: Catalog) => RuleLintFinding[];

export interface RuleFindings {
  errors: RuleFinding[];
  warnings: RuleFinding[];
}

function finding(f: RuleLintFinding): RuleFinding {
  return { ruleId: f.ruleId, message: f.message, ...(f.position ? { position: f.position } : {}) };
}

/** Where a rule is written: its outcomes in the config, else its expression. */
function ruleAt(rule: RuleAsCode): RuleFinding['position'] {
  if (rule.outcomesAt) return rule.outcomesAt;
  const s = rule.source;
  return s ? { file: s.file, line: s.line, column: s.column } : undefined;
}

/**
 * Every finding of the rules as code: the DetectorPL lint against the catalog
 * (without one, names and types are not checked) and the outcomes that
 * neither exist nor are declared. Pure.
 */
export function checkRules(
  rules: readonly RuleAsCode[],
  lint: RuleLint,
  catalog: Catalog | undefined,
  existingOutcomes: ReadonlySet<string>,
  declared: readonly OutcomeDecl[],
): RuleFindings {
  const out: RuleFindings = { errors: [], warnings: [] };
  for (const rule of rules) {
    for (const f of lint(rule, catalog))
      (f.severity === 'error' ? out.errors : out.warnings).push(finding(f));
  }
  for (const u of undeclaredOutcomes(rules, existingOutcomes, declared)) {
    const at = ruleAt(u.rule);
    out.errors.push({ ruleId: u.rule.ruleId, message: u.message, ...(at ? { position: at } : {}) });
  }
  return out;
}

/** The models of a proposed detector version: a rule may read their scores without a warning. */
export function modelIdsOf(proposal: {
  modelVersions: readonly { modelId: string }[];
}): Set<string> {
  return new Set(proposal.modelVersions.map((m) => m.modelId));
}

/**
 * Reads the catalog and the outcomes, lints every rule as code, logs the
 * warnings at their lines and throws a RuleLintError for the errors. The
 * DetectorPL library is loaded here, only for a request with rules as code.
 */
export async function checkRulesAsCode(
  afd: RuleCheckReads,
  request: DetectorRequest,
  proposalModelIds: ReadonlySet<string>,
  log: Logger,
): Promise<void> {
  const rules = (request.rules ?? []).filter(isRuleAsCode);
  if (rules.length === 0) return;
  const [read, outcomes, library] = await Promise.all([
    readRuleCatalog(afd, request.detectorId, proposalModelIds),
    afd.listOutcomes(),
    import('../planner/rule-lint.js'),
  ]);
  if (!read)
    log.warning(
      `Detector ${request.detectorId}: AFD names no event type for it (GetDetectors), so the variables and lists of its rules are not checked before writing.`,
    );
  const { errors, warnings } = checkRules(
    rules,
    (rule, catalog) => library.lintRuleAsCode(rule, catalog),
    read?.catalog,
    new Set(outcomes.map((o) => o.name)),
    request.outcomes ?? [],
  );
  for (const w of warnings) log.warning(placed(w), w.position);
  if (errors.length) throw new RuleLintError(request.detectorId, errors);
}
