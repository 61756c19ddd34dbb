// Credentials from the environment that cannot be sent in an HTTP header are
// refused by name, before any AWS client exists, without showing the value.
import { describe, expect, it } from 'vitest';
import { ActionError } from '../../../src/domain/errors.js';
import { environmentCredentials } from '../../../src/run/environment.js';

const GOOD = {
  AWS_ACCESS_KEY_ID: 'AKIAFDPTESTDUMMY0001',
  AWS_SECRET_ACCESS_KEY: 'fdp-test-secret-key-do-not-print-0001',
  AWS_SESSION_TOKEN: 'fdp-test-session-token-do-not-print-0001',
};

function refusal(env: Record<string, string>): ActionError {
  try {
    environmentCredentials(env);
  } catch (err) {
    if (err instanceof ActionError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('environmentCredentials', () => {
  it('passes good credentials through', () => {
    expect(environmentCredentials(GOOD)).toEqual({
      accessKeyId: GOOD.AWS_ACCESS_KEY_ID,
      secretAccessKey: GOOD.AWS_SECRET_ACCESS_KEY,
      sessionToken: GOOD.AWS_SESSION_TOKEN,
    });
  });

  it.each([
    ['AWS_SESSION_TOKEN', `${GOOD.AWS_SESSION_TOKEN}\n`, 'ends with a line break'],
    ['AWS_SESSION_TOKEN', `${GOOD.AWS_SESSION_TOKEN}\r\n`, 'ends with a line break'],
    ['AWS_SECRET_ACCESS_KEY', 'fdp-test\nsecret', 'contains a line break'],
    ['AWS_ACCESS_KEY_ID', 'AKIA\u0000X', 'contains the control character U+0000'],
  ])('%s %j: refused by name, the value never shown', (name, value, what) => {
    const err = refusal({ ...GOOD, [name]: value });
    expect(err.message).toContain(`${name} ${what}`);
    expect(err.message).not.toContain(value.trim().slice(0, 8));
    expect(err.hints.join(' ')).toContain(name);
  });
});
