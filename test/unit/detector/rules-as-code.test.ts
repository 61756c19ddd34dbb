// The writes of rules as code against an in-memory AFD: order (outcomes, rule
// versions, descriptions), CreateRule for a new id, a Conflict answered by a
// version made elsewhere (found by content, or retried from the new highest),
// and the actual version numbers handed to the detector version.
import { describe, expect, it } from 'vitest';
import type { RuleDetail } from '../../../src/domain/afd.js';
import { AfdError } from '../../../src/domain/errors.js';
import type { AfdPort, RuleVersionContent } from '../../../src/afd/port.js';
import { writeRulesAsCode } from '../../../src/detector/rules-as-code.js';
import { resolveRulesAsCode } from '../../../src/planner/rule-versions.js';

interface Fake {
  port: AfdPort;
  calls: string[];
  rules: RuleDetail[];
  logs: string[];
}

/** Only the methods the writes use; `onUpdate` may throw instead of answering. */
function fakeAfd(rules: RuleDetail[], onUpdate?: (n: number) => void): Fake {
  const calls: string[] = [];
  const logs: string[] = [];
  let updates = 0;
  const add = (ruleId: string, c: RuleVersionContent): RuleDetail => {
    const versions = rules.filter((r) => r.ruleId === ruleId).map((r) => Number(r.ruleVersion));
    const made = { ruleId, ruleVersion: String(Math.max(0, ...versions) + 1), ...c };
    rules.push(made);
    return made;
  };
  const port: Partial<AfdPort> = {
    putOutcome: (o) => {
      calls.push(`PutOutcome ${o.name}`);
      return Promise.resolve();
    },
    createRule: (_d, ruleId, c) => {
      calls.push(`CreateRule ${ruleId}`);
      return Promise.resolve(add(ruleId, c));
    },
    updateRuleVersion: (_d, from, c) => {
      calls.push(`UpdateRuleVersion ${from.ruleId} from ${from.ruleVersion}`);
      onUpdate?.(++updates);
      return Promise.resolve(add(from.ruleId, c));
    },
    updateRuleMetadata: (_d, r, description) => {
      calls.push(`UpdateRuleMetadata ${r.ruleId}@${r.ruleVersion} ${description}`);
      return Promise.resolve();
    },
    listRuleVersions: (_d, ruleId) => Promise.resolve(rules.filter((r) => r.ruleId === ruleId)),
  };
  return {
    // The writes call no other method; a call to one would fail the test loudly.
    port: port as AfdPort,
    calls,
    rules,
    logs,
  };
}

const deps = (f: Fake) => ({
  afd: f.port,
  log: { info: (m: string) => f.logs.push(m), warning: (m: string) => f.logs.push(m) },
});

const stored = (ruleId: string, ruleVersion: string, expression: string): RuleDetail => ({
  ruleId,
  ruleVersion,
  expression,
  outcomes: ['review'],
});

/** Rule a has version 1 in AFD; the repository edits its expression. */
function editRuleA() {
  const afd = [stored('a', '1', '$a > 1')];
  const resolution = resolveRulesAsCode(
    [{ ruleId: 'a', expression: '$a > 2', outcomes: ['review'] }],
    afd,
    new Set(['review']),
  );
  return { afd, resolution };
}

describe('writeRulesAsCode', () => {
  it('creates outcomes, then rule versions (CreateRule for a new id), then descriptions', async () => {
    const afd = [stored('a', '1', '$a > 1'), stored('b', '1', '$b > 1')];
    const resolution = resolveRulesAsCode(
      [
        { ruleId: 'a', expression: '$a > 2', outcomes: ['review'] },
        { ruleId: 'b', expression: '$b > 1', outcomes: ['review'], description: 'B' },
        { ruleId: 'c', expression: '$c > 1', outcomes: ['escalate'] },
      ],
      afd,
      new Set(['review']),
      [{ name: 'escalate' }],
    );
    const f = fakeAfd(afd);
    const actual = await writeRulesAsCode(deps(f), 'd', resolution, []);
    expect(f.calls).toEqual([
      'PutOutcome escalate',
      'UpdateRuleVersion a from 1',
      'CreateRule c',
      'UpdateRuleMetadata b@1 B',
    ]);
    expect([...actual]).toEqual([
      ['a', '2'],
      ['c', '1'],
    ]);
  });

  it('after a Conflict, a version with the same content made meanwhile is used, not written again', async () => {
    const { afd, resolution } = editRuleA();
    const f = fakeAfd(afd, () => {
      // Another run made exactly this version just before.
      afd.push(stored('a', '2', '$a > 2'));
      throw new AfdError('busy', 'UpdateRuleVersion', 'ConflictException');
    });
    const actual = await writeRulesAsCode(deps(f), 'd', resolution, []);
    expect(f.calls).toEqual(['UpdateRuleVersion a from 1']);
    expect(actual.get('a')).toBe('2');
    expect(f.rules.filter((r) => r.ruleId === 'a')).toHaveLength(2);
  });

  it('after a Conflict with other content, retries from the new highest version and reports the real number', async () => {
    const { afd, resolution } = editRuleA();
    const f = fakeAfd(afd, (n) => {
      if (n > 1) return;
      afd.push(stored('a', '2', '$a > 99'));
      throw new AfdError('busy', 'UpdateRuleVersion', 'ConflictException');
    });
    const actual = await writeRulesAsCode(deps(f), 'd', resolution, []);
    expect(f.calls).toEqual(['UpdateRuleVersion a from 1', 'UpdateRuleVersion a from 2']);
    expect(actual.get('a')).toBe('3');
    expect(f.logs.join('\n')).toContain('the plan predicted version 2, AFD made 3');
  });

  it('a refusal that cannot have taken effect (ValidationException) is not retried', async () => {
    const { afd, resolution } = editRuleA();
    const f = fakeAfd(afd, () => {
      throw new AfdError('bad', 'UpdateRuleVersion', 'ValidationException');
    });
    await expect(writeRulesAsCode(deps(f), 'd', resolution, [])).rejects.toThrow('bad');
    expect(f.calls).toHaveLength(1);
  });
});
