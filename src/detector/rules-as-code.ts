// Rules as code against AFD: the reads that resolve them (GetRules,
// GetOutcomes) and the writes before the detector version, each exactly once:
// PutOutcome for declared outcomes that are missing, then one rule version per
// changed rule (CreateRule or UpdateRuleVersion from the highest version), then
// description updates. A rule version is found again by its content (identity)
// before any retry, so a lost answer, a re-run or a crash never makes a second one.
import type { OutcomeDetail, RuleDetail } from '../domain/afd.js';
import { AfdError } from '../domain/errors.js';
import { CONTENT_HASH_TAG } from '../domain/provenance.js';
import { isRuleAsCode, type DetectorRequest, type RuleRef, type Tag } from '../domain/request.js';
import { compareWholeVersions, maxBy } from '../domain/versions.js';
import type { AfdPort } from '../afd/port.js';
import { retryDelay, WRITE_ATTEMPTS } from '../afd/write-retry.js';
import {
  resolveRulesAsCode,
  sameIdentity,
  type RuleResolution,
  type RuleVersionCreate,
} from '../planner/index.js';
import type { DetectorDeps } from './detector-deps.js';

/** Whether the request holds rules as code or declares outcomes: only then are rules and outcomes read. */
export function usesRulesAsCode(request: DetectorRequest): boolean {
  return (request.rules ?? []).some(isRuleAsCode) || (request.outcomes?.length ?? 0) > 0;
}

export interface RulesAsCodeState {
  resolution: RuleResolution;
  /** Every version of every rule of the detector, as listed for the resolution. */
  existing: RuleDetail[];
}

/**
 * Reads only: every rule version of the detector and the account's outcomes,
 * then the pure resolution. The rules' lint against AFD's catalog is
 * checkRulesAsCode (rule-check.ts), once the proposal's models are known.
 * `baseRules`: the rules of the version the plan starts from (an identical
 * version it uses is kept).
 */
export async function resolveRequestRules(
  afd: AfdPort,
  request: DetectorRequest,
  baseRules: readonly RuleRef[] = [],
): Promise<RulesAsCodeState | undefined> {
  if (!usesRulesAsCode(request)) return undefined;
  const [existing, outcomes] = await Promise.all([
    afd.listRules(request.detectorId),
    afd.listOutcomes(),
  ]);
  const names = new Set(outcomes.map((o: OutcomeDetail) => o.name));
  const resolution = resolveRulesAsCode(
    request.rules ?? [],
    existing,
    names,
    request.outcomes,
    baseRules,
  );
  return { resolution, existing };
}

/**
 * The writes before the detector version (draft and apply). Returns the
 * versions AFD actually gave the created rules (ruleId → version), which may
 * differ from the prediction if someone else made a version meanwhile.
 */
export async function writeRulesAsCode(
  deps: DetectorDeps,
  detectorId: string,
  resolution: RuleResolution,
  tags: Tag[],
): Promise<Map<string, string>> {
  const { afd, log } = deps;
  for (const outcome of resolution.outcomesToCreate) {
    await afd.putOutcome(outcome, tags);
    log.info(`Created outcome ${outcome.name}.`);
  }
  const actual = new Map<string, string>();
  // One at a time: UpdateRuleVersion is refused (Conflict) while another is in flight for the same rule.
  for (const create of resolution.creates) {
    const made = await createRuleVersionOnce(deps, detectorId, create, tags);
    actual.set(create.ruleId, made.ruleVersion);
    if (made.ruleVersion !== create.predictedVersion)
      log.info(
        `Rule ${create.ruleId}: the plan predicted version ${create.predictedVersion}, AFD made ${made.ruleVersion} (a version was made elsewhere meanwhile); the detector version uses ${made.ruleVersion}.`,
      );
  }
  for (const m of resolution.metadata) {
    await afd.updateRuleMetadata(detectorId, m, m.to);
    log.info(`Updated the description of rule ${m.ruleId} version ${m.ruleVersion}.`);
  }
  return actual;
}

function identical(
  versions: readonly RuleDetail[],
  create: RuleVersionCreate,
): RuleDetail | undefined {
  return maxBy(
    versions.filter((v) => sameIdentity(v, create)),
    (a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion),
  );
}

/**
 * CreateRule / UpdateRuleVersion, retried by the action: after a throttle, a
 * 5xx, a timeout or a Conflict the version may exist anyway, so the rule's
 * versions are read and searched by content before writing again (from the
 * highest version as it is then).
 */
async function createRuleVersionOnce(
  deps: DetectorDeps,
  detectorId: string,
  create: RuleVersionCreate,
  runTags: Tag[],
): Promise<RuleRef> {
  const { afd, log } = deps;
  const tags = [...runTags, { key: CONTENT_HASH_TAG, value: create.contentSha256 }];
  const content = {
    expression: create.expression,
    outcomes: create.outcomes,
    ...(create.description !== undefined ? { description: create.description } : {}),
  };
  let from = create.fromVersion;
  for (let attempt = 1; ; attempt++) {
    try {
      const made =
        from === undefined
          ? await afd.createRule(detectorId, create.ruleId, content, tags)
          : await afd.updateRuleVersion(
              detectorId,
              { ruleId: create.ruleId, ruleVersion: from },
              content,
              tags,
            );
      log.info(
        from === undefined
          ? `Created rule ${create.ruleId} version ${made.ruleVersion} (CreateRule).`
          : `Created rule ${create.ruleId} version ${made.ruleVersion} (UpdateRuleVersion from ${from}).`,
      );
      return made;
    } catch (err) {
      const uncertain =
        err instanceof AfdError && (err.retryable || err.awsErrorName === 'ConflictException');
      if (!uncertain) throw err;
      const versions = await afd.listRuleVersions(detectorId, create.ruleId);
      const found = identical(versions, create);
      if (found) {
        log.info(
          `${from === undefined ? 'CreateRule' : 'UpdateRuleVersion'} answered ${err.awsErrorName}, but rule ${create.ruleId} version ${found.ruleVersion} has this content; carrying on with it.`,
        );
        return { ruleId: found.ruleId, ruleVersion: found.ruleVersion };
      }
      if (attempt >= WRITE_ATTEMPTS) throw err;
      from = maxBy(
        versions.map((v) => v.ruleVersion),
        compareWholeVersions,
      );
      log.warning(
        `Writing rule ${create.ruleId} failed (${err.awsErrorName}); no version with its content exists; trying again.`,
      );
      await deps.sleep?.(retryDelay(attempt));
    }
  }
}

/** The proposal's rules with the versions AFD actually assigned. */
export function withActualVersions(
  rules: readonly RuleRef[],
  actual: ReadonlyMap<string, string>,
): RuleRef[] {
  return rules.map((r) => ({
    ruleId: r.ruleId,
    ruleVersion: actual.get(r.ruleId) ?? r.ruleVersion,
  }));
}
