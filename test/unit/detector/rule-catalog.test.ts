// The catalog lint's mapping: AFD's answers (event type, variables, lists,
// models) → DetectorPL's Catalog, and the findings placed at the rule's file,
// line and column, with outcomes that neither exist nor are declared.
import { describe, expect, it } from 'vitest';
import { buildRuleCatalog, readRuleCatalog } from '../../../src/detector/rule-catalog.js';
import { checkRules } from '../../../src/detector/rule-check.js';
import type { RuleAsCode } from '../../../src/domain/request.js';
import { lintRuleAsCode } from '../../../src/planner/rule-lint.js';

const SOURCES = {
  eventTypeName: 'payment',
  eventVariables: ['ip_address', 'order_amount', 'is_new'],
  variables: [
    { name: 'ip_address', dataType: 'STRING', defaultValue: 'unknown' },
    { name: 'order_amount', dataType: 'FLOAT', defaultValue: '0.0' },
    { name: 'is_new', dataType: 'BOOLEAN', defaultValue: 'false' },
    { name: 'login_email', dataType: 'STRING' },
    { name: 'sagemaker_score', dataType: 'FLOAT', dataSource: 'EXTERNAL_MODEL_SCORE' },
  ],
  lists: [{ name: 'known_bad_ips', variableType: 'IP_ADDRESS' }],
  models: [
    {
      modelId: 'payments_model',
      modelType: 'ONLINE_FRAUD_INSIGHTS' as const,
      eventTypeName: 'payment',
    },
    {
      modelId: 'spare_model',
      modelType: 'ONLINE_FRAUD_INSIGHTS' as const,
      eventTypeName: 'payment',
    },
    { modelId: 'login_model', modelType: 'ONLINE_FRAUD_INSIGHTS' as const, eventTypeName: 'login' },
  ],
  proposalModelIds: new Set(['payments_model']),
};

function rule(expression: string, extra: Partial<RuleAsCode> = {}): RuleAsCode {
  return {
    ruleId: 'r1',
    expression,
    outcomes: ['review'],
    source: { file: 'fd/rules/r1.dpl', line: 1, column: 1, wholeFile: true },
    ...extra,
  };
}

function check(expression: string, extra: Partial<RuleAsCode> = {}) {
  return checkRules(
    [rule(expression, extra)],
    (r, c) => lintRuleAsCode(r, c),
    buildRuleCatalog(SOURCES),
    new Set(['review', 'block']),
    [],
  );
}

describe('buildRuleCatalog', () => {
  it("holds the event type's variables with their data types, not the account's others", () => {
    const catalog = buildRuleCatalog(SOURCES);
    expect([...catalog.variables.keys()]).toEqual([
      'ip_address',
      'order_amount',
      'is_new',
      'sagemaker_score',
    ]);
    expect(catalog.variables.get('order_amount')).toEqual({
      dataType: 'FLOAT',
      defaultValue: '0.0',
    });
    expect(catalog.variables.has('login_email')).toBe(false);
  });

  it('holds the score variables of the models of that event type, marking those in the proposal', () => {
    const catalog = buildRuleCatalog(SOURCES);
    expect(Object.fromEntries(catalog.modelScores)).toEqual({
      payments_model_insightscore: { modelId: 'payments_model', inProposal: true },
      spare_model_insightscore: { modelId: 'spare_model', inProposal: false },
    });
    expect(catalog.lists.get('known_bad_ips')).toEqual({ variableType: 'IP_ADDRESS' });
  });

  it('types an event variable GetVariables does not describe (or with a type it does not know) as text', () => {
    const catalog = buildRuleCatalog({
      ...SOURCES,
      eventVariables: ['mystery', 'odd'],
      variables: [{ name: 'odd', dataType: 'DECIMAL' }],
    });
    expect(catalog.variables.get('mystery')).toEqual({ dataType: 'STRING' });
    expect(catalog.variables.get('odd')).toEqual({ dataType: 'STRING' });
  });
});

describe('readRuleCatalog', () => {
  it("reads the detector's event type, then its variables; none when AFD names no event type", async () => {
    const reads = {
      getDetectorEventType: (id: string) =>
        Promise.resolve(id === 'payments_detector' ? 'payment' : undefined),
      getEventType: (name: string) =>
        Promise.resolve({ name, eventVariables: ['ip_address'], labels: [], entityTypes: [] }),
      listVariables: () => Promise.resolve(SOURCES.variables),
      listListsMetadata: () => Promise.resolve(SOURCES.lists),
      listModels: () => Promise.resolve(SOURCES.models),
    };
    const read = await readRuleCatalog(reads, 'payments_detector', new Set());
    expect(read?.eventTypeName).toBe('payment');
    expect([...read!.catalog.variables.keys()]).toEqual(['ip_address', 'sagemaker_score']);
    expect(await readRuleCatalog(reads, 'nope', new Set())).toBeUndefined();
  });
});

describe('checkRules: the catalog lint placed at the rule', () => {
  it('accepts a rule whose names and types all fit', () => {
    expect(check('$ip_address in @known_bad_ips or $payments_model_insightscore > 900')).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('an unknown variable is an error at its file, line and column, with a did-you-mean', () => {
    const { errors } = check('$order_amount > 10 and\n  $ip_adress == "x"');
    expect(errors).toEqual([
      {
        ruleId: 'r1',
        message: expect.stringMatching(
          /^rule r1, expression line 2 column 3: \$ip_adress is not a variable of this event type.*Did you mean \$ip_address\?/,
        ) as string,
        position: { file: 'fd/rules/r1.dpl', line: 2, column: 3 },
      },
    ]);
  });

  it("an account variable that is not on the detector's event type is an error", () => {
    expect(check('$login_email == "a@b.c"').errors).toHaveLength(1);
  });

  it('a score of a model of another event type is an error; of a model not in the proposal, a warning', () => {
    expect(check('$login_model_insightscore > 1').errors[0]?.message).toMatch(
      /names no model of this event type \(no model login_model\)/,
    );
    const { errors, warnings } = check('$spare_model_insightscore > 1');
    expect(errors).toEqual([]);
    expect(warnings[0]?.message).toMatch(
      /score of model spare_model, which is not in this detector version/,
    );
  });

  it('an unknown list is an error; a type mismatch with a literal is an error', () => {
    expect(check('$ip_address in @known_bad_ip').errors[0]?.message).toMatch(
      /@known_bad_ip is not a list.*Did you mean @known_bad_ips\?/,
    );
    const mismatch = check('$order_amount == "10"').errors;
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.message).toMatch(/column 15: /);
  });

  it('an unknown function is a warning ("not checked locally"), never silently accepted', () => {
    const { errors, warnings } = check('frobnicate($ip_address) == "x"');
    expect(errors).toEqual([]);
    expect(warnings[0]?.message).toMatch(/not checked locally/);
  });

  it('without a catalog only the expression itself is checked', () => {
    const out = checkRules(
      [rule('$anything > 1')],
      (r, c) => lintRuleAsCode(r, c),
      undefined,
      new Set(['review']),
      [],
    );
    expect(out).toEqual({ errors: [], warnings: [] });
  });

  it("an outcome that neither exists nor is declared is an error at the rule's outcomes line", () => {
    const outcomesAt = { file: 'fd/config.yml', line: 9, column: 17 };
    const undeclared = check('$is_new == true', { outcomes: ['escalate'], outcomesAt });
    expect(undeclared.errors).toEqual([
      {
        ruleId: 'r1',
        message: expect.stringMatching(
          /^Rule r1 uses outcome escalate, which does not exist/,
        ) as string,
        position: outcomesAt,
      },
    ]);
    const declared = checkRules(
      [rule('$is_new == true', { outcomes: ['escalate'] })],
      (r, c) => lintRuleAsCode(r, c),
      buildRuleCatalog(SOURCES),
      new Set(),
      [{ name: 'escalate' }],
    );
    expect(declared.errors).toEqual([]);
  });
});
