// Rules as code → rule versions. Pure: the shell lists every version of the
// detector's rules (GetRules) and the account's outcomes (GetOutcomes) and
// passes them in. An existing version with the same identity is reused, whatever
// its number, so a re-run, a revert or a crash between writes never makes a
// second version of the same content.
import { createHash } from 'node:crypto';
import type { RuleDetail } from '../domain/afd.js';
import {
  isRuleAsCode,
  type ExpressionSource,
  type OutcomeDecl,
  type RuleAsCode,
  type RuleRef,
  type RuleSpec,
} from '../domain/request.js';
import { compareWholeVersions, maxBy } from '../domain/versions.js';

/** AFD's only rule language. */
export const RULE_LANGUAGE = 'DETECTORPL';

/** A rule version the apply creates: CreateRule for a new rule id, else UpdateRuleVersion from the highest version. */
export interface RuleVersionCreate {
  ruleId: string;
  /** `create`: CreateRule (the rule id is new); `update`: UpdateRuleVersion from `fromVersion`. */
  operation: 'create' | 'update';
  /** The highest existing version (update only). */
  fromVersion?: string;
  /** What AFD will most likely number it: highest + 1, or "1". Shown in the plan; never trusted on apply. */
  predictedVersion: string;
  /** Normalised: line endings \n, outer whitespace trimmed. */
  expression: string;
  outcomes: string[];
  description?: string;
  /** sha256 of the identity, hex; the `fdp:content-sha256` tag. */
  contentSha256: string;
  source?: ExpressionSource;
}

/** UpdateRuleMetadata: a reused version whose description the config changes. */
export interface RuleMetadataUpdate {
  ruleId: string;
  ruleVersion: string;
  from: string | null;
  to: string;
}

export interface RuleResolution {
  /** The request's rules in order, each with its reused or predicted version. */
  rules: RuleRef[];
  creates: RuleVersionCreate[];
  metadata: RuleMetadataUpdate[];
  /** Declared or used outcomes missing in AFD that the config declares: PutOutcome. */
  outcomesToCreate: OutcomeDecl[];
  /** Details of the versions to be created (at their predicted numbers), for the diff's expressions. */
  planned: RuleDetail[];
  /** Plain-words problems (an outcome nobody declares); the run fails before any write. */
  problems: string[];
  /**
   * The content hash of every rule as code, reused or created: the plan's
   * fingerprint pins rules as code by content, so a version number that shifts
   * (or a PR's draft that created the version already) does not change it.
   */
  contents: { ruleId: string; contentSha256: string; description?: string }[];
}

/** The expression as identity sees it: line endings normalised, outer whitespace trimmed. */
export function normaliseExpression(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

interface Identity {
  expression: string;
  language?: string;
  outcomes: readonly string[];
}

function identityKey(i: Identity): string {
  return JSON.stringify([
    normaliseExpression(i.expression),
    i.language ?? RULE_LANGUAGE,
    i.outcomes,
  ]);
}

/** sha256 (hex) of a rule version's identity: written as a tag, found again after a lost answer. */
export function ruleContentSha256(i: Identity): string {
  return createHash('sha256').update(identityKey(i)).digest('hex');
}

/** Whether a stored version has this identity. */
export function sameIdentity(stored: Identity, wanted: Identity): boolean {
  return identityKey(stored) === identityKey(wanted);
}

/** Every existing version of each rule id, in version order. */
function versionsById(existing: readonly RuleDetail[]): Map<string, RuleDetail[]> {
  const map = new Map<string, RuleDetail[]>();
  for (const r of existing) map.set(r.ruleId, [...(map.get(r.ruleId) ?? []), r]);
  for (const list of map.values())
    list.sort((a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion));
  return map;
}

/**
 * `baseRules`: the rules of the version the plan starts from. When the base
 * already uses a version with the wanted identity, that version is kept even if
 * a newer identical one exists: switching between two identical versions would
 * be a change that changes nothing (and an exported detector would not plan
 * empty).
 */
export function resolveRulesAsCode(
  specs: readonly RuleSpec[],
  existing: readonly RuleDetail[],
  existingOutcomes: ReadonlySet<string>,
  declared: readonly OutcomeDecl[] = [],
  baseRules: readonly RuleRef[] = [],
): RuleResolution {
  const byId = versionsById(existing);
  const out: RuleResolution = {
    rules: [],
    creates: [],
    metadata: [],
    outcomesToCreate: [],
    planned: [],
    problems: [],
    contents: [],
  };
  for (const spec of specs) {
    if (!isRuleAsCode(spec)) {
      out.rules.push({ ruleId: spec.ruleId, ruleVersion: spec.ruleVersion });
      continue;
    }
    const wanted: Identity = { expression: spec.expression, outcomes: spec.outcomes };
    out.contents.push({
      ruleId: spec.ruleId,
      contentSha256: ruleContentSha256(wanted),
      // The description the config sets is part of what was reviewed (UpdateRuleMetadata).
      ...(spec.description !== undefined ? { description: spec.description } : {}),
    });
    const versions = byId.get(spec.ruleId) ?? [];
    // Any identical version: the base's own when it is one, else the newest of them.
    const identical = versions.filter((v) => sameIdentity(v, wanted));
    const inBase = baseRules.find((b) => b.ruleId === spec.ruleId)?.ruleVersion;
    const reused =
      identical.find(
        (v) => inBase !== undefined && compareWholeVersions(v.ruleVersion, inBase) === 0,
      ) ?? maxBy(identical, (a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion));
    if (reused) {
      out.rules.push({ ruleId: spec.ruleId, ruleVersion: reused.ruleVersion });
      if (spec.description !== undefined && spec.description !== (reused.description ?? '')) {
        out.metadata.push({
          ruleId: spec.ruleId,
          ruleVersion: reused.ruleVersion,
          from: reused.description ?? null,
          to: spec.description,
        });
      }
      continue;
    }
    const highest = versions[versions.length - 1]?.ruleVersion;
    const predictedVersion = highest === undefined ? '1' : String(Number(highest) + 1);
    const expression = normaliseExpression(spec.expression);
    const create: RuleVersionCreate = {
      ruleId: spec.ruleId,
      operation: highest === undefined ? 'create' : 'update',
      ...(highest !== undefined ? { fromVersion: highest } : {}),
      predictedVersion,
      expression,
      outcomes: [...spec.outcomes],
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      contentSha256: ruleContentSha256(wanted),
      ...(spec.source ? { source: spec.source } : {}),
    };
    out.creates.push(create);
    out.rules.push({ ruleId: spec.ruleId, ruleVersion: predictedVersion });
    out.planned.push({
      ruleId: spec.ruleId,
      ruleVersion: predictedVersion,
      expression,
      outcomes: [...spec.outcomes],
      language: RULE_LANGUAGE,
      ...(spec.description !== undefined ? { description: spec.description } : {}),
    });
  }
  resolveOutcomes(specs, existingOutcomes, declared, out);
  return out;
}

/** Each outcome a rule as code uses that neither exists in AFD nor is declared, once, with the first rule using it. */
export function undeclaredOutcomes(
  specs: readonly RuleSpec[],
  existingOutcomes: ReadonlySet<string>,
  declared: readonly OutcomeDecl[],
): { rule: RuleAsCode; outcome: string; message: string }[] {
  const declaredNames = new Set(declared.map((d) => d.name));
  const found = new Map<string, { rule: RuleAsCode; outcome: string; message: string }>();
  for (const rule of specs.filter(isRuleAsCode)) {
    for (const name of rule.outcomes) {
      if (existingOutcomes.has(name) || declaredNames.has(name) || found.has(name)) continue;
      found.set(name, {
        rule,
        outcome: name,
        message: `Rule ${rule.ruleId} uses outcome ${name}, which does not exist in AFD; declare it under detector.outcomes (e.g. - { name: ${name}, description: … }) so the action creates it.`,
      });
    }
  }
  return [...found.values()];
}

/** Declared outcomes missing in AFD are created; an outcome a rule uses that is neither there nor declared is a problem. */
function resolveOutcomes(
  specs: readonly RuleSpec[],
  existingOutcomes: ReadonlySet<string>,
  declared: readonly OutcomeDecl[],
  out: RuleResolution,
): void {
  out.outcomesToCreate = declared.filter((d) => !existingOutcomes.has(d.name));
  out.problems.push(...undeclaredOutcomes(specs, existingOutcomes, declared).map((u) => u.message));
}
