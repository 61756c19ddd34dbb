// The bundled action (dist/index.js) given a config path that is not an
// ordinary file: it must answer at once with an input error on `config` —
// never hang on a FIFO, never read /dev/zero until the heap runs out, never
// print what a symlink outside the workspace points at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { runAgainst, startScaledEmulator, visibleText } from './harness.js';

const SECRET = 'content-outside-the-workspace';

let emu: Emulator;
beforeAll(async () => {
  emu = await startScaledEmulator();
});
afterAll(async () => {
  await emu.close();
});

const SETUPS: [string, (ws: string) => void, string][] = [
  ['a FIFO', (ws) => execFileSync('mkfifo', [join(ws, 'afd.yml')]), 'named pipe (FIFO)'],
  ['a symlink to /dev/zero', (ws) => symlinkSync('/dev/zero', join(ws, 'afd.yml')), 'outside'],
  [
    'a symlink to a file outside the workspace',
    (ws) => {
      const outside = join(ws, '..', 'outside');
      mkdirSync(outside, { recursive: true });
      writeFileSync(join(outside, 'passwd'), `root:${SECRET}\n`);
      symlinkSync(join(outside, 'passwd'), join(ws, 'afd.yml'));
    },
    'outside the workspace',
  ],
];

describe('dist/index.js with a hostile config path', () => {
  it.each(SETUPS)(
    '%s: refused on input config, promptly, without its content',
    async (_, prepare, rule) => {
      const run = await runAgainst(emu, {
        eventName: 'push',
        payload: {},
        inputs: {
          'aws-region': 'us-east-1',
          'detector-id': 'payments_detector',
          config: 'afd.yml',
        },
        env: { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret' },
        prepareWorkspace: prepare,
      });
      // Not killed by the runner's guard: it exited by itself.
      expect(run.signal).toBeNull();
      expect(run.exitCode).toBe(1);
      const text = visibleText(run);
      const error = text
        .split('\n')
        .find((l) => l.includes(`Input 'config' = "afd.yml": the file`));
      expect(error).toContain(rule);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Unexpected error');
      expect(emu.calls).toHaveLength(0);
    },
  );
});
