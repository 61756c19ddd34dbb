// Rules (immutable versions keyed by detector and rule id, their expressions
// checked as AFD checks them: rule-checks.ts) and outcomes.

import type {
  CreateRuleRequest,
  GetRulesRequest,
  PutOutcomeRequest,
  UpdateRuleMetadataRequest,
  UpdateRuleVersionRequest,
} from '@aws-sdk/client-frauddetector';
import { resourcePath } from './arn.js';
import type { ServiceContext } from './context.js';
import { notFound, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { inListOrder } from './list-order.js';
import { paginate } from './pagination.js';
import { checkRuleExpression } from './rule-checks.js';
import type { RuleRecord, Tag } from './state.js';
import { setTags } from './tag-store.js';

export const MAX_RULES = 5000;
export const MAX_OUTCOMES = 5000;

function requireOutcomes(ctx: ServiceContext, outcomes: readonly string[]): void {
  const missing = outcomes.filter((name) => !ctx.state.outcomes.some((o) => o.name === name));
  if (missing.length > 0) throw validation(`Outcomes [${missing.join(', ')}] do not exist.`);
}

function newRule(
  ctx: ServiceContext,
  fields: Omit<RuleRecord, 'createdTime' | 'lastUpdatedTime'>,
  tags: Tag[] | undefined,
) {
  if (ctx.state.rules.length >= MAX_RULES) {
    throw validation(
      `You have reached the maximum number of rules (${MAX_RULES}) for this account.`,
    );
  }
  const now = ctx.nowIso();
  ctx.state.rules.push({ ...fields, createdTime: now, lastUpdatedTime: now });
  if (tags?.length)
    setTags(ctx, resourcePath.rule(fields.detectorId, fields.ruleId, fields.ruleVersion), tags);
  return {
    rule: { detectorId: fields.detectorId, ruleId: fields.ruleId, ruleVersion: fields.ruleVersion },
  };
}

const byRule = (a: RuleRecord, b: RuleRecord) =>
  a.ruleId.localeCompare(b.ruleId) || Number(a.ruleVersion) - Number(b.ruleVersion);

export const ruleHandlers: Record<string, Handler> = {
  PutOutcome: typed<PutOutcomeRequest>((ctx, input) => {
    const name = input.name ?? '';
    const now = ctx.nowIso();
    const existing = ctx.state.outcomes.find((o) => o.name === name);
    if (existing) {
      if (input.description !== undefined) existing.description = input.description;
      existing.lastUpdatedTime = now;
      return {};
    }
    if (ctx.state.outcomes.length >= MAX_OUTCOMES) {
      throw validation(
        `You have reached the maximum number of outcomes (${MAX_OUTCOMES}) for this account.`,
      );
    }
    ctx.state.outcomes.push({
      name,
      ...(input.description !== undefined ? { description: input.description } : {}),
      createdTime: now,
      lastUpdatedTime: now,
    });
    if (input.tags?.length) setTags(ctx, resourcePath.outcome(name), input.tags as Tag[]);
    return {};
  }),

  CreateRule: typed<CreateRuleRequest>((ctx, input) => {
    const detectorId = input.detectorId ?? '';
    const ruleId = input.ruleId ?? '';
    // CreateRule declares neither ResourceNotFound nor Conflict: every problem is a validation error.
    if (!ctx.state.detectors.some((d) => d.detectorId === detectorId)) {
      throw validation(`Detector ${detectorId} does not exist.`);
    }
    if (ctx.state.rules.some((r) => r.detectorId === detectorId && r.ruleId === ruleId)) {
      throw validation(
        `Rule ${ruleId} already exists in detector ${detectorId}. Use UpdateRuleVersion to create a new version.`,
      );
    }
    checkRuleExpression(ctx, detectorId, input.expression ?? '');
    const outcomes = [...(input.outcomes ?? [])];
    requireOutcomes(ctx, outcomes);
    return newRule(
      ctx,
      {
        detectorId,
        ruleId,
        ruleVersion: '1',
        expression: input.expression ?? '',
        language: input.language ?? 'DETECTORPL',
        outcomes,
        ...(input.description !== undefined ? { description: input.description } : {}),
      },
      input.tags as Tag[] | undefined,
    );
  }),

  UpdateRuleVersion: typed<UpdateRuleVersionRequest>((ctx, input) => {
    const ref = input.rule;
    const detectorId = ref?.detectorId ?? '';
    const ruleId = ref?.ruleId ?? '';
    const versions = ctx.state.rules.filter(
      (r) => r.detectorId === detectorId && r.ruleId === ruleId,
    );
    if (!versions.some((r) => r.ruleVersion === ref?.ruleVersion)) {
      throw notFound(
        `Rule ${ruleId} version ${ref?.ruleVersion} does not exist in detector ${detectorId}.`,
      );
    }
    checkRuleExpression(ctx, detectorId, input.expression ?? '');
    const outcomes = [...(input.outcomes ?? [])];
    requireOutcomes(ctx, outcomes);
    const next = Math.max(...versions.map((r) => Number(r.ruleVersion))) + 1;
    return newRule(
      ctx,
      {
        detectorId,
        ruleId,
        ruleVersion: String(next),
        expression: input.expression ?? '',
        language: input.language ?? 'DETECTORPL',
        outcomes,
        ...(input.description !== undefined ? { description: input.description } : {}),
      },
      input.tags as Tag[] | undefined,
    );
  }),

  UpdateRuleMetadata: typed<UpdateRuleMetadataRequest>((ctx, input) => {
    const ref = input.rule;
    const rule = ctx.state.rules.find(
      (r) =>
        r.detectorId === ref?.detectorId &&
        r.ruleId === ref.ruleId &&
        r.ruleVersion === ref.ruleVersion,
    );
    if (!rule) {
      throw notFound(
        `Rule ${ref?.ruleId} version ${ref?.ruleVersion} does not exist in detector ${ref?.detectorId}.`,
      );
    }
    // Only the description of that one version changes; the expression stays immutable.
    rule.description = input.description ?? '';
    rule.lastUpdatedTime = ctx.nowIso();
    return {};
  }),

  GetRules: typed<GetRulesRequest>((ctx, input) => {
    const detectorId = input.detectorId ?? '';
    if (!ctx.state.detectors.some((d) => d.detectorId === detectorId))
      throw notFound(`Detector ${detectorId} does not exist.`);
    if (input.ruleVersion !== undefined && input.ruleId === undefined) {
      throw validation('ruleId is required when ruleVersion is specified.');
    }
    // An unknown ruleId is an empty list, not an error (AWS's MLOps sample relies on it).
    // The recorded GetRules answer was in neither name nor creation order.
    const rules = inListOrder(
      ctx,
      ctx.state.rules.filter(
        (r) =>
          r.detectorId === detectorId &&
          (input.ruleId === undefined || r.ruleId === input.ruleId) &&
          (input.ruleVersion === undefined || r.ruleVersion === input.ruleVersion),
      ),
      (r) => resourcePath.rule(r.detectorId, r.ruleId, r.ruleVersion),
      byRule,
    );
    const { page, nextToken } = paginate('GetRules', rules, input.maxResults, 100, input.nextToken);
    return {
      ruleDetails: page.map((r) => ({
        ruleId: r.ruleId,
        description: r.description,
        detectorId: r.detectorId,
        ruleVersion: r.ruleVersion,
        expression: r.expression,
        language: r.language,
        outcomes: r.outcomes,
        lastUpdatedTime: r.lastUpdatedTime,
        createdTime: r.createdTime,
        arn: ctx.arn(resourcePath.rule(r.detectorId, r.ruleId, r.ruleVersion)),
      })),
      nextToken,
    };
  }),
};
