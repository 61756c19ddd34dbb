// The plan's fingerprint: what a reviewer approved, compared again on merge.
// It hashes canonical data, never rendered text, so wording or layout changes
// in the comment never make a reviewed plan look stale.
import { createHash } from 'node:crypto';
import type { DetectorVersion } from '../domain/afd.js';
import type { ModelVersionRef } from '../domain/request.js';
import type { ProposedDetectorVersion } from './proposal.js';
import type { RuleVersionCreate } from './rule-versions.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level; array order is kept (rule order matters). */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const FINGERPRINT_VERSION = 1;

// Picked field by field so extra properties a gateway may carry (arn) never
// leak into the hash.
const modelJson = (m: ModelVersionRef): Json => ({
  modelId: m.modelId,
  modelType: m.modelType,
  modelVersionNumber: m.modelVersionNumber,
});

/**
 * sha256 of the canonical base + proposal, 16 hex chars. Only what decides the
 * outcome goes in: ids, rules in order, models, endpoints, mode, description.
 * Timestamps, ARNs and status are left out (volatile). A generated description
 * (it names the commit) is left out too, or the merge commit could never match
 * the plan reviewed on the PR head. `salt` binds a fingerprint to a
 * context when a caller needs that; the action passes none, because it reads
 * the reviewed fingerprint from the merged PR's own comment.
 */
export function planFingerprint(
  base: DetectorVersion | undefined,
  proposal: ProposedDetectorVersion,
  salt = '',
  rulesAsCode: readonly (Pick<RuleVersionCreate, 'ruleId' | 'contentSha256'> & {
    description?: string;
  })[] = [],
  declaredOutcomes: readonly { name: string; description?: string }[] = [],
): string {
  // A rule as code is pinned by its content, not by a (predicted) number: the
  // number may shift before the merge, or a PR's draft may have created the
  // version already; the content may not change.
  // A description set in the config is pinned too (it is written with
  // UpdateRuleMetadata); one left out is not, so older fingerprints stay valid.
  const asCode = new Map(rulesAsCode.map((c) => [c.ruleId, c]));
  const proposedRule = (r: { ruleId: string; ruleVersion: string }): Json => {
    const code = asCode.get(r.ruleId);
    if (code === undefined) return { ruleId: r.ruleId, ruleVersion: r.ruleVersion };
    return code.description !== undefined
      ? { ruleId: r.ruleId, content: code.contentSha256, description: code.description }
      : { ruleId: r.ruleId, content: code.contentSha256 };
  };
  const canonical: Json = {
    v: FINGERPRINT_VERSION,
    salt,
    base: base
      ? {
          detectorId: base.detectorId,
          detectorVersionId: base.detectorVersionId,
          rules: base.rules.map((r) => ({ ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
          modelVersions: base.modelVersions.map(modelJson),
          externalModelEndpoints: [...base.externalModelEndpoints],
          ruleExecutionMode: base.ruleExecutionMode,
          description: base.description ?? null,
        }
      : null,
    proposal: {
      detectorId: proposal.detectorId,
      rules: proposal.rules.map(proposedRule),
      modelVersions: proposal.modelVersions.map(modelJson),
      externalModelEndpoints: [...proposal.externalModelEndpoints],
      ruleExecutionMode: proposal.ruleExecutionMode,
      description: proposal.descriptionSource === 'default' ? null : (proposal.description ?? null),
      // Declared outcomes (PutOutcome) from the config, stable whatever AFD
      // holds already; absent when none, so older fingerprints stay valid.
      ...(declaredOutcomes.length
        ? {
            outcomes: declaredOutcomes.map((o) => ({
              name: o.name,
              description: o.description ?? null,
            })),
          }
        : {}),
    },
  };
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex').slice(0, 16);
}
