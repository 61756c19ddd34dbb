// Credentials that cannot go into an HTTP header (a secret pasted with its
// trailing newline) fail the run at once, before any AFD call, and the
// process exits: nothing the SDK armed for the refused request keeps it alive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { DUMMY_AWS } from '../../scripts/local-runner.js';
import { runAgainst, startScaledEmulator, visibleText } from './harness.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await startScaledEmulator();
});
afterEach(async () => {
  await emu.close();
});

describe('a session token with a trailing newline', () => {
  it('is refused by name before any AFD call, and the process exits on its own', async () => {
    const run = await runAgainst(emu, {
      eventName: 'push',
      payload: {},
      inputs: {
        'detector-id': 'payments_detector',
        rules: '- block_known_bad_ip@1\n',
        mode: 'plan',
      },
      env: { AWS_SESSION_TOKEN: `${DUMMY_AWS.AWS_SESSION_TOKEN}\n` },
      // The harness kills a run that outlives this; a clean exit has signal null.
      timeoutMs: 20_000,
    });
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('AWS_SESSION_TOKEN ends with a line break');
    expect(visibleText(run)).not.toContain(DUMMY_AWS.AWS_SESSION_TOKEN);
    expect(emu.calls).toEqual([]);
  });
});
