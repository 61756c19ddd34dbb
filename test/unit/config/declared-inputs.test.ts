// A `with:` key the action does not declare is ignored by the action, so a typo
// such as `min_auc` would silently drop the gate: each one is warned about,
// with the closest declared input.
import { describe, expect, it } from 'vitest';
import {
  DECLARED_INPUTS,
  inputVariable,
  unexpectedInputWarnings,
} from '../../../src/config/declared-inputs.js';

describe('unexpectedInputWarnings', () => {
  it('names a misspelt input and the declared input it most likely means', () => {
    expect(unexpectedInputWarnings({ INPUT_MIN_AUC: '0.9', INPUT_DETECTORID: 'payments' })).toEqual(
      [
        "Unexpected input 'detectorid'; did you mean 'detector-id'? It is ignored.",
        "Unexpected input 'min_auc'; did you mean 'min-auc'? It is ignored.",
      ],
    );
  });

  it('lists the valid inputs when no declared input is close', () => {
    const [message] = unexpectedInputWarnings({ INPUT_BANANA: 'x' });
    expect(message).toMatch(/^Unexpected input 'banana': this action does not declare it/);
    expect(message).toContain('min-auc');
    expect(message).toContain('detector-id');
  });

  it('says nothing about declared inputs, set as the runner sets them (hyphens kept)', () => {
    const env = Object.fromEntries(DECLARED_INPUTS.map((name) => [inputVariable(name), 'x']));
    expect(env['INPUT_MIN-AUC']).toBe('x');
    expect(unexpectedInputWarnings({ ...env, PATH: '/bin', GITHUB_SHA: 'abc' })).toEqual([]);
  });

  it('caps what it reports, and the length of each name', () => {
    const env = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`INPUT_EXTRA_${i}_${'X'.repeat(100)}`, '']),
    );
    const warnings = unexpectedInputWarnings(env);
    expect(warnings).toHaveLength(21);
    expect(warnings.at(-1)).toBe('… and 10 more unexpected inputs, all ignored.');
    expect(warnings[0]).toContain('x'.repeat(40));
    expect(warnings[0]).not.toContain('x'.repeat(70));
  });
});
