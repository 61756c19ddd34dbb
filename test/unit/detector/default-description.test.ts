import { describe, expect, it } from 'vitest';
import { defaultDescription } from '../../../src/detector/provenance.js';

describe('defaultDescription', () => {
  it('names the repository and the short commit', () => {
    expect(defaultDescription('octo-org/fraud-rules', '0123456789abcdef')).toBe(
      'Fraud Detector Promote: octo-org/fraud-rules@0123456',
    );
  });

  it('stays within AFD’s 128 characters for the longest repository names, keeping the commit', () => {
    // GitHub allows 39-character owners and 100-character repository names.
    const text = defaultDescription(`${'o'.repeat(39)}/${'r'.repeat(100)}`, 'abcdef0123');
    expect(text).toHaveLength(128);
    expect(text).toMatch(/^Fraud Detector Promote: o+\/r+…@abcdef0$/);
  });
});
