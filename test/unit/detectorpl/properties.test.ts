// Properties of the evaluator over generated rule sets and events, and the
// linear-time guarantee of regex_match on a classic ReDoS pattern.
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import {
  compileRule,
  evaluateEach,
  evaluateRule,
  evaluateRules,
  RuleBatch,
  VERDICT,
  type CompiledRule,
  type EvalContext,
} from '../../../src/detectorpl/index.js';
import { compilePattern } from '../../../src/detectorpl/regex.js';

const ctx: EvalContext = {
  variables: new Map([
    ['a', { dataType: 'INTEGER' as const, defaultValue: '0' }],
    ['b', { dataType: 'STRING' as const, defaultValue: 'p' }],
    ['c', { dataType: 'BOOLEAN' as const, defaultValue: 'false' }],
  ]),
  lists: new Map([['l', new Set(['p', 'r'])]]),
};

const condition: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>='), fc.integer({ min: -1, max: 6 }))
      .map(([op, n]) => `$a ${op} ${n}`),
    fc
      .tuple(fc.constantFrom('$a + 1', '$a * 2', '$a % 3', '-$a'), fc.integer({ min: -2, max: 8 }))
      .map(([e, n]) => `${e} > ${n}`),
    fc.constantFrom(
      '$b == "p"',
      '$b != "q"',
      '$b in ["p", "q"]',
      '$b not in @l',
      'regex_match("[pq]", $b)',
      'lowercase($b) == "r"',
    ),
    fc.constantFrom('$c', '!$c', '$c == true', 'true', 'false'),
    fc
      .tuple(tie('cond'), fc.constantFrom('and', 'or'), tie('cond'))
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    tie('cond').map((c) => `!(${c})`),
  ),
})).cond;

const ruleSet = fc.array(fc.tuple(condition, fc.subarray(['x', 'y', 'z'], { minLength: 1 })), {
  minLength: 1,
  maxLength: 6,
});
const event = fc.record(
  {
    a: fc.constantFrom('0', '1', '2', '3', '4', '5', '-1'),
    b: fc.constantFrom('p', 'q', 'r', 'P'),
    c: fc.constantFrom('true', 'false', 'TRUE'),
  },
  { requiredKeys: [] },
);

function compileAll(specs: [string, string[]][]): CompiledRule[] {
  return specs.map(([expression, outcomes], i) => {
    const { rule, diagnostics } = compileRule({ ruleId: `r${i}`, expression, outcomes }, ctx);
    expect(diagnostics).toEqual([]);
    return rule!;
  });
}

// Values that also make rules uncertain: text where a number or a boolean is expected.
const anyEvent = fc.record(
  {
    a: fc.constantFrom('0', '3', '-1', 'x', '1.5'),
    b: fc.constantFrom('p', 'q', 'r'),
    c: fc.constantFrom('true', 'false', 'yes'),
  },
  { requiredKeys: [] },
);

describe('evaluator properties', () => {
  it("evaluateEach's verdict for every rule is evaluateRule's, written at the rule's position", () => {
    fc.assert(
      fc.property(ruleSet, fc.array(anyEvent, { minLength: 1, maxLength: 4 }), (specs, evs) => {
        const rules = compileAll(specs);
        // Positions in reverse, after a gap: each verdict must land at its own place.
        const at = rules.map((_, k) => 2 * rules.length - k);
        const batch = new RuleBatch(rules, at);
        const verdicts = new Uint8Array(batch.width);
        for (const e of evs) {
          const event = new Map(Object.entries(e));
          evaluateEach(batch, event, undefined, verdicts);
          rules.forEach((rule, k) => {
            const one = evaluateRule(rule, event);
            const expected =
              one.uncertain !== undefined
                ? VERDICT.uncertain
                : one.matched
                  ? VERDICT.matched
                  : VERDICT.noMatch;
            expect(verdicts[at[k]!]).toBe(expected);
          });
        }
      }),
    );
  });

  it("FIRST_MATCHED's outcome is the first matching rule's under ALL_MATCHED's order", () => {
    fc.assert(
      fc.property(ruleSet, event, (specs, e) => {
        const rules = compileAll(specs);
        const values = new Map(Object.entries(e));
        const first = evaluateRules(rules, 'FIRST_MATCHED', values);
        const all = evaluateRules(rules, 'ALL_MATCHED', values);
        expect(all.uncertain).toEqual([]);
        const deciding = all.ruleResults[0];
        expect(first.ruleResults).toEqual(deciding ? [deciding] : []);
        expect(first.outcomes).toEqual(deciding ? deciding.outcomes : []);
        // ALL_MATCHED's outcomes are the union of its rule results', first seen first.
        expect(all.outcomes).toEqual([...new Set(all.ruleResults.flatMap((r) => r.outcomes))]);
        // And each rule alone agrees with the set.
        const matched = rules.filter((r) => evaluateRule(r, values).matched).map((r) => r.ruleId);
        expect(all.ruleResults.map((r) => r.ruleId)).toEqual(matched);
      }),
      { numRuns: 300 },
    );
  });

  it('regex_match on a ReDoS pattern over 10,000 characters completes (RE2: linear time)', () => {
    const { rule } = compileRule(
      { ruleId: 'redos', expression: 'regex_match("(a+)+$", $b)', outcomes: ['x'] },
      ctx,
    );
    const hostile = `${'a'.repeat(10_000)}!`;
    expect(evaluateRule(rule!, new Map([['b', hostile]]))).toEqual({
      ruleId: 'redos',
      matched: false,
    });
    expect(evaluateRule(rule!, new Map([['b', 'a'.repeat(10_000)]]))).toEqual({
      ruleId: 'redos',
      matched: true,
    });
  });
});

describe('regex_match fast path for literal patterns', () => {
  // compilePattern answers ".*@gmail\.com"-style patterns with string operations;
  // they must agree with RE2 (Java's matches(): the whole string) on every subject.
  const literalPart = fc.string({
    unit: fc.constantFrom('a', 'b', '@', '.', '+', '\\.', '\\+', '\\$', '\\\\', '$', '*', 'é'),
    maxLength: 5,
  });
  const pattern = fc
    .tuple(fc.boolean(), fc.boolean(), literalPart, fc.boolean(), fc.boolean())
    .map(
      ([caret, before, body, after, dollar]) =>
        `${caret ? '^' : ''}${before ? '.*' : ''}${body}${after ? '.*' : ''}${dollar ? '$' : ''}`,
    );
  const subject = fc.string({
    unit: fc.constantFrom('a', 'b', '@', '.', '+', '$', '\\', '\n', '\r', 'é', '😀'),
    maxLength: 8,
  });

  it('agrees with RE2 on generated literal patterns and subjects', () => {
    fc.assert(
      fc.property(pattern, subject, (p, s) => {
        const re2 = (() => {
          try {
            return RE2JS.compile(p);
          } catch {
            return undefined;
          }
        })();
        const compiled = compilePattern(p);
        if (re2 === undefined) {
          expect(typeof compiled).toBe('string');
          return;
        }
        expect(typeof compiled).toBe('function');
        if (typeof compiled === 'function') expect(compiled(s)).toBe(re2.matches(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['.*@gmail\\.com', 'joe@gmail.com', true],
    ['.*@gmail\\.com', 'joe@gmailxcom', false],
    ['.*@gmail\\.com', 'a\nb@gmail.com', false],
    ['.*\\+1', 'tel+1', true],
    ['^mystring', 'mystring', true],
    ['^mystring', 'mystring2', false],
    ['mystring.*', 'mystring2', true],
    ['.*my.*', 'amyb', true],
    ['', '', true],
  ])('%s on %j is %s', (p, s, expected) => {
    const compiled = compilePattern(p);
    expect(typeof compiled === 'function' && compiled(s)).toBe(expected);
  });
});
