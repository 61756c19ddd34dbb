// Rule calls: rule versions read (one, one rule's, a detector's), created
// (CreateRule, UpdateRuleVersion) and described (UpdateRuleMetadata).
import {
  CreateRuleCommand,
  GetRulesCommand,
  UpdateRuleMetadataCommand,
  UpdateRuleVersionCommand,
} from '@aws-sdk/client-frauddetector';
import type { RuleDetail } from '../../domain/afd.js';
import { AfdError } from '../../domain/errors.js';
import type { RuleRef, Tag } from '../../domain/request.js';
import type { RuleVersionContent } from '../port.js';
import { required, ruleContent, toRuleDetail } from '../sdk-mapping.js';
import type { AfdTransport } from '../transport.js';

const GET_RULES_PAGE = 100;

export async function getRuleVersion(
  t: AfdTransport,
  detectorId: string,
  rule: RuleRef,
): Promise<RuleDetail | undefined> {
  const out = await t
    .call(
      {
        operation: 'GetRules',
        resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
        target: { kind: 'rule', detectorId },
      },
      () =>
        t.client.send(
          new GetRulesCommand({
            detectorId,
            ruleId: rule.ruleId,
            ruleVersion: rule.ruleVersion,
            maxResults: GET_RULES_PAGE,
          }),
        ),
    )
    .catch((err: unknown) => {
      // AWS's own samples expect an empty list for an unknown rule; answer the
      // same if AFD says ResourceNotFound instead, so the plan's checks report it.
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException') {
        return { ruleDetails: [] };
      }
      throw err;
    });
  const found = (out.ruleDetails ?? []).find(
    (r) => r.ruleId === rule.ruleId && r.ruleVersion === rule.ruleVersion,
  );
  return found ? toRuleDetail(found) : undefined;
}

export async function createRule(
  t: AfdTransport,
  detectorId: string,
  ruleId: string,
  content: RuleVersionContent,
  tags: Tag[],
): Promise<RuleRef> {
  const out = await t.call(
    { operation: 'CreateRule', resource: `rule ${ruleId} of detector ${detectorId}` },
    () =>
      t.writeOnceClient.send(
        new CreateRuleCommand({
          detectorId,
          ruleId,
          ...ruleContent(content),
          ...(tags.length ? { tags } : {}),
        }),
      ),
  );
  return {
    ruleId,
    ruleVersion: required(out.rule?.ruleVersion, 'CreateRule', 'rule.ruleVersion'),
  };
}

export async function updateRuleVersion(
  t: AfdTransport,
  detectorId: string,
  from: RuleRef,
  content: RuleVersionContent,
  tags: Tag[],
): Promise<RuleRef> {
  const out = await t.call(
    {
      operation: 'UpdateRuleVersion',
      resource: `rule ${from.ruleId} version ${from.ruleVersion} of detector ${detectorId}`,
    },
    () =>
      t.writeOnceClient.send(
        new UpdateRuleVersionCommand({
          rule: { detectorId, ruleId: from.ruleId, ruleVersion: from.ruleVersion },
          ...ruleContent(content),
          ...(tags.length ? { tags } : {}),
        }),
      ),
  );
  return {
    ruleId: from.ruleId,
    ruleVersion: required(out.rule?.ruleVersion, 'UpdateRuleVersion', 'rule.ruleVersion'),
  };
}

export async function updateRuleMetadata(
  t: AfdTransport,
  detectorId: string,
  rule: RuleRef,
  description: string,
): Promise<void> {
  // Setting a description twice is harmless: the read client may retry it.
  await t.call(
    {
      operation: 'UpdateRuleMetadata',
      resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
    },
    () =>
      t.client.send(
        new UpdateRuleMetadataCommand({
          rule: { detectorId, ruleId: rule.ruleId, ruleVersion: rule.ruleVersion },
          description,
        }),
      ),
  );
}

export async function listRuleVersions(
  t: AfdTransport,
  detectorId: string,
  ruleId: string,
): Promise<RuleDetail[]> {
  const rules = await t.allPages(
    { operation: 'GetRules', resource: `rule ${ruleId} of detector ${detectorId}` },
    (nextToken) =>
      t.client.send(
        new GetRulesCommand({ detectorId, ruleId, maxResults: GET_RULES_PAGE, nextToken }),
      ),
    (out) => out.ruleDetails,
  );
  return rules.filter((r) => r.ruleId === ruleId).map(toRuleDetail);
}

export async function listRules(t: AfdTransport, detectorId: string): Promise<RuleDetail[]> {
  const rules = await t.allPages(
    {
      operation: 'GetRules',
      resource: `rules of detector ${detectorId}`,
      target: { kind: 'detector', detectorId },
    },
    (nextToken) =>
      t.client.send(new GetRulesCommand({ detectorId, maxResults: GET_RULES_PAGE, nextToken })),
    (out) => out.ruleDetails,
  );
  return rules.map(toRuleDetail);
}
