// Readers for the list-valued fields (rules, model versions, SageMaker
// endpoints, tags). They take a parsed YAML tree from an inline input or the
// config file and report every bad item, not just the first.
import { CONSTRAINTS, ENUMS, LIMITS, describeConstraint, meetsConstraint } from './constraints.js';
import type { ModelType, ModelVersionRef, RuleSpec, Tag } from '../domain/request.js';
import type { Problems } from './problems.js';
import {
  entriesOf,
  looksLikeRuleAsCode,
  readRuleAsCode,
  type ExpressionFiles,
  type RuleSyntaxLint,
} from './rules-as-code.js';
import { unknownKeyRule } from './suggest.js';
import { readConstrained, readEnum, readText } from './values.js';
import { kindWords, type RawEntry, type RawValue } from './yaml-values.js';

type MapValue = RawValue & { kind: 'map' };

/** A list item or required key that is there but says nothing. */
function isBlank(v: RawValue): boolean {
  return v.kind === 'scalar' && (v.value === null || v.text.trim() === '');
}

function asList(v: RawValue, problems: Problems, example: string): RawValue[] | undefined {
  if (v.kind === 'seq') return v.items;
  problems.add(v.where, v.text, `must be a YAML list, not ${kindWords(v)}; e.g. ${example}`);
  return undefined;
}

/** The entries of a mapping item, with unknown and missing keys reported. */
function fieldsOf(
  item: MapValue,
  keys: readonly string[],
  problems: Problems,
): Map<string, RawEntry> | undefined {
  const { found, ok: known } = entriesOf(item, keys, problems);
  let ok = known;
  for (const key of keys) {
    const entry = found.get(key);
    if (!entry || isBlank(entry.value)) {
      problems.add(item.where, item.text, `is missing ${key}`);
      ok = false;
    }
  }
  return ok ? found : undefined;
}

function field(found: Map<string, RawEntry>, key: string): RawValue {
  // fieldsOf has checked that every key is present.
  return found.get(key)!.value;
}

const RULES_EXAMPLE =
  '[{ruleId: high_risk, ruleVersion: "2"}], [high_risk@2] or [{ruleId: high_risk, expression: $amount > 100, outcomes: [review]}]';

/** `files` reads `expressionFile`s; without it (or for the inline input) they are refused. */
export function readRules(
  v: RawValue,
  problems: Problems,
  files?: ExpressionFiles,
  lint?: RuleSyntaxLint,
): RuleSpec[] | undefined {
  const items = asList(v, problems, RULES_EXAMPLE);
  if (!items) return undefined;
  const rules: RuleSpec[] = [];
  const seen = new Map<string, number>();
  let ok = true;
  items.forEach((item, i) => {
    const rule =
      item.kind === 'map' && looksLikeRuleAsCode(item)
        ? readRuleAsCode(item, files, problems, lint)
        : readRule(item, problems);
    if (!rule) {
      ok = false;
      return;
    }
    const first = seen.get(rule.ruleId);
    if (first !== undefined) {
      problems.add(
        item.where,
        item.text,
        `lists rule '${rule.ruleId}' again (items ${first + 1} and ${i + 1}); a detector version holds one version of each rule`,
      );
      ok = false;
      return;
    }
    seen.set(rule.ruleId, i);
    rules.push(rule);
  });
  return ok ? rules : undefined;
}

function readRule(item: RawValue, problems: Problems): RuleSpec | undefined {
  if (item.kind === 'map') {
    const found = fieldsOf(item, ['ruleId', 'ruleVersion'], problems);
    if (!found) return undefined;
    const ruleId = readConstrained(field(found, 'ruleId'), CONSTRAINTS.identifier, problems);
    const ruleVersion = readConstrained(
      field(found, 'ruleVersion'),
      CONSTRAINTS.wholeNumberVersion,
      problems,
    );
    return ruleId && ruleVersion ? { ruleId, ruleVersion } : undefined;
  }
  const text = item.kind === 'scalar' && typeof item.value === 'string' ? item.value.trim() : '';
  const at = text.lastIndexOf('@');
  if (at < 0) {
    problems.add(
      item.where,
      item.text,
      'must be ruleId@ruleVersion (e.g. high_risk@2), a mapping {ruleId, ruleVersion}, or a rule as code {ruleId, expression, outcomes}',
    );
    return undefined;
  }
  const ruleId = text.slice(0, at).trim();
  const ruleVersion = text.slice(at + 1).trim();
  let ok = true;
  if (!meetsConstraint(CONSTRAINTS.identifier, ruleId)) {
    problems.add(item.where, text, `ruleId ${describeConstraint(CONSTRAINTS.identifier)}`);
    ok = false;
  }
  if (!meetsConstraint(CONSTRAINTS.wholeNumberVersion, ruleVersion)) {
    problems.add(
      item.where,
      text,
      `ruleVersion ${describeConstraint(CONSTRAINTS.wholeNumberVersion)}`,
    );
    ok = false;
  }
  return ok ? { ruleId, ruleVersion } : undefined;
}

const MODEL_VERSIONS_EXAMPLE =
  '[{modelId: payments_model, modelType: TRANSACTION_FRAUD_INSIGHTS, modelVersionNumber: "1.03"}]';

export function readModelVersions(v: RawValue, problems: Problems): ModelVersionRef[] | undefined {
  const items = asList(v, problems, MODEL_VERSIONS_EXAMPLE);
  if (!items) return undefined;
  const out: ModelVersionRef[] = [];
  const seen = new Map<string, number>();
  let ok = true;
  items.forEach((item, i) => {
    if (item.kind !== 'map') {
      problems.add(
        item.where,
        item.text,
        `must be a mapping {modelId, modelType, modelVersionNumber}, not ${kindWords(item)}`,
      );
      ok = false;
      return;
    }
    const found = fieldsOf(item, ['modelId', 'modelType', 'modelVersionNumber'], problems);
    if (!found) {
      ok = false;
      return;
    }
    const modelId = readConstrained(field(found, 'modelId'), CONSTRAINTS.modelId, problems);
    const modelType = readEnum<ModelType>(field(found, 'modelType'), ENUMS.modelType, problems);
    const modelVersionNumber = readConstrained(
      field(found, 'modelVersionNumber'),
      CONSTRAINTS.modelVersionNumber,
      problems,
    );
    if (!modelId || !modelType || !modelVersionNumber) {
      ok = false;
      return;
    }
    // Rules read a model's score as $<modelId>_insightscore, so two versions of one model cannot both be in.
    const id = `${modelType}/${modelId}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.add(
        item.where,
        item.text,
        `lists model '${modelId}' again (items ${first + 1} and ${i + 1}); a detector version uses one version of each model`,
      );
      ok = false;
      return;
    }
    seen.set(id, i);
    out.push({ modelId, modelType, modelVersionNumber });
  });
  return ok ? out : undefined;
}

export function readEndpoints(v: RawValue, problems: Problems): string[] | undefined {
  const items = asList(v, problems, '[my-sagemaker-endpoint]');
  if (!items) return undefined;
  const out: string[] = [];
  let ok = true;
  for (const item of items) {
    if (isBlank(item)) problems.add(item.where, item.text, 'must not be empty');
    const name = readConstrained(item, CONSTRAINTS.sagemakerEndpoint, problems);
    if (name === undefined) {
      ok = false;
      continue;
    }
    if (out.includes(name)) {
      problems.add(item.where, name, `lists endpoint '${name}' twice`);
      ok = false;
      continue;
    }
    out.push(name);
  }
  return ok ? out : undefined;
}

/** A tag value: any scalar as written (`1.0` stays "1.0"); `key:` alone is the empty value. */
function tagValue(v: RawValue, problems: Problems): string | undefined {
  if (v.kind !== 'scalar') {
    problems.add(v.where, v.text, `tag values must be text, not ${kindWords(v)}`);
    return undefined;
  }
  const text = v.value === null ? '' : v.text.trim();
  if (text.length > CONSTRAINTS.tagValue.maxLength) {
    problems.add(v.where, text, `tag value ${describeConstraint(CONSTRAINTS.tagValue)}`);
    return undefined;
  }
  return text;
}

function tagKey(key: string, where: RawValue['where'], problems: Problems): string | undefined {
  const k = key.trim();
  if (!meetsConstraint(CONSTRAINTS.tagKey, k)) {
    problems.add(where, key, `tag key ${describeConstraint(CONSTRAINTS.tagKey)}`);
    return undefined;
  }
  if (k.toLowerCase().startsWith(LIMITS.reservedTagPrefix)) {
    problems.add(
      where,
      key,
      `tag key must not start with '${LIMITS.reservedTagPrefix}' (reserved by AWS)`,
    );
    return undefined;
  }
  return k;
}

/**
 * Tags as a mapping (`{team: risk}`) or a list of `{key, value}`. The count
 * includes `reserved` tags the action adds itself, since AFD caps the total.
 */
export function readTags(v: RawValue, problems: Problems, reserved: number): Tag[] | undefined {
  const pairs: { key: string; keyWhere: RawValue['where']; value: RawValue }[] = [];
  let ok = true;
  if (v.kind === 'map') {
    for (const e of v.entries) pairs.push({ key: e.key, keyWhere: e.keyWhere, value: e.value });
  } else if (v.kind === 'seq') {
    for (const item of v.items) {
      if (item.kind !== 'map') {
        problems.add(
          item.where,
          item.text,
          `must be a mapping {key, value}, not ${kindWords(item)}`,
        );
        ok = false;
        continue;
      }
      const keyEntry = item.entries.find((e) => e.key === 'key');
      const extra = item.entries.filter((e) => e.key !== 'key' && e.key !== 'value');
      for (const e of extra)
        problems.add(e.keyWhere, undefined, unknownKeyRule(e.key, ['key', 'value']));
      const keyText = keyEntry ? readText(keyEntry.value, problems) : undefined;
      if (keyText === undefined || extra.length > 0) {
        if (keyText === undefined) problems.add(item.where, item.text, 'is missing key');
        ok = false;
        continue;
      }
      const valueEntry = item.entries.find((e) => e.key === 'value');
      pairs.push({
        key: keyText,
        keyWhere: keyEntry!.value.where,
        value: valueEntry?.value ?? { kind: 'scalar', value: null, text: '', where: item.where },
      });
    }
  } else if (v.kind === 'scalar' && v.value === null) {
    return [];
  } else {
    problems.add(
      v.where,
      v.text,
      'must be a YAML mapping (e.g. {team: risk}) or a list of {key, value}',
    );
    return undefined;
  }
  const tags: Tag[] = [];
  const seen = new Set<string>();
  for (const p of pairs) {
    const key = tagKey(p.key, p.keyWhere, problems);
    const value = tagValue(p.value, problems);
    if (key === undefined || value === undefined) {
      ok = false;
      continue;
    }
    if (seen.has(key)) {
      problems.add(p.keyWhere, key, `lists tag key '${key}' twice`);
      ok = false;
      continue;
    }
    seen.add(key);
    tags.push({ key, value });
  }
  if (pairs.length + reserved > LIMITS.maxTags) {
    problems.add(
      v.where,
      `${pairs.length} tags`,
      `must hold at most ${LIMITS.maxTags - reserved} tags: AFD allows ${LIMITS.maxTags} per resource and the action adds ${reserved} provenance tags itself`,
    );
    ok = false;
  }
  return ok ? tags : undefined;
}
